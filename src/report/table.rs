//! The `show` table: one block of fields per advert.

use std::io::{self, IsTerminal, Write};

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, ContentArrangement, Table};

use super::style::Paint;
use crate::extract::{Occupation, Period, Posting, Salary, SkillMention, enum_name};
use crate::taxonomy::{CATEGORIES, Skill};

/// The width to wrap to: the terminal's, or `COLUMNS` when output is piped.
pub fn terminal_width() -> Option<u16> {
    if io::stdout().is_terminal() {
        return None; // comfy-table asks the terminal itself.
    }
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok())
}

fn or_dash(value: Option<String>) -> String {
    value.unwrap_or_else(|| "—".to_string())
}

/// 38890 -> "38,890"; 28.5 -> "28.50".
pub fn format_amount(value: f64) -> String {
    let whole = value.trunc() as i64;
    let digits = whole.abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if whole < 0 {
        grouped.insert(0, '-');
    }
    let cents = ((value - value.trunc()).abs() * 100.0).round() as i64;
    if cents > 0 {
        format!("{grouped}.{cents:02}")
    } else {
        grouped
    }
}

fn money(value: f64, currency: Option<&str>) -> String {
    let amount = format_amount(value);
    match currency {
        Some("GBP") => format!("£{amount}"),
        Some("USD") => format!("${amount}"),
        Some("EUR") => format!("€{amount}"),
        Some(code) => format!("{code} {amount}"),
        None => amount,
    }
}

/// "£55,000 – £70,000 a year", "from £38,890 a year", "up to $120,000 a year".
pub fn describe_salary(s: &Salary) -> Option<String> {
    let cur = s.currency.as_deref();
    let range = match (s.min, s.max) {
        (Some(a), Some(b)) if a == b => money(a, cur),
        (Some(a), Some(b)) => format!("{} – {}", money(a, cur), money(b, cur)),
        (Some(a), None) => format!("from {}", money(a, cur)),
        (None, Some(b)) => format!("up to {}", money(b, cur)),
        (None, None) => return s.text.clone(),
    };
    Some(match s.period {
        Some(Period::Hour) => format!("{range} an hour"),
        Some(p) => format!("{range} a {}", p.name()),
        None => range,
    })
}

fn words(name: String) -> String {
    name.replace('_', " ")
}

/// A category's display name: "cloud_platforms" -> "Cloud platforms".
pub fn category_name(category: &str) -> String {
    let known = match category {
        "programming_languages" => "Programming languages",
        "frameworks_libraries" => "Frameworks and libraries",
        "web_apis" => "Web and APIs",
        "databases" => "Databases",
        "cloud_platforms" => "Cloud platforms",
        "devops_infrastructure" => "DevOps and infrastructure",
        "operating_systems" => "Operating systems",
        "networking" => "Networking",
        "testing" => "Testing",
        "data_ml" => "Data and ML",
        "security_identity" => "Security and identity",
        "health_interoperability" => "Health interoperability",
        "methods" => "Methods",
        "office_business" => "Office and business tools",
        "soft_skills" => "Soft skills",
        other => return other.replace('_', " "),
    };
    known.to_string()
}

/// One row per category: its skills, each with its level, essential first.
fn skills_by_category(skills: &[SkillMention]) -> Vec<(&'static str, String)> {
    let mut rows = Vec::new();
    for category in CATEGORIES {
        let mut in_category: Vec<&SkillMention> =
            skills.iter().filter(|s| s.category == *category).collect();
        if in_category.is_empty() {
            continue;
        }
        in_category.sort_by_key(|s| s.level);
        let value = in_category
            .iter()
            .map(|s| format!("{} ({})", s.name, enum_name(&s.level)))
            .collect::<Vec<_>>()
            .join("\n");
        rows.push((*category, value));
    }
    rows
}

