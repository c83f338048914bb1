//! Accuracy of `vacancy` on the labelled evaluation corpus.
//!
//! Run: `cargo run --release --example evaluate [-- CORPUS_DIR] [--cases FILE]`.
//! `CORPUS_DIR` defaults to `../shared/corpus` beside the crate (see its
//! `SOURCES.md`); when it is absent the harness prints `skipped: …` and exits 0.
//!
//! Every advert of every labelled source is read with [`vacancy::input::read`]
//! and analysed with [`vacancy::analyse`]. Each field is then compared with the
//! labels and counted as one of:
//!
//! - **correct**: the advert states the labelled value and the tool agrees
//!   (strings leniently: case, markup and whitespace ignored, either may
//!   contain the other);
//! - **wrong**: the advert states it and the tool gave another value;
//! - **missed**: the advert states it and the tool gave nothing;
//! - **invented**: the labels say there is none and the tool gave a value;
//! - **unstated**: the label is not stated in the advert's own text, so the
//!   case is not scored (a tool cannot be blamed for missing it);
//! - none_ok (not printed): the labels say none and the tool gave none.
//!
//! A label counts as stated when a normalised form of it occurs in the text:
//! strings on word boundaries, salary figures as money (a currency next to
//! the number or to the other end of its range, in `70,000`, `70.000`, `70k`
//! or `$50-85k` notation), US states in full, USPS or AP form.
//!
//! It prints a Markdown table (for `docs/accuracy.md`) with, per source and
//! field, the counts and precision = correct / (correct + wrong + invented)
//! and recall = correct / (correct + wrong + missed), then a total per field.
//! A file the reader refuses is counted as unreadable and not scored. With
//! `--cases FILE` every case is also written as JSON Lines (source, file,
//! field, status, expected, got) for reading the failures.
//!
//! Notes on the rules:
//!
//! - The library is called in-process, as `export` would call it.
//! - An empty string from the tool counts as no value.
//! - The HTML and JSON-LD sources and the skills have rules of their own:
//!   see `NhsView`, `nhs_pay`, `HnLabel`, `CivilServiceLabel` and
//!   `score_skills`.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;
use std::sync::LazyLock;
use std::time::{SystemTime, UNIX_EPOCH};

use regex::{Captures, Regex};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use vacancy::extract::{Posting, enum_name};
use vacancy::input::{self, Source};

const USAGE: &str = "usage: cargo run --release --example evaluate [-- [CORPUS_DIR] [--cases FILE] [--half dev|test|all]]";

// ---------------------------------------------------------------------------
// The split

/// Which half of the corpus to score. The corpus is split once, by a fixed
/// hash of each advert's file name ([`half_of`]): rules are written and tuned
/// against the development half only, and `docs/accuracy.md` reports the test
/// half, which nobody reads while writing rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Half {
    Dev,
    Test,
    All,
}

impl Half {
    fn name(self) -> &'static str {
        match self {
            Half::Dev => "development half",
            Half::Test => "test half",
            Half::All => "whole corpus",
        }
    }

    fn holds(self, file: &str) -> bool {
        self == Half::All || half_of(file) == self
    }
}

/// The half an advert belongs to: FNV-1a (64-bit) of its file name without
/// folder or extension, so that the HTML and JSON-LD views of one NHS advert
/// fall in the same half; even hashes are development, odd ones test.
fn half_of(file: &str) -> Half {
    let name = file.rsplit('/').next().unwrap_or(file);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in stem.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    if hash.is_multiple_of(2) {
        Half::Dev
    } else {
        Half::Test
    }
}

// ---------------------------------------------------------------------------
// Sources

/// One labelled source of the corpus.
struct SourceSpec {
    /// Its name in the tables.
    name: &'static str,
    /// The corpus folder that holds its adverts.
    folder: &'static str,
    /// Its labels file in `_meta/`.
    labels: &'static str,
    /// What the tool reads and where stated values are looked for.
    scored_on: &'static str,
    /// Parses the labels file, one row per advert.
    load: LoadLabels,
}

/// Parses a labels file (JSON Lines) into one [`Label`] per advert.
type LoadLabels = fn(&str) -> Result<Vec<Box<dyn Label>>, String>;

const SOURCES: &[SourceSpec] = &[
    SourceSpec {
        name: "pythonjobs",
        folder: "pythonjobs_md",
        labels: "pythonjobs_md.labels.jsonl",
        scored_on: "Markdown body only (the labels are the front matter, which is cut off)",
        load: load_rows::<PythonJobsLabel>,
    },
    SourceSpec {
        name: "linkedin",
        folder: "linkedin_us_txt",
        labels: "linkedin_us_txt.labels.jsonl",
        scored_on: "plain text",
        load: load_rows::<LinkedInLabel>,
    },
    SourceSpec {
        name: "electionline",
        folder: "electionline_us_txt",
        labels: "electionline_us_txt.labels.jsonl",
        scored_on: "plain text; annualised pay labels converted back to the stated period",
        load: load_rows::<ElectionlineLabel>,
    },
    SourceSpec {
        name: "eu_analytics",
        folder: "eu_analytics_jd_condensed_md",
        labels: "eu_analytics_jd_condensed_md.labels.jsonl",
        scored_on: "Markdown; stated values looked for above `## Layer B`",
        load: load_eu_analytics,
    },
    SourceSpec {
        name: "nhs_jsonld",
        folder: "nhs_jobs_2020_jsonld",
        labels: "nhs_jobs_2020.labels.jsonl",
        scored_on: "JSON-LD; every labelled field is stated in its structured data \
                    (pay: the employer's salary text or the annualised figures)",
        load: load_nhs_jsonld,
    },
    SourceSpec {
        name: "nhs_html",
        folder: "nhs_jobs_2020_html",
        labels: "nhs_jobs_2020.labels.jsonl",
        scored_on: "HTML fragment (the JSON-LD description); stated values looked for \
                    in its visible text (pay: the employer's salary text)",
        load: load_nhs_html,
    },
    SourceSpec {
        name: "hn",
        folder: "hn_whoishiring_labelled",
        labels: "hn_whoishiring_labelled.labels.jsonl",
        scored_on: "HTML comment; stated values looked for in its visible text",
        load: load_rows::<HnLabel>,
    },
    SourceSpec {
        name: "civil_service",
        folder: "civil_service_jobs_html",
        labels: "civil_service_jobs_html.labels.jsonl",
        scored_on: "HTML page (ISO-8859-1); stated values looked for in its visible text",
        load: load_rows::<CivilServiceLabel>,
    },
];

/// One advert's labels: where it is, what the tool reads, what it should find.
trait Label {
    /// The advert's path relative to the corpus directory.
    fn file(&self) -> &str;

    /// The text the tool reads and the text stated values are looked for in.
    /// By default the tool reads the file as it is and statedness is checked
    /// on the same text with line endings normalised.
    fn views<'a>(&self, raw: &'a str) -> Views<'a> {
        Views {
            tool: Cow::Borrowed(raw),
            stated: universal_newlines(raw),
        }
    }

    /// What the labels expect of each field; `text` is [`Views::stated`].
    fn expectations(&self, text: &str) -> Vec<Expectation>;

    /// Whether pay labels are per fortnight, so a tool figure halved to a
    /// weekly one (with its "every two weeks" note) is doubled back.
    fn fortnightly_pay(&self) -> bool {
        false
    }
}

/// The two ways an advert's text is used.
struct Views<'a> {
    tool: Cow<'a, str>,
    stated: Cow<'a, str>,
}

/// Parses a JSON Lines labels file into rows of one label type.
fn load_rows<L: Label + DeserializeOwned + 'static>(
    text: &str,
) -> Result<Vec<Box<dyn Label>>, String> {
    parse_jsonl::<L>(text).map(|rows| {
        rows.into_iter()
            .map(|row| Box::new(row) as Box<dyn Label>)
            .collect()
    })
}

fn parse_jsonl<T: DeserializeOwned>(text: &str) -> Result<Vec<T>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1)))
        .collect()
}

// ---------------------------------------------------------------------------
// Fields, expectations and statuses

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    Title,
    Employer,
    Location,
    WorkMode,
    SalaryPresent,
    SalaryMin,
    SalaryMax,
    SalaryCurrency,
    SalaryPeriod,
    ContractType,
    ContractHours,
    DatesClosing,
    Skills,
}

impl Field {
    const ALL: [Field; 13] = [
        Field::Title,
        Field::Employer,
        Field::Location,
        Field::WorkMode,
        Field::SalaryPresent,
        Field::SalaryMin,
        Field::SalaryMax,
        Field::SalaryCurrency,
        Field::SalaryPeriod,
        Field::ContractType,
        Field::ContractHours,
        Field::DatesClosing,
        Field::Skills,
    ];

    fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Employer => "employer",
            Field::Location => "location",
            Field::WorkMode => "work_mode",
            Field::SalaryPresent => "salary.present",
            Field::SalaryMin => "salary.min",
            Field::SalaryMax => "salary.max",
            Field::SalaryCurrency => "salary.currency",
            Field::SalaryPeriod => "salary.period",
            Field::ContractType => "contract.type",
            Field::ContractHours => "contract.hours",
            Field::DatesClosing => "dates.closing",
            Field::Skills => "skills",
        }
    }
}

/// What the labels say one field should be. Each kind has its scoring function.
#[derive(Debug, Clone)]
enum Expected {
    /// The labels say the advert has none: any value is invented.
    Nothing,
    /// A string (title, employer), compared leniently.
    Text(String),
    /// A string that should contain one of these (the HN fixtures' `_contains`).
    AnyOf(Vec<String>),
    /// A place: the whole label, any part of it, or one of `extra` (a postcode).
    Place { label: String, extra: Vec<String> },
    /// A US state, in full, USPS or AP form.
    State(String),
    /// An enum value (work mode, contract type or hours); any of `accept` is right.
    OneOf {
        label: String,
        accept: Vec<&'static str>,
    },
    /// The labels say the job is not remote: only `remote` is invented.
    NotRemote,
    /// Whether the advert states pay figures (pythonjobs has no figures labelled).
    Presence(bool),
    /// A pay figure, in the period the advert states; `or` is another
    /// reading the advert also states (JSON-LD's structured figures).
    Amount { label: f64, or: Option<f64> },
    /// An ISO 4217 code.
    Currency(String),
    /// `hour`, `week`, `month`, `year`, or `biweekly` (every two weeks);
    /// `or` as for amounts.
    Period { label: String, or: Option<String> },
    /// A date, `YYYY-MM-DD`.
    Date(String),
    /// Labelled skill ids with whether each is stated, and every id the source
    /// labels anywhere (tool skills outside it are not scored).
    Skills {
        labelled: Vec<(String, bool)>,
        vocabulary: Rc<BTreeSet<String>>,
    },
}

