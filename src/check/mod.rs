//! The rule engine behind `vacancy check`: what makes an advert unlawful,
//! unfair, unclear or unfinished, each finding pointing at its place.
//!
//! Rules live in [`rules`], one file per group. Each rule is described once,
//! as a [`Rule`] in its group's catalogue: the id, category, default
//! severity, message, hint, rationale, source and examples. `vacancy explain`,
//! `vacancy check --list-rules` and `docs/rules.md` are all built from those
//! descriptions, and a test runs every rule on its own examples.
//!
//! Rules read the [`Document`] (blocks, lines, links, emails, sections) and
//! the extracted [`Posting`]; they say where a finding is by the words on a
//! source line ([`At`]). [`locate`] turns that into exact columns against
//! the source line, and [`directives`] applies the advert's own
//! `<!-- vacancy-disable … -->` comments.

pub mod config;
mod dates;
mod directives;
pub mod law;
mod locate;
pub mod rules;
mod text;

use serde::Serialize;

pub use config::{Config, ConfigError};
pub use dates::{is_iso_date, today};

use crate::document::{Document, Line};
use crate::extract::{Context, Posting};
use crate::taxonomy::Taxonomy;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// What a rule is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Completeness,
    Unfinished,
    Inclusive,
    Clarity,
    Links,
    Consistency,
    Law,
    StructuredData,
    Meta,
}

impl Category {
    pub fn name(self) -> &'static str {
        match self {
            Category::Completeness => "completeness",
            Category::Unfinished => "unfinished",
            Category::Inclusive => "inclusive",
            Category::Clarity => "clarity",
            Category::Links => "links",
            Category::Consistency => "consistency",
            Category::Law => "law",
            Category::StructuredData => "structured-data",
            Category::Meta => "meta",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Category::Completeness => "Completeness: what a candidate needs to know",
            Category::Unfinished => "Unfinished text: what must never reach a candidate",
            Category::Inclusive => "Inclusive language",
            Category::Clarity => "Clarity",
            Category::Links => "Links and contacts",
            Category::Consistency => {
                "Consistency: facts that contradict each other or the calendar"
            }
            Category::Law => "The law where the job is",
            Category::StructuredData => {
                "Structured data: JSON-LD JobPosting, as Google's job-posting guidelines read it"
            }
            Category::Meta => "The checker's own comments",
        }
    }
}

/// A setting a rule takes from `vacancy.toml`, with its default.
#[derive(Debug, Clone, Copy)]
pub struct Setting {
    pub name: &'static str,
    pub default: Default,
    pub doc: &'static str,
    /// For a word list, the only words it may hold (empty: any).
    pub choices: &'static [&'static str],
}

/// The default value of a [`Setting`]: a number or a list of words.
#[derive(Debug, Clone, Copy)]
pub enum Default {
    Number(f64),
    Words(&'static [&'static str]),
}

/// One rule, as the catalogue describes it.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable kebab-case id, used in `vacancy.toml`, comments and output.
    pub id: &'static str,
    pub category: Category,
    pub severity: Severity,
    /// What the rule checks, in one line.
    pub summary: &'static str,
    /// How to fix a finding, when the finding has no more specific hint.
    pub hint: &'static str,
    /// Why it matters.
    pub rationale: &'static str,
    /// Where the rationale comes from.
    pub source: &'static str,
    /// An advert the rule fires on.
    pub bad: &'static str,
    /// The same advert, fixed.
    pub good: &'static str,
    /// `vacancy.toml` lines the examples are checked with (for thresholds).
    pub example_config: &'static str,
    pub settings: &'static [Setting],
}

/// Rules that run only when `vacancy.toml` turns them on (`[rules]
/// unexplained-acronym = "info"`, or any `[rules.<id>]` table of settings):
/// judged on real adverts (`scripts/precision.py`, docs/rules.md), they were
/// right less often than an `info` rule must be (60%).
pub const OFF_BY_DEFAULT: &[&str] = &[
    "missing-title",
    "missing-employer",
    "missing-location",
    "gender-coded",
    "unexplained-acronym",
    "readability",
    "too-many-requirements",
];

impl Rule {
    /// The severity it runs at when `vacancy.toml` says nothing of it: none
    /// for a rule that is off by default.
    pub fn default_severity(&self) -> Option<Severity> {
        (!OFF_BY_DEFAULT.contains(&self.id)).then_some(self.severity)
    }

    /// "warning", or "off (info when on)" for a rule off by default.
    pub fn default_name(&self) -> String {
        match self.default_severity() {
            Some(s) => s.name().to_string(),
            None => format!("off ({} when on)", self.severity.name()),
        }
    }
}

