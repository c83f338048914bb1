//! Consistency: dates in the wrong order or in the past, pay that cannot be
//! right, and structured data that disagrees with the text. These read the
//! extracted record and point at the line each value was read from.

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{Group, re};
use crate::check::{Advert, At, Category, Config, Hit, Rule, Severity};
use crate::extract::{Hours, Period};

pub const GROUP: Group = Group {
    rules: RULES,
    check,
};

pub const RULES: &[Rule] = &[
    Rule {
        id: "closing-before-posted",
        category: Category::Consistency,
        severity: Severity::Warning,
        summary: "The closing date is before the date the advert was posted.",
        hint: "Check both dates, and the order of day and month in them.",
        rationale: "An advert that closed before it opened cannot be applied to; usually a year or a day/month order is wrong, which candidates will read differently from what was meant.",
        source: "Internal consistency of the advert",
        bad: "# Clerk\n\nPosted: 3 June 2024\nClosing date: 17 May 2024\n",
        good: "# Clerk\n\nPosted: 3 June 2024\nClosing date: 17 June 2024\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "closing-date-passed",
        category: Category::Consistency,
        severity: Severity::Warning,
        summary: "The closing date is in the past (checked against `--today`, by default the system date).",
        hint: "Update the closing date, or take the advert down. A page with JobPosting markup should drop it once the job has closed, as Google asks.",
        rationale: "An advert past its closing date wastes candidates' time and makes the employer look careless; Google asks sites not to publish JobPosting markup for expired jobs.",
        source: "Google, \"Job posting structured data\" guidelines (remove expired postings)",
        bad: "# Clerk\n\nClosing date: 17 May 2024\n",
        good: "# Clerk\n\nClosing date: 17 May 2025\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "interview-before-closing",
        category: Category::Consistency,
        severity: Severity::Warning,
        summary: "The interview date is before the closing date.",
        hint: "Check the dates: interviews normally follow the closing date. If early applicants may be interviewed, say so.",
        rationale: "Interviews before the closing date mean late applicants cannot be considered, or the dates are wrong; either way candidates need to know.",
        source: "Internal consistency of the advert",
        bad: "# Clerk\n\nClosing date: 17 June 2024\nInterview date: 10 June 2024\n",
        good: "# Clerk\n\nClosing date: 17 June 2024\nInterview date: 1 July 2024\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "salary-range-inverted",
        category: Category::Consistency,
        severity: Severity::Warning,
        summary: "A pay range whose first figure is higher than its second (`£35,000 – £30,000`).",
        hint: "Write the range lowest first, and check both figures.",
        rationale: "An upside-down range is read either way by candidates and job boards, so some will expect more than is on offer; often one figure is a typing mistake.",
        source: "Internal consistency of the advert",
        bad: "# Clerk\n\nSalary: £35,000 - £30,000 a year\n",
        good: "# Clerk\n\nSalary: £30,000 - £35,000 a year\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "salary-implausible",
        category: Category::Consistency,
        severity: Severity::Warning,
        summary: "Pay that cannot be right: in pounds, below the UK National Living Wage for a full-time job; in any currency, an hourly figure in the thousands or a yearly one under a thousand.",
        hint: "Check the figure and its period (an hour, a day, a year); a part-time or apprenticeship post should say so.",
        rationale: "Pay below the legal minimum is unlawful (the National Living Wage covers workers aged 21 and over since April 2024), and a figure with the wrong period (\"£45,000 an hour\") misleads candidates and job boards' pay filters. The UK check uses the National Living Wage in force on the date the advert was posted (else its closing date, else `--today`), times 35 hours a week for 52 weeks, and applies only to posts the advert says are full time, and not to apprenticeships. A figure is called impossible only when its line states it as pay (\"salary\", \"per hour\", \"/hr\"…), so a company's revenue is not taken for a salary.",
        source: "National Minimum Wage Act 1998 and the National Minimum Wage Regulations; GOV.UK, \"National Minimum Wage and National Living Wage rates\" (£8.91 from April 2021, £9.50 from 2022, £10.42 from 2023, £11.44 from 2024, £12.21 from 2025)",
        bad: "# Clerk\n\nSalary: £12,000 a year. Full time.\n",
        good: "# Clerk\n\nSalary: £24,000 a year. Full time.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "structured-data-mismatch",
        category: Category::Consistency,
        severity: Severity::Warning,
        summary: "The page's structured data (JSON-LD) and its text disagree on a date, a name, a place or the currency.",
        hint: "Make the JSON-LD and the text say the same; job boards and Google read the JSON-LD, candidates read the text.",
        rationale: "Google and job boards show the structured data (pay, closing date, place) in their listings, so a candidate who applies from a search result may have been told something the advert does not say. Google asks that the markup match the visible page.",
        source: "Google, \"Job posting structured data\" guidelines (markup must match the visible content)",
        bad: "<html>\n<script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": \"Clerk\", \"validThrough\": \"2025-07-01\"}</script>\n<h1>Clerk</h1>\n<p>Closing date: 17 June 2025</p>\n</html>\n",
        good: "<html>\n<script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": \"Clerk\", \"validThrough\": \"2025-06-17\"}</script>\n<h1>Clerk</h1>\n<p>Closing date: 17 June 2025</p>\n</html>\n",
        example_config: "",
        settings: &[],
    },
];