impl Expected {
    /// The label as written to the cases file.
    fn value(&self) -> Value {
        match self {
            Expected::Nothing => Value::Null,
            Expected::Text(s)
            | Expected::Place { label: s, .. }
            | Expected::State(s)
            | Expected::OneOf { label: s, .. }
            | Expected::Currency(s)
            | Expected::Period { label: s, or: None }
            | Expected::Date(s) => Value::from(s.as_str()),
            Expected::Period {
                label,
                or: Some(or),
            } => json!([label, or]),
            Expected::AnyOf(list) => Value::from(list.join(" | ")),
            Expected::NotRemote => Value::from("not-remote"),
            Expected::Presence(b) => Value::from(*b),
            Expected::Amount { label, or: None } => Value::from(*label),
            Expected::Amount {
                label,
                or: Some(or),
            } => json!([label, or]),
            Expected::Skills { .. } => Value::Null,
        }
    }
}

/// One field of one advert to score.
struct Expectation {
    field: Field,
    expected: Expected,
    /// Whether the advert's text states the labelled value.
    stated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Correct,
    Wrong,
    Missed,
    Invented,
    Unstated,
    NoneOk,
}

impl Status {
    fn name(self) -> &'static str {
        match self {
            Status::Correct => "correct",
            Status::Wrong => "wrong",
            Status::Missed => "missed",
            Status::Invented => "invented",
            Status::Unstated => "unstated",
            Status::NoneOk => "none_ok",
        }
    }
}

/// One scored field of one advert.
struct Case {
    source: &'static str,
    file: String,
    field: Field,
    status: Status,
    expected: Value,
    got: Value,
}

#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    correct: usize,
    wrong: usize,
    missed: usize,
    invented: usize,
    unstated: usize,
    none_ok: usize,
}

impl Counts {
    fn add(&mut self, status: Status) {
        match status {
            Status::Correct => self.correct += 1,
            Status::Wrong => self.wrong += 1,
            Status::Missed => self.missed += 1,
            Status::Invented => self.invented += 1,
            Status::Unstated => self.unstated += 1,
            Status::NoneOk => self.none_ok += 1,
        }
    }

    fn merge(&mut self, other: &Counts) {
        self.correct += other.correct;
        self.wrong += other.wrong;
        self.missed += other.missed;
        self.invented += other.invented;
        self.unstated += other.unstated;
        self.none_ok += other.none_ok;
    }

    /// Whether there is anything to print.
    fn shown(&self) -> bool {
        self.correct + self.wrong + self.missed + self.invented + self.unstated > 0
    }

    fn precision(&self) -> String {
        percent(self.correct, self.correct + self.wrong + self.invented)
    }

    fn recall(&self) -> String {
        percent(self.correct, self.correct + self.wrong + self.missed)
    }
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "–".to_string()
    } else {
        format!("{:.0}%", 100.0 * part as f64 / whole as f64)
    }
}

/// Collects a label row's expectations, checking statedness against `text`.
struct Plan<'t> {
    text: &'t str,
    /// Structured input (JSON-LD): every labelled value is stated.
    structured: bool,
    out: Vec<Expectation>,
}

impl<'t> Plan<'t> {
    fn new(text: &'t str) -> Self {
        Plan {
            text,
            structured: false,
            out: Vec::new(),
        }
    }

    fn push(&mut self, field: Field, expected: Expected, stated: bool) {
        self.out.push(Expectation {
            field,
            expected,
            stated,
        });
    }

    /// The labels say the advert has no value for `field`.
    fn nothing(&mut self, field: Field) {
        self.push(field, Expected::Nothing, true);
    }

    /// Whether any of `forms` occurs in the text (normalised, on word boundaries).
    fn states_any<S: AsRef<str>>(&self, forms: &[S]) -> bool {
        self.structured
            || forms
                .iter()
                .any(|f| find_norm(self.text, f.as_ref()).is_some())
    }

    /// Whether the regex finds a cue in the text.
    fn states_cue(&self, cue: &Regex) -> bool {
        self.structured || cue.is_match(self.text)
    }

    /// A string field, stated when the label or one of its shorter `forms` occurs.
    fn text_field(&mut self, field: Field, label: &str, forms: &[String]) {
        let stated = self.states_any(&[label]) || self.states_any(forms);
        self.push(field, Expected::Text(label.to_string()), stated);
    }

    /// A place, stated when the label, one of `forms` or one of `extra` occurs.
    fn place(&mut self, label: &str, forms: &[String], extra: &[String]) {
        let stated = self.states_any(&[label]) || self.states_any(forms) || self.states_any(extra);
        let expected = Expected::Place {
            label: label.to_string(),
            extra: extra.to_vec(),
        };
        self.push(Field::Location, expected, stated);
    }

    /// An enum field, stated when `cue` finds its words in the text.
    fn one_of(&mut self, field: Field, label: &str, accept: &[&'static str], cue: &Regex) {
        let stated = self.states_cue(cue);
        let expected = Expected::OneOf {
            label: label.to_string(),
            accept: accept.to_vec(),
        };
        self.push(field, expected, stated);
    }

    /// The work mode the labels give as remote.
    fn remote(&mut self, accept: &[&'static str]) {
        let stated = self.structured || states_remote(self.text);
        let expected = Expected::OneOf {
            label: "remote".to_string(),
            accept: accept.to_vec(),
        };
        self.push(Field::WorkMode, expected, stated);
    }

    /// Contract hours from a full-time / part-time label.
    fn hours(&mut self, hours: &str) {
        let (cue, name) = match hours {
            "full_time" => (&*FULL_TIME, "full_time"),
            _ => (&*PART_TIME, "part_time"),
        };
        self.one_of(Field::ContractHours, name, &[name], cue);
    }

    /// Salary figures, currency and period . Figures
    /// are stated when written as money; currency and period when they sit
    /// next to the first stated figure. With no figure at all, the labels say
    /// the advert has no salary.
    fn salary(
        &mut self,
        lo: Option<f64>,
        hi: Option<f64>,
        currency: Option<&str>,
        period: Option<&str>,
    ) {
        if lo.is_none() && hi.is_none() {
            for field in [
                Field::SalaryMin,
                Field::SalaryMax,
                Field::SalaryCurrency,
                Field::SalaryPeriod,
            ] {
                self.nothing(field);
            }
            return;
        }
        let find = |v: Option<f64>| v.and_then(|v| stated_figure(self.text, v));
        let (at_lo, at_hi) = (find(lo), find(hi));
        if let Some(v) = lo {
            let expected = Expected::Amount { label: v, or: None };
            self.push(
                Field::SalaryMin,
                expected,
                self.structured || at_lo.is_some(),
            );
        }
        if let Some(v) = hi {
            let expected = Expected::Amount { label: v, or: None };
            self.push(
                Field::SalaryMax,
                expected,
                self.structured || at_hi.is_some(),
            );
        }
        let at = at_lo.or(at_hi);
        if let Some(code) = currency.filter(|c| !c.is_empty()) {
            let stated =
                self.structured || at.is_some_and(|span| currency_near(self.text, span, code));
            self.push(
                Field::SalaryCurrency,
                Expected::Currency(code.to_string()),
                stated,
            );
        }
        if let Some(period) = period {
            let stated =
                self.structured || at.is_some_and(|span| period_near(self.text, span, period));
            let expected = Expected::Period {
                label: period.to_string(),
                or: None,
            };
            self.push(Field::SalaryPeriod, expected, stated);
        }
    }

    /// Accepts a second reading of the salary fields already planned.
    fn salary_also(&mut self, lo: Option<f64>, hi: Option<f64>, period: Option<&str>) {
        for exp in &mut self.out {
            match (exp.field, &mut exp.expected) {
                (Field::SalaryMin, Expected::Amount { label, or }) => {
                    *or = lo.filter(|v| !close(*v, *label))
                }
                (Field::SalaryMax, Expected::Amount { label, or }) => {
                    *or = hi.filter(|v| !close(*v, *label))
                }
                (Field::SalaryPeriod, Expected::Period { label, or }) => {
                    *or = period.filter(|p| p != label).map(str::to_string)
                }
                _ => {}
            }
        }
    }

    /// A closing date derived from the text's own `Deadline:`/`Closing date`
    /// wording, for sources that do not label one (silver).
    fn derived_closing(&mut self, year_hint: Option<i32>, issue_month: Option<u32>) {
        if let Some(date) = deadline_ref(self.text, year_hint, issue_month) {
            self.push(Field::DatesClosing, Expected::Date(date), true);
        }
    }

    /// A labelled closing date, stated when the text writes that date.
    fn closing(&mut self, date: &str) {
        let stated = self.structured || date_stated(self.text, date);
        self.push(
            Field::DatesClosing,
            Expected::Date(date.to_string()),
            stated,
        );
    }
}

// ---------------------------------------------------------------------------
// Label parsers, one per source

/// pythonjobs: the front matter as the employer typed it.
#[derive(Deserialize)]
struct PythonJobsLabel {
    file: String,
    title: Option<String>,
    company: Option<String>,
    location: Option<String>,
    contract: Option<String>,
    #[serde(default)]
    salary_in_body: bool,
}

impl Label for PythonJobsLabel {
    fn file(&self) -> &str {
        &self.file
    }

    /// The labels are the front matter, so only the body is read and searched.
    fn views<'a>(&self, raw: &'a str) -> Views<'a> {
        let (_, body) = split_front_matter(&universal_newlines(raw));
        Views {
            tool: Cow::Owned(body.clone()),
            stated: Cow::Owned(body),
        }
    }

    fn expectations(&self, text: &str) -> Vec<Expectation> {
        let mut plan = Plan::new(text);
        // A missing label here means "not collected", so it is not scored.
        if let Some(title) = non_empty(&self.title) {
            let forms: Vec<String> = title
                .split_once('|')
                .map(|(head, _)| head.to_string())
                .into_iter()
                .collect();
            plan.text_field(Field::Title, title, &forms);
        }
        if let Some(company) = non_empty(&self.company) {
            let bare = PY_COMPANY_SUFFIX.replace(company, "").trim().to_string();
            plan.text_field(Field::Employer, company, &[bare]);
        }
        let location = non_empty(&self.location).unwrap_or("");
        if !location.is_empty() {
            plan.place(location, &first_comma_part(location), &[]);
        }
        // Work mode is only derivable where the location says remote.
        if REMOTE_LABEL.is_match(location) {
            plan.remote(&["remote"]);
        }
        let contract = self.contract.as_deref().unwrap_or("").to_lowercase();
        if !contract.is_empty() {
            let named: Vec<&PyContract> = PY_CONTRACT
                .iter()
                .filter(|c| c.label.is_match(&contract))
                .collect();
            if !named.is_empty() {
                let mut accept: Vec<&'static str> = named
                    .iter()
                    .flat_map(|c| c.accept.iter().copied())
                    .collect();
                accept.sort_unstable();
                accept.dedup();
                let stated = named.iter().any(|c| plan.states_cue(contract_cue(c.name)));
                let label = named.iter().map(|c| c.name).collect::<Vec<_>>().join("/");
                let expected = Expected::OneOf { label, accept };
                plan.push(Field::ContractType, expected, stated);
            }
            if contract.contains("part-time") || contract.contains("part time") {
                plan.hours("part_time");
            }
        }
        // The flag is loose: it is set for some "competitive salary" lines and
        // not others, and for "$500 million" of turnover. Only pay figures are
        // scored, so a flagged advert is stated only when it has a money figure.
        let stated = !self.salary_in_body || states_pay_figure(text);
        plan.push(
            Field::SalaryPresent,
            Expected::Presence(self.salary_in_body),
            stated,
        );
        plan.derived_closing(None, None);
        plan.out
    }
}

