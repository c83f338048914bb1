//! Completeness: the facts a candidate needs before deciding to apply.
//! Each rule reads the extracted record, so it fires exactly when `vacancy
//! show` would leave the field empty.

use super::{Group, count};
use crate::check::{Advert, Category, Config, Default, Hit, Rule, Setting, Severity};
use crate::extract::{Posting, WorkMode};

pub const GROUP: Group = Group {
    rules: RULES,
    check,
};

const SOURCE_ACAS: &str = "Acas guidance on writing job adverts; Google, \"Job posting structured data\" (https://developers.google.com/search/docs/appearance/structured-data/job-posting)";

pub const RULES: &[Rule] = &[
    Rule {
        id: "missing-title",
        category: Category::Completeness,
        severity: Severity::Warning,
        summary: "The advert does not say what the job is called.",
        hint: "Start the advert with the job title as a heading, e.g. `# Payroll Officer`.",
        rationale: "Candidates search and filter by job title, and job boards index the title first. An advert without a recognisable title is hard to find and easy to misread.",
        source: SOURCE_ACAS,
        bad: "Brightwater Housing needs someone to run payroll in Leeds.\n\nSalary: £28,000 a year. Permanent, full time. Closing date: 14 June 2025.\n",
        good: "# Payroll Officer\n\nBrightwater Housing needs someone to run payroll in Leeds.\n\nSalary: £28,000 a year. Permanent, full time. Closing date: 14 June 2025.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "missing-salary",
        category: Category::Completeness,
        severity: Severity::Error,
        summary: "The advert gives no pay figure.",
        hint: "State the pay as figures with a period, e.g. `£28,000 to £31,000 a year`; a band or grade alone is not enough.",
        rationale: "Pay transparency: candidates should know the pay range before they apply, and adverts without pay get fewer and less suitable applications. The EU Pay Transparency Directive requires the initial pay or its range to be given to applicants in the advert or before the interview, and \"competitive\" is not a figure.",
        source: "Directive (EU) 2023/970 (Pay Transparency Directive), Article 5, to be applied by member states by 7 June 2026",
        bad: "# Payroll Officer\n\nBrightwater Housing, Leeds. Permanent, full time.\n\nSalary: competitive.\n",
        good: "# Payroll Officer\n\nBrightwater Housing, Leeds. Permanent, full time.\n\nSalary: £28,000 to £31,000 a year.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "missing-closing-date",
        category: Category::Completeness,
        severity: Severity::Warning,
        summary: "The advert gives no closing date (a date without its year counts as given).",
        hint: "Add a line such as `Closing date: 14 June 2025`, or say the advert may close early and when it will close at the latest.",
        rationale: "Candidates plan their applications around the closing date; without one they cannot tell whether the job is still open. Google asks for `validThrough` on job postings that expire.",
        source: SOURCE_ACAS,
        bad: "# Payroll Officer\n\nBrightwater Housing, Leeds. £28,000 a year.\n",
        good: "# Payroll Officer\n\nBrightwater Housing, Leeds. £28,000 a year.\n\nClosing date: 14 June 2025\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "missing-location",
        category: Category::Completeness,
        severity: Severity::Warning,
        summary: "The advert does not say where the job is, nor that it is remote.",
        hint: "Name the town or city (and the office, if there are several), or say the job is remote and from which countries.",
        rationale: "Where the work is decides whether a candidate can take the job at all. Job boards and Google need a place (or a remote flag) to show the advert to the right people.",
        source: SOURCE_ACAS,
        bad: "# Payroll Officer\n\nBrightwater Housing is hiring. £28,000 a year.\n",
        good: "# Payroll Officer\n\nBrightwater Housing is hiring in Leeds. £28,000 a year.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "missing-contract-type",
        category: Category::Completeness,
        severity: Severity::Warning,
        summary: "The advert does not say whether the job is permanent, fixed-term, temporary, a contract or an internship.",
        hint: "Say the contract type, e.g. `Permanent` or `Fixed term, 12 months`.",
        rationale: "Candidates weigh a fixed-term or temporary job differently from a permanent one, and many can only move for a permanent post. Leaving it out invites applications that are withdrawn later.",
        source: SOURCE_ACAS,
        bad: "# Payroll Officer\n\nBrightwater Housing, Leeds. £28,000 a year.\n",
        good: "# Payroll Officer\n\nBrightwater Housing, Leeds. £28,000 a year. Permanent.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "missing-employer",
        category: Category::Completeness,
        severity: Severity::Warning,
        summary: "The advert does not name the employer.",
        hint: "Name the organisation that will employ the person, e.g. `Brightwater Housing is hiring…`; an agency advert can say `on behalf of a housing association`.",
        rationale: "Candidates want to know who they would work for before sharing their details, and anonymous adverts are a common sign of a scam. Google requires `hiringOrganization`.",
        source: SOURCE_ACAS,
        bad: "# Payroll Officer\n\nA payroll job in Leeds. £28,000 a year.\n",
        good: "# Payroll Officer\n\nBrightwater Housing is hiring in Leeds. £28,000 a year.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "missing-apply-route",
        category: Category::Completeness,
        severity: Severity::Warning,
        summary: "The advert gives no way to apply: no application link and no email address.",
        hint: "Add the link to the application form (`Apply at https://…`) or an address to send applications to.",
        rationale: "An advert that interests a candidate but does not say how to apply loses them. A link labelled as the application route, or an email address, is the minimum.",
        source: SOURCE_ACAS,
        bad: "# Payroll Officer\n\nBrightwater Housing, Leeds. £28,000 a year.\n\nFor those interested, the application form can be found here.\n",
        good: "# Payroll Officer\n\nBrightwater Housing, Leeds. £28,000 a year.\n\nApply at https://jobs.example.org/brightwater/payroll\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "missing-field",
        category: Category::Completeness,
        severity: Severity::Warning,
        summary: "A field your team requires (set in vacancy.toml) is missing.",
        hint: "Add the missing information, or remove the field from `[rules.missing-field] fields` in vacancy.toml.",
        rationale: "Teams have their own standard for a complete advert: benefits, hours, the work pattern, a contact. Listing those fields makes the checker hold every advert to it.",
        source: "Your own vacancy.toml",
        bad: "# Payroll Officer\n\nBrightwater Housing, Leeds. £28,000 a year.\n",
        good: "# Payroll Officer\n\nBrightwater Housing, Leeds. £28,000 a year.\n\n## Benefits\n\n- 28 days annual leave\n",
        example_config: "[rules.missing-field]\nfields = [\"benefits\"]\n",
        settings: &[Setting {
            name: "fields",
            default: Default::Words(&[]),
            doc: "Fields to require besides those with their own rule.",
            choices: FIELDS,
        }],
    },
];

