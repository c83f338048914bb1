//! Contract type, hours, fixed-term length, and the number of posts.

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::numbers::{WORD_PATTERN, count};
use super::{Context, ContractType, Hours, Out, re};
use crate::text::any_of;

static CONTRACT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(contract|full[- ]?time\s*/\s*part[- ]?time|full or part[- ]time|contract type|type of contract|employment type|type of employment|job type|work type|contract length|duration|length of employment|tenure|position type|employment|working pattern|hours|working hours|terms|type|appointment type|appointment|engagement|employment basis|basis)$",
    )
});
const FIXED_TERM_PATTERN: &str = r"(?i)(\bfixed[- ]term\b|\bfixed\s+(contract|post|role|position|period)\b|\bterm\s+(?:position|post|appointment)\b|\bftc\b|\bmaternity (cover|leave cover)\b|\bsecondment\b)";
static FIXED_TERM: LazyLock<Regex> = LazyLock::new(|| re(FIXED_TERM_PATTERN));
/// "12 month contract", "two-year post": fixed-term employment, unless the advert is for a contractor.
const FIXED_BY_LENGTH_PATTERN: &str = r"(?i)\b(\d+|one|two|three|four|five|six|nine|twelve|eighteen|twenty-four)(?:\s*\(\d+\))?[- ](month|year)s?(?:,?\s+(?:initial|renewable|employment|(?:grant|externally|project|fully)[- ]funded|funded))*,?\s+(fixed|contract|post|role|position|appointment|term)\b";
static FIXED_BY_LENGTH: LazyLock<Regex> = LazyLock::new(|| re(FIXED_BY_LENGTH_PATTERN));
/// "12-month contract": a contract by the advert's own word, whoever holds it.
const LENGTH_CONTRACT_PATTERN: &str = r"(?i)\b(\d+|one|two|three|four|five|six|nine|twelve|eighteen|twenty-four)(?:\s*\(\d+\))?[- ](month|year)s?\s+(?:(?:initial|renewable)\s+)*contract\b";
static LENGTH_CONTRACT: LazyLock<Regex> = LazyLock::new(|| re(LENGTH_CONTRACT_PATTERN));
/// Signs that a contract of a stated length is an employee's: cover for
/// someone's leave, a view to a permanent post.
static EMPLOYEE_TERM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:parental|maternity|paternity|adoption|sick|long[- ]term)\s+leave|leave\s+(?:cover|replacement)|(?:into|to)\s+a\s+permanent|view\s+to\s+(?:a\s+)?permanent)\b",
    )
});
const INTERNSHIP_PATTERN: &str = r"(?i)\b(internships?|intern|interns|placement year|summer placement|work placement|industrial placement)\b";
static INTERNSHIP: LazyLock<Regex> = LazyLock::new(|| re(INTERNSHIP_PATTERN));
const TEMPORARY_PATTERN: &str = r"(?i)\b(temporary|temp|locum|seasonal (?:role|position|post|job|work|worker|staff|team|contract|employment|vacancy|opportunity|basis|hire|hires|positions|roles|jobs|workers)s?|(?:a|this|the) seasonal,?\s+(?:(?:full|part)[- ]time\s+|\d{1,2}[- ]month\s+)?(?:role|position|post|job|contract|opportunity|vacancy|worker|employee|hire)|\bis seasonal\b|seasonal$|^\s*seasonal\b|bank (staff|role|position|worker|nurse)|zero[- ]hours?|casual (?:role|position|basis|staff|work|employment|contract|pool|job|vacancy|team member)s?)\b|\d\s?x\s*casual\b|^\s*casual\s*(?:[,/(]|$)";
static TEMPORARY: LazyLock<Regex> = LazyLock::new(|| re(TEMPORARY_PATTERN));
/// "Permanent", and its other names: an indefinite-term or open-ended contract.
const PERMANENT_PATTERN: &str = r"(?i)\bpermanent\b|\bperm\.?\s*[,/&]?\s*(?:FT|PT|F/T|P/T|full|part)\b|\b(?:FT|PT|F/T|P/T|full[- ]?time|part[- ]?time)\s*[,/&]?\s*perm\b|\bregular\s+(?:full|part)[- ]time\b|\b(?:full|part)[- ]time\s+regular\b|\bindefinite[- ](?:term|duration)\b|\bregulari[sz]ation\b|\bregular\s+(?:position|post|role|employment|status)\b|\bindefinite\s+(?:contract|period|employment|basis)\b|\bopen[- ]ended\s+(?:contract|employment)\b|\bunlimited\s+(?:contract|employment)\b|\b(?:sub-?type|status|type)\s*:\s*(?:[\w ]{1,30},\s*)?regular(?:\s*\((?:ongoing|permanent)\))?\s*(?:$|[,;|])";
static PERMANENT: LazyLock<Regex> = LazyLock::new(|| re(PERMANENT_PATTERN));
/// A permanent post only in prospect: "with the prospect of a permanent
/// contract", "possible conversion to permanent".
static PERMANENT_LATER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(prospect|possibility|chance|option|view|conversion|convert|potential|extension|extend|become|becoming|lead to|leading to)\b[^.;]{0,30}\bpermanent\b",
    )
});
/// Months named as a span: "April to October 2026" is seven months.
static MONTH_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?\s*(?:to|until|through|till|-|–)\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    )
});
/// Words that only a contractor's advert uses. ("Contractor" alone is not
/// one of them: duties speak of the contractors a post works with, "manage
/// the main contractor on site".)
const CONTRACTOR_PATTERN: &str = r"(?i)(\b(?:as an?|independent|freelance|self[- ]employed|1099|w-?2)\s+contractor\b|\bcontractor\s+(?:role|roles|position|positions|basis|rates?|engagement|opportunity|assignment|agreement|contract)\b|[(,:/|]\s*contractor\b|\bcontractor\s*[(/,|]|\b(?:seeking|seek|seeks|looking\s+for|hiring|need|needs|require|requires|want|wants|engage)\s+(?:a|an)\s+(?:[\w/&+#.-]+\s+){0,3}?contractor\b|\b(?:a|an)\s+(?:[\w/&+#.-]+\s+){0,3}?contractor\s+(?:is|are)\s+(?:required|needed|sought|wanted)\b|\bfreelance\b|\bday rate\b|\b(inside|outside) ir35\b|\bcontract[- ]to[- ]hire\b|\b1099\b|\bcorp[- ]to[- ]corp\b|\bc2c\b)";
static CONTRACTOR: LazyLock<Regex> = LazyLock::new(|| re(CONTRACTOR_PATTERN));
const CONTRACT_ROLE_PATTERN: &str = r"(?i)(\bcontract (role|roles|position|positions|basis|assignment|opportunity|job)\b|^contract$|\(contract\))";
static CONTRACT_ROLE: LazyLock<Regex> = LazyLock::new(|| re(CONTRACT_ROLE_PATTERN));
const FULL_TIME_PATTERN: &str = r"(?i)\bfull[- ]?time\b|\bwhole[- ]time\b|\b(?-i:F/T)(?:\W|$)|\b(?:perm|permanent|temp|temporary|casual)\.?\s*[,/&]?\s*(?-i:FT)\b|(?-i:\bFT)\s*[,/&]?\s*(?:perm|permanent|temp|temporary|casual)\b";
static FULL_TIME: LazyLock<Regex> = LazyLock::new(|| re(FULL_TIME_PATTERN));
/// "full-time equivalent", "full-time staff": about something else.
static FULL_TIME_OTHER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bfull[- ]?time\s+(equivalent|staff|employees|workers|students?|education|study|basis pro rata|colleagues|team members)\b|\bfull[- ]?time\s+(?:[a-z]+\s+){0,2}experience\b|\bfte\b",
    )
});
const PART_TIME_PATTERN: &str = r"(?i)\bpart[- ]?time\b|\bjob[- ]share\b|\b(?-i:P/T)(?:\W|$)|\b(?:perm|permanent|temp|temporary|casual)\.?\s*[,/&]?\s*(?-i:PT)\b|(?-i:\bPT)\s*[,/&]?\s*(?:perm|permanent|temp|temporary|casual)\b";
static PART_TIME: LazyLock<Regex> = LazyLock::new(|| re(PART_TIME_PATTERN));
const WEEKLY_HOURS_PATTERN: &str =
    r"(?i)\b(\d{1,2}(?:\.\d{1,2})?)\s*(?:hours|hrs)\s*(?:per|a|each|/)\s*week\b";