/// A money figure: a currency sign or code beside a number, not a company's
/// turnover in millions.
static PAY_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:[£$€]|\b(?:gbp|usd|eur)) ?\d[\d,.]*(?: ?(million|billion|bn|m)\b|( ?k\b|/ ?(?:day|hour|month|year|annum)))?",
    )
});

/// Pay words that tell a salary figure from a funding round or a market size.
static PAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:salary|salaries|pay|paid|compensation|remuneration|per (?:annum|anum|year|hour|month|day)|p\.?a\b|gross|rate|hourly|ote|depending on experience|doe)\b",
    )
});

/// Whether the text states a pay figure: a money figure in thousands or per
/// period, or with a pay word within a hundred characters of it.
fn states_pay_figure(text: &str) -> bool {
    PAY_FIGURE.captures_iter(text).any(|c| {
        let m = c.get(0).expect("whole match");
        let lo = floor_boundary(text, m.start().saturating_sub(100));
        let hi = ceil_boundary(text, (m.end() + 100).min(text.len()));
        c.get(1).is_none() && (c.get(2).is_some() || PAY_WORD.is_match(&text[lo..hi]))
    })
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// How a pythonjobs `contract:` value maps to contract types.
struct PyContract {
    label: Regex,
    name: &'static str,
    accept: &'static [&'static str],
}

static PY_CONTRACT: LazyLock<[PyContract; 3]> = LazyLock::new(|| {
    [
        PyContract {
            label: re(r"\bperm(anent)?\b"),
            name: "permanent",
            accept: &["permanent"],
        },
        PyContract {
            label: re(r"\bcontract(or)?\b|\bfreelance\b|\bb2b\b|contract to hire"),
            name: "contract",
            accept: &["contract", "fixed_term"],
        },
        PyContract {
            label: re(r"\btemp(orary)?\b"),
            name: "temporary",
            accept: &["temporary", "fixed_term"],
        },
    ]
});

/// linkedin: the Kaggle dataset's structured columns.
#[derive(Deserialize)]
struct LinkedInLabel {
    file: String,
    title: Option<String>,
    company_name: Option<String>,
    location: Option<String>,
    min_salary: Option<Value>,
    med_salary: Option<Value>,
    max_salary: Option<Value>,
    pay_period: Option<String>,
    currency: Option<String>,
    formatted_work_type: Option<String>,
    remote_allowed: Option<String>,
}

impl Label for LinkedInLabel {
    fn file(&self) -> &str {
        &self.file
    }

    fn expectations(&self, text: &str) -> Vec<Expectation> {
        let mut plan = Plan::new(text);
        // A missing label here means "not collected", so it is not scored.
        if let Some(title) = non_empty(&self.title) {
            plan.text_field(Field::Title, title, &[]);
        }
        if let Some(company) = non_empty(&self.company_name) {
            let bare = LI_COMPANY_SUFFIX.replace(company, "").trim().to_string();
            plan.text_field(Field::Employer, company, &[bare]);
        }
        if let Some(location) = non_empty(&self.location) {
            plan.place(location, &first_comma_part(location), &[]);
        }
        if self.remote_allowed.as_deref() == Some("1") {
            plan.remote(&["remote", "hybrid"]);
        } else {
            plan.push(Field::WorkMode, Expected::NotRemote, true);
        }
        let (mut lo, mut hi) = (num(&self.min_salary), num(&self.max_salary));
        if lo.is_none() && hi.is_none() {
            (lo, hi) = (num(&self.med_salary), num(&self.med_salary));
        }
        let period = match self.pay_period.as_deref() {
            Some("YEARLY") => Some("year"),
            Some("HOURLY") => Some("hour"),
            Some("MONTHLY") => Some("month"),
            Some("BIWEEKLY") => Some("biweekly"),
            Some("WEEKLY") => Some("week"),
            _ => None,
        };
        plan.salary(lo, hi, self.currency.as_deref(), period);
        match self.formatted_work_type.as_deref() {
            Some("Full-time") => plan.hours("full_time"),
            Some("Part-time") => plan.hours("part_time"),
            Some("Contract") => plan.one_of(
                Field::ContractType,
                "contract",
                CONTRACT_LIKE,
                &CONTRACT_CUE,
            ),
            Some("Temporary") => plan.one_of(
                Field::ContractType,
                "temporary",
                CONTRACT_LIKE,
                &TEMPORARY_CUE,
            ),
            Some("Internship") => plan.one_of(
                Field::ContractType,
                "internship",
                &["internship"],
                &INTERNSHIP_CUE,
            ),
            _ => {}
        }
        plan.derived_closing(None, None);
        plan.out
    }

    fn fortnightly_pay(&self) -> bool {
        true
    }
}

/// Contract types that a "Contract" or "Temporary" label accepts.
const CONTRACT_LIKE: &[&str] = &["contract", "fixed_term", "temporary"];

/// electionline: LLM-extracted (silver) title, employer, state and annualised pay.
#[derive(Deserialize)]
struct ElectionlineLabel {
    file: String,
    year: Option<String>,
    issue_date: Option<String>,
    job_title: Option<String>,
    employer: Option<String>,
    state: Option<String>,
    salary_low_end: Option<Value>,
    salary_high_end: Option<Value>,
    pay_basis: Option<String>,
}

impl Label for ElectionlineLabel {
    fn file(&self) -> &str {
        &self.file
    }

    fn expectations(&self, text: &str) -> Vec<Expectation> {
        let mut plan = Plan::new(text);
        match non_empty(&self.job_title) {
            Some(title) => plan.text_field(Field::Title, title, &[]),
            None => plan.nothing(Field::Title),
        }
        match non_empty(&self.employer) {
            Some(employer) => plan.text_field(Field::Employer, employer, &[]),
            None => plan.nothing(Field::Employer),
        }
        if let Some(state) = non_empty(&self.state) {
            let stated = state_forms(state)
                .iter()
                .any(|form| state_form_in(text, form));
            plan.push(Field::Location, Expected::State(state.to_string()), stated);
        }
        // The labels annualise pay: divide by the pay basis to get the figure
        // the advert writes. An unknown basis is scored as "no salary".
        let basis = match self.pay_basis.as_deref() {
            Some("hourly") => Some((2080.0, "hour")),
            Some("monthly") => Some((12.0, "month")),
            Some("biweekly") => Some((26.0, "biweekly")),
            Some("yearly") => Some((1.0, "year")),
            _ => None,
        };
        match basis {
            Some((factor, period)) => {
                let lo = num(&self.salary_low_end).map(|v| v / factor);
                let hi = num(&self.salary_high_end).map(|v| v / factor);
                plan.salary(lo, hi, Some("USD"), Some(period));
            }
            None => plan.salary(None, None, None, None),
        }
        // Deadlines often have no year: take it from the issue.
        let year = self.year.as_deref().and_then(|y| y.trim().parse().ok());
        let issue_month = self
            .issue_date
            .as_deref()
            .and_then(|d| THREE_LETTERS.find(d).and_then(|m| month_number(m.as_str())));
        plan.derived_closing(year, issue_month);
        plan.out
    }

    fn fortnightly_pay(&self) -> bool {
        true
    }
}

/// eu_analytics: the repo author's LLM classification (silver); its skills are the useful part.
#[derive(Deserialize)]
struct EuAnalyticsLabel {
    file: String,
    company: Option<String>,
    role: Option<String>,
    job_location: Option<String>,
    salary_min: Option<Value>,
    salary_max: Option<Value>,
    salary_currency: Option<String>,
    work_arrangement: Option<String>,
    #[serde(default)]
    skills_true: Vec<String>,
    /// Every skill id labelled anywhere in the source, filled in after parsing.
    #[serde(skip)]
    vocabulary: Rc<BTreeSet<String>>,
}

fn load_eu_analytics(text: &str) -> Result<Vec<Box<dyn Label>>, String> {
    let mut rows = parse_jsonl::<EuAnalyticsLabel>(text)?;
    let vocabulary: Rc<BTreeSet<String>> = Rc::new(
        rows.iter()
            .flat_map(|r| r.skills_true.iter().cloned())
            .collect(),
    );
    for row in &mut rows {
        row.vocabulary = Rc::clone(&vocabulary);
    }
    Ok(rows
        .into_iter()
        .map(|row| Box::new(row) as Box<dyn Label>)
        .collect())
}

impl Label for EuAnalyticsLabel {
    fn file(&self) -> &str {
        &self.file
    }

    /// The tool reads the whole file; stated values must be in the condensed
    /// advert above the collector's `## Layer B` analysis.
    fn views<'a>(&self, raw: &'a str) -> Views<'a> {
        let text = universal_newlines(raw);
        Views {
            tool: Cow::Borrowed(raw),
            stated: Cow::Owned(cut_layer_b(&text).to_string()),
        }
    }

    fn expectations(&self, text: &str) -> Vec<Expectation> {
        let mut plan = Plan::new(text);
        match non_empty(&self.role) {
            Some(role) => {
                let bare = EU_GENDER_SUFFIX.replace(role, "").trim().to_string();
                plan.text_field(Field::Title, role, &[bare]);
            }
            None => plan.nothing(Field::Title),
        }
        match non_empty(&self.company) {
            Some(company) => {
                let bare = EU_COMPANY_SUFFIX.replace(company, "").trim().to_string();
                plan.text_field(Field::Employer, company, &[bare]);
            }
            None => plan.nothing(Field::Employer),
        }
        match non_empty(&self.job_location) {
            Some(location) => {
                let head = PLACE_PARTS
                    .split(location)
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_string();
                plan.place(location, &[head], &[]);
            }
            None => plan.nothing(Field::Location),
        }
        match self.work_arrangement.as_deref() {
            Some("remote") => plan.remote(&["remote"]),
            Some(mode @ ("hybrid" | "onsite")) => {
                let cue = if mode == "hybrid" {
                    &*HYBRID_CUE
                } else {
                    &*ONSITE_CUE
                };
                let name = if mode == "hybrid" { "hybrid" } else { "onsite" };
                plan.one_of(Field::WorkMode, name, &[name], cue);
            }
            _ => plan.nothing(Field::WorkMode),
        }
        let (lo, hi) = (num(&self.salary_min), num(&self.salary_max));
        // The period is not labelled: derived from the magnitude.
        let top = lo.unwrap_or(0.0).max(hi.unwrap_or(0.0));
        let period =
            (lo.is_some() || hi.is_some()).then_some(if top < 15_000.0 { "month" } else { "year" });
        plan.salary(lo, hi, self.salary_currency.as_deref(), period);
        plan.derived_closing(None, None);
        let labelled = self
            .skills_true
            .iter()
            .map(|id| (id.clone(), plan.states_any(&skill_words(id))))
            .collect();
        let vocabulary = Rc::clone(&self.vocabulary);
        plan.push(
            Field::Skills,
            Expected::Skills {
                labelled,
                vocabulary,
            },
            true,
        );
        plan.out
    }
}

