//! Title and employer: from labels, headlines ("Acme is hiring a Data Engineer"),
//! the first heading, and the line under it.

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{Context, Out, re};
use crate::document::BlockKind;

static TITLE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(job title|job title and (?:grade|band)|title|position|position title|role|role title|job role|vacancy|vacancy title|post|post title|name of (?:the )?post|name of (?:the )?position|designation|name of (?:the )?designation|job|job name|opening|job opening|job vacancy|now hiring|we['’]re hiring|we are hiring|hiring for|employment opportunity|job opportunity)(?:\s*(?:,|and|&|/)\s*(?:grade|band|grade code|job code|reference|ref))?$",
    )
});
static EMPLOYER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(employer|company|company name|organisation|organization|organisation name|organization name|hiring organisation|hiring organization|hiring company|trust|agency|business|employer name|client|venue|café|cafe|restaurant|hotel|practice|store name)$",
    )
});
/// "Acme on the hunt for a CTO", "Acme is hiring a Data Engineer".
static HIRING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<org>[A-Z0-9][\w&'’.,()\- ]{1,80}?)\s+(?:(?:is|are)\s+)?(?:on\s+the\s+hunt\s+for|hiring|hires|seeks|seeking|is\s+seeking|looking\s+for|recruiting|recruits|wants|needs|appoints|to\s+appoint|searching\s+for|advertises\s+for)\s+(?:an?\s+|the\s+|its\s+|their\s+|new\s+|first\s+)*(?P<title>[A-Za-z][^.!?]*?)\s*(?:\([A-Za-z]{2,6}\))?\s*$",
    )
});
/// Parts of a headline that are not the title: counts of posts, pay, places, slogans.
static NOT_TITLE_PART: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(\d+\s+(vacanc|post|position|role|opening)|\bvacancies\b|\bavailable\b|salary|£|\$|€|\bjoin\b|\bapply\b|\bwe('re| are)\b|\bhiring\b|!|\bclosing\b|\bremote\b|\bhybrid\b|\bfull[- ]time\b|\bpart[- ]time\b|\bpermanent\b|\bcontract\b|\bassignment\b|\b(multiple|several|various|many)\s+(roles|positions|openings|vacancies|jobs)\b)",
    )
});
/// Headings that are never the title, whole, in any ASCII case.
static GENERIC_HEADING: crate::wordset::PhraseSet = crate::wordset::PhraseSet::new(&[
    "about",
    "about the company",
    "about the job",
    "about the position",
    "about the role",
    "about the team",
    "about us",
    "about you",
    "advert",
    "apply",
    "benefits",
    "career",
    "career openings",
    "career opportunities",
    "career positions",
    "career vacancies",
    "careers",
    "company description",
    "company overview",
    "contact",
    "current openings",
    "current opportunities",
    "current positions",
    "current vacancies",
    "description",
    "details",
    "duties",
    "employment openings",
    "employment opportunities",
    "employment positions",
    "employment vacancies",
    "how to apply",
    "introduction",
    "job",
    "job advert",
    "job advertisement",
    "job announcement",
    "job description",
    "job details",
    "job information",
    "job openings",
    "job opportunities",
    "job overview",
    "job positions",
    "job posting",
    "job purpose",
    "job requirements",
    "job summary",
    "job title",
    "job vacancies",
    "jobs",
    "key dates",
    "key requirements",
    "key responsibilities",
    "location",
    "main duties",
    "minimum qualifications",
    "now hiring",
    "open positions",
    "open roles",
    "open vacancies",
    "openings",
    "opportunities",
    "opportunity",
    "overview",
    "overview/summary",
    "position",
    "position description",
    "position details",
    "position information",
    "position overview",
    "position purpose",
    "position summary",
    "position title",
    "positions",
    "posting information",
    "qualifications",
    "requirements",
    "responsibilities",
    "role",
    "role description",
    "role details",
    "role overview",
    "role purpose",
    "role requirements",
    "role summary",
    "salary",
    "statement of duties",
    "statement of qualifications",
    "statements of duties",
    "statements of qualifications",
    "summary",
    "summary of position",
    "summary of role",
    "summary of the position",
    "summary of the role",
    "the job",
    "the opportunity",
    "the position",
    "the role",
    "tl;dr",
    "tldr",
    "vacancies",
    "vacancy announcement",
    "vacancy details",
    "vacancy information",
    "vacancy notice",
    "we are hiring",
    "what the job involves",
    "what the role involves",
    "what this job involves",
    "what this role involves",
    "work openings",
    "work opportunities",
    "work positions",
    "work vacancies",
    "your day",
    "your impact",
    "your job",
    "your position",
    "your profile",
    "your role",
    "your tasks",
    "your team",
]);
pub(super) static ORG_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(NHS|Trust|Ltd|Limited|LLC|LLP|Inc|plc|PLC|Council|University|College|School|Board|Agency|Foundation|Group|GmbH|AG|SA|BV|Company|Corporation|Corp|Partnership|Authority|Department|Ministry|Office|Service|Services|Health|Care|Bank|Society|Institute|Charity|County|City|Hospital|Hospitals|Labs|Technologies|Systems|Solutions|Partners|Associates|Architects|Consulting|Consultants|Studios?|Media|Capital|Holdings|Industries|Ventures|Academy|Winery|Brewery|Bakery|Distillery)\b",
    )
});
/// Words only an organisation's own name has (a department's or a
/// service's name has "Services", "Office" or "Care" too).
pub(super) static STRONG_ORG_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(NHS|Trust|Ltd|Limited|LLC|LLP|Inc|plc|PLC|Council|University|College|Ministry|Foundation|GmbH|AG|BV|Corporation|Corp|Authority|Institute|Charity|Hospitals?|Health Board)\b",
    )
});
/// "Global streetwear brand, Wrenfold, is searching to hire…": the name set
/// off by commas after what kind of organisation it is.
static APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:company|brand|firm|start-?up|agency|charity|business|organi[sz]ation|practice|clinic|studio|retailer|manufacturer|provider|bank|school|restaurant|hotel|caf[eé]|non-?profit|label|publisher|nursery|bakery|brewery),\s+(?P<org>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z&][\w&'’.\-]*|of|and|for)){0,4}),\s+(?:is|are)\s+(?:currently\s+|now\s+)?(?:searching|seeking|looking|hiring|recruiting)\b",
    )
});
/// "Acme Ltd is seeking", "At Acme, we".
static ORG_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:At\s+)?(?P<org>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|and|of|&|for|the|de|du))*?)(?:\s*\([A-Z]{2,8}\))?,?\s+(?:(?:is|are)\s+(?:(?:currently|now|actively|also)\s+)?(?:seeking|looking|hiring|recruiting|searching|excited|delighted|pleased|ready to hire|on the lookout)\b|needs\s+(?:you|an?\b)|hires\b|wants\s+you\b)",
    )
});

/// Ends a title taken from a headline where the headline moves on:
/// "Head of Digital on £95,000 as overhaul begins" -> "Head of Digital".
fn cut_title(title: &str) -> String {
    static CUT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\s+(on|as|with|after|amid|paying|who|that|to lead|to help|to drive|to run|to join|worth|for up to|in a|at a)\s|\s*[£$€]|\s+\d",
        )
    });
    match CUT.find(title) {
        Some(m) if m.start() > 0 => title[..m.start()].trim().to_string(),
        _ => title.to_string(),
    }
}

/// The part of a header before the first of `separators` it holds
/// ("Senior Android Engineer @ Mavuno Credit" of "… — Nairobi, hybrid"),
/// or `None` when it holds none.
fn first_part<'t>(text: &'t str, separators: &[&str]) -> Option<&'t str> {
    separators
        .iter()
        .filter_map(|sep| text.find(sep))
        .min()
        .map(|at| &text[..at])
}

/// A line that is only a banner: "We're hiring!", "🚨 NOW HIRING 🚨",
/// ":rotating_light: *We're hiring!* :rotating_light:".
fn is_banner_only(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        // Chat shortcodes for pictures: ":rotating_light:".
        .filter(|w| !(w.len() > 2 && w.starts_with(':') && w.ends_with(':')))
        .collect();
    let bare = words
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .replace(['*', '_'], "")
        .replace('’', "'");
    matches!(
        bare.as_str(),
        "we're hiring"
            | "we are hiring"
            | "now hiring"
            | "hiring"
            | "job opportunity"
            | "job alert"
            | "vacancy"
            | "job vacancy"
            | "we're recruiting"
            | "we are recruiting"
    )
}

/// "2,431 members", "1.2k followers", "300+ employees": a figure and what
/// it counts.
fn is_count_of_things(part: &str) -> bool {
    let mut words = part.split_whitespace();
    let (Some(figure), Some(noun), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let digits = figure.trim_end_matches(['+', 'k', 'K', 'M']);
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && noun.len() > 3
        && noun.ends_with('s')
        && noun.chars().all(|c| c.is_ascii_lowercase())
}

/// A plausible job title: short, not a sentence, no links.
fn plausible_title(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=12).contains(&words)
        && !s.ends_with(['.', '?'])
        // "Hey Priya,", "Dear applicant": a letter's greeting.
        && !GREETING.is_match(s)
        // "Jobs › Crafts and trades › Electrician": a site's breadcrumb
        // trail; "SG Operations > General": a chat's team and channel.
        && !s.contains(['›', '»'])
        && !s.contains(" > ")
        // "jobs-and-referrals", "#hiring": a chat channel's name.
        && !is_channel_name(s.trim())
        // "Sunday 31st May 2026": a date.
        && !is_date_only(s)
        // An image's alternative text ("Acme logo") is not a title.
        && !s.to_lowercase().ends_with(" logo")
        && !s.contains("http")
        && s.chars().any(char::is_alphabetic)
        // "We", "You": a pronoun a broken layout left alone names no job.
        && !matches!(
            s.trim().to_ascii_lowercase().as_str(),
            "we" | "you" | "us" | "our" | "they" | "i" | "it" | "me" | "he" | "she" | "them"
        )
        // "Harbour Promenade, Ramsey, Isle of Man, IM8 3AX": an address.
        && !(s.matches(", ").count() >= 2
            && s.chars().any(|c| c.is_ascii_digit())
            && super::place::is_street_line(s))
        // "From the Medical Director", "A Word from Our CEO": a letter's
        // heading, not a job.
        && !s.starts_with("From the ")
        // "NHS Jobs", "Acme Careers": a board's or a site's name.
        && !s.ends_with(" Jobs")
        && !s.ends_with(" Careers")
        && !s.ends_with(" Vacancies")
        // "Posted on June 1, 2026 by": a board's byline; "Advert published
        // 2 June 2026": its date.
        && !(s.starts_with("Posted ") || s.ends_with(" by"))
        && !PUBLISHED.is_match(s)
        // "Careers at Fernleaf", "Quillstack is hiring", "Work with us": a
        // careers page's or a post's title, which names no job.
        && !PAGE_TITLE.is_match(s.trim())
        && !s.starts_with("A Word from")
        && !s.starts_with("A message from")
        // "Our Values", "Our Culture Be driven…": the employer speaking of
        // itself, not a job.
        && !s.starts_with("Our ")
        // "ValuesHonestyTransparencyIntegrity": headings run together.
        && !s.split_whitespace().any(|w| {
            w.as_bytes()
                .windows(2)
                .filter(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
                .count()
                >= 3
        })
}

/// "jobs-and-referrals", "#paid-jobs", "job_board": a channel's name, one
/// word in lower case joined by hyphens or underscores, or marked by "#".
fn is_channel_name(s: &str) -> bool {
    !s.contains(char::is_whitespace)
        && !s.chars().any(char::is_uppercase)
        && (s.starts_with('#') || s.contains(['-', '_']))
}

/// "Sunday 31st May 2026", "June 2026", "Friday, 3 July": words of a date only.
fn is_date_only(s: &str) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let dated = |w: &&str| super::dates::is_month_or_weekday(w);
    words.iter().any(dated)
        && words.iter().all(|w| {
            dated(w)
                || w.eq_ignore_ascii_case("of")
                || ["st", "nd", "rd", "th", ""].iter().any(|end| {
                    w.strip_suffix(end)
                        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
                })
        })
}

static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:advert|job|vacancy|date)\s+)?(?:published|posted|advertised|listed)\b.*(?:\d|\bago\b|\btoday\b|\byesterday\b)",
    )
});
static PAGE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:careers?|jobs|vacancies|openings|opportunities)\s+(?:at|with)\s+\S.*|.*\b(?:is|are|we['’]re|we\s+are|now)\s+hiring!?|(?:work|come\s+work)\s+with\s+us|join\s+(?:us|our\s+team|the\s+team))$",
    )
});

static GREETING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:hi|hey|hello|dear|greetings|good\s+(?:morning|afternoon|evening))\b[^.!?]{0,40}[,!]?$",
    )
});
/// A forum's or a board's tag before a post's title: "[Hiring]", "(Hiring)".
static POST_TAG: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*[\[(](?:hiring|now hiring|we['’]re hiring|job|jobs|job offer|vacancy|for hire)[\])]\s*[:\-–—]?\s*",
    )
});
/// An email's subject that is passed on or replied to: "Fwd: ", "RE: ".
static REPLY_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:\s*(?:fwd?|re|aw|tr|wg)\s*:\s*)+"));

/// Takes the part of a headline that names the job, dropping counts of
/// posts, pay and slogans joined to it by " : ", " - ", " | ".
/// A board's page title names the job and its town: "Care Assistant job in
/// Harrogate", "Front Office Executive Job in Kota Kinabalu, Sabah". The job
/// is the part before "job in", when it ends in a job's word.
fn without_job_in_place(part: &str) -> &str {
    let lower = part.to_ascii_lowercase();
    for cue in [
        " job in ",
        " jobs in ",
        " vacancy in ",
        " job at ",
        " vacancy at ",
    ] {
        if let Some(at) = lower.find(cue) {
            let (job, rest) = (&part[..at], &part[at + cue.len()..]);
            if rest.starts_with(char::is_uppercase)
                && job
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| JOB_NOUN.is_match(w))
            {
                return job.trim_end();
            }
        }
    }
    part
}

/// "Part-time Barista": the working pattern before a job is not part of it.
fn without_pattern_words(p: &str) -> &str {
    let lower = p.get(..12).unwrap_or(p).to_ascii_lowercase();
    let cut = [
        "part-time ",
        "part time ",
        "full-time ",
        "full time ",
        "casual ",
        "temporary ",
        "permanent ",
    ]
    .iter()
    .find(|w| lower.starts_with(*w))
    .map_or(0, |w| w.len());
    let rest = p[cut..].trim();
    if cut > 0
        && rest
            .split_whitespace()
            .last()
            .is_some_and(|w| JOB_NOUN.is_match(w))
    {
        rest
    } else {
        p
    }
}

pub fn clean_title(headline: &str) -> String {
    // "☕🥐 WE'RE HIRING!! BARISTA 🥐☕": pictures around a headline are no
    // part of it, and may hide a banner's words from the cut below.
    let headline = headline.trim_matches(|c: char| c.is_whitespace() || super::is_picture(c));
    let headline = match POST_TAG.find(headline) {
        Some(m) if m.end() < headline.len() => &headline[m.end()..],
        _ => headline,
    };
    let separators = [" : ", " - ", " – ", " — ", " | ", " :: ", " · ", " • "];
    // "QA Engineer (Remote – Poland)": a separator inside brackets parts nothing.
    let parts = split_at_outside_brackets(headline.trim(), &separators);
    let kept: Vec<&str> = parts
        .iter()
        .map(|p| without_job_in_place(p.trim()))
        .map(without_pattern_words)
        // "Site Manager (Contract)": terms in brackets after a job leave it a job.
        .filter(|p| !p.is_empty() && !NOT_TITLE_PART.is_match(without_brackets(p)))
        // "2,431 members", "1.2k followers": a count of people, not a job.
        .filter(|p| !is_count_of_things(p))
        .collect();
    // "Shah Financial – Financial Advisor": the part that names a job
    // ("Teacher of Physics": before "of").
    let names_a_job = |p: &str| {
        let head = p.split(" of ").next().unwrap_or(p);
        p.split_whitespace()
            .last()
            .is_some_and(|w| JOB_NOUN.is_match(w))
            || (head.len() < p.len()
                && head
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| JOB_NOUN.is_match(w)))
    };
    // "SITE MANAGER (CONTRACT) - LLANELLI", "QA Engineer (Remote – Poland)":
    // a job before a bracket of terms, the bracket left out (a bracket on a
    // headline of one part that says no terms stays, as it always has).
    // A bracket that names a technology ("Senior Backend Engineer
    // (Elixir)") is the job's field, and stays.
    let a_skill = |note: &str| {
        let known = &crate::taxonomy::Taxonomy::builtin().name_words().lower;
        note.split(['/', ','])
            .map(str::trim)
            .all(|n| !n.is_empty() && known.contains(&n.to_lowercase()))
    };
    let before_terms = || {
        kept.iter()
            .filter(|p| kept.len() > 1 || NOT_TITLE_PART.is_match(p))
            .find(|p| names_a_job(without_brackets(p)))
            .map(|p| {
                let bare = without_brackets(p);
                let note = p.trim_end()[bare.len()..]
                    .trim()
                    .trim_start_matches('(')
                    .trim_end_matches(')');
                if !note.is_empty() && !NOT_TITLE_PART.is_match(note) && a_skill(note) {
                    p
                } else {
                    bare
                }
            })
    };
    // "Electrical Engineer - Concentrator", "Programme Officer -
    // Climate-Smart Agriculture": a job and, after a dash, the field or
    // unit it is in, which is part of its name: short, capitalised, and
    // neither an organisation, a place nor the terms.
    let specialism = || {
        let [job, field] = kept[..] else {
            return None;
        };
        // "WATER TREATMENT (2 POSTS: DURBAN AND PIETERMARITZBURG)": a
        // bracket of counts or terms after the field is not part of it.
        let field = match field
            .trim_end()
            .strip_suffix(')')
            .and_then(|t| t.rfind('(').map(|open| (open, t)))
        {
            Some((open, t)) if open > 0 && TITLE_TAIL.is_match(&t[open + 1..]) => {
                t[..open].trim_end()
            }
            _ => field,
        };
        // (An em dash sets off an employer or a slogan more often than a
        // field: "Analyst — Acme", "Engineer — Drive Change".)
        let sep = [" - ", " – "].iter().find(|s| headline.contains(*s))?;
        let field_ok = names_a_job(job)
            && !names_a_job(field)
            && (1..=4).contains(&field.split_whitespace().count())
            && field.starts_with(char::is_uppercase)
            // In capitals only when the job is too ("PROCESS CONTROLLER -
            // WATER TREATMENT").
            && (field.chars().any(char::is_lowercase) || !job.chars().any(char::is_lowercase))
            // "Band 7", "Grade 5": a grade, which has a field of its own.
            && !field.chars().any(|c| c.is_ascii_digit())
            && !field.contains(['(', ',', '/', '@', '|'])
            // "– Acme Services" names an organisation; "– Service &
            // Installation" a field with an organisation's word inside it.
            && !STRONG_ORG_WORD.is_match(field)
            && !field
                .split_whitespace()
                .last()
                .is_some_and(|w| ORG_WORD.is_match(w))
            && !LEGAL_FORM.is_match(field.split_whitespace().last().unwrap_or(""))
            // "– Medical Ward", "– Soil Microbiology Lab": where the job is
            // done, not what it is.
            && !matches!(
                field.split_whitespace().last().unwrap_or(""),
                "Ward" | "Wards" | "Lab" | "Laboratory" | "Unit" | "Team" | "Clinic" | "Theatres"
                    | "Theatre" | "Centre" | "Center" | "Site" | "Branch" | "Store" | "Depot"
            )
            && !geo_names_a_place(field);
        field_ok.then(|| format!("{job}{sep}{field}"))
    };
    if let Some(full) = specialism() {
        return full
            .trim_matches(|c: char| c == '*' || c == '#' || c == ':' || c.is_whitespace())
            .to_string();
    }
    let title = kept
        .iter()
        .copied()
        .find(|p| names_a_job(p))
        .or_else(before_terms)
        .or(kept.first().copied())
        .unwrap_or(headline.trim());
    title
        .trim_matches(|c: char| c == '*' || c == '#' || c == ':' || c.is_whitespace())
        .to_string()
}

pub fn extract(cx: &Context, out: &mut Out) {
    // 1. Labelled facts say it outright. (A "Role" after the advert's prose
    //    and lists, in a board's footer of facts - "Role: Automation Test Engineer"
    //    under the whole advert - is the board's category for the job: it
    //    is read only when the headline and the sentences give no title.)
    let first_line = |of: &dyn Fn(&crate::document::Block) -> bool| {
        cx.doc
            .blocks
            .iter()
            .find(|b| of(b))
            .map_or(usize::MAX, |b| b.pos.line)
    };
    let prose_from = first_line(&|b| b.kind == BlockKind::Paragraph && words(&b.text) >= 40)
        .max(first_line(&|b| b.list_depth().is_some()));
    let late_role =
        |f: &&super::Fact| matches!(f.label.as_str(), "role" | "job role") && f.line > prose_from;
    let labelled = |f: &&super::Fact| {
        plausible_title(&f.value)
            // "Position: Permanent, full-time (37 hours per week)": the
            // post's terms, where "Position" asks for them.
            && !f
                .value
                .split([',', '(', '/'])
                .next()
                .is_some_and(|first| {
                    matches!(
                        first.trim().to_lowercase().as_str(),
                        "permanent" | "temporary" | "fixed term" | "fixed-term" | "full-time"
                            | "full time" | "part-time" | "part time" | "contract" | "casual"
                            | "freelance" | "internship"
                    )
                })
            // "Job: Facilities Management", "Job Role: Engineering and
            // Construction": a careers site's job family, where the label
            // gives a value that names no job.
            && (!matches!(f.label.as_str(), "job" | "job role" | "role")
                || f.value
                    .split_whitespace()
                    .any(|w| is_job_noun(w.trim_matches(|c: char| !c.is_alphanumeric()))))
    };
    let labelled_title = |out: &mut Out, f: &super::Fact| {
        // "EMPLOYMENT OPPORTUNITY" / "POSITION: PARKS PLANNER (TERM)": a
        // banner's value that is itself the title's label and value.
        let value = match super::label_line(f.value.trim()) {
            Some((label, inner)) if TITLE_LABEL.is_match(&label.to_lowercase()) => inner,
            _ => f.value.as_str(),
        };
        // "title: Two Junior Django Developers – Wellington": one post.
        let title = without_count(clean_title(value));
        out.evidence("title", f.line, &f.value);
        out.posting.title = Some(title);
    };
    // "title: Kelpie", "title: Fernhollow Health": a board's front matter
    // whose title names the project or the company, not a job, is kept
    // back for when nothing in the advert names the job.
    let names_no_job = |f: &super::Fact| {
        f.label == "title"
            && !f
                .value
                .split_whitespace()
                .any(|w| JOB_NOUN.is_match(w.trim_matches(|c: char| !c.is_alphanumeric())))
    };
    let mut kept_back_label = None;
    if let Some(f) = cx
        .facts_matching(&TITLE_LABEL)
        .find(|f| labelled(f) && !late_role(f))
    {
        if names_no_job(f) && f.line < cx.doc.front_matter {
            kept_back_label = Some(f);
        } else {
            labelled_title(out, f);
        }
    }
    // "… Invites Applications for the Position of:" / "Child Custody
    // Counselor (Part-Time)…": a line that ends by announcing the job, and
    // the job on the next line.
    if out.posting.title.is_none() {
        position_of_next_line(cx, out);
    }
    // A count of posts before a job on a line of its own near the top:
    // "2 x STORE SUPERVISOR", as a poster puts it.
    if out.posting.title.is_none() {
        counted_job_line(cx, out);
    }
    // "Job Bank Home > Job search > Cook": a site's breadcrumb trail that
    // ends in the job.
    if out.posting.title.is_none() {
        breadcrumb_title(cx, out);
    }
    // "Posted on June 1, 2026 by" / "Prairie Rose Family Restaurant Ltd.":
    // a board's byline names the employer on the next line.
    if out.posting.employer.is_none() {
        byline_employer(cx, out);
    }
    // An email's subject that names a job: "Subject: Fwd: Job posting -
    // Staff Accountant (Red Deer)".
    if out.posting.title.is_none()
        && let Some(f) = cx
            .facts
            .iter()
            .find(|f| f.label == "subject" && f.line <= super::HEADER_LINES)
    {
        let value = REPLY_PREFIX.replace(f.value.trim(), "");
        let title = tidy_title(&clean_title(&value));
        // ("Teacher of Physics", "Director of Finance": the job before "of".)
        let head = title.split(" of ").next().unwrap_or(&title);
        if head
            .split_whitespace()
            .last()
            .is_some_and(|w| JOB_NOUN.is_match(w))
        {
            set_title(out, title, f.line, &f.value);
        }
    }
    // A headline written as a label: "# Now hiring: Line Cook", or one of the
    // headings at the top ("SHUBENACADIE VALLEY REGIONAL MUNICIPALITY" /
    // "POSITION: RECREATION PROGRAMMER (TERM)"), a value in capitals made
    // title case.
    if out.posting.title.is_none()
        && let Some((i, value)) = cx
            .doc
            .blocks
            .iter()
            .enumerate()
            .filter(|(i, b)| b.is_heading() && !cx.excluded[*i])
            .take_while(|(_, b)| b.pos.line <= super::HEADER_LINES)
            .find_map(|(i, b)| {
                b.text.lines().find_map(|l| {
                    let (label, value) = super::label_line(l.trim())?;
                    (TITLE_LABEL.is_match(&label.to_lowercase()) && plausible_title(value))
                        .then_some((i, value))
                })
            })
    {
        let block = &cx.doc.blocks[i];
        out.evidence("title", block.pos.line, &block.text);
        out.posting.title = Some(tidy_title(&clean_title(&unshouted(value))));
    }
    if let Some(f) = cx.facts_matching(&EMPLOYER_LABEL).find(|f| {
        !f.value.is_empty()
            && f.value.split_whitespace().count() <= 12
            && !answers_a_question(f.value.trim())
    }) {
        out.evidence("employer", f.line, &f.value);
        // "Waterschap Lindeveld (regional water authority)": a note in
        // brackets after the name is not part of it.
        // "at Sakuragi Systems": a board's caption, the name after "at".
        let value = f.value.trim();
        let value = value.strip_prefix("at ").unwrap_or(value).trim_start();
        let name = match value
            .strip_suffix(')')
            .and_then(|v| v.rfind(" (").map(|at| &v[..at]))
        {
            Some(head) if !head.trim().is_empty() => head.trim(),
            _ => value,
        };
        out.posting.employer = Some(without_unit(name_before_address(name)).to_string());
    }

    // An address block at the top names its organisation as plainly.
    if out.posting.employer.is_none() {
        employer_from_site_header(cx, out);
    }
    if out.posting.employer.is_none() {
        employer_from_social_post(cx, out);
    }
    // (An organisation's heading over an address block first: the block's
    // own first line may be a department or a building.)
    if out.posting.employer.is_none() {
        employer_from_address(cx, out, true);
    }
    if out.posting.employer.is_none() {
        employer_from_address(cx, out, false);
    }

    // 2. A run-in header: "Elections Director, Luzerne County, Pa. — Performs work…".
    run_in_header(cx, out);

    // 3. The headline: an early heading, or the first line of plain text.
    //    One that names no job ("Yoyo Wallet", "Our Story") is kept back.
    let weak = headline(cx, out);

    // 4. A sentence that says who is hiring whom, then the weak headline.
    if out.posting.title.is_none() {
        hiring_sentence(cx, out, weak.as_ref().map(|w| w.title.as_str()));
    }
    if out.posting.title.is_none()
        && let Some(f) = cx
            .facts_matching(&TITLE_LABEL)
            .find(|f| labelled(f) && late_role(f))
    {
        labelled_title(out, f);
    }
    // A masthead or a group's name over the post ("THE VALLEY
    // RECORD-COURIER", "Port Douglas Community Noticeboard"): a job shouted
    // or set as a heading further down names the post.
    if out.posting.title.is_none()
        && let Some((line, title, evidence)) = shouted_job_line(cx)
    {
        set_title(out, title, line, &evidence);
    }
    if out.posting.title.is_none()
        && let Some(f) = kept_back_label
    {
        labelled_title(out, f);
    }
    if let Some(w) = weak {
        set_title(out, w.title, w.line, &w.evidence);
    }

    // 5. Employer: a fuller name for a short one, then the sentences and
    //    blurbs that name the organisation.
    complete_employer(cx, out);
    if out.posting.employer.is_none() {
        title_at_employer(cx, out);
    }
    if out.posting.employer.is_none() {
        employer_from_text(cx, out);
    }
    if out.posting.employer.is_none() {
        letterhead_employer(cx, out);
    }
    expand_employer(cx, out);
    government_above_its_department(cx, out);
    university_above_its_school(cx, out);
    recruiter_for_client(cx, out);
    employed_by(cx, out);
    // A page's own title: "Chef de Partie - Hamnkrogen Group".
    page_title_employer(cx, out);
    // Last of all, the headline the title came from, read as a header of
    // parts: "Sales Assistant – Boekhandel De Lantaarn – Haarlem – Part time".
    if out.posting.employer.is_none()
        && let Some(ev) = out.posting.evidence.get("title").cloned()
    {
        header_employer(&ev.text, ev.line, out);
    }
    // A header's first part taken as a weak title when it was the employer.
    if let (Some(title), Some(employer)) = (&out.posting.title, &out.posting.employer)
        && norm_eq(title, employer)
        && !title.split_whitespace().any(|w| JOB_NOUN.is_match(w))
    {
        out.note(format!(
            "title left out: the headline names only the employer (\"{employer}\")"
        ));
        out.posting.title = None;
        out.posting.evidence.remove("title");
    }
    if let Some(title) = out.posting.title.take() {
        let title = before_comma_parts(&title, out.posting.employer.as_deref());
        // "Analytics Engineering Lead - Polyteia": a part after the dash
        // kept as the job's field is the employer's name.
        let dashed = title
            .rsplit_once(" - ")
            .or_else(|| title.rsplit_once(" – "));
        let title = match (out.posting.employer.as_deref(), dashed) {
            (Some(employer), Some((job, field)))
                if norm_eq(field, employer)
                    || employer.to_lowercase().starts_with(&field.to_lowercase()) =>
            {
                job.trim_end().to_string()
            }
            _ => title,
        };
        let title = without_note_the_headline_drops(cx, tidy_title(&title));
        out.posting.title = Some(refined_by_a_later_heading(cx, out, title));
    }
}

/// How far down a page a job shouted on a line of its own is looked for.
const SHOUTED_WITHIN: usize = 60;

