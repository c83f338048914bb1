//! What the advert asks of candidates (experience, education, certifications,
//! clearance, languages) and what it offers them (benefits).

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::numbers::{WORD_PATTERN, count};
use super::{Context, Education, Level, Out, re};
use crate::document::BlockKind;
use crate::text::{ceil_char, floor_char};

// ---- experience ----------------------------------------------------------

/// "at least three years' experience", "5+ years of experience", "3-5 years".
static YEARS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?P<cue>at\s+least|minimum(?:\s+of)?|min\.?|over|more\s+than|a\s+minimum\s+of|no\s+less\s+than)?\s*\b(?P<n>\d{{1,2}}|{WORD_PATTERN}|an?)(?:\s*\(\d{{1,2}}\))?\s*(?P<plus>\+|\s*or\s+more|\s*plus)?\s*(?:(?:-|–|to)\s*(?:\d{{1,2}}|{WORD_PATTERN})\s*\+?\s*)?(?P<unit>years?|yrs?)['’]?(?P<tail>[^.;!?]{{0,60}})"
    ))
});
/// Where a year count says nothing about experience.
static NOT_EXPERIENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(old|of age|of ages?|or older|or over|and over|ago|in business|in operation|of (our|the) history|contract|fixed|term|warranty|guarantee|of service|service|of custom|of (\w+\s+){0,3}(history|heritage|trading|excellence|experience serving|serving))\b",
    )
});
/// Words before a year count, in its sentence, that make it the age or
/// tenure of someone or something other than the candidate: the company's
/// age ("trading for over 40 years"), a colleague's tenure ("Sam has been
/// with us for 12 years"), a candidate's age ("aged 18"), a benefit that
/// grows with service ("rising to 30 days after 5 years").
static NOT_CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(has been|have been|had been|we['’]ve been|we['’]re been|since|trading|in business|established|founded|history|heritage|celebrat\w*|anniversary|been with us|been here)\b|\b(he|she|founders?|co-?founders?|owners?|ceo|cto|cfo|coo|cio|president|director|manager|chef|team|company|business|firm|department|practice|unit|service|organi[sz]ation|group|hospital|school|charity|colleagues?|mentor|supervisor|professor)(?:,\s+[\w'’-]+(?:\s+[\w'’-]+){0,2},)?\s+(has|have|had|brings)\b|\bwe(?: have|['’]ve) (?:worked|run|served|operated|provided|delivered|existed)\b|\bwho (has|had)\b",
    )
});
/// A person named just before "has" a count of years: "Piotr has", "Dr
/// Osei, our lead, has" (not the candidate or the applicant).
static NAMED_PERSON_HAS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<name>[A-Z][\p{Ll}'’-]+)(?:,\s[^,]{1,40},)?\s+(?:has|had|brings)\b\s*(?:(?:over|more than|nearly|almost|some|around|about|well over)\s*)?$",
    )
});
/// Weaker signs of the same, which count only when the words after the
/// count do not speak of experience: an age, a benefit after some years, a
/// contract's, project's or grant's length ("a fixed-term contract of 2
/// years"), but not "project management 5+ years' experience".
static NOT_CANDIDATE_WEAK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(for more than|for over|aged?|after|rising|increasing|within|contract|fixed[- ]term|programme|project|grant|funded|funding|lasts?|duration|period of|warranty)\b",
    )
});
/// Words that open a year count's tail when it asks for time in a role or
/// trade: "at least 3 years as a sous chef", "1 year behind a busy espresso
/// machine", "5+ years of professional backend development".
static ROLE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^['’]?\s*(as|in|of|behind|on|at|working|doing|leading|managing|running|post[- ]qualification|post[- ]trade|post[- ]registration|qualified|hands[- ]on|professional|relevant|industry|commercial|practical|proven)\b",
    )
});

/// Time in a post before a count of years: "served … for at least",
/// "worked as a welder for a minimum of".
static SERVED_FOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:served|worked|practi[sc]ed|been\s+employed)\b[^.;]*\bfor\s+(?:at\s+least|a\s+minimum\s+of|not\s+less\s+than|no\s+less\s+than|a\s+period\s+of(?:\s+not\s+less\s+than)?)?\s*$",
    )
});

/// A heading over the candidate's age: "Age limit", "AGE", "Age Requirement".
static AGE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:[0-9]{1,2}[.)]?\s*)?(?:upper\s+)?age(?:\s+(?:limit|limits|requirement|requirements|criteria|bar))?\s*:?$",
    )
});

/// "as on 01.03.2027", "as of 1 March 2027": a count of years reckoned to a
/// day, as an age limit is.
fn tail_is_a_date_of_reckoning(tail: &str) -> bool {
    let t = tail.trim_start().to_ascii_lowercase();
    ["as on ", "as of ", "as at "].iter().any(|p| {
        t.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    })
}

struct YearsFound {
    n: u32,
    /// Its own clause says it is only preferred.
    desirable: bool,
    general: bool,
    strong: bool,
    line: usize,
    text: String,
}

