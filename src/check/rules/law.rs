//! The law where the job is: pay transparency, salary-history bans and
//! Germany's gender-neutral titles. Each fires only where the jurisdiction
//! is known (`--jurisdiction`, `jurisdiction` in vacancy.toml, or the
//! advert's own resolved location) and on a date the law is in force (the
//! advert's posting date, else `--today`). The laws are listed in docs/law.md.

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{Group, find_all, re};
use crate::check::law::{self, Jurisdiction};
use crate::check::{Advert, Category, Config, Hit, Rule, Severity};

pub const GROUP: Group = Group {
    rules: RULES,
    check,
};

pub const RULES: &[Rule] = &[
    Rule {
        id: "pay-transparency",
        category: Category::Law,
        severity: Severity::Warning,
        summary: "The job is where the law requires pay in job adverts (Colorado, California, Washington, New York State and City, Illinois, Maryland, Minnesota, Massachusetts, New Jersey, Vermont, Hawaii, the District of Columbia, British Columbia, Ontario; in the EU, Lithuania and Italy), and the advert gives none.",
        hint: "State the good-faith pay range for the job, e.g. `Salary: $62,000 – $70,000 a year`; a single figure only when the pay is fixed.",
        rationale: "These laws require an advert for a job done there to state the pay, as a range from the lowest to the highest the employer in good faith expects to pay (Colorado also asks for a general description of benefits). A single figure is not reported, as the laws accept one for pay that is fixed. Each has its date in force and most apply only to employers of a certain size, which an advert cannot show, so the finding is a warning naming the statute, the date and the size, not an error. The jurisdiction is the one `--jurisdiction` or `jurisdiction` in vacancy.toml gives, else the region of the advert's resolved location; the finding says which. A fully remote US job is held to the laws that reach remote work (Colorado's, Washington's) unless the advert excludes that state. In the EU, Lithuania has required the base pay or its range in job adverts since 2019, and Italy's decree bringing in the Pay Transparency Directive (2023/970) asks for the starting pay or its range from June 2026; where a member state's law lets the pay be given before the interview instead, the rule is `pay-information`.",
        source: "The statutes listed in docs/law.md (e.g. Colorado Equal Pay for Equal Work Act, C.R.S. § 8-5-201; California Labor Code § 432.3; New York Labor Law § 194-b; B.C. Pay Transparency Act, s. 5; Ontario Employment Standards Act, 2000, s. 8.1)",
        bad: "# Payroll Clerk\n\nLocation: Denver, Colorado\n\nApply by email to jobs@acme.example.\n",
        good: "# Payroll Clerk\n\nLocation: Denver, Colorado\n\nSalary: $45,000 – $52,000 a year, with health insurance and a 401(k).\n\nApply by email to jobs@acme.example.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "pay-information",
        category: Category::Law,
        severity: Severity::Info,
        summary: "The job is where the law requires the starting pay or its range to reach candidates before the interview or the contract (Poland, Malta, Slovakia: the EU Pay Transparency Directive as brought in there), and the advert gives none.",
        hint: "Give the starting pay or its range in the advert, e.g. `Wynagrodzenie: 9 000 – 11 000 PLN brutto miesięcznie`: the advert is the simplest way to meet the duty.",
        rationale: "Directive (EU) 2023/970, article 5, gives candidates the right to know the initial pay or its range before the interview, and asks that job titles and adverts be gender-neutral. Poland (from 24 December 2025: in the advert, else before the interview, else before the contract) Malta (from 27 August 2025: before the employment starts) and Slovakia (from 7 June 2026: before the interview or the contract) have brought in that part. None requires the pay in the advert itself, so the finding is `info`: the employer may meet the duty later, but an advert without pay leaves it to be met by hand for every candidate. Other member states are added as their laws come into force (docs/law.md).",
        source: "Directive (EU) 2023/970, art. 5; Polish Labour Code art. 18(3ca) (Act of 4 June 2025); Malta L.N. 112 of 2025; Slovakia's Act on equal pay for men and women (2026)",
        bad: "# Accountant\n\nLocation: Kraków, Poland\n\nPosted: 12 January 2026\n\nApply by email to jobs@acme.example.\n",
        good: "# Accountant\n\nLocation: Kraków, Poland\n\nPosted: 12 January 2026\n\nSalary: 9,000 – 11,000 PLN gross a month.\n\nApply by email to jobs@acme.example.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "salary-history",
        category: Category::Law,
        severity: Severity::Warning,
        summary: "The advert asks for the candidate's current or past pay where the law forbids asking (California, New York State and City, Massachusetts, Colorado, Washington, Illinois, New Jersey, Maryland, Connecticut, Oregon, Vermont, Hawaii; Poland, Lithuania, Slovakia, Italy).",
        hint: "Ask for the pay the candidate expects, not the pay they had; or say nothing and state the range.",
        rationale: "Salary-history bans stop employers asking for a candidate's pay history, which carries past pay gaps into the new job. An advert that asks for it (\"include your current salary\") breaks them outright. Asking for expectations is allowed. The rule fires only where the jurisdiction is known and the ban was in force on the advert's date.",
        source: "The statutes listed in docs/law.md (e.g. California Labor Code § 432.3; New York Labor Law § 194-a; M.G.L. c. 149, § 105A(c))",
        bad: "# Analyst\n\nLocation: Boston, Massachusetts\n\nSalary: $70,000 – $80,000. Please send your CV with your current salary.\n",
        good: "# Analyst\n\nLocation: Boston, Massachusetts\n\nSalary: $70,000 – $80,000. Please send your CV and tell us what you hope to earn.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "gender-neutral-title",
        category: Category::Law,
        severity: Severity::Warning,
        summary: "A job in Germany whose title has no gender marker such as \"(m/w/d)\".",
        hint: "Add the marker German adverts use, e.g. `Softwareentwickler (m/w/d)` or `Software Developer (all genders)`.",
        rationale: "Germany's General Equal Treatment Act forbids advertising a job for one sex only, and a title in the masculine form is read as doing so; employers mark titles \"(m/w/d)\" (male, female, diverse) since the third gender entry came into the civil-status law in 2019. Employers have paid compensation to candidates over titles without it. The rule fires only when the job's country is Germany.",
        source: "Allgemeines Gleichbehandlungsgesetz (AGG) § 11 with §§ 1, 7 and 15; Personenstandsgesetz § 22(3) (the entry \"divers\", in force 2018-12-22)",
        bad: "# Software Developer\n\nLocation: Leipzig, Germany\n\nSalary: €60,000 – €70,000 a year.\n",
        good: "# Software Developer (m/w/d)\n\nLocation: Leipzig, Germany\n\nSalary: €60,000 – €70,000 a year.\n",
        example_config: "",
        settings: &[],
    },
];