/// The fields `missing-field` can require.
const FIELDS: &[&str] = &[
    "benefits",
    "hours",
    "work-mode",
    "posted-date",
    "start-date",
    "interview-date",
    "positions",
    "pay-band",
    "contact-email",
    "experience",
    "education",
    "skills",
];

fn present(p: &Posting, field: &str) -> bool {
    match field {
        "benefits" => !p.benefits.is_empty(),
        "hours" => p.contract.hours.is_some(),
        "work-mode" => p.work_mode.is_some(),
        "posted-date" => p.dates.posted.is_some(),
        "start-date" => p.dates.start.is_some(),
        "interview-date" => p.dates.interview.is_some(),
        "positions" => p.positions.is_some(),
        "pay-band" => p.salary.band.is_some(),
        "contact-email" => !p.contacts.emails.is_empty(),
        "experience" => p.experience_years.is_some(),
        "education" => p.education_level.is_some(),
        "skills" => !p.skills.is_empty(),
        _ => true,
    }
}

fn check(ad: &Advert, config: &Config, out: &mut Vec<Hit>) {
    let p = ad.posting;
    let at = ad.anchor();
    let mut missing = |rule: &'static str, message: String| {
        out.push(Hit::new(rule, at.clone(), message).whole());
    };
    if p.title.is_none() {
        missing(
            "missing-title",
            "The advert does not say what the job is called".into(),
        );
    }
    if p.salary.min.is_none() && p.salary.max.is_none() {
        let message = match &p.salary.band {
            Some(band) => format!("The advert names {band} but gives no pay figure"),
            None => "The advert gives no pay figure".to_string(),
        };
        missing("missing-salary", message);
    }
    // "Deadline: October 21": a closing date stated without its year is not
    // missing (the record leaves it out, with a note, for want of the year).
    let stated_without_year = p
        .notes
        .iter()
        .any(|n| n.starts_with("closing date gives no year"));
    if p.dates.closing.is_none() && !stated_without_year {
        missing(
            "missing-closing-date",
            "The advert gives no closing date".into(),
        );
    }
    if p.location.is_none() && p.work_mode != Some(WorkMode::Remote) {
        missing(
            "missing-location",
            "The advert does not say where the job is, nor that it is remote".into(),
        );
    }
    if p.contract.kind.is_none() {
        missing(
            "missing-contract-type",
            "The advert does not say whether the job is permanent, fixed-term or temporary".into(),
        );
    }
    if p.employer.is_none() {
        missing(
            "missing-employer",
            "The advert does not name the employer".into(),
        );
    }
    if p.contacts.apply_url.is_none() && p.contacts.emails.is_empty() {
        let message = if p.contacts.urls.is_empty() {
            "The advert gives no way to apply: no link and no email address".to_string()
        } else {
            format!(
                "The advert gives no way to apply: it has {} but none is marked as the way to apply, and no email address",
                count(p.contacts.urls.len(), "link", "links")
            )
        };
        missing("missing-apply-route", message);
    }
    for field in config.list("missing-field", "fields") {
        if !present(p, &field) {
            missing(
                "missing-field",
                format!(
                    "The advert has no {}, which this project requires",
                    field.replace('-', " ")
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{lines, run, run_with};

    #[test]
    fn a_closing_date_without_its_year_is_not_missing() {
        let text = "# Ballot Clerk\n\nThe county seeks a clerk. Deadline: October 21.\n";
        assert_eq!(lines("missing-closing-date", text), Vec::<usize>::new());
        let text = "# Ballot Clerk\n\nThe county seeks a clerk.\n";
        assert_eq!(lines("missing-closing-date", text), [1]);
    }

    #[test]
    fn missing_fields_point_at_the_title() {
        let md = "Intro\n\n# Payroll Officer\n\nA job.\n";
        assert_eq!(lines("missing-salary", md), [3]);
        assert_eq!(lines("missing-location", md), [3]);
    }

    #[test]
    fn a_band_without_figures_is_named() {
        let f = run("missing-salary", "# Nurse\n\nBand 5, Leeds.\n");
        assert_eq!(
            f[0].message,
            "The advert names Band 5 but gives no pay figure"
        );
    }

    #[test]
    fn remote_jobs_need_no_place() {
        assert!(
            run(
                "missing-location",
                "# Developer\n\nThis is a fully remote role.\n"
            )
            .is_empty()
        );
    }

    #[test]
    fn an_email_is_a_way_to_apply() {
        assert!(
            run(
                "missing-apply-route",
                "# Clerk\n\nSend your CV to jobs@example.org.\n"
            )
            .is_empty()
        );
        let f = run(
            "missing-apply-route",
            "# Clerk\n\nSee https://example.org/about for more.\n",
        );
        assert!(f[0].message.contains("1 link but none"), "{}", f[0].message);
    }

    #[test]
    fn required_fields_come_from_the_config() {
        let md = "# Clerk\n\nAcme, Leeds.\n";
        assert!(run("missing-field", md).is_empty());
        let f = run_with(
            "missing-field",
            md,
            "[rules.missing-field]\nfields = [\"hours\", \"contact-email\"]\n",
        );
        let messages: Vec<&str> = f.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "The advert has no contact email, which this project requires",
                "The advert has no hours, which this project requires"
            ]
        );
    }

    #[test]
    fn unknown_required_fields_are_a_config_error() {
        let e =
            crate::check::Config::parse("[rules.missing-field]\nfields = [\"pets\"]\n", "v.toml")
                .unwrap_err()
                .to_string();
        assert!(
            e.starts_with("v.toml:2: `missing-field.fields` cannot hold `pets`"),
            "{e}"
        );
    }
}