static WEEKLY_HOURS: LazyLock<Regex> = LazyLock::new(|| re(WEEKLY_HOURS_PATTERN));
/// A share of full time: "0.6 WTE", "FTE: 0.9", "1.0 FTE"; a doctor's
/// sessions a week ("6 sessions per week": nine are full time).
const SHARE_OF_FULL_TIME_PATTERN: &str = r"(?i)\b(?:(0?\.\d{1,2}|1\.0{1,2})\s*(?:WTE|FTE)\b|(?:WTE|FTE)\s*:?\s*(0?\.\d{1,2}|1\.0{1,2})\b|(\d{1,2})\s+(?:clinical\s+)?sessions?\s+(?:per|a|each)\s+week\b)";
static SHARE_OF_FULL_TIME: LazyLock<Regex> = LazyLock::new(|| re(SHARE_OF_FULL_TIME_PATTERN));
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(\d{{1,2}}|{WORD_PATTERN})(?:\s*\(\d{{1,2}}\))?[- ](month|year|week)s?\b"
    ))
});
static POSITIONS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(\d{{1,3}}|{WORD_PATTERN})\s+(?:\(\d{{1,3}}\)\s+)?(?:x\s+)?(?:[\w-]+,?\s+){{0,4}}?(vacancies|vacancy|posts|positions|roles|openings|opportunities)\b"
    ))
});
/// "1 x Permanent Part Time", "2x Casual": a count of posts before their terms.
static TIMES_POSTS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(\d{1,2})\s?x\s+(?:permanent|temporary|fixed|full|part|casual|contract|seasonal|locum|relief|bank)\b",
    )
});
/// "LINE COOK (x2)", "Care Assistant (2x)": a count in brackets of its own.
static BRACKET_COUNT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\(\s*(?:[x×]\s?(\d{1,2})|(\d{1,2})\s?[x×])\s*\)"));
/// "Plumbing & Heating Engineers x2": a count after the jobs a headline names.
static JOBS_TIMES: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b[a-z]+s\s?[x×]\s?(\d{1,2})\b"));
/// "We're hiring 2 part-timers", "recruiting three baristas", "recruiting
/// two (2) Relationship Managers", "looking to appoint two Wardens": a count of
/// the people hired. (Units of time are passed over where it is read.)
static HIRING_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:hiring|recruiting|taking on|appoint|looking for|seeking)\s+(\d{{1,2}}|{WORD_PATTERN})\s+(?:\(\d{{1,2}}\)\s+)?(?:new\s+|more\s+|extra\s+|additional\s+|experienced\s+|enthusiastic\s+|friendly\s+)?(?:[a-z][\w-]*\s+){{0,3}}?([a-z][\w-]*s|people|staff)\b"
    ))
});
/// "One postdoctoral position is available", "a single vacancy is open",
/// "one (1) temporary opportunity", "recruiting one MEL Officer",
/// "recruiting for one (1) full-time …", "we have one opening".
static ONE_POST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:one|a single)\s+(?:\(1\)\s+)?(?:[\w-]+\s+){0,3}?(?:position|post|vacancy|role|opening)\s+(?:is|will be)\s+(?:now\s+)?(?:available|open|offered|being offered|to be filled|advertised)\b|\bone\s+\(1\)\s+(?:[\w-]+\s+){0,3}?(?:position|post|vacancy|role|opening|opportunity)\b|\b(?:recruiting|hiring|appoint|seeking)\s+one\s+(?:\(1\)\s+)?(?-i:[A-Z])|\b(?:recruiting|hiring|seeking)\s+for\s+one\s+\(1\)|\b(?:we\s+have|there\s+is)\s+(?:one|a single)\s+(?:[\w-]+\s+){0,2}?(?:opening|vacancy)\b",
    )
});
/// "We're hiring one junior backend dev", "a selection for one Visitor
/// Services Coordinator": one post, when the words after "one" end in a job.
static ONE_JOB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:recruiting|hiring|appoint|seeking|selection\s+for|looking\s+for)\s+(?:just\s+|only\s+)?one\s+(?:\(1\)\s+)?((?:[\w-]+\s+){0,3}[\w-]+)",
    )
});
/// "5 slots open!", "3 slots available": a count of posts as a chat post says it.
static SLOTS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(\d{{1,2}}|{WORD_PATTERN})\s+(?:job\s+|hiring\s+)?slots?\s+(?:open|available|left|to\s+fill)\b"
    ))
});
/// The same, anywhere in a labelled count ("2 vacancies in each of the 3 locations").
static EACH_OF_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:in|at|for)\s+each\s+of\s+(?:the\s+|our\s+)?(\d{{1,2}}|{WORD_PATTERN})\b"
    ))
});
/// "2 vacancies in each of the 3 locations": a count in each of several places.
static EACH_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\s+(?:in|at|for)\s+each\s+of\s+(?:the\s+|our\s+)?(\d{{1,2}}|{WORD_PATTERN})\b"
    ))
});

static POSITIONS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(openings|positions|vacancies|vacancy|number of (posts|positions|vacancies|vacancy|openings|roles|jobs|jobs available|posts available|positions available|vacancies available)|no\.? of (posts|positions|vacancies|vacancy|openings|jobs)|posts|headcount|roles available|jobs available|positions available|posts available|vacancies available|quantity|(?:graduate|training|trainee|apprentice(?:ship)?|internship|intern)\s+(?:places|positions|vacancies|posts|intake))$",
    )
});

/// The strongest contract type a text names. `contractor` says the advert
/// elsewhere speaks of contractors, so a "6 month contract" is a contract.
/// Lines where any of [`contract_type`]'s patterns match, found at once.
static TYPE_CUES: LazyLock<Regex> = LazyLock::new(|| {
    any_of([
        FIXED_TERM_PATTERN,
        CONTRACTOR_PATTERN,
        LENGTH_CONTRACT_PATTERN,
        FIXED_BY_LENGTH_PATTERN,
        INTERNSHIP_PATTERN,
        TEMPORARY_PATTERN,
        PERMANENT_PATTERN,
        CONTRACT_ROLE_PATTERN,
    ])
});
/// Lines where any of [`hours`]'s patterns match, found at once.
static HOURS_CUES: LazyLock<Regex> = LazyLock::new(|| {
    any_of([
        FULL_TIME_PATTERN,
        PART_TIME_PATTERN,
        WEEKLY_HOURS_PATTERN,
        SHARE_OF_FULL_TIME_PATTERN,
    ])
});

