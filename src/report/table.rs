//! The `show` table: one block of fields per advert.

use std::io::{self, IsTerminal, Write};

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, ContentArrangement, Table};

use crate::extract::{Period, Posting, Salary, enum_name};

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

/// Writes one advert's fields as a two- or three-column table.
pub fn write(
    out: &mut dyn Write,
    p: &Posting,
    evidence: bool,
    width: Option<u16>,
) -> io::Result<()> {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = width {
        table.set_width(w);
    }
    let mut header = vec![Cell::new("Field"), Cell::new(&p.source)];
    if evidence {
        header.push(Cell::new("Read from"));
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
        ("Location", "location", p.location.clone()),
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
        ("Notes", "notes", list(&p.notes)),
    ];
    for (label, key, value) in rows {
        let mut row = vec![Cell::new(label), Cell::new(or_dash(value))];
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
