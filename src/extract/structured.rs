//! Structured data: a schema.org JobPosting carried with the advert (a JSON-LD
//! file, or a script in a page) fills the fields the text leaves empty, and
//! where the two disagree the record lists a conflict.

use serde_json::Value;

use super::{Context, ContractType, Education, Hours, Out, Period, WorkMode};
use crate::document::jsonld::find_job_posting;
use crate::extract::Conflict;

/// A string, or the `name` of an object, or the first of a list of either.
fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(o) => o.get("name").and_then(text_of),
        Value::Array(items) => items.iter().find_map(text_of),
        _ => None,
    }
}

fn number_of(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.replace([',', ' '], "").parse().ok(),
        _ => None,
    }
    .filter(|n: &f64| n.is_finite() && *n > 0.0)
}

/// The date part of an ISO 8601 date or date-time: "2020-12-31T23:59:59+0000" -> "2020-12-31".
fn date_of(v: Option<&Value>) -> Option<String> {
    let s = text_of(v?)?;
    let date = s.get(..10)?;
    let ok = date.len() == 10
        && date.as_bytes()[4] == b'-'
        && date.as_bytes()[7] == b'-'
        && date
            .chars()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    ok.then(|| date.to_string())
}

fn first_place(v: &Value) -> Option<&Value> {
    match v {
        Value::Array(items) => items.first(),
        other => Some(other),
    }
}

/// The place a JobPosting names: the town, else the region, else the address as written.
fn location_of(posting: &Value) -> Option<String> {
    let place = first_place(posting.get("jobLocation")?)?;
    let address = place.get("address").unwrap_or(place);
    match address {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(a) => a
            .get("addressLocality")
            .and_then(text_of)
            .or_else(|| a.get("addressRegion").and_then(text_of)),
        _ => None,
    }
}

/// "20323", "12.09 to 14.5", "from 30000": a pay range in plain figures.
fn range_text(min: Option<f64>, max: Option<f64>) -> String {
    let figure = |v: f64| {
        if v.fract() == 0.0 {
            format!("{}", v as i64)
        } else {
            format!("{v}")
        }
    };
    match (min, max) {
        (Some(a), Some(b)) if a == b => figure(a),
        (Some(a), Some(b)) => format!("{} to {}", figure(a), figure(b)),
        (Some(a), None) => format!("from {}", figure(a)),
        (None, Some(b)) => format!("up to {}", figure(b)),
        (None, None) => String::new(),
    }
}

fn with_period(range: String, period: Option<Period>) -> String {
    match period {
        Some(Period::Hour) => format!("{range} an hour"),
        Some(p) => format!("{range} a {}", p.name()),
        None => range,
    }
}

fn same_text(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (a, b) = (norm(a), norm(b));
    a.contains(&b) || b.contains(&a)
}

/// Whether two amounts are the same pay: equal, or, stated for two
/// periods, the same once made yearly for some working week: job boards
/// turn an hourly rate into a yearly figure with their own hours (from 20
/// to 48 an hour's week, 3 to 6 days, 52 weeks, 12 months), so the two
/// agree when their yearly ranges meet, give or take 5%.
fn same_pay(a: f64, a_period: Option<Period>, b: f64, b_period: Option<Period>) -> bool {
    let yearly = |v: f64, p: Period| match p {
        Period::Hour => (v * 20.0 * 52.0, v * 48.0 * 52.0),
        Period::Day => (v * 3.0 * 52.0, v * 6.0 * 52.0),
        Period::Week => (v * 52.0, v * 52.0),
        Period::Month => (v * 12.0, v * 12.0),
        Period::Year => (v, v),
    };
    same_amount(a, b)
        || matches!((a_period, b_period), (Some(x), Some(y)) if x != y && {
            let ((a_lo, a_hi), (b_lo, b_hi)) = (yearly(a, x), yearly(b, y));
            a_lo <= b_hi * 1.05 && b_lo <= a_hi * 1.05
        })
}

fn same_amount(a: f64, b: f64) -> bool {
    (a - b).abs() <= a.abs().max(b.abs()) * 0.005
}