fn contract_type(text: &str, contractor: bool) -> Option<ContractType> {
    let by_length = if contractor {
        ContractType::Contract
    } else {
        ContractType::FixedTerm
    };
    // "12-month contract (parental leave replacement)", "a one-year
    // contract, which we intend to turn into a permanent one": an
    // employee's term, not a contractor's engagement.
    let length_contract = if !contractor && EMPLOYEE_TERM.is_match(text) {
        ContractType::FixedTerm
    } else {
        ContractType::Contract
    };
    // The type the line names first: "1x Temporary (maternity cover)" is
    // temporary, though maternity cover alone reads as a fixed term. On the
    // same word, the order below decides.
    [
        (&*FIXED_TERM, ContractType::FixedTerm),
        (&*CONTRACTOR, ContractType::Contract),
        (&*LENGTH_CONTRACT, length_contract),
        (&*FIXED_BY_LENGTH, by_length),
        (&*INTERNSHIP, ContractType::Internship),
        (&*TEMPORARY, ContractType::Temporary),
        (&*PERMANENT, ContractType::Permanent),
        (&*CONTRACT_ROLE, ContractType::Contract),
    ]
    .iter()
    .filter(|(_, t)| *t != ContractType::Permanent || !PERMANENT_LATER.is_match(text))
    .enumerate()
    .filter_map(|(rank, (r, t))| {
        r.find_iter(text)
            .find(|m| {
                let internship = *t == ContractType::Internship;
                !(about_something_else(&text[m.end()..], *t)
                    || (internship
                        && (others_internships(m.as_str(), text)
                            || internship_done(&text[..m.start()]))))
            })
            .map(|m| (m.start(), rank, *t))
    })
    .min_by_key(|&(start, rank, _)| (start, rank))
    .map(|(_, _, t)| t)
}

/// "Contract/Temp", "Temp / Perm": a board's category line that names two
/// types of contract, and so says neither is this post's.
fn offers_two_types(text: &str, contractor: bool) -> bool {
    let text = text.trim();
    if text.split_whitespace().count() > 4 {
        return false;
    }
    let types: Vec<ContractType> = text
        .split(['/', ',', '&', '|'])
        .filter_map(|p| contract_type(p.trim(), contractor))
        .collect();
    types.windows(2).any(|w| w[0] != w[1])
}

/// "a temporary permit", "temporary housing", "an intern certificate": the
/// word names something other than this post's terms.
fn about_something_else(after: &str, kind: ContractType) -> bool {
    let next = after
        .trim_start_matches([' ', '-'])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match kind {
        ContractType::Temporary => matches!(
            next.as_str(),
            "permit"
                | "permits"
                | "licence"
                | "license"
                | "registration"
                | "certificate"
                | "accommodation"
                | "housing"
                | "closure"
                | "closures"
        ),
        ContractType::Internship => matches!(
            next.as_str(),
            "certificate" | "certification" | "licence" | "license" | "teacher" | "teachers"
        ),
        _ => false,
    }
}

/// "Mentor interns from our campus programme", a site's menu "Find Jobs ·
/// Volunteer · Internships · Organizations": other people's internships,
/// not this post's terms.
fn others_internships(word: &str, line: &str) -> bool {
    word.eq_ignore_ascii_case("interns")
        || (word.eq_ignore_ascii_case("internships") && line.matches(" · ").count() >= 3)
}

/// "1+ years of experience, or a relevant internship", "a completed
/// internship": one the candidate has done, asked for as experience.
fn internship_done(before: &str) -> bool {
    let before = before.trim_end().to_ascii_lowercase();
    [
        "relevant",
        "previous",
        "prior",
        "completed",
        "or a",
        "or an",
        "an earlier",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// The months a span of month names covers, both ends counted.
fn month_span(text: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let c = MONTH_SPAN.captures(text)?;
    let at = |m: &str| MONTHS.iter().position(|k| m.eq_ignore_ascii_case(k));
    let (a, b) = (at(&c[1])?, at(&c[2])?);
    Some(((b + 12 - a) % 12 + 1) as u32).filter(|&n| n > 1)
}

/// Words that make "part time" an option the employer is open to.
static PART_TIME_OPTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:consider\w*|welcome\w*|open to|requests? (?:for|to)|flexible working|including|such as)\b",
    )
});

/// Whether the first "part time" of a line follows, in its sentence and
/// within a few words, a word that offers it as an option.
fn part_time_offered(text: &str) -> bool {
    let Some(m) = PART_TIME.find(text) else {
        return false;
    };
    let before = &text[..m.start()];
    let sentence = before.rfind(['.', '!', '?', ';']).map_or(0, |i| i + 1);
    let from = crate::text::floor_char(before, before.len().saturating_sub(60)).max(sentence);
    PART_TIME_OPTION.is_match(&before[from..])
}

/// Whether a text offers both full and part time, neither chosen ("Full
/// Time & Part Time role available").
fn offers_both_hours(text: &str) -> bool {
    hours(text).is_none() && PART_TIME.is_match(text) && FULL_TIME.is_match(text)
}

fn hours(text: &str) -> Option<Hours> {
    let full = FULL_TIME
        .find_iter(text)
        .any(|m| !FULL_TIME_OTHER.is_match(&text[m.start()..]));
    let part = PART_TIME.is_match(text);
    match (full, part) {
        (true, false) => Some(Hours::FullTime),
        // "We will consider part-time applicants", "flexible working,
        // including part time": an option offered, not the post's hours.
        (false, true) if part_time_offered(text) => None,
        (false, true) => Some(Hours::PartTime),
        // (Thirty hours a week is four-fifths of most countries' full time.)
        (false, false) => WEEKLY_HOURS
            .captures(text)
            .and_then(|c| {
                let mut h: f64 = c[1].parse().ok()?;
                // "37.5-30 hours per week", "16 to 30 hours": a range of
                // hours is as long as its longer end.
                let before = text[..c.get(1)?.start()].trim_end();
                let before = before
                    .strip_suffix(['-', '–'])
                    .or_else(|| before.strip_suffix(" to"))
                    .map(str::trim_end);
                if let Some(other) = before.and_then(|b| {
                    let at = b
                        .rfind(|ch: char| !(ch.is_ascii_digit() || ch == '.'))
                        .map_or(0, |i| i + 1);
                    b[at..].parse::<f64>().ok()
                }) {
                    h = h.max(other);
                }
                if (1.0..=30.0).contains(&h) {
                    Some(Hours::PartTime)
                } else if (35.0..=48.0).contains(&h) {
                    Some(Hours::FullTime)
                } else {
                    None
                }
            })
            .or_else(|| {
                let c = SHARE_OF_FULL_TIME.captures(text)?;
                if let Some(share) = c.get(1).or(c.get(2)) {
                    let share: f64 = share.as_str().parse().ok()?;
                    return Some(if share < 0.99 {
                        Hours::PartTime
                    } else {
                        Hours::FullTime
                    });
                }
                let sessions: u32 = c.get(3)?.as_str().parse().ok()?;
                match sessions {
                    1..=7 => Some(Hours::PartTime),
                    8..=10 => Some(Hours::FullTime),
                    _ => None,
                }
            }),
        // "Full or part time", "full-time/part-time", "Full time & part time
        // shifts": both offered, neither chosen.
        // "Part Time with potential for Full Time": the first is the post.
        (true, true) => {
            let first_full = FULL_TIME.find(text).map_or(usize::MAX, |m| m.start());
            let first_part = PART_TIME.find(text).map_or(usize::MAX, |m| m.start());
            let (a, b) = (first_full.min(first_part), first_full.max(first_part));
            let between = text.get(a..b).unwrap_or("");
            let joined = between.len() < 20
                && (between.contains(" or ")
                    || between.contains('/')
                    || between.contains(" and ")
                    || between.contains(" & ")
                    || between.contains(','));
            if joined {
                None
            } else if first_full < first_part {
                Some(Hours::FullTime)
            } else {
                Some(Hours::PartTime)
            }
        }
    }
}

