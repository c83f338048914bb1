//! schema.org `JobPosting` in JSON-LD, shaped as Google's job-posting
//! guidelines read it (<https://developers.google.com/search/docs/appearance/structured-data/job-posting>).
//! Values the advert does not give are left out, never invented; each
//! property Google requires that is left out comes back as a warning.
//! docs/formats.md lists every property and where it comes from.

use std::sync::LazyLock;

use crate::pattern::Regex;
use serde::Serialize;
use serde_json::Value;

use crate::document::{BlockKind, Document};
use crate::extract::{ContractType, Education, Hours, Period, Posting, SkillLevel, WorkMode};

/// One advert as a `JobPosting`, and a warning for each required property left out.
/// The posting serialises with its properties in a fixed, readable order.
pub fn job_posting<'a>(p: &'a Posting, doc: &Document) -> (JobPosting<'a>, Vec<String>) {
    let mut warnings = Vec::new();
    let mut warn = |what: &str| warnings.push(format!("{}: {what}", p.source));
    let description = description_html(doc);
    let remote = p.work_mode == Some(WorkMode::Remote);
    let mut area = if remote {
        p.location
            .as_deref()
            .map(applicant_areas)
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    // A remote post in a known country is open to that country.
    if remote
        && area.is_empty()
        && let Some(c) = p
            .country
            .as_deref()
            .and_then(crate::places::country_by_code)
    {
        area.push(Area {
            kind: "Country",
            name: c.code,
        });
    }
    // A JobPosting the advert carries (a JSON-LD file, or one embedded in a
    // page) gives what the record has no field for.
    let given = given_posting(doc);
    let job_location = if remote {
        None
    } else if given.is_none() && p.places.len() > 1 {
        // "Billund, Denmark or Boston, Massachusetts": one Place for each
        // place the gazetteer resolved, not one address run together.
        Some(Locations::Many(
            p.places.iter().map(resolved_place).collect(),
        ))
    } else {
        p.location.as_deref().map(|l| {
            let mut place = place(l);
            if let Some(given) = &given {
                from_given_address(&mut place.address, given, l);
            }
            resolved(&mut place.address, p);
            Locations::One(place)
        })
    };

    if p.title.is_none() {
        warn("no title; title left out");
    }
    if description.is_empty() {
        warn("no text for a description; description left out");
    }
    if p.dates.posted.is_none() {
        warn("no advertised date; datePosted left out");
    }
    if p.employer.is_none() {
        warn("no employer; hiringOrganization left out");
    }
    if remote && area.is_empty() {
        warn("remote, but no country or region named; applicantLocationRequirements left out");
    }
    if !remote && job_location.is_none() {
        warn("no location; jobLocation left out");
    }

    let posting = JobPosting {
        context: "https://schema.org/",
        kind: "JobPosting",
        title: p.title.as_deref(),
        description: (!description.is_empty()).then_some(description),
        date_posted: p.dates.posted.as_deref(),
        valid_through: p.dates.closing.as_deref(),
        employment_type: employment_type(p),
        hiring_organization: p.employer.as_deref().map(|name| Organization {
            kind: "Organization",
            name,
        }),
        occupational_category: p.occupation.as_ref().map(|o| CategoryCode {
            kind: "CategoryCode",
            code_value: &o.isco,
            name: &o.isco_group,
            in_code_set: ISCO_08,
        }),
        job_location,
        job_location_type: remote.then_some("TELECOMMUTE"),
        applicant_location_requirements: area,
        base_salary: base_salary(p),
        experience_requirements: p.experience_years.map(|y| Experience {
            kind: "OccupationalExperienceRequirements",
            months_of_experience: y * 12,
        }),
        education_requirements: p.education_level.map(|e| Credential {
            kind: "EducationalOccupationalCredential",
            credential_category: credential_category(e),
            name: None,
        }),
        qualifications: p
            .certifications
            .iter()
            .map(|c| Credential {
                kind: "EducationalOccupationalCredential",
                credential_category: "professional certificate",
                name: Some(c),
            })
            .collect(),
        skills: p
            .skills
            .iter()
            .filter(|s| s.level != SkillLevel::Mentioned)
            .map(|s| s.name.as_str())
            .collect(),
        security_clearance_requirement: p.clearance.as_deref(),
        total_job_openings: p.positions,
        job_benefits: (!p.benefits.is_empty()).then(|| p.benefits.join("; ")),
        application_contact: contact(p),
        url: given.as_ref().and_then(given_url),
        identifier: given.as_ref().and_then(|g| g.get("identifier").cloned()),
    };
    (posting, warnings)
}

/// A schema.org `JobPosting`, ready to serialise.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JobPosting<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_posted: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    valid_through: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    employment_type: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hiring_organization: Option<Organization<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    occupational_category: Option<CategoryCode<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    job_location: Option<Locations>,
    #[serde(skip_serializing_if = "Option::is_none")]
    job_location_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    applicant_location_requirements: Vec<Area>,
    #[serde(skip_serializing_if = "Option::is_none")]
    base_salary: Option<MonetaryAmount<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    experience_requirements: Option<Experience>,
    #[serde(skip_serializing_if = "Option::is_none")]
    education_requirements: Option<Credential<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    qualifications: Vec<Credential<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    skills: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    security_clearance_requirement: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    total_job_openings: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    job_benefits: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    application_contact: Option<ContactPoint<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    identifier: Option<Value>,
}