/// nhs_jobs_2020: the JSON-LD `JobPosting` fields, scored on either view.
#[derive(Deserialize)]
struct NhsLabel {
    file: String,
    html_file: String,
    title: Option<String>,
    employer: Option<String>,
    locality: Option<String>,
    postcode: Option<String>,
    salary_min: Option<Value>,
    salary_max: Option<Value>,
    salary_text: Option<String>,
    salary_unit: Option<String>,
    currency: Option<String>,
    employment_type: Option<String>,
    closing_date: Option<String>,
}

/// One view of an NHS advert: the JSON-LD file or the HTML fragment of its description.
struct NhsView {
    label: NhsLabel,
    html: bool,
}

fn load_nhs_jsonld(text: &str) -> Result<Vec<Box<dyn Label>>, String> {
    load_nhs(text, false)
}

fn load_nhs_html(text: &str) -> Result<Vec<Box<dyn Label>>, String> {
    load_nhs(text, true)
}

fn load_nhs(text: &str, html: bool) -> Result<Vec<Box<dyn Label>>, String> {
    let rows = parse_jsonl::<NhsLabel>(text)?;
    Ok(rows
        .into_iter()
        .map(|label| Box::new(NhsView { label, html }) as Box<dyn Label>)
        .collect())
}

impl Label for NhsView {
    fn file(&self) -> &str {
        if self.html {
            &self.label.html_file
        } else {
            &self.label.file
        }
    }

    fn views<'a>(&self, raw: &'a str) -> Views<'a> {
        let stated = if self.html {
            Cow::Owned(visible_text(&universal_newlines(raw)))
        } else {
            Cow::Borrowed(raw)
        };
        Views {
            tool: Cow::Borrowed(raw),
            stated,
        }
    }

    fn expectations(&self, text: &str) -> Vec<Expectation> {
        let label = &self.label;
        let mut plan = Plan::new(text);
        // The JSON-LD holds every label in its structured fields; the HTML
        // fragment holds only the description, so there they must be found.
        plan.structured = !self.html;
        match non_empty(&label.title) {
            Some(title) => plan.text_field(Field::Title, title, &[]),
            None => plan.nothing(Field::Title),
        }
        match non_empty(&label.employer) {
            Some(employer) => {
                let bare = NHS_EMPLOYER_SUFFIX.replace(employer, "").trim().to_string();
                plan.text_field(Field::Employer, employer, &[bare]);
            }
            None => plan.nothing(Field::Employer),
        }
        if let Some(locality) = non_empty(&label.locality) {
            let postcode: Vec<String> = non_empty(&label.postcode)
                .map(str::to_string)
                .into_iter()
                .collect();
            plan.place(locality, &first_comma_part(locality), &postcode);
        }
        let (lo, hi, period) = nhs_pay(label);
        plan.salary(lo, hi, label.currency.as_deref(), period);
        if !self.html {
            // The JSON-LD also states jobs.nhs.uk's annual figures: either reading is right.
            plan.salary_also(
                num(&label.salary_min),
                num(&label.salary_max),
                nhs_unit(label),
            );
        }
        match label.employment_type.as_deref() {
            Some("FULL_TIME") => plan.hours("full_time"),
            Some("PART_TIME") => plan.hours("part_time"),
            Some("TEMPORARY") => plan.one_of(
                Field::ContractType,
                "temporary",
                CONTRACT_LIKE,
                &TEMPORARY_CUE,
            ),
            _ => {}
        }
        if let Some(date) = label.closing_date.as_deref().and_then(iso_date_prefix) {
            plan.closing(date);
        }
        plan.out
    }
}

/// The pay an NHS advert's employer typed (`salary_text`, the JSON-LD's
/// `baseSalary.value.value`). `salary_min`/`salary_max` are jobs.nhs.uk's
/// annualisation of it (hourly rates times 1681, and misparsed ranges such as
/// "£82,096 - £110,86" as 11086-82096), so they are used only when the text
/// has no figure. A second figure counts only after a range joiner; an amount
/// under 200 with no period word is hourly.
fn nhs_pay(label: &NhsLabel) -> (Option<f64>, Option<f64>, Option<&'static str>) {
    static JOINER: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)^\s*(?:p/?h|ph|k)?\s*(?:-|–|—|to)\s*£?\s*$"));
    static HOURLY: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)per\s+hour|an\s+hour|/\s?(?:hr|hour|h)\b|hourly|p/?h\b|per\s+hr")
    });
    static WEEKLY: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)per\s+week|weekly|\bp/?w\b"));
    static MONTHLY: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)per\s+month|monthly|\bpcm\b"));
    let text = label.salary_text.as_deref().unwrap_or("");
    let figures: Vec<Number> = numbers_in(text)
        .into_iter()
        .filter(|n| is_money(text, n.start, n.end))
        .collect();
    let Some(first) = figures.first() else {
        return (
            num(&label.salary_min),
            num(&label.salary_max),
            nhs_unit(label),
        );
    };
    let lo = first.value;
    let hi = figures
        .iter()
        .find(|n| n.start >= first.end && JOINER.is_match(&text[first.end..n.start]))
        .map_or(lo, |n| n.value);
    let period = if HOURLY.is_match(text) {
        "hour"
    } else if WEEKLY.is_match(text) {
        "week"
    } else if MONTHLY.is_match(text) {
        "month"
    } else if lo < 200.0 {
        "hour"
    } else {
        "year"
    };
    (Some(lo), Some(hi), Some(period))
}

/// The JSON-LD's `unitText` as a period.
fn nhs_unit(label: &NhsLabel) -> Option<&'static str> {
    match label.salary_unit.as_deref() {
        Some("YEAR") => Some("year"),
        Some("MONTH") => Some("month"),
        Some("WEEK") => Some("week"),
        Some("HOUR") => Some("hour"),
        _ => None,
    }
}

/// hn_whoishiring: hand-written eval fixtures (gold), some with several roles.
#[derive(Deserialize)]
struct HnLabel {
    file: String,
    expected: HnExpected,
}

#[derive(Deserialize)]
struct HnExpected {
    /// The comment should be refused (it is empty): nothing to score.
    #[serde(default)]
    error: bool,
    is_job_posting: Option<bool>,
    role_count: Option<u32>,
    #[serde(default)]
    all_roles: Map<String, Value>,
    #[serde(default)]
    roles: Vec<HnRole>,
}

#[derive(Deserialize)]
struct HnRole {
    #[serde(default)]
    match_by: Map<String, Value>,
    #[serde(default)]
    expect: Map<String, Value>,
}

impl Label for HnLabel {
    fn file(&self) -> &str {
        &self.file
    }

    fn views<'a>(&self, raw: &'a str) -> Views<'a> {
        Views {
            tool: Cow::Borrowed(raw),
            stated: Cow::Owned(visible_text(&universal_newlines(raw))),
        }
    }

    fn expectations(&self, text: &str) -> Vec<Expectation> {
        let exp = &self.expected;
        let mut plan = Plan::new(text);
        if exp.error {
            return plan.out;
        }
        if exp.is_job_posting == Some(false) {
            for field in [
                Field::Title,
                Field::Employer,
                Field::Location,
                Field::SalaryMin,
                Field::SalaryMax,
            ] {
                plan.nothing(field);
            }
            return plan.out;
        }
        // A record holds one job: the role's own fields are scored only for a
        // single-role comment; the fields shared by all roles always are.
        let mut props = exp.all_roles.clone();
        if let [role] = exp.roles.as_slice()
            && exp.role_count.unwrap_or(1) <= 1
        {
            props.extend(role.expect.clone());
            let words = strings(role.match_by.get("role_title_contains"));
            if !words.is_empty() {
                let stated = words.iter().any(|w| text.contains(w.as_str()));
                plan.push(Field::Title, Expected::AnyOf(words), stated);
            }
        }
        if let Some(name) = props.get("company_name").and_then(Value::as_str) {
            plan.text_field(Field::Employer, name, &[]);
        } else if let Some(Value::Array(_)) = props.get("company_name_contains") {
            let names = strings(props.get("company_name_contains"));
            let stated = plan.states_any(&names);
            plan.push(Field::Employer, Expected::AnyOf(names), stated);
        }
        if props.contains_key("locations_contain") {
            let places = strings(props.get("locations_contain"));
            let stated = places.iter().any(|p| text.contains(p.as_str()));
            plan.push(Field::Location, Expected::AnyOf(places), stated);
        }
        let remote_in = props.get("is_remote_in").and_then(Value::as_array);
        match props.get("is_remote").and_then(Value::as_bool) {
            Some(true) => plan.remote(&["remote"]),
            Some(false) => plan.push(Field::WorkMode, Expected::NotRemote, true),
            None if remote_in.is_some_and(|v| !v.contains(&Value::Bool(true))) => {
                plan.push(Field::WorkMode, Expected::NotRemote, true)
            }
            None => {}
        }
        if props.contains_key("salary_min") || props.contains_key("salary_max") {
            let amount = |key: &str| props.get(key).and_then(Value::as_f64).filter(|v| *v > 0.0);
            let currency = props.get("salary_currency").and_then(Value::as_str);
            plan.salary(amount("salary_min"), amount("salary_max"), currency, None);
        }
        match props.get("employment_type").and_then(Value::as_str) {
            Some("Full-time") => plan.hours("full_time"),
            Some("Part-time") => plan.hours("part_time"),
            Some("Contract") => plan.one_of(
                Field::ContractType,
                "contract",
                CONTRACT_LIKE,
                &CONTRACT_CUE,
            ),
            _ => {}
        }
        plan.derived_closing(None, None);
        plan.out
    }
}

/// civil_service_jobs: the page's own "Details" block.
#[derive(Deserialize)]
struct CivilServiceLabel {
    file: String,
    title: Option<String>,
    employer: Option<String>,
    salary_text: Option<String>,
    contract_type: Option<String>,
    working_pattern: Option<String>,
    location: Option<String>,
    closing: Option<String>,
}

impl Label for CivilServiceLabel {
    fn file(&self) -> &str {
        &self.file
    }

    fn views<'a>(&self, raw: &'a str) -> Views<'a> {
        Views {
            tool: Cow::Borrowed(raw),
            stated: Cow::Owned(visible_text(&universal_newlines(raw))),
        }
    }

    fn expectations(&self, text: &str) -> Vec<Expectation> {
        let mut plan = Plan::new(text);
        if let Some(title) = non_empty(&self.title) {
            plan.text_field(Field::Title, title, &[]);
        }
        if let Some(employer) = non_empty(&self.employer) {
            plan.text_field(Field::Employer, employer, &[]);
        }
        if let Some(location) = non_empty(&self.location) {
            plan.place(location, &first_comma_part(location), &[]);
        }
        // The salary is a text ("£53,730 GBP"): its figures are the range.
        if let Some(salary) = non_empty(&self.salary_text) {
            let figures: Vec<f64> = numbers_in(salary)
                .into_iter()
                .filter(|n| is_money(salary, n.start, n.end))
                .map(|n| n.value)
                .collect();
            let currency = (salary.contains('£') || salary.contains("GBP")).then_some("GBP");
            let (lo, hi) = (
                figures.first().copied(),
                figures.get(1).or(figures.first()).copied(),
            );
            plan.salary(lo, hi, currency, None);
        }
        match self
            .contract_type
            .as_deref()
            .map(str::to_lowercase)
            .as_deref()
        {
            Some("fixed term") => plan.one_of(
                Field::ContractType,
                "fixed_term",
                CONTRACT_LIKE,
                &TEMPORARY_CUE,
            ),
            Some("permanent") => plan.one_of(
                Field::ContractType,
                "permanent",
                &["permanent"],
                &PERMANENT_CUE,
            ),
            _ => {}
        }
        match self.working_pattern.as_deref() {
            Some(p) if FULL_TIME.is_match(p) => plan.hours("full_time"),
            Some(p) if PART_TIME.is_match(p) => plan.hours("part_time"),
            _ => {}
        }
        if let Some(date) = self.closing.as_deref().and_then(date_in_words) {
            plan.closing(&date);
        }
        plan.out
    }
}

