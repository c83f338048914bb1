//! The record extracted from an advert. Its serde form is the JSON format
//! documented in `docs/formats.md`: change a name here and the format changes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Everything `vacancy` reads from one advert.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Posting {
    /// The path the advert was read from, or `-` for standard input.
    pub source: String,
    pub title: Option<String>,
    pub employer: Option<String>,
    /// Where the job is, as the advert words it.
    pub location: Option<String>,
    /// The places `location` names, resolved in the gazetteer (GeoNames):
    /// one for each alternative ("Derby, Crewe or York" gives three).
    #[serde(default)]
    pub places: Vec<Place>,
    /// ISO 3166-1 alpha-2 code of the country the job is in, from its places
    /// or, failing them, from what else the advert shows (a country named,
    /// a currency, web and phone addresses).
    #[serde(default)]
    pub country: Option<String>,
    pub work_mode: Option<WorkMode>,
    pub salary: Salary,
    pub contract: Contract,
    pub positions: Option<u32>,
    pub dates: Dates,
    pub contacts: Contacts,
    pub experience_years: Option<u32>,
    pub education_level: Option<Education>,
    pub certifications: Vec<String>,
    pub clearance: Option<String>,
    pub languages: Vec<String>,
    pub benefits: Vec<String>,
    /// Skills the advert names, in order of first mention.
    pub skills: Vec<SkillMention>,
    /// Where each field's value was read from, keyed by the field's JSON path.
    pub evidence: BTreeMap<String, Evidence>,
    /// What a reader should know: assumptions made, values given as placeholders.
    pub notes: Vec<String>,
    /// Where structured data carried with the advert disagrees with its text.
    pub conflicts: Vec<Conflict>,
    /// The ESCO occupation the advert is for, from its title (or, failing
    /// that, a phrase such as "As a … you will"); null, with a note, when no
    /// occupation fits well.
    #[serde(default)]
    pub occupation: Option<Occupation>,
}

/// An occupation of ESCO, the European Commission's classification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occupation {
    /// Its ESCO concept URI (http://data.europa.eu/esco/occupation/…).
    pub uri: String,
    /// Its ESCO preferred label ("software developer").
    pub name: String,
    /// Its ISCO-08 unit group code, four digits ("2512").
    pub isco: String,
    /// The ISCO-08 unit group's name ("Software developers").
    pub isco_group: String,
}

/// A populated place from the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    /// Its first-level subdivision ("England", "Ontario", "New South Wales").
    pub region: Option<String>,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// Its GeoNames id (https://www.geonames.org/<id>).
    pub geonames_id: u32,
}

/// A field on which the advert's text and its structured data (JSON-LD) disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// The field's JSON path, e.g. `dates.closing`.
    pub field: String,
    /// The value read from the text (the one the record keeps).
    pub text: String,
    /// The value the structured data gives.
    pub structured: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkMode {
    Onsite,
    Hybrid,
    Remote,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl Period {
    pub fn name(self) -> &'static str {
        match self {
            Period::Hour => "hour",
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Salary {
    #[serde(serialize_with = "amount")]
    pub min: Option<f64>,
    #[serde(serialize_with = "amount")]
    pub max: Option<f64>,
    /// ISO 4217 code.
    pub currency: Option<String>,
    pub period: Option<Period>,
    /// A pay band or grade as the advert names it ("Band 7", "Grade 6").
    pub band: Option<String>,
    /// The words the salary was read from.
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContractType {
    Permanent,
    FixedTerm,
    Temporary,
    Contract,
    Internship,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hours {
    FullTime,
    PartTime,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Contract {
    #[serde(rename = "type")]
    pub kind: Option<ContractType>,
    pub hours: Option<Hours>,
    pub duration_months: Option<u32>,
}

/// Dates in ISO 8601 form (`YYYY-MM-DD`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Dates {
    pub posted: Option<String>,
    pub closing: Option<String>,
    pub interview: Option<String>,
    pub start: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Contacts {
    pub emails: Vec<String>,
    pub urls: Vec<String>,
    pub apply_url: Option<String>,
}

/// Education levels, lowest first, so that the lowest required level is the minimum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Education {
    Secondary,
    Diploma,
    Bachelor,
    Master,
    Doctorate,
}

/// How strongly an advert asks for a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkillLevel {
    Essential,
    Desirable,
    /// Named, but not asked for: in the organisation's blurb, say.
    Mentioned,
}

/// A skill found in an advert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillMention {
    /// The taxonomy's stable id.
    pub id: String,
    pub name: String,
    pub category: String,
    pub level: SkillLevel,
    /// Every line where it is mentioned.
    pub lines: Vec<usize>,
}

/// The line a value was read from, and the words on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub line: usize,
    pub text: String,
}

/// Writes whole amounts as integers (38890, not 38890.0) and others as they are (28.5).
fn amount<S: serde::Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => s.serialize_i64(*v as i64),
        Some(v) => s.serialize_f64(*v),
        None => s.serialize_none(),
    }
}

/// The serde name of a unit-like enum value, e.g. `fixed_term`.
pub fn enum_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