pub fn extract(cx: &Context, out: &mut Out) {
    let Some((posting, line)) = cx.doc.structured.iter().find_map(|(json, line)| {
        let value: Value = serde_json::from_str(json).ok()?;
        find_job_posting(&value).cloned().map(|p| (p, *line))
    }) else {
        return;
    };
    // A JSON-LD file's description is a body without a headline: its own
    // title, employer and place are the posting's.
    if cx.doc.format == crate::document::Format::JsonLd {
        let p = &mut out.posting;
        for (field, slot, value) in [
            (
                "title",
                &mut p.title,
                posting.get("title").and_then(text_of),
            ),
            (
                "employer",
                &mut p.employer,
                posting.get("hiringOrganization").and_then(text_of),
            ),
            ("location", &mut p.location, location_of(&posting)),
        ] {
            if value.is_some() {
                *slot = None;
                p.evidence.remove(field);
            }
        }
    }
    let mut filled: Vec<&str> = Vec::new();
    let mut conflicts: Vec<Conflict> = Vec::new();
    let p = &mut out.posting;
    let mut evidence: Vec<(String, String)> = Vec::new();

    // Strings: fill when the text is silent, compare when it is not.
    let mut string_field = |field: &'static str,
                            slot: &mut Option<String>,
                            value: Option<String>,
                            filled: &mut Vec<&str>| {
        let Some(value) = value else { return };
        match slot {
            None => {
                evidence.push((field.to_string(), value.clone()));
                *slot = Some(value);
                filled.push(field);
            }
            Some(ours) if !same_text(ours, &value) => conflicts.push(Conflict {
                field: field.to_string(),
                text: ours.clone(),
                structured: value,
            }),
            Some(_) => {}
        }
    };
    string_field(
        "title",
        &mut p.title,
        posting.get("title").and_then(text_of),
        &mut filled,
    );
    string_field(
        "employer",
        &mut p.employer,
        posting.get("hiringOrganization").and_then(text_of),
        &mut filled,
    );
    string_field(
        "location",
        &mut p.location,
        location_of(&posting),
        &mut filled,
    );
    string_field(
        "dates.posted",
        &mut p.dates.posted,
        date_of(posting.get("datePosted")),
        &mut filled,
    );
    string_field(
        "dates.closing",
        &mut p.dates.closing,
        date_of(posting.get("validThrough")),
        &mut filled,
    );
    string_field(
        "contacts.apply_url",
        &mut p.contacts.apply_url,
        posting
            .get("url")
            .and_then(text_of)
            .filter(|u| u.starts_with("http")),
        &mut filled,
    );
    if let Some(url) = &p.contacts.apply_url
        && !p.contacts.urls.contains(url)
    {
        p.contacts.urls.push(url.clone());
    }

    // Working pattern: only a remote post says so in structured data.
    let remote = text_of(posting.get("jobLocationType").unwrap_or(&Value::Null))
        .is_some_and(|t| t.eq_ignore_ascii_case("TELECOMMUTE"));
    if remote {
        match p.work_mode {
            None => {
                p.work_mode = Some(WorkMode::Remote);
                filled.push("work_mode");
                evidence.push(("work_mode".into(), "TELECOMMUTE".into()));
            }
            Some(WorkMode::Onsite) => conflicts.push(Conflict {
                field: "work_mode".into(),
                text: "onsite".into(),
                structured: "remote".into(),
            }),
            Some(_) => {}
        }
    }

    // Pay.
    if let Some(salary) = posting.get("baseSalary") {
        let value = salary.get("value").unwrap_or(salary);
        let (min, max) = match value {
            Value::Object(_) => (
                number_of(value.get("minValue")).or_else(|| number_of(value.get("value"))),
                number_of(value.get("maxValue")).or_else(|| number_of(value.get("value"))),
            ),
            other => (number_of(Some(other)), number_of(Some(other))),
        };
        // A range written the wrong way round ("minValue": 45000, "maxValue": 32000) is put in order.
        let (min, max) = match (min, max) {
            (Some(lo), Some(hi)) if lo > hi => (Some(hi), Some(lo)),
            ends => ends,
        };
        let currency = salary
            .get("currency")
            .and_then(text_of)
            .map(|c| c.to_uppercase());
        let period =
            value
                .get("unitText")
                .and_then(text_of)
                .and_then(|u| match u.to_uppercase().as_str() {
                    "HOUR" => Some(Period::Hour),
                    "DAY" => Some(Period::Day),
                    "WEEK" => Some(Period::Week),
                    "MONTH" => Some(Period::Month),
                    "YEAR" => Some(Period::Year),
                    _ => None,
                });
        let s = &mut p.salary;
        let json_ld_file = cx.doc.format == crate::document::Format::JsonLd;
        let has_figures = min.is_some() || max.is_some();
        // A JSON-LD file's own baseSalary outranks a figure in its description.
        // The same pay stated for another period ("£11.50 an hour" in the
        // text, "23,000 a year" in the data) is no conflict.
        let text_period = s.period;
        let same = |a: f64, b: f64| same_pay(a, text_period, b, period);
        if json_ld_file && has_figures && (s.min.is_some() || s.max.is_some()) {
            if !(s.min.zip(min).is_some_and(|(a, b)| same(a, b))
                && s.max.zip(max).is_some_and(|(a, b)| same(a, b)))
            {
                conflicts.push(Conflict {
                    field: "salary".into(),
                    text: with_period(range_text(s.min, s.max), s.period),
                    structured: with_period(range_text(min, max), period),
                });
            }
            s.min = None;
            s.max = None;
        }
        if s.min.is_none() && s.max.is_none() && has_figures {
            s.min = min;
            s.max = max;
            s.currency = currency.or(s.currency.take());
            s.period = period.or(s.period);
            filled.push("salary");
            evidence.push(("salary".into(), salary.to_string()));
        } else if s.min.is_some() || s.max.is_some() {
            let differs = |ours: Option<f64>, theirs: Option<f64>| matches!((ours, theirs), (Some(a), Some(b)) if !same(a, b));
            if differs(s.min, min) || differs(s.max, max) {
                conflicts.push(Conflict {
                    field: "salary".into(),
                    text: with_period(range_text(s.min, s.max), s.period),
                    structured: with_period(range_text(min, max), period),
                });
            }
            if let (Some(ours), Some(theirs)) = (&s.currency, &currency)
                && ours != theirs
            {
                conflicts.push(Conflict {
                    field: "salary.currency".into(),
                    text: ours.clone(),
                    structured: theirs.clone(),
                });
            }
        }
    }

    // Contract type and hours from employmentType.
    let types: Vec<String> = match posting.get("employmentType") {
        Some(Value::String(t)) => t
            .split([',', ' '])
            .map(|t| t.trim().to_uppercase())
            .collect(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(text_of)
            .map(|t| t.to_uppercase())
            .collect(),
        _ => Vec::new(),
    };
    let hours = if types.iter().any(|t| t == "FULL_TIME") && !types.iter().any(|t| t == "PART_TIME")
    {
        Some(Hours::FullTime)
    } else if types.iter().any(|t| t == "PART_TIME") && !types.iter().any(|t| t == "FULL_TIME") {
        Some(Hours::PartTime)
    } else {
        None
    };
    let kind = types.iter().find_map(|t| match t.as_str() {
        "TEMPORARY" => Some(ContractType::Temporary),
        "CONTRACTOR" => Some(ContractType::Contract),
        "INTERN" => Some(ContractType::Internship),
        "PERMANENT" => Some(ContractType::Permanent),
        _ => None,
    });
    let json_ld_file = cx.doc.format == crate::document::Format::JsonLd;
    // Hours or a contract type the text states only in passing, in a long
    // sentence ("we welcome part-time requests", "permanent staff will…"),
    // is no conflict with the page's own data: only a short or labelled
    // statement is.
    let stated = |field: &str, p: &crate::extract::Posting| {
        p.evidence
            .get(field)
            .is_none_or(|e| e.text.split_whitespace().count() <= 12 || e.text.contains(':'))
    };
    let hours_stated = stated("contract.hours", p);
    let type_stated = stated("contract.type", p);
    if let Some(h) = hours {
        if p.contract.hours.is_none() || (json_ld_file && p.contract.hours != Some(h)) {
            // A JSON-LD file's own employmentType outranks a passing "part time" in its description.
            if let Some(ours) = p.contract.hours.filter(|ours| *ours != h && hours_stated) {
                conflicts.push(Conflict {
                    field: "contract.hours".into(),
                    text: super::enum_name(&ours),
                    structured: super::enum_name(&h),
                });
            }
            p.contract.hours = Some(h);
            filled.push("contract.hours");
            evidence.push(("contract.hours".into(), types.join(", ")));
        } else if p.contract.hours != Some(h) && hours_stated {
            conflicts.push(Conflict {
                field: "contract.hours".into(),
                text: super::enum_name(&p.contract.hours),
                structured: super::enum_name(&h),
            });
        }
    }
    if let Some(k) = kind {
        if p.contract.kind != Some(k)
            && type_stated
            && let Some(ours) = p.contract.kind
        {
            conflicts.push(Conflict {
                field: "contract.type".into(),
                text: super::enum_name(&ours),
                structured: super::enum_name(&k),
            });
        }
        // A JSON-LD file's own employmentType outranks a passing "permanent
        // vacancies" in its description; on a page, the text keeps its word.
        if p.contract.kind.is_none() || (json_ld_file && p.contract.kind != Some(k)) {
            p.contract.kind = Some(k);
            filled.push("contract.type");
            evidence.push(("contract.type".into(), types.join(", ")));
        }
    }

    // Requirements and openings, when the text gives none.
    if p.experience_years.is_none()
        && let Some(months) = posting
            .get("experienceRequirements")
            .and_then(|e| number_of(e.get("monthsOfExperience")))
    {
        p.experience_years = Some((months / 12.0).ceil() as u32);
        filled.push("experience_years");
        evidence.push(("experience_years".into(), format!("{months} months")));
    }
    if p.education_level.is_none()
        && let Some(category) = posting.get("educationRequirements").and_then(|e| {
            e.get("credentialCategory")
                .and_then(text_of)
                .or_else(|| text_of(e))
        })
    {
        let c = category.to_lowercase();
        let level = if c.contains("postgraduate") || c.contains("master") {
            Some(Education::Master)
        } else if c.contains("doctor") {
            Some(Education::Doctorate)
        } else if c.contains("bachelor") {
            Some(Education::Bachelor)
        } else if c.contains("associate") || c.contains("diploma") {
            Some(Education::Diploma)
        } else if c.contains("high school") {
            Some(Education::Secondary)
        } else {
            None
        };
        if let Some(level) = level {
            p.education_level = Some(level);
            filled.push("education_level");
            evidence.push(("education_level".into(), category));
        }
    }
    if p.positions.is_none()
        && let Some(n) = number_of(posting.get("totalJobOpenings"))
    {
        p.positions = Some(n as u32);
        filled.push("positions");
        evidence.push(("positions".into(), n.to_string()));
    }

    for (field, value) in evidence {
        out.evidence(&field, line, &format!("JSON-LD: {value}"));
    }
    if !filled.is_empty() {
        out.note(format!(
            "taken from the structured data (JSON-LD): {}",
            filled.join(", ")
        ));
    }
    out.posting.conflicts.extend(conflicts);
}

#[cfg(test)]
mod tests {
    use crate::analyse;
    use crate::document::Format;

    const POSTING: &str = r#"{
  "@context": "https://schema.org",
  "@type": "JobPosting",
  "title": "Staff Nurse",
  "description": "<p>Join our ward team.</p><p>Closing date: 28 March 2025</p>",
  "datePosted": "2025-03-01T09:00:00+0000",
  "validThrough": "2025-03-31T23:59:59+0000",
  "employmentType": "FULL_TIME",
  "hiringOrganization": {"@type": "Organization", "name": "Northfield NHS Trust"},
  "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Leeds", "postalCode": "LS1 1AA"}},
  "baseSalary": {"@type": "MonetaryAmount", "currency": "GBP", "value": {"@type": "QuantitativeValue", "minValue": 28407, "maxValue": 34581, "unitText": "YEAR"}}
}"#;

    #[test]
    fn structured_data_fills_what_the_text_leaves_out() {
        let p = analyse(POSTING, "x.json", Some(Format::JsonLd), None);
        assert_eq!(p.title.as_deref(), Some("Staff Nurse"));
        assert_eq!(p.employer.as_deref(), Some("Northfield NHS Trust"));
        assert_eq!(p.location.as_deref(), Some("Leeds"));
        assert_eq!((p.salary.min, p.salary.max), (Some(28407.0), Some(34581.0)));
        assert_eq!(p.salary.currency.as_deref(), Some("GBP"));
        assert_eq!(p.dates.posted.as_deref(), Some("2025-03-01"));
        assert_eq!(p.contract.hours, Some(crate::extract::Hours::FullTime));
        assert!(
            p.notes
                .iter()
                .any(|n| n.starts_with("taken from the structured data"))
        );
        assert_eq!(p.evidence["employer"].text, "JSON-LD: Northfield NHS Trust");
    }

    #[test]
    fn disagreements_are_listed() {
        let p = analyse(POSTING, "x.json", Some(Format::JsonLd), None);
        // The text says 28 March; the structured data says 31 March.
        assert_eq!(p.dates.closing.as_deref(), Some("2025-03-28"));
        assert_eq!(p.conflicts.len(), 1, "{:?}", p.conflicts);
        assert_eq!(p.conflicts[0].field, "dates.closing");
        assert_eq!(p.conflicts[0].structured, "2025-03-31");
    }

    #[test]
    fn a_json_ld_files_own_pay_and_hours_outrank_its_description() {
        let posting = POSTING.replace(
            "<p>Join our ward team.</p>",
            "<p>Join our ward team at £9.50 per hour. Part time hours considered.</p>",
        );
        let p = analyse(&posting, "x.json", Some(Format::JsonLd), None);
        assert_eq!((p.salary.min, p.salary.max), (Some(28407.0), Some(34581.0)));
        assert_eq!(p.salary.period, Some(crate::extract::Period::Year));
        assert_eq!(p.contract.hours, Some(crate::extract::Hours::FullTime));
        let fields: Vec<&str> = p.conflicts.iter().map(|c| c.field.as_str()).collect();
        assert!(
            fields.contains(&"salary") && fields.contains(&"contract.hours"),
            "{fields:?}"
        );
    }

    #[test]
    fn the_same_pay_for_another_period_is_no_conflict() {
        // £14.37 an hour is £28,407 a year at 38 hours a week.
        let posting = POSTING.replace(
            "<p>Join our ward team.</p>",
            "<p>Join our ward team at £14.37 per hour.</p>",
        );
        let p = analyse(&posting, "x.json", Some(Format::JsonLd), None);
        assert!(
            !p.conflicts.iter().any(|c| c.field == "salary"),
            "{:?}",
            p.conflicts
        );
    }

    #[test]
    fn a_json_ld_files_own_contract_type_outranks_its_description() {
        let posting = POSTING
            .replace("\"FULL_TIME\"", "[\"FULL_TIME\", \"TEMPORARY\"]")
            .replace(
                "<p>Join our ward team.</p>",
                "<p>Join our ward team.</p><p>Sign up for news of our permanent vacancies.</p>",
            );
        let p = analyse(&posting, "x.json", Some(Format::JsonLd), None);
        assert_eq!(
            p.contract.kind,
            Some(crate::extract::ContractType::Temporary)
        );
        assert!(
            p.conflicts.iter().any(|c| c.field == "contract.type"),
            "{:?}",
            p.conflicts
        );
    }

    #[test]
    fn embedded_json_ld_in_a_page_is_read_too() {
        let page = format!(
            "<html><head><script type=\"application/ld+json\">{POSTING}</script></head><body><h1>Staff Nurse</h1><p>Salary £28,407 - £34,581 per annum</p></body></html>"
        );
        let p = analyse(&page, "x.html", None, Some("html"));
        assert_eq!(p.employer.as_deref(), Some("Northfield NHS Trust"));
        assert_eq!(p.salary.min, Some(28407.0));
        assert!(p.conflicts.is_empty(), "{:?}", p.conflicts);
    }
}