/// The UK National Living Wage (pounds an hour) from 1 April of each year.
const LIVING_WAGE: &[(i32, f64)] = &[
    (2016, 7.20),
    (2017, 7.50),
    (2018, 7.83),
    (2019, 8.21),
    (2020, 8.72),
    (2021, 8.91),
    (2022, 9.50),
    (2023, 10.42),
    (2024, 11.44),
    (2025, 12.21),
];

/// The National Living Wage in force on an ISO date.
fn living_wage(date: &str) -> Option<f64> {
    let year: i32 = date.get(..4)?.parse().ok()?;
    let month: u32 = date.get(5..7)?.parse().ok()?;
    let year = if month < 4 { year - 1 } else { year };
    LIVING_WAGE
        .iter()
        .rev()
        .find(|(y, _)| *y <= year)
        .map(|(_, rate)| *rate)
}

/// Two amounts in one currency with a dash or "to" between them.
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)([£$€])\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k)?\s*(?:-|–|—|to)\s*(?:[£$€]\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k)?\b",
    )
});

/// Whether the words the pay was read from show this figure ("£14,792",
/// "14792", "£9.21"), rather than only another one beside it.
fn shows_figure(text: &str, value: f64) -> bool {
    let digits: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.' || c.is_whitespace() || *c == '-')
        .collect();
    let plain = if value.fract() == 0.0 {
        format!("{}", value as i64)
    } else {
        format!("{value:.2}")
    };
    digits
        .split(|c: char| c.is_whitespace() || c == '-')
        .any(|n| n.trim_end_matches('.') == plain || n.trim_end_matches(".00") == plain)
}

/// Words that state pay by the hour.
static HOURLY_WORDS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:per hour|an hour|hourly|p/?h)\b|/\s?(?:hr|hour|h)\b"));

/// Words that say a figure is pay.
static PAY_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:salary|pay|paid|wages?|rate|compensation|remuneration|stipend|earn\w*|per (?:hour|annum|year|day|week|month)|an hour|a year|p\.?a\.?|ote)\b|/\s?(?:hr|hour|h|day|d|yr|year|annum)\b",
    )
});

fn amount(digits: &str, k: bool) -> Option<f64> {
    let v: f64 = digits.replace(',', "").parse().ok()?;
    Some(if k { v * 1000.0 } else { v })
}

fn figure(v: f64) -> String {
    if v.fract() == 0.0 {
        let s = format!("{}", v as i64);
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    } else {
        format!("{v:.2}")
    }
}

