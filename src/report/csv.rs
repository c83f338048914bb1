//! CSV: a header row, then one row per advert, in the column order of
//! [`COLUMNS`] (documented in docs/formats.md). Lists are joined with "; ".
//! Fields are quoted as RFC 4180 asks (when they hold a comma, a quote or a
//! line break) and rows end in CRLF, so spreadsheets read them back whole.
//!
//! The row has its own struct, so a change to [`Posting`] cannot silently
//! change the columns.

use std::borrow::Cow;

use serde::Serialize;

use crate::extract::{Posting, SkillLevel, enum_name};

/// The columns, in order. A test checks that [`Row`] serialises to exactly these.
pub const COLUMNS: &[&str] = &[
    "source",
    "title",
    "employer",
    "location",
    "work_mode",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_period",
    "salary_band",
    "salary_text",
    "contract_type",
    "contract_hours",
    "contract_duration_months",
    "positions",
    "date_posted",
    "date_closing",
    "date_interview",
    "date_start",
    "apply_url",
    "emails",
    "urls",
    "experience_years",
    "education_level",
    "certifications",
    "clearance",
    "languages",
    "benefits",
    "skills_essential",
    "skills_desirable",
    "skills_mentioned",
    "notes",
    "occupation",
    "occupation_isco",
    "occupation_uri",
];

/// What joins the items of a list in one field.
pub const LIST_SEPARATOR: &str = "; ";

#[derive(Serialize)]
struct Row<'a> {
    source: Cell<'a>,
    title: Option<Cell<'a>>,
    employer: Option<Cell<'a>>,
    location: Option<Cell<'a>>,
    work_mode: Option<Cell<'a>>,
    salary_min: Option<Cell<'a>>,
    salary_max: Option<Cell<'a>>,
    salary_currency: Option<Cell<'a>>,
    salary_period: Option<Cell<'a>>,
    salary_band: Option<Cell<'a>>,
    salary_text: Option<Cell<'a>>,
    contract_type: Option<Cell<'a>>,
    contract_hours: Option<Cell<'a>>,
    contract_duration_months: Option<u32>,
    positions: Option<u32>,
    date_posted: Option<Cell<'a>>,
    date_closing: Option<Cell<'a>>,
    date_interview: Option<Cell<'a>>,
    date_start: Option<Cell<'a>>,
    apply_url: Option<Cell<'a>>,
    emails: Cell<'a>,
    urls: Cell<'a>,
    experience_years: Option<u32>,
    education_level: Option<Cell<'a>>,
    certifications: Cell<'a>,
    clearance: Option<Cell<'a>>,
    languages: Cell<'a>,
    benefits: Cell<'a>,
    skills_essential: Cell<'a>,
    skills_desirable: Cell<'a>,
    skills_mentioned: Cell<'a>,
    notes: Cell<'a>,
    occupation: Option<Cell<'a>>,
    occupation_isco: Option<Cell<'a>>,
    occupation_uri: Option<Cell<'a>>,
}

/// One field as written: text from the advert, made safe for spreadsheets.
type Cell<'a> = Cow<'a, str>;

/// The characters that make a spreadsheet read a cell as a formula (or, for
/// tab and carriage return, hide one), as OWASP's "CSV Injection" page lists them.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// A field as it can be written to a cell: one that begins with a character
/// a spreadsheet would read as the start of a formula (`=HYPERLINK(…)`,
/// `+1`, `@SUM(…)`) gets a single quote in front, as OWASP advises, so the
/// spreadsheet shows it as text instead of running it.
fn cell<'a>(text: impl Into<Cow<'a, str>>) -> Cell<'a> {
    let text = text.into();
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        text
    }
}

/// An amount as JSON writes it: 35392, 14.2.
pub fn amount(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        (value as i64).to_string()
    } else {
        value.to_string()
    }
}

fn text(t: &Option<String>) -> Option<Cell<'_>> {
    t.as_deref().map(cell)
}

fn row(p: &Posting) -> Row<'_> {
    let join = |items: &[String]| cell(items.join(LIST_SEPARATOR));
    let skills = |level: SkillLevel| {
        p.skills
            .iter()
            .filter(|s| s.level == level)
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>()
            .join(LIST_SEPARATOR)
    };
    let skills = |level| cell(skills(level));
    Row {
        source: cell(p.source.as_str()),
        title: text(&p.title),
        employer: text(&p.employer),
        location: text(&p.location),
        work_mode: p.work_mode.map(|m| cell(enum_name(&m))),
        salary_min: p.salary.min.map(|a| Cow::Owned(amount(a))),
        salary_max: p.salary.max.map(|a| Cow::Owned(amount(a))),
        salary_currency: text(&p.salary.currency),
        salary_period: p.salary.period.map(|x| cell(x.name())),
        salary_band: text(&p.salary.band),
        salary_text: text(&p.salary.text),
        contract_type: p.contract.kind.map(|k| cell(enum_name(&k))),
        contract_hours: p.contract.hours.map(|h| cell(enum_name(&h))),
        contract_duration_months: p.contract.duration_months,
        positions: p.positions,
        date_posted: text(&p.dates.posted),
        date_closing: text(&p.dates.closing),
        date_interview: text(&p.dates.interview),
        date_start: text(&p.dates.start),
        apply_url: text(&p.contacts.apply_url),
        emails: join(&p.contacts.emails),
        urls: join(&p.contacts.urls),
        experience_years: p.experience_years,
        education_level: p.education_level.map(|e| cell(enum_name(&e))),
        certifications: join(&p.certifications),
        clearance: text(&p.clearance),
        languages: join(&p.languages),
        benefits: join(&p.benefits),
        skills_essential: skills(SkillLevel::Essential),
        skills_desirable: skills(SkillLevel::Desirable),
        skills_mentioned: skills(SkillLevel::Mentioned),
        notes: join(&p.notes),
        occupation: p.occupation.as_ref().map(|o| cell(o.name.as_str())),
        occupation_isco: p.occupation.as_ref().map(|o| cell(o.isco.as_str())),
        occupation_uri: p.occupation.as_ref().map(|o| cell(o.uri.as_str())),
    }
}

