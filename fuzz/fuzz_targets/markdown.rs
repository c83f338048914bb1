//! The markdown reader, then extraction and every writer.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use vacancy::document::Format;

fuzz_target!(|data: &[u8]| {
    common::read_and_extract(&common::text(data), Format::Markdown);
});