// ---------------------------------------------------------------------------
// Scoring, one function per kind of field

/// Scores one expectation against the tool's record; skills give one case per skill.
fn score(
    source: &'static str,
    file: &str,
    exp: &Expectation,
    posting: &Posting,
    fortnightly: bool,
) -> Vec<Case> {
    let case = |status: Status, expected: Value, got: Value| Case {
        source,
        file: file.to_string(),
        field: exp.field,
        status,
        expected,
        got,
    };
    if let Expected::Skills {
        labelled,
        vocabulary,
    } = &exp.expected
    {
        return score_skills(labelled, vocabulary, posting)
            .into_iter()
            .map(|(status, expected, got)| case(status, expected, got))
            .collect();
    }
    let got = got_value(posting, exp.field);
    let status = judge(exp, &got, posting, fortnightly);
    vec![case(status, exp.expected.value(), got)]
}

/// The status of one field.
fn judge(exp: &Expectation, got: &Value, posting: &Posting, fortnightly: bool) -> Status {
    let agreed = |ok: bool| if ok { Status::Correct } else { Status::Wrong };
    match &exp.expected {
        Expected::Presence(true) if !exp.stated => Status::Unstated,
        Expected::Presence(labelled) => score_presence(*labelled, got),
        Expected::NotRemote => score_not_remote(got),
        Expected::Nothing if got.is_null() => Status::NoneOk,
        Expected::Nothing => Status::Invented,
        _ if !exp.stated => Status::Unstated,
        _ if got.is_null() => Status::Missed,
        Expected::Text(label) => agreed(score_text(label, got)),
        Expected::AnyOf(forms) => agreed(score_any_of(forms, got)),
        Expected::Place { label, extra } => agreed(score_place(label, extra, got)),
        Expected::State(state) => agreed(score_state(state, got)),
        Expected::OneOf { accept, .. } => agreed(score_one_of(accept, got)),
        Expected::Amount { label, or } => {
            let halved = fortnightly && every_two_weeks(posting);
            agreed(
                score_amount(*label, got, halved)
                    || or.is_some_and(|v| score_amount(v, got, halved)),
            )
        }
        Expected::Currency(code) => agreed(got.as_str() == Some(code.as_str())),
        Expected::Period { label, or } => {
            let halved = every_two_weeks(posting);
            agreed(
                score_period(label, got, halved)
                    || or.as_deref().is_some_and(|p| score_period(p, got, halved)),
            )
        }
        Expected::Date(date) => agreed(got.as_str() == Some(date.as_str())),
        Expected::Skills { .. } => unreachable!("skills are scored by score_skills"),
    }
}

/// The tool's value for a field, as it would appear in its JSON record.
fn got_value(posting: &Posting, field: Field) -> Value {
    let text = |s: &Option<String>| match s.as_deref() {
        Some(t) if !t.trim().is_empty() => Value::from(t),
        _ => Value::Null,
    };
    let named = |name: Option<String>| name.map_or(Value::Null, Value::from);
    match field {
        Field::Title => text(&posting.title),
        Field::Employer => text(&posting.employer),
        Field::Location => text(&posting.location),
        Field::WorkMode => named(posting.work_mode.map(|m| enum_name(&m))),
        Field::SalaryPresent => {
            let s = &posting.salary;
            Value::Bool(s.min.is_some() || s.max.is_some())
        }
        Field::SalaryMin => posting.salary.min.map_or(Value::Null, Value::from),
        Field::SalaryMax => posting.salary.max.map_or(Value::Null, Value::from),
        Field::SalaryCurrency => text(&posting.salary.currency),
        Field::SalaryPeriod => named(posting.salary.period.map(|p| p.name().to_string())),
        Field::ContractType => named(posting.contract.kind.map(|k| enum_name(&k))),
        Field::ContractHours => named(posting.contract.hours.map(|h| enum_name(&h))),
        Field::DatesClosing => text(&posting.dates.closing),
        Field::Skills => Value::Null,
    }
}

/// Whether the tool halved a fortnightly salary to a weekly one.
fn every_two_weeks(posting: &Posting) -> bool {
    posting.notes.iter().any(|n| n.contains("every two weeks"))
}

/// Title, employer: either normalised string contains the other.
fn score_text(label: &str, got: &Value) -> bool {
    got.as_str().is_some_and(|g| lenient_eq(g, label))
}

/// HN `_contains` fields: the value contains one of the forms.
fn score_any_of(forms: &[String], got: &Value) -> bool {
    let got = norm(got.as_str().unwrap_or(""));
    forms
        .iter()
        .map(|f| norm(f))
        .any(|f| !f.is_empty() && got.contains(&f))
}

/// Location: the whole label, any part of it longer than two letters, or an extra form.
fn score_place(label: &str, extra: &[String], got: &Value) -> bool {
    let Some(got) = got.as_str() else {
        return false;
    };
    lenient_eq(got, label)
        || PLACE_PARTS
            .split(label)
            .any(|part| norm(part).chars().count() > 2 && lenient_eq(got, part))
        || extra.iter().any(|x| lenient_eq(got, x))
}

/// electionline location: the value names the labelled US state.
fn score_state(state: &str, got: &Value) -> bool {
    got.as_str().is_some_and(|g| state_in(state, g))
}

/// Work mode, contract type and hours: one of the accepted enum names.
fn score_one_of(accept: &[&str], got: &Value) -> bool {
    got.as_str().is_some_and(|g| accept.contains(&g))
}

/// Labels that say there is no remote work: `remote` is invented.
fn score_not_remote(got: &Value) -> Status {
    if got.as_str() == Some("remote") {
        Status::Invented
    } else {
        Status::NoneOk
    }
}

/// pythonjobs salary: whether any salary was reported, against `salary_in_body`.
fn score_presence(labelled: bool, got: &Value) -> Status {
    match (labelled, got.as_bool().unwrap_or(false)) {
        (true, true) => Status::Correct,
        (true, false) => Status::Missed,
        (false, true) => Status::Invented,
        (false, false) => Status::NoneOk,
    }
}

/// Salary figures: close enough, after undoing the tool's fortnight halving.
fn score_amount(label: f64, got: &Value, halved: bool) -> bool {
    got.as_f64()
        .is_some_and(|g| close(if halved { g * 2.0 } else { g }, label))
}

/// Salary period: `biweekly` is reported as `week` with an "every two weeks" note.
fn score_period(label: &str, got: &Value, halved: bool) -> bool {
    match label {
        "biweekly" => got.as_str() == Some("week") && halved,
        _ => got.as_str() == Some(label),
    }
}

/// Skills: each labelled skill is found or missed (or unstated); each tool skill
/// that the source labels somewhere but not here is invented. Others are not scored.
fn score_skills(
    labelled: &[(String, bool)],
    vocabulary: &BTreeSet<String>,
    posting: &Posting,
) -> Vec<(Status, Value, Value)> {
    let tool: Vec<(&str, BTreeSet<String>)> = posting
        .skills
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                [key(&s.id), key(&s.name)].into_iter().collect(),
            )
        })
        .collect();
    let matches =
        |id: &str, keys: &BTreeSet<String>| skill_keys(id).iter().any(|k| keys.contains(k));
    let mut out = Vec::new();
    for (id, stated) in labelled {
        let found = tool
            .iter()
            .find(|(_, keys)| matches(id, keys))
            .map(|(tool_id, _)| *tool_id);
        let status = match (stated, found) {
            (false, _) => Status::Unstated,
            (true, Some(_)) => Status::Correct,
            (true, None) => Status::Missed,
        };
        out.push((
            status,
            Value::from(id.as_str()),
            found.map_or(Value::Null, Value::from),
        ));
    }
    for (tool_id, keys) in &tool {
        let known = vocabulary.iter().any(|id| matches(id, keys));
        let wanted = labelled.iter().any(|(id, _)| matches(id, keys));
        if known && !wanted {
            out.push((Status::Invented, Value::Null, Value::from(*tool_id)));
        }
    }
    out
}

/// Lower-case letters and digits only: `power_bi`, `Power BI` and `power-bi` agree.
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The normalised names a labelled skill id may have in the tool's taxonomy.
fn skill_keys(id: &str) -> Vec<String> {
    let mut keys = vec![key(id)];
    let extra: &[&str] = match id {
        "postgres" => &["postgresql"],
        "glue" => &["awsglue"],
        "dbt_cloud" => &["dbt"],
        "fabric_synapse" => &["microsoftfabric", "azuresynapse"],
        _ => &[],
    };
    keys.extend(extra.iter().map(|k| k.to_string()));
    keys
}

/// How a labelled skill id may be written in an advert.
fn skill_words(id: &str) -> Vec<String> {
    let mut words = vec![id.replace('_', " ")];
    let extra: &[&str] = match id {
        "power_bi" => &["powerbi"],
        "postgres" => &["postgresql"],
        "spark" => &["pyspark"],
        "fabric_synapse" => &["fabric", "synapse"],
        _ => &[],
    };
    words.extend(extra.iter().map(|w| w.to_string()));
    words
}

// ---------------------------------------------------------------------------
// Lenient string matching

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("bad regex {pattern}: {e}"))
}

/// Lower-case, markup-free, whitespace-normalised form for lenient matching.
fn norm(s: &str) -> String {
    static MARKUP: LazyLock<Regex> = LazyLock::new(|| re(r"[*_#]+"));
    static SPACES: LazyLock<Regex> = LazyLock::new(|| re(r"\s+"));
    let s = s
        .replace(['\u{a0}', '\u{202f}'], " ")
        .replace(['’', '‘', '`', '´'], "'")
        .replace(['“', '”'], "\"")
        .replace(['–', '—', '‐', '‑', '−'], "-")
        .replace('\\', "")
        // Labels taken from JSON-LD keep HTML's references ("Foot &amp;
        // Ankle Fellow"); the advert means the characters.
        .replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&quot;", "\"");
    let s = MARKUP.replace_all(&s, " ");
    let s = SPACES.replace_all(&s, " ").trim().to_lowercase();
    s.trim_matches(|c| " .,;:|-".contains(c)).to_string()
}