fn writer() -> ::csv::Writer<Vec<u8>> {
    ::csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new())
}

fn finish(w: ::csv::Writer<Vec<u8>>) -> ::csv::Result<Vec<u8>> {
    w.into_inner().map_err(|e| e.into_error().into())
}

/// The header row, with its line ending.
pub fn header() -> ::csv::Result<Vec<u8>> {
    let mut w = writer();
    w.write_record(COLUMNS)?;
    finish(w)
}

/// One advert's row, with its line ending.
pub fn record(p: &Posting) -> ::csv::Result<Vec<u8>> {
    let mut w = writer();
    w.serialize(row(p))?;
    finish(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Period, SkillMention};

    #[test]
    fn the_row_struct_has_the_documented_columns() {
        let mut w = ::csv::WriterBuilder::new().from_writer(Vec::new());
        w.serialize(row(&Posting::default())).unwrap();
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(text.lines().next().unwrap(), COLUMNS.join(","));
    }

    #[test]
    fn awkward_fields_survive_a_round_trip() {
        let mut p = Posting {
            source: "dir/a, b.md".into(),
            title: Some("Cook \"head\", nights".into()),
            benefits: vec!["Pension".into(), "Line one\nline two".into()],
            ..Posting::default()
        };
        p.salary.min = Some(14.2);
        p.salary.max = Some(30000.0);
        p.salary.period = Some(Period::Hour);
        p.skills.push(SkillMention {
            id: "sql".into(),
            name: "SQL".into(),
            category: "databases".into(),
            level: SkillLevel::Desirable,
            lines: vec![3],
        });
        let mut bytes = header().unwrap();
        bytes.extend(record(&p).unwrap());
        assert!(bytes.ends_with(b"\r\n"));
        let mut r = ::csv::Reader::from_reader(bytes.as_slice());
        let rows: Vec<::csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), 1);
        let get = |name: &str| {
            let i = COLUMNS.iter().position(|c| *c == name).unwrap();
            rows[0][i].to_string()
        };
        assert_eq!(get("source"), "dir/a, b.md");
        assert_eq!(get("title"), "Cook \"head\", nights");
        assert_eq!(get("benefits"), "Pension; Line one\nline two");
        assert_eq!(get("salary_min"), "14.2");
        assert_eq!(get("salary_max"), "30000");
        assert_eq!(get("salary_period"), "hour");
        assert_eq!(get("skills_desirable"), "SQL");
        assert_eq!(get("employer"), "");
    }

    #[test]
    fn fields_a_spreadsheet_would_run_are_written_as_text() {
        let p = Posting {
            source: "=cmd.md".into(),
            title: Some("Cook".into()),
            employer: Some("=HYPERLINK(\"http://x.example\",\"Apply\")".into()),
            location: Some("+44 Leeds".into()),
            clearance: Some("-1+1".into()),
            salary: crate::extract::Salary {
                text: Some("@SUM(A1)".into()),
                band: Some("\t=1".into()),
                currency: Some("\r=1".into()),
                min: Some(20000.0),
                ..Default::default()
            },
            benefits: vec!["=1+1".into(), "Pension".into()],
            skills: vec![SkillMention {
                id: "x".into(),
                name: "@x".into(),
                category: "c".into(),
                level: SkillLevel::Essential,
                lines: vec![1],
            }],
            ..Posting::default()
        };
        let mut bytes = header().unwrap();
        bytes.extend(record(&p).unwrap());
        let mut r = ::csv::Reader::from_reader(bytes.as_slice());
        let row = r.records().next().unwrap().unwrap();
        let get = |name: &str| row[COLUMNS.iter().position(|c| *c == name).unwrap()].to_string();
        for (column, written) in [
            ("source", "'=cmd.md"),
            ("employer", "'=HYPERLINK(\"http://x.example\",\"Apply\")"),
            ("location", "'+44 Leeds"),
            ("clearance", "'-1+1"),
            ("salary_text", "'@SUM(A1)"),
            ("salary_band", "'\t=1"),
            ("salary_currency", "'\r=1"),
            ("benefits", "'=1+1; Pension"),
            ("skills_essential", "'@x"),
        ] {
            assert_eq!(get(column), written, "{column}");
        }
        // Fields that begin otherwise, and numbers, are written as they are.
        assert_eq!(get("title"), "Cook");
        assert_eq!(get("salary_min"), "20000");
    }
}