/// "DAIRY FARM WORKER  -  2 POSITIONS  -  AGASSIZ, BC" under a newspaper's
/// masthead and its other notices, "📣📣 HOUSEKEEPERS WANTED 📣📣" under a
/// group's name: the first line near the top that is only a job, in
/// capitals or set as a heading, with what a poster adds to it ("WANTED",
/// "x2", the count, place and terms after a dash) left off. Used only
/// where nothing else named the job.
fn shouted_job_line(cx: &Context) -> Option<(usize, String, String)> {
    for (i, b) in cx.doc.blocks.iter().enumerate() {
        if b.pos.line > SHOUTED_WITHIN {
            break;
        }
        if cx.excluded[i] || !matches!(b.kind, BlockKind::Heading { .. } | BlockKind::Paragraph) {
            continue;
        }
        for (line, text) in b.text_lines() {
            if line > SHOUTED_WITHIN {
                break;
            }
            if let Some(title) = shouted_job(text, b.is_heading()) {
                return Some((line, title, text.trim().to_string()));
            }
        }
    }
    None
}

/// The job a line names when it is nothing else: see [`shouted_job_line`].
fn shouted_job(text: &str, heading: bool) -> Option<String> {
    // ("|   CHEF   |" in a boxed notice, "‼️ CHEF WANTED x2 ‼️".)
    let bare = text.trim_matches(|c: char| !c.is_alphanumeric() && c != ')');
    // ("x2", a count, is no word of it.)
    let counted = |w: &str| {
        w.strip_prefix(['x', 'X'])
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
    let shouted = letters >= 3
        && !bare
            .split_whitespace()
            .filter(|w| !counted(w))
            .any(|w| w.chars().any(char::is_lowercase));
    if !(shouted || heading) || bare.len() > 80 {
        return None;
    }
    let first = first_part(bare, &[" – ", " — ", " - ", " | ", " · ", " • "]).unwrap_or(bare);
    let mut kept: Vec<&str> = first.split_whitespace().collect();
    let all = kept.len();
    // What a poster shouts after the job: "WANTED", "REQUIRED", "x2".
    while let Some(last) = kept.last() {
        if counted(last)
            || matches!(
                last.to_lowercase()
                    .trim_matches(|c: char| !c.is_alphanumeric()),
                "wanted" | "needed" | "required" | "req'd" | "urgently"
            )
        {
            kept.pop();
        } else {
            break;
        }
    }
    let called_for = kept.len() < all;
    let job = kept.join(" ");
    let job = without_brackets(&job).trim();
    let last = job.split_whitespace().last()?;
    let n = words(job);
    if !(1..=6).contains(&n)
        || !is_job_noun(&last.to_lowercase())
        || job.chars().any(|c| c.is_ascii_digit())
        || ends_sentence(job)
        || is_label_line(job)
        || GENERIC_HEADING.is_match(job)
        || SECTION_WORDS.is_match(job)
        || RECRUITER.is_match(job)
        || ORG_WORD.is_match(&title_case(job))
        // ("Working as a Support Worker", "Your role as Developer": a
        // heading's sentence, not the job.)
        || job.split_whitespace().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "as" | "a" | "an" | "the" | "your" | "our" | "you" | "we" | "with" | "for"
                    | "about" | "join" | "hiring"
            )
        })
    {
        return None;
    }
    // "HOUSEKEEPERS WANTED": the people called for, one post's name each.
    let job = if called_for {
        one_post(job)
    } else {
        job.to_string()
    };
    Some(tidy_title(&clean_title(&unshouted(&job))))
}

/// "Public competition for the employment of one Postdoctoral Researcher"
/// and, under it, the heading "Postdoctoral Researcher in Maritime
/// Logistics": a later heading near the top that starts with the title
/// and names its field is the fuller title.
fn refined_by_a_later_heading(cx: &Context, out: &mut Out, title: String) -> String {
    let Some(ev) = out.posting.evidence.get("title").cloned() else {
        return title;
    };
    let lower = title.to_lowercase();
    // The few blocks after the one the title was read from.
    let Some(from) = cx.doc.blocks.iter().position(|b| b.pos.line >= ev.line) else {
        return title;
    };
    let fuller = cx
        .doc
        .blocks
        .iter()
        .skip(from + 1)
        .take(8)
        .filter(|b| b.is_heading())
        .map(|b| (b.pos.line, b.text.trim()))
        .find(|(_, h)| {
            let rest = h
                .to_lowercase()
                .strip_prefix(&lower)
                .map(|r| r.trim_start().to_string());
            rest.is_some_and(|r| {
                (r.starts_with("in ") || r.starts_with("of ") || r.starts_with("for "))
                    && (2..=7).contains(&r.split_whitespace().count())
                    && !r.contains(['.', ':', '!', '?'])
            })
        });
    match fuller {
        Some((line, h)) => {
            let h = h.to_string();
            out.evidence("title", line, &h);
            h
        }
        None => title,
    }
}

/// Whether the gazetteer knows a phrase as a place (any country), or any
/// of its words as a country or region: "Remote EU", "Dublin".
fn geo_names_a_place(text: &str) -> bool {
    super::geo::names_a_place(text, None)
        || text.split_whitespace().any(|w| {
            crate::places::country(w).is_some() || !crate::places::regions(w, None).is_empty()
        })
}

/// A headline run on with commas: "Senior Backend Engineer, Ridgeback
/// Freight Systems, Remote (US), Full-time". The title is the parts before
/// the first that is the employer, a place or the terms; a title with a
/// comma of its own ("Director, Product Marketing, London") keeps it.
fn before_comma_parts(title: &str, employer: Option<&str>) -> String {
    let parts: Vec<&str> = title.split(", ").map(str::trim).collect();
    if parts.len() < 2 {
        return title.to_string();
    }
    // A part that is plainly not the job's: the employer or an
    // organisation, the terms, a country, a region or a town of 10,000
    // people or more (small towns share names with words), and never a part
    // that ends in a job ("Officer" is also a town).
    let not_job = |p: &str| {
        // (What a bracket adds is left to the title's tidying.)
        let place = p.split('(').next().unwrap_or(p).trim();
        let names_job = p
            .split_whitespace()
            .last()
            .is_some_and(|w| JOB_NOUN.is_match(w));
        let a_place = |place: &str| {
            crate::places::country(place).is_some()
                || !crate::places::regions(place, None).is_empty()
                || crate::places::cities(place)
                    .first()
                    .is_some_and(|c| c.population >= 10_000)
        };
        // "Durban or Pietermaritzburg": places offered as alternatives.
        let places = || {
            let pieces: Vec<&str> = place
                .split(" or ")
                .flat_map(|p| p.split(" and "))
                .flat_map(|p| p.split(" / "))
                .map(str::trim)
                .collect();
            pieces.len() >= 2 && pieces.iter().all(|p| a_place(p))
        };
        !names_job
            && (employer.is_some_and(|e| norm_eq(e, p))
                || ORG_WORD.is_match(p)
                || NOT_TITLE_PART.is_match(place)
                || a_place(place)
                || places())
    };
    // The first part from which every part is one of those.
    let stop = (1..parts.len()).find(|&k| parts[k..].iter().all(|p| not_job(p)));
    match stop {
        Some(k) => parts[..k].join(", "),
        None => title.to_string(),
    }
}

/// A title with a bracket that the advert's own headline leaves out ("Staff
/// Nurse (GNM / B.Sc. Nursing)" under the heading "Staff Nurse"): the
/// bracket is a note on the post, not part of its name.
fn without_note_the_headline_drops(cx: &Context, title: String) -> String {
    let Some(head) = title
        .strip_suffix(')')
        .and_then(|t| t.rfind(" (").map(|at| t[..at].trim_end()))
        .filter(|h| !h.is_empty())
    else {
        return title;
    };
    match cx.first_heading() {
        Some((_, heading)) if norm_eq(heading, head) => head.to_string(),
        _ => title,
    }
}

/// Equal ignoring case, spacing and markup.
fn norm_eq(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .map(|w| w.trim_matches(|c: char| c == '*' || c == '_' || c == '#'))
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

/// The employer in a header of parts: "Title – Employer – Place – Terms".
fn header_employer(text: &str, line: usize, out: &mut Out) {
    if out.posting.employer.is_some() {
        return;
    }
    let parts: Vec<&str> = split_at_each(text, &[" · ", " | ", " – ", " — ", " • "])
        .iter()
        .map(|p| p.trim().trim_matches(|c: char| c == '*' || c == '_'))
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 3 {
        return;
    }
    let is_place = |p: &str| super::geo::names_a_place(p.split('(').next().unwrap_or(p), None);
    let is_terms = |p: &str| NOT_TITLE_PART.is_match(p);
    if !parts[1..].iter().any(|p| is_place(p) || is_terms(p)) {
        return;
    }
    // (Its job ends in a job's noun before any note in brackets: "Senior
    // Backend Engineer (Elixir)".)
    let names_job = |p: &str| {
        without_brackets(p)
            .split_whitespace()
            .last()
            .is_some_and(|w| JOB_NOUN.is_match(w))
    };
    let could_be_employer = |p: &&&str| {
        words(p) <= 6
            && p.starts_with(char::is_uppercase)
            && !is_terms(p)
            && !is_place(p)
            && !names_job(p)
            && !GENERIC_HEADING.is_match(p)
            && !CAREERS_PAGE.is_match(p)
    };
    // "Kittiwake Robotics | Senior Firmware Engineer | Bristol | Remote":
    // a header that opens with the employer, as Hacker News posts do, has
    // its job second.
    // Or with no job at all ("SmarterDx | 150-250k+ + equity | Remote (US
    // only) | Multiple roles"): the rest is terms, places and figures.
    let opens_with_employer = parts.len() >= 3
        && !names_job(parts[0])
        && (names_job(parts[1])
            || parts[1..]
                .iter()
                .all(|p| is_terms(p) || is_place(p) || p.chars().any(|c| c.is_ascii_digit())));
    // "Galaxy (getgalaxy.io) - The Cursor for SQL | NYC, NY": the name,
    // without its slogan after a dash or its web address in brackets.
    let named = parts[0].split(" - ").next().unwrap_or(parts[0]).trim();
    let named = match named.split_once(" (") {
        Some((name, rest)) if rest.ends_with(')') && rest.contains('.') && !rest.contains(' ') => {
            name.trim()
        }
        _ => named,
    };
    let employer = if opens_with_employer {
        Some(&named).filter(could_be_employer)
    } else {
        parts[1..].iter().find(could_be_employer)
    };
    if let Some(org) = employer {
        set_employer(out, org, line, text);
    }
}

/// "Successful candidates will be employed by the County Government of
/// Kericho": who employs, said outright.
static EMPLOYED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:will\s+be|are|is|be|being|you['’]ll\s+be)\s+employed\s+(?:directly\s+)?by|(?:post|role|position|vacancy)\s+is\s+hosted\s+by)\s+(?:the\s+)?(?P<org>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|&|of|and|for|the))*)",
    )
});

/// The organisation an advert says the person will be employed by, over a
/// name read from weaker evidence (the board or agency that advertises);
/// a labelled employer stands.
fn employed_by(cx: &Context, out: &mut Out) {
    if cx.facts_matching(&EMPLOYER_LABEL).next().is_some() {
        return;
    }
    let Some((line, org)) = cx.lines_matching(&EMPLOYED_BY).find_map(|l| {
        let c = EMPLOYED_BY.captures(l.text)?;
        let org = strip_trailing_connectors(&c["org"]);
        // ("employed by the Trust": a kind of organisation alone names none.)
        (!not_a_name(&org)
            && !GENERIC_ORG.contains(&org.to_lowercase().as_str())
            && !RECRUITER.is_match(&org)
            && words(&org) <= 10)
            .then_some((l, org))
    }) else {
        return;
    };
    if out
        .posting
        .employer
        .as_deref()
        .is_some_and(|e| norm_eq(e, &org))
    {
        return;
    }
    if let Some(before) = out.posting.employer.clone() {
        out.note(format!(
            "employer: the advert says the post is employed by {org}; {before} advertises it"
        ));
    }
    out.posting.employer = None;
    set_employer(out, &org, line.line, line.text);
}

/// Words of an agency's name: a recruiter is not the employer.
static RECRUITER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(recruitment|recruiting|recruiters?|staffing|resourcing|headhunt\w*|executive search|talent (?:partners|solutions|acquisition partners|group)|employment agency|personnel services|workforce (?:partners|solutions|services|group)|manpower(?: services)?|employment services|placement agency)\b",
    )
});
/// A form's answer, not a name: "1 year (Required)", "2+ years", "Yes".
static NOT_A_NAME_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:\d+\+?|one|two|three|four|five)\s+(?:years?|months?|yrs?)\b|\((?:required|preferred)\)\s*$|^(?:yes|no)$",
    )
});

/// Whether a value answers a form's question rather than naming anyone
/// (see [`NOT_A_NAME_ANSWER`]; a quick look spares the pattern).
fn answers_a_question(value: &str) -> bool {
    (value.bytes().any(|b| b.is_ascii_digit())
        || value.contains('(')
        || value.eq_ignore_ascii_case("yes")
        || value.eq_ignore_ascii_case("no"))
        && NOT_A_NAME_ANSWER.is_match(value)
}

/// What an agency says of itself after its name.
static AGENCY_SAYS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[^.]{0,40}?\b(?:(?:is|are)\s+acting\s+as\s+an?\s+(?:employment\s+|recruitment\s+)?(?:agency|business)|(?:is|are)\s+(?:proud\s+to\s+be\s+|delighted\s+to\s+be\s+|currently\s+)?(?:partnering|working\s+exclusively|recruiting\s+exclusively)\s+(?:with|for)\s+(?:a|an|one|our)\b)",
    )
});
/// "Our client, Umhlanga Care Pharmacies, is…", "on behalf of Acme Ltd".
static CLIENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\b[Oo]ur client|\bon behalf of(?: our client)?)\s*,?\s+(?P<org>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|&|of|and|for))*)",
    )
});

/// When the employer found is a recruitment agency, the client it names is
/// the employer ("Our client, Umhlanga Care Pharmacies, is…"); when it names
/// none, the employer stays unknown. A note says which agency advertised.
pub(super) fn recruiter_for_client(cx: &Context, out: &mut Out) {
    // An agency by its name, or by saying it recruits for a client
    // ("Northlake Talent Group is recruiting on behalf of our client, …").
    // (Not "on behalf of" alone: "serves clients on behalf of Fortune 100
    // companies" is no agency's.)
    let Some(agency) = out.posting.employer.clone().filter(|e| {
        RECRUITER.is_match(e)
            || e.to_ascii_lowercase().contains("(agency)")
            // "Harbourline Talent is acting as an employment agency",
            // "… is proud to be partnering with a well-established operator".
            || cx
                .find_in_lines(e.as_str())
                .any(|(l, at)| {
                    let after = &l.text[at..];
                    (after.contains("agency")
                        || after.contains("business")
                        || after.contains("partnering")
                        || after.contains("exclusively"))
                        && AGENCY_SAYS.is_match(after)
                })
            || cx.lines_matching(&CLIENT).any(|l| {
                l.text.find(e.as_str()).is_some_and(|at| {
                    let after = &l.text[at..];
                    after[..crate::text::floor_char(after, after.len().min(120))]
                        .to_ascii_lowercase()
                        .contains("our client")
                })
            })
    }) else {
        return;
    };
    // "Sartre Group (Agency) on behalf of GTS": the agency's own name.
    let agency = {
        let lower = agency.to_ascii_lowercase();
        let cut = [" on behalf of", " (agency)"]
            .iter()
            .filter_map(|w| lower.find(w))
            .min()
            .unwrap_or(agency.len());
        agency[..cut].trim().to_string()
    };
    let client = cx.lines_matching(&CLIENT).find_map(|l| {
        let c = CLIENT.captures(l.text)?;
        let mut org = strip_trailing_connectors(&c["org"]);
        // A name the line breaks ("our client, Tywi Valley" / "Construction
        // Ltd, a contractor…") goes on into the next line of its paragraph.
        if c.get(0)
            .is_some_and(|m| l.text[m.end()..].trim().is_empty())
            && let Some(next) = cx
                .lines
                .iter()
                .find(|n| n.block == l.block && n.line == l.line + 1)
            && let Some(rest) = name_run_on(next.text)
        {
            org = format!("{org} {rest}");
        }
        // "on behalf of GTS.": the sentence's stop, not an abbreviation's.
        if org.ends_with('.') && !ends_in_legal_form(&org) {
            org.pop();
        }
        (!org.is_empty() && !not_a_name(&org) && org != agency).then_some((l.line, org, l.text))
    });
    out.agency = Some(agency.clone());
    match client {
        Some((line, org, text)) => {
            out.posting.employer = Some(org);
            out.posting.evidence.remove("employer");
            out.evidence("employer", line, text);
            out.note(format!(
                "advertised by the recruiter {agency} for its client"
            ));
        }
        None if cx
            .lines
            .iter()
            .any(|l| l.text.to_lowercase().contains("our client")) =>
        {
            out.posting.employer = None;
            out.posting.evidence.remove("employer");
            out.note(format!(
                "advertised by the recruiter {agency}; the employer is not named"
            ));
        }
        None => {}
    }
}

/// The words that open `line` and end an organisation's name broken onto it:
/// capitalised words (and "&", "of", "and") ending in a legal form or an
/// organisation's word ("Construction Ltd", "Homes Group").
fn name_run_on(line: &str) -> Option<&str> {
    let mut end = 0;
    let mut ends_name = None;
    for (i, w) in line.split_whitespace().enumerate().take(5) {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
        let capital = bare.starts_with(|c: char| c.is_uppercase());
        if i > 0 && !capital && !matches!(bare, "&" | "of" | "and") || i == 0 && !capital {
            break;
        }
        end = line[end..].find(w).map_or(end, |at| end + at + bare.len());
        if ends_in_legal_form(&line[..end]) || ORG_WORD.is_match(bare) {
            ends_name = Some(end);
        }
        if bare.len() < w.len() {
            break;
        }
    }
    ends_name.map(|end| line[..end].trim())
}

/// What a bracket after a title may hold that is not part of the job's
/// name: a gender marker ("(m/w/d)", "(all genders)"), a grade, band, level
/// or reference, the terms or hours ("(Contract)", "(nights)", "(0.6 FTE)"),
/// the working pattern and where it applies ("(Remote – Poland)").
static TITLE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:(?:[mfwdx]|div|gn)(?:\s*/\s*(?:[mfwdx]|div|gn))+\*?|all genders?|[x×]\s?\d{1,2}|\d{1,2}\s?[x×]|\d{1,2}\s+(?:posts?|positions?|vacancies|vacancy|openings?|roles?)(?:\s*:\s*[^()]{1,80})?|gn\*?|(?:grade|band|level|scale|step|ref|ref\.|reference|req|job id|pay band|salary band|gs|g)\s*[:.#]?\s*[\w./-]{0,12}(?:\s*(?:-|–|to|/)\s*[\w.]{1,6})?|(?:permanent|temporary|temp|term|fixed[- ]term|part[- ]time|full[- ]time|contract|casual|seasonal|locum|maternity cover|parental leave cover|secondment|nights?|days|evenings|weekends|night shift|day shift|(?:remote|hybrid|on[- ]?site)(?:\s*(?:[-–—,/:]|\bin\b|\bwithin\b)\s*[a-z][\w .'’-]{1,40})?|\d+(?:\.\d+)?\s*(?:fte|hours|hrs)|\d+[- ]?months?(?:\s+(?:contract|fixed[- ]term|term|post|role))?|\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?%|[a-z][\w .'’-]{1,30}?\s+based)(?:\s*(?:,|/|and|&)\s*(?:permanent|temporary|fixed[- ]term|part[- ]time|full[- ]time|contract|casual|remote|hybrid|nights?|days|\d+\s*months?))*)\s*$",
    )
});

/// The title without what the advert adds to it: a bracket of markers,
/// grades or terms ([`TITLE_TAIL`]), an acronym of its own initials
/// ("Personal Support Worker (PSW)"), or a "wanted" shouted after it.
/// What a board or a poster puts before the title: "EMPLOYMENT OPPORTUNITY!",
/// "Now hiring:", "Job Description for", "Role profile –".
static TITLE_BANNER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:(?:new|exciting|great)\s+)?(?:employment|job|career|work)\s+opportunit(?:y|ies)|(?:we(?:['’]re| are)\s+|now\s+)?hiring|urgent(?:ly)?(?:\s+(?:required|needed))?|job\s+alert|job\s+vacancy|vacancy|open\s+position|position\s+available)\s*(?:!+|:|\s[-–—|])\s*|^(?:job\s+description|job\s+posting|job\s+advert(?:isement)?|position\s+description|role\s+profile|person\s+specification|vacancy)\s+(?:for|of)\s+(?:an?\s+|the\s+)?|^(?:job\s+description|job\s+posting|role\s+profile|position\s+description)\s*(?::|\s[-–—|])\s*|^(?:public\s+|open\s+|internal\s+|external\s+)?(?:competition|call|announcement|notice|invitation)\s+for\s+(?:applications\s+for\s+)?(?:the\s+)?(?:employment|recruitment|appointment|selection|position|post)\s+of\s+(?:(?:one|an?|the|two|three|four|five)\s+)?(?:\(\d{1,2}\)\s+)?",
    )
});

/// A pay grade opening a title: "Band 6 ", "Band 8a ", "Grade 5 ".
static GRADE_FIRST: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:nhs\s+)?(?:afc\s+)?(?:band|grade)\s*[1-9][a-d]?\s+"));

static WORKLOAD: LazyLock<Regex> =
    LazyLock::new(|| re(r"\s*,?\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*%$"));

pub fn tidy_title(title: &str) -> String {
    let mut t = title.trim();
    // "Oifigeach Forbartha / Development Officer", "Cymhorthydd Addysgu /
    // Teaching Assistant (Lefel 1 / Level 1)": a title in two languages,
    // the English one that names a job.
    // (A translation has about as many words as the title: "BI / Reporting
    // Analyst" is one title.)
    if let [first, second] = split_at_outside_brackets(t, &[" / "])[..]
        && words(first) >= 2
        && words(first).abs_diff(words(without_brackets(second))) <= 1
        && !first.split_whitespace().any(|w| JOB_NOUN.is_match(w))
        && without_brackets(second)
            .split_whitespace()
            .last()
            .is_some_and(|w| JOB_NOUN.is_match(w))
    {
        t = without_brackets(second).trim();
    }
    // "Intensive Care Nurse (f/m/d) 60%", "Buyer 80–100 %": the workload, not the job.
    if let Some(m) = WORKLOAD.find(t)
        && m.start() > 0
    {
        t = t[..m.start()].trim_end();
    }
    if let Some(m) = TITLE_BANNER.find(t)
        && m.end() < t.len()
        && t[m.end()..].chars().any(char::is_alphabetic)
    {
        // ("WE'RE HIRING!! PART-TIME BARISTA": the pattern after the banner.)
        t = without_pattern_words(t[m.end()..].trim());
    }
    // "Band 6 Occupational Therapist": the grade before the job, which has
    // a field of its own.
    if let Some(m) = GRADE_FIRST.find(t)
        && t[m.end()..]
            .split_whitespace()
            .last()
            .is_some_and(|w| JOB_NOUN.is_match(w))
    {
        t = t[m.end()..].trim();
    }
    while let Some((at, inside)) = t
        .strip_suffix(')')
        .and_then(|r| r.rfind('(').map(|at| (at, &r[at + 1..])))
    {
        let head = t[..at].trim_end();
        let acronym = inside.len() >= 2
            && inside.chars().all(|c| c.is_ascii_uppercase())
            && initials(head).ends_with(inside);
        if head.is_empty() || !(TITLE_TAIL.is_match(inside) || acronym) {
            break;
        }
        t = head.trim_end_matches([',', '-', '–']).trim_end();
    }
    // "Sales Executive job at …" cut at "at": a board's page title, its "job" left.
    // (In a title's own case, "Python Developer Job" is how the advert names it.)
    if let Some(head) = t.strip_suffix(" job")
        && head
            .split_whitespace()
            .last()
            .is_some_and(|w| JOB_NOUN.is_match(w))
    {
        t = head.trim_end();
    }
    let mut called_for = false;
    for wanted in [
        " wanted", " WANTED", " Wanted", " needed", " NEEDED", " Needed",
    ] {
        if let Some(head) = t.strip_suffix(wanted).filter(|h| !h.trim().is_empty()) {
            t = head.trim_end();
            called_for = true;
        }
    }
    // "Front Office Executive Job in Kota Kinabalu, Sabah": a board's page
    // title, the job and then where it is.
    if let Some(at) = [" Job in ", " Jobs in ", " job in ", " jobs in "]
        .iter()
        .find_map(|cue| t.find(cue))
        && t[..at]
            .split_whitespace()
            .last()
            .is_some_and(|w| JOB_NOUN.is_match(w))
    {
        t = t[..at].trim_end();
    }
    // "Intensive Care Nurse in Monterrey": the job, then the town it is in
    // ("Lecturer in Nursing" names a field, not a place).
    if let Some(at) = t.rfind(" in ")
        && t[..at]
            .split_whitespace()
            .last()
            .is_some_and(|w| JOB_NOUN.is_match(w))
        && t[at + 4..].starts_with(char::is_uppercase)
        && super::geo::names_a_place(t[at + 4..].trim(), None)
    {
        t = t[..at].trim_end();
    }
    // "Clinical pharmacist for Gudenå Hospital Pharmacy": the job, then the
    // organisation it is for, whose name has an organisation's word.
    if let Some(at) = t.find(" for ")
        && t[..at]
            .split_whitespace()
            .last()
            .is_some_and(|w| JOB_NOUN.is_match(w))
    {
        let name = t[at + 5..].split(',').next().unwrap_or("").trim();
        let a_name = name.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "of" | "and" | "&" | "the")
        });
        if a_name && name.starts_with(|c: char| c.is_uppercase()) && STRONG_ORG_WORD.is_match(name)
        {
            t = t[..at].trim_end();
        }
    }
    // "Housekeepers wanted": the people called for, one post's name each.
    if called_for {
        one_post(t)
    } else {
        t.to_string()
    }
}

/// The short name's words, in order, grown with up to five capitalised words
/// and ending where its organisation words end ("Bridgewater" in "Bridgewater
/// Community Healthcare NHS Foundation Trust Speech Therapy Department" is the
/// first six words). A legal form alone ("Ltd", "Inc") does not grow a name.
fn grown_name<'a, 'b>(body: &'a [&'b str], short: &[&str]) -> Option<&'a [&'b str]> {
    let mut matched = 0;
    let mut added = 0;
    let mut added_name_word = false;
    for (i, w) in body.iter().enumerate() {
        if matched < short.len() && *w == short[matched] {
            matched += 1;
        } else {
            added += 1;
            added_name_word |= !LEGAL_FORM.is_match(w);
            if matched < short.len() && !ORG_WORD.is_match(w) && !w.starts_with(char::is_uppercase)
            {
                return None;
            }
        }
        if added > 5 {
            return None;
        }
        // "Board of Elections" goes on past "Board": a connector is not an end.
        let org_end = ORG_WORD.is_match(w)
            && !LEGAL_FORM.is_match(w)
            && body.get(i + 1).is_none_or(|n| {
                !ORG_WORD.is_match(n) && !matches!(*n, "of" | "and" | "&" | "for" | "on" | "the")
            });
        if matched == short.len() && org_end {
            return (added > 0 && added_name_word).then_some(&body[..=i]);
        }
    }
    None
}

/// Words that give a company's legal form, not its name.
static LEGAL_FORM: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?i:ltd|limited|llc|llp|inc|plc|corp|corporation|gmbh|ag|sa|bv|co)$"));

/// A run of capitalised words: a candidate for an organisation's full name.
static NAME_RUN: LazyLock<Regex> =
    LazyLock::new(|| re(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|for|the|on))*"));

/// The fuller form of the employer's name that the advert also gives:
/// "North Bristol Trust" → "North Bristol NHS Trust", "The Walton Centre" →
/// "The Walton Centre NHS Foundation Trust", "UCLH" → "University College
/// London Hospitals NHS Foundation Trust". The extra words must all be
/// organisation words, so a name never grows into a sentence.
pub(super) fn expand_employer(cx: &Context, out: &mut Out) {
    let Some(short) = out.posting.employer.clone() else {
        return;
    };
    let short_words: Vec<&str> = short
        .split_whitespace()
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .collect();
    let Some(&first) = short_words.first() else {
        return;
    };
    let acronym = short_words.len() == 1
        && (2..=6).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_uppercase());
    let extra_ok = |w: &str| ORG_WORD.is_match(w) || matches!(w, "of" | "and" | "&" | "the");
    let mut best: Option<(usize, String, String)> = None;
    // A longer name starts with the short one's first word, or for an acronym with its first letter.
    let lead = first.chars().next().unwrap_or(' ');
    for line in &cx.lines {
        if !(if acronym {
            line.text.contains(lead)
        } else {
            line.text.contains(first)
        }) {
            continue;
        }
        for m in NAME_RUN.find_iter(line.text) {
            // A run ends with a sentence: "… team in Vestcom. The Solutions
            // Architect …" is two, unless the stop is an abbreviation's
            // ("Acme Co. Holdings", "St. Helens", "U.S. Bank").
            let mut run: Vec<&str> = Vec::new();
            for w in m.as_str().split_whitespace() {
                run.push(w.trim_end_matches(['.', ',', '’', '\'']));
                let bare = w.trim_end_matches('.');
                let abbreviation = bare.contains('.')
                    || bare.chars().count() == 1
                    || [
                        "Co", "Inc", "Ltd", "Corp", "St", "Mt", "Dr", "Jr", "Sr", "Bros", "Dept",
                        "Univ", "Intl", "Natl", "Assn", "No",
                    ]
                    .contains(&bare);
                if w.ends_with('.') && !abbreviation {
                    break;
                }
            }
            while run
                .last()
                .is_some_and(|w| matches!(*w, "of" | "and" | "&" | "for" | "the" | "on"))
            {
                run.pop();
            }
            // The name may start inside the run ("Join West London NHS Trust").
            let starts: Vec<usize> = (0..run.len())
                .filter(|&i| {
                    if acronym {
                        run[i].starts_with(first.chars().next().unwrap_or(' '))
                    } else {
                        run[i] == first
                    }
                })
                .collect();
            for start in starts {
                let body = &run[start..];
                if body.len() <= short_words.len() || body.len() > 10 {
                    continue;
                }
                let fits = if acronym {
                    let capitals: Vec<&str> = body
                        .iter()
                        .copied()
                        .filter(|w| !matches!(*w, "of" | "and" | "&" | "for" | "on" | "the"))
                        .collect();
                    let initials: String = capitals
                        .iter()
                        .take(first.len())
                        .filter_map(|w| w.chars().next())
                        .collect();
                    initials == first
                        && capitals.len() >= first.len()
                        && capitals[first.len()..].iter().all(|w| extra_ok(w))
                } else {
                    grown_name(body, &short_words).is_some()
                };
                if fits {
                    let body = if acronym {
                        body
                    } else {
                        grown_name(body, &short_words).unwrap_or(body)
                    };
                    let the = start > 0 && run[start - 1] == "The" && short.starts_with("The ");
                    let name = if the {
                        format!("The {}", body.join(" "))
                    } else {
                        body.join(" ")
                    };
                    if best.as_ref().is_none_or(|(_, b, _)| name.len() > b.len()) {
                        best = Some((line.line, name, line.text.to_string()));
                    }
                }
            }
        }
    }
    if let Some((line, name, evidence)) = best {
        out.posting.evidence.remove("employer");
        // "The COO is…", with "Chief Operations Officer (COO)" elsewhere:
        // the short name was a job's, not an organisation's.
        let last = name.split_whitespace().last().unwrap_or("");
        if JOB_NOUN.is_match(last) && !ORG_WORD.is_match(&name) {
            out.posting.employer = None;
            out.note(format!(
                "\"{short}\" stands for \"{name}\", a job rather than the employer"
            ));
            return;
        }
        out.evidence("employer", line, &evidence);
        out.posting.employer = Some(name);
    }
}