/// Reads each year count on a line and whether it is about the role in general
/// ("5 years' experience") or about one skill ("5+ years with Azure", "Azure (5+ years)").
/// `under_experience`: the line stands under a heading or label that names
/// experience ("Experience" / "3 to 6 years in warehouse operations").
fn years_in(
    text: &str,
    line_of: &dyn Fn(usize) -> usize,
    requirement: bool,
    under_experience: bool,
) -> Vec<YearsFound> {
    let mut out = Vec::new();
    for c in YEARS.captures_iter(text) {
        // "at least a year's experience": "a" is one, only right before "experience".
        let article = c["n"].eq_ignore_ascii_case("a") || c["n"].eq_ignore_ascii_case("an");
        let Some(n) =
            (if article { Some(1) } else { count(&c["n"]) }).filter(|&n| (1..=40).contains(&n))
        else {
            continue;
        };
        let whole = c.get(0).expect("match");
        let unit_end = c.name("unit").map_or(whole.end(), |u| u.end());
        let tail = &c["tail"];
        if NOT_EXPERIENCE.is_match(tail) {
            continue;
        }
        let tail_lower = tail.to_lowercase();
        // The clause after the count, past the pattern's tail: "three (3)
        // years of progressively responsible professional civil engineering
        // experience".
        let clause_lower = {
            let rest = &text[unit_end..];
            let end = rest.find(['.', ';', '!', '?']).unwrap_or(rest.len());
            rest[..floor_char(rest, end.min(160))].to_lowercase()
        };
        let before = &text[..whole.start()];
        // "Up to 10 years of experience may be credited": a ceiling, never
        // what is asked for.
        let before_lower = before.trim_end().to_ascii_lowercase();
        if before_lower.ends_with("up to") {
            continue;
        }
        // "Not more than 30 years as on 01.03.2027", "not older than 35
        // years": an upper limit, which asks for no experience.
        if ["more than", "exceeding", "above", "older than", "over"]
            .iter()
            .any(|w| {
                before_lower.strip_suffix(w).is_some_and(|b| {
                    let b = b.trim_end();
                    b.ends_with(" not") || b.ends_with(" no") || b == "not" || b == "no"
                })
            })
        {
            continue;
        }
        // "30 years as on 1 March 2027": years reckoned to a date are an age.
        if tail_is_a_date_of_reckoning(tail) {
            continue;
        }
        // The sentence before the count: "Dave … has been with us for 22
        // years" is not what the candidate is asked for.
        let sentence_before = {
            let from = floor_char(before, before.len().saturating_sub(120));
            let window = &before[from..];
            let at = window.rfind(['.', ';', '!', '?', '(']).map_or(0, |i| i + 1);
            &window[at..]
        };
        let experience_after = tail_lower
            .split_whitespace()
            .take(5)
            .any(|w| w.starts_with("experience"));
        // "With more than 30 years of experience in the port business, we
        // know…": the employer's own, said of itself after a comma.
        let ours = tail_lower
            .split(['.', ';'])
            .next()
            .and_then(|clause| clause.split_once(", "))
            .is_some_and(|(_, rest)| {
                let mut w = rest.split_whitespace();
                matches!(w.next(), Some("we" | "our"))
                    && sentence_before
                        .to_lowercase()
                        .trim_start()
                        .starts_with("with ")
            });
        // "Piotr has 18 years in the energy sector": a named person's own.
        let named_person = NAMED_PERSON_HAS.captures(sentence_before).is_some_and(|c| {
            !matches!(
                &c["name"],
                "Applicant"
                    | "Applicants"
                    | "Candidate"
                    | "Candidates"
                    | "Incumbent"
                    | "Postholder"
                    | "Jobholder"
                    | "Individual"
                    | "Person"
                    | "Successful"
            )
        });
        let someone_else = ours
            || named_person
            || ((NOT_CANDIDATE.is_match(sentence_before)
                || (NOT_CANDIDATE_WEAK.is_match(sentence_before) && !experience_after))
                && !sentence_before.to_lowercase().contains("experience"));
        if someone_else {
            continue;
        }
        let strong = c.name("cue").is_some() || c.name("plus").is_some();
        let in_parens = before
            .rfind('(')
            .is_some_and(|o| before.rfind(')').is_none_or(|cl| cl < o));
        // "years' experience", "years of (relevant) experience", "years of DevOps experience".
        let near_experience = tail_lower
            .split_whitespace()
            .take(5)
            .any(|w| w.starts_with("experience") || w.starts_with("exp"));
        // "4+ years building backend services": a duty done for years is experience too.
        let first = tail_lower.split_whitespace().next().unwrap_or("");
        let doing = first.len() > 4
            && first.ends_with("ing")
            && !matches!(
                first,
                "during" | "following" | "remaining" | "starting" | "beginning"
            );
        // "Minimum 3 years as a dispatcher", "at least 1 year behind a busy
        // espresso machine": a minimum of years in a role, among the
        // requirements, asks for experience without naming it.
        // "Have served in the grade of Officer III or in a comparable
        // position for at least three (3) years": time served, asked for.
        let served_for = requirement && SERVED_FOR.is_match(sentence_before);
        // (Only where the count opens its clause: "a query over three years
        // of 15-minute readings" is a span of data, not time in a role.)
        let in_role = (strong
            && requirement
            && ROLE_TAIL.is_match(&tail_lower)
            && sentence_before.split_whitespace().count() <= 4)
            || served_for;
        if article && !near_experience {
            continue;
        }
        let about_experience = near_experience
            || under_experience
            || doing
            || in_role
            || before.to_lowercase().contains("experience")
            || clause_lower.contains("experience");
        if !about_experience {
            continue;
        }
        // "with X", "in X roles", "using X" before the word "experience" narrow it to a part of the job.
        let first_word = tail_lower.split_whitespace().next().unwrap_or("");
        let narrowed = matches!(
            first_word,
            "with" | "in" | "using" | "of" | "managing" | "leading" | "working"
        ) && !near_experience_at_start(&clause_lower);
        let general = !in_parens
            && (under_experience
                || near_experience_at_start(&clause_lower)
                || (!narrowed && near_experience)
                || (in_role && !near_experience));
        out.push(YearsFound {
            n,
            desirable: super::DESIRABLE.is_match(&without_asides(clause(
                text,
                whole.start(),
                unit_end,
            ))),
            general,
            strong,
            line: line_of(whole.start()),
            text: whole.as_str().trim().to_string(),
        });
    }
    out
}

/// "' experience", "of experience", "of relevant experience", "of DevOps/Infrastructure experience".
fn near_experience_at_start(tail: &str) -> bool {
    let words: Vec<&str> = tail.split_whitespace().take(8).collect();
    match words.first() {
        Some(w) if w.starts_with("experience") || w.starts_with("exp") => true,
        Some(&"of") | Some(&"in") | Some(&"relevant") | Some(&"professional") | Some(&"proven") => {
            // "of hands-on DevOps or platform engineering experience": the words
            // up to "experience" qualify it, unless they narrow it to a tool ("with", "using").
            match words.iter().position(|w| w.starts_with("experience")) {
                Some(at) => !words[1..at]
                    .iter()
                    .any(|w| matches!(*w, "with" | "in" | "using" | "on")),
                None => false,
            }
        }
        _ => false,
    }
}

/// A heading that is about experience alone: "Experience", "Work
/// experience", "Experience required".
static EXPERIENCE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:work|relevant|required|professional)\s+)?experience(?:\s+(?:required|needed|level|requirements?))?:?$",
    )
});

/// Whether `text` may hold a match of [`YEARS`]: every match ends in its
/// unit, "year" or "yr" in any case (none of their letters has a non-ASCII
/// case fold). An advert without one asks for no years and does not compile
/// the pattern.
fn may_count_years(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.contains("year") || lower.contains("yr")
}

