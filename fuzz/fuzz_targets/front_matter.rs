//! YAML front matter at the head of a Markdown advert: the fences, the
//! `key: value` lines read as facts, and what follows.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use vacancy::document::Format;

fuzz_target!(|data: &[u8]| {
    let body = common::text(data);
    // Closed front matter, then a short advert; and front matter left open.
    let closed = format!("---\n{body}\n---\n# Nurse\n\nSalary: £30,000\n");
    common::read_and_extract(&closed, Format::Markdown);
    let open = format!("---\n{body}");
    common::read_and_extract(&open, Format::Markdown);
});
