//! Structured data: a schema.org JobPosting published with the advert (a
//! JSON-LD file, or a script in the page), checked against the properties
//! Google's job-posting guidelines require and recommend. Adverts without
//! JSON-LD are not checked here.

use serde_json::Value;

use super::Group;
use crate::check::dates::is_iso_date;
use crate::check::{Advert, At, Category, Config, Hit, Rule, Severity};
use crate::document::jsonld::find_job_posting;

pub const GROUP: Group = Group {
    rules: RULES,
    check,
};

const GOOGLE: &str = "Google Search Central, \"Job posting (JobPosting) structured data\" (https://developers.google.com/search/docs/appearance/structured-data/job-posting); schema.org/JobPosting";

pub const RULES: &[Rule] = &[
    Rule {
        id: "jobposting-required",
        category: Category::StructuredData,
        severity: Severity::Warning,
        summary: "The JSON-LD JobPosting lacks a property Google requires: `title`, `description`, `datePosted`, `hiringOrganization`, `jobLocation` (or, for a fully remote job, `applicantLocationRequirements`).",
        hint: "Add the property to the JobPosting; Google's Rich Results Test shows what it reads.",
        rationale: "Without its required properties a JobPosting is not eligible for Google's job search, so the structured data is published for nothing. Teams that publish to Google can make this an error in vacancy.toml.",
        source: GOOGLE,
        bad: "{\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\", \"title\": \"Clerk\", \"description\": \"<p>Filing and post.</p>\", \"hiringOrganization\": {\"@type\": \"Organization\", \"name\": \"Acme\"}, \"jobLocation\": {\"@type\": \"Place\", \"address\": {\"@type\": \"PostalAddress\", \"addressLocality\": \"Leeds\", \"addressCountry\": \"GB\"}}}\n",
        good: "{\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\", \"title\": \"Clerk\", \"description\": \"<p>Filing and post.</p>\", \"datePosted\": \"2025-01-10\", \"hiringOrganization\": {\"@type\": \"Organization\", \"name\": \"Acme\"}, \"jobLocation\": {\"@type\": \"Place\", \"address\": {\"@type\": \"PostalAddress\", \"addressLocality\": \"Leeds\", \"addressCountry\": \"GB\"}}}\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "jobposting-recommended",
        category: Category::StructuredData,
        severity: Severity::Info,
        summary: "The JSON-LD JobPosting lacks properties Google recommends: `baseSalary`, `employmentType`, `validThrough`, `identifier`, `directApply`.",
        hint: "Add them: pay, contract type and closing date are what candidates filter by in job search.",
        rationale: "Recommended properties are optional for eligibility, but Google's job search filters and displays by them (pay, full or part time, closing date), so a posting without them is shown less and to fewer of the right people.",
        source: GOOGLE,
        bad: "{\"@type\": \"JobPosting\", \"title\": \"Clerk\", \"description\": \"<p>Filing and post.</p>\", \"datePosted\": \"2025-01-10\", \"hiringOrganization\": {\"name\": \"Acme\"}, \"jobLocation\": {\"address\": {\"addressLocality\": \"Leeds\"}}}\n",
        good: "{\"@type\": \"JobPosting\", \"title\": \"Clerk\", \"description\": \"<p>Filing and post.</p>\", \"datePosted\": \"2025-01-10\", \"validThrough\": \"2025-02-10\", \"employmentType\": \"FULL_TIME\", \"identifier\": {\"@type\": \"PropertyValue\", \"name\": \"Acme\", \"value\": \"C-12\"}, \"directApply\": false, \"baseSalary\": {\"@type\": \"MonetaryAmount\", \"currency\": \"GBP\", \"value\": {\"@type\": \"QuantitativeValue\", \"value\": 24000, \"unitText\": \"YEAR\"}}, \"hiringOrganization\": {\"name\": \"Acme\"}, \"jobLocation\": {\"address\": {\"addressLocality\": \"Leeds\"}}}\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "jobposting-invalid",
        category: Category::StructuredData,
        severity: Severity::Warning,
        summary: "A JSON-LD JobPosting property has a value Google does not accept: an `employmentType` or `unitText` outside its list, a date not in ISO 8601, a `hiringOrganization` without a name, a description that repeats the title.",
        hint: "Use the values Google lists: `employmentType` one or more of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER; `unitText` one of HOUR, DAY, WEEK, MONTH, YEAR; dates as `2025-06-14`.",
        rationale: "Values outside the lists are ignored, or make the whole posting invalid, and the advert then drops out of job search or shows the wrong contract type or pay period. The values are case-sensitive.",
        source: GOOGLE,
        bad: "{\"@type\": \"JobPosting\", \"title\": \"Clerk\", \"description\": \"<p>Filing and post.</p>\", \"datePosted\": \"10/01/2025\", \"employmentType\": \"Full-time\", \"hiringOrganization\": {\"name\": \"Acme\"}, \"jobLocation\": {\"address\": {\"addressLocality\": \"Leeds\"}}}\n",
        good: "{\"@type\": \"JobPosting\", \"title\": \"Clerk\", \"description\": \"<p>Filing and post.</p>\", \"datePosted\": \"2025-01-10\", \"employmentType\": \"FULL_TIME\", \"hiringOrganization\": {\"name\": \"Acme\"}, \"jobLocation\": {\"address\": {\"addressLocality\": \"Leeds\"}}}\n",
        example_config: "",
        settings: &[],
    },
];

