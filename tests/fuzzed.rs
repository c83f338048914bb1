//! Inputs the fuzz targets in `fuzz/` found wrong, kept as regression tests.
//! Each input is written out here as bytes; see docs/fuzzing.md.

use vacancy::document::{Document, Format};

/// The number of lines in `text`, counting line feeds as every reader does.
fn lines(text: &str) -> usize {
    text.split('\n').count()
}

/// Every block of `text` read as `format` points at a line of the source.
fn assert_lines_within(bytes: &[u8], format: Format) -> Document {
    let text = String::from_utf8_lossy(bytes);
    let doc = Document::parse(&text, format);
    let n = lines(&text);
    for b in &doc.blocks {
        assert!(
            (1..=n).contains(&b.pos.line) && b.lines.iter().all(|l| (1..=n).contains(l)),
            "{:?} is on line {} ({:?}) of {n}",
            b.text,
            b.pos.line,
            b.lines
        );
    }
    doc
}

/// A lone carriage return (old Mac line ends) is no line break in the HTML
/// reader's count, as in every other reader's: evidence pointed past the end.
#[test]
fn html_lone_carriage_returns_keep_lines_in_range() {
    assert_lines_within(b"\rd", Format::Html);
    let doc = assert_lines_within(b"<p>Nurse</p>\r<p>Leeds</p>\r\n<p>Band 5</p>", Format::Html);
    let at: Vec<(&str, usize)> = doc
        .blocks
        .iter()
        .map(|b| (b.text.as_str(), b.pos.line))
        .collect();
    assert_eq!(at, [("Nurse", 1), ("Leeds", 1), ("Band 5", 2)]);
}

/// A page's JSON-LD may give its salary range the wrong way round; the record
/// must not say the minimum is above the maximum.
#[test]
fn structured_salary_ranges_written_backwards_are_put_in_order() {
    let page = br#"<html><head><script type="application/ld+json">
{"@context": "https://schema.org/", "@type": "JobPosting", "title": "Grants Officer",
 "baseSalary": {"@type": "MonetaryAmount", "currency": "GBP",
  "value": {"@type": "QuantitativeValue", "minValue": 229500, "maxValue": 32000, "unitText": "YEAR"}}}
</script></head><body><h1>Grants Officer</h1><p>Harbourlight Arts Trust, Bristol.</p></body></html>"#;
    let text = String::from_utf8_lossy(page);
    let p = vacancy::analyse(&text, "page.html", Some(Format::Html), Some("html"));
    assert_eq!(
        (p.salary.min, p.salary.max),
        (Some(32000.0), Some(229500.0))
    );
    assert_eq!(p.salary.currency.as_deref(), Some("GBP"));
}