/// ESCO's URI for ISCO-08, the code set of `occupationalCategory`.
const ISCO_08: &str = "http://data.europa.eu/esco/concept-scheme/isco";

/// The ISCO-08 unit group of the advert's ESCO occupation.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CategoryCode<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    code_value: &'a str,
    name: &'a str,
    in_code_set: &'static str,
}

#[derive(Serialize)]
struct Organization<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
struct Place {
    #[serde(rename = "@type")]
    kind: &'static str,
    address: PostalAddress,
}

/// `jobLocation`: one Place, or a list when the advert offers several.
#[derive(Serialize)]
#[serde(untagged)]
enum Locations {
    One(Place),
    Many(Vec<Place>),
}

#[derive(Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct PostalAddress {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    address_locality: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    address_region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    postal_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    address_country: Option<&'static str>,
}

/// A country (`Country`, named by its ISO 3166 code) or a wider area (`AdministrativeArea`).
#[derive(Debug, PartialEq, Serialize)]
struct Area {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'static str,
}

#[derive(Serialize)]
struct MonetaryAmount<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<&'a str>,
    value: QuantitativeValue,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct QuantitativeValue {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    min_value: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_value: Option<Value>,
    unit_text: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Experience {
    #[serde(rename = "@type")]
    kind: &'static str,
    months_of_experience: u32,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Credential<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    credential_category: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
}

#[derive(Serialize)]
struct ContactPoint<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

/// The first JobPosting in the advert's structured data, as the advert gives it.
fn given_posting(doc: &Document) -> Option<Value> {
    doc.structured.iter().find_map(|(json, _)| {
        let value: Value = serde_json::from_str(json).ok()?;
        crate::document::jsonld::find_job_posting(&value).cloned()
    })
}

/// The posting's own web address, when the given JobPosting has an absolute one.
fn given_url(given: &Value) -> Option<String> {
    given
        .get("url")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .map(str::to_string)
}

/// The given JobPosting's first address (`jobLocation` may be one place or several).
fn given_address(given: &Value) -> Option<&Value> {
    let place = match given.get("jobLocation")? {
        Value::Array(places) => places.first()?,
        one => one,
    };
    place.get("address").filter(|a| a.is_object())
}

/// Fills what the location's words leave out (postcode, country, region) from
/// the address the advert's JobPosting gives, when that address is the
/// location's: its locality is among the location's words, or it names none.
fn from_given_address(a: &mut PostalAddress, given: &Value, location: &str) {
    let Some(address) = given_address(given) else {
        return;
    };
    let text = |key: &str| {
        address
            .get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty())
    };
    if let Some(locality) = text("addressLocality")
        && !location.to_lowercase().contains(&locality.to_lowercase())
    {
        return;
    }
    if a.postal_code.is_none() {
        a.postal_code = text("postalCode").map(str::to_string);
    }
    if a.address_country.is_none() {
        // A code ("GB"), a name ("United Kingdom") or a Country ({"name": "GB"}).
        let country = text("addressCountry").or_else(|| {
            address
                .get("addressCountry")
                .and_then(|c| c.get("name"))
                .and_then(Value::as_str)
        });
        a.address_country = country.and_then(|c| {
            crate::places::country_by_code(c)
                .map(|c| c.code)
                .or_else(|| country_code(c))
        });
    }
    if a.address_region.is_none() {
        a.address_region = text("addressRegion").map(str::to_string);
    }
}

