//! Whatever the text, extraction returns a record and never panics.
//! Inputs are built from fragments that the extractors react to, mixed with
//! multi-byte characters at every position, by a fixed-seed generator so a
//! failure is reproducible.

use vacancy::analyse;
use vacancy::document::Format;

/// A small deterministic generator (xorshift), so the test needs no extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const FRAGMENTS: &[&str] = &[
    "£",
    "$",
    "€",
    "US$",
    "GBP ",
    "k",
    "K",
    "+",
    "-",
    "–",
    "—",
    " to ",
    "/hr",
    "/yr",
    " per annum",
    "38,890",
    "60.000",
    "1.234,56",
    "45",
    "0",
    "999999999999999999999",
    "12.5",
    "131,000",
    "Salary:",
    "Pay",
    " up to ",
    "from ",
    "over ",
    "Band 7",
    "band 8a",
    "Closing date:",
    "Deadline ",
    "31/03/2021",
    "03/31/2021",
    "2021-02-30",
    "Dec. 13",
    "2nd July 2023",
    "TBC",
    "[Insert Date]",
    "years",
    " years' experience",
    "at least three",
    "5+",
    "(5+ years)",
    "minimum",
    "Bachelor's",
    "degree of",
    "Master's preferred",
    "fixed term",
    "12 month",
    "part-time",
    "full-time",
    "2 Vacancies Available",
    "two posts",
    "remote",
    "hybrid",
    "on-site",
    "office in ",
    "Leeds",
    "Austin, TX",
    "https://",
    "http://x.example/apply",
    "a@b.co",
    "mailto:",
    "[",
    "]",
    "(",
    ")",
    "**",
    "*",
    "_",
    "#",
    "# ",
    "## ",
    "|",
    "|-|-|",
    "\n",
    "\n\n",
    "\n- ",
    "\n  - ",
    "\n1. ",
    "• ",
    "    ",
    "\t",
    "é",
    "日本",
    "🙂",
    "\u{a0}",
    "\u{200b}",
    "’",
    ":",
    ";",
    ".",
    ",",
    "is hiring a ",
    "NHS Trust",
    "SC clearance",
    "BPSS",
    "Fluent in Welsh",
    "AZ-400",
    "CKA",
    "<br/>",
    "<!-- x -->",
    "```",
    "---",
    "Essential",
    "Desirable",
    "Person Specification",
    "Benefits",
    "Apply",
];

#[test]
fn random_adverts_never_panic() {
    let mut rng = Rng(0x5eed_cafe_f00d_1234);
    for _ in 0..500 {
        let len = (rng.next() % 60) as usize;
        let text: String = (0..len).map(|_| rng.pick(FRAGMENTS)).collect();
        for format in [Format::Markdown, Format::Text] {
            let posting = analyse(&text, "-", Some(format), None);
            assert_eq!(posting.source, "-");
            if let (Some(min), Some(max)) = (posting.salary.min, posting.salary.max) {
                assert!(min <= max, "min {min} > max {max} for {text:?}");
            }
        }
    }
}

#[test]
fn pathological_shapes_are_read() {
    let cases = [
        "-".repeat(10_000),
        "# ".repeat(5_000),
        "£".repeat(20_000),
        "9".repeat(50_000),
        "[".repeat(20_000),
        "*a".repeat(20_000),
        "\n".repeat(20_000),
        "|a".repeat(5_000),
        "- x\n  ".repeat(2_000),
    ];
    for text in &cases {
        let _ = analyse(text, "-", None, None);
    }
}