/// Questions and pronouns that a sentence pattern may take for a name.
/// Kinds of organisation, which "The" before them does not make a name.
const GENERIC_ORG: &[&str] = &[
    "municipality",
    "council",
    "company",
    "organisation",
    "organization",
    "trust",
    "board",
    "university",
    "college",
    "school",
    "hospital",
    "department",
    "ministry",
    "authority",
    "agency",
    "employer",
    "institute",
    "institution",
    "firm",
    "business",
    "group",
    "practice",
    "society",
    "charity",
    "foundation",
    "service",
    "county",
    "city",
    "district",
    "government",
    "corporation",
    "club",
    "centre",
    "center",
];

/// Languages, which a sentence may open with ("Spanish is a plus") and
/// no employer is called.
static LANGUAGE: crate::wordset::PhraseSet = crate::wordset::PhraseSet::new(&[
    "afrikaans",
    "arabic",
    "bengali",
    "cantonese",
    "chinese",
    "danish",
    "dutch",
    "english",
    "farsi",
    "filipino",
    "finnish",
    "french",
    "german",
    "greek",
    "gujarati",
    "hebrew",
    "hindi",
    "indonesian",
    "irish",
    "italian",
    "japanese",
    "korean",
    "malay",
    "mandarin",
    "norwegian",
    "persian",
    "polish",
    "portuguese",
    "punjabi",
    "russian",
    "spanish",
    "swahili",
    "swedish",
    "tagalog",
    "tamil",
    "telugu",
    "thai",
    "turkish",
    "urdu",
    "vietnamese",
    "welsh",
    "xhosa",
    "zulu",
]);

/// A language's name alone, or a country's or a region's and nothing else:
/// "Spanish" of "Spanish is ok", "Ontario". (A city's name may be a
/// company's too - "Orange", "Santander" - and short codes in capitals
/// - "BT", "HP" - are names as often as places: both are let be.)
pub(super) fn names_no_organisation(org: &str) -> bool {
    let org = org.trim();
    if LANGUAGE.is_match(org) {
        return true;
    }
    if org.len() < 4 || !org.chars().any(char::is_lowercase) || org.contains(',') {
        return false;
    }
    let key = crate::places::normalise(org);
    // ("Alexandria", a governorate of Egypt, is also the city of Alexandria,
    // Virginia, which "City of Alexandria" may be shortened to: a region's
    // name that a sizeable town shares is let be.)
    let a_town_too = || {
        crate::places::cities(org)
            .iter()
            .any(|p| p.population >= 10_000 && crate::places::normalise(p.name) == key)
    };
    crate::places::country(org).is_some_and(|c| crate::places::normalise(c.name) == key)
        || (crate::places::regions(org, None)
            .iter()
            .any(|r| crate::places::normalise(r.name) == key)
            && !a_town_too())
}

/// "B.V", "S.p.A", "o.o": a legal form of dotted initials, its last dot
/// left off, which a name keeps with its dot ("Logistiek B.V.").
pub(super) fn dotted_initials(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|piece| (1..=3).contains(&piece.len()) && piece.chars().all(char::is_alphabetic))
}

/// The first letters of a name's capitalised words: "PSW" of "Personal
/// Support Worker".
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// "Housekeepers" -> "Housekeeper" in a title that calls for people
/// ("HOUSEKEEPERS WANTED"): one post's name.
fn one_post(title: &str) -> String {
    match title.rsplit_once(' ') {
        Some((head, last)) => format!("{head} {}", super::roles::singular(last)),
        None => super::roles::singular(title),
    }
}

/// Words that cannot be a name: "Apply for this job online" (a button),
/// ": Commercial Lines" (a label's value cut at its colon), "100% export
/// oriented knit composite industry" (a description, its words in lower case).
fn reads_as_no_name(org: &str) -> bool {
    let words: Vec<&str> = org
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .count();
    org.starts_with([':', ';', ',', '.', '-', '–', '|', '/'])
        || (words.len() >= 3 && capitalised * 2 < words.len())
}

/// A site's bar read as a name: "NaukriDesk  Jobs Companies Services  Login
/// Register For employers", "A Singapore Government Agency Website How to
/// identify". No organisation's name has a sign-in link or calls itself a
/// website.
fn site_furniture(org: &str) -> bool {
    let words: Vec<String> = org
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let pair = |a: &str, b: &str| words.windows(2).any(|w| w[0] == a && w[1] == b);
    words
        .iter()
        .any(|w| matches!(w.as_str(), "login" | "logout" | "website"))
        || pair("sign", "in")
        || pair("log", "in")
        || pair("sign", "up")
        || pair("to", "identify")
}

pub(super) fn not_a_name(org: &str) -> bool {
    let mut words = org.split_whitespace();
    let first = words.next().unwrap_or("");
    // "We're", "You'll": a pronoun with its verb, not a name.
    let first = first.split(['\'', '’']).next().unwrap_or(first);
    // "The Disabilities Trust" is a name; "The" alone, or "The team", is not,
    // nor is a kind of organisation alone: "The Municipality", "The Council".
    if matches!(first, "The" | "THE") {
        let rest: Vec<&str> = words.clone().collect();
        if let [kind] = rest[..]
            && GENERIC_ORG.contains(&kind.to_lowercase().trim_end_matches(['.', ',']))
        {
            return true;
        }
        if words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            return false;
        }
    }
    matches!(
        first,
        "We" | "You"
            | "It"
            | "This"
            | "The"
            | "Our"
            | "They"
            | "He"
            | "She"
            | "There"
            | "Here"
            | "Who"
            | "What"
            | "Which"
            | "Where"
            | "When"
            | "How"
            | "Why"
            | "That"
            | "These"
            | "Position"
            | "Role"
            | "Job"
            | "Candidate"
            | "Applicant"
            | "Successful"
            | "Each"
            | "Every"
            | "All"
            | "If"
            | "As"
            | "In"
            | "For"
            | "Your"
            | "My"
            | "Ideal"
            | "Company"
    )
}

fn set_title(out: &mut Out, title: String, line: usize, evidence: &str) {
    let title = without_count(title);
    // "Bann Valley Borough Council", "Kestrel Foods Ltd": an organisation's
    // name names no job ("Clerk to the Council" does).
    let organisation = title
        .split_whitespace()
        .last()
        .is_some_and(|w| STRONG_ORG_WORD.is_match(w.trim_end_matches(['.', ','])))
        && !title.split_whitespace().any(|w| JOB_NOUN.is_match(w));
    // "Vacancy notice | May 2026": a heading's words, whatever else the line holds.
    let heading = GENERIC_HEADING.is_match(&title);
    if out.posting.title.is_none() && plausible_title(&title) && !organisation && !heading {
        out.evidence("title", line, evidence);
        out.posting.title = Some(title);
    }
}

/// A title that opens with how many posts there are, "Two Doctoral
/// Researchers in Hydrogen Storage", names one post: "Doctoral Researcher in
/// Hydrogen Storage" (the count is the positions' field).
fn without_count(title: String) -> String {
    const COUNTS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4", "5",
        "6", "7", "8", "9", "10",
    ];
    let Some((first, rest)) = title.split_once(' ') else {
        return title;
    };
    if !COUNTS.contains(&first.to_ascii_lowercase().as_str()) {
        return title;
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    // The plural job's noun: the first word that is one ("Researchers").
    let Some(at) = words
        .iter()
        .position(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && is_job_noun(w))
    else {
        return title;
    };
    let noun = words[at];
    let one = if let Some(stem) = noun.strip_suffix("ies") {
        format!("{stem}y")
    } else if ["ches", "shes", "xes"].iter().any(|e| noun.ends_with(e)) {
        noun[..noun.len() - 2].to_string()
    } else {
        noun[..noun.len() - 1].to_string()
    };
    if !is_job_noun(&one) {
        return title;
    }
    let mut kept: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    kept[at] = one;
    kept.join(" ")
}

/// A department's name alone ("Engineering", "Finance"): neither an
/// employer nor a place, where a header or a label gives it as one.
pub(super) fn is_department_name(name: &str) -> bool {
    const NAMES: &[&str] = &[
        "Engineering",
        "Sales",
        "Marketing",
        "Operations",
        "Finance",
        "Product",
        "Design",
        "Data",
        "IT",
        "HR",
        "People",
        "Legal",
        "Support",
        "Customer Success",
        "Research",
        "Technology",
        "Development",
        "Administration",
        "Logistics",
        "Manufacturing",
        "Production",
        "Procurement",
        "Communications",
        "Nursing",
        "Facilities",
        "Assurance",
        "Audit",
        "Tax",
        "Advisory",
        "Compliance",
        "Risk",
        "Treasury",
        "Accounts",
        "Accounting",
        "Quality",
        "Security",
        "Warehouse",
        "Retail",
        "Hospitality",
        "Housekeeping",
        "Front Office",
        "Customer Service",
        "Admissions",
        "Estates",
    ];
    NAMES.iter().any(|n| n.eq_ignore_ascii_case(name.trim()))
}

/// Parts of an organisation named after it and a comma.
const UNIT_OF: &[&str] = &[
    "Faculty",
    "School",
    "Department",
    "Division",
    "Institute",
    "College",
    "Centre",
    "Center",
    "Directorate",
    "Office",
];

/// "Wadden Sea University, Faculty of Science": the organisation before its
/// faculty, school or department.
fn without_unit(org: &str) -> &str {
    match org.split_once(", ") {
        Some((name, unit))
            if ORG_WORD.is_match(name)
                && UNIT_OF.iter().any(|u| {
                    unit.strip_prefix(u)
                        .is_some_and(|r| r.starts_with(" of ") || r.starts_with(" for "))
                }) =>
        {
            name
        }
        _ => org,
    }
}

/// An organisation's name without the address or places written after it:
/// "Kingsmead Park School, Otley Road, Harrogate, HG2 0DJ", "Kansai
/// Harbourview International School, Osaka, Japan", "Falcon Dune
/// Contracting LLC, Abu Dhabi"; and without the office before it in an
/// address ("HR Department, Sahyadri Lifeline Hospitals, Phase 1, Pune 411057").
fn name_before_address(org: &str) -> &str {
    let org = match org.split_once(", ") {
        Some((office, rest)) if is_office(office) && rest.split(", ").count() >= 2 => {
            let (name, after) = rest.split_once(", ").unwrap_or((rest, ""));
            if ORG_WORD.is_match(name)
                && after.split(", ").any(|p| {
                    super::place::is_street_line(p)
                        || super::place::is_postcode_line(p)
                        || super::geo::known_place(p)
                })
            {
                rest
            } else {
                org
            }
        }
        _ => org,
    };
    match org.split_once(", ") {
        Some((name, rest))
            if rest
                .split(", ")
                .any(|p| super::place::is_street_line(p) || super::place::is_postcode_line(p))
                || (ORG_WORD.is_match(name)
                    && rest.split(", ").all(|p| {
                        p.split_whitespace().count() <= 3 && super::geo::known_place(p)
                    })
                    && super::geo::names_a_place(rest, None)) =>
        {
            name
        }
        _ => org,
    }
}

/// An office within an organisation, as an address names it first: "HR
/// Department", "Human Resources", "Recruitment Team", "Personnel Office".
fn is_office(part: &str) -> bool {
    let lower = part.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && (matches!(
            words.last().copied(),
            Some(
                "department"
                    | "dept"
                    | "dept."
                    | "office"
                    | "team"
                    | "section"
                    | "unit"
                    | "division"
            )
        ) && matches!(
            words[0],
            "hr" | "human"
                | "the"
                | "recruitment"
                | "personnel"
                | "people"
                | "talent"
                | "admin"
                | "administration"
                | "staffing"
        ) || matches!(
            lower.as_str(),
            "human resources" | "hr" | "recruitment" | "personnel"
        ))
}

/// The words of `text` after `title` when it opens with it (in any case).
fn after_title<'a>(text: &'a str, title: &str) -> Option<&'a str> {
    text.get(..title.len())
        .filter(|head| head.eq_ignore_ascii_case(title))
        .and(text.get(title.len()..))
}

/// `text` split at every one of `separators`, in turn.
fn split_at_each<'a>(text: &'a str, separators: &[&str]) -> Vec<&'a str> {
    let mut parts = vec![text];
    for sep in separators {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
}

/// Job boards and the systems careers sites run on: a page's title names
/// them after the job ("… | Bayt.com", "… - Workable"), never as the employer.
const BOARDS: &[&str] = &[
    "adzuna",
    "angellist",
    "ashby",
    "bamboohr",
    "bayt",
    "bayt.com",
    "breezy",
    "breezy hr",
    "careerbuilder",
    "careers",
    "charityjob",
    "civil service jobs",
    "craigslist",
    "cv-library",
    "dayforce",
    "dice",
    "glassdoor",
    "gov.uk",
    "governmentjobs",
    "greenhouse",
    "guardian jobs",
    "hacker news",
    "icims",
    "indeed",
    "irishjobs",
    "jazzhr",
    "job bank",
    "jobs",
    "jobs.ac.uk",
    "jobsdb",
    "jobstreet",
    "jobvite",
    "jora",
    "lever",
    "linkedin",
    "monster",
    "mycareersfuture",
    "naukri",
    "naukri.com",
    "neogov",
    "nhs jobs",
    "otta",
    "pageup",
    "personio",
    "pinpoint",
    "recruitee",
    "reed",
    "reed.co.uk",
    "remote ok",
    "rippling",
    "seek",
    "smartrecruiters",
    "stepstone",
    "successfactors",
    "taleo",
    "teamtailor",
    "totaljobs",
    "trade me",
    "usajobs",
    "we work remotely",
    "welcome to the jungle",
    "wellfound",
    "workable",
    "workday",
    "xing",
    "ziprecruiter",
];

/// "Chef de Partie - Hamnkrogen Group", "Customer Success Manager,
/// Mid-Market - Vetwise Labs": an HTML page's `<title>` that gives the
/// job found and then who offers it (not a board, a
/// place, the terms or a department). It fills an empty employer, and
/// replaces one read from the same line's words after a comma.
fn page_title_employer(cx: &Context, out: &mut Out) {
    let (Some(title), Some(page)) = (
        out.posting.title.as_deref(),
        cx.facts.iter().find(|f| f.label == "page title"),
    ) else {
        return;
    };
    let text = page.value.trim();
    let Some(rest) = after_title(text, title) else {
        return;
    };
    let parts = split_at_each(rest, &[" - ", " – ", " — ", " | ", " · ", " • "]);
    // (The first part is the rest of the job's own words: ", Mid-Market".)
    // Of the parts after it, the first with an organisation's form ("…
    // Group", "Umvoti Bank Careers": the bank's own site), or else the only
    // one left: "Graduate Programme – Finance and Risk | Umvoti Bank
    // Careers" names a field first, "… - Live Oak Facilities Group |
    // Jobsquare" the board last. ("Guardian Jobs" is a board.)
    let candidates: Vec<(&str, bool)> = parts
        .iter()
        .skip(1)
        .map(|p| p.trim())
        .filter(|p| !p.ends_with(" Jobs"))
        .map(|p| {
            let site = p
                .strip_prefix("Careers at ")
                .or_else(|| p.strip_suffix(" Careers"));
            let name = site.unwrap_or(p);
            let formed = site.is_some()
                || STRONG_ORG_WORD.is_match(name)
                || name.split_whitespace().last().is_some_and(|w| {
                    ORG_WORD.is_match(w)
                        && !matches!(
                            w,
                            "City"
                                | "County"
                                | "Office"
                                | "Department"
                                | "Service"
                                | "Services"
                                | "Care"
                                | "Health"
                                | "School"
                                | "Board"
                        )
                })
                || name
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| LEGAL_FORM.is_match(w.trim_end_matches('.')));
            (name, formed)
        })
        .filter(|(p, formed)| {
            (1..=6).contains(&words(p))
                && p.starts_with(char::is_uppercase)
                && !BOARDS.contains(&p.to_lowercase().as_str())
                && !NOT_TITLE_PART.is_match(p)
                // ("Live Oak Facilities Group" has a town's name in it.)
                && (*formed
                    || (!super::geo::names_a_place(p, None) && !super::geo::known_place(p)))
                && !GENERIC_HEADING.is_match(p)
                && !CAREERS_PAGE.is_match(p)
                && !is_department_name(p)
                && !p.split_whitespace().any(|w| JOB_NOUN.is_match(w))
                // ("Indeed.com", "jobs.example.org": a site's address.)
                && (!p.contains('.') || p.contains(' '))
        })
        .collect();
    let (org, formed) = match candidates.iter().find(|(_, formed)| *formed) {
        Some(&(name, _)) => (name, true),
        None if candidates.len() == 1 => (candidates[0].0, false),
        None => {
            // Two names or more, none an organisation's: no guess.
            if out.posting.employer.is_none() && candidates.len() > 1 {
                let names: Vec<String> =
                    candidates.iter().map(|(n, _)| format!("\"{n}\"")).collect();
                out.note(format!(
                    "employer: the page's title names {} after the job, and none is plainly the employer",
                    names.join(" and ")
                ));
            }
            return;
        }
    };
    // (An employer the title names already stays.)
    if out
        .posting
        .employer
        .as_deref()
        .is_some_and(|e| parts.iter().any(|p| norm_eq(p.trim(), e)))
    {
        return;
    }
    // (A name read from this line, or guessed from a board's line of facts
    // - "Kitchen · Gothenburg · Fully on-site" - gives way.)
    let weak = out
        .posting
        .evidence
        .get("employer")
        .is_some_and(|e| e.line == page.line || super::header_of_parts(&e.text));
    // (Over a weak name, an organisation's form or a name the advert
    // keeps using: "Senior Data Engineer | Grachtwerk".)
    let used = || cx.joined.matches(org).count() >= 3;
    if out.posting.employer.is_none() || (weak && (formed || used())) {
        out.posting.employer = None;
        out.posting.evidence.remove("employer");
        set_employer(out, org, page.line, text);
    }
}

/// "Founding Backend Engineer at Pennywhistle • New York City | Wellfound":
/// a page's title near the top that gives the job found and, after "at",
/// who offers it (up to the next separator).
fn title_at_employer(cx: &Context, out: &mut Out) {
    let Some(title) = out.posting.title.as_deref() else {
        return;
    };
    let found = cx
        .lines
        .iter()
        .take_while(|l| l.line <= super::HEADER_LINES)
        .find_map(|l| {
            let rest = after_title(l.text.trim(), title)?;
            let rest = rest
                .strip_prefix(" at ")
                .or_else(|| rest.strip_prefix(" @ "))?;
            let org = rest
                .split(['•', '|', '·', '(', '–', '—', ','])
                .next()
                .unwrap_or("")
                .split(" - ")
                .next()
                .unwrap_or("")
                .trim();
            ((1..=6).contains(&words(org)) && org.starts_with(char::is_uppercase))
                .then_some((l.line, l.text, org))
        });
    if let Some((line, text, org)) = found {
        set_employer(out, org, line, text);
    }
}

pub(super) fn set_employer(out: &mut Out, org: &str, line: usize, evidence: &str) {
    let org = org.trim().trim_end_matches([',', ':']).trim();
    // "Thorpe Design, Inc.": the dot of a short legal form is the name's.
    let org = match org.strip_suffix('.') {
        Some(head)
            if head
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| matches!(w, "Inc" | "Ltd" | "Co" | "Corp" | "Bhd" | "Pvt")) =>
        {
            org
        }
        // "Logistiek B.V.", "Ferrovia S.p.A.": a form of dotted initials.
        Some(head) if head.rsplit(' ').next().is_some_and(dotted_initials) => org,
        Some(head) => head.trim_end_matches(['.', ',', ':']).trim(),
        None => org,
    };
    // "About TrackerTracker": a heading run into the name it introduces, twice.
    let org = org.strip_prefix("About ").unwrap_or(org);
    // "at Sakuragi Systems": a board's caption, the name after "at".
    let org = org.strip_prefix("at ").unwrap_or(org).trim_start();
    // "Posted 19 May 2026 by Pennine Van Rentals Ltd": a board's byline.
    let org = org
        .strip_prefix("Posted ")
        .and_then(|rest| rest.split_once(" by "))
        .map_or(org, |(_, name)| name.trim());
    // "Ltd", "Inc.": a legal form alone names no one.
    if LEGAL_FORM.is_match(org.trim_end_matches('.')) && !org.contains(' ') {
        return;
    }
    // "Hybrid", "Remote": a working pattern names no one.
    if matches!(
        org.to_ascii_lowercase().as_str(),
        "hybrid"
            | "remote"
            | "on-site"
            | "onsite"
            | "on site"
            | "in person"
            | "in-person"
            | "fully remote"
            | "office-based"
            | "wfh"
            | "work from home"
    ) {
        return;
    }
    if site_furniture(org) || names_no_organisation(org) || reads_as_no_name(org) {
        return;
    }
    // "International Humanitarian Coordination Agency (IHCA)": the short
    // form of the name's own initials, in brackets after it, is not part of it.
    let org = match org.strip_suffix(')').and_then(|o| o.rsplit_once(" (")) {
        Some((name, short))
            if short.len() >= 2
                && short.chars().all(|c| c.is_alphabetic())
                && initials(name).eq_ignore_ascii_case(short) =>
        {
            name.trim_end()
        }
        _ => org,
    };
    // "Tanglaw Global Solutions Inc. 3.9 ★ 412 reviews", "… Pvt. Ltd. ★
    // 4.1": a board's rating after the name.
    let rated;
    let org = match org.find('★') {
        Some(star) => {
            let mut words: Vec<&str> = org[..star].split_whitespace().collect();
            while words
                .last()
                .is_some_and(|w| w.parse::<f64>().is_ok() || matches!(*w, "|" | "·" | "-"))
            {
                words.pop();
            }
            rated = words.join(" ");
            rated.as_str()
        }
        None => org,
    };
    if org.is_empty() {
        return;
    }
    // "Georgia-Pacific’s Project & Engineering Group": a part of the
    // organisation named before the possessive.
    // "The City of Bend's Permit Center": a government's office, named
    // after the government.
    let org = match org.split_once("’s ").or_else(|| org.split_once("'s ")) {
        Some((owner, part))
            if !owner.is_empty()
                && (matches!(
                    part.split_whitespace().last(),
                    Some("Group" | "Team" | "Department" | "Division" | "Unit" | "Lab")
                ) || (GOVERNMENT_OF.is_match(owner)
                    && matches!(
                        part.split_whitespace().last(),
                        Some("Center" | "Centre" | "Office" | "Service" | "Services")
                    ))) =>
        {
            owner
        }
        _ => org,
    };
    let undoubled: Vec<&str> = org
        .split_whitespace()
        .map(|w| {
            let half = w.len() / 2;
            if w.len() >= 4 && w.is_char_boundary(half) && w[..half] == w[half..] {
                &w[..half]
            } else {
                w
            }
        })
        .collect();
    let org = &undoubled.join(" ");
    // "Jobs and careers > Current vacancies > …": a site's breadcrumb trail.
    if org.contains(" > ") || org.contains(" » ") || org.contains(" › ") {
        return;
    }
    // "Restaurant: 1 year (Required)": a board's question about experience.
    if answers_a_question(org) {
        return;
    }
    let org = without_unit(name_before_address(org));
    // "Staff newsletter of Ravi Crescent Hospital": the organisation a
    // publication belongs to.
    let lower = org.to_ascii_lowercase();
    let org = [
        "newsletter of ",
        "bulletin of ",
        "magazine of ",
        "gazette of ",
    ]
    .iter()
    .find_map(|p| {
        lower
            .find(p)
            .map(|at| org[at + p.len()..].trim_start_matches("the ").trim())
    })
    .filter(|rest| rest.starts_with(char::is_uppercase))
    .unwrap_or(org);
    // "Umvoti Bank Careers": a careers site's name is its organisation's.
    let org = match org.rsplit_once(' ') {
        Some((name, "Careers" | "Jobs" | "Vacancies")) if ORG_WORD.is_match(name) => name,
        _ => org,
    };
    // The agency the advert comes through is not its employer.
    if let Some(agency) = &out.agency {
        let (a, o) = (agency.to_lowercase(), org.to_lowercase());
        if o.starts_with(&a) || a.starts_with(&o) {
            return;
        }
    }
    // "The Account Coordinator is a…", "Engagement Managers are…": a job, not an organisation.
    // "School Business Manager": a job in a school, though "School" is an
    // organisation's word; an organisation's own word ("Trust", "Ltd")
    // or a plural ("Associates") leaves the name a name.
    let last = org.split_whitespace().last().unwrap_or("");
    let names_a_job = JOB_NOUN.is_match(last)
        && (!ORG_WORD.is_match(org)
            || (!last.ends_with('s')
                && !STRONG_ORG_WORD.is_match(org)
                && !ORG_WORD.is_match(last)
                && !ends_in_legal_form(org)));
    // "About the Role We…": a sentence's first word run into the name.
    let run_together = matches!(last, "We" | "You" | "Our" | "The" | "Join" | "As");
    // "Radiography Department", "Boston Community Nursing Team": a part of
    // the employer, not the employer ("Department of Health" is one).
    let unit = matches!(
        last,
        "Department" | "Team" | "Unit" | "Ward" | "Directorate" | "Division" | "Section"
    );
    // "Engineering · Tampere · Hybrid": a department's name alone is no employer.
    let department = is_department_name(org);
    if out.posting.employer.is_none()
        && !org.is_empty()
        && !not_a_name(org)
        && !names_a_job
        && !run_together
        && !unit
        && !department
    {
        out.evidence("employer", line, evidence);
        out.posting.employer = Some(org.to_string());
    }
}

/// "Title, Employer, Place — body text" on the advert's first line.
fn run_in_header(cx: &Context, out: &mut Out) {
    static DASH: LazyLock<Regex> = LazyLock::new(|| re(r"\s*[—–]\s*|\s+-\s+"));
    let Some(first) = cx.lines.first() else {
        return;
    };
    // "Elections Supervisor – Voter Services, Pierce County, Washington– …":
    // a dash spaced on both sides may be inside the title; the one run onto
    // the word before it ends the header.
    // A dash inside brackets ("(Elections Specialist–Russian)") is the title's.
    let open = |end: usize| {
        let before = &first.text[..end];
        before.matches(['(', '[']).count() > before.matches([')', ']']).count()
    };
    let dashes: Vec<_> = DASH
        .find_iter(first.text)
        .take_while(|m| m.start() <= 160)
        .filter(|m| !open(m.start()))
        .collect();
    let glued = dashes
        .iter()
        .find(|m| m.start() > 0 && !m.as_str().starts_with(char::is_whitespace))
        .copied();
    let Some(dash) = glued.or(dashes.first().copied()) else {
        return;
    };
    let head = first.text[..dash.start()].trim();
    if dash.start() > 160 || dash.end() >= first.text.len() {
        return;
    }
    // "… · Steinbach, MB · $38.00–$44.50/hour · Full-time": a header of
    // parts kept apart by dots or bars, read as such elsewhere; a dash
    // between figures is a range's.
    let between_figures = first.text[..dash.start()].ends_with(|c: char| c.is_ascii_digit())
        && first.text[dash.end()..]
            .starts_with(|c: char| c.is_ascii_digit() || c == '$' || c == '£' || c == '€');
    if between_figures || [" · ", " | ", " • "].iter().any(|sep| head.contains(sep)) {
        return;
    }
    let parts = split_outside_brackets(head);
    // "Redistricting Litigation Counsel— The Commission is seeking…": a
    // title alone before a dash run onto it.
    if parts.len() == 1
        && glued.is_some()
        && head.split_whitespace().count() <= 6
        && head.chars().next().is_some_and(char::is_uppercase)
        && head
            .split_whitespace()
            .last()
            .is_some_and(|w| job_noun(w) && w.chars().next().is_some_and(char::is_uppercase))
    {
        set_title(out, head.to_string(), first.line, head);
        return;
    }
    if !(2..=5).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.is_empty() || p.split_whitespace().count() > 8)
        || !parts[0].chars().next().is_some_and(char::is_uppercase)
    {
        return;
    }
    // "Customer Service Representative Job in Quezon City, Metro Manila -
    // Jobstreet": a board's page title, whose parts after "Job in" are
    // the place's.
    let lower = parts[0].to_lowercase();
    if lower.contains(" job in ") || lower.contains(" jobs in ") {
        return;
    }
    let n = parts.len();
    // "Deputy Clerk, III, Boone County, Missouri": the part before the state
    // is the employer, and what comes before it is the title (less any
    // working pattern: "Elections Clerk, Part-time, Karnes County, Texas").
    if n >= 3 && is_region(parts[n - 1]) {
        // "…, Montgomery County Board of Elections, Rockville, Maryland" and
        // "…, Democracy Fund, Washington, D.C.": a city before the state.
        let city_first = n >= 4
            && !ORG_WORD.is_match(parts[n - 2])
            && (ORG_WORD.is_match(parts[n - 3]) || is_region(parts[n - 2]));
        let e = if city_first { n - 3 } else { n - 2 };
        let title: Vec<&str> = parts[..e]
            .iter()
            .copied()
            .filter(|p| !WORKING_PATTERN.is_match(p))
            .collect();
        set_title(out, title.join(", "), first.line, head);
        set_employer(out, parts[e], first.line, head);
        if out.posting.location.is_none() {
            out.evidence("location", first.line, head);
            out.posting.location = Some(parts[e + 1..].join(", "));
        }
        return;
    }
    set_title(out, parts[0].to_string(), first.line, head);
    set_employer(out, parts[1], first.line, head);
    if parts.len() > 2 && out.posting.location.is_none() {
        out.evidence("location", first.line, head);
        out.posting.location = Some(parts[2..].join(", "));
    }
}