/// FULL_TIME or PART_TIME from the hours, then TEMPORARY (fixed term or
/// temporary), CONTRACTOR or INTERN from the contract type. Permanent adds nothing.
fn employment_type(p: &Posting) -> Option<Value> {
    let mut types = Vec::new();
    match p.contract.hours {
        Some(Hours::FullTime) => types.push("FULL_TIME"),
        Some(Hours::PartTime) => types.push("PART_TIME"),
        None => {}
    }
    match p.contract.kind {
        Some(ContractType::FixedTerm | ContractType::Temporary) => types.push("TEMPORARY"),
        Some(ContractType::Contract) => types.push("CONTRACTOR"),
        Some(ContractType::Internship) => types.push("INTERN"),
        Some(ContractType::Permanent) | None => {}
    }
    match types.as_slice() {
        [] => None,
        [one] => Some(Value::from(*one)),
        many => Some(Value::from(many.to_vec())),
    }
}

fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        Value::from(v as i64)
    } else {
        Value::from(v)
    }
}

fn base_salary(p: &Posting) -> Option<MonetaryAmount<'_>> {
    let s = &p.salary;
    let (value, min_value, max_value) = match (s.min, s.max) {
        (Some(a), Some(b)) if a == b => (Some(number(a)), None, None),
        (Some(a), Some(b)) => (None, Some(number(a)), Some(number(b))),
        (Some(a), None) => (None, Some(number(a)), None),
        (None, Some(b)) => (None, None, Some(number(b))),
        (None, None) => return None,
    };
    let unit_text = match s.period.unwrap_or(Period::Year) {
        Period::Hour => "HOUR",
        Period::Day => "DAY",
        Period::Week => "WEEK",
        Period::Month => "MONTH",
        Period::Year => "YEAR",
    };
    Some(MonetaryAmount {
        kind: "MonetaryAmount",
        currency: s.currency.as_deref(),
        value: QuantitativeValue {
            kind: "QuantitativeValue",
            value,
            min_value,
            max_value,
            unit_text,
        },
    })
}

/// Google's credential categories for the lowest level the advert asks for.
fn credential_category(e: Education) -> &'static str {
    match e {
        Education::Secondary => "high school",
        Education::Diploma => "associate degree",
        Education::Bachelor => "bachelor degree",
        Education::Master | Education::Doctorate => "postgraduate degree",
    }
}

fn contact(p: &Posting) -> Option<ContactPoint<'_>> {
    let email = p.contacts.emails.first().map(String::as_str);
    let url = p.contacts.apply_url.as_deref();
    (email.is_some() || url.is_some()).then_some(ContactPoint {
        kind: "ContactPoint",
        email,
        url,
    })
}

/// Country names and codes, as a lower-case word or phrase, and their ISO 3166 codes.
const COUNTRIES: &[(&str, &str)] = &[
    ("uk", "GB"),
    ("u.k.", "GB"),
    ("united kingdom", "GB"),
    ("great britain", "GB"),
    ("britain", "GB"),
    ("gb", "GB"),
    ("us", "US"),
    ("u.s.", "US"),
    ("usa", "US"),
    ("u.s.a.", "US"),
    ("united states", "US"),
    ("united states of america", "US"),
    ("ireland", "IE"),
    ("republic of ireland", "IE"),
    ("canada", "CA"),
    ("australia", "AU"),
    ("new zealand", "NZ"),
    ("germany", "DE"),
    ("france", "FR"),
    ("netherlands", "NL"),
    ("the netherlands", "NL"),
    ("belgium", "BE"),
    ("spain", "ES"),
    ("portugal", "PT"),
    ("italy", "IT"),
    ("poland", "PL"),
    ("sweden", "SE"),
    ("norway", "NO"),
    ("denmark", "DK"),
    ("switzerland", "CH"),
    ("india", "IN"),
];