/// The whole catalogue, in documentation order.
pub fn catalogue() -> impl Iterator<Item = &'static Rule> {
    rules::GROUPS.iter().flat_map(|g| g.rules.iter())
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    catalogue().find(|r| r.id == id)
}

/// The known rule ids closest to `id`, for a did-you-mean.
pub fn suggest(id: &str) -> Option<&'static str> {
    catalogue()
        .map(|r| (text::edit_distance(id, r.id), r.id))
        .filter(|&(d, _)| d <= 3.max(id.len() / 4))
        .min_by_key(|&(d, _)| d)
        .map(|(_, id)| id)
}

/// One problem found, with its place. Lines and columns count from 1;
/// columns count characters, and `end_column` is the column just after the
/// last character of the span (as in SARIF).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub hint: String,
}

/// Where a finding is, as a rule knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum At {
    /// Words on one source line: the words as the document holds them, and
    /// about where the line's text puts them (the column is a guess that
    /// markup can shift; [`locate`] finds the words on the source line).
    Words {
        line: usize,
        column: usize,
        text: String,
    },
    /// A whole source line.
    Line(usize),
    /// Source lines `from..=to`.
    Lines(usize, usize),
}

/// What a rule reports, before it is placed and filtered.
#[derive(Debug, Clone)]
pub struct Hit {
    pub rule: &'static str,
    pub at: At,
    pub message: String,
    /// A hint for this finding; the rule's own hint when `None`.
    pub hint: Option<String>,
    /// The finding is about the advert as a whole (a missing field, its
    /// length): a `vacancy-disable` comment anywhere in the file silences it.
    pub whole: bool,
}

impl Hit {
    pub fn new(rule: &'static str, at: At, message: impl Into<String>) -> Hit {
        Hit {
            rule,
            at,
            message: message.into(),
            hint: None,
            whole: false,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Hit {
        self.hint = Some(hint.into());
        self
    }

    pub fn whole(mut self) -> Hit {
        self.whole = true;
        self
    }
}

/// One advert, read and extracted, as the rules see it.
pub struct Input<'a> {
    /// The name to report findings under (the path, or `-`).
    pub file: &'a str,
    /// The advert's source text, for placing findings and showing them.
    pub text: &'a str,
    pub doc: &'a Document,
    pub posting: &'a Posting,
}

/// What every rule reads.
pub struct Advert<'a> {
    pub doc: &'a Document,
    pub posting: &'a Posting,
    /// The extractor's view: preamble, requirement levels, label/value facts.
    pub cx: Context<'a>,
    pub taxonomy: &'a Taxonomy,
}

impl<'a> Advert<'a> {
    pub fn new(doc: &'a Document, posting: &'a Posting, taxonomy: &'a Taxonomy) -> Self {
        Advert::from_reading(Context::new(doc), posting, taxonomy)
    }

    /// The rules' view of an advert whose reading was made for its extraction.
    pub fn from_reading(cx: Context<'a>, posting: &'a Posting, taxonomy: &'a Taxonomy) -> Self {
        Advert {
            doc: cx.doc,
            posting,
            cx,
            taxonomy,
        }
    }

    /// Lines of the advert proper: no code, no preamble about the text.
    pub fn lines(&self) -> &[Line<'a>] {
        &self.cx.lines
    }

    /// Every line, the preamble included (for text that must never be published).
    pub fn all_lines(&self) -> impl Iterator<Item = Line<'a>> {
        self.doc.lines()
    }

    pub fn excluded(&self, block: usize) -> bool {
        self.cx.excluded.get(block).copied().unwrap_or(false)
    }

    /// The place of the bytes `start..end` of a line's text.
    pub fn words(&self, line: &Line, start: usize, end: usize) -> At {
        let block = &self.doc.blocks[line.block];
        let base = if line.line == block.pos.line {
            block.pos.column
        } else {
            1
        };
        let start = crate::text::floor_char(line.text, start);
        let end = crate::text::ceil_char(line.text, end.max(start));
        At::Words {
            line: line.line,
            column: base + line.text[..start].chars().count(),
            text: line.text[start..end].to_string(),
        }
    }

    /// A block's place: its words when it is one line, else its lines.
    pub fn block_at(&self, block: usize) -> At {
        let b = &self.doc.blocks[block];
        let first = b.lines.first().copied().unwrap_or(b.pos.line);
        let last = b.lines.last().copied().unwrap_or(first);
        if first == last {
            let text = b.text.lines().next().unwrap_or("").trim();
            At::Words {
                line: first,
                column: b.pos.column,
                text: text.to_string(),
            }
        } else {
            At::Lines(first, last)
        }
    }

    /// The line a finding about the whole advert points at: the title's, else the first line of the advert.
    pub fn anchor(&self) -> At {
        if let Some(e) = self.posting.evidence.get("title")
            && e.line > 0
        {
            return At::Line(e.line);
        }
        At::Line(self.lines().first().map_or(1, |l| l.line))
    }

    /// Where a field of the record was read from.
    pub fn evidence_at(&self, field: &str) -> Option<At> {
        let e = self.posting.evidence.get(field)?;
        if e.line == 0 {
            return None;
        }
        let text = e.text.trim_end_matches('…');
        Some(At::Words {
            line: e.line,
            column: 1,
            text: text.to_string(),
        })
    }
}