/// Asking for the pay a candidate has or had.
static HISTORY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:salary|pay|compensation|wage|earnings) history|(?:current|present|previous|past|prior|last) (?:salary|base salary|pay|compensation|wage|earnings)\b|what you (?:currently |now )?(?:earn|make)\b(?: now| today| at present)?)",
    )
});

/// The United States named outright.
static NAMES_US: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:United States|U\.S\.A?\.?|USA|US)\b"));

/// Words that shut a remote job off from some states.
static EXCLUDES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:exclud(?:ing|es?)|except(?: for| in)?|not (?:open|available|eligible)|cannot (?:hire|employ)|unable to (?:hire|employ))\b",
    )
});

/// Markers of a gender-neutral title in German adverts.
static NEUTRAL_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\(\s*(?:[mwfdx]\s*/\s*[mwfdx](?:\s*/\s*[mwfdx])?|[mwfdx]\s*\|\s*[mwfdx](?:\s*\|\s*[mwfdx])?|all(?:e)? gender\w*|alle geschlechter|gn\*?|divers)\s*\)|\b[mwf]\s*/\s*[wmf]\s*/\s*d\b|\*innen\b|:innen\b|[-_](?:all-genders|m-w-d|w-m-d|m-f-d|f-m-d|mwd|mfd)\b",
    )
});

/// The jurisdiction the rules read: given by hand, else the advert's own.
fn jurisdiction(ad: &Advert, config: &Config) -> Option<Jurisdiction> {
    match &config.jurisdiction {
        Some(code) => Jurisdiction::given(code, &config.jurisdiction_how).ok(),
        None => Jurisdiction::of_advert(
            ad.posting,
            ad.lines().iter().any(|l| NAMES_US.is_match(l.text)),
        ),
    }
}