const EMPLOYMENT_TYPES: &[&str] = &[
    "FULL_TIME",
    "PART_TIME",
    "CONTRACTOR",
    "TEMPORARY",
    "INTERN",
    "VOLUNTEER",
    "PER_DIEM",
    "OTHER",
];
const UNITS: &[&str] = &["HOUR", "DAY", "WEEK", "MONTH", "YEAR"];
const RECOMMENDED: &[&str] = &[
    "baseSalary",
    "employmentType",
    "validThrough",
    "identifier",
    "directApply",
];

/// One JSON-LD block and where it starts, for pointing at its properties.
struct Source<'a> {
    json: &'a str,
    line: usize,
}

impl Source<'_> {
    /// The line of the first `"key"` in the JSON, else the line of its `"JobPosting"` type.
    fn at(&self, key: &str) -> At {
        let find = |needle: &str| {
            self.json
                .find(needle)
                .map(|i| self.line + self.json[..i].matches('\n').count())
        };
        let needle = format!("\"{key}\"");
        match find(&needle) {
            Some(line) => At::Words {
                line,
                column: 1,
                text: needle,
            },
            None => match find("\"JobPosting\"") {
                Some(line) => At::Words {
                    line,
                    column: 1,
                    text: "\"JobPosting\"".into(),
                },
                None => At::Line(self.line),
            },
        }
    }
}

fn empty(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        Some(Value::Array(a)) => a.is_empty(),
        Some(Value::Object(o)) => o.is_empty(),
        _ => false,
    }
}

/// ISO 8601: a date, or a date and time.
fn iso_8601(v: &Value) -> bool {
    v.as_str().is_some_and(|s| {
        s.get(..10).is_some_and(is_iso_date) && (s.len() == 10 || s[10..].starts_with('T'))
    })
}

fn strings(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    }
}

fn check(ad: &Advert, _: &Config, out: &mut Vec<Hit>) {
    for (json, line) in &ad.doc.structured {
        let Ok(value) = serde_json::from_str::<Value>(json) else {
            continue;
        };
        let Some(posting) = find_job_posting(&value) else {
            continue;
        };
        check_posting(posting, &Source { json, line: *line }, out);
    }
}