fn experience(cx: &Context, out: &mut Out) {
    if !may_count_years(&cx.joined) {
        return;
    }
    let mut general = Vec::new();
    let mut specific = Vec::new();
    // A paragraph at a time: "two (2)" / "years of experience" may wrap.
    for paragraph in cx.paragraphs_matching(&YEARS) {
        let block = paragraph.block;
        if cx.level(block) == Level::Desirable {
            continue;
        }
        // "• 2+ yrs in supply chain": a chat's or a pasted list's bullets
        // are a list's items, though the markup reads them as a paragraph.
        let bulleted = || {
            paragraph
                .text
                .lines()
                .any(|l| l.trim_start().starts_with(['•', '▪', '◦', '●', '‣']))
        };
        let requirement = cx.level(block) == Level::Essential
            || matches!(cx.doc.blocks[block].kind, BlockKind::ListItem { .. })
            || bulleted();
        let under_experience = cx
            .doc
            .headings_of(block)
            .next()
            .is_some_and(|h| EXPERIENCE_HEADING.is_match(h.heading.trim()));
        // "3. AGE LIMIT" / "Not more than 30 years as on 01.03.2027": a
        // section on the candidate's age counts years of life.
        if cx
            .doc
            .headings_of(block)
            .next()
            .is_some_and(|h| AGE_HEADING.is_match(h.heading.trim()))
        {
            continue;
        }
        let line_of = |at: usize| paragraph.line_of(at);
        for y in years_in(&paragraph.text, &line_of, requirement, under_experience) {
            if y.desirable {
                continue;
            }
            if y.general {
                general.push(y);
            } else {
                specific.push(y);
            }
        }
    }
    // The role's own figure: a general statement, a "minimum"/"at least" one first.
    // A figure after another on its line is a part of the first: "3 to 6
    // years in operations, with at least 1 year leading a team".
    let first_on_line = |i: usize| !general[..i].iter().any(|x| x.line == general[i].line);
    let pick = (0..general.len())
        .find(|&i| general[i].strong && first_on_line(i))
        .or_else(|| (!general.is_empty()).then_some(0))
        .map(|i| &general[i]);
    if let Some(y) = pick {
        out.posting.experience_years = Some(y.n);
        out.evidence("experience_years", y.line, &y.text);
    } else if let Some(y) = specific.iter().max_by_key(|y| y.n) {
        out.posting.experience_years = Some(y.n);
        out.evidence("experience_years", y.line, &y.text);
        out.note("experience_years taken from a requirement about one skill or duty; the advert gives no overall figure");
    }
}

// ---- education -----------------------------------------------------------

const EDUCATION_PATTERNS: &[(&str, Education)] = &[
    (
        r"(?i)\b(ph\.?\s?d|doctorate|doctoral degree|dphil|md degree)\b",
        Education::Doctorate,
    ),
    (
        r"(?i)\b(master['’]?s|msc|m\.sc|mba|meng|m\.eng|mphil|mpp|mpa|postgraduate (degree|qualification|diploma)|post-graduate degree)\b|(?-i:\b(MA|MS)(\s+(degree|in)\b|/)|/(MA|MS)\b)",
        Education::Master,
    ),
    (
        r"(?i)\b(bachelor['’]?s?|bsc|b\.sc|b\.s\.|beng|b\.eng|undergraduate degree|honours degree|university degree|college degree|four-year degree|4-year degree|(educated|qualified)(\s+\w+)?\s+to\s+degree|degree[- ]level|graduate[- ]level|degree (or equivalent|in|required|qualified)|relevant degree|a degree|\bdegree\b)\b|(?-i:\b(BA|BS)(\s+(degree|in)\b|/)|/(BA|BS)\b)",
        Education::Bachelor,
    ),
    (
        r"(?i)\b(associate['’]?s degree|hnd|hnc|foundation degree|diploma|nvq level [45]|level [45] (qualification|diploma)|btec)\b",
        Education::Diploma,
    ),
    (
        r"(?i)\b(high school|ged|gcses?|a[- ]levels?|secondary school|secondary education|nvq level [23]|level [23] qualification|matric)\b",
        Education::Secondary,
    ),
];
static EDUCATION: LazyLock<Vec<(Regex, Education)>> = LazyLock::new(|| {
    EDUCATION_PATTERNS
        .iter()
        .map(|&(p, x)| (re(p), x))
        .collect()
});
/// Whether a line names any level of education: most lines are passed over in one scan.
static EDUCATION_ANY: LazyLock<Regex> =
    LazyLock::new(|| crate::text::any_of(EDUCATION_PATTERNS.iter().map(|(p, _)| *p)));
/// Mentions of education that ask for nothing.
static NOT_REQUIRED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(no degree|not (need|require|ask for)( a)? degree|degree (is )?not (required|necessary|needed)|without a degree|don['’]t need a degree|do not (need|require|ask for) a degree)\b",
    )
});
/// A "degree" that is not a qualification: "a high degree of", "360-degree", "to some degree".
static NOT_A_DEGREE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(degree of|degrees? (celsius|fahrenheit))|(360[- ]|to (a|some|the|what) (\w+ )?|high |great |large |certain )$",
    )
});

fn education(cx: &Context, out: &mut Out) {
    let mut best: Option<(Education, usize, String)> = None;
    for line in cx.lines_matching(&EDUCATION_ANY) {
        if cx.level(line.block) == Level::Desirable || NOT_REQUIRED.is_match(line.text) {
            continue;
        }
        for (r, level) in EDUCATION.iter() {
            for m in r.find_iter(line.text) {
                // "Bachelor's preferred", "ideally a Master's": the clause says it is desirable.
                if super::DESIRABLE.is_match(clause(line.text, m.start(), m.end())) {
                    continue;
                }
                let before =
                    &line.text[floor_char(line.text, m.start().saturating_sub(20))..m.start()];
                if m.as_str().to_lowercase().starts_with("degree")
                    && (NOT_A_DEGREE.is_match(&line.text[m.start()..])
                        || NOT_A_DEGREE.is_match(before))
                {
                    continue;
                }
                if best.as_ref().is_none_or(|(b, ..)| level < b) {
                    best = Some((*level, line.line, m.as_str().to_string()));
                }
            }
        }
    }
    if let Some((level, line, text)) = best {
        out.posting.education_level = Some(level);
        out.evidence("education_level", line, &text);
    }
}

/// The clause of `text` around `start..end`: from the last `;`, `.` or `,` before it to the next.
/// A clause without the asides in brackets that say something of their own
/// ("food manufacturing (seafood or meat a bonus)"): a bracket of a few
/// words ("(desirable)", "(a plus)") stays, as it qualifies the clause.
fn without_asides(clause: &str) -> std::borrow::Cow<'_, str> {
    if !clause.contains('(') {
        return std::borrow::Cow::Borrowed(clause);
    }
    let mut kept = String::with_capacity(clause.len());
    let mut rest = clause;
    while let Some(open) = rest.find('(') {
        kept.push_str(&rest[..open]);
        let Some(close) = rest[open..].find(')') else {
            kept.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let inside = &rest[open + 1..open + close];
        if inside.split_whitespace().count() <= 3 {
            kept.push_str(&rest[open..=open + close]);
        }
        rest = &rest[open + close + 1..];
    }
    kept.push_str(rest);
    std::borrow::Cow::Owned(kept)
}

pub(crate) fn clause(text: &str, start: usize, end: usize) -> &str {
    crate::text::between_stops(text, start, end, &[';', '.', ',', '–', '—'])
}