/// Hours or terms given as a part of a run-in header.
static WORKING_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?i:part[- ]time|full[- ]time|temporary|seasonal|permanent|contract|fixed[- ]term)$")
});

/// A US state or territory, by name, postal code or AP abbreviation ("Pa.",
/// "Calif.", "N.C."), or the country.
fn is_region(part: &str) -> bool {
    static REGION: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|D\.C\.|Puerto Rico|Guam|United States|USA|U\.S\.|[A-Z]{2}|[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.)$",
        )
    });
    REGION.is_match(part.trim())
}

/// `s` split at each of `separators` that lies outside brackets.
pub(super) fn split_at_outside_brackets<'a>(s: &'a str, separators: &[&str]) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let (mut depth, mut start, mut i) = (0usize, 0, 0);
    while i < s.len() {
        let rest = &s[i..];
        let c = rest.chars().next().unwrap_or(' ');
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0
            && let Some(sep) = separators.iter().find(|sep| rest.starts_with(**sep))
        {
            parts.push(&s[start..i]);
            i += sep.len();
            start = i;
            continue;
        }
        i += c.len_utf8();
    }
    parts.push(&s[start..]);
    parts
}

/// The text before a bracketed group that ends it: "Site Manager (Contract)"
/// is "Site Manager".
fn without_brackets(s: &str) -> &str {
    let t = s.trim_end();
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
        && open > 0
    {
        return t[..open].trim_end();
    }
    t
}

/// Splits "A, B (C, D), E" at the commas outside brackets that a space
/// follows ("$95,000.00" is one part).
fn split_outside_brackets(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 && s[i + 1..].starts_with(' ') => {
                parts.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(s[start..].trim());
    parts
}

/// Blocks before the headline may be only headings or short lines; a heading
/// deep in the advert is a section, not its title.
const HEADLINE_WITHIN: usize = 3;

/// A headline that may be the title but names no job: used only when no
/// sentence names one.
struct WeakTitle {
    title: String,
    line: usize,
    evidence: String,
}

/// Reads the headline; returns a title that names no job instead of setting it.
fn headline(cx: &Context, out: &mut Out) -> Option<WeakTitle> {
    // "Employment Type" / "Full time": a heading that is only a field's
    // name, and the value under it, state a fact; neither heads the advert,
    // and a side pane of them before it does not push its headline out of reach.
    let blocks = &cx.doc.blocks;
    let names_field =
        |i: usize| blocks[i].is_heading() && super::is_field_name(blocks[i].text.trim());
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| {
            let value_of_field = i > 0
                && names_field(i - 1)
                && blocks[i].kind == BlockKind::Paragraph
                && words(&blocks[i].text) <= 16;
            !cx.excluded[i]
                && !matches!(blocks[i].kind, BlockKind::Code | BlockKind::Break)
                && !names_field(i)
                && !value_of_field
        })
        .collect();
    let early_headings: Vec<(usize, &crate::document::Block)> = kept
        .iter()
        .take(HEADLINE_WITHIN + 1)
        .map(|&i| (i, &cx.doc.blocks[i]))
        .filter(|(_, b)| b.is_heading())
        .filter(|(_, b)| {
            // "Statements of Qualifications (“SOQ”)": a note in brackets
            // does not make a section's heading a title.
            let text = b.text.trim();
            let bare = text
                .strip_suffix(')')
                .and_then(|t| t.rfind('(').map(|at| t[..at].trim_end()))
                .unwrap_or(text);
            !GENERIC_HEADING.is_match(text)
                && !GENERIC_HEADING.is_match(bare)
                && !is_label_line(&b.text)
        })
        .collect();
    // A heading that names a job beats one that names a section or a company;
    // a section's heading ("Essential Functions", "Your core tasks") is never the title.
    // (Of a header of parts, the part that names the job: "Sales Assistant –
    // Boekhandel De Lantaarn – Haarlem city centre" is no organisation's name
    // for its "centre".)
    let names_job = |b: &crate::document::Block| {
        let title = clean_title(&b.text);
        !ORG_WORD.is_match(&title_case(&title))
            && !RECRUITER.is_match(&title)
            && title.split_whitespace().any(|w| JOB_NOUN.is_match(w))
    };
    let heading = early_headings
        .iter()
        .find(|(_, b)| names_job(b))
        .or_else(|| {
            early_headings
                .iter()
                .find(|(_, b)| !SECTION_WORDS.is_match(&b.text) && !shouting_name(&b.text))
        })
        .copied();
    // Without an early heading, the first paragraph that is not only labels and links.
    let first_paragraph = || {
        kept.iter()
            .take(HEADLINE_WITHIN)
            .map(|&i| (i, &cx.doc.blocks[i]))
            .filter(|(_, b)| b.kind == BlockKind::Paragraph)
            .find(|(_, b)| {
                b.text_lines().any(|(_, t)| {
                    !is_label_line(t)
                        && !t.trim().is_empty()
                        // "Advert published 2 June 2026": the page's date.
                        && !PUBLISHED.is_match(t.trim())
                        && (!t.contains("://") || super::header_of_parts(t))
                })
            })
    };
    // A forum's instructions over the posts ("Please state the location and
    // include REMOTE…", "[...]"), then a post's header of parts ("Lapa Saúde
    // | Senior Backend Engineer (Elixir) | Brazil | REMOTE"): the header.
    let header_after_prose = || {
        let window: Vec<(usize, &crate::document::Block)> = kept
            .iter()
            .take(HEADLINE_WITHIN)
            .map(|&i| (i, &cx.doc.blocks[i]))
            .collect();
        let at = window.iter().position(|(_, b)| {
            b.kind == BlockKind::Paragraph
                && b.text_lines()
                    .next()
                    .is_some_and(|(_, t)| super::header_of_parts(t))
        })?;
        window[..at]
            .iter()
            .all(|(_, b)| {
                b.kind == BlockKind::Paragraph
                    && b.text_lines().all(|(_, t)| {
                        !t.chars().any(char::is_alphabetic) || (ends_sentence(t) && words(t) > 16)
                    })
            })
            .then(|| window[at])
    };
    // "Senior Data Engineer (m/w/d)" / "Hanseatic Freight Systems GmbH" over
    // a board's one-word lines ("Hamburg", "Festanstellung") that plain
    // text reads as headings: a heading that names no job gives way to an
    // earlier paragraph whose first line does.
    let heading = match heading {
        Some((at, b)) if !names_job(b) => kept
            .iter()
            .take(HEADLINE_WITHIN)
            .take_while(|&&i| i < at)
            .map(|&i| (i, &cx.doc.blocks[i]))
            .find(|(_, p)| {
                // (Past a board's "About the job" over it.)
                p.kind == BlockKind::Paragraph
                    && p.text_lines()
                        .find(|(_, t)| !GENERIC_HEADING.is_match(t.trim()))
                        .is_some_and(|(_, t)| {
                            !ends_sentence(t)
                                && !is_label_line(t)
                                && words(t) <= 12
                                && without_brackets(t)
                                    .split_whitespace()
                                    .last()
                                    .is_some_and(|w| JOB_NOUN.is_match(w))
                        })
            })
            // "Pennywhistle" (h2) over the company's tags, then "Founding
            // Backend Engineer" (h1): the page's own title further down.
            .or_else(|| {
                kept.iter()
                    .take(16)
                    .skip_while(|&&i| i <= at)
                    .map(|&i| (i, &cx.doc.blocks[i]))
                    .find(|(_, h)| {
                        matches!(h.kind, BlockKind::Heading { level: 1 })
                            && !matches!(b.kind, BlockKind::Heading { level: 1 })
                            && names_job(h)
                            && words(&h.text) <= 12
                    })
            })
            .or(Some((at, b))),
        other => other,
    };
    let (mut index, mut block) = heading
        .or_else(header_after_prose)
        .or_else(first_paragraph)?;
    // "Harbour Talent Partners" / "Engineering Manager – Payments": a
    // board's page that puts the company's name over the job, each on a
    // line of its own. The name is read as the employer's after the rest,
    // as a caption over a title is.
    let mut name_above: Option<(usize, &str)> = None;
    // Whether the line after `line` of block `b` (or the next block's first)
    // is a board's line of facts: "London, England · 1 week ago · 40 applicants".
    let facts_after = |b: usize, line: usize| {
        cx.doc.blocks[b]
            .text_lines()
            .find(|(l, _)| *l > line)
            .or_else(|| cx.doc.blocks.get(b + 1).and_then(|n| n.text_lines().next()))
            .is_some_and(|(_, t)| super::header_of_parts(t))
    };
    // (The plain tests first: this is asked of most adverts' first line.)
    let short_name = |t: &str| {
        (1..=6).contains(&words(t))
            // ("Advt. No. ERARI/REC/02/2027": a reference, not a name.)
            && t.chars().filter(char::is_ascii_digit).count() < 4
            && !ends_sentence(t)
            && !super::header_of_parts(t)
            && !is_label_line(t)
            && !GENERIC_HEADING.is_match(t.trim())
            && !SECTION_WORDS.is_match(t.trim())
            && (!t.split_whitespace().any(|w| JOB_NOUN.is_match(w))
                || RECRUITER.is_match(t)
                || ORG_WORD.is_match(&title_case(t)))
    };
    let job_line = |t: &str| {
        let t = t.trim();
        let first = first_part(t, &[" – ", " — ", " - ", " | ", " · "]).unwrap_or(t);
        words(t) <= 12
            && !ends_sentence(t)
            && without_brackets(first)
                .split_whitespace()
                .last()
                .is_some_and(|w| JOB_NOUN.is_match(w))
            && !is_label_line(t)
    };
    // (The job chosen already, the name just above it, at the top, when a
    // board's line of facts follows the job.)
    if block.is_heading()
        && kept.first().is_some_and(|&i| i + 1 == index)
        && let Some((above_line, above)) = cx.doc.blocks[index - 1].text_lines().next()
        && cx.doc.blocks[index - 1].text_lines().count() == 1
        && short_name(above)
        && facts_after(index, block.pos.line)
    {
        name_above = Some((above_line, above));
    }
    let mut switched = false;
    if name_above.is_none()
        && block.text_lines().count() == 1
        && let Some((only_line, only)) = block.text_lines().next()
        && let Some(&next) = kept.iter().find(|&&i| i > index)
        && next == index + 1
        && let Some((_, first)) = cx.doc.blocks[next].text_lines().next()
        && job_line(first)
        && short_name(only)
    {
        // (The name is the employer's only where a board's line of facts
        // follows the job, as on a board's page: a site's name or a place
        // may stand above a job elsewhere.)
        if facts_after(next, cx.doc.blocks[next].pos.line) {
            name_above = Some((only_line, only));
        }
        index = next;
        block = &cx.doc.blocks[next];
        switched = true;
    }
    // The first line that is not a "Label: value" line.
    let mut block_lines = block.text_lines();
    let headline_line = |t: &str| {
        !is_label_line(t)
            && !t.trim().is_empty()
            && (!t.contains("://") || super::header_of_parts(t))
    };
    let (mut line, mut text) = block_lines.by_ref().find(|(_, t)| headline_line(t))?;
    // "About the job" / "Routing Software Developer (m/w/d)": a board's
    // section word over the job, in one paragraph of plain text.
    if !block.is_heading()
        && GENERIC_HEADING.is_match(text.trim())
        && let Some((next_line, next)) = block.text_lines().find(|(l, _)| *l > line)
        && headline_line(next)
        && job_line(next)
    {
        (line, text) = (next_line, next);
        block_lines.next();
    }
    // ":rotating_light: *We're hiring!* :rotating_light:" over "*Senior
    // Android Engineer* @ *Mavuno Credit*": a banner alone on its line heads
    // the line under it.
    if is_banner_only(text)
        && let Some((next_line, next)) = block_lines.by_ref().find(|(_, t)| headline_line(t))
    {
        (line, text) = (next_line, next);
    }
    // (Or both in one block.)
    if name_above.is_none()
        && !switched
        && let Some((next_line, next)) = block.text_lines().find(|(l, _)| *l > line)
        && headline_line(next)
        && job_line(next)
        && short_name(text)
    {
        if facts_after(index, next_line) {
            name_above = Some((line, text));
        }
        (line, text) = (next_line, next);
        block_lines.next();
    }
    // "Snout https://www.snoutplans.com/ | Principal Software Engineer |
    // Remote US": a header's links are not its words.
    let unlinked;
    let text = if text.contains("://") || super::header_of_parts(text) {
        unlinked = without_links(text);
        unlinked.as_str()
    } else {
        text
    };
    // A paragraph's line that runs on into the next ("The Open Project is /
    // an academic…") or that opens a list ("Projects include:") is prose.
    let runs_on = !block.is_heading()
        && (text.trim_end().ends_with(':')
            || block_lines
                .next()
                .is_some_and(|(_, next)| next.trim_start().starts_with(char::is_lowercase)));
    let text = unglue_headline(text.trim());
    // A plain-text advert that opens with a section word ("About the job",
    // "Schedule") has no headline on its first line.
    let names_job_line = text.split_whitespace().any(|w| JOB_NOUN.is_match(w));
    if !block.is_heading()
        && words(text) <= 6
        && (GENERIC_HEADING.is_match(text) || SECTION_WORDS.is_match(text))
        && !names_job_line
    {
        return None;
    }
    let mut weak = None;
    let cleaned = clean_title(text);
    if let Some(c) = HIRING.captures(&cleaned) {
        let title = cut_title(&clean_title(c["title"].trim()));
        set_title(out, title, line, text);
        set_employer(out, &c["org"], line, text);
    } else if let Some((title, org)) = AT_EMPLOYER
        .captures(text)
        .filter(|_| !ends_sentence(text) && words(text) <= 10)
        .map(|c| (c["title"].to_string(), c["org"].to_string()))
        .or_else(|| {
            // "*Senior Android Engineer* @ *Mavuno Credit* — Nairobi
            // (Westlands), hybrid": the first part of a header, its
            // emphasis left out.
            let first = first_part(text, &[" — ", " – ", " | ", " · "])?;
            let bare = first.replace(['*', '_'], "");
            AT_EMPLOYER
                .captures(bare.trim())
                .map(|c| (c["title"].to_string(), c["org"].to_string()))
        })
    {
        // "Join the team at Kindred Hearth": an invitation, not a job.
        if !INVITATION.is_match(&title) {
            set_title(out, clean_title(&title), line, text);
        }
        set_employer(out, &org, line, text);
    } else if block.is_heading()
        || words(text) <= 12
        // "Sales Assistant – Boekhandel De Lantaarn – Haarlem – Part time
        // (16–24 hours)": a header of parts is as short as its first part.
        || (words(text) <= 24
            && [" · ", " | ", " – ", " — ", " • "]
                .iter()
                .any(|sep| text.contains(sep)))
    {
        // "Analyst (f/m/d) — Acme Kaffee Gruppe": a second part that names an organisation.
        // (Only that part: "Engineer | Ridgeback Freight Systems | Denver"
        // goes on to the place.)
        if let Some((_, rest)) = text.split_once(" — ").or_else(|| text.split_once(" | ")) {
            let rest = first_part(rest, &[" — ", " – ", " | ", " · ", " • "])
                .unwrap_or(rest)
                .trim();
            if ORG_WORD.is_match(rest) && words(rest) <= 8 && out.posting.employer.is_none() {
                set_employer(out, rest, line, text);
            }
        }
        let names_job = cleaned.split_whitespace().any(|w| JOB_NOUN.is_match(w));
        if out.posting.title.is_none()
            && plausible_title(&cleaned)
            && !ends_sentence(text)
            && !runs_on
        {
            if names_job {
                set_title(out, cleaned, line, text);
            } else if !is_subject_elsewhere(cx, &cleaned, line) {
                weak = Some(WeakTitle {
                    title: cleaned,
                    line,
                    evidence: text.to_string(),
                });
            }
        }
    }

    // A short caption just above the title ("Department for Coastal Resilience").
    // A careers site's name there ("Harbour Health Careers") gives way to a
    // name of its own under the title (the district or hospital the site
    // advertises for).
    let mut site_caption: Option<(String, usize, String)> = None;
    if out.posting.employer.is_none()
        && block.is_heading()
        && let Some(&prev) = kept.iter().take_while(|&&i| i < index).last()
    {
        let before = &cx.doc.blocks[prev];
        let text = before.text.trim();
        // Of a caption in parts ("Tamar Valley University – School of
        // Chemistry", "Careers – Staff Nurse – Nandini Hospitals"), the
        // first part that names an organisation and is not the job.
        let part = split_parts(text).into_iter().find(|p| {
            (1..=8).contains(&words(p))
                && ORG_WORD.is_match(p)
                && !CAREERS_PAGE.is_match(p)
                && !p.split_whitespace().any(|w| JOB_NOUN.is_match(w))
        });
        if matches!(
            before.kind,
            BlockKind::Paragraph | BlockKind::Heading { .. }
        ) && !text.contains('\n')
            && words(text) <= 16
            && !ends_sentence(text)
            && !is_label_line(text)
            && let Some(part) = part
        {
            if part
                .rsplit_once(' ')
                .is_some_and(|(_, last)| matches!(last, "Careers" | "Jobs" | "Vacancies"))
            {
                site_caption = Some((part.to_string(), before.pos.line, text.to_string()));
            } else {
                set_employer(out, part, before.pos.line, text);
            }
        }
    }

    // The line just under the title often names the employer,
    // alone or first among other facts ("Acme Ltd – 2 posts – posted 10/02/2025").
    if out.posting.employer.is_none()
        && block.is_heading()
        && let Some(next) = cx.doc.blocks.get(index + 1)
    {
        let (line, first) = next.text_lines().next().unwrap_or((0, ""));
        let first = first.trim();
        let segment = [" – ", " — ", " - ", " · ", " | ", " • "]
            .iter()
            .filter_map(|sep| first.find(sep))
            .min()
            .map_or(first, |at| &first[..at])
            .trim()
            // "**Pearl & Pine Homewares** · Sha Tin": a name in bold.
            .trim_matches(|c: char| c == '*' || c == '_')
            .trim();
        let has_facts = segment.len() < first.len();
        let n = words(segment);
        // Named again, whole or without its last word ("Pearl & Pine"
        // for "Pearl & Pine Homewares", "Brightkiln" for "Brightkiln Software").
        let named_again = || {
            let shorter = segment
                .rsplit_once(' ')
                .map(|(head, _)| head.trim_end_matches([' ', '&']))
                .filter(|h| h.len() >= 4);
            std::iter::once(segment)
                .chain(shorter)
                .any(|name| cx.find_in_lines(name).any(|(l, _)| l.line != line))
        };
        let capitalised = segment.chars().next().is_some_and(char::is_uppercase);
        // The text reader may make a short line of its own a heading:
        // "Tamarisk University" under the title, when it names an organisation
        // and neither a section nor a job.
        let org_heading = next.is_heading()
            && STRONG_ORG_WORD.is_match(segment)
            && !GENERIC_HEADING.is_match(segment)
            && !SECTION_WORDS.is_match(segment)
            && !segment.split_whitespace().any(|w| JOB_NOUN.is_match(w));
        // "Ballinlough Mutual · Cork, County Cork, Ireland · 2 weeks ago": a
        // name whose next fact is a place (a job board's line under the title).
        let place_follows = || {
            let rest = first[segment.len()..].trim_start_matches(['*', '_']);
            [" · ", " | ", " • "].iter().any(|sep| {
                rest.strip_prefix(sep).is_some_and(|rest| {
                    let end = [" · ", " | ", " • "]
                        .iter()
                        .filter_map(|sep| rest.find(sep))
                        .min()
                        .unwrap_or(rest.len());
                    let next = &rest[..end];
                    let next = next.trim().trim_end_matches("(Remote)").trim();
                    super::geo::names_a_place(next, None)
                })
            }) && !FACT_WORDS.is_match(segment)
        };
        if (next.kind == BlockKind::Paragraph || org_heading)
            && (1..=10).contains(&n)
            && (!segment.ends_with('.') || ends_in_legal_form(segment))
            && capitalised
            && !is_label_line(first)
            && (ORG_WORD.is_match(segment)
                || (has_facts && n <= 5 && (named_again() || place_follows())))
            // "Woodstock, ON | Permanent": a place first among the facts.
            && !super::geo::names_a_place(segment, None)
        {
            set_employer(out, segment, line, first);
        }
    }
    if out.posting.employer.is_none()
        && let Some((part, line, text)) = site_caption
    {
        set_employer(out, &part, line, &text);
    }
    // (An agency's name there is left to the reader of agencies and clients.)
    if out.posting.employer.is_none()
        && let Some((line, name)) = name_above
        && !RECRUITER.is_match(name)
    {
        set_employer(out, name.trim(), line, name);
    }
    weak
}

/// "CEDAR BASIN COUNTY, OREGON" / … / "Department of Road & Bridge
/// Services": a government's department under the government's name at the
/// top of the notice; the government employs, the department is where the
/// job is.
fn government_above_its_department(cx: &Context, out: &mut Out) {
    let Some(employer) = out.posting.employer.as_deref() else {
        return;
    };
    if !["Department of ", "Division of ", "Bureau of ", "Office of "]
        .iter()
        .any(|p| employer.starts_with(p))
    {
        return;
    }
    let found = cx.lines.iter().take(3).find_map(|l| {
        let text = l.text.trim().trim_matches(['*', '#', ' ']);
        let name = text.split(", ").next().unwrap_or(text).trim();
        let words = name.split_whitespace().count();
        let county = (2..=5).contains(&words)
            && name
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("county"));
        let government = GOVERNMENT_OF.is_match(name) && words <= 6;
        (county || government).then_some((l.line, name, l.text))
    });
    if let Some((line, name, text)) = found {
        let name = if name.chars().any(char::is_lowercase) {
            name.to_string()
        } else {
            title_case(name)
        };
        out.posting.evidence.remove("employer");
        out.evidence("employer", line, text);
        out.posting.employer = Some(name);
    }
}

/// A university's name: "University of the Tay", "Southern Lakes University".
static UNIVERSITY_OF: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bUniversity\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"));
static NAMED_UNIVERSITY: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:[A-Z][\w'’-]*\s+){1,4}University\b"));

/// "The School of Health Sciences is seeking…" in an advert of the
/// "University of the Tay": a school, faculty or department of the one
/// university the advert names is not the employer; the university is.
fn university_above_its_school(cx: &Context, out: &mut Out) {
    let Some(employer) = out.posting.employer.as_deref() else {
        return;
    };
    let unit = employer.strip_prefix("The ").unwrap_or(employer);
    if ![
        "School of ",
        "Faculty of ",
        "Department of ",
        "Division of ",
    ]
    .iter()
    .any(|p| unit.starts_with(p))
        || !cx.joined.contains("University")
    {
        return;
    }
    let mut names: Vec<(usize, &str, &str)> = Vec::new();
    for l in cx.lines.iter().filter(|l| l.text.contains("University")) {
        let of = UNIVERSITY_OF.find_iter(l.text);
        for m in of.chain(NAMED_UNIVERSITY.find_iter(l.text)) {
            let name = m.as_str().trim();
            let name = name.strip_prefix("The ").unwrap_or(name);
            // ("University of the Tay Jobs": its careers site.)
            let name = [" Jobs", " Careers", " Vacancies"]
                .iter()
                .find_map(|s| name.strip_suffix(s))
                .unwrap_or(name);
            // ("The University": no name.)
            if name != "University" && !names.iter().any(|(_, n, _)| *n == name) {
                names.push((l.line, name, l.text));
            }
        }
    }
    if let [(line, name, text)] = names[..] {
        out.note(format!(
            "employer: \"{employer}\" is a part of {name}, which the advert names"
        ));
        out.posting.evidence.remove("employer");
        out.evidence("employer", line, text);
        out.posting.employer = Some(name.to_string());
    }
}

/// "UMSINDUZI BULK WATER BOARD" / … / "Umsinduzi Bulk Water Board supplies
/// …": the organisation a notice's first line names, as a letterhead does,
/// when the text names it again.
fn letterhead_employer(cx: &Context, out: &mut Out) {
    let Some(first) = cx.lines.first() else {
        return;
    };
    static WIDE_GAP: LazyLock<Regex> = LazyLock::new(|| re(r"\s{3,}|\t|\s[|–—·]\s"));
    let text = first.text.trim().trim_matches(['*', '#', '_', ' ']);
    let name = WIDE_GAP.split(text).next().unwrap_or(text).trim();
    let n = words(name);
    if !(1..=8).contains(&n)
        || name.chars().any(|c| c.is_ascii_digit())
        || name.ends_with(['.', '!', '?', ':'])
        || !name.starts_with(char::is_uppercase)
    {
        return;
    }
    let cased = if name.chars().any(char::is_lowercase) {
        name.to_string()
    } else {
        title_case(name)
    };
    let last = cased.split_whitespace().last().unwrap_or("");
    if !ORG_WORD.is_match(&cased) || JOB_NOUN.is_match(last) || GENERIC_HEADING.is_match(name) {
        return;
    }
    let lower = cased.to_lowercase();
    // Or by its initials: "ERARI/REC/02/2027", "www.erari.example.gov.in"
    // under "Eastern Regional Agricultural Research Institute".
    let initials: String = cased
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "and" | "the" | "for" | "&" | "in"))
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_uppercase)
        .collect();
    let lower_initials = initials.to_lowercase();
    let by_initials = |text: &str| {
        initials.len() >= 3
            && (text
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| w == initials)
                || text.split_whitespace().any(|w| {
                    w.contains('.')
                        && w.split(['.', '/', '@', ':'])
                            .any(|part| part == lower_initials)
                }))
    };
    let named_again = cx
        .lines
        .iter()
        .skip(1)
        .any(|l| l.text.to_lowercase().contains(&lower) || by_initials(l.text));
    if named_again {
        set_employer(out, &cased, first.line, first.text);
    }
}

/// "City of Bend", "The County of Wexford": a local government's name.
static GOVERNMENT_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:[Tt]he\s+)?(?:City|County|Town|Borough|Village|State|District|Municipality|Township)\s+of\s+[A-Z]",
    )
});

/// The facts a board's header line gives besides the employer: "Full-time",
/// "Permanent", "Remote", "Hybrid", "Posted 2 days ago".
static FACT_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:full|part)[- ]?time\b|\b(?:permanent|temporary|contract|casual|seasonal|internship|freelance|remote|hybrid|on-?site|in[- ]person|posted|reposted|ago|today|yesterday|urgent|new|featured|sponsored|promoted)\b",
    )
});

/// The line without its links, and without the parts only a link filled,
/// its parts joined by " | ".
fn without_links(text: &str) -> String {
    // "Acme | NYC | Full time -- Frontend Engineer -- Backend Engineer": the
    // roles listed after the header are read as roles (see `roles`).
    let text = text.split(" -- ").next().unwrap_or(text);
    // "TryHackMe| Growth Engineer": the bar is a separator however spaced.
    let joined = text
        .split('|')
        .map(|part| {
            part.split_whitespace()
                .filter(|w| !w.contains("://"))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" | ");
    super::without_header_stop(&joined).to_string()
}

/// A plain-text headline run into what follows it, as job boards' exports
/// leave them: "Contract AdministratorSummary of PositionThe…" →
/// "Contract Administrator". Only where the words before the join end in a job.
fn unglue_headline(text: &str) -> &str {
    let bytes = text.as_bytes();
    // Every join within the first eight words ("DevOps" is one, and not the end).
    for at in (1..bytes.len())
        .filter(|&i| bytes[i - 1].is_ascii_lowercase() && bytes[i].is_ascii_uppercase())
    {
        let head = &text[..at];
        if words(head) > 8 {
            break;
        }
        // A word starts at the join ("CenterMake"): "GmbH" is no join.
        if !bytes.get(at + 1).is_some_and(u8::is_ascii_lowercase) {
            continue;
        }
        let ends_in_job = clean_title(head)
            .split_whitespace()
            .last()
            .is_some_and(|w| JOB_NOUN.is_match(w));
        if ends_in_job {
            return head;
        }
    }
    text
}

/// Whether the text elsewhere makes `name` the subject of a sentence
/// ("Yoyo Wallet has become…", "Acme is a…"): a name, not a job.
fn is_subject_elsewhere(cx: &Context, name: &str, line: usize) -> bool {
    let verbs = [" is ", " has ", " was ", " are ", " have ", "'s ", "’s "];
    cx.find_in_lines(name).any(|(l, at)| {
        let rest = &l.text[at + name.len()..];
        l.line != line && verbs.iter().any(|v| rest.starts_with(v))
    })
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?'])
}

/// "Location: Remote", "Job Type: Contract": a label of a few words with the colon right after it
/// ("Developer : 2 Vacancies" is a headline, not a label).
fn is_label_line(s: &str) -> bool {
    let s = s.trim();
    // "Snout https://…": a link's scheme is not a label.
    let scheme = s
        .find(':')
        .is_some_and(|i| s[..i].ends_with("http") || s[..i].ends_with("https"));
    // "Community Safety Warden (Ref: CS/26/04)": a label inside brackets
    // after a title leaves it a title.
    let in_brackets = s
        .find(':')
        .is_some_and(|i| s[..i].matches('(').count() > s[..i].matches(')').count());
    !scheme
        && !in_brackets
        && super::label_line(s).is_some()
        && s.find(':')
            .is_some_and(|i| i > 0 && words(&s[..i]) <= 4 && !s[..i].ends_with(' '))
}

/// The words of an invitation to join an organisation, before "at" it.
static INVITATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:join|come\s+(?:and\s+)?(?:join|work)|work|working|careers?|jobs?|life|a\s+career)\b",
    )
});

