//! What every target does with a document once its reader has made one:
//! checks the document's shape, extracts the record and writes it in every
//! output format, checking the values a user relies on, then runs every
//! `check` rule and writes the findings in every format.

#![allow(dead_code)]

use vacancy::check::{self, Config};
use vacancy::document::{Document, Format};
use vacancy::extract::{self, Posting};
use vacancy::report::check::{Checked, github, human, json, sarif};
use vacancy::report::style::Paint;
use vacancy::report::{csv, jsonld, table};
use vacancy::taxonomy::Taxonomy;

/// Text from the fuzzer's bytes, as the input stage would see it when they are UTF-8.
pub fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Reads `text` as `format`, checks the document, and runs the rest of the path.
pub fn read_and_extract(text: &str, format: Format) {
    let doc = Document::parse(text, format);
    if format != Format::JsonLd {
        check_document(&doc, text);
    }
    let posting = extract_and_write(&doc, "fuzz");
    check_and_write(text, &doc, &posting);
}

/// Every block, section, link and email points at a line of the source.
/// (JSON-LD is left out: its description's lines are counted inside a JSON string.)
pub fn check_document(doc: &Document, text: &str) {
    let lines = text.split('\n').count();
    let within = |line: usize| (1..=lines).contains(&line);
    for b in &doc.blocks {
        assert!(
            within(b.pos.line),
            "block at line {} of {lines}",
            b.pos.line
        );
        assert!(
            b.lines.iter().all(|&l| within(l)),
            "block lines {:?} of {lines}",
            b.lines
        );
        if let Some(s) = b.section {
            assert!(s < doc.sections.len());
        }
    }
    for s in &doc.sections {
        assert!(within(s.pos.line), "section at line {}", s.pos.line);
        assert!(s.block < doc.blocks.len());
        if let Some(p) = s.parent {
            assert!(p < doc.sections.len());
        }
    }
    for l in &doc.links {
        assert!(within(l.pos.line), "link at line {}", l.pos.line);
    }
    for e in &doc.emails {
        assert!(within(e.pos.line), "email at line {}", e.pos.line);
    }
}

/// Extracts the record, checks it, and writes it as JSON, CSV, JSON-LD and a table.
pub fn extract_and_write(doc: &Document, source: &str) -> Posting {
    let posting = extract::extract(doc, source);
    check_posting(&posting);
    serde_json::to_vec(&posting).expect("a record serialises");
    csv::record(&posting).expect("a record makes a CSV row");
    let (value, _) = jsonld::job_posting(&posting, doc);
    serde_json::to_vec(&value).expect("JSON-LD serialises");
    let mut out = Vec::new();
    table::write(&mut out, &posting, true, Some(100), Paint::PLAIN)
        .expect("a table writes to memory");
    posting
}

/// The values of a record are sane: pay is finite, not negative, and its
/// range is the right way round.
pub fn check_posting(p: &Posting) {
    let s = &p.salary;
    for v in [s.min, s.max].into_iter().flatten() {
        assert!(v.is_finite() && v >= 0.0, "salary {v}");
    }
    if let (Some(lo), Some(hi)) = (s.min, s.max) {
        assert!(lo <= hi, "salary {lo} > {hi}");
    }
}

/// Runs every rule at its default severity and writes the findings in every format.
pub fn check_and_write(text: &str, doc: &Document, posting: &Posting) {
    let mut config = Config::default();
    config.today = "2025-01-01".to_string();
    let input = check::Input {
        file: "fuzz",
        text,
        doc,
        posting,
    };
    let findings = check::check(&input, &config, Taxonomy::builtin());
    let lines = text.split('\n').count();
    for f in &findings {
        assert!(
            f.line >= 1 && f.line <= lines.max(1),
            "finding on line {} of {lines}",
            f.line
        );
    }
    let checked = [Checked {
        file: "fuzz".to_string(),
        text: text.to_string(),
        findings,
    }];
    let mut out = Vec::new();
    human::write(&mut out, &checked, 0, false).expect("writes to memory");
    json::write(&mut out, &checked).expect("writes to memory");
    github::write(&mut out, &checked).expect("writes to memory");
    sarif::write(&mut out, &checked, &config).expect("writes to memory");
}