// ---- certifications --------------------------------------------------------

const CERT_PATTERNS: &[(&str, Option<&str>)] = &[
    // Microsoft exam codes.
    (r"\b(?:AZ|AI|DP|SC|MS|PL|MB|MD)-\d{3}\b", None),
    (r"(?i)\bcertified kubernetes administrator\b", Some("CKA")),
    (
        r"(?i)\bcertified kubernetes application developer\b",
        Some("CKAD"),
    ),
    (
        r"(?i)\bcertified kubernetes security specialist\b",
        Some("CKS"),
    ),
    (
        r"\b(CKA|CKAD|CKS|CISSP|CISM|CISA|CCSP|CRISC|OSCP|CEH|CCNA|CCNP|CCIE|PMP|CAPM|TOGAF|PRINCE2(?:\s+(?:Practitioner|Foundation|Agile))?|ITIL(?:\s?v?[34])?(?:\s+Foundation)?|CSM|CSPO|PSM(?:\s?I{1,3})?|SAFe|RHCE|RHCSA|LPIC-\d|GIAC|GSEC|ACCA|CIMA|CIPD|CIPS|CPA|CFA|NEBOSH|IOSH|CSCS|SIA|CDL|EPA 608|OSHA(?:\s+\d+)?|ServSafe|BLS|ACLS|PALS|HCPC|NMC|CompTIA\s+(?:A\+|Network\+|Security\+|Cloud\+|Linux\+|CySA\+|PenTest\+|Server\+))(?:\b|[^\w]|$)",
        None,
    ),
    (
        r"(?i)\bAWS\s+(?:Certified\s+)?(?:Solutions\s+Architect|Developer|SysOps\s+Administrator|DevOps\s+Engineer|Cloud\s+Practitioner|Security|Data\s+Engineer|Data\s+Analytics|Machine\s+Learning|Advanced\s+Networking|Database)(?:\s*[-–]?\s*(?:Associate|Professional|Specialty|Foundational))?\b",
        None,
    ),
    (
        r"(?i)\bGoogle(?:\s+Cloud)?\s+(?:Certified\s+)?(?:Professional|Associate)\s+(?:Cloud\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}",
        None,
    ),
    (
        r"(?i)\b(?:HashiCorp\s+Certified:?\s+)?Terraform\s+Associate\b",
        Some("Terraform Associate"),
    ),
    (r"(?i)\bSection\s+608\b|\bEPA\s+608\b", Some("EPA 608")),
];
static CERTS: LazyLock<Vec<(Regex, Option<&'static str>)>> =
    LazyLock::new(|| CERT_PATTERNS.iter().map(|&(p, x)| (re(p), x)).collect());

/// Whether a line names any certification: most lines are passed over in one scan.
static CERTS_ANY: LazyLock<Regex> =
    LazyLock::new(|| crate::text::any_of(CERT_PATTERNS.iter().map(|(p, _)| *p)));

/// Pieces one of which every match of [`CERT_PATTERNS`] holds: the case-
/// sensitive codes and acronyms as written, and a word of each
/// case-insensitive name in lower case. An advert with none of them names no
/// certification and does not compile the patterns.
const CERT_PIECES_EXACT: &[&str] = &[
    "AZ-", "AI-", "DP-", "SC-", "MS-", "PL-", "MB-", "MD-", "CKA", "CKS", "CISSP", "CISM", "CISA",
    "CCSP", "CRISC", "OSCP", "CEH", "CCNA", "CCNP", "CCIE", "PMP", "CAPM", "TOGAF", "PRINCE2",
    "ITIL", "CSM", "CSPO", "PSM", "SAFe", "RHCE", "RHCSA", "LPIC-", "GIAC", "GSEC", "ACCA", "CIMA",
    "CIPD", "CIPS", "CPA", "CFA", "NEBOSH", "IOSH", "CSCS", "SIA", "CDL", "EPA 608", "OSHA",
    "ServSafe", "BLS", "ACLS", "PALS", "HCPC", "NMC", "CompTIA",
];
const CERT_PIECES_FOLDED: &[&str] = &["kubernetes", "aws", "google", "terraform", "608"];

fn may_name_a_certification(text: &str) -> bool {
    if CERT_PIECES_EXACT.iter().any(|p| text.contains(p)) {
        return true;
    }
    // The long s and the Kelvin sign fold to "s" and "k" under the
    // case-insensitive patterns: a text holding either is always read.
    let lower = text.to_ascii_lowercase();
    lower.contains(['\u{17F}', '\u{212A}']) || CERT_PIECES_FOLDED.iter().any(|p| lower.contains(p))
}

fn certifications(cx: &Context, out: &mut Out) {
    if !may_name_a_certification(&cx.joined) {
        return;
    }
    let mut found: Vec<String> = Vec::new();
    let mut first_line = None;
    for line in cx.lines_matching(&CERTS_ANY) {
        let mut spans: Vec<(usize, usize, String)> = Vec::new();
        for (r, canonical) in CERTS.iter() {
            for m in r.find_iter(line.text) {
                if spans.iter().any(|&(s, e, _)| m.start() < e && s < m.end()) {
                    continue;
                }
                let name = canonical.map(str::to_string).unwrap_or_else(|| {
                    m.as_str()
                        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '+')
                        .to_string()
                });
                spans.push((m.start(), m.end(), name));
            }
        }
        // "Solutions Architect Expert (AZ-305)": one certification, named by its code.
        spans.sort_by_key(|s| s.0);
        for (_, _, name) in spans {
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            if !found.iter().any(|f| f.eq_ignore_ascii_case(&name)) {
                first_line.get_or_insert((line.line, line.text));
                found.push(name);
            }
        }
    }
    if let Some((line, text)) = first_line {
        out.evidence("certifications", line, text);
    }
    out.posting.certifications = found;
}

// ---- clearance -------------------------------------------------------------