/// The day the laws are read on: the advert's posting date, else today.
fn law_date<'a>(ad: &'a Advert, config: &'a Config) -> &'a str {
    ad.posting.dates.posted.as_deref().unwrap_or(&config.today)
}

/// How the rules of the law read `ad`, for `vacancy explain RULE ADVERT`:
/// the jurisdiction and how it was decided (or why none was), the date the
/// laws are read on, and the laws in force there then.
pub fn explain(ad: &Advert, config: &Config) -> Vec<String> {
    let p = ad.posting;
    let date = law_date(ad, config);
    let which = if p.dates.posted.is_some() {
        "the date the advert was posted"
    } else {
        "today (the advert gives no posting date)"
    };
    let Some(j) = jurisdiction(ad, config) else {
        let place = match (&p.location, &p.country) {
            (Some(l), Some(c)) => format!("its location is \"{l}\" (country {c})"),
            (Some(l), None) => {
                format!("its location \"{l}\" names no country the gazetteer resolves")
            }
            (None, Some(c)) => format!("it names no location, only signs of a country ({c})"),
            (None, None) => "it names no location".to_string(),
        };
        return vec![
            format!(
                "Jurisdiction: not known, so the rules of the law stay silent: {place}, and a job's law is read only from where the job is."
            ),
            "Give one with --jurisdiction CODE, or `jurisdiction = \"CODE\"` in vacancy.toml."
                .to_string(),
        ];
    };
    let mut out = vec![
        format!("Jurisdiction: {}, {}.", j.code(), j.how),
        format!("Date: {date}, {which}."),
    ];
    let mut laws: Vec<String> = Vec::new();
    for l in law::pay_laws(&j, date) {
        laws.push(format!(
            "pay-transparency: {} requires {} in job adverts ({}, in force since {})",
            l.place, l.asks, l.statute, l.from
        ));
    }
    if let Some(l) = law::pay_info_law(&j, date) {
        laws.push(format!(
            "pay-information: {} requires the starting pay or its range in the advert or {} ({}, in force since {})",
            l.place, l.by, l.statute, l.from
        ));
    }
    if let Some(b) = law::history_ban(&j, date) {
        laws.push(format!(
            "salary-history: {} forbids asking for pay history ({}, in force since {})",
            b.place, b.statute, b.from
        ));
    }
    if j.country == "DE" {
        laws.push(
            "gender-neutral-title: Germany's General Equal Treatment Act (AGG § 11)".to_string(),
        );
    }
    if laws.is_empty() {
        out.push("Laws in force there on that date: none of those the rules cover.".to_string());
    } else {
        out.push("Laws in force there on that date:".to_string());
        out.extend(laws.into_iter().map(|l| format!("  {l}")));
    }
    out
}

