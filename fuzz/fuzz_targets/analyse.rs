//! The whole path a file takes: bytes decoded to text (any encoding),
//! the format detected, the document read, the record extracted and written,
//! and the advert checked against every rule.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use vacancy::document::{Document, Format, detect_format, jsonld::parse_job_posting};
use vacancy::input;

/// The file name's extension, chosen by the first byte.
const EXTENSIONS: &[Option<&str>] = &[None, Some("md"), Some("txt"), Some("html"), Some("json")];

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let extension = EXTENSIONS[usize::from(first) % EXTENSIONS.len()];
    let Ok(decoded) = input::decode("fuzz", bytes.to_vec()) else {
        return;
    };
    let text = decoded.text;
    let format = detect_format(&text, extension);
    if format == Format::JsonLd && parse_job_posting(&text).is_err() {
        return;
    }
    let doc = Document::parse(&text, format);
    let posting = common::extract_and_write(&doc, "fuzz");
    common::check_and_write(&text, &doc, &posting);
});