fn check_posting(p: &Value, src: &Source, out: &mut Vec<Hit>) {
    let remote = p
        .get("jobLocationType")
        .is_some_and(|t| strings(t).iter().any(|v| v.as_str() == Some("TELECOMMUTE")));
    let mut required = vec!["title", "description", "datePosted", "hiringOrganization"];
    required.push(if remote {
        "applicantLocationRequirements"
    } else {
        "jobLocation"
    });
    for key in required {
        if empty(p.get(key)) {
            let why = match key {
                "applicantLocationRequirements" => {
                    " (required for a fully remote job: the countries candidates may live in)"
                }
                _ => "",
            };
            out.push(Hit::new(
                "jobposting-required",
                src.at(key),
                format!("The JobPosting has no `{key}`, which Google requires{why}"),
            ));
        }
    }
    let missing: Vec<&str> = RECOMMENDED
        .iter()
        .copied()
        .filter(|k| p.get(*k).is_none_or(|v| v.is_null()))
        .collect();
    if !missing.is_empty() {
        out.push(Hit::new(
            "jobposting-recommended",
            src.at("JobPosting"),
            format!(
                "The JobPosting has no {}, which Google recommends",
                missing
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }

    let mut invalid = |key: &str, message: String| {
        out.push(Hit::new("jobposting-invalid", src.at(key), message));
    };
    if let Some(t) = p.get("employmentType") {
        for v in strings(t) {
            match v.as_str() {
                Some(s) if EMPLOYMENT_TYPES.contains(&s) => {}
                _ => invalid(
                    "employmentType",
                    format!(
                        "`employmentType` {v} is not one of Google's values (FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER)"
                    ),
                ),
            }
        }
    }
    for key in ["datePosted", "validThrough"] {
        if let Some(v) = p.get(key).filter(|v| !v.is_null())
            && !iso_8601(v)
        {
            invalid(
                key,
                format!("`{key}` {v} is not an ISO 8601 date such as \"2025-06-14\""),
            );
        }
    }
    if let (Some(posted), Some(through)) = (
        p.get("datePosted").and_then(Value::as_str),
        p.get("validThrough").and_then(Value::as_str),
    ) && iso_8601(&Value::from(posted))
        && iso_8601(&Value::from(through))
        && through.get(..10) < posted.get(..10)
    {
        invalid(
            "validThrough",
            format!("`validThrough` {through} is before `datePosted` {posted}"),
        );
    }
    if let Some(org) = p.get("hiringOrganization").filter(|v| !empty(Some(v))) {
        let named = match org {
            Value::String(s) => !s.trim().is_empty(),
            Value::Object(o) => !empty(o.get("name")),
            _ => false,
        };
        if !named {
            invalid(
                "hiringOrganization",
                "`hiringOrganization` has no `name`".into(),
            );
        }
    }
    if let (Some(title), Some(description)) = (
        p.get("title").and_then(Value::as_str),
        p.get("description").and_then(Value::as_str),
    ) && title.trim().eq_ignore_ascii_case(description.trim())
        && !title.trim().is_empty()
    {
        invalid(
            "description",
            "`description` only repeats the title; Google wants the full advert".into(),
        );
    }
    if let Some(t) = p.get("jobLocationType") {
        for v in strings(t) {
            if v.as_str() != Some("TELECOMMUTE") {
                invalid(
                    "jobLocationType",
                    format!(
                        "`jobLocationType` {v} is not \"TELECOMMUTE\", the only value Google reads (for fully remote jobs)"
                    ),
                );
            }
        }
    }
    if let Some(places) = p.get("jobLocation").filter(|v| !empty(Some(v))) {
        for place in strings(places) {
            if empty(place.get("address")) {
                invalid("jobLocation", "`jobLocation` has no `address`".into());
            }
        }
    }
    if let Some(salary) = p.get("baseSalary").filter(|v| !v.is_null()) {
        match salary {
            Value::Object(s) => {
                if empty(s.get("currency")) {
                    invalid(
                        "baseSalary",
                        "`baseSalary` has no `currency` (an ISO 4217 code such as \"GBP\")".into(),
                    );
                }
                if s.get("value").is_none_or(Value::is_null) {
                    invalid("baseSalary", "`baseSalary` has no `value`".into());
                }
                let unit = s.get("value").and_then(|v| v.get("unitText"));
                if let Some(unit) = unit
                    && !unit.as_str().is_some_and(|u| UNITS.contains(&u))
                {
                    invalid(
                        "unitText",
                        format!("`unitText` {unit} is not one of HOUR, DAY, WEEK, MONTH, YEAR"),
                    );
                }
            }
            other => invalid(
                "baseSalary",
                format!("`baseSalary` {other} is not a MonetaryAmount with a currency and a value"),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run;

    #[test]
    fn adverts_without_json_ld_are_not_checked() {
        for id in [
            "jobposting-required",
            "jobposting-recommended",
            "jobposting-invalid",
        ] {
            assert!(run(id, "# Clerk\n\nAcme, Leeds.\n").is_empty());
        }
    }

    #[test]
    fn missing_properties_point_at_the_posting_type() {
        let json = "{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"JobPosting\",\n  \"title\": \"Clerk\"\n}\n";
        let f = run("jobposting-required", json);
        let keys: Vec<&str> = f
            .iter()
            .map(|f| f.message.split('`').nth(1).unwrap())
            .collect();
        assert_eq!(
            keys,
            [
                "datePosted",
                "description",
                "hiringOrganization",
                "jobLocation"
            ]
        );
        assert!(f.iter().all(|f| f.line == 3));
    }

    #[test]
    fn remote_jobs_need_applicant_countries_instead_of_a_place() {
        let json = r#"{"@type": "JobPosting", "title": "Dev", "description": "<p>Code.</p>", "datePosted": "2025-01-01", "hiringOrganization": {"name": "Acme"}, "jobLocationType": "TELECOMMUTE"}"#;
        let f = run("jobposting-required", json);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("applicantLocationRequirements"));
    }

    #[test]
    fn invalid_values_point_at_their_property() {
        let json = "{\"@type\": \"JobPosting\", \"title\": \"Clerk\", \"description\": \"Clerk\",\n\"datePosted\": \"2025-02-01\", \"validThrough\": \"2025-01-01T00:00\",\n\"employmentType\": [\"FULL_TIME\", \"full_time\"],\n\"hiringOrganization\": {\"@type\": \"Organization\"},\n\"baseSalary\": {\"currency\": \"GBP\", \"value\": {\"value\": 1, \"unitText\": \"ANNUAL\"}}}";
        let f = run("jobposting-invalid", json);
        let found: Vec<(usize, &str)> = f
            .iter()
            .map(|f| (f.line, f.message.split(' ').next().unwrap()))
            .collect();
        assert_eq!(
            found,
            [
                (1, "`description`"),
                (2, "`validThrough`"),
                (3, "`employmentType`"),
                (4, "`hiringOrganization`"),
                (5, "`unitText`"),
            ]
        );
    }
}