/// The length, in months, stated near a fixed-term or contract cue.
fn duration_months(text: &str) -> Option<u32> {
    // Not a probation's length: "with a probationary period of 4 months";
    // nor years of experience asked for: "At least 3 years' experience as a
    // copywriter, in an agency or freelance".
    let c = DURATION.captures_iter(text).find(|c| {
        let m = c.get(0).expect("the whole match");
        let before = &text[..m.start()];
        let near = &before[crate::text::floor_char(before, before.len().saturating_sub(40))..];
        let after = &text[m.end()..];
        let next = &after[..crate::text::floor_char(after, 24)];
        let next = next.to_lowercase();
        let near = near.to_lowercase();
        // ("Experience: Medical receptionist: 1 year (Required)": a form's
        // question about experience, answered.)
        !near.contains("probation")
            && !near.contains("experience:")
            && !next.contains("(required)")
            && !next.contains("(preferred)")
            && !next.contains("experience")
            && !next.contains(" exp ")
            && !next.contains(" of exp")
    })?;
    let n = count(&c[1])?;
    let unit = c[2].to_lowercase();
    let months = match unit.as_str() {
        "year" => n * 12,
        "month" => n,
        _ => n.div_ceil(4),
    };
    (1..=120).contains(&months).then_some(months)
}