/// The UK's nations: a region of the address, in the country GB.
const UK_NATIONS: &[&str] = &["england", "scotland", "wales", "northern ireland"];

/// US state and district codes, as in "Austin, TX".
const US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY",
];

static UK_POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b").expect("postcode pattern")
});
static US_STATE_ZIP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([A-Z]{2})(?:\s+(\d{5}(?:-\d{4})?))?$").expect("state pattern"));

fn country_code(text: &str) -> Option<&'static str> {
    let t = text.trim().to_lowercase();
    COUNTRIES
        .iter()
        .find(|(name, _)| *name == t)
        .map(|(_, c)| *c)
}

/// A location as the advert gives it ("Keighley, West Yorkshire", "Austin, TX")
/// split into a PostalAddress: the first part is the town, the last a region
/// or a country. A country is filled only when the location names one, a UK
/// nation or a US state.
fn address(location: &str) -> PostalAddress {
    let mut a = PostalAddress {
        kind: "PostalAddress",
        ..PostalAddress::default()
    };
    let mut parts: Vec<String> = location
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    if let Some(i) = parts.iter().position(|s| UK_POSTCODE.is_match(s)) {
        let code = UK_POSTCODE
            .find(&parts[i])
            .map(|m| m.as_str().to_uppercase());
        let rest = UK_POSTCODE.replace(&parts[i], "").trim().to_string();
        a.postal_code = code;
        a.address_country = Some("GB");
        if rest.is_empty() {
            parts.remove(i);
        } else {
            parts[i] = rest;
        }
    }
    if parts.len() > 1
        && let Some(code) = parts.last().and_then(|s| country_code(s))
    {
        a.address_country = Some(code);
        parts.pop();
    }
    if let Some(last) = parts.last().filter(|_| parts.len() > 1) {
        if let Some(c) = US_STATE_ZIP
            .captures(last)
            .filter(|c| US_STATES.contains(&&c[1]))
        {
            a.address_region = Some(c[1].to_string());
            a.postal_code = c.get(2).map(|m| m.as_str().to_string()).or(a.postal_code);
            a.address_country = Some("US");
        } else {
            if UK_NATIONS.contains(&last.to_lowercase().as_str()) {
                a.address_country = Some("GB");
            }
            a.address_region = Some(last.clone());
        }
        parts.pop();
    }
    match parts.first() {
        Some(only) if parts.len() == 1 => {
            if let Some(code) = country_code(only) {
                a.address_country = Some(code);
            } else if UK_NATIONS.contains(&only.to_lowercase().as_str()) {
                a.address_region = Some(only.clone());
                a.address_country = Some("GB");
            } else {
                a.address_locality = Some(only.clone());
            }
        }
        _ => a.address_locality = (!parts.is_empty()).then(|| parts.join(", ")),
    }
    a
}

/// Fills what the location's words leave out from the places and country
/// the gazetteer resolved: `addressCountry` (ISO 3166-1) and `addressRegion`.
fn resolved(a: &mut PostalAddress, p: &Posting) {
    if a.address_country.is_none() {
        a.address_country = p
            .country
            .as_deref()
            .and_then(crate::places::country_by_code)
            .map(|c| c.code);
    }
    if a.address_region.is_none() {
        a.address_region = p.places.first().and_then(|pl| pl.region.clone());
    }
}

/// A place the gazetteer resolved, as an address of its own.
fn resolved_place(pl: &crate::extract::posting::Place) -> Place {
    Place {
        kind: "Place",
        address: PostalAddress {
            kind: "PostalAddress",
            address_locality: Some(pl.name.clone()),
            address_region: pl.region.clone(),
            postal_code: None,
            address_country: crate::places::country_by_code(&pl.country).map(|c| c.code),
        },
    }
}

