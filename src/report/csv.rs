//! CSV: a header row, then one row per advert, in the column order of
//! [`COLUMNS`] (documented in docs/formats.md). Lists are joined with "; ".
//! Fields are quoted as RFC 4180 asks (when they hold a comma, a quote or a
//! line break) and rows end in CRLF, so spreadsheets read them back whole.
//!
//! The row has its own struct, so a change to [`Posting`] cannot silently
//! change the columns.

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
];

/// What joins the items of a list in one field.
pub const LIST_SEPARATOR: &str = "; ";

#[derive(Serialize)]
struct Row<'a> {
    source: &'a str,
    title: Option<&'a str>,
    employer: Option<&'a str>,
    location: Option<&'a str>,
    work_mode: Option<String>,
    salary_min: Option<String>,
    salary_max: Option<String>,
    salary_currency: Option<&'a str>,
    salary_period: Option<&'a str>,
    salary_band: Option<&'a str>,
    salary_text: Option<&'a str>,
    contract_type: Option<String>,
    contract_hours: Option<String>,
    contract_duration_months: Option<u32>,
    positions: Option<u32>,
    date_posted: Option<&'a str>,
    date_closing: Option<&'a str>,
    date_interview: Option<&'a str>,
    date_start: Option<&'a str>,
    apply_url: Option<&'a str>,
    emails: String,
    urls: String,
    experience_years: Option<u32>,
    education_level: Option<String>,
    certifications: String,
    clearance: Option<&'a str>,
    languages: String,
    benefits: String,
    skills_essential: String,
    skills_desirable: String,
    skills_mentioned: String,
    notes: String,
}

/// An amount as JSON writes it: 35392, 14.2.
pub fn amount(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        (value as i64).to_string()
    } else {
        value.to_string()
    }
}

fn row(p: &Posting) -> Row<'_> {
    let join = |items: &[String]| items.join(LIST_SEPARATOR);
    let skills = |level: SkillLevel| {
        p.skills
            .iter()
            .filter(|s| s.level == level)
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>()
            .join(LIST_SEPARATOR)
    };
    Row {
        source: &p.source,
        title: p.title.as_deref(),
        employer: p.employer.as_deref(),
        location: p.location.as_deref(),
        work_mode: p.work_mode.map(|m| enum_name(&m)),
        salary_min: p.salary.min.map(amount),
        salary_max: p.salary.max.map(amount),
        salary_currency: p.salary.currency.as_deref(),
        salary_period: p.salary.period.map(|x| x.name()),
        salary_band: p.salary.band.as_deref(),
        salary_text: p.salary.text.as_deref(),
        contract_type: p.contract.kind.map(|k| enum_name(&k)),
        contract_hours: p.contract.hours.map(|h| enum_name(&h)),
        contract_duration_months: p.contract.duration_months,
        positions: p.positions,
        date_posted: p.dates.posted.as_deref(),
        date_closing: p.dates.closing.as_deref(),
        date_interview: p.dates.interview.as_deref(),
        date_start: p.dates.start.as_deref(),
        apply_url: p.contacts.apply_url.as_deref(),
        emails: join(&p.contacts.emails),
        urls: join(&p.contacts.urls),
        experience_years: p.experience_years,
        education_level: p.education_level.map(|e| enum_name(&e)),
        certifications: join(&p.certifications),
        clearance: p.clearance.as_deref(),
        languages: join(&p.languages),
        benefits: join(&p.benefits),
        skills_essential: skills(SkillLevel::Essential),
        skills_desirable: skills(SkillLevel::Desirable),
        skills_mentioned: skills(SkillLevel::Mentioned),
        notes: join(&p.notes),
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
}