/// "Senior Engineer at Acme Robotics", "Data Analyst @ Acme".
static AT_EMPLOYER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?P<title>[A-Z][^,@]{2,60}?)\s+(?:at|@)\s+(?P<org>[A-Z][\w&'’.\- ]{1,60}?)\s*$")
});
/// "We are currently seeking a Financial Analyst to join…", "…firm, is actively looking for an experienced Loan Coordinator".
static HIRING_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\b(?:[Ww]e|[Ii])(?:\s+are|['’]re|\s+am)\s+|\b(?:is|are)\s+|^)(?:currently\s+|now\s+|actively\s+|also\s+)?(?:seeking|looking\s+for|hiring|recruiting(?:\s+(?:to|for)(?:\s+the\s+(?:post|role|position)s?\s+of)?)?|searching\s+for|in\s+search\s+of|interviewing\s+for|(?:searching|looking|seeking)\s+to\s+(?:hire|appoint)|on\s+the\s+lookout\s+for|Looking\s+for|Seeking|Hiring)\s+(?:an?\s+|the\s+|our\s+(?:next|new)\s+|(?:two|three|four|five|six|seven|eight|several|[2-9]|1[0-9])\s+)?(?:(?:Band|Grade)\s+\d{1,2}[a-dA-D]?\s+)?(?:(?:experienced|talented|motivated|skilled|passionate|dedicated|enthusiastic|driven|dynamic|highly\s+\w+|full[- ]time|part[- ]time|new|permanent|qualified|detail[- ]oriented|reliable|friendly|additional|creative|energetic|strong|full[- ]stack|front[- ]end|back[- ]end|hands[- ]on|remote(?:[- ]based)?|home[- ]based|office[- ]based|founding)(?:\s+and)?,?\s+)*(?P<title>[A-Z][\w/&+#.'’-]*(?:\s+(?:[A-Z][\w/&+#.'’-]*|of|and|&|for|in|\([^)]{1,20}\)))*)",
    )
});
/// "As the Corporate Controller, you…", "As a Sales Consultant at Acme, you…",
/// "As a social media manager, you will…": the role the reader is addressed in.
static AS_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[a-z])As\s+(?:an?|the|our)\s+(?:new\s+)?(?P<title>[A-Za-z][\w/&+#.'’-]*(?:\s+(?:[A-Za-z][\w/&+#.'’-]*|of|and|&)){0,5}?)(?:,|\s+(?:at|with|for)\s+[A-Z][^,]{0,40},)\s+you\b",
    )
});
/// "The Administrative Assistant will organise…", "The Junior Staff Accountant
/// maintains the General Ledger…": a title as the subject of the duties.
static THE_TITLE_WILL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|^(?:Position|Job|Role)\s+(?:Summary|Overview|Description|Purpose)\s+)(?:The|Our|This)\s+(?P<title>[A-Z][\w/&-]*(?:\s+(?:[A-Z][\w/&-]*|of|and|&)){0,5})(?:,\s+(?:reporting|who\s+reports)\s+to\s+[^,]{3,60},)?\s+(?:will|is responsible|shall|reports to|maintains|manages|oversees|performs|provides|supports|assists|coordinates|plans|serves as|acts as)\b",
    )
});
/// Words that make a heading a section of the advert, not its title.
pub(super) static SECTION_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(\b(functions|tasks|skills|requirements|responsibilities|duties|benefits|perks|offer|overview|summary|details|description|qualifications|profile|about|apply|contact|culture|mission|values|process|you['’]ll|you will|we are|we['’]re|who we|who you|what we|why|schedule|hours|location|salary|compensation|philosophy|policy|practices|story|vision|purpose)\b|^(us|you|me|the team|our team)$|^join us|ideal candidate|the candidate)",
    )
});

/// A value written all in capitals in title case ("STORE SUPERVISOR" is
/// "Store Supervisor"); one with any small letter as it is.
fn unshouted(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        s.to_string()
    } else {
        title_case(s)
    }
}

/// "NORTHWIND PARTNERS" -> "Northwind Partners", so capitals match name patterns.
fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            // A grade in Roman numerals stays as written: "Officer II".
            if w.len() <= 4 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) && w != "I" {
                return w.to_string();
            }
            let mut chars = w.chars();
            match chars.next() {
                Some(c) => c
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// A heading in capitals with no job noun ("FORWARD PARTNERS") is a name, not a title.
fn shouting_name(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() > 3
        && letters.iter().all(|c| c.is_uppercase())
        && (!JOB_NOUN.is_match(s) || ORG_WORD.is_match(&title_case(s)))
        // "ARBORIST / CLIMBER": an occupation's name, shouted.
        && !s.split(['/', '&']).any(|part| {
            let part = title_case(part.trim());
            crate::occupations::for_title(&part).is_some_and(|m| {
                crate::occupations::cleaned(m.label) == crate::occupations::cleaned(&part)
            })
        })
}

/// Whether `word` is a word that ends a job title ("Engineer", "nurses").
pub(super) fn is_job_noun(word: &str) -> bool {
    JOB_NOUN
        .find(word)
        .is_some_and(|(start, end)| start == 0 && end == word.len())
}

/// Words that end a job title.
/// Whether `word` names a job ("Manager", "nurses").
pub(super) fn job_noun(word: &str) -> bool {
    JOB_NOUN.is_match(word)
}

static JOB_NOUN: crate::wordset::WordSet = crate::wordset::WordSet::new(&[
    "assistant",
    "manager",
    "engineer",
    "developer",
    "analyst",
    "officer",
    "specialist",
    "coordinator",
    "co-ordinator",
    "director",
    "representative",
    "nurse",
    "technician",
    "administrator",
    "associate",
    "consultant",
    "designer",
    "lead",
    "scientist",
    "architect",
    "clerk",
    "advisor",
    "adviser",
    "executive",
    "agent",
    "worker",
    "teacher",
    "therapist",
    "accountant",
    "supervisor",
    "intern",
    "laborer",
    "labourer",
    "driver",
    "operator",
    "head",
    "researcher",
    "lecturer",
    "writer",
    "editor",
    "producer",
    "recruiter",
    "planner",
    "buyer",
    "cook",
    "cashier",
    "attendant",
    "receptionist",
    "secretary",
    "paralegal",
    "attorney",
    "counsel",
    "physician",
    "pharmacist",
    "practitioner",
    "registrar",
    "inspector",
    "mechanic",
    "electrician",
    "plumber",
    "carpenter",
    "installer",
    "programmer",
    "tester",
    "strategist",
    "controller",
    "auditor",
    "trainer",
    "instructor",
    "tutor",
    "partner",
    "physiotherapist",
    "midwife",
    "surgeon",
    "doctor",
    "dentist",
    "psychologist",
    "counsellor",
    "counselor",
    "librarian",
    "chef",
    "porter",
    "cleaner",
    "caretaker",
    "guard",
    "apprentice",
    "trainee",
    "fellow",
    "professor",
    "administrator",
    "bookkeeper",
    "estimator",
    "surveyor",
    "coach",
    "organizer",
    "organiser",
    "steward",
    "host",
    "server",
    "barista",
    "stylist",
    "associate",
    "member",
    "leader",
    "owner",
    "expert",
    "generalist",
    "technologist",
    "radiographer",
    "sonographer",
    "dosimetrist",
    "hygienist",
    "optometrist",
    "paramedic",
    "carer",
    "housekeeper",
    "handler",
    "picker",
    "packer",
    "welder",
    "machinist",
    "fitter",
    "craftsperson",
    "solicitor",
    "barrister",
    "economist",
    "statistician",
    "actuary",
    "underwriter",
    "broker",
    "negotiator",
    "investigator",
    "examiner",
    "dispatcher",
    "navigator",
    "facilitator",
    "mentor",
    "champion",
    "ambassador",
    "crew",
    "chemist",
    "biologist",
    "physicist",
    "engineer",
    "geologist",
    "maker",
    "operative",
    "warden",
    "mediator",
    "janitor",
    "custodian",
    "courier",
    "bartender",
    "waiter",
    "waitress",
    "baker",
    "butcher",
    "gardener",
    "landscaper",
    "painter",
    "roofer",
    "bricklayer",
    "joiner",
    "plasterer",
    "locksmith",
    "concierge",
    "lifeguard",
    "firefighter",
    "clinician",
    "nutritionist",
    "dietitian",
    "audiologist",
    "podiatrist",
    "chiropractor",
    "veterinarian",
    "phlebotomist",
    "chaplain",
    "translator",
    "interpreter",
    "copywriter",
    "illustrator",
    "animator",
    "photographer",
    "journalist",
    "reporter",
    "curator",
    "archivist",
    "lawyer",
    "foreman",
    "superintendent",
    "teller",
    "merchandiser",
    "scheduler",
    "ranger",
    "nanny",
]);

static ROLE_FOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:role|position|post|opportunity|vacancy)\s+(?:has\s+arisen\s+|exists\s+|is\s+available\s+)?(?:for|as)\s+(?:an?\s+|the\s+|(?:two|three|four|five|six|[2-9])\s+)?(?:(?:Band|Grade)\s+\d{1,2}[a-dA-D]?\s+)?(?P<title>[A-Z][\w/&+#.'’-]*(?:\s+(?:[A-Z][\w/&+#.'’-]*|of|and|&|for|in|\([A-Z]{2,6}\)))*)(?:\s+(?:at|with)\s+(?P<org>[A-Z][\w&'’.\-]*(?:\s+[A-Z&][\w&'’.\-]*){0,4}))?",
    )
});

/// "carrying out the role of Project Assistant", "to work as a Bank
/// Housekeeper within…": the job by its name where the sentence says what
/// the work is (a job's noun must end it).
static ROLE_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:the\s+)?(?:role|post|position)\s+of|to\s+work\s+as)\s+(?:an?\s+|the\s+)?(?P<title>[A-Z][\w/&+#.'’-]*(?:\s+(?:[A-Z][\w/&+#.'’-]*|of|and|&|for|in))*)",
    )
});
/// "BI / Reporting Analyst at STARK (defence sector).", "Product Analytics
/// Engineer role at Candeno.": a summary's opening sentence that names the
/// job and who offers it (read near the top only).
static TITLE_AT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<title>[A-Z][\w/&+#.'’-]*(?:\s+(?:[A-Z][\w/&+#.'’-]*|of|and|&|/|for|in))*)\s+(?:role\s+|position\s+|job\s+)?at\s+(?P<org>[A-Z][\w&'’\-]*(?:\s+[A-Z&][\w&'’\-]*){0,4})\s*(?:[.(]|,\s|$)",
    )
});

/// A line that ends by announcing the job: "… Invites Applications for the
/// Position of:", "Applications are invited for the post of".
static POSITION_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:for|to)\s+the\s+(?:position|post|role|vacancy)\s+of|for\s+the\s+following\s+(?:position|post|role|vacancy)|to\s+(?:recruit|appoint|hire|employ)\s+(?:an?|the|one|two|three)(?:\s+\(\d\))?)\s*:?\s*$",
    )
});

fn breadcrumb_title(cx: &Context, out: &mut Out) {
    let found = cx.lines.iter().take(2 * super::HEADER_LINES).find_map(|l| {
        let text = l.text.trim();
        let sep = [" > ", " › ", " » "]
            .into_iter()
            .find(|s| text.matches(s).count() >= 2)?;
        let last = text.rsplit(sep).next()?.trim();
        (names_a_job(last) && (1..=8).contains(&words(last))).then(|| (l, last.to_string()))
    });
    if let Some((line, job)) = found {
        set_title(out, tidy_title(&job), line.line, line.text);
    }
}

fn byline_employer(cx: &Context, out: &mut Out) {
    let lines: Vec<_> = cx.lines.iter().take(2 * super::HEADER_LINES).collect();
    for pair in lines.windows(2) {
        let (by, next) = (pair[0].text.trim(), pair[1].text.trim());
        if by.starts_with("Posted ")
            && by.ends_with(" by")
            && (1..=8).contains(&words(next))
            && next.starts_with(char::is_uppercase)
            && !not_a_name(next)
        {
            set_employer(out, next, pair[1].line, next);
            return;
        }
    }
}

/// "2 x STORE SUPERVISOR", "3× Barista": a count and a job, alone on a line.
pub(super) static COUNTED_JOB: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?P<n>\d{1,2})\s?[x×]\s+(?P<job>[A-Za-z][A-Za-z &/'’-]{2,60}?)\s*$"));
/// "PUBLIC HEALTH OFFICER II – THREE (3) POSTS", "Driver (2 posts)": a
/// notice's job with its count of posts after it.
static JOB_WITH_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?P<job>[A-Z][A-Za-z0-9 &/'’.,()-]{2,80}?)\s*(?:[–—-]\s*|\(\s*)(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s*(?:\(\d{1,3}\))?|\d{1,3})\s+(?:posts?|positions?|vacanc(?:y|ies)|openings?)\s*\)?\s*$",
    )
});

fn counted_job_line(cx: &Context, out: &mut Out) {
    let found = cx.lines.iter().take(2 * super::HEADER_LINES).find_map(|l| {
        let text = l
            .text
            .trim_matches(|c: char| c == '*' || c == '#' || c.is_whitespace());
        if !text.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let c = COUNTED_JOB.captures(text)?;
        let job = c.name("job")?.as_str().trim();
        names_a_job(job).then(|| (l, job.to_string()))
    });
    // Or after it: "ACCOUNTANT – TWO (2) POSTS".
    let found = found.or_else(|| {
        cx.lines.iter().take(3 * super::HEADER_LINES).find_map(|l| {
            let text = l
                .text
                .trim_matches(|c: char| c == '*' || c == '#' || c.is_whitespace());
            // (Most lines name no count of posts: a look for the word first.)
            let lower = text.to_ascii_lowercase();
            if !["post", "position", "vacanc", "opening"]
                .iter()
                .any(|w| lower.contains(w))
            {
                return None;
            }
            let c = JOB_WITH_COUNT.captures(text)?;
            let job = c.name("job")?.as_str().trim();
            // (Its grade after the job's noun: "Officer II", "Clerk 3".)
            let bare = without_brackets(job);
            let bare = match bare.rsplit_once(' ') {
                Some((head, grade))
                    if grade.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
                        || grade.chars().all(|c| c.is_ascii_digit()) =>
                {
                    head
                }
                _ => bare,
            };
            names_a_job(bare).then(|| (l, job.to_string()))
        })
    });
    if let Some((line, job)) = found {
        set_title(out, tidy_title(&unshouted(&job)), line.line, line.text);
    }
}

fn position_of_next_line(cx: &Context, out: &mut Out) {
    let lines = &cx.lines;
    for (i, line) in lines.iter().enumerate().take(super::HEADER_LINES) {
        if !POSITION_OF.is_match(line.text.trim_end()) {
            continue;
        }
        let Some(next) = lines.get(i + 1) else {
            return;
        };
        let text = next.text.trim();
        // "Counselor (Part-Time)Part-time schedule will…": the job ends
        // where the next sentence is run into it.
        let bytes = text.as_bytes();
        let end = (1..bytes.len())
            .find(|&k| {
                (bytes[k - 1].is_ascii_lowercase() || bytes[k - 1] == b')')
                    && bytes[k].is_ascii_uppercase()
            })
            .unwrap_or(text.len());
        let end = text[..end].find(['.', ';']).unwrap_or(end);
        let title = tidy_title(&clean_title(text[..end].trim()));
        if title
            .split_whitespace()
            .last()
            .is_some_and(|w| JOB_NOUN.is_match(w))
        {
            set_title(out, unshouted(&title), next.line, next.text);
        }
        return;
    }
}

/// A plural from a sentence ("two Community Safety Wardens") gives way to
/// the headline kept back when that names the one job ("Community Safety
/// Warden (Ref: CS/26/04)").
fn hiring_sentence(cx: &Context, out: &mut Out, kept_back: Option<&str>) {
    // A plural ("enthusiastic Nursery Assistants") is kept back for a
    // sentence that names the one job ("As a Bank Nursery Assistant, you").
    // (title, line, evidence, employer)
    let mut plural_found: Option<(String, usize, String, Option<String>)> = None;
    for (n, line) in cx.lines.iter().enumerate() {
        for (re, needs_job_noun) in [
            (&*HIRING_SENTENCE, false),
            (&*ROLE_FOR, false),
            (&*THE_TITLE_WILL, true),
            (&*AS_TITLE, true),
            (&*ROLE_OF, true),
            (&*TITLE_AT, true),
        ] {
            if std::ptr::eq(re, &*TITLE_AT)
                && (n >= super::HEADER_LINES
                    || cx.doc.blocks[line.block].kind != BlockKind::Paragraph)
            {
                continue;
            }
            // Every sentence, and the sentence after a label ("Job Summary: The Sanitation
            // Supervisor is responsible…"), until one names a plausible title.
            for sentence in crate::text::split_sentences(line.text) {
                let sentence = sentence.trim();
                let after_label = sentence
                    .split_once(": ")
                    .filter(|(label, _)| words(label) <= 3)
                    .map(|(_, rest)| rest.trim());
                for candidate in [Some(sentence), after_label].into_iter().flatten() {
                    for c in re.captures_iter(candidate) {
                        let title = c["title"]
                            .trim()
                            .trim_end_matches(|ch: char| !ch.is_alphanumeric() && ch != ')')
                            .to_string();
                        let mut title = strip_trailing_connectors(&title);
                        // "Infection Prevention and Control (IPC) Practitioner":
                        // an acronym in brackets within the title is no part of it.
                        if let Some(at) = title.find(" (")
                            && let Some(len) = title[at + 2..].find(") ")
                            && (2..=6).contains(&len)
                            && title[at + 2..at + 2 + len]
                                .chars()
                                .all(|c| c.is_ascii_uppercase())
                        {
                            title = format!("{}{}", &title[..at], &title[at + 2 + len + 1..]);
                        }
                        // "an experienced Python developer": the job's noun in
                        // lower case after the capitalised words is part of it.
                        if let Some(m) = c.name("title") {
                            let rest = &candidate[m.end()..];
                            let next: Vec<&str> = rest
                                .split_whitespace()
                                .take(2)
                                .map(|w| w.trim_end_matches([',', '.', ';', ':']))
                                .collect();
                            // ("from attorneys": a preposition starts no part of it.)
                            if let Some(n) = (1..=next.len()).find(|&n| {
                                next[..n].iter().all(|w| {
                                    w.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-')
                                        && !matches!(
                                            *w,
                                            "from"
                                                | "of"
                                                | "for"
                                                | "to"
                                                | "with"
                                                | "and"
                                                | "or"
                                                | "in"
                                                | "at"
                                                | "by"
                                                | "as"
                                                | "the"
                                                | "a"
                                                | "an"
                                        )
                                }) && JOB_NOUN.is_match(next[n - 1])
                            }) && rest.starts_with(' ')
                                && !title.split_whitespace().any(|w| JOB_NOUN.is_match(w))
                            {
                                title = format!("{title} {}", title_case(&next[..n].join(" ")));
                            }
                        }
                        // "As a social media manager, you…": a title in lower case.
                        let title = if title.starts_with(char::is_lowercase) {
                            title_case(&title)
                        } else {
                            title
                        };
                        let last = title.split_whitespace().last().unwrap_or("");
                        // "to work as Midwives", "the post of Nursery
                        // Assistants": a group of posts, whose one job a
                        // label or headline names better.
                        let is_plural =
                            last.ends_with("ves") || last.ends_with('s') && !last.ends_with("ss");
                        let one_of_the_headline = kept_back.is_some_and(|h| {
                            let singular = last.trim_end_matches('s');
                            singular.len() >= 3 && h.split_whitespace().any(|w| w == singular)
                        });
                        let plural =
                            is_plural && (std::ptr::eq(re, &*ROLE_OF) || one_of_the_headline);
                        // "Specialty Doctor in Psychiatry": the job's noun
                        // before its field.
                        let noun_before_field = [" in ", " of ", " for "].iter().any(|w| {
                            title.split_once(w).is_some_and(|(job, _)| {
                                job.split_whitespace()
                                    .last()
                                    .is_some_and(|w| JOB_NOUN.is_match(w))
                            })
                        });
                        let named_as_job =
                            (!needs_job_noun || JOB_NOUN.is_match(last) || noun_before_field)
                                && !plural;
                        // "Hiring Philosophy": a section, not a job.
                        let a_section = SECTION_WORDS.is_match(&title)
                            && !title.split_whitespace().any(|w| JOB_NOUN.is_match(w));
                        if plausible_title(&title)
                            && words(&title) <= 8
                            && named_as_job
                            && !a_section
                        {
                            let evidence = c.get(0).map_or("", |m| m.as_str());
                            let org = c.name("org").map(|m| m.as_str().to_string());
                            if is_plural {
                                plural_found.get_or_insert((
                                    title,
                                    line.line,
                                    evidence.to_string(),
                                    org,
                                ));
                                continue;
                            }
                            set_title(out, title, line.line, evidence);
                            if let Some(org) = org {
                                set_employer(out, &org, line.line, evidence);
                            }
                            return;
                        }
                    }
                }
            }
        }
    }
    if let Some((title, line, evidence, org)) = plural_found {
        // "recruiting two Public Health Practitioners": the job is one
        // Public Health Practitioner; the count is the posts'.
        let title = match title.rsplit_once(' ') {
            Some((head, last)) => format!("{head} {}", super::roles::singular(last)),
            None => super::roles::singular(&title),
        };
        set_title(out, title, line, &evidence);
        if let Some(org) = org {
            set_employer(out, &org, line, &evidence);
        }
    }
}

fn strip_trailing_connectors(s: &str) -> String {
    let mut words: Vec<&str> = s.split_whitespace().collect();
    while words.last().is_some_and(|w| {
        // "Clinical Psychologist Band 8a": the grade's word is cut with it.
        matches!(
            *w,
            "of" | "and" | "&" | "for" | "in" | "to" | "-" | "Band" | "Grade"
        )
    }) {
        words.pop();
    }
    words.join(" ")
}

/// A short employer from a headline ("Eastholme council") completed by a
/// sentence that names it in full ("Eastholme Borough Council is looking for…").
fn complete_employer(cx: &Context, out: &mut Out) {
    let short = out.posting.employer.clone().filter(|e| {
        out.posting.evidence.get("employer").map(|ev| ev.line)
            == out.posting.evidence.get("title").map(|ev| ev.line)
            && words(e) <= 3
    });
    let Some(short) = short else { return };
    let first_word = short.split_whitespace().next().unwrap_or("").to_string();
    let fuller = cx.lines.iter().find_map(|line| {
        crate::text::split_sentences(line.text).find_map(|sentence| {
            let sentence_trimmed = sentence.trim();
            if !ORG_SENTENCE.is_match(sentence_trimmed) {
                return None;
            }
            ORG_SENTENCE.captures(sentence_trimmed).and_then(|c| {
                let org = c["org"].trim().to_string();
                (org.split_whitespace().next() == Some(first_word.as_str())
                    && org.len() > short.len())
                .then(|| (line.line, sentence.to_string(), org))
            })
        })
    });
    if let Some((line, sentence, org)) = fuller {
        out.posting.evidence.remove("employer");
        out.evidence("employer", line, &sentence);
        out.posting.employer = Some(org);
    }
}

/// The parts of a header line split at " – ", " — ", " - ", " · ", " | ", " • ".
fn split_parts(text: &str) -> Vec<&str> {
    let mut parts = vec![text];
    for sep in [" – ", " — ", " - ", " · ", " | ", " • "] {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(|p| p.trim().trim_matches(|c: char| c == '*' || c == '_').trim())
        .filter(|p| !p.is_empty())
        .collect()
}

/// A careers page's own words: "Vacancies", "Careers", "Job Vacancies",
/// "Employment Opportunities", "Jobs at".
static CAREERS_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:job\s+|current\s+)?(?:vacancies|vacancy|careers|jobs|job opportunities|employment opportunities|opportunities|work with us|working for us|join us|join our team)$",
    )
});

/// The organisation a site's header line names beside its careers words:
/// "Wadden Sea University - Vacancies", "Job Vacancies | Saale Valley
/// University", "Careers – Staff Nurse – Nandini Multispeciality Hospitals".
/// Only the advert's first block, a line of parts one of which is such words.
fn employer_from_site_header(cx: &Context, out: &mut Out) {
    let Some(i) = (0..cx.doc.blocks.len()).find(|&i| {
        !cx.excluded[i] && !matches!(cx.doc.blocks[i].kind, BlockKind::Code | BlockKind::Break)
    }) else {
        return;
    };
    let block = &cx.doc.blocks[i];
    let text = block.text.trim();
    if text.contains('\n') || words(text) > 16 || ends_sentence(text) {
        return;
    }
    let parts = split_parts(text);
    if parts.len() < 2 || !parts.iter().any(|p| CAREERS_PAGE.is_match(p)) {
        return;
    }
    let title = out.posting.title.as_deref().map(|t| t.to_lowercase());
    let others: Vec<&str> = parts
        .into_iter()
        .filter(|p| !CAREERS_PAGE.is_match(p))
        .filter(|p| title.as_deref() != Some(p.to_lowercase().as_str()))
        .filter(|p| !p.split_whitespace().any(|w| JOB_NOUN.is_match(w)))
        .collect();
    if let [org] = others[..]
        && (1..=8).contains(&words(org))
        && org.starts_with(char::is_uppercase)
        && !not_a_name(org)
    {
        set_employer(out, org, block.pos.line, text);
    }
}

/// The time line under a social post's author: "March 18 at 9:14 AM · 🌎",
/// "3h ·", "Yesterday at 18:02".
static SOCIAL_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?\s+at\s+\d{1,2}[:.]\d{2}|yesterday\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s?(?:h|hrs?|m|mins?|d|w)|just\s+now)\s*(?:·.*)?$",
    )
});

/// A social post's author, on the line above its time: the page that
/// posts a job in its own voice is the employer, when the post speaks as
/// "we" and names the page again ("Blue Mahoe opened 12 years ago").
fn employer_from_social_post(cx: &Context, out: &mut Out) {
    let mut lines = cx.lines.iter().filter(|l| !l.text.trim().is_empty());
    let (Some(author), Some(stamp)) = (lines.next(), lines.next()) else {
        return;
    };
    let name = author.text.trim();
    let stamp_text = stamp.text.trim();
    // (A cheap look first: a time line is short and has " at ", a "·" or a
    // count of hours.)
    let may_be_stamp = stamp_text.len() <= 60
        && (stamp_text.contains(" at ")
            || stamp_text.contains('·')
            || stamp_text.len() <= 8
            || stamp_text.eq_ignore_ascii_case("just now"));
    if !may_be_stamp
        || !SOCIAL_STAMP.is_match(stamp_text)
        || !(1..=6).contains(&words(name))
        || !name.starts_with(char::is_uppercase)
        || crate::text::has_digit(name)
        || name.contains(':')
        || not_a_name(name)
        || names_a_job(name)
    {
        return;
    }
    let first = name.split_whitespace().next().unwrap_or(name);
    let again = cx.find_in_lines(first).any(|(l, _)| l.line > stamp.line);
    let we = cx.lines.iter().any(|l| {
        l.line > stamp.line
            && l.text
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .any(|w| {
                    matches!(
                        w,
                        "we" | "We" | "our" | "Our" | "us" | "We're" | "WE'RE" | "We’re" | "WE’RE"
                    )
                })
    });
    if again && we {
        set_employer(out, name, author.line, author.text);
        if out.posting.employer.is_some() {
            out.note(format!(
                "employer: \"{name}\", the page that posted the advert in its own voice"
            ));
        }
    }
}

/// Whether a name ends in a legal form, full stop and all ("Builders Ltd.").
pub(super) fn ends_in_legal_form(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| LEGAL_FORM.is_match(w.trim_end_matches('.')))
}

/// Blocks near the top where an address block may stand: the advert's
/// letterhead, under or over its title.
const ADDRESS_WITHIN: usize = 6;

/// The organisation an address block near the top belongs to: the block's
/// first line, when one of the next five is a street or postcode line
/// ("Cedar & Stone Builders Ltd." / "Unit 4, 2250 Quadra Street" /
/// "Victoria, BC"; "Harrowden District Council" / … / "NN14 4RW"). The
/// first line must read as a name: short, capitalised, no sentence, no
/// label, no figures, not itself a place, an address line or a job.
fn employer_from_address(cx: &Context, out: &mut Out, joined: bool) {
    let kept: Vec<usize> = (0..cx.doc.blocks.len())
        .filter(|&i| {
            !cx.excluded[i] && !matches!(cx.doc.blocks[i].kind, BlockKind::Code | BlockKind::Break)
        })
        .take(ADDRESS_WITHIN)
        .collect();
    let lines_of = |i: usize| -> Vec<(usize, &str)> {
        cx.doc.blocks[i]
            .text_lines()
            .map(|(l, t)| (l, t.trim()))
            .filter(|(_, t)| !t.is_empty())
            .collect()
    };
    for (k, &i) in kept.iter().enumerate() {
        if !joined && cx.doc.blocks[i].is_heading() {
            continue;
        }
        let mut lines = lines_of(i);
        // With `joined`, a heading alone (as a text reader makes of a short
        // first line) heads the address in the next block, when it names an
        // organisation outright ("Ubuntu Freight Lines (Pty) Ltd").
        if joined {
            let named = lines
                .first()
                .is_some_and(|(_, t)| ORG_WORD.is_match(t) || ends_in_legal_form(t));
            match kept.get(k + 1) {
                Some(&next)
                    if lines.len() == 1
                        && named
                        && cx.doc.blocks[i].is_heading()
                        && !cx.doc.blocks[next].is_heading() =>
                {
                    lines.extend(lines_of(next));
                }
                _ => continue,
            }
        }
        let Some(&(line, first)) = lines.first() else {
            continue;
        };
        let first = first.trim_matches(|c: char| c == '*' || c == '_').trim();
        // An address is a run of short lines, one of them a street or a postcode.
        let short = |t: &str| words(t) <= 8 && !ends_sentence(t) && !is_label_line(t);
        let run: Vec<&str> = lines
            .iter()
            .skip(1)
            .take(5)
            .map(|&(_, t)| t)
            .take_while(|t| short(t))
            .collect();
        let address_follows = run.iter().any(|t| super::place::is_address_line(t));
        if address_follows
            && (1..=8).contains(&words(first))
            && first.starts_with(char::is_uppercase)
            && !first.bytes().any(|b| b.is_ascii_digit())
            && (!ends_sentence(first) || ends_in_legal_form(first))
            && !is_label_line(first)
            && !not_a_name(first)
            && !super::place::is_address_line(first)
            && !super::geo::names_a_place(first, None)
            && !first.split_whitespace().any(|w| JOB_NOUN.is_match(w))
            && !GENERIC_HEADING.is_match(first)
            && !SECTION_WORDS.is_match(first)
            && !NOT_TITLE_PART.is_match(first)
        {
            set_employer(out, first, line, first);
            return;
        }
    }
}

/// "About Acme" headings, "At Acme, we…", "Acme Ltd is seeking…", "Acme is a … company".
static ABOUT_HEADING: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?i:about)\s+(?P<org>[A-Z0-9][^:]{0,60})$"));
static ABOUT_GENERIC: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(us|you|the (role|job|company|team|position|opportunity|organisation|organization|client|department|employer|trust|post|business)|this (role|job|position|opportunity)|our (client|company|team|organisation|organization)|the|me|working here|benefits)$",
    )
});
static AT_WE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:Here\s+)?[Aa]t\s+(?P<org>[A-Z0-9][\w&'’.\-]*(?:\s+(?:[A-Z0-9&][\w&'’.\-]*|of|and|for)){0,5}),?\s+(?:we|our)\b",
    )
});
static ORG_IS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<org>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z&][\w&'’.\-]*|of|and|for|de)){0,5})(?:\s*\([A-Z]{2,8}\))?,?\s+(?:is|are)\s+(?:a|an|the|one of)\s+[^.]{0,120}?\b(company|business|firm|provider|organi[sz]ation|agency|start-?up|leader|platform|group|charity|employer|network|consultancy|studio|manufacturer|retailer|brand|bank|practice|trust|hospital|school|university|institution|operator|maker|specialist|insurer|lender|marketplace|supplier|developer|team|council|authority|service)s?\b",
    )
});