fn place(location: &str) -> Place {
    Place {
        kind: "Place",
        address: address(location),
    }
}

/// Countries and areas a remote post's location names ("Remote (UK/EU time zones)").
fn applicant_areas(location: &str) -> Vec<Area> {
    let mut areas: Vec<Area> = Vec::new();
    let lower = location.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut push = |area: Area| {
        if !areas.contains(&area) {
            areas.push(area);
        }
    };
    for n in (1..=4).rev() {
        for window in words.windows(n) {
            let phrase = window.join(" ");
            if let Some(code) = country_code(&phrase) {
                // "us" alone is too common a word; only take it written in capitals.
                if phrase == "us" && !location.contains("US") {
                    continue;
                }
                push(Area {
                    kind: "Country",
                    name: code,
                });
            }
            if n == 1 && UK_NATIONS.contains(&phrase.as_str()) {
                push(Area {
                    kind: "Country",
                    name: "GB",
                });
            }
            match phrase.as_str() {
                "eu" | "european union" => push(Area {
                    kind: "AdministrativeArea",
                    name: "European Union",
                }),
                "europe" | "emea" if n == 1 => push(Area {
                    kind: "AdministrativeArea",
                    name: if phrase == "emea" { "EMEA" } else { "Europe" },
                }),
                _ => {}
            }
        }
    }
    areas
}

/// The advert's text as simple HTML: headings, paragraphs (lines joined by
/// `<br>`), nested lists, tables and preformatted code, every text escaped.
pub fn description_html(doc: &Document) -> String {
    let mut out = String::new();
    // For each open list level: whether it is ordered.
    let mut lists: Vec<bool> = Vec::new();
    let mut in_table = false;
    for block in &doc.blocks {
        let is_row = matches!(block.kind, BlockKind::TableRow { .. });
        if in_table && !is_row {
            out.push_str("</table>");
            in_table = false;
        }
        if let BlockKind::ListItem { depth, ordered } = block.kind {
            if lists.len() > depth {
                while lists.len() > depth + 1 {
                    close_list(&mut out, &mut lists);
                }
                out.push_str("</li>");
            }
            while lists.len() <= depth {
                out.push_str(if ordered { "<ol>" } else { "<ul>" });
                lists.push(ordered);
                if lists.len() <= depth {
                    out.push_str("<li>");
                }
            }
            out.push_str("<li>");
            push_lines(&mut out, &block.text);
            continue;
        }
        while !lists.is_empty() {
            close_list(&mut out, &mut lists);
        }
        match &block.kind {
            BlockKind::Heading { level } => {
                let level = (*level).clamp(1, 6);
                out.push_str(&format!("<h{level}>"));
                push_lines(&mut out, &block.text);
                out.push_str(&format!("</h{level}>"));
            }
            BlockKind::Paragraph => {
                out.push_str("<p>");
                push_lines(&mut out, &block.text);
                out.push_str("</p>");
            }
            BlockKind::TableRow { cells, header } => {
                if !in_table {
                    out.push_str("<table>");
                    in_table = true;
                }
                let tag = if *header { "th" } else { "td" };
                out.push_str("<tr>");
                for cell in cells {
                    out.push_str(&format!("<{tag}>"));
                    push_lines(&mut out, cell);
                    out.push_str(&format!("</{tag}>"));
                }
                out.push_str("</tr>");
            }
            BlockKind::Code => {
                out.push_str("<pre>");
                out.push_str(&super::html::escape(&block.text));
                out.push_str("</pre>");
            }
            BlockKind::Break => out.push_str("<hr>"),
            BlockKind::ListItem { .. } => {}
        }
    }
    while !lists.is_empty() {
        close_list(&mut out, &mut lists);
    }
    if in_table {
        out.push_str("</table>");
    }
    out
}

fn close_list(out: &mut String, lists: &mut Vec<bool>) {
    if let Some(ordered) = lists.pop() {
        out.push_str(if ordered { "</li></ol>" } else { "</li></ul>" });
    }
}