/// Clearance levels, strongest first.
const CLEARANCE_PATTERNS: &[(&str, &str)] = &[
    (r"(?i)\bTS\s*/\s*SCI\b|\btop secret\s*/\s*SCI\b", "TS/SCI"),
    (r"(?i)\btop secret\b", "Top Secret"),
    (r"(?i)\beDV\b|\benhanced (developed vetting|DV)\b", "eDV"),
    (
        r"(?i)\bdeveloped vetting\b|\bDV[- ]?(clearance|cleared|clearable|vetted|vetting|level)\b|\b(clearance|vetting)\s*(level)?\s*[:(]?\s*DV\b",
        "DV",
    ),
    (
        r"(?i)\bsecret (security )?clearance\b|\bclearance\s*:\s*secret\b",
        "Secret",
    ),
    (r"(?i)\beSC\b|\benhanced security check\b", "eSC"),
    (
        r"(?i)\bsecurity check(ed)?\s*\(SC\)|\bSC[- ]?(clearance|cleared|clearable|vetted|vetting|level)\b|\b(clearance|vetting)\s*(level)?\s*[:(]?\s*SC\b|\bsecurity check clearance\b",
        "SC",
    ),
    (r"(?i)\bCTC\b|\bcounter[- ]terrorist check\b", "CTC"),
    (
        r"(?i)\bpublic trust\s+(clearance|position|level|background|investigation)\b|\b(clearance|investigation)\s*(level)?\s*:\s*public trust\b",
        "Public Trust",
    ),
    (
        r"(?i)\bBPSS\b|\bbaseline personnel security standard\b",
        "BPSS",
    ),
    (
        r"(?i)\benhanced (DBS|disclosure)\b|\bDBS\b[^.;]{0,20}\benhanced\b",
        "Enhanced DBS",
    ),
    (
        r"(?i)\b(basic |standard )?DBS\b|\bdisclosure and barring\b|\bCRB check\b",
        "DBS",
    ),
];
static CLEARANCE: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    CLEARANCE_PATTERNS
        .iter()
        .map(|&(p, x)| (re(p), x))
        .collect()
});

/// Whether a line names any clearance: most lines are passed over in one scan.
static CLEARANCE_ANY: LazyLock<Regex> =
    LazyLock::new(|| crate::text::any_of(CLEARANCE_PATTERNS.iter().map(|(p, _)| *p)));

/// Pieces one of which every match of [`CLEARANCE_PATTERNS`] holds, in
/// lower case: each pattern's words, read one by one ("sc" is in "TS/SCI",
/// "eSC" and "SC"; "dv" in "eDV" and "DV"; "vetting" in "developed
/// vetting"; "secret", "enhanced", "security check", "ctc", "counter",
/// "public trust", "bpss", "baseline", "dbs", "disclosure", "crb" in the
/// rest). An advert with none of them names no clearance, and does not
/// compile the patterns. (The long s folds to "s" under the patterns'
/// case-insensitivity, so a text holding one is always read.)
const CLEARANCE_PIECES: &[&str] = &[
    "sc",
    "dv",
    "vetting",
    "secret",
    "enhanced",
    "security check",
    "ctc",
    "counter",
    "public trust",
    "bpss",
    "baseline",
    "dbs",
    "disclosure",
    "crb",
];

fn may_name_a_clearance(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.contains('\u{17F}') || CLEARANCE_PIECES.iter().any(|p| lower.contains(p))
}

fn clearance(cx: &Context, out: &mut Out) {
    if !may_name_a_clearance(&cx.joined) {
        return;
    }
    let mut best: Option<(usize, usize, String)> = None;
    for line in cx.lines_matching(&CLEARANCE_ANY) {
        for (rank, (r, _)) in CLEARANCE.iter().enumerate() {
            if let Some(m) = r.find(line.text) {
                // "SC only cannot be considered": a level ruled out is not asked for.
                let after = &line.text[m.end()..];
                if after.trim_start().to_lowercase().starts_with("only cannot")
                    || after
                        .trim_start()
                        .to_lowercase()
                        .starts_with("alone is not")
                {
                    continue;
                }
                if best.as_ref().is_none_or(|(b, ..)| rank < *b) {
                    best = Some((rank, line.line, line.text.to_string()));
                }
            }
        }
    }
    if let Some((rank, line, text)) = best {
        out.posting.clearance = Some(CLEARANCE[rank].1.to_string());
        out.evidence("clearance", line, &text);
    }
}

// ---- languages -------------------------------------------------------------

const LANGUAGES: &[&str] = &[
    "English",
    "Welsh",
    "Irish",
    "Scottish Gaelic",
    "Gaelic",
    "French",
    "German",
    "Spanish",
    "Italian",
    "Portuguese",
    "Dutch",
    "Flemish",
    "Polish",
    "Czech",
    "Slovak",
    "Hungarian",
    "Romanian",
    "Bulgarian",
    "Greek",
    "Turkish",
    "Russian",
    "Ukrainian",
    "Swedish",
    "Norwegian",
    "Danish",
    "Finnish",
    "Icelandic",
    "Estonian",
    "Latvian",
    "Lithuanian",
    "Croatian",
    "Serbian",
    "Slovenian",
    "Albanian",
    "Arabic",
    "Hebrew",
    "Persian",
    "Farsi",
    "Urdu",
    "Hindi",
    "Punjabi",
    "Bengali",
    "Gujarati",
    "Tamil",
    "Telugu",
    "Marathi",
    "Mandarin",
    "Cantonese",
    "Chinese",
    "Japanese",
    "Korean",
    "Vietnamese",
    "Thai",
    "Indonesian",
    "Malay",
    "Tagalog",
    "Filipino",
    "Swahili",
    "Somali",
    "Amharic",
    "Yoruba",
    "Pashto",
    "Dari",
    "Kurdish",
    "Tigrinya",
    "British Sign Language",
    "BSL",
    "American Sign Language",
    "ASL",
];
/// Words around a language name that make it a language asked for.
static LANGUAGE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(speak|speaks|speaking|speaker|spoken|fluent|fluency|fluently|bilingual|native|proficien\w*|language|languages|written and (verbal|oral|spoken)|verbal and written|conversational|business[- ]level|working knowledge of|read and write|in english|c1|c2|b1|b2)\b",
    )
});

/// Any one language name, as a whole word (longest names first).
static LANGUAGE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    let mut names: Vec<&str> = LANGUAGES.to_vec();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let alternation: Vec<String> = names.iter().map(|n| crate::pattern::escape(n)).collect();
    re(&format!(r"\b(?:{})\b", alternation.join("|")))
});

fn languages(cx: &Context, out: &mut Out) {
    let mut found: Vec<String> = Vec::new();
    for line in cx.lines_matching(&LANGUAGE_CUE) {
        for sentence in line.text.split(['.', ';']) {
            if !LANGUAGE_CUE.is_match(sentence) {
                continue;
            }
            let mut hits: Vec<(usize, String)> = Vec::new();
            {
                for m in LANGUAGE_NAME.find_iter(sentence) {
                    let name = m.as_str().to_string();
                    // "Welsh citizens", "French Polynesia": a language name must sit near its cue.
                    let from = floor_char(sentence, m.start().saturating_sub(50));
                    let to = ceil_char(sentence, (m.end() + 40).min(sentence.len()));
                    let near = &sentence[from..to];
                    let next = sentence[m.end()..]
                        .split_whitespace()
                        .next()
                        .unwrap_or("")
                        .to_lowercase();
                    let nationality_noun = matches!(
                        next.trim_matches(|c: char| !c.is_alphanumeric()),
                        "citizens"
                            | "people"
                            | "government"
                            | "nhs"
                            | "health"
                            | "company"
                            | "market"
                            | "law"
                            | "office"
                    );
                    if LANGUAGE_CUE.is_match(near) && !nationality_noun {
                        let canonical = match name.as_str() {
                            "BSL" => "British Sign Language",
                            "ASL" => "American Sign Language",
                            "Farsi" => "Persian",
                            other => other,
                        };
                        hits.push((m.start(), canonical.to_string()));
                    }
                }
            }
            hits.sort();
            for (_, name) in hits {
                if !found.contains(&name) {
                    if found.is_empty() {
                        out.evidence("languages", line.line, line.text);
                    }
                    found.push(name);
                }
            }
        }
    }
    out.posting.languages = found;
}