/// "The Solutions Architect Project Manager (SAPM) is a … member of the
/// team": a job's name, not an organisation's, though it has an
/// organisation's word inside ("Solutions").
pub(super) fn names_a_job(name: &str) -> bool {
    let bare = name.split(" (").next().unwrap_or(name);
    bare.split_whitespace().last().is_some_and(|last| {
        job_noun(last)
            && !ORG_WORD.is_match(last)
            && !STRONG_ORG_WORD.is_match(bare)
            && !ends_in_legal_form(bare)
    })
}

fn employer_from_text(cx: &Context, out: &mut Out) {
    // "About Acme" headings name it directly.
    for s in &cx.doc.sections {
        if cx.excluded.get(s.block).copied().unwrap_or(false) {
            continue;
        }
        if let Some(c) = ABOUT_HEADING.captures(s.heading.trim()) {
            let org = c["org"].trim();
            if !ABOUT_GENERIC.is_match(org) && words(org) <= 6 {
                set_employer(out, org, s.pos.line, &s.heading);
                return;
            }
        }
    }
    // Sentences: the hiring one, "At Acme, we", "We are Acme, a…", "As a Developer
    // at Acme you will…", then "Acme is a … company". A line that goes on with
    // the sentence of the one before it ("… in Trinidad and" / "Tobago, is
    // seeking a …") opens with no subject.
    let continues: Vec<bool> = (0..cx.lines.len())
        .map(|n| {
            n > 0
                && cx.lines[n - 1].block == cx.lines[n].block
                && super::employer::goes_on_from(cx.lines[n - 1].text, cx.lines[n].text)
        })
        .collect();
    for re in [
        &*ORG_SENTENCE,
        &*AT_WE,
        &*WE_ARE,
        &*ROLE_AT,
        &*ORG_IS,
        &*APPOSITIVE,
    ] {
        for (n, line) in cx.lines.iter().enumerate() {
            for (k, sentence) in crate::text::split_sentences(line.text).enumerate() {
                if k == 0 && continues[n] {
                    continue;
                }
                let sentence = sentence.trim();
                // "Company Overview: Acme is a…": the sentence after a label.
                let sentence = match sentence.split_once(": ") {
                    Some((label, rest)) if words(label) <= 3 && re.is_match(rest.trim()) => {
                        rest.trim()
                    }
                    _ => sentence,
                };
                // (Most sentences match none: asking first spares the captures.)
                if re.is_match(sentence)
                    && let Some(c) = re.captures(sentence)
                {
                    let org = c["org"].trim();
                    if !not_a_name(org) && !names_a_job(org) {
                        set_employer(out, org, line.line, sentence);
                        return;
                    }
                }
            }
        }
    }
    // The subject of the first sentence under a heading about the company:
    // "About the company: Housekeep is making…", "Company Overview: Tablet (tablet.com) was founded…".
    for (i, block) in cx.doc.blocks.iter().enumerate() {
        if cx.excluded[i] || block.is_heading() {
            continue;
        }
        // (Or a paragraph of its own that says so, as a bold line in HTML
        // heads a section: "<p><strong>About us</strong></p>".)
        let about_line = i > 0 && {
            let before = &cx.doc.blocks[i - 1];
            before.kind == BlockKind::Paragraph
                && words(&before.text) <= 4
                && ABOUT_COMPANY.is_match(before.text.trim())
        };
        let about_company = about_line
            || cx
                .doc
                .headings_of(i)
                .next()
                .is_some_and(|h| ABOUT_COMPANY.is_match(&h.heading));
        let first_under_heading = i > 0 && (cx.doc.blocks[i - 1].is_heading() || about_line);
        if about_company && first_under_heading {
            let (line, text) = block.text_lines().next().unwrap_or((block.pos.line, ""));
            let sentence = crate::text::split_sentences(text)
                .next()
                .unwrap_or("")
                .trim();
            if let Some(c) = BLURB_SUBJECT.captures(sentence) {
                let org = c["org"].trim();
                // (A longer name ends as an organisation's does: "South Weald
                // and Downs Ambulance Service NHS Foundation Trust".)
                let long_name = words(org) <= 10
                    && STRONG_ORG_WORD
                        .find_iter(org)
                        .last()
                        .is_some_and(|m| m.end() == org.len());
                if !not_a_name(org) && (words(org) <= 5 || long_name) {
                    set_employer(out, org, line, sentence);
                    return;
                }
            }
        }
    }
}