/// Writes one advert's skills: name, category, level and lines.
pub fn write_skills(
    out: &mut dyn Write,
    p: &Posting,
    width: Option<u16>,
    paint: Paint,
) -> io::Result<()> {
    let mut table = new_table(width);
    paint.prepare(&mut table);
    table.set_header(vec![
        paint.header(format!("Skill ({})", p.source)),
        paint.header("Category"),
        paint.header("Level"),
        paint.header("Lines"),
    ]);
    let mut skills: Vec<&SkillMention> = p.skills.iter().collect();
    skills.sort_by_key(|s| (s.level, CATEGORIES.iter().position(|c| *c == s.category)));
    for s in skills {
        let lines: Vec<String> = s.lines.iter().map(|l| l.to_string()).collect();
        table.add_row(vec![
            Cell::new(&s.name),
            Cell::new(category_name(&s.category)),
            paint.level(s.level),
            Cell::new(lines.join(", ")),
        ]);
    }
    if p.skills.is_empty() {
        return writeln!(out, "{}: no skills found", p.source);
    }
    writeln!(out, "{table}")
}

/// Writes taxonomy entries: id, name, category, aliases.
pub fn write_taxonomy(
    out: &mut dyn Write,
    skills: &[&Skill],
    width: Option<u16>,
    paint: Paint,
) -> io::Result<()> {
    if skills.is_empty() {
        return writeln!(out, "no skills match");
    }
    let mut table = new_table(width);
    paint.prepare(&mut table);
    table.set_header(
        ["Id", "Name", "Category", "Aliases"]
            .into_iter()
            .map(|h| paint.header(h))
            .collect::<Vec<_>>(),
    );
    for s in skills {
        let aliases: Vec<&str> = s
            .aliases
            .iter()
            .filter(|a| a.text != s.name)
            .map(|a| a.text.as_str())
            .collect();
        table.add_row(vec![
            paint.label(&s.id),
            Cell::new(&s.name),
            Cell::new(category_name(&s.category)),
            Cell::new(aliases.join(", ")),
        ]);
    }
    writeln!(out, "{table}")?;
    writeln!(out, "{} skills", skills.len())
}

/// An occupation as the tables show it: its name and ISCO-08 code.
pub fn occupation_text(o: &Occupation) -> String {
    format!("{} (ISCO {})", o.name, o.isco)
}

/// Writes ESCO occupations: name, ISCO-08 code and group, URI.
pub fn write_occupations(
    out: &mut dyn Write,
    found: &[&crate::occupations::Entry],
    width: Option<u16>,
    paint: Paint,
) -> io::Result<()> {
    if found.is_empty() {
        return writeln!(out, "no occupations match");
    }
    let mut table = new_table(width);
    paint.prepare(&mut table);
    table.set_header(
        ["Occupation", "ISCO", "ISCO group", "URI"]
            .into_iter()
            .map(|h| paint.header(h))
            .collect::<Vec<_>>(),
    );
    for e in found {
        table.add_row(vec![
            paint.label(e.name),
            Cell::new(e.isco),
            Cell::new(e.isco_group()),
            Cell::new(e.uri()),
        ]);
    }
    writeln!(out, "{table}")?;
    writeln!(out, "{} occupations", found.len())
}

fn new_table(width: Option<u16>) -> Table {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = width {
        table.set_width(w);
    }
    table
}