/// Checks one advert against the enabled rules.
/// Compiles the rules' patterns on a second core while the first adverts are
/// read and extracted: runs every rule, last first, on the extractor's
/// warm-up advert (see [`crate::extract::warm_up`]), then warms the extractor.
pub fn warm_up() {
    warm_up_with(crate::extract::WARM_UP, crate::document::Format::Markdown);
}

/// [`warm_up`] on a given advert: a run over one advert warms up on that
/// advert, so that the second core compiles the patterns it will need.
pub fn warm_up_with(text: &str, format: crate::document::Format) {
    let doc = Document::parse(text, format);
    let posting = Posting::default();
    let advert = Advert::new(&doc, &posting, Taxonomy::builtin());
    let mut hits = Vec::new();
    for group in rules::GROUPS.iter().rev() {
        (group.check)(&advert, &Config::default(), &mut hits);
    }
    crate::extract::warm_up_with(text, format);
}

pub fn check(input: &Input, config: &Config, taxonomy: &Taxonomy) -> Vec<Finding> {
    let advert = Advert::new(input.doc, input.posting, taxonomy);
    check_advert(input.file, input.text, &advert, config)
}

/// Reads `doc` once, extracts its record from that reading and checks the
/// advert against the enabled rules on the same reading: what `vacancy
/// check` does for each advert. Returns the record and the findings.
pub fn read_and_check(
    file: &str,
    text: &str,
    doc: &Document,
    config: &Config,
    taxonomy: &Taxonomy,
) -> (Posting, Vec<Finding>) {
    let cx = Context::new(doc);
    let posting = crate::extract::extract_from(&cx, file, taxonomy);
    let advert = Advert::from_reading(cx, &posting, taxonomy);
    let findings = check_advert(file, text, &advert, config);
    drop(advert);
    (posting, findings)
}

/// What `rule` makes of one advert, for `vacancy explain RULE ADVERT`: for
/// a rule of the law, how the jurisdiction and date were decided and the
/// laws in force (lines of text); and the rule's findings.
pub fn explain_on(
    rule_id: &str,
    file: &str,
    text: &str,
    doc: &Document,
    config: &Config,
    taxonomy: &Taxonomy,
) -> (Vec<String>, Vec<Finding>) {
    let cx = Context::new(doc);
    let posting = crate::extract::extract_from(&cx, file, taxonomy);
    let advert = Advert::from_reading(cx, &posting, taxonomy);
    let how = match rule(rule_id) {
        Some(r) if r.category == Category::Law => rules::explain_law(&advert, config),
        _ => Vec::new(),
    };
    let findings = check_advert(file, text, &advert, config)
        .into_iter()
        .filter(|f| f.rule == rule_id)
        .collect();
    (how, findings)
}