// ---- benefits ----------------------------------------------------------------

static BENEFIT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(benefits?|perks?|what we offer|what['’]s on offer|we offer|in return|rewards?|as well as|package|why join|why work|what you['’]ll get|what you get|compensation and benefits)\b",
    )
});
static BENEFIT_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(pension|annual leave|holiday|paid time off|\bpto\b|vacation|health insurance|medical|dental|vision|life (assurance|insurance)|401\(k\)|cycle to work|season ticket|gym|wellbeing|well-being|parental leave|maternity|paternity|childcare|share options|stock options|equity|employee assistance|discounts?|car scheme|flexible working|study leave|sick pay|bonus)\b",
    )
});
static NOT_BENEFIT_SECTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(responsibilit|duties|requirement|essential|desirable|skills|experience|qualifications|you will|about you)",
    )
});

fn benefits(cx: &Context, out: &mut Out) {
    let mut found: Vec<String> = Vec::new();
    let mut first = None;
    // Per section: whether its heading names benefits, and whether it names
    // something else (requirements, duties); read once for all its items.
    let mut sections: Vec<Option<(bool, bool)>> = vec![None; cx.doc.sections.len()];
    for line in &cx.lines {
        let block = &cx.doc.blocks[line.block];
        let BlockKind::ListItem { .. } = block.kind else {
            continue;
        };
        // Only the first line of an item: wrapped lines belong to it.
        if block.lines.first() != Some(&line.line) {
            continue;
        }
        let heading = cx.doc.sections_of(line.block).next().map(|i| {
            *sections[i].get_or_insert_with(|| {
                let h = &cx.doc.sections[i].heading;
                (BENEFIT_HEADING.is_match(h), NOT_BENEFIT_SECTION.is_match(h))
            })
        });
        // Every item under a benefits heading; elsewhere, items that name a
        // benefit, unless they sit under requirements or are pay.
        let in_benefits = heading.is_some_and(|(benefits, _)| benefits)
            || (heading.is_none_or(|(_, other)| !other)
                && BENEFIT_WORDS.is_match(line.text)
                && super::pay::parse_line(line.text, false).is_none());
        if in_benefits {
            let text = block.text.split_whitespace().collect::<Vec<_>>().join(" ");
            // The salary itself is not a benefit, even when listed with them.
            if super::pay::states_salary(&text) && !BENEFIT_WORDS.is_match(&text) {
                continue;
            }
            if !found.iter().any(|f| f.eq_ignore_ascii_case(&text)) {
                first.get_or_insert(line.line);
                found.push(text);
            }
        }
    }
    if let (Some(line), Some(text)) = (first, found.first()) {
        out.evidence("benefits", line, text);
    }
    out.posting.benefits = found;
}