/// Either normalised string contains the other (and neither is empty).
fn lenient_eq(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

/// Where `needle` occurs in `text`: case-insensitive, tolerant of whitespace
/// and markup between its words, on word boundaries that still let a value
/// glued to LinkedIn's run-together text match ("DescriptionRaw Cereal is").
fn find_norm(text: &str, needle: &str) -> Option<(usize, usize)> {
    let n = norm(needle);
    if n.is_empty() {
        return None;
    }
    let words: Vec<String> = n.split(' ').map(regex::escape).collect();
    let pattern = words
        .join(r"[\s*_#\\]*")
        .replace('\'', "['’‘`]")
        .replace(r"\-", "[-–—]");
    let found = Regex::new(&format!("(?i){pattern}")).ok()?;
    let mut at = 0;
    while let Some(m) = found.find_at(text, at) {
        if left_bound(text, m.start()) && right_bound(text, m.end()) {
            return Some((m.start(), m.end()));
        }
        at = next_char(text, m.start());
    }
    None
}

/// Left boundary: no ASCII letter or digit before, or a lower-case
/// letter, `.`, `:` or `)` glued to a capital that starts the match.
fn left_bound(text: &str, start: usize) -> bool {
    let before = text[..start].chars().next_back();
    let first = text[start..].chars().next();
    match before {
        Some(c) if c.is_ascii_alphanumeric() => {
            c.is_ascii_lowercase() && first.is_some_and(|f| f.is_ascii_uppercase())
        }
        _ => true,
    }
}

/// Right boundary: no ASCII letter or digit after, or a capital glued to
/// a match that ends in a lower-case letter, `.` or `)`.
fn right_bound(text: &str, end: usize) -> bool {
    let after = text[end..].chars().next();
    let last = text[..end].chars().next_back();
    match after {
        Some(c) if c.is_ascii_alphanumeric() => {
            c.is_ascii_uppercase()
                && last.is_some_and(|l| l.is_ascii_lowercase() || l == '.' || l == ')')
        }
        _ => true,
    }
}

/// The byte index of the character after the one at `i`.
fn next_char(text: &str, i: usize) -> usize {
    i + text[i..].chars().next().map_or(1, char::len_utf8)
}

/// The byte index `n` characters before `i` (or 0).
fn chars_back(text: &str, i: usize, n: usize) -> usize {
    text[..i]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(j, _)| j)
}

/// The byte index `n` characters after `i` (or the end).
fn chars_forward(text: &str, i: usize, n: usize) -> usize {
    text[i..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(j, _)| i + j)
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.trim().is_empty())
}

/// The label's text before its first comma, when it has one.
fn first_comma_part(s: &str) -> Vec<String> {
    s.split_once(',')
        .map(|(head, _)| head.to_string())
        .into_iter()
        .collect()
}

/// The strings of a JSON string or array of strings.
fn strings(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    }
}

/// A positive number from a label, or nothing.
fn num(value: &Option<Value>) -> Option<f64> {
    let v = match value.as_ref()? {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse().ok()?,
        _ => return None,
    };
    (v > 0.0).then_some(v)
}

/// Python's universal newlines: `\r\n` and `\r` become `\n`.
fn universal_newlines(text: &str) -> Cow<'_, str> {
    if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

static PY_COMPANY_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(ltd|limited|inc|llc|gmbh|plc)\.?$"));
static LI_COMPANY_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i),?\s*\b(ltd|limited|inc|llc|corp|corporation|co)\.?$"));
static EU_COMPANY_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(gmbh|ag|ltd|bv|b\.v\.|inc|sa|se|s\.a\.)\.?$"));
static NHS_EMPLOYER_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\s*\b(nhs foundation trust|nhs trust|ltd|limited|plc)\.?$"));
static EU_GENDER_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\s*(\((?:[fmdwhx]/){1,3}[fmdwhx]\)|\b[HFM]/[HFM](/[HFMD])?\b|\([HFM]/[HFM]\))\s*$")
});
static PLACE_PARTS: LazyLock<Regex> = LazyLock::new(|| re(r"[,(/;]"));
static THREE_LETTERS: LazyLock<Regex> = LazyLock::new(|| re(r"[A-Za-z]{3}"));

// ---------------------------------------------------------------------------
// Money in text

/// A number written in the text, with its value (`k` applied).
struct Number {
    value: f64,
    start: usize,
    end: usize,
}

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(\d{1,3}(?:[,.\x{a0} ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(\s?[kK]\b)?")
});

/// Every number in `text`. Values written with `k` are multiplied, and a bare
/// number followed within 8 characters by a `k` one ("60-85k", "£30-£50K")
/// is also taken in thousands.
fn numbers_in(text: &str) -> Vec<Number> {
    // (digits, start, end, has k), not preceded by a word character, `.` or `,`.
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(c) = NUMBER.captures_at(text, at) {
        let whole = c.get(0).expect("group 0 always matches");
        let glued = text[..whole.start()]
            .chars()
            .next_back()
            .is_some_and(|p| p.is_alphanumeric() || "_.,".contains(p));
        if glued {
            at = next_char(text, whole.start());
            continue;
        }
        found.push((
            c[1].to_string(),
            whole.start(),
            whole.end(),
            c.get(2).is_some(),
        ));
        at = whole.end();
    }
    let mut out = Vec::new();
    for (i, (digits, start, end, k)) in found.iter().enumerate() {
        let Some(value) = parse_num(digits) else {
            continue;
        };
        out.push(Number {
            value: if *k { value * 1000.0 } else { value },
            start: *start,
            end: *end,
        });
        if let Some((_, next_start, _, true)) = found.get(i + 1)
            && !k
            && value < 1000.0
            && text[*end..*next_start].chars().count() <= 8
        {
            out.push(Number {
                value: value * 1000.0,
                start: *start,
                end: *end,
            });
        }
    }
    out
}

/// Reads `70,000`, `70.000` (European), `22,24` (decimal comma) and `1.234,50`.
fn parse_num(s: &str) -> Option<f64> {
    static DOT_THOUSANDS: LazyLock<Regex> = LazyLock::new(|| re(r"^\d{1,3}(\.\d{3})+$"));
    static COMMA_THOUSANDS: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\d{1,3}(,\d{3})+(\.\d{1,2})?$"));
    static DECIMAL_COMMA: LazyLock<Regex> = LazyLock::new(|| re(r"^\d+,\d{1,2}$"));
    static EUROPEAN: LazyLock<Regex> = LazyLock::new(|| re(r"^\d{1,3}(\.\d{3})+,\d{1,2}$"));
    let s = s.replace(['\u{a0}', ' '], "");
    let plain = if DOT_THOUSANDS.is_match(&s) {
        s.replace('.', "")
    } else if COMMA_THOUSANDS.is_match(&s) {
        s.replace(',', "")
    } else if DECIMAL_COMMA.is_match(&s) {
        s.replace(',', ".")
    } else if EUROPEAN.is_match(&s) {
        s.replace('.', "").replace(',', ".")
    } else {
        s.replace(',', "")
    };
    plain.parse().ok()
}

/// Labels and text agree to ±1 for small (hourly) amounts, else to 1%.
fn close(a: f64, b: f64) -> bool {
    if a < 200.0 && b < 200.0 {
        (a - b).abs() <= 1.0
    } else {
        (a - b).abs() <= (0.01 * b.abs()).max(1.0)
    }
}

/// A currency just before the number (or before the first end of its range),
/// or just after it (or after the second end of its range).
fn is_money(text: &str, start: usize, end: usize) -> bool {
    // `\n?$` is Python's `$`, which also matches before a final newline.
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:[$£€]|USD|EUR|GBP|PLN|PHP)\s?(?:[\d.,]+\s?[kK]?\s*(?:-|–|—|to|and|à|en|et|y)\s*(?:[$£€]|USD|EUR)?\s?)?\n?$",
        )
    });
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s?[kK]?\s?(?:€|EUR|USD|PLN|PHP|zł)|^\s*(?:-|–|—|to|à|et|en)\s*[\d.,]+\s?[kK]?\s?(?:€|EUR|USD|PLN|zł)",
        )
    });
    BEFORE.is_match(&text[chars_back(text, start, 22)..start])
        || AFTER.is_match(&text[end..chars_forward(text, end, 22)])
}

/// Where the money figure `value` is first written in the text.
fn stated_figure(text: &str, value: f64) -> Option<(usize, usize)> {
    if value <= 0.0 {
        return None;
    }
    numbers_in(text)
        .into_iter()
        .find(|n| close(n.value, value) && is_money(text, n.start, n.end))
        .map(|n| (n.start, n.end))
}

/// The currency's symbol or code within 12 characters of the figure.
fn currency_near(text: &str, (start, end): (usize, usize), code: &str) -> bool {
    let symbol = match code {
        "USD" => r"\$|USD".to_string(),
        "EUR" => "€|EUR".to_string(),
        "GBP" => "£|GBP".to_string(),
        "PLN" => "PLN|zł".to_string(),
        other => regex::escape(other),
    };
    let window = &text[chars_back(text, start, 12)..chars_forward(text, end, 12)];
    re(&symbol).is_match(window)
}

/// The period's words within 45 characters after or 40 before the figure.
fn period_near(text: &str, (start, end): (usize, usize), period: &str) -> bool {
    static HOUR: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)per\s+hour|an\s+hour|/\s?(?:hr|hour|h)\b|hourly|\bp/?h\b|per\s+hr")
    });
    static YEAR: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)per\s+annum|per\s+anum|p\.\s?a\.?|\bpa\b|per\s+year|a\s+year|/\s?(?:yr|year|annum)|annual|yearly|per\s+yr|salary",
        )
    });
    static MONTH: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)per\s+month|a\s+month|/\s?(?:mo|mth|month)\b|monthly|\bpcm\b"));
    static WEEK: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)bi-?weekly|every\s+(?:two|2)\s+weeks|per\s+pay\s+period|per\s+week|weekly")
    });
    let words: &Regex = match period {
        "hour" => &HOUR,
        "year" => &YEAR,
        "month" => &MONTH,
        "week" | "biweekly" => &WEEK,
        _ => return false,
    };
    let after = &text[end..chars_forward(text, end, 45)];
    let before = &text[chars_back(text, start, 40)..start];
    words.is_match(&format!("{after} {before}"))
}

// ---------------------------------------------------------------------------
// Work mode and contract cues

static REMOTE_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)remote|telecommut|anywhere"));

/// Whether the text says the job is remote: each "remote" is checked against
/// the words after it, which may show it is about something else.
fn states_remote(text: &str) -> bool {
    static REMOTE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bremote(ly)?\b"));
    static NOT_THE_JOB: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s+(engineering|teams?|collaboration|access|monitoring|supervision|sensing|patient|utilization|support|desktop)",
        )
    });
    static OTHER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)work(ing)? from home|\bwfh\b|telecommut|t[ée]l[ée]travail|work from anywhere|anywhere in the",
        )
    });
    OTHER.is_match(text)
        || REMOTE
            .find_iter(text)
            .any(|m| !NOT_THE_JOB.is_match(&text[m.end()..]))
}

static HYBRID_CUE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bhybrid|hybride|\bdays? (a|per) week in|t[ée]l[ée]travail"));
static ONSITE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)on[- ]?site|in[- ]person|in[- ]office|office[- ]based|presencial|vor ort")
});
static FULL_TIME: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)full[- ]?time"));
static PART_TIME: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)part[- ]?time"));
static PERMANENT_CUE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bperm(anent)?\b"));
static CONTRACT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bcontract(or|ors|ing)?\b|\bfreelance\b|\bb2b\b|\b1099\b|\bw-?2\b|\bc2c\b|day rate")
});
static TEMPORARY_CUE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\btemp(orary)?\b|\bseasonal\b|fixed[- ]term"));
static INTERNSHIP_CUE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bintern(s|ship|ships)?\b"));