fn check_advert(file: &str, text: &str, advert: &Advert, config: &Config) -> Vec<Finding> {
    let mut hits = Vec::new();
    for group in rules::GROUPS {
        (group.check)(advert, config, &mut hits);
    }
    let directives = directives::Directives::read(text);
    hits.extend(directives.problems());
    let lines: Vec<&str> = text.lines().collect();
    let mut findings: Vec<Finding> = hits
        .into_iter()
        .filter_map(|hit| {
            let severity = config.severity(hit.rule)?;
            let span = locate::locate(&lines, &hit.at);
            if directives.silences(hit.rule, span.line, hit.whole) {
                return None;
            }
            let hint = hit
                .hint
                .unwrap_or_else(|| rule(hit.rule).map_or("", |r| r.hint).to_string());
            Some(Finding {
                file: file.to_string(),
                line: span.line,
                column: span.column,
                end_line: span.end_line,
                end_column: span.end_column,
                rule: hit.rule,
                severity,
                message: hit.message,
                hint,
            })
        })
        .collect();
    findings.sort_by(|a, b| {
        (a.line, a.column, a.rule, &a.message).cmp(&(b.line, b.column, b.rule, &b.message))
    });
    findings.dedup();
    findings
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for the rules' tests: check an advert with one rule's eyes.

    use super::*;

    /// Every finding of `rule` on the Markdown advert `md`, checked with `toml` as vacancy.toml.
    pub fn run_with(rule_id: &str, md: &str, toml: &str) -> Vec<Finding> {
        let mut config = Config::parse(toml, "vacancy.toml")
            .expect("test config parses")
            .with_today("2025-01-15");
        // A rule off by default is tested as a team that turned it on sees it.
        config.switch_on(rule_id);
        let format = crate::document::detect_format(md, Some("md"));
        let doc = Document::parse(md, format);
        let posting = crate::extract::extract(&doc, "advert.md");
        let input = Input {
            file: "advert.md",
            text: md,
            doc: &doc,
            posting: &posting,
        };
        check(&input, &config, Taxonomy::builtin())
            .into_iter()
            .filter(|f| f.rule == rule_id)
            .collect()
    }

    pub fn run(rule_id: &str, md: &str) -> Vec<Finding> {
        run_with(rule_id, md, "")
    }

    /// The lines of each finding of `rule`.
    pub fn lines(rule_id: &str, md: &str) -> Vec<usize> {
        run(rule_id, md).iter().map(|f| f.line).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::run_with;
    use super::*;

    #[test]
    fn the_warm_up_runs_every_rule_without_a_panic() {
        // It runs on its own thread, where a panic would only print a message.
        warm_up();
    }

    #[test]
    fn catalogue_ids_are_unique_kebab_case_and_documented() {
        let mut seen = std::collections::HashSet::new();
        for r in catalogue() {
            assert!(seen.insert(r.id), "{} twice", r.id);
            assert!(
                r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{} is not kebab-case",
                r.id
            );
            for (what, text) in [
                ("summary", r.summary),
                ("hint", r.hint),
                ("rationale", r.rationale),
                ("source", r.source),
                ("bad", r.bad),
                ("good", r.good),
            ] {
                assert!(!text.trim().is_empty(), "{} has no {what}", r.id);
            }
            // A source is something a reader of docs/rules.md can look up, or
            // the plain reason; files only this project's authors hold are neither.
            let source = r.source.to_lowercase();
            for private in ["seed advert", "this project", "../shared", "corpus"] {
                assert!(
                    !source.contains(private),
                    "{}: source cites {private:?}, which a user cannot read",
                    r.id
                );
            }
        }
    }

    /// Every rule fires on its own bad example and not on its good one, and
    /// a `vacancy-disable` comment or `off` in vacancy.toml silences it.
    #[test]
    fn every_rule_fires_on_its_bad_example_only() {
        for r in catalogue() {
            let bad = run_with(r.id, r.bad, r.example_config);
            assert!(!bad.is_empty(), "{} does not fire on its bad example", r.id);
            let good = run_with(r.id, r.good, r.example_config);
            assert!(
                good.is_empty(),
                "{} fires on its good example: {good:?}",
                r.id
            );
            if r.category != Category::Meta {
                let silenced = format!("<!-- vacancy-disable {} -->\n\n{}", r.id, r.bad);
                assert!(
                    run_with(r.id, &silenced, r.example_config).is_empty(),
                    "{} is not silenced by a comment",
                    r.id
                );
                let off = format!("{}\n[rules]\n{} = \"off\"\n", r.example_config, r.id);
                let off = if r.example_config.contains(&format!("[rules.{}]", r.id)) {
                    // The example's own table for the rule takes the severity.
                    r.example_config.replace(
                        &format!("[rules.{}]", r.id),
                        &format!("[rules.{}]\nseverity = \"off\"", r.id),
                    )
                } else {
                    off
                };
                assert!(
                    run_with(r.id, r.bad, &off).is_empty(),
                    "{} is not switched off by vacancy.toml",
                    r.id
                );
            }
        }
    }

    #[test]
    fn suggestions_for_misspelt_rules() {
        assert_eq!(suggest("missing-salry"), Some("missing-salary"));
        assert_eq!(suggest("placholder"), Some("placeholder"));
        assert_eq!(suggest("zzzzzzzzzzzzzzzzzzzzzzzzzz"), None);
    }

    #[test]
    fn severities_are_ordered() {
        assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
    }
}