pub fn extract(cx: &Context, out: &mut Out) {
    experience(cx, out);
    education(cx, out);
    certifications(cx, out);
    clearance(cx, out);
    languages(cx, out);
    benefits(cx, out);
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Format};
    use crate::extract::{Education, Posting, extract};

    fn p(text: &str) -> Posting {
        extract(&Document::parse(text, Format::Markdown), "-")
    }

    /// Every wording of every clearance level passes the quick look, in any
    /// case, and is still read.
    #[test]
    fn the_employer_s_years_are_not_the_candidate_s() {
        let years = |text: &str| {
            crate::analyse(text, "a.md", Some(crate::document::Format::Markdown), None)
                .experience_years
        };
        assert_eq!(
            years(
                "# Data Engineer\n\nWith more than 30 years of experience in the port business, we know our data.\n\n- At least 4 years of professional experience building pipelines\n"
            ),
            Some(4)
        );
        assert_eq!(
            years(
                "# Pharmacist\n\nOur department has worked with clinical pharmacy for more than 20 years.\n"
            ),
            None
        );
        // The candidate's, said with "we": still the candidate's.
        assert_eq!(
            years("# Engineer\n\nWe have a need for someone with 5 years of experience in Rust.\n"),
            Some(5)
        );
    }

    #[test]
    fn the_quick_look_for_a_clearance_misses_no_level() {
        let examples = [
            "TS/SCI",
            "top secret/SCI",
            "Top Secret",
            "eDV",
            "enhanced developed vetting",
            "developed vetting",
            "DV cleared",
            "vetting level: DV",
            "secret clearance",
            "clearance: secret",
            "eSC",
            "enhanced security check",
            "security check (SC)",
            "SC cleared",
            "clearance level: SC",
            "security check clearance",
            "CTC",
            "counter-terrorist check",
            "public trust clearance",
            "investigation: public trust",
            "BPSS",
            "baseline personnel security standard",
            "enhanced DBS",
            "DBS check enhanced",
            "basic DBS",
            "disclosure and barring",
            "CRB check",
        ];
        for example in examples {
            for text in [
                example.to_string(),
                example.to_uppercase(),
                example.to_lowercase(),
            ] {
                assert!(super::may_name_a_clearance(&text), "{text}");
                let matched = super::CLEARANCE_PATTERNS
                    .iter()
                    .any(|(pattern, _)| crate::text::re(pattern).is_match(&text));
                assert!(matched, "{text} is no example of a level");
            }
        }
        assert_eq!(
            p("# Analyst\n\nYou must hold SC clearance.\n")
                .clearance
                .as_deref(),
            Some("SC")
        );
        assert!(!super::may_name_a_clearance(
            "Cafe Uno, Leeds. £12 an hour."
        ));
    }

    /// The cheap looks that let an advert skip compiling the experience and
    /// certification patterns pass every text the patterns match: one
    /// wording of every certification the patterns name, and every line of
    /// our own adverts and samples.
    #[test]
    fn the_looks_before_experience_and_certifications_miss_nothing() {
        let mut texts: Vec<String> = [
            "AZ-104",
            "AI-900",
            "DP-203",
            "SC-200",
            "MS-900",
            "PL-300",
            "MB-210",
            "MD-102",
            "certified kubernetes administrator",
            "Certified Kubernetes Application Developer",
            "CERTIFIED KUBERNETES SECURITY SPECIALIST",
            "CKA",
            "CKAD",
            "CKS",
            "CISSP",
            "CISM",
            "CISA",
            "CCSP",
            "CRISC",
            "OSCP",
            "CEH",
            "CCNA",
            "CCNP",
            "CCIE",
            "PMP",
            "CAPM",
            "TOGAF",
            "PRINCE2 Practitioner",
            "ITIL v4 Foundation",
            "CSM",
            "CSPO",
            "PSM II",
            "SAFe",
            "RHCE",
            "RHCSA",
            "LPIC-1",
            "GIAC",
            "GSEC",
            "ACCA",
            "CIMA",
            "CIPD",
            "CIPS",
            "CPA",
            "CFA",
            "NEBOSH",
            "IOSH",
            "CSCS",
            "SIA",
            "CDL",
            "EPA 608",
            "OSHA 30",
            "ServSafe",
            "BLS",
            "ACLS",
            "PALS",
            "HCPC",
            "NMC",
            "CompTIA Security+",
            "aws certified developer",
            "AWS Solutions Architect - Associate",
            "Google Cloud Professional Data Engineer",
            "HashiCorp Certified: Terraform Associate",
            "section 608",
            "Section 608",
            "5 years' experience",
            "3-5 YEARS",
            "2 yrs",
            "ten Years",
            "a year's experience",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["tests/fixtures/adverts", "samples"] {
            for entry in std::fs::read_dir(root.join(dir))
                .into_iter()
                .flatten()
                .flatten()
            {
                if let Ok(text) = std::fs::read_to_string(entry.path()) {
                    texts.extend(text.lines().map(str::to_string));
                }
            }
        }
        let (mut certs, mut years) = (0, 0);
        for text in &texts {
            if super::CERTS_ANY.is_match(text) {
                certs += 1;
                assert!(super::may_name_a_certification(text), "{text}");
            }
            if super::YEARS.is_match(text) {
                years += 1;
                assert!(super::may_count_years(text), "{text}");
            }
        }
        assert!(certs > 60 && years > 60, "{certs} {years}");
        assert!(!super::may_name_a_certification(
            "Cafe Uno, Leeds. £12 an hour."
        ));
        assert!(!super::may_count_years("Cafe Uno, Leeds. £12 an hour."));
    }

    #[test]
    fn years_under_an_experience_requirements_heading() {
        let p = p(
            "# Merchandiser\n\n## Experience Requirements\n\n- 3 to 5 years\n- Work in a knit garments factory\n",
        );
        assert_eq!(p.experience_years, Some(3));
    }

    #[test]
    fn years_that_are_not_asked_of_the_candidate() {
        for text in [
            "We have been trading for over 40 years across the region.\n",
            "- You must be 18 years of age or older\n",
            "- Applicants must be aged 21 years or over\n",
            "Sam, our head chef, has been with us for 12 years and runs a proper induction.\n",
            "Our founder has over 20 years' experience in the trade.\n",
            "- Annual leave rising to 30 days after 5 years\n",
            "This is a fixed-term contract of at least 2 years.\n",
        ] {
            assert_eq!(p(text).experience_years, None, "{text}");
        }
    }

    #[test]
    fn bullets_a_paragraph_holds_are_a_list() {
        assert_eq!(
            p("Analyst\n\n**Mei Lin**\n\n• 2+ yrs in freight planning\n• Strong Excel\n")
                .experience_years,
            Some(2)
        );
    }

    #[test]
    fn an_aside_in_brackets_does_not_make_the_years_desirable() {
        assert_eq!(
            p("## What you bring\n\n- 4+ years' experience in food production (dairy or bakery a bonus)\n")
                .experience_years,
            Some(4)
        );
        // A bracket that only says so does.
        assert_eq!(
            p("## What you bring\n\n- 4 years' experience in food production (desirable)\n")
                .experience_years,
            None
        );
    }

    #[test]
    fn an_age_limit_asks_for_no_experience() {
        assert_eq!(
            p("## Age limit\n\nNot more than 28 years as on 01.07.2027.\n").experience_years,
            None
        );
        assert_eq!(
            p("## Eligibility\n\n- Not older than 35 years\n- Candidates should be 32 years as of 1 January 2027 or younger\n").experience_years,
            None
        );
    }

    #[test]
    fn time_served_in_a_grade_is_experience() {
        assert_eq!(
            p("## Requirements\n\n- Have served in the grade of Clerical Officer II or in a comparable position for at least four (4) years;\n").experience_years,
            Some(4)
        );
    }

    #[test]
    fn years_in_a_role_among_the_requirements() {
        assert_eq!(
            p("## Requirements\n\n- Minimum 3 years as a dispatcher in road haulage\n")
                .experience_years,
            Some(3)
        );
        assert_eq!(
            p("## What you need\n\n- at least 1 year behind a busy espresso machine\n")
                .experience_years,
            Some(1)
        );
        assert_eq!(
            p("- 5+ years of professional backend development\n").experience_years,
            Some(5)
        );
        // "ideally" in the next clause does not make the minimum desirable.
        assert_eq!(
            p("- at least 4 years' experience in planning, ideally some of it in local government\n").experience_years,
            Some(4)
        );
        // Candidates "who have" years of experience are asked for them; a
        // colleague "who has" them is not; a project's field in front of the
        // count does not make it a project's length.
        assert_eq!(
            p("We want to hear from people who have two years research experience.\n")
                .experience_years,
            Some(2)
        );
        assert_eq!(
            p("You'll report to the lead developer, who has 12 years experience leading teams.\n")
                .experience_years,
            None
        );
        assert_eq!(
            p("- Underground pipeline estimating and project management 5+ years' experience\n")
                .experience_years,
            Some(5)
        );
        // In running text about the company, a count of years in a place is not asked for.
        assert_eq!(
            p("We have spent 10 years in Leeds.\n").experience_years,
            None
        );
    }

    #[test]
    fn a_ceiling_of_years_credited_is_no_requirement() {
        let p = crate::analyse(
            "# Teacher\n\nUp to 10 years of prior teaching experience may be credited for step placement.\n",
            "t.md",
            Some(crate::document::Format::Markdown),
            None,
        );
        assert_eq!(p.experience_years, None);
    }

    #[test]
    fn experience_wrapped_onto_the_next_line() {
        let p = crate::analyse(
            "# Technician\n\n## Minimum qualifications\n\nA high school diploma, plus **two (2)\nyears of experience** in water sampling.\n",
            "t.md",
            Some(crate::document::Format::Markdown),
            None,
        );
        assert_eq!(p.experience_years, Some(2));
        // Lines that each end a sentence are not run together.
        let p = crate::analyse(
            "Employment Type: Full time\nExperience Level: 2 years\nThe firm has been trading for 30 years.\n",
            "t.txt",
            Some(crate::document::Format::Text),
            None,
        );
        assert_eq!(p.experience_years, Some(2));
    }

    #[test]
    fn years_of_data_or_of_a_named_colleague_are_not_asked_for() {
        // A span of data in a duty.
        assert_eq!(
            p("## Duties\n\n- Tune the store so a query over five years of hourly meter readings stays fast\n\n## Requirements\n\n- 2+ years of commercial experience\n")
                .experience_years,
            Some(2)
        );
        // A colleague's years, named or by their title.
        assert_eq!(
            p("You'll work with Marta, who leads the team. Our CTO, Ilse, has 14 years of experience with Django.\n")
                .experience_years,
            None
        );
        assert_eq!(
            p("Tomasz has 9 years of experience in grid planning and will mentor you.\n")
                .experience_years,
            None
        );
        // The candidate, even when a capital opens the sentence.
        assert_eq!(
            p("- Candidate has 3 years of experience in payroll\n").experience_years,
            Some(3)
        );
    }

    #[test]
    fn experience_in_figures_and_words() {
        assert_eq!(
            p("We'd like you to have at least a year's experience in a busy restaurant.\n")
                .experience_years,
            Some(1)
        );
        assert_eq!(p("The salary is £30,000 a year.\n").experience_years, None);
        // "experience" far along the clause, past the words that qualify it.
        assert_eq!(
            p("A degree in surveying AND four (4) years of progressively responsible professional land surveying experience.\n")
                .experience_years,
            Some(4)
        );
        assert_eq!(
            p("## Experience\n\n3 to 6 years in warehouse operations, with at least 1 year leading a team\n")
                .experience_years,
            Some(3)
        );
        assert_eq!(
            p("You will have at least three years’ experience in an ICT role.\n").experience_years,
            Some(3)
        );
        assert_eq!(p("- Minimum 7 years of DevOps/Infrastructure experience with 3+ years in leadership roles\n").experience_years, Some(7));
        assert_eq!(
            p("- 5+ years of experience building APIs\n").experience_years,
            Some(5)
        );
        assert_eq!(
            p("- 3-5 years' experience in retail\n").experience_years,
            Some(3)
        );
        assert_eq!(
            p("- Two years of relevant experience\n").experience_years,
            Some(2)
        );
    }

    #[test]
    fn skill_years_do_not_override_the_role() {
        let post = p(
            "- Microsoft Azure (5+ years) and AWS (3+ years)\n- Minimum 7 years of infrastructure experience\n",
        );
        assert_eq!(post.experience_years, Some(7));
        let post = p("- Experience with Python (5+ years)\n");
        assert_eq!(post.experience_years, Some(5));
        assert!(post.notes.iter().any(|n| n.contains("one skill")));
        assert_eq!(
            p("- 4+ years building backend services\n").experience_years,
            Some(4)
        );
        assert_eq!(
            p("- A clean driving record for the past 3 years\n").experience_years,
            None
        );
    }

    #[test]
    fn years_that_are_not_experience() {
        assert_eq!(
            p("We have been trading for 20 years.\n").experience_years,
            None
        );
        assert_eq!(p("A 2 year fixed contract.\n").experience_years, None);
        assert_eq!(
            p("- Nice to have: 10 years of experience\n").experience_years,
            None
        );
    }

    #[test]
    fn lowest_required_education() {
        let post = p(
            "## Essential\n- Bachelor's degree in Computer Science\n## Desirable\n- Master's degree\n",
        );
        assert_eq!(post.education_level, Some(Education::Bachelor));
        assert_eq!(
            p("- Educated to Degree Level or equivalent experience\n").education_level,
            Some(Education::Bachelor)
        );
        assert_eq!(
            p("- High school diploma or GED required; Bachelor's preferred\n").education_level,
            Some(Education::Secondary)
        );
        assert_eq!(
            p("- PhD in Physics\n").education_level,
            Some(Education::Doctorate)
        );
        assert_eq!(p("- No degree required\n").education_level, None);
        assert_eq!(p("- Master's degree preferred\n").education_level, None);
        assert_eq!(
            p("- Requires a high degree of accuracy. Bachelor's degree in Finance.\n")
                .education_level,
            Some(Education::Bachelor)
        );
        assert_eq!(p("- A high degree of accuracy\n").education_level, None);
        assert_eq!(
            p("- Proficient in MS Office. Based in Boston, MA.\n").education_level,
            None
        );
        assert_eq!(
            p("- BA/BS in Economics required; MA/MPP preferred\n").education_level,
            Some(Education::Bachelor)
        );
    }

    #[test]
    fn certifications_by_code_and_name() {
        let post = p(
            "- Microsoft Azure Solutions Architect Expert (AZ-305)\n- AWS Certified DevOps Engineer Professional (preferred)\n- Certified Kubernetes Administrator (CKA) or equivalent\n- Additional certifications: Terraform Associate, CISSP\n",
        );
        assert_eq!(
            post.certifications,
            [
                "AZ-305",
                "AWS Certified DevOps Engineer Professional",
                "CKA",
                "Terraform Associate",
                "CISSP"
            ]
        );
    }

    #[test]
    fn clearance_levels() {
        assert_eq!(
            p("**Security Clearance**: Baseline Personnel Security Standard (BPSS) required\n")
                .clearance
                .as_deref(),
            Some("BPSS")
        );
        assert_eq!(
            p("You must hold SC clearance. All staff are BPSS checked.\n")
                .clearance
                .as_deref(),
            Some("SC")
        );
        assert_eq!(
            p("An enhanced DBS check is required.\n")
                .clearance
                .as_deref(),
            Some("Enhanced DBS")
        );
        assert_eq!(
            p("Active TS/SCI clearance.\n").clearance.as_deref(),
            Some("TS/SCI")
        );
        assert_eq!(
            p("Must be DV cleared; SC only cannot be considered.\n")
                .clearance
                .as_deref(),
            Some("DV")
        );
        assert_eq!(p("Supports SC-200 exam prep.\n").clearance, None);
    }

    #[test]
    fn spoken_languages_need_a_cue() {
        assert_eq!(
            p("- Knowledge of Welsh language (conversational level)\n").languages,
            ["Welsh"]
        );
        assert_eq!(
            p("- Fluent in Spanish and French\n").languages,
            ["Spanish", "French"]
        );
        assert!(
            p("Serving 3 million Welsh citizens.\n")
                .languages
                .is_empty()
        );
        assert!(p("- Python and Go programming\n").languages.is_empty());
    }

    #[test]
    fn benefits_from_their_section() {
        let post = p(
            "## Benefits\n- NHS Pension Scheme\n- 27 days annual leave\n## Requirements\n- Pension knowledge\n",
        );
        assert_eq!(
            post.benefits,
            ["NHS Pension Scheme", "27 days annual leave"]
        );
    }
}