/// The words that state a contract type.
fn contract_cue(name: &str) -> &'static Regex {
    match name {
        "permanent" => &PERMANENT_CUE,
        "temporary" => &TEMPORARY_CUE,
        "internship" => &INTERNSHIP_CUE,
        _ => &CONTRACT_CUE,
    }
}

// ---------------------------------------------------------------------------
// US states (electionline locations)

const STATES: &[(&str, &[&str])] = &[
    ("Alabama", &["AL", "Ala."]),
    ("Alaska", &["AK"]),
    ("Arizona", &["AZ", "Ariz."]),
    ("Arkansas", &["AR", "Ark."]),
    ("California", &["CA", "Calif."]),
    ("Colorado", &["CO", "Colo."]),
    ("Connecticut", &["CT", "Conn."]),
    ("Delaware", &["DE", "Del."]),
    ("District of Columbia", &["DC", "D.C."]),
    ("Florida", &["FL", "Fla."]),
    ("Georgia", &["GA", "Ga."]),
    ("Hawaii", &["HI"]),
    ("Idaho", &["ID"]),
    ("Illinois", &["IL", "Ill."]),
    ("Indiana", &["IN", "Ind."]),
    ("Iowa", &["IA"]),
    ("Kansas", &["KS", "Kan."]),
    ("Kentucky", &["KY", "Ky."]),
    ("Louisiana", &["LA", "La."]),
    ("Maine", &["ME"]),
    ("Maryland", &["MD", "Md."]),
    ("Massachusetts", &["MA", "Mass."]),
    ("Michigan", &["MI", "Mich."]),
    ("Minnesota", &["MN", "Minn."]),
    ("Mississippi", &["MS", "Miss."]),
    ("Missouri", &["MO", "Mo."]),
    ("Montana", &["MT", "Mont."]),
    ("Nebraska", &["NE", "Neb."]),
    ("Nevada", &["NV", "Nev."]),
    ("New Hampshire", &["NH", "N.H."]),
    ("New Jersey", &["NJ", "N.J."]),
    ("New Mexico", &["NM", "N.M."]),
    ("New York", &["NY", "N.Y."]),
    ("North Carolina", &["NC", "N.C."]),
    ("North Dakota", &["ND", "N.D."]),
    ("Ohio", &["OH"]),
    ("Oklahoma", &["OK", "Okla."]),
    ("Oregon", &["OR", "Ore."]),
    ("Pennsylvania", &["PA", "Pa."]),
    ("Rhode Island", &["RI", "R.I."]),
    ("South Carolina", &["SC", "S.C."]),
    ("South Dakota", &["SD", "S.D."]),
    ("Tennessee", &["TN", "Tenn."]),
    ("Texas", &["TX", "Tex."]),
    ("Utah", &["UT"]),
    ("Vermont", &["VT", "Vt."]),
    ("Virginia", &["VA", "Va."]),
    ("Washington", &["WA", "Wash."]),
    ("West Virginia", &["WV", "W.Va."]),
    ("Wisconsin", &["WI", "Wis."]),
    ("Wyoming", &["WY", "Wyo."]),
];

/// A state's full name and its USPS and AP abbreviations.
fn state_forms(state: &str) -> Vec<&str> {
    let mut forms = vec![state];
    if let Some((_, abbreviations)) = STATES.iter().find(|(name, _)| *name == state) {
        forms.extend_from_slice(abbreviations);
    }
    forms
}

/// Whether `text` writes a state form: forms of up to three characters
/// ("MD", "Md.") must not touch a letter; longer ones are plain substrings.
fn state_form_in(text: &str, form: &str) -> bool {
    if form.chars().count() > 3 {
        return text.contains(form);
    }
    text.match_indices(form).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphabetic())
            && !after.is_some_and(|c| c.is_ascii_alphabetic())
    })
}

/// Whether a location value names this state (full, USPS or AP form).
fn state_in(state: &str, value: &str) -> bool {
    let lower = value.to_lowercase();
    state_forms(state).into_iter().any(|form| {
        if form.len() == 2 {
            state_form_in(value, form)
        } else if lower.contains(&form.to_lowercase()) {
            // "Virginia" inside "West Virginia", "Washington" in "Washington, D.C."
            let other_state = match form {
                "Virginia" => state != "West Virginia" && lower.contains("west virginia"),
                "Washington" => lower.contains("washington, d"),
                _ => false,
            };
            !other_state
        } else {
            false
        }
    })
}

// ---------------------------------------------------------------------------
// Dates

const MONTHS: [&str; 12] = [
    "jan(?:uary)?",
    "feb(?:ruary)?",
    "mar(?:ch)?",
    "apr(?:il)?",
    "may",
    "june?",
    "july?",
    "aug(?:ust)?",
    "sep(?:t(?:ember)?)?",
    "oct(?:ober)?",
    "nov(?:ember)?",
    "dec(?:ember)?",
];

/// The month (1-12) that a month name or abbreviation starts with.
fn month_number(word: &str) -> Option<u32> {
    const ABBREVIATIONS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let head: String = word.chars().take(3).flat_map(char::to_lowercase).collect();
    ABBREVIATIONS
        .iter()
        .position(|m| *m == head)
        .map(|i| i as u32 + 1)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// `YYYY-MM-DD` when the date exists.
fn iso(year: i32, month: u32, day: u32) -> Option<String> {
    ((1..=9999).contains(&year)
        && (1..=12).contains(&month)
        && day >= 1
        && day <= days_in_month(year, month))
    .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// The date part of an ISO 8601 timestamp.
fn iso_date_prefix(timestamp: &str) -> Option<&str> {
    timestamp.get(..10).filter(|d| {
        d.as_bytes().iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
    })
}

/// The closing date a `Deadline:` / `Closing date` / `Apply by` phrase gives
///. A date without a year takes `year_hint`, moved
/// to the next year when its month is well before `issue_month`.
fn deadline_ref(text: &str, year_hint: Option<i32>, issue_month: Option<u32>) -> Option<String> {
    static DEADLINE: LazyLock<Regex> = LazyLock::new(|| {
        let month = format!("({})", MONTHS.join("|"));
        re(&r"(?i)(deadline\s*(?:to apply|for applications|date)?\s*(?:is|:|-|–)?|closing date(?: for applications)?\s*(?:is|:|-|–)?|apply by|applications? (?:due|close|must be received by|accepted until|accepted through)|no later than|close[sd]? on)[\s*:]*(?:[A-Za-z]+day,?\s+)?(?:the\s+)?(?:MONTH\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?|(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+MONTH\.?,?(?:\s+(\d{4}))?|(\d{1,2})/(\d{1,2})/(\d{2,4}))"
            .replace("MONTH", &month))
    });
    let text = text.replace('\u{a0}', " ");
    let c = DEADLINE.captures(&text)?;
    let int = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let (month, day, year) = if let Some(m) = c.get(2) {
        (month_number(m.as_str())?, int(3)?, c.get(4))
    } else if let Some(m) = c.get(6) {
        (month_number(m.as_str())?, int(5)?, c.get(7))
    } else {
        // Numeric dates in these (US) sources are month first unless that is impossible.
        let (a, b) = (int(8)?, int(9)?);
        let (month, day) = if a <= 12 { (a, b) } else { (b, a) };
        (month, day, c.get(10))
    };
    let year = match year {
        Some(y) if y.as_str().len() == 2 => format!("20{}", y.as_str()).parse().ok()?,
        Some(y) => y.as_str().parse().ok()?,
        None => {
            let hint = year_hint?;
            // A January deadline in a December issue falls in the next year.
            if issue_month.is_some_and(|issue| month + 1 < issue) {
                hint + 1
            } else {
                hint
            }
        }
    };
    iso(year, month, day)
}

/// Whether the text writes `date` (YYYY-MM-DD) as "2 July 2023", "July 2nd,
/// 2023", "02/07/2023" (day first, UK) or "2023-07-02".
fn date_stated(text: &str, date: &str) -> bool {
    let mut parts = date.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let (Some(Some(year)), Some(Some(month)), Some(Some(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let Some(name) = month.checked_sub(1).and_then(|i| MONTHS.get(i as usize)) else {
        return false;
    };
    let short = year % 100;
    let pattern = format!(
        r"(?i)\b0?{day}(?:st|nd|rd|th)?(?:\s+of)?\s+{name}\.?,?\s+{year}\b|\b{name}\.?\s+0?{day}(?:st|nd|rd|th)?,?\s+{year}\b|\b0?{day}[/.-]0?{month}[/.-](?:{year}|{short:02})\b|\b{year}-{month:02}-{day:02}\b"
    );
    re(&pattern).is_match(text)
}

/// The first "2nd July 2023"-style date in a label.
fn date_in_words(s: &str) -> Option<String> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({})\.?,?\s+(\d{{4}})\b",
            MONTHS.join("|")
        ))
    });
    let c = DATE.captures(s)?;
    iso(c[3].parse().ok()?, month_number(&c[2])?, c[1].parse().ok()?)
}

// ---------------------------------------------------------------------------
// Texts: front matter, Layer B, HTML

/// Splits pythonjobs front matter from the body. Copes with a missing opening
/// or closing `---`.
fn split_front_matter(text: &str) -> (String, String) {
    static KEY: LazyLock<Regex> = LazyLock::new(|| re(r"^[A-Za-z_][\w-]*\s*:"));
    let lines: Vec<&str> = text.split('\n').collect();
    let split_after = |k: usize| (lines[..=k].join("\n"), lines[k + 1..].join("\n"));
    let Some(first) = lines.iter().position(|l| !l.trim().is_empty()) else {
        return (String::new(), text.to_string());
    };
    let head = lines[first].trim();
    let fenced = head == "---";
    if !fenced && !head.starts_with("title:") {
        return (String::new(), text.to_string());
    }
    let start = if fenced { first + 1 } else { first };
    if fenced && let Some(k) = (start..lines.len().min(80)).find(|&k| lines[k].trim() == "---") {
        return split_after(k);
    }
    // No closing fence (in the first 80 lines): the block runs while lines look like YAML.
    let mut k = start;
    while k < lines.len() {
        let line = lines[k];
        if line.trim() == "---" {
            return split_after(k);
        }
        let yaml_like = line.trim().is_empty()
            || KEY.is_match(line)
            || line.starts_with([' ', '\t'])
            || line.trim_start().starts_with("- ");
        if !yaml_like {
            break;
        }
        k += 1;
    }
    (lines[..k].join("\n"), lines[k..].join("\n"))
}

/// The condensed advert above the collector's `## Layer B` analysis.
fn cut_layer_b(text: &str) -> &str {
    static LAYER_B: LazyLock<Regex> = LazyLock::new(|| re(r"(?m)^#+\s*Layer B\b"));
    LAYER_B.find(text).map_or(text, |m| &text[..m.start()])
}

