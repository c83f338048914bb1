//! The JSON-LD reader: finding a JobPosting, reading its description as HTML,
//! then extraction (structured data included) and every writer.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use vacancy::document::Format;
use vacancy::document::jsonld::parse_job_posting;

fuzz_target!(|data: &[u8]| {
    let text = common::text(data);
    // The command line refuses JSON-LD without a JobPosting; read the rest.
    if parse_job_posting(&text).is_ok() {
        common::read_and_extract(&text, Format::JsonLd);
    }
    // HTML pages carry JSON-LD in script tags: the same bytes there.
    let page = format!("<script type=\"application/ld+json\">{text}</script><p>Nurse</p>");
    common::read_and_extract(&page, Format::Html);
});