fn check(ad: &Advert, config: &Config, out: &mut Vec<Hit>) {
    let Some(j) = jurisdiction(ad, config) else {
        return;
    };
    let p = ad.posting;
    let date = law_date(ad, config);
    // A remote job that says it cannot be done in a state ("excluding
    // Colorado") is not reached by that state's law.
    let excluded = |place: &str| {
        j.remote
            && ad.lines().iter().any(|l| {
                EXCLUDES.find_iter(l.text).any(|m| {
                    l.text[m.end()..]
                        .chars()
                        .take(80)
                        .collect::<String>()
                        .contains(place)
                })
            })
    };
    if config.enabled("pay-transparency")
        && let Some(law) = law::pay_laws(&j, date)
            .into_iter()
            .find(|l| !excluded(l.place))
    {
        let s = &p.salary;
        // One figure is passed over: the laws accept it for pay that is
        // fixed, which an advert's single hourly rate often is.
        let missing = match (s.min, s.max) {
            (None, None) => Some("gives no pay"),
            _ => None,
        };
        if let Some(what) = missing {
            let size = if law.employees > 1 {
                format!(" for employers with {} or more employees", law.employees)
            } else {
                String::new()
            };
            let at = ad.evidence_at("salary").unwrap_or_else(|| ad.anchor());
            out.push(
                Hit::new(
                    "pay-transparency",
                    at,
                    format!(
                        "The advert {what}: {} requires {} in job adverts{size} ({}, in force since {}); jurisdiction {}, {}",
                        law.place, law.asks, law.statute, law.from, j.code(), j.how
                    ),
                )
                .whole(),
            );
        }
    }
    if config.enabled("pay-information")
        && let Some(law) = law::pay_info_law(&j, date)
        && p.salary.min.is_none()
        && p.salary.max.is_none()
    {
        let at = ad.evidence_at("salary").unwrap_or_else(|| ad.anchor());
        out.push(
            Hit::new(
                "pay-information",
                at,
                format!(
                    "The advert gives no pay: {} requires the starting pay or its range to reach candidates in the advert or {} ({}, in force since {}); jurisdiction {}, {}",
                    law.place, law.by, law.statute, law.from, j.code(), j.how
                ),
            )
            .whole(),
        );
    }
    if config.enabled("salary-history")
        && let Some(ban) = law::history_ban(&j, date)
    {
        for (_, at, text) in find_all(ad, ad.lines(), &HISTORY) {
            out.push(Hit::new(
                "salary-history",
                at,
                format!(
                    "\"{text}\": {} forbids asking for pay history ({}, in force since {}); jurisdiction {}, {}",
                    ban.place, ban.statute, ban.from, j.code(), j.how
                ),
            ));
        }
    }
    if config.enabled("gender-neutral-title") && j.country == "DE" && p.title.is_some() {
        // The title as written, or a marker anywhere in the advert (a later
        // "Developers (m/f)", a link whose address ends "-m-w-d").
        let marked = p
            .evidence
            .get("title")
            .is_some_and(|e| NEUTRAL_MARKER.is_match(&e.text))
            || ad.all_lines().any(|l| NEUTRAL_MARKER.is_match(l.text));
        if !marked {
            out.push(
                Hit::new(
                    "gender-neutral-title",
                    ad.anchor(),
                    format!(
                        "\"{}\" has no gender marker such as \"(m/w/d)\" (AGG § 11); jurisdiction {}, {}",
                        p.title.as_deref().unwrap_or(""),
                        j.code(),
                        j.how
                    ),
                )
                .whole(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{run, run_with};

    #[test]
    fn pay_before_the_interview_where_a_member_state_asks_for_it() {
        let md = "# Accountant\n\nLocation: Warsaw, Poland\n\nPosted: 12 January 2026\n\nApply by email.\n";
        let f = run("pay-information", md);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("Poland requires"), "{}", f[0].message);
        assert!(f[0].message.contains("in force since 2025-12-24"));
        // Before the law took effect, with the pay given, or elsewhere: nothing.
        let before = md.replace("12 January 2026", "3 November 2025");
        assert!(run("pay-information", &before).is_empty());
        let paid = md.replace(
            "Apply by email.",
            "Salary: 9,000 – 11,000 PLN a month. Apply by email.",
        );
        assert!(run("pay-information", &paid).is_empty());
        let berlin = md.replace("Warsaw, Poland", "Berlin, Germany");
        assert!(run("pay-information", &berlin).is_empty());
        // Asking a Polish candidate for their last pay is banned from the same day.
        let asks = md.replace("Apply by email.", "Send your CV with your current salary.");
        let f = run("salary-history", &asks);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("Poland forbids"), "{}", f[0].message);
    }

    #[test]
    fn the_eu_member_states_that_ask_for_pay() {
        // Lithuania has asked for the base pay in job adverts since 2019.
        let md = "# Accountant\n\nLocation: Vilnius, Lithuania\n\nPosted: 12 March 2025\n\nApply by email.\n";
        let f = run("pay-transparency", md);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message
                .contains("Lithuania requires the base pay or its range"),
            "{}",
            f[0].message
        );
        // Italy's decree applies from mid-June 2026, not before.
        let md =
            "# Accountant\n\nLocation: Milan, Italy\n\nPosted: 2 June 2026\n\nApply by email.\n";
        assert!(run("pay-transparency", md).is_empty());
        let later = md.replace("2 June 2026", "2 July 2026");
        let f = run("pay-transparency", &later);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("Italy requires"), "{}", f[0].message);
        // Slovakia lets the pay reach candidates before the interview instead.
        let md = "# Accountant\n\nLocation: Bratislava, Slovakia\n\nPosted: 2 July 2026\n\nApply by email.\n";
        assert!(run("pay-transparency", md).is_empty());
        let f = run("pay-information", md);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message.contains("Slovakia requires"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn a_range_where_the_law_asks_for_one() {
        let md = "# Clerk\n\nLocation: Denver, Colorado\n\nApply by email.\n";
        let f = run("pay-transparency", md);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message.contains("Colorado requires a pay range"),
            "{}",
            f[0].message
        );
        assert!(
            f[0].message
                .contains("jurisdiction US-CO, from the advert's location"),
            "{}",
            f[0].message
        );
        // "Current payroll" is no question about pay.
        let md = "# Payroll Lead\n\nLocation: Boston, Massachusetts\n\nSalary: $70,000 - $80,000. Review current payroll processes.\n";
        assert!(run("salary-history", md).is_empty());
        // A range passes; a place without such a law is not checked.
        let md = "# Clerk\n\nLocation: Denver, Colorado\n\nSalary: $45,000 - $52,000 a year.\n";
        assert!(run("pay-transparency", md).is_empty());
        let md = "# Clerk\n\nLocation: Austin, Texas\n\nApply by email.\n";
        assert!(run("pay-transparency", md).is_empty());
    }

    #[test]
    fn a_fully_remote_us_job_is_reached_by_colorados_law() {
        let md = "# Data Engineer\n\nThis is a fully remote role; candidates anywhere in the United States.\n\nApply by email.\n";
        let f = run("pay-transparency", md);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("Colorado"), "{}", f[0].message);
        assert!(
            f[0].message
                .contains("fully remote job in the United States"),
            "{}",
            f[0].message
        );
        // Unless the advert shuts the job off from Colorado (then Washington's law reaches it).
        let md = "# Data Engineer\n\nThis is a fully remote role in the United States, excluding Colorado and Washington.\n\nApply by email.\n";
        assert!(run("pay-transparency", md).is_empty());
    }

    #[test]
    fn the_law_in_force_on_the_adverts_date() {
        // New York State's law began on 17 September 2023.
        let md =
            "# Clerk\n\nLocation: Albany, New York\n\nPosted: 1 June 2023\n\nApply by email.\n";
        assert!(run("pay-transparency", md).is_empty());
        let md =
            "# Clerk\n\nLocation: Albany, New York\n\nPosted: 1 October 2023\n\nApply by email.\n";
        assert_eq!(run("pay-transparency", md).len(), 1);
    }

    #[test]
    fn a_jurisdiction_given_in_the_config_outranks_the_advert() {
        let md = "# Clerk\n\nApply by email.\n";
        assert!(run("pay-transparency", md).is_empty());
        let f = run_with("pay-transparency", md, "jurisdiction = \"US-WA\"\n");
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .contains("jurisdiction US-WA, from vacancy.toml"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn asking_for_pay_history_where_it_is_banned() {
        let md = "# Analyst\n\nLocation: Boston, Massachusetts\n\nSend your CV with your current salary. Tell us your salary expectations.\n";
        let f = run("salary-history", md);
        assert_eq!(f.len(), 1, "{f:?}");
        let md = "# Analyst\n\nLocation: Austin, Texas\n\nSend your CV with your current salary.\n";
        assert!(run("salary-history", md).is_empty());
    }

    #[test]
    fn german_titles_carry_a_gender_marker() {
        let md = "# Software Developer\n\nLocation: Leipzig, Germany\n";
        assert_eq!(run("gender-neutral-title", md).len(), 1);
        for md in [
            "# Software Developer (m/w/d)\n\nLocation: Leipzig, Germany\n",
            "# Software Developer (all genders)\n\nLocation: Leipzig, Germany\n",
            "# Software Developer\n\nLocation: Leipzig, Germany\n\nApply at https://jobs.example/software-developer-m-w-d\n",
            "# Software Developer\n\nLocation: Leeds, England\n",
        ] {
            assert!(run("gender-neutral-title", md).is_empty(), "{md}");
        }
    }
}