/// The words a browser shows: scripts, styles and comments dropped, block
/// tags turned into line breaks, other tags removed, entities decoded.
fn visible_text(html: &str) -> String {
    static HIDDEN: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?is)<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->"));
    static BLOCK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)<\s*/?\s*(?:p|div|br|hr|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|dl|dt|dd|blockquote|pre)\b[^>]*>",
        )
    });
    static TAG: LazyLock<Regex> = LazyLock::new(|| re(r"<[^>]*>"));
    let text = HIDDEN.replace_all(html, " ");
    let text = BLOCK.replace_all(&text, "\n");
    let text = TAG.replace_all(&text, "");
    decode_entities(&text)
}

/// Decodes numeric entities and the named ones adverts use.
fn decode_entities(text: &str) -> String {
    static ENTITY: LazyLock<Regex> =
        LazyLock::new(|| re(r"&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});"));
    ENTITY
        .replace_all(text, |c: &Captures| {
            let name = &c[1];
            let decoded =
                if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
                } else if let Some(dec) = name.strip_prefix('#') {
                    dec.parse().ok().and_then(char::from_u32)
                } else {
                    named_entity(name)
                };
            decoded.map_or_else(|| c[0].to_string(), String::from)
        })
        .into_owned()
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "pound" => '£',
        "euro" => '€',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "bull" => '•',
        "middot" => '·',
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Running and reporting

struct Args {
    corpus: PathBuf,
    cases: Option<PathBuf>,
    half: Half,
}

/// The command line; `Ok(None)` when help was asked for.
fn parse_args() -> Result<Option<Args>, String> {
    let mut corpus = None;
    let mut cases = None;
    let mut half = Half::All;
    let mut args = std::env::args_os().skip(1);
    let half_named = |s: &str| match s {
        "dev" => Ok(Half::Dev),
        "test" => Ok(Half::Test),
        "all" => Ok(Half::All),
        _ => Err(format!("--half takes dev, test or all, not {s:?}")),
    };
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("-h" | "--help") => return Ok(None),
            Some("--cases") => {
                cases = Some(PathBuf::from(
                    args.next().ok_or("--cases needs a file name")?,
                ))
            }
            Some(s) if s.starts_with("--cases=") => {
                cases = Some(PathBuf::from(&s["--cases=".len()..]))
            }
            Some("--half") => {
                let value = args.next().ok_or("--half needs dev, test or all")?;
                half = half_named(&value.to_string_lossy())?;
            }
            Some(s) if s.starts_with("--half=") => half = half_named(&s["--half=".len()..])?,
            Some(s) if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ if corpus.is_some() => return Err("give one corpus directory".to_string()),
            _ => corpus = Some(PathBuf::from(arg)),
        }
    }
    let corpus = corpus.unwrap_or_else(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        root.parent().unwrap_or(root).join("shared/corpus")
    });
    Ok(Some(Args {
        corpus,
        cases,
        half,
    }))
}

/// The corpus path as a reader should see it: relative to the crate when it lies
/// beside it (`../shared/corpus`), so reports name no machine's directories.
fn shown(corpus: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match corpus.strip_prefix(root) {
        Ok(rest) => rest.display().to_string(),
        Err(_) => match root.parent().and_then(|p| corpus.strip_prefix(p).ok()) {
            Some(rest) => format!("../{}", rest.display()),
            None => corpus.display().to_string(),
        },
    }
}

/// What happened to one source's adverts.
#[derive(Default)]
struct Tally {
    adverts: usize,
    unreadable: usize,
    /// Why the labels could not be loaded, if they could not.
    missing: Option<String>,
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("evaluate: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if !args.corpus.is_dir() {
        println!("skipped: {} not found", args.corpus.display());
        return ExitCode::SUCCESS;
    }
    let mut tallies = Vec::new();
    let mut cases = Vec::new();
    for spec in SOURCES {
        let (tally, found) = evaluate_source(&args.corpus, spec, args.half);
        tallies.push(tally);
        cases.extend(found);
    }
    let written = write_report(
        &mut io::stdout().lock(),
        &args.corpus,
        args.half,
        &tallies,
        &cases,
    )
    .and_then(|()| match &args.cases {
        Some(path) => write_cases(path, &cases),
        None => Ok(()),
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("evaluate: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reads, analyses and scores every labelled advert of one source.
fn evaluate_source(corpus: &Path, spec: &SourceSpec, half: Half) -> (Tally, Vec<Case>) {
    let mut tally = Tally::default();
    let mut cases = Vec::new();
    let labels_path = corpus.join("_meta").join(spec.labels);
    let labels = fs::read_to_string(&labels_path)
        .map_err(|e| e.to_string())
        .and_then(|text| (spec.load)(&text));
    let labels = match labels {
        Ok(labels) => labels,
        Err(e) => {
            eprintln!("{}: {e}", labels_path.display());
            tally.missing = Some(e);
            return (tally, cases);
        }
    };
    for label in labels.into_iter().filter(|l| half.holds(l.file())) {
        tally.adverts += 1;
        let path = corpus.join(label.file());
        let raw = match input::read(&Source::File(path.clone()), input::DEFAULT_MAX_BYTES) {
            Ok(decoded) => decoded.text,
            Err(e) => {
                eprintln!("unreadable: {e}");
                tally.unreadable += 1;
                continue;
            }
        };
        let views = label.views(&raw);
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        let posting = vacancy::analyse(&views.tool, label.file(), None, extension.as_deref());
        for exp in label.expectations(&views.stated) {
            cases.extend(score(
                spec.name,
                label.file(),
                &exp,
                &posting,
                label.fortnightly_pay(),
            ));
        }
    }
    (tally, cases)
}

/// Prints the Markdown report: a header, adverts per source, then the table.
fn write_report(
    out: &mut impl Write,
    corpus: &Path,
    half: Half,
    tallies: &[Tally],
    cases: &[Case],
) -> io::Result<()> {
    let mut counts: BTreeMap<(usize, Field), Counts> = BTreeMap::new();
    for case in cases {
        let source = SOURCES
            .iter()
            .position(|s| s.name == case.source)
            .expect("cases come from SOURCES");
        counts
            .entry((source, case.field))
            .or_default()
            .add(case.status);
    }

    writeln!(out, "# Accuracy on the evaluation corpus")?;
    writeln!(out)?;
    writeln!(
        out,
        "Run on {} with vacancy {} over the {} of `{}` (`cargo run --release --example evaluate -- --half {}`).",
        today(),
        env!("CARGO_PKG_VERSION"),
        half.name(),
        shown(corpus),
        match half {
            Half::Dev => "dev",
            Half::Test => "test",
            Half::All => "all",
        }
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "| source | folder | adverts | unreadable | scored on |"
    )?;
    writeln!(out, "|---|---|---:|---:|---|")?;
    for (spec, tally) in SOURCES.iter().zip(tallies) {
        let note = tally
            .missing
            .as_ref()
            .map_or(spec.scored_on.to_string(), |e| {
                format!("labels not loaded: {e}")
            });
        writeln!(
            out,
            "| {} | `{}` | {} | {} | {} |",
            spec.name, spec.folder, tally.adverts, tally.unreadable, note
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "Only labels stated in the advert's own text are scored (`unstated` ones are not). \
         `invented`: a value where the labels say there is none. \
         Precision = correct / (correct + wrong + invented); recall = correct / (correct + wrong + missed). \
         Unreadable files are not scored."
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "| source | field | correct | wrong | missed | invented | unstated | precision | recall |"
    )?;
    writeln!(out, "|---|---|---:|---:|---:|---:|---:|---:|---:|")?;
    let row = |out: &mut dyn Write, source: &str, field: Field, c: &Counts| {
        writeln!(
            out,
            "| {source} | {} | {} | {} | {} | {} | {} | {} | {} |",
            field.name(),
            c.correct,
            c.wrong,
            c.missed,
            c.invented,
            c.unstated,
            c.precision(),
            c.recall()
        )
    };
    for ((source, field), c) in &counts {
        if c.shown() {
            row(out, SOURCES[*source].name, *field, c)?;
        }
    }
    for field in Field::ALL {
        let mut total = Counts::default();
        for ((_, f), c) in &counts {
            if *f == field {
                total.merge(c);
            }
        }
        if total.shown() {
            row(out, "**all**", field, &total)?;
        }
    }
    Ok(())
}

/// Writes every case as one JSON object per line.
fn write_cases(path: &Path, cases: &[Case]) -> io::Result<()> {
    let mut out = BufWriter::new(fs::File::create(path)?);
    for case in cases {
        let line = json!({
            "source": case.source,
            "file": case.file,
            "field": case.field.name(),
            "status": case.status.name(),
            "expected": case.expected,
            "got": case.got,
        });
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    eprintln!("{} cases written to {}", cases.len(), path.display());
    Ok(())
}

/// Today's date (UTC) from the system clock, `YYYY-MM-DD`.
fn today() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (year, month, day) = civil_from_days((secs / 86_400) as i64);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The proleptic Gregorian date of a day count since 1970-01-01
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // day of era, 0..=146096
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // year of era, 0..=399
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of year from March 1st, 0..=365
    let mp = (5 * doy + 2) / 153; // month from March, 0..=11
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(19_417), (2023, 3, 1));
    }

    #[test]
    fn lenient_strings() {
        assert_eq!(norm("  **Senior** Data–Engineer. "), "senior data-engineer");
        assert!(lenient_eq(
            "Data Analytics Engineer",
            "Data Analytics Engineer H/F"
        ));
        assert_eq!(
            find_norm("Company DescriptionRaw Cereal is", "Raw Cereal"),
            Some((19, 29))
        );
        assert_eq!(find_norm("Florida", "Fl"), None);
    }

    #[test]
    fn money_notations() {
        let text = "Pay: $50-85k, or 53.900 € a year";
        assert_eq!(stated_figure(text, 50_000.0), Some((6, 8)));
        assert!(stated_figure(text, 85_000.0).is_some());
        assert!(stated_figure(text, 53_900.0).is_some());
        assert!(stated_figure("50 staff, 85 desks", 50.0).is_none());
        assert!(period_near(text, (6, 8), "year"));
    }

    #[test]
    fn deadlines() {
        assert_eq!(
            deadline_ref("Deadline: Dec. 13.", Some(2022), Some(11)).as_deref(),
            Some("2022-12-13")
        );
        assert_eq!(
            deadline_ref("Deadline: Jan. 5.", Some(2022), Some(12)).as_deref(),
            Some("2023-01-05")
        );
        assert_eq!(
            deadline_ref("Apply by 3/4/21", None, None).as_deref(),
            Some("2021-03-04")
        );
        assert!(date_stated("Closing date: 2nd July 2023", "2023-07-02"));
        assert_eq!(
            date_in_words("before 10:00 pm on Sunday 2nd July 2023").as_deref(),
            Some("2023-07-02")
        );
    }

    #[test]
    fn front_matter_and_states() {
        let (fm, body) = split_front_matter("---\ntitle: X\n---\nBody");
        assert_eq!((fm.as_str(), body.as_str()), ("---\ntitle: X\n---", "Body"));
        assert!(state_in("Maryland", "Baltimore, MD"));
        assert!(!state_in("Virginia", "Charleston, West Virginia"));
    }
}