pub fn extract(cx: &Context, out: &mut Out) {
    // A contractor's advert by its words, or by its title ("Python/Django contractor").
    let contractor = cx.lines_matching(&CONTRACTOR).next().is_some()
        || out.posting.title.as_deref().is_some_and(|t| {
            t.to_ascii_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "contractor")
        });
    // An internship's stated length is the internship's, not a fixed term's.
    let internship = out
        .posting
        .title
        .as_deref()
        .is_some_and(|t| INTERNSHIP.is_match(t));
    let c = &mut out.posting.contract;
    // A labelled fact that offers both full and part time, and its line.
    let mut both_hours: Option<usize> = None;
    let mut evidence = Vec::new();
    // "Workload: 100%", "Pensum: 80%": a share of full time, as Swiss and
    // German adverts state the hours.
    if let Some(f) = cx.facts.iter().find(|f| {
        matches!(
            f.label.as_str(),
            "workload" | "pensum" | "employment level" | "degree of employment" | "activity rate"
        )
    }) && let Some(share) = f
        .value
        .trim()
        .strip_suffix('%')
        .and_then(|v| v.trim().parse::<u32>().ok())
    {
        c.hours = match share {
            100 => Some(Hours::FullTime),
            1..=99 => Some(Hours::PartTime),
            _ => None,
        };
        if c.hours.is_some() {
            evidence.push(("contract.hours", f.line, f.value.clone()));
        }
    }
    // Labelled facts first: they are the advert's own summary.
    for f in cx.facts_matching(&CONTRACT_LABEL) {
        // "Contract: 12 months": a stated length under a contract label is a fixed term.
        let labelled_length = !f.label.contains("hours")
            && !f.label.contains("pattern")
            && duration_months(&f.value).is_some();
        let by_label = labelled_length.then_some(if internship {
            ContractType::Internship
        } else if contractor {
            ContractType::Contract
        } else {
            ContractType::FixedTerm
        });
        // "Job Type: Ongoing, Full-time": the Australian public service's
        // word; "Job Type: Full-Time, Regular": an applicant-tracking
        // system's. Either is one of the value's parts ("Non-ongoing" is not).
        let ongoing = f
            .value
            .split([',', '/', ';', '|', '·'])
            .map(|part| part.trim().to_ascii_lowercase())
            .any(|part| {
                ["ongoing", "regular"].iter().any(|w| {
                    part.strip_prefix(w)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '(']))
                })
            })
            .then_some(ContractType::Permanent);
        if c.kind.is_none()
            && let Some(t) = contract_type(&f.value, contractor).or(ongoing).or(by_label)
        {
            c.kind = Some(t);
            evidence.push(("contract.type", f.line, f.value.clone()));
        }
        if c.hours.is_none()
            && let Some(h) = hours(&f.value)
        {
            c.hours = Some(h);
            evidence.push(("contract.hours", f.line, f.value.clone()));
        } else if c.hours.is_none() && both_hours.is_none() && offers_both_hours(&f.value) {
            both_hours = Some(f.line);
        }
    }
    // Then the text: the earliest line that names a type or hours.
    if c.kind.is_none()
        && let Some((line, t)) = cx
            .lines_matching(&TYPE_CUES)
            .filter(|l| !offers_two_types(l.text, contractor))
            .find_map(|l| contract_type(l.text, contractor).map(|t| (l, t)))
    {
        c.kind = Some(t);
        evidence.push(("contract.type", line.line, line.text.to_string()));
    }
    // "Fleet Controller (12-month contract)" over "on a 12-month fixed-term
    // contract": a contract the advert calls fixed-term elsewhere is one.
    if c.kind == Some(ContractType::Contract)
        && !contractor
        && let Some(line) = cx.lines_matching(&FIXED_TERM).next()
    {
        c.kind = Some(ContractType::FixedTerm);
        evidence.retain(|(field, ..)| *field != "contract.type");
        evidence.push(("contract.type", line.line, line.text.to_string()));
    }
    // "Hours: Full Time & Part Time role available": a label that offers
    // both leaves the hours out; a weaker line elsewhere ("pro rata for
    // part-time") does not choose between them.
    if c.hours.is_none()
        && both_hours.is_none()
        && let Some((line, h)) = cx
            .lines_matching(&HOURS_CUES)
            .find_map(|l| hours(l.text).map(|h| (l, h)))
    {
        c.hours = Some(h);
        evidence.push(("contract.hours", line.line, line.text.to_string()));
    }
    // Left out rather than guessed: part time offered as an option.
    let hours_note = if let Some(line) = both_hours.filter(|_| c.hours.is_none()) {
        Some(format!(
            "contract.hours: left out, as full and part time are both offered (line {line})"
        ))
    } else {
        c.hours
        .is_none()
        .then(|| {
            cx.lines_matching(&HOURS_CUES)
                .find(|l| part_time_offered(l.text))
        })
        .flatten()
        .map(|line| {
            format!(
                "contract.hours: left out, as part time is offered as an option (line {}), not stated as the post's hours",
                line.line
            )
        })
    };
    // The length of a fixed-term or contract post, from the line that says which.
    if matches!(
        c.kind,
        Some(
            ContractType::FixedTerm
                | ContractType::Contract
                | ContractType::Temporary
                | ContractType::Internship
        )
    ) {
        // A length under a contract label first ("Appointment type: Term,
        // full-time, 18 months"), then the line that says which.
        if let Some((f, m)) = cx
            .facts_matching(&CONTRACT_LABEL)
            .find_map(|f| duration_months(&f.value).map(|m| (f, m)))
        {
            c.duration_months = Some(m);
            evidence.push(("contract.duration_months", f.line, f.value.clone()));
        }
        for line in cx.lines.iter().filter(|_| c.duration_months.is_none()) {
            let cue = FIXED_TERM.is_match(line.text)
                || FIXED_BY_LENGTH.is_match(line.text)
                || CONTRACTOR.is_match(line.text)
                || TEMPORARY.is_match(line.text)
                || INTERNSHIP.is_match(line.text)
                || line.text.to_lowercase().contains("contract")
                || line.text.to_lowercase().contains("duration")
                || line.text.to_lowercase().contains("length of");
            if cue && let Some(m) = duration_months(line.text).or_else(|| month_span(line.text)) {
                c.duration_months = Some(m);
                evidence.push(("contract.duration_months", line.line, line.text.to_string()));
                break;
            }
        }
    }
    for (field, line, text) in evidence {
        out.evidence(field, line, &text);
    }
    if let Some(note) = hours_note {
        out.note(note);
    }

    // Number of posts: a labelled count, else a count named with its noun.
    if let Some((f, n)) = cx
        .facts_matching(&POSITIONS_LABEL)
        .find_map(|f| {
            // "2, and a panel may be formed": the figure, not its comma.
            let first = f.value.split_whitespace().next()?;
            count(first.trim_end_matches([',', ';', '.'])).map(|n| (f, n))
        })
        .filter(|&(_, n)| (1..=500).contains(&n))
    {
        // "Vacancies: 2 in each of the 3 locations" is six posts.
        let each = EACH_OF_ANYWHERE
            .captures(&f.value)
            .and_then(|e| count(&e[1]))
            .filter(|&m| (2..=50).contains(&m));
        let n = n * each.unwrap_or(1);
        out.evidence("positions", f.line, &f.value);
        out.posting.positions = Some(n);
        return;
    }
    if let Some((line, c)) = cx
        .lines_matching(&TIMES_POSTS)
        .find_map(|l| TIMES_POSTS.captures(l.text).map(|c| (l, c)))
        && let Some(n) = c[1].parse::<u32>().ok().filter(|n| (1..=50).contains(n))
    {
        out.evidence("positions", line.line, c[0].trim());
        out.posting.positions = Some(n);
        return;
    }
    if let Some((block, heading)) = cx.first_heading()
        && let Some(c) = JOBS_TIMES.captures(heading)
        && let Some(n) = c[1].parse::<u32>().ok().filter(|n| (2..=50).contains(n))
    {
        let line = cx.doc.blocks[block].pos.line;
        out.evidence("positions", line, heading);
        out.posting.positions = Some(n);
        return;
    }
    // (A cheap look first: most adverts have no "x" or "×" by a bracket.)
    let may_count = cx
        .lines
        .iter()
        .any(|l| l.text.contains("x)") || l.text.contains("(x") || l.text.contains('×'));
    if may_count
        && let Some((line, c)) = cx
            .lines_matching(&BRACKET_COUNT)
            .find_map(|l| BRACKET_COUNT.captures(l.text).map(|c| (l, c)))
        && let Some(n) = c
            .get(1)
            .or(c.get(2))
            .and_then(|m| m.as_str().parse::<u32>().ok())
            .filter(|n| (2..=50).contains(n))
    {
        out.evidence("positions", line.line, line.text);
        out.posting.positions = Some(n);
        return;
    }
    // "2 x STORE SUPERVISOR": a count before the job the title names.
    if let Some(title) = out.posting.title.as_deref().map(str::to_lowercase)
        && let Some((line, n)) = cx.lines.iter().take(2 * super::HEADER_LINES).find_map(|l| {
            let c = super::headline::COUNTED_JOB.captures(l.text.trim())?;
            let n = c["n"]
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=50).contains(n))?;
            (c["job"].trim().to_lowercase() == title).then_some((l, n))
        })
    {
        out.evidence("positions", line.line, line.text);
        out.posting.positions = Some(n);
        return;
    }
    for line in cx.lines_matching(&POSITIONS) {
        if let Some(c) = POSITIONS.captures(line.text) {
            // "2 years", "3 million" are not counts of posts; the noun decides.
            if let Some(n) = count(&c[1]).filter(|&n| (1..=500).contains(&n)) {
                let words = c.get(0).map_or("", |m| m.as_str());
                // "one of the roles", "a role" say nothing about a count.
                let lower = words.to_lowercase();
                // "grow by up to 10 posts", "more than 40 roles": not this advert's count.
                let start = c.get(0).map_or(0, |m| m.start());
                let before = line.text[..start].to_lowercase();
                let before = before.trim_end();
                if [
                    "up to",
                    " by",
                    "than",
                    "over",
                    " of",
                    "from",
                    "additional",
                    "extra",
                    "another",
                    // "(approx. 60 operator and technician roles)": a
                    // figure nobody counts for the advert's own posts.
                    "approx.",
                    "approx",
                    "approximately",
                    "around",
                    "about",
                    "roughly",
                    "circa",
                    "some",
                ]
                .iter()
                .any(|w| before.ends_with(w))
                {
                    continue;
                }
                // "two opportunities for development": chances, not posts;
                // "two exciting opportunities for Support Workers" are posts.
                if c[2].eq_ignore_ascii_case("opportunities") {
                    let end = c.get(0).map_or(0, |m| m.end());
                    let after = line.text[end..].trim_start().to_lowercase();
                    let next: String = after.chars().take(50).collect();
                    let for_people = ["for ", "to join", "available", "have arisen", "has arisen"]
                        .iter()
                        .any(|w| after.starts_with(w));
                    let chances = [
                        "develop",
                        "training",
                        "learn",
                        "career",
                        "progress",
                        "grow",
                        "promotion",
                    ]
                    .iter()
                    .any(|w| next.contains(w));
                    if !for_people || chances {
                        continue;
                    }
                }
                if [
                    "year",
                    "month",
                    "week",
                    "day",
                    "hour",
                    "experience",
                    "previous",
                ]
                .iter()
                .any(|w| lower.contains(w))
                {
                    continue;
                }
                // "2 vacancies in each of the 3 locations" is six posts.
                let end = c.get(0).map_or(0, |m| m.end());
                let each = EACH_OF
                    .captures(&line.text[end..])
                    .and_then(|e| count(&e[1]))
                    .filter(|&m| (2..=50).contains(&m));
                out.evidence("positions", line.line, words);
                out.posting.positions = Some(n * each.unwrap_or(1));
                break;
            }
        }
    }
    if out.posting.positions.is_some() {
        return;
    }
    const UNITS: &[&str] = &[
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "shifts",
        "times",
        "things",
        "ways",
        "reasons",
        "stores",
        "sites",
        "locations",
        "offices",
        "branches",
        "references",
        "referees",
        "projects",
        "languages",
        "skills",
    ];
    // "One postdoctoral position is available": a single post, said so.
    if let Some((line, c)) = cx.lines_matching(&ONE_POST).find_map(|l| {
        ONE_POST
            .find(l.text)
            .map(|m| (l.line, m.as_str().to_string()))
    }) {
        out.evidence("positions", line, &c);
        out.posting.positions = Some(1);
        return;
    }
    // "We're hiring one junior backend dev": one, and the words after it end in a job.
    if let Some((line, c)) = cx.lines_matching(&ONE_JOB).find_map(|l| {
        ONE_JOB.captures_iter(l.text).find_map(|c| {
            let job = c[1].split_whitespace().any(|w| {
                let w = w.trim_matches(|ch: char| !ch.is_alphanumeric());
                w.eq_ignore_ascii_case("dev") || super::headline::job_noun(w)
            });
            job.then(|| (l.line, c[0].to_string()))
        })
    }) {
        out.evidence("positions", line, &c);
        out.posting.positions = Some(1);
        return;
    }
    if let Some((line, n, words)) = cx.lines_matching(&SLOTS).find_map(|l| {
        let c = SLOTS.captures(l.text)?;
        let n = count(&c[1]).filter(|n| (1..=50).contains(n))?;
        Some((l.line, n, c[0].to_string()))
    }) {
        out.evidence("positions", line, &words);
        out.posting.positions = Some(n);
        return;
    }
    if let Some((line, n, words)) = cx.lines_matching(&HIRING_COUNT).find_map(|l| {
        let c = HIRING_COUNT.captures(l.text)?;
        let noun = c[2].to_lowercase();
        let n = count(&c[1]).filter(|n| (1..=50).contains(n))?;
        (!UNITS.contains(&noun.as_str())).then(|| (l.line, n, c[0].to_string()))
    }) {
        out.evidence("positions", line, &words);
        out.posting.positions = Some(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};
    use crate::extract::{Contract, extract as run};

    fn contract(text: &str) -> (Contract, Option<u32>) {
        let p = run(&Document::parse(text, Format::Markdown), "-");
        (p.contract, p.positions)
    }

    #[test]
    fn a_board_s_category_of_two_types_says_neither() {
        let (c, _) = contract(
            "# Teacher Aide\n\nContract/Temp\n\n- Fixed-term for 6 months, covering parental leave\n",
        );
        assert_eq!(c.kind, Some(crate::extract::ContractType::FixedTerm));
        let (c, _) = contract("# Teacher Aide\n\nContract/Temp\n\nWe help children read.\n");
        assert_eq!(c.kind, None);
    }

    #[test]
    fn opportunities_for_people_and_terms_of_a_length() {
        assert_eq!(
            contract("# HCSW\n\nWe have two exciting opportunities for Healthcare Assistants to join Ward 4.\n").1,
            Some(2)
        );
        assert_eq!(
            contract("# HCSW\n\nThere are 3 opportunities for career development each year.\n").1,
            None
        );
        let (c, _) =
            contract("# Analyst\n\nJoin our team for a 9-month term, covering a parental leave.\n");
        assert_eq!(c.kind, Some(crate::extract::ContractType::FixedTerm));
        assert_eq!(c.duration_months, Some(9));
    }

    #[test]
    fn one_post_in_a_post_and_slots_in_a_chat() {
        assert_eq!(
            contract("# Dev\n\nWe're hiring one junior frontend dev to join a team of four.\n").1,
            Some(1)
        );
        assert_eq!(
            contract(
                "# Curator\n\nThe museum is opening a selection for one Collections Assistant.\n"
            )
            .1,
            Some(1)
        );
        // "one" before something that is not a job counts no posts.
        assert_eq!(
            contract("# Dev\n\nWe're hiring one step at a time, carefully.\n").1,
            None
        );
        assert_eq!(contract("# Agent\n\n👥 3 slots open!\n").1, Some(3));
        assert_eq!(
            contract("# Agent\n\nBook one of 10 interview slots on our site.\n").1,
            None
        );
    }

    #[test]
    fn a_label_that_asks_full_or_part_time() {
        let (c, _) =
            contract("# Advisor\n\n**Full-Time/Part-Time:** Full-Time (40 hours per week)\n");
        assert_eq!(c.hours, Some(crate::extract::Hours::FullTime));
    }

    #[test]
    fn one_opening_and_recruiting_for_one() {
        assert_eq!(
            contract("# Analyst\n\nWe have one opening for an analyst in the pricing team.\n").1,
            Some(1)
        );
        assert_eq!(
            contract("# Mechanic\n\nThe depot is recruiting for one (1) full-time, permanent Fleet Mechanic.\n").1,
            Some(1)
        );
    }

    #[test]
    fn a_single_post_said_so_and_posts_with_their_terms() {
        assert_eq!(
            contract("# Postdoc\n\nOne postdoctoral position is available in the lab.\n").1,
            Some(1)
        );
        let (c, n) = contract(
            "# Engineer\n\nThe council intends to fill 2 permanent, whole-time posts from this competition.\n",
        );
        assert_eq!(n, Some(2));
        assert_eq!(c.hours, Some(crate::extract::Hours::FullTime));
        let (c, n) = contract(
            "# Programmer\n\nThe town is seeking a Programmer for one (1) full-time term position of 18 months.\n",
        );
        assert_eq!(n, Some(1));
        assert_eq!(c.kind, Some(crate::extract::ContractType::FixedTerm));
        assert_eq!(c.duration_months, Some(18));
        let text = "Warehouse Supervisor\n\nJob ID: 2026-1187\n# of Openings: 2\n\nWe ship.\n";
        assert_eq!(
            run(&Document::parse(text, Format::Text), "-").positions,
            Some(2)
        );
        let text = "Store Manager\n\n📍 Work location: 42 Nguyen Hue, District 1, Ho Chi Minh City\n👥 Quantity: 01\n\nWe sell books.\n";
        let p = run(&Document::parse(text, Format::Text), "-");
        assert_eq!(p.positions, Some(1));
        assert!(p.location.is_some_and(|l| l.contains("Ho Chi Minh City")));
    }

    #[test]
    fn counts_in_a_vacancy_label_and_in_brackets_after_the_title() {
        assert_eq!(
            contract("# Merchandiser\n\nVacancy: 03\n\nWe make shirts.\n").1,
            Some(3)
        );
        let text = "Bayside Grill\n\n🍳 Position: GRILL COOK (x2)\n📍 Montego Bay\n\nWe cook.\n";
        let p = run(&Document::parse(text, Format::Text), "-");
        assert_eq!(p.positions, Some(2));
        assert_eq!(p.title.as_deref(), Some("GRILL COOK"));
    }

    #[test]
    fn terms_in_a_labelled_list_in_abbreviations_and_in_the_philippines() {
        use crate::extract::{ContractType, Hours};
        let (c, _) = contract("# Records Clerk\n\n**Job Type:** Full-Time, Regular\n");
        assert_eq!(
            (c.kind, c.hours),
            (Some(ContractType::Permanent), Some(Hours::FullTime))
        );
        let (c, _) = contract("# Policy Officer\n\n**Employment type:** Full-time, Ongoing\n");
        assert_eq!(c.kind, Some(ContractType::Permanent));
        let (c, _) = contract(
            "# Policy Officer\n\nWork type: Ongoing Full-Time\n\nA talent pool may fill temporary roles over the next 18 months.\n",
        );
        assert_eq!(c.kind, Some(ContractType::Permanent));
        let (c, _) = contract("# Policy Officer\n\n**Employment type:** Non-ongoing\n");
        assert_ne!(c.kind, Some(ContractType::Permanent));
        // A classified's shorthand.
        let (c, _) = contract("# Farmhand\n\nFARMHAND, Perm FT. 300 ewes. Apply w/ CV.\n");
        assert_eq!(
            (c.kind, c.hours),
            (Some(ContractType::Permanent), Some(Hours::FullTime))
        );
        let (c, _) = contract("# Cook\n\nCOOK req'd, PT, perm, w/ends only.\n");
        assert_eq!(
            (c.kind, c.hours),
            (Some(ContractType::Permanent), Some(Hours::PartTime))
        );
        // Full-time experience asked for says nothing of the post's hours.
        let (c, _) = contract(
            "# Teacher\n\n- At least 2 years' full-time classroom experience\n- A teaching licence\n",
        );
        assert_eq!(c.hours, None);
        // Regular employment after probation, as Philippine adverts say it.
        let (c, _) = contract("# Agent\n\n- Regularization after 5 months\n");
        assert_eq!(c.kind, Some(ContractType::Permanent));
        let (c, _) = contract("# Agent\n\n- Regular position after probation\n");
        assert_eq!(c.kind, Some(ContractType::Permanent));
        // The contractors a post works with do not make it a contractor's.
        let (c, _) = contract(
            "# Planner\n\n- Book contractor resources for each shutdown\n- Indefinite contract\n",
        );
        assert_eq!(c.kind, Some(ContractType::Permanent));
        let (c, _) =
            contract("# Developer\n\nThis is a 6 month contract. Apply as a contractor.\n");
        assert_eq!(c.kind, Some(ContractType::Contract));
        let (c, _) = contract("# Developer\n\nWe seek a Rust contractor for a 3 month contract.\n");
        assert_eq!(c.kind, Some(ContractType::Contract));
        let (c, _) = contract("# Go contractor\n\nA 3 month contract to port our services.\n");
        assert_eq!(c.kind, Some(ContractType::Contract));
    }

    #[test]
    fn regular_and_ongoing_posts_and_words_about_something_else() {
        use crate::extract::ContractType;
        let kind = |text: &str| contract(text).0.kind;
        assert_eq!(
            kind("# Operator\n\n**Status:** Regular Full-Time, one vacancy\n"),
            Some(ContractType::Permanent)
        );
        assert_eq!(
            kind("# Officer\n\nJob Type: Ongoing, Full-time\n"),
            Some(ContractType::Permanent)
        );
        // A licence, a permit or a certificate is not the post's terms.
        assert_eq!(
            kind("# Therapist\n\n- A state licence, or a temporary permit at hire\n"),
            None
        );
        assert_eq!(
            kind("# Teacher\n\n- Arizona certificate or intern certificate\n"),
            None
        );
        // Temporary staff are still a temporary job's.
        assert_eq!(
            kind("# Porter\n\nWe are recruiting temporary staff for the summer.\n"),
            Some(ContractType::Temporary)
        );
    }

    #[test]
    fn indefinite_terms_lengths_in_words_and_probation() {
        use crate::extract::{ContractType, Hours};
        let (c, _) = contract("# Agent\n\nContract: Indefinite-term contract\n");
        assert_eq!(c.kind, Some(ContractType::Permanent));
        let (c, _) = contract("# Analyst\n\nJob type: Full-time, indefinite contract\n");
        assert_eq!(c.kind, Some(ContractType::Permanent));
        // An applicant-tracking system's "Regular" worker type.
        for text in [
            "# Analyst\n\nWorker Sub-Type: Regular\n",
            "# Technician\n\nAppointment Type: Classified Staff, Regular (ongoing)\n",
        ] {
            assert_eq!(
                contract(text).0.kind,
                Some(ContractType::Permanent),
                "{text}"
            );
        }
        assert_eq!(
            contract("# Driver\n\nSchedule: regular hours\n").0.kind,
            None
        );
        // A probation's length is no fixed term.
        let (c, _) = contract(
            "# Officer\n\nType of employment: civil service post for an indefinite term, with a probationary period of 6 months\n",
        );
        assert_eq!(
            (c.kind, c.duration_months),
            (Some(ContractType::Permanent), None)
        );
        // Nor are years of experience asked for beside a freelance word.
        let (c, _) = contract(
            "# Copywriter\n\nFreelance, paid per hour.\n\n- At least 3 years' experience as a copywriter, in an agency or freelance\n",
        );
        assert_eq!(c.duration_months, None);
        let (c, _) = contract(
            "# Receptionist\n\nJob Type: Part-time Experience: Medical receptionist: 1 year (Required) Work Location: In person\n",
        );
        assert_eq!(c.duration_months, None);
        let (c, _) = contract("# Officer\n\nTERMS: Two (2) year fixed-term contract, renewable\n");
        assert_eq!(
            (c.kind, c.duration_months),
            (Some(ContractType::FixedTerm), Some(24))
        );
        let (c, _) = contract("# Supervisor\n\n- Three-year renewable employment contract\n");
        assert_eq!(
            (c.kind, c.duration_months),
            (Some(ContractType::FixedTerm), Some(36))
        );
        // A funded post of a stated length, and an employee's contract of one.
        for (text, months) in [
            (
                "# Engineer\n\nIt is a two-year, grant-funded position.\n",
                24,
            ),
            (
                "# Payroll Officer\n\nTerm: 12-month contract (maternity leave cover)\n",
                12,
            ),
            (
                "# Analyst\n\nA one-year contract, which we intend to turn into a permanent one.\n",
                12,
            ),
        ] {
            let (c, _) = contract(text);
            assert_eq!(
                (c.kind, c.duration_months),
                (Some(ContractType::FixedTerm), Some(months)),
                "{text}"
            );
        }
        // Without such a sign, a contract of a stated length stays a contract.
        let (c, _) = contract("# Developer\n\n6-month contract, outside IR35.\n");
        assert_eq!(c.kind, Some(ContractType::Contract));
        // "F/T" and "P/T", as classified adverts write them.
        assert_eq!(
            contract("# Cook\n\nBusy kitchen reqs F/T cook.\n").0.hours,
            Some(Hours::FullTime)
        );
        assert_eq!(
            contract("# Cook\n\nP/T cook wanted, weekends.\n").0.hours,
            Some(Hours::PartTime)
        );
    }

    #[test]
    fn the_type_a_line_names_first_and_the_advert_s_own_word() {
        let kind = |text: &str| contract(text).0.kind;
        // Maternity cover alone is a fixed term; named temporary first, temporary.
        assert_eq!(
            kind("Posts: 1x Temporary (maternity cover until July)\n"),
            Some(ContractType::Temporary)
        );
        assert_eq!(
            kind("This is maternity cover.\n"),
            Some(ContractType::FixedTerm)
        );
        // "12-month contract" is a contract; a fixed term where the advert says so.
        assert_eq!(
            kind("# Data Engineer (12-month contract)\n\nJoin us.\n"),
            Some(ContractType::Contract)
        );
        assert_eq!(
            kind(
                "# Controller (12-month contract)\n\nYou join on a 12-month fixed-term contract.\n"
            ),
            Some(ContractType::FixedTerm)
        );
        assert_eq!(
            kind("A 6-month post in the lab.\n"),
            Some(ContractType::FixedTerm)
        );
    }

    #[test]
    fn other_people_s_internships_are_no_contract() {
        assert_eq!(
            contract("- Mentor interns from our campus hiring programme\n")
                .0
                .kind,
            None
        );
        assert_eq!(
            contract("Find Jobs · Volunteer · Internships · Organizations · Grad Schools\n\n# Coordinator\n").0.kind,
            None
        );
        assert_eq!(
            contract("Employment type: Internship\n").0.kind,
            Some(ContractType::Internship)
        );
        // An internship asked of the candidate as experience.
        assert_eq!(
            contract(
                "# Analyst\n\n- 1+ years of experience in insurance, or a relevant internship\n"
            )
            .0
            .kind,
            None
        );
    }

    #[test]
    fn counts_of_posts_in_every_wording() {
        assert_eq!(contract("1 x Permanent Part Time\n").1, Some(1));
        assert_eq!(contract("EMPLOYMENT: 2x Casual\n").1, Some(2));
        assert_eq!(contract("Number of vacancies: 3\n").1, Some(3));
        assert_eq!(contract("Number of jobs available: 4\n").1, Some(4));
        assert_eq!(
            contract("# Analyst\n\n### Number of jobs available\n\n2\n\n### Location\n\nDundee\n")
                .1,
            Some(2)
        );
        assert_eq!(
            contract("# Officer\n\nThere is currently one (1) temporary opportunity.\n").1,
            Some(1)
        );
        assert_eq!(
            contract("# Officer\n\nThe charity is recruiting one Finance Officer for Irbid.\n").1,
            Some(1)
        );
        assert_eq!(
            contract("# Officer\n\nThe charity is seeking one day a week of help.\n").1,
            None
        );
        assert_eq!(contract("Graduate places: 20\n").1, Some(20));
        assert_eq!(contract("Two (2) positions available.\n").1, Some(2));
        assert_eq!(
            contract("We have 2 vacancies in each of the 3 locations.\n").1,
            Some(6)
        );
        assert_eq!(contract("We are recruiting two posts.\n").1, Some(2));
        assert_eq!(
            contract("We're hiring 2 part-timers for weekends.\n").1,
            Some(2)
        );
        assert_eq!(contract("We are hiring three baristas.\n").1, Some(3));
        assert_eq!(
            contract("We are recruiting three Care Assistants.\n").1,
            Some(3)
        );
        assert_eq!(
            contract("We are recruiting two (2) Relationship Managers for our SME desk.\n").1,
            Some(2)
        );
        assert_eq!(
            contract("The Council is looking to appoint two Community Safety Wardens.\n").1,
            Some(2)
        );
        // "seasonal" describes the job only with a word for one.
        assert_eq!(
            contract("A seasonal role at our lodge, April to October.\n")
                .0
                .kind,
            Some(ContractType::Temporary)
        );
        assert_eq!(
            contract("contract: Seasonal, full-time\n").0.kind,
            Some(ContractType::Temporary)
        );
        for text in [
            "Each year, seasonal flu affects thousands of people.\n",
            "Build seasonal assortment plans for camping.\n",
            "Provision laptops for our large seasonal workforce.\n",
            "Our kitchen cooks a seasonal, produce-driven menu.\n",
        ] {
            assert_eq!(contract(text).0.kind, None, "{text}");
        }
        // References and languages are not posts.
        assert_eq!(
            contract("We are seeking two references from employers.\n").1,
            None
        );
        assert_eq!(contract("We are hiring 2 days a week.\n").1, None);
        assert_eq!(contract("We have been hiring 20 years.\n").1, None);
        assert_eq!(
            contract("# Plumbing & Heating Engineers x2 – Leeds\n\nWe fix boilers.\n").1,
            Some(2)
        );
        assert_eq!(
            contract("NUMBER OF VACANCIES: 2, and a panel may be formed\n").1,
            Some(2)
        );
        assert_eq!(
            contract("| Vacancies | 2 vacancies in each of the 3 locations |\n").1,
            Some(6)
        );
        // A size or a multiplication elsewhere is not a count of posts.
        assert_eq!(contract("Lift boxes of 2 x 10kg.\n").1, None);
    }

    #[test]
    fn fixed_term_with_length() {
        let (c, _) = contract("- Initial 2 Year fixed contract\n");
        assert_eq!(c.kind, Some(ContractType::FixedTerm));
        assert_eq!(c.duration_months, Some(24));
        let (c, _) =
            contract("This is a fixed-term post for 12 months, part-time (22.5 hours per week).\n");
        assert_eq!(c.kind, Some(ContractType::FixedTerm));
        assert_eq!(c.duration_months, Some(12));
        assert_eq!(c.hours, Some(Hours::PartTime));
        let (c, _) = contract("Contract: 6-month contract, outside IR35\n");
        assert_eq!(c.kind, Some(ContractType::Contract));
        assert_eq!(c.duration_months, Some(6));
        let (c, _) = contract("Contract: 12 months\n");
        assert_eq!(c.kind, Some(ContractType::FixedTerm));
        assert_eq!(c.duration_months, Some(12));
        let (c, _) = contract("This is a 9 month post covering parental leave.\n");
        assert_eq!(c.kind, Some(ContractType::FixedTerm));
        assert_eq!(c.duration_months, Some(9));
    }

    #[test]
    fn labelled_contract() {
        let (c, _) = contract("**Contract**: Permanent, Full-time\n");
        assert_eq!(c.kind, Some(ContractType::Permanent));
        assert_eq!(c.hours, Some(Hours::FullTime));
        assert_eq!(c.duration_months, None);
        let (c, _) = contract("Employment type: Internship\n");
        assert_eq!(c.kind, Some(ContractType::Internship));
        let (c, _) = contract("Job type: Temporary, 37.5 hours per week\n");
        assert_eq!(c.kind, Some(ContractType::Temporary));
        assert_eq!(c.hours, Some(Hours::FullTime));
        let (c, _) = contract("We hire freelance designers on a day rate.\n");
        assert_eq!(c.kind, Some(ContractType::Contract));
    }

    #[test]
    fn a_workload_in_percent() {
        let hours = |html: &str| {
            crate::analyse(html, "a.html", Some(crate::document::Format::Html), None)
                .contract
                .hours
        };
        assert_eq!(
            hours("<h1>QA Manager</h1><dl><dt>Workload</dt><dd>100%</dd></dl>"),
            Some(Hours::FullTime)
        );
        assert_eq!(
            hours("<h1>QA Manager</h1><dl><dt>Pensum</dt><dd>80%</dd></dl>"),
            Some(Hours::PartTime)
        );
    }

    #[test]
    fn shares_of_full_time_sessions_and_ranges_of_hours() {
        let hours = |text: &str| contract(text).0.hours;
        assert_eq!(
            hours("Offered as a secondment at 0.6 WTE.\n"),
            Some(Hours::PartTime)
        );
        assert_eq!(hours("Shift: Nights\nFTE: 0.9\n"), Some(Hours::PartTime));
        assert_eq!(hours("FTE: 1.0\n"), Some(Hours::FullTime));
        assert_eq!(
            hours("We are seeking a Salaried GP for 6 sessions per week.\n"),
            Some(Hours::PartTime)
        );
        assert_eq!(
            hours("30 hours per week, permanent.\n"),
            Some(Hours::PartTime)
        );
        // A range is as long as its longer end.
        assert_eq!(
            hours("Leeds | 37.5-30 hours per week\n"),
            Some(Hours::FullTime)
        );
        assert_eq!(hours("16 to 30 hours per week\n"), Some(Hours::PartTime));
    }

    #[test]
    fn part_time_as_an_option_is_not_the_posts_hours() {
        for text in [
            "We will consider applicants who wish to work part time.\n",
            "We support flexible working, including part-time hours and job share.\n",
        ] {
            let (c, _) = contract(text);
            assert_eq!(c.hours, None, "{text}");
            let p = crate::analyse(text, "t.md", Some(crate::document::Format::Markdown), None);
            assert!(
                p.notes
                    .iter()
                    .any(|n| n.starts_with("contract.hours: left out")),
                "{:?}",
                p.notes
            );
        }
        let (c, _) = contract("This is a part-time post of 22.5 hours a week.\n");
        assert_eq!(c.hours, Some(Hours::PartTime));
    }

    #[test]
    fn hours_both_offered_is_unknown() {
        let (c, _) = contract("Full time & part time shifts open\n");
        assert_eq!(c.hours, None);
        // A label that offers both is not overruled by a weaker line.
        let p = run(
            &Document::parse(
                "# Nurse\n\nSalary: £40,000 (pro rata for part-time)\n\nHours: Full Time & Part Time role available\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.contract.hours, None);
        assert!(
            p.notes.iter().any(|n| n.contains("both offered")),
            "{:?}",
            p.notes
        );
        let (c, _) = contract("Available full time or part time.\n");
        assert_eq!(c.hours, None);
        let (c, _) = contract("Status: Part Time with potential for Full Time consideration\n");
        assert_eq!(c.hours, Some(Hours::PartTime));
        let (c, _) = contract("Position: Blender Animator (Contract)\n");
        assert_eq!(c.kind, Some(ContractType::Contract));
    }

    #[test]
    fn counts_of_posts() {
        assert_eq!(contract("# Developer : 2 Vacancies Available\n").1, Some(2));
        assert_eq!(contract("We have two posts to fill.\n").1, Some(2));
        assert_eq!(contract("- 3 x Band 5 roles available\n").1, Some(3));
        assert_eq!(
            contract("We serve 3 million people over 10 years.\n").1,
            None
        );
        assert_eq!(contract("This is a role for a tester.\n").1, None);
        assert_eq!(contract("You have 2 years in similar roles.\n").1, None);
        assert_eq!(contract("The team will grow by up to 10 posts.\n").1, None);
        assert_eq!(
            contract("- Lead hiring for the new line (approx. 60 operator roles)\n").1,
            None
        );
        assert_eq!(contract("Openings: 3\n").1, Some(3));
    }
}