fn push_lines(out: &mut String, text: &str) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        out.push_str(&super::html::escape(line.trim()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn addr(s: &str) -> (Option<String>, Option<String>, Option<String>, Option<&str>) {
        let a = address(s);
        (
            a.address_locality,
            a.address_region,
            a.postal_code,
            a.address_country,
        )
    }

    #[test]
    fn locations_become_addresses() {
        let s = |v: &str| Some(v.to_string());
        assert_eq!(addr("Bristol"), (s("Bristol"), None, None, None));
        assert_eq!(
            addr("Keighley, West Yorkshire"),
            (s("Keighley"), s("West Yorkshire"), None, None)
        );
        assert_eq!(
            addr("Cardiff, Wales"),
            (s("Cardiff"), s("Wales"), None, Some("GB"))
        );
        assert_eq!(addr("Austin, TX"), (s("Austin"), s("TX"), None, Some("US")));
        assert_eq!(
            addr("Leeds, LS1 4DY, United Kingdom"),
            (s("Leeds"), None, s("LS1 4DY"), Some("GB"))
        );
        assert_eq!(addr("Scotland"), (None, s("Scotland"), None, Some("GB")));
        assert_eq!(
            addr("Portland, OR 97201, USA"),
            (s("Portland"), s("OR"), s("97201"), Some("US"))
        );
    }

    #[test]
    fn remote_areas_come_from_the_location() {
        let names = |s: &str| -> Vec<&str> { applicant_areas(s).iter().map(|a| a.name).collect() };
        assert_eq!(names("Remote (UK/EU time zones)"), ["GB", "European Union"]);
        assert_eq!(names("Remote - United States"), ["US"]);
        assert_eq!(names("Remote, work with us"), Vec::<&str>::new());
        assert_eq!(names("Remote"), Vec::<&str>::new());
    }

    #[test]
    fn description_keeps_structure_and_escapes_text() {
        let doc = Document::parse(
            "# Cook \"Head\"\n\nWe & you < 3.\n\n- one\n  - nested\n- two\n\nEnd.\n",
            Format::Markdown,
        );
        assert_eq!(
            description_html(&doc),
            "<h1>Cook &quot;Head&quot;</h1><p>We &amp; you &lt; 3.</p>\
             <ul><li>one<ul><li>nested</li></ul></li><li>two</li></ul><p>End.</p>"
        );
    }

    #[test]
    fn missing_required_properties_are_warned_not_invented() {
        let doc = Document::parse("Some text.\n", Format::Text);
        let p = Posting {
            source: "a.txt".into(),
            title: Some("Cook".into()),
            ..Posting::default()
        };
        let (v, warnings) = job_posting(&p, &doc);
        let v = serde_json::to_value(&v).unwrap();
        assert!(v.get("datePosted").is_none());
        assert!(v.get("hiringOrganization").is_none());
        assert_eq!(
            warnings,
            [
                "a.txt: no advertised date; datePosted left out",
                "a.txt: no employer; hiringOrganization left out",
                "a.txt: no location; jobLocation left out",
            ]
        );
    }

    /// The JobPosting exported from a JSON-LD file.
    fn exported(json: &str, source: &str) -> Value {
        let doc = Document::parse(json, Format::JsonLd);
        let p = crate::extract::extract_with(&doc, source, crate::taxonomy::Taxonomy::builtin());
        serde_json::to_value(job_posting(&p, &doc).0).unwrap()
    }

    #[test]
    fn places_offered_as_alternatives_are_each_a_job_location() {
        let md = "# Data Engineer\n\n**Location:** Billund, Denmark or Boston, Massachusetts, United States\n\nWe build data.\n";
        let doc = Document::parse(md, Format::Markdown);
        let p = crate::extract::extract_with(&doc, "a.md", crate::taxonomy::Taxonomy::builtin());
        let v = serde_json::to_value(job_posting(&p, &doc).0).unwrap();
        let places = v["jobLocation"].as_array().expect("a list of places");
        let towns: Vec<(&str, &str)> = places
            .iter()
            .map(|pl| {
                let a = &pl["address"];
                (
                    a["addressLocality"].as_str().unwrap_or(""),
                    a["addressCountry"].as_str().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(towns, [("Billund", "DK"), ("Boston", "US")]);
        // One place stays one object.
        let doc = Document::parse("# Cook\n\n**Location:** Leeds\n", Format::Markdown);
        let p = crate::extract::extract_with(&doc, "b.md", crate::taxonomy::Taxonomy::builtin());
        let v = serde_json::to_value(job_posting(&p, &doc).0).unwrap();
        assert!(v["jobLocation"].is_object(), "{v}");
    }

    #[test]
    fn the_input_path_is_not_an_identifier() {
        let doc = Document::parse("Cook\n\nLeeds\n", Format::Text);
        let p = Posting {
            source: "/home/someone/adverts/cook.txt".into(),
            title: Some("Cook".into()),
            ..Posting::default()
        };
        let v = serde_json::to_value(job_posting(&p, &doc).0).unwrap();
        assert!(v.get("identifier").is_none(), "{v}");
        assert!(!v.to_string().contains("/home/someone"), "{v}");
    }

    #[test]
    fn a_json_ld_advert_keeps_its_identifier_url_postcode_and_country() {
        let json = r#"{"@context": "https://schema.org", "@type": "JobPosting",
            "title": "Staff Nurse", "description": "<p>Join us.</p>",
            "identifier": {"@type": "PropertyValue", "name": "Ward 4", "value": "C9-123"},
            "url": "https://jobs.example/vacancy/123",
            "hiringOrganization": {"@type": "Organization", "name": "Ward 4"},
            "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
                "addressLocality": "Barnsley", "postalCode": "S70 4PX", "addressCountry": "GB"}}}"#;
        let v = exported(json, "/srv/ads/nurse.json");
        assert_eq!(v["identifier"]["value"], "C9-123");
        assert_eq!(v["identifier"]["name"], "Ward 4");
        assert_eq!(v["url"], "https://jobs.example/vacancy/123");
        let address = &v["jobLocation"]["address"];
        assert_eq!(address["addressLocality"], "Barnsley");
        assert_eq!(address["postalCode"], "S70 4PX");
        assert_eq!(address["addressCountry"], "GB");
        assert!(!v.to_string().contains("/srv/ads"), "{v}");
        // A country given by name, as a Country, is written as its code.
        let by_name = json.replace(
            r#""addressCountry": "GB""#,
            r#""addressCountry": {"@type": "Country", "name": "United Kingdom"}"#,
        );
        let v = exported(&by_name, "nurse.json");
        assert_eq!(v["jobLocation"]["address"]["addressCountry"], "GB");
        // Without them, nothing is invented.
        let bare = json
            .replace(r#""url": "https://jobs.example/vacancy/123","#, "")
            .replace(
                r#""identifier": {"@type": "PropertyValue", "name": "Ward 4", "value": "C9-123"},"#,
                "",
            );
        let v = exported(&bare, "nurse.json");
        assert!(
            v.get("url").is_none() && v.get("identifier").is_none(),
            "{v}"
        );
    }

    #[test]
    fn references_a_board_left_in_titles_and_places_are_read_as_text() {
        let json = r#"{"@type": "JobPosting", "title": "Foot &amp; Ankle Fellow",
            "description": "<p>Join us &amp; grow.</p>",
            "hiringOrganization": {"@type": "Organization", "name": "Guy&#39;s and St Thomas&#39;"},
            "jobLocation": {"@type": "Place", "address": {"addressLocality": "Brighton &amp; Hove"}}}"#;
        let v = exported(json, "fellow.json");
        assert_eq!(v["title"], "Foot & Ankle Fellow");
        assert_eq!(v["hiringOrganization"]["name"], "Guy's and St Thomas'");
        assert_eq!(
            v["jobLocation"]["address"]["addressLocality"],
            "Brighton & Hove"
        );
        assert_eq!(v["description"], "<p>Join us &amp; grow.</p>");
    }
}