/// Writes one advert's fields as a two- or three-column table.
pub fn write(
    out: &mut dyn Write,
    p: &Posting,
    evidence: bool,
    width: Option<u16>,
    paint: Paint,
) -> io::Result<()> {
    let mut table = new_table(width);
    paint.prepare(&mut table);
    let mut header = vec![paint.header("Field"), paint.header(&p.source)];
    if evidence {
        header.push(paint.header("Read from"));
    }
    table.set_header(header);

    let contract = {
        let c = &p.contract;
        let mut parts = Vec::new();
        if let Some(k) = c.kind {
            parts.push(words(enum_name(&k)));
        }
        if let Some(m) = c.duration_months {
            parts.push(format!("{m} months"));
        }
        if let Some(h) = c.hours {
            parts.push(words(enum_name(&h)));
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    };
    let list = |items: &[String]| (!items.is_empty()).then(|| items.join("\n"));
    let rows: Vec<(&str, &str, Option<String>)> = vec![
        ("Title", "title", p.title.clone()),
        ("Employer", "employer", p.employer.clone()),
        (
            "Occupation",
            "occupation",
            p.occupation.as_ref().map(occupation_text),
        ),
        ("Location", "location", p.location.clone()),
        ("Places", "places", places(p)),
        ("Country", "country", country(p)),
        ("Work mode", "work_mode", p.work_mode.map(|m| enum_name(&m))),
        ("Salary", "salary", describe_salary(&p.salary)),
        ("Pay band", "salary.band", p.salary.band.clone()),
        ("Contract", "contract.type", contract),
        ("Positions", "positions", p.positions.map(|n| n.to_string())),
        ("Posted", "dates.posted", p.dates.posted.clone()),
        ("Closing", "dates.closing", p.dates.closing.clone()),
        ("Interview", "dates.interview", p.dates.interview.clone()),
        ("Start", "dates.start", p.dates.start.clone()),
        ("Apply", "contacts.apply_url", p.contacts.apply_url.clone()),
        ("Emails", "contacts.emails", list(&p.contacts.emails)),
        ("Links", "contacts.urls", list(&p.contacts.urls)),
        (
            "Experience",
            "experience_years",
            p.experience_years
                .map(|y| format!("{y} year{}", if y == 1 { "" } else { "s" })),
        ),
        (
            "Education",
            "education_level",
            p.education_level.map(|e| enum_name(&e)),
        ),
        ("Certifications", "certifications", list(&p.certifications)),
        ("Clearance", "clearance", p.clearance.clone()),
        ("Languages", "languages", list(&p.languages)),
        ("Benefits", "benefits", list(&p.benefits)),
    ];
    let mut rows: Vec<(String, &str, Option<String>)> = rows
        .into_iter()
        .map(|(label, key, value)| (label.to_string(), key, value))
        .collect();
    let skill_rows = skills_by_category(&p.skills);
    if skill_rows.is_empty() {
        rows.push(("Skills".to_string(), "skills", None));
    }
    for (category, value) in skill_rows {
        rows.push((
            format!("Skills: {}", category_name(category)),
            "",
            Some(value),
        ));
    }
    rows.push(("Notes".to_string(), "notes", list(&p.notes)));
    if !p.conflicts.is_empty() {
        let conflicts: Vec<String> = p
            .conflicts
            .iter()
            .map(|c| {
                format!(
                    "{}: text says {}, structured data says {}",
                    c.field, c.text, c.structured
                )
            })
            .collect();
        rows.push(("Conflicts".to_string(), "conflicts", list(&conflicts)));
    }
    for (label, key, value) in rows {
        let mut row = vec![paint.label(label), paint.value(or_dash(value))];
        if evidence {
            let e = p.evidence.get(key).or_else(|| match key {
                "contract.type" => p
                    .evidence
                    .get("contract.hours")
                    .or_else(|| p.evidence.get("contract.duration_months")),
                _ => None,
            });
            row.push(Cell::new(
                e.map(|e| format!("line {}: {}", e.line, e.text))
                    .unwrap_or_default(),
            ));
        }
        table.add_row(row);
    }
    writeln!(out, "{table}")
}

/// The resolved places, each with its region and country: "Leeds (England, GB)".
fn places(p: &Posting) -> Option<String> {
    let shown: Vec<String> = p
        .places
        .iter()
        .map(|pl| match &pl.region {
            Some(r) => format!("{} ({r}, {})", pl.name, pl.country),
            None => format!("{} ({})", pl.name, pl.country),
        })
        .collect();
    (!shown.is_empty()).then(|| shown.join("; "))
}

/// The country's code and name: "GB (United Kingdom)".
fn country(p: &Posting) -> Option<String> {
    let code = p.country.as_deref()?;
    Some(match crate::places::country_by_code(code) {
        Some(c) => format!("{code} ({})", c.name),
        None => code.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_grouped() {
        assert_eq!(format_amount(38890.0), "38,890");
        assert_eq!(format_amount(1234567.0), "1,234,567");
        assert_eq!(format_amount(28.5), "28.50");
        assert_eq!(format_amount(450.0), "450");
    }

    #[test]
    fn salary_descriptions() {
        let mut s = Salary {
            min: Some(55000.0),
            max: Some(70000.0),
            currency: Some("GBP".into()),
            period: Some(Period::Year),
            ..Salary::default()
        };
        assert_eq!(describe_salary(&s).unwrap(), "£55,000 – £70,000 a year");
        s.max = None;
        assert_eq!(describe_salary(&s).unwrap(), "from £55,000 a year");
        s.min = None;
        s.text = Some("Competitive".into());
        assert_eq!(describe_salary(&s).unwrap(), "Competitive");
    }
}