fn check(ad: &Advert, config: &Config, out: &mut Vec<Hit>) {
    let p = ad.posting;
    let place = |field: &str| ad.evidence_at(field).unwrap_or_else(|| ad.anchor());
    let dates = &p.dates;
    if let (Some(posted), Some(closing)) = (&dates.posted, &dates.closing)
        && closing < posted
    {
        out.push(Hit::new(
            "closing-before-posted",
            place("dates.closing"),
            format!("The closing date {closing} is before the posting date {posted}"),
        ));
    }
    if let Some(closing) = &dates.closing
        && *closing < config.today
    {
        out.push(Hit::new(
            "closing-date-passed",
            place("dates.closing"),
            format!(
                "The closing date {closing} has passed (today is {})",
                config.today
            ),
        ));
    }
    if let (Some(interview), Some(closing)) = (&dates.interview, &dates.closing)
        && interview < closing
    {
        out.push(Hit::new(
            "interview-before-closing",
            place("dates.interview"),
            format!("The interview date {interview} is before the closing date {closing}"),
        ));
    }

    // Pay ranges written upside down: the record keeps only ranges that make
    // sense, so the lines are read for the ones it left out.
    let mut inverted = false;
    if let (Some(min), Some(max)) = (p.salary.min, p.salary.max)
        && min > max
    {
        inverted = true;
        out.push(Hit::new(
            "salary-range-inverted",
            place("salary"),
            format!(
                "The pay range starts at {} and ends at {}",
                figure(min),
                figure(max)
            ),
        ));
    }
    if !inverted {
        for line in ad.lines() {
            for c in RANGE.captures_iter(line.text) {
                let (Some(a), Some(b)) = (
                    amount(&c[2], c.get(3).is_some()),
                    amount(&c[4], c.get(5).is_some()),
                ) else {
                    continue;
                };
                // "£30k - 35" is a range in thousands; a small second figure
                // with no "k" after a large first one is something else.
                if a > b && b >= a / 10.0 {
                    let m = c.get(0).expect("whole match");
                    out.push(Hit::new(
                        "salary-range-inverted",
                        ad.words(line, m.start(), m.end()),
                        format!(
                            "The pay range {} starts higher than it ends",
                            m.as_str().trim()
                        ),
                    ));
                }
            }
        }
    }

    if let Some(value) = p.salary.min.or(p.salary.max)
        && let Some(period) = p.salary.period
    {
        let currency = p.salary.currency.as_deref().unwrap_or("");
        let symbol = match currency {
            "GBP" => "£",
            "USD" => "$",
            "EUR" => "€",
            _ => "",
        };
        let absurd = match period {
            Period::Hour => !(1.0..1000.0).contains(&value),
            Period::Day => !(10.0..10_000.0).contains(&value),
            Period::Week => value >= 50_000.0,
            Period::Month => value >= 250_000.0,
            Period::Year => !(1000.0..5_000_000.0).contains(&value),
        };
        let title = p.title.as_deref().unwrap_or("").to_lowercase();
        // An apprentice's or a trainee's lower rate, or a volunteer's expenses.
        let apprentice = title.contains("apprentice")
            || title.contains("trainee")
            || title.contains("volunteer");
        // The advert's own date: when it was posted, else when it closes;
        // only an advert that says neither is judged by today's rate.
        let date = dates
            .posted
            .as_deref()
            .or(dates.closing.as_deref())
            .unwrap_or(&config.today);
        // An absurd figure is worth reporting only when it was stated as pay:
        // "revenues over $17B annually" is not a salary of $17 a year.
        let stated_as_pay = ad
            .posting
            .evidence
            .get("salary")
            .is_none_or(|e| PAY_CUE.is_match(&e.text));
        let message = if absurd && stated_as_pay {
            Some(format!(
                "{symbol}{} {} cannot be right: check the figure and its period",
                figure(value),
                if period == Period::Hour {
                    "an hour"
                } else {
                    match period {
                        Period::Day => "a day",
                        Period::Week => "a week",
                        Period::Month => "a month",
                        _ => "a year",
                    }
                }
            ))
        } else if absurd {
            None
        } else if currency == "GBP"
            && !apprentice
            // Judged by the figure the advert shows: a yearly figure found
            // only in the page's markup may be a job board's own, from a
            // band or a conversion ("Band 5 / 6" beside £10,086 a year).
            && p.salary.text.as_deref().is_some_and(|t| shows_figure(t, value))
        {
            let rate = living_wage(date).unwrap_or(0.0);
            let full_year = rate * 35.0 * 52.0;
            match period {
                Period::Hour if value < rate => Some(format!(
                    "£{} an hour is below the National Living Wage of £{rate:.2} an hour in force on {date}",
                    figure(value)
                )),
                // A yearly figure beside words that state an hourly rate is
                // a job board's conversion, with hours of its own choosing.
                Period::Year
                    if value < full_year
                        && p.contract.hours == Some(Hours::FullTime)
                        && !HOURLY_WORDS.is_match(p.salary.text.as_deref().unwrap_or("")) =>
                {
                    Some(format!(
                        "£{} a year is below the National Living Wage for full-time work on {date} (£{rate:.2} an hour, £{} a year for 35 hours a week)",
                        figure(value),
                        figure(full_year.round())
                    ))
                }
                _ => None,
            }
        } else {
            None
        };
        if let Some(message) = message {
            out.push(Hit::new("salary-implausible", place("salary"), message));
        }
    }

    // Dates, names and the currency the page's data and its text disagree
    // on; not hours, contract type or pay figures, which the text states in
    // passing or for another period too often to be worth a warning (judged
    // right in fewer than half of the findings on real adverts). The record
    // keeps every conflict.
    for conflict in p.conflicts.iter().filter(|c| {
        !matches!(
            c.field.as_str(),
            "contract.hours" | "contract.type" | "salary"
        )
    }) {
        let at = ad
            .evidence_at(&conflict.field)
            .filter(|a| !matches!(a, At::Words { text, .. } if text.starts_with("JSON-LD")))
            .unwrap_or_else(|| {
                ad.doc
                    .structured
                    .first()
                    .map_or_else(|| ad.anchor(), |(_, line)| At::Line(*line))
            });
        let name = conflict
            .field
            .rsplit('.')
            .next()
            .unwrap_or(&conflict.field)
            .replace('_', " ");
        out.push(Hit::new(
            "structured-data-mismatch",
            at,
            format!(
                "The structured data gives the {name} as {}, but the text says {}",
                conflict.structured, conflict.text
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::{lines, run, run_with};

    #[test]
    fn date_rules_at_their_edge_the_same_day_is_in_order() {
        // Today is 2025-01-15 in these tests.
        let closing = |day: &str| format!("# Clerk\n\nClosing date: {day} January 2025\n");
        assert!(run("closing-date-passed", &closing("15")).is_empty());
        assert_eq!(lines("closing-date-passed", &closing("14")), [3]);
        let md = |interview: &str| {
            format!("# Clerk\n\nClosing date: 20 June 2025\nInterview: {interview} June 2025\n")
        };
        assert!(run("interview-before-closing", &md("20")).is_empty());
        assert_eq!(lines("interview-before-closing", &md("19")), [4]);
        let posted = |closing: &str| {
            format!("# Clerk\n\nPosted: 3 June 2025\nClosing date: {closing} June 2025\n")
        };
        assert!(run("closing-before-posted", &posted("3")).is_empty());
        assert_eq!(lines("closing-before-posted", &posted("2")), [4]);
    }

    #[test]
    fn dates_in_the_wrong_order_or_past() {
        let md =
            "# Clerk\n\nPosted: 3 June 2024\nClosing date: 17 May 2024\nInterview: 1 May 2024\n";
        assert_eq!(lines("closing-before-posted", md), [4]);
        assert_eq!(lines("closing-date-passed", md), [4]);
        assert_eq!(lines("interview-before-closing", md), [5]);
        let f = run("closing-date-passed", md);
        assert_eq!(
            f[0].message,
            "The closing date 2024-05-17 has passed (today is 2025-01-15)"
        );
        // `today` decides.
        let later = crate::check::testing::run_with(
            "closing-date-passed",
            "# Clerk\n\nClosing date: 17 May 2025\n",
            "",
        );
        assert!(later.is_empty());
    }

    #[test]
    fn living_wage_by_date() {
        assert_eq!(living_wage("2025-03-31"), Some(11.44));
        assert_eq!(living_wage("2025-04-01"), Some(12.21));
        assert_eq!(living_wage("2030-01-01"), Some(12.21));
        assert_eq!(living_wage("2010-01-01"), None);
    }

    #[test]
    fn inverted_ranges_in_text() {
        assert_eq!(
            lines("salary-range-inverted", "# Clerk\n\nPay: £35k to £30k.\n"),
            [3]
        );
        assert!(
            run(
                "salary-range-inverted",
                "# Clerk\n\nPay: £30,000 - £35,000, bonus £35,000 - 5\n"
            )
            .is_empty()
        );
    }

    #[test]
    fn implausible_pay() {
        // Hours not given: it may be part time, pro rata.
        assert!(run("salary-implausible", "# Clerk\n\nPay: £12,000 a year.\n").is_empty());
        assert_eq!(
            lines(
                "salary-implausible",
                "# Clerk\n\nPay: £12,000 a year. Full time.\n"
            ),
            [3]
        );
        // Figures not stated as pay are not pay.
        assert!(
            run(
                "salary-implausible",
                "# Clerk\n\nAcme has revenues over $17B annually.\n"
            )
            .is_empty()
        );
        assert_eq!(
            lines("salary-implausible", "# Clerk\n\nPay: £9.00 an hour.\n"),
            [3]
        );
        assert!(run("salary-implausible", "# Clerk\n\nPay: £13.00 an hour.\n").is_empty());
        assert!(
            run(
                "salary-implausible",
                "# Clerk\n\nPay: £12,000 a year. Part time, 15 hours a week.\n"
            )
            .is_empty()
        );
        assert!(
            run(
                "salary-implausible",
                "# Apprentice Mechanic\n\nPay: £12,000 a year.\n"
            )
            .is_empty()
        );
        let f = run(
            "salary-implausible",
            "# Consultant\n\nRate: $4,500 per hour\n",
        );
        assert_eq!(
            f[0].message,
            "$4,500 an hour cannot be right: check the figure and its period"
        );
        // The wage in force when the advert was posted.
        let old = "# Clerk\n\nPosted: 1 May 2021\n\nPay: £9.00 an hour.\n";
        assert!(run_with("salary-implausible", old, "").is_empty());
    }
}