/// "We are Amsterdam Standard, the software house…", "We're Acme, a…".
static WE_ARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^We(?:['’]re| are)\s+(?P<org>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z&][\w&'’.\-]*|of|and|for)){0,4}),\s+(?:a|an|the)\b",
    )
});
/// "As a Quant Platform Developer at AHL you will…".
static ROLE_AT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^As an?\s+(?:[A-Z][\w/&-]*\s+){1,5}(?:at|with)\s+(?P<org>[A-Z][\w&'’.\-]*(?:\s+[A-Z&][\w&'’.\-]*){0,4}),?\s+you\b",
    )
});
/// Headings over a description of the organisation.
static ABOUT_COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(about (us|the company|the business|the organisation|the organization|the employer)|company (overview|description|profile)|who we are|overview|the company|our company)\b",
    )
});
/// The subject of a sentence describing an organisation: "Housekeep is…", "Tablet (tablet.com) was founded…".
static BLURB_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<org>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z&][\w&'’.\-]*|of|and|for)){0,9})(?:\s*\([^)]{1,40}\))?,?\s+(?:is|are|was|has|have|helps|makes|builds|provides|offers|develops|creates|operates|runs|specialises|specializes|supplies|serves|delivers|manages|plans|answers|employs|cares|treats|supports|covers|brings|looks\s+after)\b",
    )
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};
    use crate::extract::extract as run;

    fn fields(text: &str, format: Format) -> (Option<String>, Option<String>) {
        let p = run(&Document::parse(text, format), "-");
        (p.title, p.employer)
    }

    #[test]
    fn employers_without_a_rating_and_never_a_working_pattern() {
        let employer = |text: &str| fields(text, Format::Text).1;
        assert_eq!(
            employer("Payroll Officer\nBrightwater Foods Ltd. 4.2 ★ 318 reviews\nLeeds · Full time\n\nWe make soup.\n")
                .as_deref(),
            Some("Brightwater Foods Ltd.")
        );
        assert_eq!(
            employer(
                "Payroll Officer\nHybrid · Leeds · Full Time · Listed on 2 March 2027\n\nWe make soup.\n"
            ),
            None
        );
    }

    #[test]
    fn an_email_s_subject_and_divider() {
        let title = |text: &str| fields(text, Format::Text).0;
        assert_eq!(
            title("From: A Friend <a@example.org>\nSubject: FW: Vacancy - Teacher of Chemistry - September start\n\nPassing this on.\n\n-----Original Message-----\nFrom: HR <hr@example.org>\n\nDear colleague, we are appointing.\n")
                .as_deref(),
            Some("Teacher of Chemistry")
        );
    }

    #[test]
    fn a_page_s_own_title_names_who_offers_the_job() {
        let page = |title: &str, body: &str| {
            format!("<html><head><title>{title}</title></head><body>{body}</body></html>")
        };
        let employer = |html: String| fields(&html, Format::Html).1;
        // A board's line of facts gave its department; the page's title names the firm.
        assert_eq!(
            employer(page(
                "Pastry Cook - Saltmarsh Dining Group",
                "<h1>Pastry Cook</h1><p>Bakery  ·  Aberdeen  ·  Full time</p><p>Bake bread with us every morning, from five until noon.</p>"
            ))
            .as_deref(),
            Some("Saltmarsh Dining Group")
        );
        // The job's own words after a comma are no employer; a board and a
        // place in the title are passed over, and "Careers" is the firm's site.
        assert_eq!(
            employer(page(
                "Account Manager, Enterprise - Lanternfish Software Careers | Workable",
                "<h1>Account Manager, Enterprise</h1><p>Look after our largest customers.</p>"
            ))
            .as_deref(),
            Some("Lanternfish Software")
        );
        // Two plain names after the job: no guess, and a note says why.
        let html = page(
            "Night Porter - Harbour View - Seaglass Rooms",
            "<h1>Night Porter</h1><p>Keep the front desk overnight.</p>",
        );
        let p = run(&Document::parse(&html, Format::Html), "-");
        assert_eq!(p.employer, None);
        assert!(
            p.notes.iter().any(|n| n.contains("page's title")),
            "{:?}",
            p.notes
        );
        assert_eq!(
            employer(page(
                "Site Surveyor - Leeds - Guardian Jobs",
                "<h1>Site Surveyor</h1><p>Survey sites across the north.</p>"
            )),
            None
        );
    }

    #[test]
    fn titles_past_a_board_s_furniture_and_categories() {
        let title = |text: &str, format| fields(text, format).0;
        // A board's "About the job" over the job, and the place as a heading.
        assert_eq!(
            title(
                "About the job\nRouting Software Developer (m/w/d)\n\nLeipzig, Saxony, Germany (Hybrid)\n\nWe plan delivery routes for bakeries and build the software for it.\n",
                Format::Text
            )
            .as_deref(),
            Some("Routing Software Developer")
        );
        // A board's category under "Job Role" names no job.
        assert_eq!(
            title(
                "# Site Quantity Surveyor\n\n| | |\n|---|---|\n| Job Role | Construction and Property |\n\nWe build schools.\n",
                Format::Markdown
            )
            .as_deref(),
            Some("Site Quantity Surveyor")
        );
        // A "Role" in the footer of facts after the whole advert is the
        // board's category; near the top it is the title.
        let footer = format!(
            "Lead Payments Tester\n\n{}\n\n- Write test plans\n- Automate checks\n\nRole: Quality Engineer\nIndustry: Banking\n",
            "We run the card payments of four regional banks and need someone to lead how we test them, from the first plan to the last release, with a team of six testers who automate most of what they check and who would like more of it done well."
        );
        assert_eq!(
            title(&footer, Format::Text).as_deref(),
            Some("Lead Payments Tester")
        );
        assert_eq!(
            title(
                "Careers at Kelpie Bank\n\nRole: Branch Cashier\nLocation: Oban\n\n- Serve customers\n",
                Format::Text
            )
            .as_deref(),
            Some("Branch Cashier")
        );
        // A page's title: "<job> Job in <place>".
        assert_eq!(
            title(
                "# Night Auditor Job in Ipoh, Perak\n\nWe run a hotel.\n",
                Format::Markdown
            )
            .as_deref(),
            Some("Night Auditor")
        );
        // The organisation a job is for, named with an organisation's word.
        assert_eq!(
            title(
                "# Three dietitians for Eastmoor Hospital Trust, Hull\n\nWe feed patients well.\n",
                Format::Markdown
            )
            .map(|t| t.to_lowercase())
            .as_deref(),
            Some("dietitian")
        );
        // The working pattern after a banner.
        assert_eq!(
            title(
                "# WE'RE HIRING!! PART-TIME WAITER\n\nCome and work with us.\n",
                Format::Markdown
            )
            .as_deref(),
            Some("WAITER")
        );
    }

    #[test]
    fn employers_named_with_their_place_their_department_or_a_job() {
        // The government above its department at the top of a notice.
        let text = "PINE HOLLOW COUNTY, IDAHO\nHuman Resources\n\nSURVEY TECHNICIAN\nDepartment of Public Works\n\nExam #: 26-114\nWe build roads.\n";
        assert_eq!(
            fields(text, Format::Text).1.as_deref(),
            Some("Pine Hollow County")
        );
        // A name with the places it is in after it.
        let text =
            "## Science Teacher\n\n**Lakeside International School**, Nagoya, Japan\n\nWe teach.\n";
        assert_eq!(
            fields(text, Format::Markdown).1.as_deref(),
            Some("Lakeside International School")
        );
        // A job in a school is no employer; the school is.
        let text = "Marston Vale School                  Recruitment Pack\nSchool Finance Officer\n\nMarston Vale School is a village primary school of 200 pupils.\n";
        assert_eq!(
            fields(text, Format::Text).1.as_deref(),
            Some("Marston Vale School")
        );
        // A public circular: its letterhead names the employer, its posts'
        // label a reference number, its title a bracket of counts and places.
        let text = "MOLOPO DISTRICT WATER BOARD\n\nVACANCY CIRCULAR 04/2026\n\nMolopo District Water Board serves eleven towns.\n\nPOST 04/02      : LABORATORY ANALYST - WATER QUALITY (3 POSTS: MAHIKENG, VRYBURG AND LICHTENBURG)\nCENTRE          : Mahikeng Laboratory, Mahikeng\n";
        let p = run(&Document::parse(text, Format::Text), "-");
        assert_eq!(
            p.title.as_deref(),
            Some("LABORATORY ANALYST - WATER QUALITY")
        );
        assert_eq!(p.employer.as_deref(), Some("Molopo District Water Board"));
        assert!(p.location.is_some_and(|l| l.contains("Mahikeng")));
        // A letterhead not named again is not taken.
        let text = "NORTHERN GROUP\n\nPOST : Clerk\n\nWe file papers.\n";
        assert_eq!(fields(text, Format::Text).1, None);
        // A grade before the job is cut from the title.
        let html = "<p>We are looking for a Band 7 Physiotherapist to lead our team.</p><h2>Band 7 Physiotherapist</h2><p>We treat.</p>";
        assert_eq!(
            fields(html, Format::Html).0.as_deref(),
            Some("Physiotherapist")
        );
        // A business function before the place on a board's line is no employer.
        let html = "<h1>Tax Senior</h1><p>Advisory · Central, Hong Kong · Posted 2 days ago</p><p>We audit.</p>";
        assert_ne!(fields(html, Format::Html).1.as_deref(), Some("Advisory"));
    }

    #[test]
    fn a_procedural_headline_and_the_heading_that_names_the_field() {
        let html = "<h1>Public competition for the employment of one Research Assistant</h1><p>The Faculty announces a competition.</p><h2>Research Assistant in Coastal Ecology</h2><p>Number of positions: one</p>";
        assert_eq!(
            fields(html, Format::Html).0.as_deref(),
            Some("Research Assistant in Coastal Ecology")
        );
        // The banner alone is cut.
        let html = "<h1>Call for applications for the post of Lecturer</h1><p>We teach law.</p>";
        assert_eq!(fields(html, Format::Html).0.as_deref(), Some("Lecturer"));
        // A later heading that is a sentence or a section is not the title.
        let html = "<h1>Lecturer</h1><p>We teach law.</p><h2>Lecturer in the news: what our staff say.</h2>";
        assert_eq!(fields(html, Format::Html).0.as_deref(), Some("Lecturer"));
    }

    #[test]
    fn the_page_that_posts_a_job_in_its_own_voice() {
        let text = "Pepperpot Grill & Bar\nApril 2 at 10:05 AM · 🌎\n\nWE'RE HIRING!\nPosition: Grill Cook\n\nPepperpot opened in 2014 and we still cook everything fresh.\n";
        assert_eq!(
            fields(text, Format::Text).1.as_deref(),
            Some("Pepperpot Grill & Bar")
        );
        // A person sharing someone else's job, not in the page's voice.
        let text = "Marcia Thompson\nApril 2 at 10:05 AM · 🌎\n\nPosition: Grill Cook\n\nA friend's restaurant needs a cook, DM me.\n";
        assert_ne!(
            fields(text, Format::Text).1.as_deref(),
            Some("Marcia Thompson")
        );
    }

    #[test]
    fn a_field_after_a_dash_is_part_of_the_title() {
        for (headline, want) in [
            (
                "Process Engineer - Flotation",
                "Process Engineer - Flotation",
            ),
            (
                "Programme Officer – Food Security",
                "Programme Officer – Food Security",
            ),
            // Where the job is done, a place, a grade or the employer is not.
            ("Staff Nurse – Surgical Ward", "Staff Nurse"),
            ("Data Analyst - Leeds", "Data Analyst"),
            ("Staff Nurse - Band 5", "Staff Nurse"),
            (
                "Site Engineer - Harbourline Construction Ltd",
                "Site Engineer",
            ),
            ("Data Engineer — Shape Better Cities", "Data Engineer"),
        ] {
            assert_eq!(clean_title(headline), want, "{headline}");
        }
    }

    #[test]
    fn a_counted_job_on_a_poster_and_the_job_an_agency_recruits() {
        let text = "BAYVIEW HOME STORE\nEverything for your home\n\n        WE'RE HIRING!\n\n        3 x SALES ASSOCIATE\n\nBayview Home Store, Harbour Road, Aqaba\n";
        let p = run(&Document::parse(text, Format::Text), "-");
        assert_eq!(p.title.as_deref(), Some("Sales Associate"));
        assert_eq!(p.positions, Some(3));
        let text = "NORTHGATE SEARCH PARTNERS\nExecutive Search | Recruitment\n\nNorthgate Search Partners has been retained by Lakeshore Mills to recruit a:\n\nPLANT MAINTENANCE MANAGER\n\nThe role is based in Blantyre.\n";
        assert_eq!(
            fields(text, Format::Text).0.as_deref(),
            Some("Plant Maintenance Manager")
        );
    }

    #[test]
    fn a_field_after_a_dash_that_is_the_employer_is_cut() {
        let text = "# Data Lead - Quillmoor\n\nQuillmoor is a public-sector analytics company. We build dashboards.\n";
        assert_eq!(
            fields(text, Format::Markdown).0.as_deref(),
            Some("Data Lead")
        );
    }

    #[test]
    fn a_board_s_name_is_no_title() {
        let text = "NHS Jobs\nSearch for jobs   Sign in\n\nBand 5 Staff Nurse\nTarnside Hospitals NHS Trust\n\nJob summary\n\nWe care.\n";
        let title = fields(text, Format::Text).0.unwrap_or_default();
        assert!(title.ends_with("Staff Nurse"), "{title}");
    }

    #[test]
    fn a_board_s_breadcrumb_byline_and_questions() {
        let text = "Job Bank\nSearch jobs   Sign in\n\nJob Bank Home > Job search > Line Cook\n\nline cook\n\nPosted on June 1, 2026 by\nAspen Grill Ltd.\n\nJob details\n";
        let (title, employer) = fields(text, Format::Text);
        assert_eq!(title.as_deref(), Some("Line Cook"));
        assert_eq!(employer.as_deref(), Some("Aspen Grill Ltd."));
        // "Restaurant: 1 year (Required)" answers a question; it names no one.
        let text = "Shift Leader\nSmoky Pines BBQ\n\nExperience:\n\nRestaurant: 1 year (Required)\n\nSmoky Pines BBQ is a family restaurant.\n";
        assert_ne!(
            fields(text, Format::Text).1.as_deref(),
            Some("1 year (Required)")
        );
        // A name with its address after it is the name.
        let text = "# Teacher of Science\n\n**Elmfield Park School, Otley Road, Harrogate, HG2 0DJ**\n\nWe teach.\n";
        assert_eq!(
            fields(text, Format::Markdown).1.as_deref(),
            Some("Elmfield Park School")
        );
    }

    #[test]
    fn a_breadcrumb_trail_is_no_employer() {
        let text = "Harrowfield Borough Council\nJobs and careers > Current vacancies > Planning Officer\n\nPlanning Officer\n\nHarrowfield Borough Council is committed to safeguarding.\n";
        let employer = fields(text, Format::Text).1;
        assert!(
            !employer.as_deref().unwrap_or("").contains('>'),
            "{employer:?}"
        );
    }

    #[test]
    fn employers_from_an_address_block_near_the_top() {
        let html = "<h1>Electrician (m/f/d)</h1><p><strong>Elektro Vogelsang GmbH</strong><br>Rüdesheimer Weg 41<br>65197 Wiesbaden</p><p>We install things.</p>";
        assert_eq!(
            fields(html, Format::Html).1.as_deref(),
            Some("Elektro Vogelsang GmbH")
        );
        let html = "<header><h1>Carpenter</h1><address>Cedar &amp; Stone Builders Ltd.<br>Unit 4, 2250 Quadra Street<br>Victoria, BC</address></header><main><p>We build homes.</p></main>";
        let employer = fields(html, Format::Html).1.unwrap_or_default();
        assert!(
            employer.starts_with("Cedar & Stone Builders Ltd"),
            "{employer}"
        );
        // A place or a street on the first line is no organisation.
        let html = "<h1>Cleaner</h1><p>Victoria, BC<br>2250 Quadra Street</p><p>We clean.</p>";
        assert_eq!(fields(html, Format::Html).1, None);
        // Without a street line it is not an address.
        let html = "<h1>Cleaner</h1><p>Great Team Spirit<br>Come and join us</p><p>We clean.</p>";
        assert_eq!(fields(html, Format::Html).1, None);
    }

    #[test]
    fn an_organisation_s_heading_over_its_address() {
        let text = "Harrowden District Council\nEnvironmental Services - Brickyard Depot\nHuntingdon Road\nThrapston\nNN14 4RW\n\nGrounds Maintenance Operative\n\nWe look after the parks.\n";
        assert_eq!(
            fields(text, Format::Text).1.as_deref(),
            Some("Harrowden District Council")
        );
        // A section heading over a paragraph with figures is no address.
        let text = "# Analyst\n\n## Overview\n\nCDI\nParis\n42K to 60K\n";
        assert_eq!(fields(text, Format::Markdown).1, None);
    }

    #[test]
    fn employers_from_a_site_header_or_a_caption_in_parts() {
        let text =
            "Wadden Sea University - Vacancies\n\nVacancy\nPhD Candidate\n\nWe study the sea.\n";
        assert_eq!(
            fields(text, Format::Text).1.as_deref(),
            Some("Wadden Sea University")
        );
        let md = "## Tamar Valley University – School of Chemistry\n\n### Laboratory Technician\n\nWe teach chemistry.\n";
        assert_eq!(
            fields(md, Format::Markdown).1.as_deref(),
            Some("Tamar Valley University")
        );
        let html = "<html><head><title>Careers – Staff Nurse – Nandini Multispeciality Hospitals</title></head><body><h1>Staff Nurse</h1><p>We care.</p></body></html>";
        assert_eq!(
            fields(html, Format::Html).1.as_deref(),
            Some("Nandini Multispeciality Hospitals")
        );
    }

    #[test]
    fn the_subject_of_an_opening_sentence_named_in_the_advert_s_domain() {
        let text = "# Waiting Staff\n\nThe Gannet Room is a seafood restaurant by the harbour.\n\nSend your CV to jobs@gannetroom.example.com.\n";
        assert_eq!(
            fields(text, Format::Markdown).1.as_deref(),
            Some("The Gannet Room")
        );
        // Named once, nowhere in a domain, and not said to be an organisation:
        // not enough to call it the employer.
        let text = "# Waiting Staff\n\nThe Gannet Room has a view of the harbour.\n\nSend your CV to jobs@harbourgroup.example.com.\n";
        assert_eq!(fields(text, Format::Markdown).1, None);
    }

    #[test]
    fn greetings_breadcrumbs_tags_subjects_and_workloads() {
        // A letter's greeting is no title; the forwarded subject names the job.
        let text = "From: Dana <dana@example.com>\nSubject: Fwd: Job posting - Payroll Clerk (Red Deer)\n\nHey Priya,\n\nSaw this and thought of you.\n";
        assert_eq!(
            fields(text, Format::Text).0.as_deref(),
            Some("Payroll Clerk")
        );
        // A breadcrumb trail is no title; a pasted table's row gives it.
        let text = "Jobs  ›  Trades  ›  Plumbing\n\nPosition title      Service Plumber\nLocation            Stavanger\n\nWe fix pipes.\n";
        assert_eq!(
            fields(text, Format::Text).0.as_deref(),
            Some("Service Plumber")
        );
        // A forum's tag before the title, and a workload after it.
        let md = "# [Hiring] Line Cook – Byron Bay NSW – $32/hr\n\nWe cook.\n";
        assert_eq!(fields(md, Format::Markdown).0.as_deref(), Some("Line Cook"));
        assert_eq!(tidy_title("Ward Nurse (f/m/d) 80%"), "Ward Nurse");
        assert_eq!(tidy_title("Buyer 80–100 %"), "Buyer");
        assert_eq!(tidy_title("Hey there,"), "Hey there,");
        // A department's name in a header of parts is no employer.
        let md = "# Full Stack Developer\n\nEngineering · Tampere · Hybrid\n\nWe build apps.\n";
        assert_ne!(
            fields(md, Format::Markdown).1.as_deref(),
            Some("Engineering")
        );
        // A label in capitals among the headings at the top.
        let text = "NORTHVALE REGIONAL MUNICIPALITY\nEMPLOYMENT OPPORTUNITY\n\nPOSITION: PARKS PLANNER (TERM)\nCOMPETITION NO.: 2026-14\n\nThe municipality plans parks.\n";
        assert_eq!(
            fields(text, Format::Text)
                .0
                .map(|t| t.to_lowercase())
                .as_deref(),
            Some("parks planner")
        );
        // A title as the subject of a duty in the present tense.
        let text = "The Junior Payroll Accountant maintains the ledger and reconciles accounts.\n";
        assert_eq!(
            fields(text, Format::Text).0.as_deref(),
            Some("Junior Payroll Accountant")
        );
    }

    #[test]
    fn pictures_around_a_headline_are_cut_with_its_banner() {
        assert_eq!(clean_title("🚨 Barista 🚨"), "Barista");
        assert_eq!(
            tidy_title(&clean_title("☕🥐 WE'RE HIRING!! BARISTA 🥐☕")),
            "BARISTA"
        );
        // Inside a title, a sign stays.
        assert_eq!(clean_title("C# → Rust Engineer"), "C# → Rust Engineer");
    }

    #[test]
    fn a_board_s_job_in_a_town_is_the_job() {
        assert_eq!(
            clean_title("Care Assistant job in Harrogate | Jobfinch.co.uk"),
            "Care Assistant"
        );
        assert_eq!(
            clean_title("Front Office Executive Job in Kota Kinabalu, Sabah"),
            "Front Office Executive"
        );
        // "in" after something that is no job's word stays.
        assert_eq!(
            clean_title("Part-time job in retail"),
            "Part-time job in retail"
        );
    }

    #[test]
    fn banners_and_document_names_before_the_title_are_cut() {
        let text =
            "EMPLOYMENT OPPORTUNITY! Community Outreach Coordinator\n\nWe run the library.\n";
        assert_eq!(
            fields(text, Format::Text).0.as_deref(),
            Some("Community Outreach Coordinator")
        );
        let md = "# Job Description for Senior Payroll Officer\n\nWe bake bread.\n";
        assert_eq!(
            fields(md, Format::Markdown).0.as_deref(),
            Some("Senior Payroll Officer")
        );
        let md = "# Now hiring: Line Cook\n\nWe cook.\n";
        assert_eq!(fields(md, Format::Markdown).0.as_deref(), Some("Line Cook"));
        // A title that only starts like a banner keeps its words.
        let md = "# Vacancy Management Officer\n\nWe let homes.\n";
        assert_eq!(
            fields(md, Format::Markdown).0.as_deref(),
            Some("Vacancy Management Officer")
        );
    }

    #[test]
    fn a_listing_page_s_heading_is_not_the_title() {
        let md = "# Job Opportunities\n\n## Warehouse Operative\n\nWe carry parcels.\n";
        assert_eq!(
            fields(md, Format::Markdown).0.as_deref(),
            Some("Warehouse Operative")
        );
        let md = "# Posting Information\n\nWe carry parcels.\n";
        assert_eq!(fields(md, Format::Markdown).0, None);
    }

    #[test]
    fn an_organisation_on_a_line_of_its_own_under_the_title() {
        let text = "Policy Analyst\n\nMinistry of Environment, Conservation and Parks\n\nWe protect lakes.\n";
        assert_eq!(
            fields(text, Format::Text).1.as_deref(),
            Some("Ministry of Environment, Conservation and Parks")
        );
        let text = "Research Assistant in Hydrology\n\nTamarisk University\n\nThe Department of Geography seeks help.\n";
        assert_eq!(
            fields(text, Format::Text).1.as_deref(),
            Some("Tamarisk University")
        );
        // A service or department on that line is not the employer.
        let text = "Occupational Therapist\n\nTherapy Services\n\nWe help people walk again.\n";
        assert_eq!(fields(text, Format::Text).1, None);
    }

    #[test]
    fn a_header_that_opens_with_the_employer() {
        let text = "Kittiwake Robotics | Senior Firmware Engineer | Bristol, UK | REMOTE (UK) | £70k-£90k\n\nWe build drones.\n";
        assert_eq!(
            fields(text, Format::Text),
            (
                Some("Senior Firmware Engineer".to_string()),
                Some("Kittiwake Robotics".to_string())
            )
        );
    }

    #[test]
    fn a_subject_with_a_legal_form_is_the_employer() {
        let md = "# Payroll Officer\n\nKestrel Foods Ltd is a family-run bakery.\n";
        assert_eq!(
            fields(md, Format::Markdown).1.as_deref(),
            Some("Kestrel Foods Ltd")
        );
        // Without one, a name said once is not enough.
        let md = "# Payroll Officer\n\nKestrel Foods is a family-run bakery.\n";
        assert_eq!(fields(md, Format::Markdown).1, None);
    }

    #[test]
    fn hacker_news_headers_of_parts() {
        // A link in the header, and the bar without its spaces.
        let html = "<p>Wrenfield <a href=\"https://wrenfield.example/\">https://wrenfield.example/</a> | Staff Data Engineer | Remote US | Full Time</p><p>We make maps for farmers.</p>";
        let p = run(&Document::parse(html, Format::Html), "-");
        assert_eq!(p.title.as_deref(), Some("Staff Data Engineer"));
        assert_eq!(p.employer.as_deref(), Some("Wrenfield"));
        assert_eq!(p.work_mode, Some(crate::extract::WorkMode::Remote));
        assert_eq!(p.location.as_deref(), Some("Remote US"));
        assert_eq!(p.country.as_deref(), Some("US"));
        let text = "Quillmate| Growth Engineer | Remote - UK/EU | €60-100k\n\nWe write software.\n";
        assert_eq!(
            fields(text, Format::Text).0.as_deref(),
            Some("Growth Engineer")
        );
        // No job in the header: the employer, and a range of thousands as pay.
        let html = "<p>Pellucid | 150-250k+ + equity + benefits | Remote (US only) | Multiple roles</p><p>We build clinical software.</p>";
        let p = run(&Document::parse(html, Format::Html), "-");
        assert_eq!(p.title, None);
        assert!(
            p.notes
                .iter()
                .any(|n| n.contains("names only the employer")),
            "{:?}",
            p.notes
        );
        assert_eq!(p.employer.as_deref(), Some("Pellucid"));
        assert_eq!(
            (p.salary.min, p.salary.max),
            (Some(150_000.0), Some(250_000.0))
        );
        // A town of several countries is the place all the same, and the
        // code after the pay says which country.
        let text = "Tidewell | Platform Engineer | Vancouver | HYBRID | $140k-$170k CAD\n\nWe run tide models.\n";
        let p = run(&Document::parse(text, Format::Text), "-");
        assert_eq!(p.location.as_deref(), Some("Vancouver"));
        assert_eq!(p.country.as_deref(), Some("CA"));
        assert_eq!(p.salary.currency.as_deref(), Some("CAD"));
        // With nothing to tell them apart, the place is kept with a note.
        let text = "Tidewell | Platform Engineer | Vancouver | HYBRID\n\nWe run tide models.\n";
        let p = run(&Document::parse(text, Format::Text), "-");
        assert_eq!(p.location.as_deref(), Some("Vancouver"));
        assert!(p.places.is_empty());
        assert!(
            p.notes.iter().any(|n| n.contains("CA and US")),
            "{:?}",
            p.notes
        );
        // The job in the sentence after a header that names none.
        let text = "Bramblecart | Remote | $170-230K + equity | Full-time\n\nBramblecart is hiring a full-stack Senior Software Engineer who likes to ship.\n";
        assert_eq!(
            fields(text, Format::Text).0.as_deref(),
            Some("Senior Software Engineer")
        );
    }

    #[test]
    fn employers_named_in_apposition_or_with_a_lower_case_legal_form() {
        let text = "Global streetwear brand, Wrenfold Studio, is searching to hire a Social Media Coordinator to grow our audience.\n\nYou will post daily.\n";
        assert_eq!(
            fields(text, Format::Text).1.as_deref(),
            Some("Wrenfold Studio")
        );
        let md = "# Introduction\n\nHelixgen plc was founded in 2014 by four statisticians.\n\n# The Role\n\nWe are seeking an experienced Python developer to build our platform.\n";
        assert_eq!(
            fields(md, Format::Markdown),
            (
                Some("Python Developer".to_string()),
                Some("Helixgen plc".to_string())
            )
        );
    }

    #[test]
    fn sections_and_a_job_s_acronym_are_not_titles_or_employers() {
        let md = "# Statements of Qualifications (\u{201c}SOQ\u{201d})\n\nThe commission seeks counsel.\n";
        assert_eq!(fields(md, Format::Markdown).0, None);
        let text = "We build bridges.\n\nHiring Philosophy\n\nWe hire for character.\n";
        assert_eq!(fields(text, Format::Text).0, None);
        let text = "The Chief Operations Officer (COO) position is an excellent opportunity.\n\nThe COO is a key member of the team and reports to the board. The COO leads.\n";
        assert_eq!(fields(text, Format::Text).1, None);
    }

    #[test]
    fn a_headline_run_on_with_commas() {
        let text = "Senior Backend Engineer, Ridgeback Freight Systems, Remote (US), Full-time\n\nWe build software.\n";
        assert_eq!(
            fields(text, Format::Text).0.as_deref(),
            Some("Senior Backend Engineer")
        );
        let text = "Staff Nurse, Ipswich, Suffolk\n\nWe care.\n";
        assert_eq!(fields(text, Format::Text).0.as_deref(), Some("Staff Nurse"));
        // A title's own comma stays; so does a part that is a job.
        let text = "Senior Software Engineer, Back-End (Remote)\n\nWe build.\n";
        assert_eq!(
            fields(text, Format::Text).0.as_deref(),
            Some("Senior Software Engineer, Back-End")
        );
    }

    #[test]
    fn a_bracket_the_headline_leaves_out_is_a_note() {
        let md = "# Staff Nurse\n\n| Post | Staff Nurse (GNM / B.Sc. Nursing) |\n|---|---|\n\nWe care.\n";
        assert_eq!(
            fields(md, Format::Markdown).0.as_deref(),
            Some("Staff Nurse")
        );
        // A bracket the headline keeps stays.
        let md = "# Engineer (Rust)\n\nWe build.\n";
        assert_eq!(
            fields(md, Format::Markdown).0.as_deref(),
            Some("Engineer (Rust)")
        );
    }

    #[test]
    fn a_bracket_of_a_term_a_share_of_the_week_or_a_base_is_no_part_of_the_title() {
        for (md, title) in [
            (
                "# Compliance Coordinator (12-Month Term)\n\nWe inspect.\n",
                "Compliance Coordinator",
            ),
            (
                "# Process Engineer (80–100%)\n\nWe make valves.\n",
                "Process Engineer",
            ),
            ("# Cabin Crew (Doha based)\n\nWe fly.\n", "Cabin Crew"),
        ] {
            assert_eq!(
                fields(md, Format::Markdown).0.as_deref(),
                Some(title),
                "{md}"
            );
        }
    }

    #[test]
    fn a_header_of_parts_is_judged_by_its_job_part() {
        // "centre" names organisations, but not in the place part of a header.
        let text = "Sales Assistant – Boekhandel De Lantaarn – Haarlem city centre – Part time (16–24 hours)\n\nWe sell books.\n";
        let (title, employer) = fields(text, Format::Text);
        assert_eq!(title.as_deref(), Some("Sales Assistant"));
        assert_eq!(employer.as_deref(), Some("Boekhandel De Lantaarn"));
    }

    #[test]
    fn a_label_and_its_value_in_one_paragraph() {
        let md = "# Sous Chef\n\n**Restaurant**\nFynbos & Fig\n\n**Where**\nFranschhoek\n";
        assert_eq!(
            fields(md, Format::Markdown).1.as_deref(),
            Some("Fynbos & Fig")
        );
    }

    #[test]
    fn an_employer_without_its_unit_its_newsletter_or_its_careers_site() {
        let employer = |name: &str| {
            let mut out = Out {
                posting: crate::extract::Posting::default(),
                agency: None,
            };
            set_employer(&mut out, name, 1, name);
            out.posting.employer
        };
        assert_eq!(
            employer("Harwick University, School of Nursing").as_deref(),
            Some("Harwick University")
        );
        assert_eq!(
            employer("Staff newsletter of Elm Grove Hospital").as_deref(),
            Some("Elm Grove Hospital")
        );
        assert_eq!(
            employer("Tamsin Bank Careers").as_deref(),
            Some("Tamsin Bank")
        );
        // A name with a comma that is no unit stays whole.
        assert_eq!(
            employer("Leung, Tsang & Co.").as_deref(),
            Some("Leung, Tsang & Co.")
        );
        // A labelled organisation with its faculty.
        let p = run(
            &Document::parse(
                "# PhD Position\n\nOrganisation: Harwick University, Faculty of Science\n\nWe study tides.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.employer.as_deref(), Some("Harwick University"));
    }

    #[test]
    fn a_job_family_under_job_is_no_title() {
        let p = run(
            &Document::parse(
                "# Night Porter - Main Building\n\nJob: Facilities Management\n\nWe keep the hospital running.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.title.as_deref(), Some("Night Porter - Main Building"));
    }

    #[test]
    fn a_heading_or_a_pronoun_is_never_the_title() {
        let p = run(
            &Document::parse(
                "Vacancy notice | June 2026\n\nThe harbour office keeps the ferry timetable.\n",
                Format::Text,
            ),
            "-",
        );
        assert_eq!(p.title, None);
        assert!(!plausible_title("We"));
        assert!(plausible_title("Welder"));
    }

    #[test]
    fn a_count_before_a_plural_title_names_one_post() {
        assert_eq!(
            without_count("Two Doctoral Researchers in Soil Carbon".into()),
            "Doctoral Researcher in Soil Carbon"
        );
        assert_eq!(
            without_count("3 Registered Nurses".into()),
            "Registered Nurse"
        );
        assert_eq!(
            without_count("Four Care Assistants".into()),
            "Care Assistant"
        );
        // No plural job after the number: the words stay as they are.
        assert_eq!(
            without_count("Two Sigma Engineer".into()),
            "Two Sigma Engineer"
        );
        assert_eq!(without_count("Data Engineers".into()), "Data Engineers");
    }

    #[test]
    fn a_full_stop_after_a_header_of_parts_leaves_it_a_header() {
        let p = run(
            &Document::parse(
                "Staff Nurse | Surgical Ward | Band 5 | Bristol | Full Time.\n\nWe care for people after surgery.\n",
                Format::Text,
            ),
            "-",
        );
        assert_eq!(p.title.as_deref(), Some("Staff Nurse"));
        assert_eq!(p.location.as_deref(), Some("Bristol"));
    }

    #[test]
    fn titles_from_a_header_of_parts() {
        let (title, _) = fields(
            "**Part-time Barista · Kopi & Crumb · Tiong Bahru, Singapore · Part time**\n\nWe make coffee.\n",
            Format::Markdown,
        );
        assert_eq!(title.as_deref(), Some("Barista"));
    }

    #[test]
    fn employers_from_a_header_of_parts() {
        let (title, employer) = fields(
            "# Sales Assistant – Boekhandel De Lantaarn – Haarlem city centre – Part time\n\nDo you love books?\n",
            Format::Markdown,
        );
        assert_eq!(title.as_deref(), Some("Sales Assistant"));
        assert_eq!(employer.as_deref(), Some("Boekhandel De Lantaarn"));
        // Without a place or terms among the parts, it is not a header of that shape.
        let (_, employer) = fields(
            "# Sales Assistant – Books – Coffee\n\nHello.\n",
            Format::Markdown,
        );
        assert_eq!(employer, None);
    }

    #[test]
    fn staffing_and_manpower_firms_are_recruiters() {
        for name in [
            "Riverbend Workforce Partners",
            "Pacific Star Manpower Services Inc.",
        ] {
            let p = run(
                &Document::parse(
                    &format!(
                        "# Forklift Driver\n\nEmployer: {name}\n\nOur client needs a driver.\n"
                    ),
                    Format::Markdown,
                ),
                "-",
            );
            assert_eq!(p.employer, None, "{name}");
            assert!(p.notes.iter().any(|n| n.contains(name)), "{name}");
        }
    }

    #[test]
    fn a_recruiter_is_not_the_employer() {
        let p = run(
            &Document::parse(
                "# Pharmacist\n\nEmployer: Meridian Health Recruitment\n\nOur client, Umhlanga Care Pharmacies, is a group of nine pharmacies.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.employer.as_deref(), Some("Umhlanga Care Pharmacies"));
        assert!(
            p.notes
                .iter()
                .any(|n| n.contains("Meridian Health Recruitment"))
        );
        // A client that is not named leaves the employer unknown.
        let p = run(
            &Document::parse(
                "# Pharmacist\n\nEmployer: Meridian Health Recruitment\n\nOur client is a group of pharmacies.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.employer, None);
    }

    #[test]
    fn labelled_employers_without_notes_and_departments() {
        let (_, employer) = fields(
            "# Policy Advisor\n\nEmployer: Waterschap Lindeveld (regional water authority)\n",
            Format::Markdown,
        );
        assert_eq!(employer.as_deref(), Some("Waterschap Lindeveld"));
        let (_, employer) = fields(
            "# Technician\n\nDepartment: School of Chemistry\n",
            Format::Markdown,
        );
        assert_eq!(employer, None);
    }

    /// The job nouns, a set of words, answer as the pattern they replaced on
    /// every line of our own adverts.
    #[test]
    fn job_nouns_answer_as_their_pattern() {
        let pattern = crate::text::re(&format!(r"(?i)\b({})s?\b", JOB_NOUN.words().join("|")));
        let folder =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/adverts");
        let mut lines = 0;
        for entry in std::fs::read_dir(folder).unwrap() {
            let Ok(text) = std::fs::read_to_string(entry.unwrap().path()) else {
                continue;
            };
            for line in text.lines() {
                lines += 1;
                assert_eq!(JOB_NOUN.is_match(line), pattern.is_match(line), "{line}");
                for word in line.split_whitespace() {
                    assert_eq!(
                        is_job_noun(word),
                        pattern
                            .find(word)
                            .is_some_and(|m| m.start() == 0 && m.end() == word.len()),
                        "{word}"
                    );
                }
            }
        }
        assert!(lines > 10_000, "only {lines} lines");
    }

    /// The generic headings, a set of phrases, answer as the pattern they
    /// replaced on every line of our own adverts and on each phrase's variants.
    #[test]
    fn generic_headings_answer_as_their_pattern() {
        let pattern = crate::text::re(
            r"(?i)^(job description|job advert|job advertisement|job announcement|vacancy notice|vacancy announcement|advert|overview|about( us| the role| the job| the company| the position| the team| you)?|summary|key dates|details|job details|vacancy details|introduction|tl;?dr|description|the (role|job|position|opportunity)|role|position|we are hiring|now hiring|careers?|jobs?|(position|role|job) (overview|summary|description|details|purpose)|job summary|summary of (the )?(role|position)|what (this|the) (job|role) involves|(role |key |job )?requirements|responsibilities|key responsibilities|company (description|overview)|the opportunity|opportunity|job title|position title|overview/summary|main duties|duties|qualifications|benefits|how to apply|apply|contact|location|salary|(current |job |employment |career |work )?(opportunities|vacancies|openings|positions)|open (positions|roles|vacancies)|posting information|vacancy information|job information|job posting|your (job|role|position|team|impact|day|profile|tasks)|statements? of (qualifications|duties)|minimum qualifications|position information)$",
        );
        let folder =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/adverts");
        let mut texts: Vec<String> = Vec::new();
        for entry in std::fs::read_dir(folder).unwrap() {
            if let Ok(text) = std::fs::read_to_string(entry.unwrap().path()) {
                texts.extend(text.lines().map(|l| l.trim().to_string()));
            }
        }
        for phrase in GENERIC_HEADING.phrases() {
            texts.push(phrase.to_uppercase());
            texts.push(format!("{phrase}:"));
            texts.push(format!(" {phrase}"));
            texts.push(phrase.replace('s', "\u{17F}").replace('k', "\u{212A}"));
        }
        for text in &texts {
            assert_eq!(
                GENERIC_HEADING.is_match(text),
                pattern.is_match(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_page_s_title_in_front_matter_names_no_job() {
        let get = |text: &str| crate::analyse(text, "a.md", Some(Format::Markdown), None).title;
        // Quotes around a front matter's value are no part of it.
        assert_eq!(
            get("---\nlayout: job\ntitle: \"Full-Stack Django Developer\"\n---\n\nWe build.\n")
                .as_deref(),
            Some("Full-Stack Django Developer")
        );
        // A careers page's or a post's own title is not the job's.
        assert_eq!(
            get("---\ntitle: \"Careers at Fernleaf\"\n---\n\nWe're looking for a Senior Django Developer to own our booking engine.\n")
                .as_deref(),
            Some("Senior Django Developer")
        );
        assert_ne!(
            get("---\ntitle: Quillstack is hiring\n---\n\nWe build.\n").as_deref(),
            Some("Quillstack is hiring")
        );
        // A count of posts before the job is the positions' field.
        let p = crate::analyse(
            "---\ntitle: \"Two Junior Django Developers – Wellington\"\n---\n\nWe build.\n",
            "a.md",
            Some(Format::Markdown),
            None,
        );
        assert_eq!(p.title.as_deref(), Some("Junior Django Developer"));
    }

    #[test]
    fn a_health_service_s_description_names_its_job_and_employer_in_prose() {
        let get = |html: &str| {
            let p = crate::analyse(html, "a.html", Some(Format::Html), None);
            (p.title, p.employer, p.positions)
        };
        // A band before the job, a count and "posts" after it.
        assert_eq!(
            get("<p><strong>Job overview</strong></p><p>We are looking for a Band 6 Community Staff Nurse to join the team.</p>").0.as_deref(),
            Some("Community Staff Nurse")
        );
        assert_eq!(
            get("<p><strong>Job overview</strong></p><p>We are recruiting to three Emergency Care Assistant posts in our Kent area.</p>").0.as_deref(),
            Some("Emergency Care Assistant")
        );
        // "An opportunity has arisen for two Band 5 …s": one job.
        assert_eq!(
            get("<p><strong>Job overview</strong></p><p>An exciting opportunity has arisen for two Band 5 Occupational Therapists to join our team.</p>").0.as_deref(),
            Some("Occupational Therapist")
        );
        // The job's noun before its field; an acronym in brackets left out.
        assert_eq!(
            get("<p><strong>Job overview</strong></p><p>The post of Specialty Doctor in Psychiatry is a permanent post.</p>").0.as_deref(),
            Some("Specialty Doctor in Psychiatry")
        );
        assert_eq!(
            get("<p><strong>Job overview</strong></p><p>An opportunity has arisen for an Infection Prevention and Control (IPC) Practitioner to support the team.</p>").0.as_deref(),
            Some("Infection Prevention and Control Practitioner")
        );
        // A page's date is no headline; the line under it is. (A job
        // whose name opens with such a word is one.)
        assert_eq!(
            get("<p><b>Listed Buildings Officer</b></p><p><strong>Job overview</strong></p><p>We look after old buildings.</p>").0.as_deref(),
            Some("Listed Buildings Officer")
        );
        assert_eq!(
            get("<p>Advert published 2 June 2026</p><p><b>Diagnostic Radiographer</b></p><p><strong>Job overview</strong></p><p>We scan people.</p>").0.as_deref(),
            Some("Diagnostic Radiographer")
        );
        // A long name that ends as a health board's does, under a bold
        // "About us", with the verbs such a blurb uses.
        assert_eq!(
            get("<p><strong>Job overview</strong></p><p>Join us.</p><p><strong>About us</strong></p><p>Usk and Wye University Health Board (UWUHB) plans and provides NHS healthcare for a large population.</p>").1.as_deref(),
            Some("Usk and Wye University Health Board")
        );
        // The trust that hosts a post employs its staff.
        assert_eq!(
            get("<p><strong>Job overview</strong></p><p>This post is hosted by Kernow Peninsula Hospitals NHS Trust on behalf of the Cornwall Imaging Network.</p>").1.as_deref(),
            Some("Kernow Peninsula Hospitals NHS Trust")
        );
        // A label of two fields, its value under it and a note in brackets.
        assert_eq!(
            get("<p><strong>Job Title, Grade Code</strong><br>Senior Physiotherapist<br>(Grade Code: 3327)</p><p>We treat people.</p>").0.as_deref(),
            Some("Senior Physiotherapist")
        );
    }

    #[test]
    fn a_board_s_one_word_lines_do_not_head_a_job_above_them() {
        let p = crate::analyse(
            "Diese Website verwendet Cookies. Mit \"Alle akzeptieren\" stimmen Sie zu.\n\nSenior Data Engineer (m/w/d)\nHanseatic Freight Systems GmbH\n\nHamburg\nFestanstellung\n\nWe move freight.\n",
            "a.txt",
            Some(Format::Text),
            None,
        );
        assert_eq!(p.title.as_deref(), Some("Senior Data Engineer"));
    }

    #[test]
    fn a_header_s_employer_part_is_that_part_alone() {
        let p = crate::analyse(
            "Senior Backend Engineer | Ridgeback Freight Systems | Denver | Full-time\n\nWe build.\n",
            "a.txt",
            Some(Format::Text),
            None,
        );
        assert_eq!(p.employer.as_deref(), Some("Ridgeback Freight Systems"));
        assert_eq!(p.location.as_deref(), Some("Denver"));
    }

    #[test]
    fn a_title_read_after_a_count_is_one_job() {
        let p = crate::analyse(
            "<p>Greyfriars Health Board is recruiting two Dental Nurses to join its community dental service.</p>",
            "t",
            Some(Format::Html),
            None,
        );
        assert_eq!(p.title.as_deref(), Some("Dental Nurse"));
        assert_eq!(p.positions, Some(2));
    }

    #[test]
    fn a_government_s_office_is_the_government_s() {
        let p = crate::analyse(
            "# Permit Technician\n\nThe County of Deschutes's Permit Center is hiring a Permit Technician.\n",
            "t",
            Some(Format::Markdown),
            None,
        );
        assert_eq!(p.employer.as_deref(), Some("The County of Deschutes"));
    }

    #[test]
    fn a_board_s_line_under_the_title_names_the_employer_before_a_place() {
        let get = |text: &str| crate::analyse(text, "t", Some(Format::Text), None).employer;
        // Named nowhere else, but followed by the place and the board's facts.
        assert_eq!(
            get(
                "Claims Analyst\nHollowmere Mutual · Galway, County Galway, Ireland · 3 days ago · 40 applicants\n\nAbout the job\nWe insure farms.\n"
            )
            .as_deref(),
            Some("Hollowmere Mutual")
        );
        // A legal form's full stop is no sentence's.
        assert_eq!(
            get("QA Engineer\nTarini Systems Pvt. Ltd. · Pune, Maharashtra, India · 1 week ago\n\nWe test software.\n")
                .as_deref(),
            Some("Tarini Systems Pvt. Ltd.")
        );
        // A working pattern first is no employer.
        assert_eq!(
            get("Claims Analyst\nFull-time · Galway, Ireland · 3 days ago\n\nWe insure farms.\n"),
            None
        );
    }

    #[test]
    fn employers_in_a_bold_header_a_caption_and_a_broken_line() {
        let get =
            |text: &str, format: Format| crate::analyse(text, "t", Some(format), None).employer;
        // A name in bold first among the facts under the title, named again shorter.
        assert_eq!(
            get(
                "## Shop Supervisor\n\n**Lantern & Reed Homewares** · Sha Tin · Full-time\n\nLantern & Reed sells lamps.\n",
                Format::Markdown
            )
            .as_deref(),
            Some("Lantern & Reed Homewares")
        );
        // A board's caption "at X" above the title.
        assert_eq!(
            get(
                "at Kirin Bay Systems\n\n# Platform Engineer\n\nWe run clusters.\n",
                Format::Markdown
            )
            .as_deref(),
            Some("Kirin Bay Systems")
        );
        // A client's name broken across two lines of a paragraph.
        assert_eq!(
            get(
                "SITE ENGINEER\n\nMarram Recruitment is recruiting on behalf of our client, Penrhos Valley\nConstruction Ltd, a contractor in Wales.\n",
                Format::Text
            )
            .as_deref(),
            Some("Penrhos Valley Construction Ltd")
        );
    }

    #[test]
    fn a_reference_in_brackets_leaves_a_title_and_an_organisation_is_none() {
        let get = |text: &str| crate::analyse(text, "t.md", Some(Format::Markdown), None).title;
        let page = |heading: &str| {
            format!(
                "Larch Vale Borough Council\n\nHome > Jobs > Dog Warden\n\n# {heading}\n\nDirectorate: Environment · Grade: Scale 4\n\n## Summary\n\nWe are looking to appoint two wardens.\n"
            )
        };
        assert_eq!(
            get(&page("Dog Warden (Ref: EN/26/02)")).as_deref(),
            Some("Dog Warden")
        );
        // Without a heading to take, the council's own name is still no title.
        assert_eq!(
            get("Larch Vale Borough Council\n\nWe are looking to appoint two wardens.\n"),
            None
        );
    }

    #[test]
    fn an_occupation_shouted_is_a_title_and_a_company_shouted_is_not() {
        let get = |text: &str| crate::analyse(text, "t.txt", Some(Format::Text), None).title;
        assert_eq!(
            get("ARBORIST / CLIMBER\n\nCompany: Rata Tree Care Ltd\nLocation: Auckland\n\nWe climb trees.\n")
                .as_deref(),
            Some("ARBORIST / CLIMBER")
        );
        assert_eq!(
            get("NORTHWIND PARTNERS\n\nWe are a consultancy in Leeds.\n"),
            None
        );
    }

    #[test]
    fn invitations_places_and_agencies_by_their_words() {
        let get = |text: &str| crate::analyse(text, "t.txt", Some(Format::Text), None);
        // "Join the team at X" names the employer, not the job.
        let p = get(
            "Join the team at Wattle Creek Supports\n\nWe're looking for a Disability Support Worker to join our casual team in Geelong.\n",
        );
        assert_eq!(p.title.as_deref(), Some("Disability Support Worker"));
        assert_eq!(p.employer.as_deref(), Some("Wattle Creek Supports"));
        // A place first among the facts under the title is no employer, and
        // a firm that recruits for "our client" is an agency.
        let p = get(
            "Quality Coordinator\nGuelph, ON | Permanent | $70,000 per annum\n\nBirchline Talent is recruiting on behalf of our client, Marrow Foundry Ltd., a foundry in Guelph, Ontario.\n",
        );
        assert_eq!(p.employer.as_deref(), Some("Marrow Foundry Ltd."));
        // A part of the organisation named with a possessive is the organisation's.
        let p = get(
            "Project Engineer\n\nLarchmont-Pacific’s Project & Engineering Group is seeking a Project Engineer.\n\nLarchmont-Pacific’s Project & Engineering Group builds mills.\n",
        );
        assert_eq!(p.employer.as_deref(), Some("Larchmont-Pacific"));
        // "on behalf of" alone makes no agency.
        let p = get(
            "Account Manager\n\nKestrel Services is a firm that runs payroll on behalf of large companies. Kestrel Services has 900 staff.\n",
        );
        assert_ne!(p.employer.as_deref(), Some("large companies"));
    }

    #[test]
    fn separators_inside_brackets_part_nothing() {
        let get = |text: &str| {
            let p = crate::analyse(text, "t.txt", Some(Format::Text), None);
            (p.title, p.employer, p.location)
        };
        let (title, _, location) =
            get("QA Automation Engineer (Remote – Poland)\n\nWe test software.\n");
        assert_eq!(title.as_deref(), Some("QA Automation Engineer"));
        assert_ne!(location.as_deref(), Some("Poland)"));
        let (title, _, location) =
            get("SITE MANAGER (CONTRACT) - LLANELLI\n\nYou will run a school build.\n");
        assert_eq!(title.as_deref(), Some("SITE MANAGER"));
        assert_eq!(location.as_deref(), Some("LLANELLI"));
        // A company's name with a capital inside is not two words glued.
        let (title, employer, _) =
            get("Staff Analyst (m/f/d) — Quellwerk GmbH\n\nYou will analyse data.\n");
        assert_eq!(title.as_deref(), Some("Staff Analyst"));
        assert_eq!(employer.as_deref(), Some("Quellwerk GmbH"));
        // A hyphen before a company's name, which its web address holds, is no place.
        let (_, _, location) = get(
            "Senior Analytics Engineer - Wave\n\nApply at https://www.wave.com/careers today.\n",
        );
        assert_eq!(location, None);
    }

    #[test]
    fn markers_grades_and_terms_after_a_title_are_not_the_title() {
        for (given, title) in [
            ("Sales Manager (m/w/d)", "Sales Manager"),
            ("Electrician (m/f/d)", "Electrician"),
            ("Data Engineer (all genders)", "Data Engineer"),
            (
                "Strategic Land Use Planner (Grade 14)",
                "Strategic Land Use Planner",
            ),
            ("HOUSING OFFICER (GRADE VI)", "HOUSING OFFICER"),
            ("Building Inspector (Level 2)", "Building Inspector"),
            ("Warehouse Team Leader (nights)", "Warehouse Team Leader"),
            (
                "QA Automation Engineer (Remote – Poland)",
                "QA Automation Engineer",
            ),
            (
                "Senior Backend Engineer (Contract)",
                "Senior Backend Engineer",
            ),
            ("Personal Support Worker (PSW)", "Personal Support Worker"),
            ("Barista wanted", "Barista"),
            ("Fleet Controller (12-month contract)", "Fleet Controller"),
            ("We're", "We're"),
            ("AIRCON TECHNICIAN WANTED", "AIRCON TECHNICIAN"),
            // The people called for: one post's name.
            ("Line cooks wanted", "Line cook"),
            ("CLEANERS WANTED", "CLEANER"),
            ("Night Janitor needed", "Night Janitor"),
            ("Sales Executive job", "Sales Executive"),
            ("Intensive Care Nurse in Monterrey", "Intensive Care Nurse"),
            ("Lecturer in Nursing", "Lecturer in Nursing"),
            (
                "Consultant in Emergency Medicine",
                "Consultant in Emergency Medicine",
            ),
            (
                "Oifigeach Forbartha / Development Officer",
                "Development Officer",
            ),
            (
                "Cymhorthydd Addysgu / Teaching Assistant (Lefel 1 / Level 1)",
                "Teaching Assistant",
            ),
            ("Developer / Engineer", "Developer / Engineer"),
            ("BI / Reporting Analyst", "BI / Reporting Analyst"),
        ] {
            assert_eq!(tidy_title(given), title, "{given}");
        }
        // Brackets that are part of the job's name stay.
        for kept in [
            "Lecturer (Economics)",
            "Engineer (Python)",
            "Nurse (Theatres)",
            "Wanted",
        ] {
            assert_eq!(tidy_title(kept), kept);
        }
    }

    #[test]
    fn a_language_or_a_place_alone_is_no_employer() {
        for not_a_name in [
            "Spanish",
            "Tagalog",
            "Germany",
            "Saskatchewan",
            "Greater Manchester",
        ] {
            assert!(names_no_organisation(not_a_name), "{not_a_name}");
        }
        // Names, and short codes in capitals that are names as often as places.
        for name in [
            "Spanish Point Cafe",
            "Manchester Metropolitan University",
            "BT",
            "Orange",
            "Alexandria",
        ] {
            assert!(!names_no_organisation(name), "{name}");
        }
    }

    #[test]
    fn a_board_s_job_in_page_title_gives_no_employer() {
        let text = "<html><head><title>Customer Service Representative Job in Quezon City, Metro Manila - Jobstreet</title></head><body><h1>Customer Service Representative</h1><p>We are hiring agents for our night shift team.</p></body></html>";
        let p = run(&Document::parse(text, Format::Html), "-");
        assert_eq!(p.employer, None);
        assert_eq!(p.title.as_deref(), Some("Customer Service Representative"));
    }

    #[test]
    fn words_that_read_as_no_name_are_no_employer() {
        for not_a_name in [
            ": Commercial Lines",
            "100% export oriented knit composite industry",
            "Apply for this job online",
        ] {
            assert!(reads_as_no_name(not_a_name), "{not_a_name}");
        }
        for name in [
            "Ministry of Health and Family Welfare",
            "University of the West of England",
            "Hospital de la Santa Creu i Sant Pau",
            "the Wellcome Trust",
        ] {
            assert!(!reads_as_no_name(name), "{name}");
        }
        // The short form of a name's initials after it is not part of it.
        let mut out = Out {
            posting: crate::extract::Posting::default(),
            agency: None,
        };
        set_employer(
            &mut out,
            "International Humanitarian Coordination Agency (ihca)",
            1,
            "",
        );
        assert_eq!(
            out.posting.employer.as_deref(),
            Some("International Humanitarian Coordination Agency")
        );
    }

    #[test]
    fn a_school_of_the_one_university_named_gives_the_university() {
        let text = "# Research Fellow\n\nThe School of Health Sciences is seeking a Research Fellow.\n\nThe University of the Tay is a registered charity. The University welcomes applications.\n";
        let p = run(&Document::parse(text, Format::Markdown), "-");
        assert_eq!(p.employer.as_deref(), Some("University of the Tay"));
        // Two universities named: the school stays.
        let text = "# Research Fellow\n\nThe School of Health Sciences is seeking a Research Fellow.\n\nThe post is shared by the University of the Tay and Kelpie University.\n";
        let p = run(&Document::parse(text, Format::Markdown), "-");
        assert_ne!(p.employer.as_deref(), Some("University of the Tay"));
    }

    #[test]
    fn a_site_s_bar_is_no_employer() {
        for bar in [
            "NaukriDesk  Jobs Companies Services  Login Register For employers",
            "A Singapore Government Agency Website How to identify",
            "Harbour Jobs Sign in",
        ] {
            assert!(site_furniture(bar), "{bar}");
        }
        assert!(!site_furniture("Harbour Signals"));
        assert!(!site_furniture("Websters Bakery"));
    }

    #[test]
    fn a_front_matter_title_that_names_the_project_gives_way_to_the_job() {
        let text = "---\ntitle: \"Kelpie\"\ncompany: \"Stichting Waterlijn\"\n---\n\n# Scientific Software Developer (2 positions)\n\nKelpie is an open-source library.\n";
        let p = run(&Document::parse(text, Format::Markdown), "-");
        assert_eq!(p.title.as_deref(), Some("Scientific Software Developer"));
        // With nothing else naming the job, it stands.
        let text = "---\ntitle: \"Kelpie\"\n---\n\nKelpie is an open-source library.\n";
        let p = run(&Document::parse(text, Format::Markdown), "-");
        assert_eq!(p.title.as_deref(), Some("Kelpie"));
    }

    #[test]
    fn a_date_a_channel_or_a_chat_path_is_no_title() {
        for not_a_title in [
            "Sunday 31st May 2026",
            "June 2026",
            "Friday, 3 July",
            "jobs-and-referrals",
            "#paid-jobs",
            "SG Operations > General",
        ] {
            assert!(!plausible_title(not_a_title), "{not_a_title}");
        }
        for title in [
            "May Day Event Coordinator",
            "Front-End Developer",
            "Sunday Chef",
        ] {
            assert!(plausible_title(title), "{title}");
        }
    }

    #[test]
    fn a_job_shouted_on_its_own_line() {
        for (line, job) in [
            (
                "   DAIRY FARM WORKER  -  2 POSITIONS  -  AGASSIZ, BC",
                "Dairy Farm Worker",
            ),
            ("|                 LINE COOK                 |", "Line Cook"),
            ("‼️ CHEF WANTED x2 ‼️", "Chef"),
            ("📣 FORKLIFT DRIVERS REQUIRED 📣", "Forklift Driver"),
        ] {
            assert_eq!(shouted_job(line, false).as_deref(), Some(job), "{line}");
        }
        // A heading that names the job is read; one that says more is not.
        assert_eq!(
            shouted_job("Warehouse Operative", true).as_deref(),
            Some("Warehouse Operative")
        );
        for not_a_job in [
            "Working as a Support Worker",
            "THE VALLEY GAZETTE",
            "APPLY WITHIN",
            "Warehouse Operative",
            "NORTHGATE TRAINING SERVICES LTD",
            "ABOUT THE ROLE",
            "CALL 0400 123 456 FOR DRIVER",
        ] {
            assert_eq!(
                shouted_job(not_a_job, not_a_job.contains("Working")),
                None,
                "{not_a_job}"
            );
        }
    }

    #[test]
    fn headline_cleaning() {
        assert_eq!(
            clean_title("Senior Software Developer : 2 Vacancies Available"),
            "Senior Software Developer"
        );
        assert_eq!(
            clean_title("Senior Software Developer - Join our growing team!"),
            "Senior Software Developer"
        );
        assert_eq!(clean_title("Data Analyst | Remote | £40k"), "Data Analyst");
        assert_eq!(
            clean_title("Staff Nurse - Band 5"),
            "Staff Nurse - Band 5".split(" - ").next().unwrap()
        );
    }

    #[test]
    fn hiring_headlines_give_employer_and_title() {
        let (t, e) = fields(
            "NHSX on the hunt for Chief Technology Officer - Salary £131,000+\n\nBody text here.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Chief Technology Officer"));
        assert_eq!(e.as_deref(), Some("NHSX"));
        let (t, e) = fields(
            "# Acme Robotics is hiring a Firmware Engineer\n\nText.",
            Format::Markdown,
        );
        assert_eq!(t.as_deref(), Some("Firmware Engineer"));
        assert_eq!(e.as_deref(), Some("Acme Robotics"));
    }

    #[test]
    fn headline_titles_end_where_the_headline_moves_on() {
        let (t, e) = fields(
            "Eastholme council seeks Head of Digital on £95,000 as overhaul begins\n\nEastholme Borough Council is looking for a Head of Digital.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Head of Digital"));
        assert_eq!(e.as_deref(), Some("Eastholme Borough Council"));
    }

    #[test]
    fn employer_first_among_facts_under_the_title() {
        let (_, e) = fields(
            "# Backend Engineer\n\n**Tidewell** · posted 2 May 2025\n\nTidewell sells ferry tickets.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Tidewell"));
        let (_, e) = fields(
            "# Backend Engineer\n\nRemote · posted 2 May 2025\n\nWe sell tickets.\n",
            Format::Markdown,
        );
        assert_eq!(e, None);
    }

    #[test]
    fn a_careers_site_s_caption_gives_way_to_the_name_under_the_title() {
        let (_, e) = fields(
            "## Harbour Health Careers\n\n# Dietitian\n\n**Eastern Coast Local Health District**\n\n- Hours: 38\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Eastern Coast Local Health District"));
        // Alone, the site's caption still names its organisation.
        let (_, e) = fields(
            "## Harbour Health Careers\n\n# Dietitian\n\nWe need a dietitian for our clinics.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Harbour Health"));
    }

    #[test]
    fn a_job_described_as_part_of_a_team_is_no_employer() {
        let p = run(
            &Document::parse(
                "The Solutions Architect Project Manager (SAPM) is a technical project manager in the Delivery Organization team.\n",
                Format::Text,
            ),
            "-",
        );
        assert_eq!(p.employer, None);
        let p = run(
            &Document::parse(
                "Harbour Engineering Solutions (HES) is a consultancy serving ports and the maritime industry.\n",
                Format::Text,
            ),
            "-",
        );
        assert_eq!(p.employer.as_deref(), Some("Harbour Engineering Solutions"));
    }

    #[test]
    fn a_name_grown_from_a_shorter_one_stops_at_a_sentence_end() {
        let p = run(
            &Document::parse(
                "Shelfwise is the leader in shelf-edge displays.\n\nThe Planner is part of the Delivery team in Shelfwise. The Solutions Group meets weekly.\n\nAcme Co. Holdings and Shelfwise Co. Services are partners.\n",
                Format::Text,
            ),
            "-",
        );
        assert_ne!(p.employer.as_deref(), Some("Shelfwise The Solutions Group"));
        assert!(
            p.employer
                .as_deref()
                .is_some_and(|e| e.starts_with("Shelfwise")),
            "{:?}",
            p.employer
        );
    }

    #[test]
    fn a_run_in_header_ends_at_the_dash_run_onto_its_last_word() {
        let fields = |text: &str| {
            let p = run(&Document::parse(text, Format::Text), "-");
            (p.title, p.employer)
        };
        let (t, e) = fields(
            "Records Supervisor – Voter Services, Kitsap County, Washington– The county is seeking a supervisor.\n",
        );
        assert_eq!(t.as_deref(), Some("Records Supervisor – Voter Services"));
        assert_eq!(e.as_deref(), Some("Kitsap County"));
        let (t, e) = fields(
            "Policy Analyst – Outreach Unit, Ohio Department of Commerce–The analyst will brief county staff.\n",
        );
        assert_eq!(t.as_deref(), Some("Policy Analyst – Outreach Unit"));
        assert_eq!(e.as_deref(), Some("Ohio Department of Commerce"));
        let (t, e) = fields(
            "Outreach Specialist (Voter Education–Spanish), Lane County, Oregon– Help voters.\n",
        );
        assert_eq!(
            t.as_deref(),
            Some("Outreach Specialist (Voter Education–Spanish)")
        );
        assert_eq!(e.as_deref(), Some("Lane County"));
        let (t, _) =
            fields("Boundary Litigation Counsel— The Board is seeking proposals from law firms.\n");
        assert_eq!(t.as_deref(), Some("Boundary Litigation Counsel"));
        // A sentence before a dash is no title.
        let (t, _) = fields("Big news— we are growing again and want to hear from you.\n");
        assert_eq!(t, None);
    }

    #[test]
    fn run_in_headers_give_title_employer_and_place() {
        let p = run(
            &Document::parse(
                "Elections Director, Luzerne County, Pa.— Performs work of planning the elections.\n",
                Format::Text,
            ),
            "-",
        );
        assert_eq!(p.title.as_deref(), Some("Elections Director"));
        assert_eq!(p.employer.as_deref(), Some("Luzerne County"));
        assert_eq!(p.location.as_deref(), Some("Pa."));
    }

    #[test]
    fn hiring_sentences_name_the_title() {
        let (t, _) = fields(
            "Acme is a family business founded in 1987. We are currently seeking a Financial Analyst to join our team.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Financial Analyst"));
        let (t, e) = fields(
            "This is a full-time, on-site role for a Drone-Car Engineer at Lorenz Motors in Ohio.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Drone-Car Engineer"));
        assert_eq!(e.as_deref(), Some("Lorenz Motors"));
        let (t, _) = fields(
            "Acme Brokers, a boutique firm, is actively looking for an experienced Mortgage Loan Coordinator to join us.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Mortgage Loan Coordinator"));
        let (t, _) = fields(
            "Job Summary: The Sanitation Supervisor is responsible for the night crew.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Sanitation Supervisor"));
        let (t, _) = fields(
            "A streetwear brand, Naked Threads, is searching to hire a highly creative Social Media Coordinator to write posts.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Social Media Coordinator"));
        assert_eq!(
            clean_title("Shah Financial – Financial Advisor"),
            "Financial Advisor"
        );
    }

    #[test]
    fn a_side_pane_of_labelled_facts_does_not_head_the_advert() {
        let html = "<div><h2>Location</h2><p>Calgary</p></div><div><h2>Employment Type</h2><p>Full time</p></div><div><h2>Location Type</h2><p>On-site</p></div><div><h2>Department</h2><p>Field Operations</p></div><h1>Robotics Technician</h1><p>Brightwater Robotics builds inspection robots.</p>";
        let (t, _) = fields(html, Format::Html);
        assert_eq!(t.as_deref(), Some("Robotics Technician"));
    }

    #[test]
    fn a_forum_s_post_header_under_the_thread_s_instructions() {
        let text = "Please say where the job is and add REMOTE or ONSITE, and keep to one post per company so the thread stays readable.\n\n[...]\n\nFernhill Labs | Data Engineer (Scala) | Porto | ONSITE | €60k\n\nWe build sensors for vineyards.\n";
        let (t, e) = fields(text, Format::Text);
        assert_eq!(t.as_deref(), Some("Data Engineer (Scala)"));
        assert_eq!(e.as_deref(), Some("Fernhill Labs"));
        // A bracket of terms or a name after the job is still left out.
        let (t, _) = fields(
            "Fernhill Labs | Data Engineer (Contract) | Porto | ONSITE\n\nWe build sensors.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Data Engineer"));
    }

    #[test]
    fn places_offered_as_alternatives_are_cut_from_a_headline() {
        let (t, _) = fields(
            "**Store Pharmacist, Karoo Pharmacies, Cape Town or Johannesburg, Full-time, Permanent**\n\nKaroo Pharmacies is a group of community pharmacies.\n",
            Format::Markdown,
        );
        assert_eq!(t.as_deref(), Some("Store Pharmacist"));
    }

    #[test]
    fn a_notice_s_job_with_its_count_of_posts() {
        let text = "REPUBLIC OF KENYA\nCOUNTY GOVERNMENT OF NYERI\n\nVACANCY ANNOUNCEMENT\n\nCLINICAL OFFICER III – TWO (2) POSTS\nJOB GROUP: 'H'\n\nDuties include seeing patients.\n";
        let (t, _) = fields(text, Format::Text);
        assert_eq!(t.as_deref(), Some("Clinical Officer III"));
        let (t, _) = fields(
            "NOTICE\n\nDriver (3 posts)\n\nWe need drivers.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Driver"));
    }

    #[test]
    fn a_letterhead_named_again_by_its_initials() {
        let text = "WESTERN COASTAL FISHERIES RESEARCH INSTITUTE\nPlot 9, Harbour Road, Kochi - 682001\n\nAdvt. No. WCFRI/07/2027\n\nName of Post : Field Assistant\n\nApplications are invited for the post.\n";
        let (t, e) = fields(text, Format::Text);
        assert_eq!(t.as_deref(), Some("Field Assistant"));
        assert_eq!(
            e.as_deref(),
            Some("Western Coastal Fisheries Research Institute")
        );
        // Initials in lower case in running text are words, not the name.
        let text = "CARE HOME ASSISTANT NETWORK\n\nWe can help you grow.\n";
        let (_, e) = fields(text, Format::Text);
        assert_eq!(e, None);
    }

    #[test]
    fn a_chat_message_s_banner_over_its_job_at_its_employer() {
        let text = "Lagos Devs · 5,120 members · Jobs only please\n\n:tada: *We're hiring!* :tada:\n*QA Engineer* @ *Korede Pay* — Lagos (Yaba), hybrid\n\nWe build payments for market traders.\n";
        let (t, e) = fields(text, Format::Text);
        assert_eq!(t.as_deref(), Some("QA Engineer"));
        assert_eq!(e.as_deref(), Some("Korede Pay"));
        assert!(is_count_of_things("2,431 members"));
        assert!(!is_count_of_things("3D Artist"));
    }

    #[test]
    fn a_board_s_page_with_the_company_over_the_job() {
        let text = "Copperleaf Analytics\n\nData Platform Engineer – Ingestion\n\nManchester, England, United Kingdom · 2 days ago · 40 applicants\n\nAbout the job\nWe build tools for retailers.\n";
        let (t, e) = fields(text, Format::Text);
        assert_eq!(t.as_deref(), Some("Data Platform Engineer – Ingestion"));
        assert_eq!(e.as_deref(), Some("Copperleaf Analytics"));
        // An agency's name there is not the employer.
        let text = "Northgate Talent Partners\n\nSenior Accountant\n\nLeeds · 3 days ago\n\nAbout the job\nOur client is a family-owned brewery.\n";
        let (t, e) = fields(text, Format::Text);
        assert_eq!(t.as_deref(), Some("Senior Accountant"));
        assert_ne!(e.as_deref(), Some("Northgate Talent Partners"));
    }

    #[test]
    fn a_kind_of_organisation_alone_is_no_name() {
        assert!(not_a_name("The Municipality"));
        assert!(not_a_name("The Council"));
        assert!(!not_a_name("The Disabilities Trust"));
        assert!(!not_a_name("Breede Karoo Local Municipality"));
    }

    #[test]
    fn who_employs_said_outright_beats_who_advertises() {
        let text = "# Clinical Officer\n\nThe Nyeri County Public Service Board invites applications for the post below. Successful candidates will be employed by the County Government of Nyeri.\n\nDuties include seeing patients.\n";
        let (_, e) = fields(text, Format::Markdown);
        assert_eq!(e.as_deref(), Some("County Government of Nyeri"));
        // A labelled employer stands.
        let text = "# Clinical Officer\n\nEmployer: Nyeri Hospital Trust\n\nYou will be employed by the Trust on a permanent contract.\n";
        let (_, e) = fields(text, Format::Markdown);
        assert_eq!(e.as_deref(), Some("Nyeri Hospital Trust"));
    }

    #[test]
    fn section_headings_are_not_titles() {
        let (t, e) = fields(
            "# Position Overview\n\nMolex is seeking a Software Engineer to build tools.\n\n## Role requirements\n\n- Rust\n",
            Format::Markdown,
        );
        assert_eq!(t.as_deref(), Some("Software Engineer"));
        assert_eq!(e.as_deref(), Some("Molex"));
    }

    #[test]
    fn section_and_company_headings_are_not_titles() {
        let (t, _) = fields("# Essential Functions\n\nWe need help.\n", Format::Markdown);
        assert_eq!(t, None);
        let (t, _) = fields(
            "# NORTHWIND PARTNERS\n\n## Backend Developer\n\nText.\n",
            Format::Markdown,
        );
        assert_eq!(t.as_deref(), Some("Backend Developer"));
        let (t, _) = fields("# Your core tasks\n\n- Build things\n", Format::Markdown);
        assert_eq!(t, None);
        let (t, _) = fields("About the job\n\nWe sell pet food.\n", Format::Text);
        assert_eq!(t, None);
        let (t, _) = fields("Who You Are\n\nA maker.\n", Format::Text);
        assert_eq!(t, None);
        let (t, _) = fields("# TL;DR\n\nShort version.\n", Format::Markdown);
        assert_eq!(t, None);
        let (t, _) = fields("Brightline Labs logo\n\nWe build maps.\n", Format::Text);
        assert_eq!(t, None);
    }

    #[test]
    fn headlines_that_name_no_job_give_way_to_a_hiring_sentence() {
        // A company's name as the first heading: the sentence names the job.
        let (t, _) = fields(
            "# Bluefin Pay\n\nFounded in 2019, Bluefin Pay has grown fast. Bluefin is looking for a Platform Engineer to join us.\n",
            Format::Markdown,
        );
        assert_eq!(t.as_deref(), Some("Platform Engineer"));
        // Pronoun and candidate headings are sections.
        let (t, _) = fields(
            "# Us\n\nA small studio.\n\n# You\n\nYou write Python.\n",
            Format::Markdown,
        );
        assert_eq!(t, None);
        let (t, _) = fields(
            "# Summary\n\nWe are looking for a Data Analyst to join.\n\n# Our Ideal Candidate\n\nCurious.\n",
            Format::Markdown,
        );
        assert_eq!(t.as_deref(), Some("Data Analyst"));
        // A name in capitals that ends in an organisation word is not a job.
        let (t, _) = fields(
            "# HARBOUR PARTNERS\n\nWe invest in startups.\n",
            Format::Markdown,
        );
        assert_eq!(t, None);
    }

    #[test]
    fn wrapped_prose_and_list_leads_are_not_titles() {
        let (t, _) = fields(
            "The Lantern Project is\nan archive of old maps run by volunteers.\n",
            Format::Markdown,
        );
        assert_eq!(t, None);
        let (t, _) = fields(
            "Work you might take on includes:\n\n* a booking system\n",
            Format::Markdown,
        );
        assert_eq!(t, None);
        // A heading that names no job is still the title when nothing better exists.
        let (t, _) = fields(
            "# Night Shift Cover\n\nPlease apply by email.\n",
            Format::Markdown,
        );
        assert_eq!(t.as_deref(), Some("Night Shift Cover"));
    }

    #[test]
    fn employer_grows_to_the_full_name_the_advert_also_gives() {
        let (_, e) = fields(
            "# Staff Nurse\n\nRiverside Trust is recruiting.\n\nRiverside NHS Foundation Trust values its staff.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Riverside NHS Foundation Trust"));
        // An acronym and the name whose initials it takes.
        let (_, e) = fields(
            "# Porter\n\nNCH is recruiting.\n\nNorthfield Community Hospitals NHS Trust runs three sites.\n",
            Format::Markdown,
        );
        assert_eq!(
            e.as_deref(),
            Some("Northfield Community Hospitals NHS Trust")
        );
        // A legal form alone does not grow a name; a department is not the employer.
        let (_, e) = fields(
            "# Clerk\n\nPine County is hiring.\n\nPine County Office of Elections and Pine Ltd.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Pine County"));
    }

    #[test]
    fn run_in_headers_with_qualifiers_and_cities() {
        let get = |t: &str| {
            let p = crate::extract::extract(&Document::parse(t, Format::Text), "-");
            (p.title, p.employer, p.location)
        };
        let (t, e, l) = get("Records Officer, II, Marsh County, Ohio — Keeps the rolls.\n");
        assert_eq!(t.as_deref(), Some("Records Officer, II"));
        assert_eq!(e.as_deref(), Some("Marsh County"));
        assert!(l.as_deref().is_some_and(|l| l.ends_with("Ohio")), "{l:?}");
        let (t, e, _) = get("Poll Clerk, Part-time, Reed County, Texas — Seasonal work.\n");
        assert_eq!(t.as_deref(), Some("Poll Clerk"));
        assert_eq!(e.as_deref(), Some("Reed County"));
        let (_, e, l) =
            get("Analyst, Hill County Board of Elections, Dover, Delaware — Reports on turnout.\n");
        assert_eq!(e.as_deref(), Some("Hill County Board of Elections"));
        assert!(
            l.as_deref().is_some_and(|l| l.ends_with("Delaware")),
            "{l:?}"
        );
        // A figure's thousands separator does not split a part.
        let (_, e, _) = get("Fellow (Austin, TX) – pay $55,000.00 a year\n");
        assert_ne!(e.as_deref(), Some("TX)"));
    }

    #[test]
    fn employer_from_the_subject_of_an_opening_sentence() {
        let text = "# Data Engineer\n\nQuillon was launched in 2019 to help libraries.\n\nYou will build pipelines for Quillon customers.\n";
        assert_eq!(fields(text, Format::Markdown).1.as_deref(), Some("Quillon"));
        // Named only once: not enough to call it the employer.
        let text = "# Data Engineer\n\nQuillon was launched in 2019 to help libraries.\n\nYou will build pipelines.\n";
        assert_eq!(fields(text, Format::Markdown).1, None);
        // A skill the advert asks for is not an organisation.
        let text = "# Data Engineer\n\nPython is our main language.\n\nYou know Python well.\n";
        assert_eq!(fields(text, Format::Markdown).1, None);
        // Nor is "the Trust".
        let text = "# Nurse\n\nThe Trust is growing fast.\n\nThe Trust values you.\n";
        assert_eq!(fields(text, Format::Markdown).1, None);
    }

    #[test]
    fn titles_from_the_subject_of_the_duties_and_a_heading_run_into_as_a() {
        for (text, want) in [
            (
                "Job Summary:The Tool and Die Maker will build dies from drawings.\n",
                "Tool and Die Maker",
            ),
            (
                "Position Summary The Grants and Events Manager, reporting to the Director, will raise funds.\n",
                "Grants and Events Manager",
            ),
            (
                "Your Job\n\nOakhill Foods is seeking a remote based Quality Auditor to join our team.\n",
                "Quality Auditor",
            ),
            (
                "About Us\nWe run a bakery.\nJob ExpectationsAs a shift supervisor, you will open the shop.\n",
                "Shift Supervisor",
            ),
        ] {
            let (t, _) = fields(text, Format::Text);
            assert_eq!(t.as_deref(), Some(want), "{text}");
        }
        for (text, want) in [
            (
                "Overview\n\nThe Greyfield Trust is looking to appoint a dynamic and motivated Theatres store operative, to support our team.\n",
                "Theatres Store Operative",
            ),
            (
                "Overview\n\nOur team invites applications for a secondment carrying out the role of Project Assistant.\n",
                "Project Assistant",
            ),
            (
                "Overview\n\nWe need organised people to work as a Bank Housekeeper within the Hotel Services Team.\n",
                "Bank Housekeeper",
            ),
        ] {
            let (t, _) = fields(text, Format::Text);
            assert_eq!(t.as_deref(), Some(want), "{text}");
        }
        let (t, _) = fields(
            "Overview\n\nThe Ward Commission is seeking Statements of Qualifications from attorneys, to defend maps.\n",
            Format::Text,
        );
        assert_ne!(
            t.as_deref(),
            Some("Statements of Qualifications From Attorneys")
        );
        let (t, _) = fields(
            "Overview\n\nWe need kind people to work as Nursery Assistants in our nursery.\n",
            Format::Text,
        );
        assert_eq!(t, None);
        // A plural from a hiring sentence gives way to a later sentence that
        // names the one job, and stands, made singular, when none does.
        let (t, _) = fields(
            "Overview\n\nWe are looking for enthusiastic and motivated Crèche Assistants to join our bank.\n\nAs a Bank Crèche Assistant, you will cover leave.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Bank Crèche Assistant"));
        let (t, _) = fields(
            "Overview\n\nWe are looking for enthusiastic and motivated Crèche Assistants to join our bank.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Crèche Assistant"));
        // "the role of Data in our work" names no job.
        let (t, _) = fields(
            "Overview\n\nWe study the role of Data Science in farming.\n",
            Format::Text,
        );
        assert_eq!(t, None);
        let p = crate::analyse(
            "Tarn County CourtInvites Applications for the Position of:\nFamily Court Counselor (Part-Time)Part-time schedule is 24 hours a week.\nLocation: Tarnside\n",
            "t.txt",
            Some(Format::Text),
            None,
        );
        assert_eq!(p.title.as_deref(), Some("Family Court Counselor"));
        let p = crate::analyse(
            "KAGERA GROWERS TRUST\n\nKGT seeks to recruit one (1) qualified person for the following position:\n\nFIELD EXTENSION OFFICER\n\nYou will train farmers.\n",
            "t.txt",
            Some(Format::Text),
            None,
        );
        assert!(
            p.title
                .as_deref()
                .is_some_and(|t| t.eq_ignore_ascii_case("Field Extension Officer")),
            "{:?}",
            p.title
        );
        // A summary's first sentence: the job at its employer.
        let p = crate::analyse(
            "**URL:** https://example.org/jobs/12\n\nField Service Technician at Korvelt (wind energy). Duties: service turbines.\n",
            "t.md",
            Some(Format::Markdown),
            None,
        );
        assert_eq!(p.title.as_deref(), Some("Field Service Technician"));
        assert_eq!(p.employer.as_deref(), Some("Korvelt"));
        // Not from a list of duties further down.
        let p = crate::analyse(
            "# Welcome\n\nWe make things.\n\n- Liaise with partners.\n- Report weekly.\n- Plan visits.\n- Keep records.\n- Order parts.\n- Meet clients.\n- Train staff.\n- Senior Engineer at Lomond, for three years\n",
            "t.md",
            Some(Format::Markdown),
            None,
        );
        assert_ne!(p.employer.as_deref(), Some("Lomond"));
        // The employer speaking of itself, and headings run together, are no title.
        let (t, _) = fields(
            "About UsWe run a bakery in town.\nOur ValuesHonestyTransparencyIntegrityCare\nOur Culture Be kind\n",
            Format::Text,
        );
        assert_eq!(t, None);
    }

    #[test]
    fn titles_from_glued_headlines_and_address_to_the_reader() {
        // A headline run into the summary after it.
        let (t, _) = fields(
            "Payroll AdministratorSummary of PositionThe Payroll Administrator runs payroll.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Payroll Administrator"));
        // A join inside a word ("DevOps") is not the end of the headline.
        let (t, _) = fields(
            "Senior DevOps EngineerAbout usWe host sites.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Senior DevOps Engineer"));
        // "As a …, you": the role the reader is addressed in, in any case.
        let (t, _) = fields(
            "About the job\n\nAs a social media manager, you will plan our posts.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Social Media Manager"));
        let (t, _) = fields(
            "Overview\n\nOur firm is in search of a Quality Engineer for a client.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Quality Engineer"));
        // "As a team, you…" names no job.
        let (t, _) = fields("About us\n\nAs a team, you will grow.\n", Format::Text);
        assert_eq!(t, None);
    }

    #[test]
    fn jobs_and_run_together_words_are_not_employers() {
        let (_, e) = fields(
            "# Coordinator\n\nThe Account Coordinator is a key member of our team.\n",
            Format::Markdown,
        );
        assert_eq!(e, None);
        let (_, e) = fields(
            "# Analyst\n\nAbout TrackerTracker is a software company in Ohio.\n",
            Format::Text,
        );
        assert_eq!(e.as_deref(), Some("Tracker"));
        let (_, e) = fields(
            "# Architect\n\nHollis Architects is a design practice in Leeds.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Hollis Architects"));
    }

    #[test]
    fn employer_from_blurbs() {
        let (_, e) = fields(
            "# Data Engineer\n\n## About Housekeep\n\nWe make cleaning painless.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Housekeep"));
        let (_, e) = fields(
            "# Data Engineer\n\n## About us\n\nAt Brightwave Labs, we build sensors.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Brightwave Labs"));
        let (_, e) = fields(
            "# Reservationist\n\nSentinel Limousine is a family owned business that was established in 1987.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Sentinel Limousine"));
        let (_, e) = fields(
            "# Analyst\n\nWho is looking for a new challenge?\n",
            Format::Markdown,
        );
        assert_eq!(e, None);
    }

    #[test]
    fn employer_from_company_descriptions() {
        let (_, e) = fields(
            "# Developer\n\n## About the company\n\nHousekeep is making cleaning painless.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Housekeep"));
        let (_, e) = fields(
            "# Developer\n\nWe are Amsterdam Standard, the software house with a team.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Amsterdam Standard"));
        let (_, e) = fields(
            "# Overview\n\nAs a Quant Platform Developer at AHL you will build tools.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("AHL"));
        let (_, e) = fields(
            "# Developer\n\n## Requirements\n\nPython is a language we use.\n",
            Format::Markdown,
        );
        assert_eq!(e, None);
    }

    #[test]
    fn title_at_employer_and_label_first_lines() {
        let (t, e) = fields(
            "# Analytics Engineer at Northwind Traders\n\nText.\n",
            Format::Markdown,
        );
        assert_eq!(t.as_deref(), Some("Analytics Engineer"));
        assert_eq!(e.as_deref(), Some("Northwind Traders"));
        let (t, _) = fields(
            "Location: Remote\nJob Type: Contract\n\nWe are seeking a Blender Animator to join us.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Blender Animator"));
    }

    #[test]
    fn labels_win() {
        let (t, e) = fields(
            "# Careers\n\nJob Title: Payroll Officer\nCompany: Brightwater Housing\n",
            Format::Markdown,
        );
        assert_eq!(t.as_deref(), Some("Payroll Officer"));
        assert_eq!(e.as_deref(), Some("Brightwater Housing"));
    }

    #[test]
    fn employer_under_the_title_or_in_a_sentence() {
        let (t, e) = fields(
            "# Ward Clerk\nNorthfield Hospitals NHS Foundation Trust<br/>Admin Team\n\nText.",
            Format::Markdown,
        );
        assert_eq!(t.as_deref(), Some("Ward Clerk"));
        assert_eq!(
            e.as_deref(),
            Some("Northfield Hospitals NHS Foundation Trust")
        );
        let (_, e) = fields(
            "# Lead Engineer\n\n## Overview\nGreen Valley Digital Services is seeking an experienced Lead Engineer.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Green Valley Digital Services"));
    }
}
