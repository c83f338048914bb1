//! Dates: posted, closing, interview and start, written in any of the usual ways.

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{Context, Out, re};

/// A calendar date; `year` is missing when the advert leaves it out ("Dec. 13").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn iso(&self) -> Option<String> {
        self.year
            .map(|y| format!("{y:04}-{:02}-{:02}", self.month, self.day))
    }
}

const MONTHS: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// "2026-08-01", and the year first with slashes or dots, as East Asian
/// adverts write it: "2026/08/01", "2026.08.01".
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(\d{4})(?:-(\d{1,2})-(\d{1,2})|/(\d{1,2})/(\d{1,2})|\.(\d{1,2})\.(\d{1,2}))(?:[T ]\d|\b)",
    )
});
/// (A space may follow a dot: "15. 4. 2026", as Czech and Slovak adverts write it.)
const NUMERIC_PATTERN: &str = r"\b(\d{1,2})([/.\-]) ?(\d{1,2})([/.\-]) ?(\d{4}|\d{2})\b";
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| re(NUMERIC_PATTERN));
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+{MONTHS}\.?(?:,?[\s\-]+(\d{{4}}|'\d{{2}}))?\b"
    ))
});
/// Days listed before their month: "23 and 24 February 2027", "Tuesday 23
/// and Wednesday 24 March", "the 3rd & 4th of March" (the first day is the
/// list's date).
static DAYS_AND_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|&)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+{MONTHS}\.?(?:,?[\s\-]+(\d{{4}}|'\d{{2}}))?\b"
    ))
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{MONTHS}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?"
    ))
});

fn month_number(name: &str) -> Option<u32> {
    let n = name.to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months
        .iter()
        .position(|m| n.starts_with(m))
        .map(|i| i as u32 + 1)
}

fn valid(year: Option<i32>, month: u32, day: u32) -> Option<Date> {
    if !(1..=12).contains(&month) || day == 0 {
        return None;
    }
    let leap = year.is_none_or(|y| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day > days || year.is_some_and(|y| !(1900..=2200).contains(&y)) {
        return None;
    }
    Some(Date { year, month, day })
}

fn full_year(y: &str) -> Option<i32> {
    let y = y.trim_start_matches('\'');
    let n: i32 = y.parse().ok()?;
    Some(if y.len() == 2 { 2000 + n } else { n })
}

/// Every date in `text`, with its byte range, in order. Numeric dates are
/// read day first when `day_first`, unless their numbers say otherwise.
pub fn find_dates(text: &str, day_first: bool) -> Vec<(Date, usize, usize)> {
    let mut out: Vec<(Date, usize, usize)> = Vec::new();
    // Every date has a digit: most lines have none, and are passed over in one quick scan.
    if !crate::text::has_digit(text) {
        return out;
    }
    let push = |d: Option<Date>, s: usize, e: usize, out: &mut Vec<(Date, usize, usize)>| {
        if let Some(d) = d
            && !out.iter().any(|&(_, os, oe)| s < oe && os < e)
        {
            out.push((d, s, e));
        }
    };
    for c in ISO.captures_iter(text) {
        let m = c.get(0).expect("match");
        let part = |i: usize| -> u32 {
            [i, i + 2, i + 4]
                .iter()
                .find_map(|&k| c.get(k))
                .and_then(|g| g.as_str().parse().ok())
                .unwrap_or(0)
        };
        let d = valid(c[1].parse().ok(), part(2), part(3));
        push(d, m.start(), m.end(), &mut out);
    }
    for c in NUMERIC.captures_iter(text) {
        let m = c.get(0).expect("match");
        if c[2] != c[4] {
            continue;
        }
        let a: u32 = c[1].parse().unwrap_or(0);
        let b: u32 = c[3].parse().unwrap_or(0);
        let y = full_year(&c[5]);
        let (day, month) = if a > 12 {
            (a, b)
        } else if b > 12 {
            (b, a)
        } else if day_first {
            (a, b)
        } else {
            (b, a)
        };
        push(valid(y, month, day), m.start(), m.end(), &mut out);
    }
    // (Days listed before their month first: the list's first day is its date.)
    for c in DAYS_AND_MONTH
        .captures_iter(text)
        .chain(DAY_MONTH.captures_iter(text))
    {
        let m = c.get(0).expect("match");
        let d = month_number(&c[2]).and_then(|mo| {
            valid(
                c.get(3).and_then(|y| full_year(y.as_str())),
                mo,
                c[1].parse().unwrap_or(0),
            )
        });
        push(d, m.start(), m.end(), &mut out);
    }
    for c in MONTH_DAY.captures_iter(text) {
        let m = c.get(0).expect("match");
        // "May 5 years" is not a date; a month name alone before a small number usually is.
        let d = month_number(&c[1]).and_then(|mo| {
            valid(
                c.get(3).and_then(|y| full_year(y.as_str())),
                mo,
                c[2].parse().unwrap_or(0),
            )
        });
        if c[1].eq_ignore_ascii_case("may") && c.get(3).is_none() {
            continue;
        }
        push(d, m.start(), m.end(), &mut out);
    }
    out.sort_by_key(|&(_, s, _)| s);
    out
}

const US_SIGNS_PATTERN: &str = r"(\$|\bUSD\b|\b[A-Z][a-z]+,\s*(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\b|\b(?:organization|color|center|labor|license|program|401\(k\)|benefits package|PTO|zip code)\b|\bUnited States\b|\bU\.S\.)";
static US_SIGNS: LazyLock<Regex> = LazyLock::new(|| re(US_SIGNS_PATTERN));
const DAY_FIRST_SIGNS_PATTERN: &str = r"(£|€|\bGBP\b|\bEUR\b|\bNHS\b|\bper annum\b|\b(?:organisation|colour|centre|labour|licence|programme|enrol)\b|\bUnited Kingdom\b|\bUK\b|\bAustralia\b|\bIreland\b|\bEurope\b|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b)";
static DAY_FIRST_SIGNS: LazyLock<Regex> = LazyLock::new(|| re(DAY_FIRST_SIGNS_PATTERN));

/// Whether the advert puts the day first, from its own numeric dates when
/// they tell, else from the country it is in, else from the signs of either
/// convention (`Context::day_first`: dates whose numbers settle it decide;
/// otherwise the currency, spelling and places vote; with no votes, day
/// first, the order used everywhere but the US).
fn day_first_in(cx: &Context, country: Option<&str>) -> bool {
    let Some(country) = country else {
        return cx.day_first;
    };
    match cx.date_votes {
        0 => match country {
            "US" | "PH" | "FM" | "MH" | "PW" => false,
            "CA" => cx.day_first,
            _ => true,
        },
        v => v > 0,
    }
}

/// Votes for day-first dates, in one pass: from numeric dates that settle
/// their own order (100 each), and from signs of either convention (one
/// each). Day first when their sum is not negative.
pub fn votes(cx: &Context) -> (i64, i64) {
    let mut votes: i64 = 0;
    let mut sign_votes: i64 = 0;
    // Only lines with a numeric date or a sign of either convention vote.
    for line in cx.lines_matching(&ANY_SIGN) {
        for c in NUMERIC.captures_iter(line.text) {
            let a: u32 = c[1].parse().unwrap_or(0);
            let b: u32 = c[3].parse().unwrap_or(0);
            if a > 12 && b <= 12 {
                votes += 100;
            } else if b > 12 && a <= 12 {
                votes -= 100;
            }
        }
        sign_votes += DAY_FIRST_SIGNS.find_iter(line.text).count() as i64;
        sign_votes -= US_SIGNS.find_iter(line.text).count() as i64;
    }
    (votes, sign_votes)
}

/// A numeric date or a sign of either convention: the lines [`votes`] reads.
static ANY_SIGN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::any_of([NUMERIC_PATTERN, DAY_FIRST_SIGNS_PATTERN, US_SIGNS_PATTERN])
});

static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(closing|closes|close|deadline|(?:job\s+)?(?:posting|advert|advertisement|listing)\s+end(?:\s+date)?|apply by|apply before|apply until|applications? (?:by|before|until)|respond (?:by|before)|reply (?:by|before)|responses? (?:by|before)|apply no later than|applications? (?:must be |should be )?(?:received|submitted|in) by|submit(?:ted)? by|no later than|not later than|(?:applications? )?accepted (?:through|until)|accepting applications (?:through|until)|open (?:until|through)|advertised (?:until|through)|expir(?:y|es|ation)|last date|last day (?:to apply|for applications|of applications)|valid (?:through|until)|unposting date|last application date|applications? (?:are|is) due|(?:stop|stops|cease) accepting (?:applications|them|submissions)(?: on)?|søknadsfrist|ansøgningsfrist|sista ansökningsdag|bewerbungsfrist|bewerbungsschluss|sluitingsdatum)\b",
    )
});
static POSTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(posted|created|date_posted|advertised|date posted|published|listed|date of (?:advert(?:isement)?|posting|issue|publication|announcement)|publication date|advert date|advertisement date|issue date|issued on|opening date|open date|posting date|job posting|announcement date|date added|placed on)\b",
    )
});
static INTERVIEW: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\binterview"));
/// A step of the hiring just before a start word: "review of applications
/// will begin", "interviews start".
static HIRING_STEP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(review|reviewing|applications?|screening|shortlisting|interviews?|selection|assessments?)\b[^.;:]{0,30}$",
    )
});
/// Labels of the period an advert is open for: "Open & closing dates",
/// "Advertising period", "Application period".
static OPEN_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(open(?:ing)?\s*(?:&|and)\s*clos(?:ing|e)\s+dates?|(?:advertis(?:ing|ement)|posting|application|recruitment)\s+period|dates?\s+open|open\s+from)\b[\s:*]*$",
    )
});
/// A job's own period before its first date: "contract … from", "the
/// season runs from", "placement from".
static JOB_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(contract|post|position|role|placement|appointment|employment|season|secondment|internship|assignment)\b[^.;:]{0,50}\bfrom\s*$",
    )
});
/// An hour before a date on its line: "4.00 p.m. on", "12 noon on".
static HOUR_ON: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}[.:]\d{2}|12\s+noon|noon|midday|midnight)\s*(?:on\b)?",
    )
});
/// What joins the two ends of a period: "to", "until", a dash.
static RANGE_BETWEEN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*(?:to|until|till|through|thru|-|–|—)\s*$"));
static START: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(start date|starting date|start|starts(?: on)?|starting|commence|commences|commencing|commencement|begins on|beginning on|begin on|joining date|date of joining|running from|runs from|take up (?:the )?(?:post|position|role|appointment)(?: on)?|(?:post|position|role|vacancy|job)\s+(?:can|will|is\s+to)\s+be\s+filled\s+(?:from|on|as\s+of))\b",
    )
});
static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(\btbc\b|\btba\b|\btbd\b|\bto be (?:confirmed|arranged|determined|agreed|announced)\b|\basap\b|\bas soon as possible\b|\[[^\]]*\]|\{\{[^}]*\}\}|<[^>]*date[^>]*>|\bopen until filled\b|\buntil filled\b|\bongoing\b|\brolling\b|\bxx/xx|\bdd/mm)",
    )
});

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Which {
    Posted,
    Closing,
    Interview,
    Start,
}

impl Which {
    fn field(self) -> &'static str {
        match self {
            Which::Posted => "posted",
            Which::Closing => "closing",
            Which::Interview => "interview",
            Which::Start => "start",
        }
    }
}

/// The nearest label before `at` (within 80 bytes) that says which date this is.
fn label_before(text: &str, at: usize) -> Option<(Which, usize)> {
    let from = at.saturating_sub(80);
    let from = (0..=from)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let window = &text[from..at];
    [
        (&*INTERVIEW, Which::Interview),
        (&*CLOSING, Which::Closing),
        (&*POSTED, Which::Posted),
        (&*START, Which::Start),
    ]
    .iter()
    .filter_map(|(r, w)| {
        r.find_iter(window)
            .filter(|m| {
                // "Review of applications will begin on…": the start of the
                // hiring, not of the job; "the week commencing 8 June": a
                // way to name a week, not a start.
                // "Advertised until": the closing date, not the posting's.
                // "Job posting end date": the closing date.
                !(*w == Which::Posted && {
                    let after = window[m.end()..].trim_start().to_ascii_lowercase();
                    ["until", "end", "expir", "clos"]
                        .iter()
                        .any(|w| after.starts_with(w))
                }) && (*w != Which::Start
                    || !(HIRING_STEP.is_match(&window[..m.start()])
                        || window[..m.start()]
                            .trim_end()
                            .to_ascii_lowercase()
                            .ends_with("week")))
            })
            .last()
            .map(|m| (*w, from + m.start()))
    })
    .max_by_key(|&(_, pos)| pos)
}

/// The date a notice or a page gives itself at its head: a newspaper's
/// masthead ("THE LAGOS TIMES | Tuesday, 9th March, 2027 | CLASSIFIEDS"), a
/// circular's "Date: 5th April, 2027" beside its reference, a social post's
/// stamp ("7 June 2027 · 🌍"). It is the day the advert was published.
///
/// Only a part that is a full date and nothing else (a weekday may come
/// with it), in the advert's first three lines, or labelled "Date:" or
/// "Dated:" in its first ten; a date with words around it ("Closes 9 March
/// 2027") is read by its words elsewhere.
/// A line another date's label has already read (`used`) is passed over.
fn dateline(cx: &Context, day_first: bool, used: &[usize]) -> Option<(Date, usize, String)> {
    for (n, line) in cx
        .lines
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .take(10)
        .enumerate()
    {
        let text = line.text.trim();
        if text.len() > 160 || !crate::text::has_digit(text) || used.contains(&line.line) {
            continue;
        }
        let parts = crate::extract::headline::split_at_outside_brackets(
            text,
            &[" | ", " — ", " – ", " · ", "   ", "\t"],
        );
        // "By Harriet Okonjo | 12 March 2025 | Technology": a news story's
        // byline dates the story, not an advert.
        if parts
            .first()
            .is_some_and(|p| p.trim_start().starts_with("By "))
        {
            continue;
        }
        for part in parts {
            let part = part.trim();
            let lower = part.to_ascii_lowercase();
            let (labelled, rest) = match ["date:", "dated:", "date -", "dated"]
                .iter()
                .find(|l| lower.starts_with(**l))
            {
                Some(l) => (true, part[l.len()..].trim()),
                None => (false, part),
            };
            if !labelled && n >= 3 {
                continue;
            }
            let rest = rest.trim_end_matches(|c: char| !c.is_alphanumeric());
            let dates = find_dates(rest, day_first);
            let [(date, start, end)] = dates[..] else {
                continue;
            };
            let before = rest[..start].trim().trim_end_matches(',');
            let after = rest[end..].trim();
            if date.year.is_some() && (before.is_empty() || is_weekday(before)) && after.is_empty()
            {
                return Some((date, line.line, text.to_string()));
            }
        }
    }
    None
}

/// A month's name, whole, in full or short (the names [`MONTHS`] reads).
static MONTH_WORD: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)^{MONTHS}$")));

/// Whether a word names a month or a day of the week, in full or short.
pub(crate) fn is_month_or_weekday(word: &str) -> bool {
    is_weekday(word) || MONTH_WORD.is_match(word)
}

fn is_weekday(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ]
    .contains(&w.trim_end_matches('.'))
}

/// Whether the date at `at` follows "by" or "before" (and perhaps a weekday) in a
/// sentence about sending or making an application.
fn sent_by(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let before = match before.rsplit_once(' ') {
        Some((head, last)) if is_weekday(last.trim_end_matches(',')) => head.trim_end(),
        _ => before,
    };
    // "by 12 noon on Thursday 16 April", "before 5pm on 3 May": the hour
    // between the word and the date.
    let before = match before
        .strip_suffix(" on")
        .or_else(|| before.strip_suffix(" on the"))
    {
        Some(head) => HOUR_AT_END
            .find(head)
            .map_or(head, |m| head[..m.start()].trim_end()),
        None => before,
    };
    let lower = before.to_ascii_lowercase();
    if !lower.ends_with(" by") && !lower.ends_with(" before") {
        return false;
    }
    let from = crate::text::floor_char(before, before.len().saturating_sub(240));
    let window = &before[from..];
    let sentence = ["! ", "? ", ". "]
        .iter()
        .fold(window, |s, end| s.rsplit(end).next().unwrap_or(s));
    // "expected to end on or before December 31": an end, not a deadline.
    SENDING.is_match(sentence) && !(lower.ends_with(" or before") || ENDING.is_match(sentence))
}

/// An hour at the end of a text: "12 noon", "5pm", "17:00", "midday".
static HOUR_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\s*(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|noon|hrs|hours)?|noon|midday|midnight)(?:\s*\([A-Z]{2,5}\))?$",
    )
});

static ENDING: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(end|ends|ending|expire|expires|finish|finishes)\b"));

static SENDING: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(apply|application|applications|send|submit|email|e-mail|cv|résumé|resume|letter)\b")
});

pub fn extract(cx: &Context, out: &mut Out) {
    let mut found: Vec<(Which, Option<Date>, usize, String)> = Vec::new();
    let mut placeholders: Vec<(Which, String)> = Vec::new();
    let day_first = day_first_in(cx, out.posting.country.as_deref());
    let mut previous: std::borrow::Cow<str> = "".into();
    // A paragraph's lines are read as one text, so that a date or its label
    // may wrap onto the next line ("by **Friday" / "6 March 2026**",
    // "interviews, which" / "will hold on Tuesday, 10 March 2026").
    for paragraph in cx.paragraphs() {
        let block = paragraph.block;
        let text: &str = &paragraph.text;
        let line_of = |at: usize| paragraph.line_of(at);
        let dates = find_dates(text, day_first);
        // "Open & closing dates: 03/16/2026 to 03/27/2026": a period the
        // advert is open for, from its posting to its closing.
        for pair in dates.windows(2) {
            let [(from, from_start, from_end), (to, _, to_end)] = pair else {
                continue;
            };
            let lead = &text[..*from_start];
            let label = if lead.trim().is_empty() {
                &*previous
            } else {
                lead
            };
            let tail = &label[crate::text::floor_char(label, label.len().saturating_sub(60))..];
            // "a seasonal contract of 7 months, from 3/4/2026 to 31/10/2026":
            // the job's own period, which starts with the first.
            if RANGE_BETWEEN.is_match(&text[*from_end..pair[1].1])
                && JOB_PERIOD.is_match(tail)
                && !found.iter().any(|(w, ..)| *w == Which::Start)
            {
                found.push((
                    Which::Start,
                    Some(*from),
                    line_of(*from_start),
                    text[..*to_end].trim().to_string(),
                ));
            }
            if RANGE_BETWEEN.is_match(&text[*from_end..pair[1].1])
                && OPEN_PERIOD.is_match(tail)
                && !found
                    .iter()
                    .any(|(w, ..)| matches!(w, Which::Posted | Which::Closing))
            {
                let evidence = text[..*to_end].trim().to_string();
                found.push((
                    Which::Posted,
                    Some(*from),
                    line_of(*from_start),
                    evidence.clone(),
                ));
                found.push((Which::Closing, Some(*to), line_of(pair[1].1), evidence));
            }
        }
        for (date, start, end) in dates {
            let line = crate::document::Line {
                block,
                line: line_of(start),
                text,
            };
            // A date opening its line may have its label at the end of the
            // line before: "Closing date" / "14 March 2026", "the posting
            // will close on" / "April 17, 2026".
            let label_above = || {
                let lead = text[..start].trim().trim_end_matches(',');
                // "4.00 p.m. on Thursday, 16th April 2026": an hour and a day before it.
                let lead = HOUR_ON
                    .find(lead)
                    .map_or(lead, |m| lead[m.end()..].trim().trim_end_matches(','));
                // A label alone above the value ("Start" / "Paid training
                // begins 1 June 2026", a definition list's term) names the
                // value's first date, wherever in it the date stands.
                let label_alone = previous.split_whitespace().count() <= 4
                    && !crate::text::has_digit(&previous)
                    && !previous.trim_end().ends_with(['.', '!', '?'])
                    && find_dates(&text[..start], day_first).is_empty();
                if !label_alone
                    && (start > 32
                        || !(lead.chars().all(|c| !c.is_alphanumeric()) || is_weekday(lead)))
                {
                    return None;
                }
                let (which, at) = label_before(&previous, previous.len())?;
                find_dates(&previous[at..], day_first)
                    .is_empty()
                    .then_some((which, at))
            };
            // "email your CV to … by Friday 8 May 2026": a date an
            // application is sent by, when no label names this date (a label
            // with an earlier date after it is that date's: "Start date: 1
            // December 2026. Send a CV … by 15.11.2026").
            let own_label = label_before(text, start)
                .filter(|&(_, at)| find_dates(&text[at..start], day_first).is_empty());
            if own_label.is_none() && sent_by(text, start) {
                if !found.iter().any(|(w, ..)| *w == Which::Closing) {
                    found.push((
                        Which::Closing,
                        Some(date),
                        line.line,
                        text[..end].to_string(),
                    ));
                }
                continue;
            }
            if label_before(text, start).is_none()
                && let Some((which, at)) = label_above()
                && !found.iter().any(|(w, ..)| *w == which)
            {
                found.push((
                    which,
                    Some(date),
                    line.line,
                    format!("{} {}", previous[at..].trim(), &text[..end]),
                ));
                continue;
            }
            if let Some((which, label_at)) = label_before(text, start) {
                // The label must not belong to an earlier date on the same line.
                let between = &text[label_at..start];
                // "Closing date: Open until filled. First review … March 20":
                // the label was answered before the date.
                if find_dates(between, day_first).is_empty()
                    && !PLACEHOLDER.is_match(between)
                    && !found.iter().any(|(w, ..)| *w == which)
                {
                    found.push((
                        which,
                        Some(date),
                        line.line,
                        text[label_at..end].to_string(),
                    ));
                }
            }
        }
        for m in PLACEHOLDER.find_iter(text) {
            if let Some((which, label_at)) = label_before(text, m.start()) {
                let between = &text[label_at..m.start()];
                if find_dates(between, day_first).is_empty() && between.len() < 60 {
                    placeholders.push((which, m.as_str().to_string()));
                }
            }
        }
        if !paragraph.text.trim().is_empty() {
            previous = paragraph.text;
        }
    }
    let used: Vec<usize> = found.iter().map(|(_, _, line, _)| *line).collect();
    if !found.iter().any(|(w, ..)| *w == Which::Posted)
        && let Some((date, line, evidence)) = dateline(cx, day_first, &used)
    {
        found.push((Which::Posted, Some(date), line, evidence));
    }
    let posted_year = found
        .iter()
        .find(|(w, ..)| *w == Which::Posted)
        .and_then(|(_, d, ..)| d.and_then(|d| d.year));
    for (which, date, line, text) in found {
        let Some(mut date) = date else { continue };
        if date.year.is_none() {
            match posted_year {
                Some(y) => {
                    date.year = Some(y);
                    out.note(format!(
                        "{} date gives no year; the posting year {y} is assumed",
                        which.field()
                    ));
                }
                None => {
                    out.note(format!(
                        "{} date gives no year, so it is left out",
                        which.field()
                    ));
                    continue;
                }
            }
        }
        let iso = date.iso();
        let d = &mut out.posting.dates;
        let slot = match which {
            Which::Posted => &mut d.posted,
            Which::Closing => &mut d.closing,
            Which::Interview => &mut d.interview,
            Which::Start => &mut d.start,
        };
        if slot.is_none() {
            *slot = iso;
            out.evidence(&format!("dates.{}", which.field()), line, &text);
        }
    }
    for (which, words) in placeholders {
        let d = &out.posting.dates;
        let unset = match which {
            Which::Posted => d.posted.is_none(),
            Which::Closing => d.closing.is_none(),
            Which::Interview => d.interview.is_none(),
            Which::Start => d.start.is_none(),
        };
        if unset {
            let kind = if words.starts_with(['[', '{', '<']) {
                format!("is a placeholder: {words}")
            } else if words.chars().any(char::is_lowercase) {
                format!("given as \"{words}\"")
            } else {
                format!("given as {words}")
            };
            out.note(format!("{} date {kind}", which.field()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};
    use crate::extract::{Dates, extract as run};

    fn iso(text: &str, day_first: bool) -> Vec<String> {
        find_dates(text, day_first)
            .into_iter()
            .filter_map(|(d, ..)| d.iso())
            .collect()
    }

    #[test]
    fn the_year_first_with_dashes_slashes_or_dots() {
        assert_eq!(iso("Start date: 2026-08-01", true), ["2026-08-01"]);
        assert_eq!(iso("Start date: 2026/08/01", false), ["2026-08-01"]);
        assert_eq!(iso("Deadline 2026.06.15 (23:59)", true), ["2026-06-15"]);
        // Mixed marks and a season are no dates.
        assert!(iso("Built on 2026/08-01.", true).is_empty());
        assert!(iso("The 2026/27 season", true).is_empty());
    }

    #[test]
    fn dates_and_labels_wrapped_onto_the_next_line() {
        let (d, _) = dates(
            "Send your CV to jobs@example.com by **Friday\n6 March 2026**. Interviews will\nbe held on Wednesday 11 March 2026.\n",
        );
        assert_eq!(d.closing.as_deref(), Some("2026-03-06"));
        assert_eq!(d.interview.as_deref(), Some("2026-03-11"));
        let (d, _) =
            dates("A seasonal contract, running from **Monday 6 April\n2026** to 1 November.\n");
        assert_eq!(d.start.as_deref(), Some("2026-04-06"));
    }

    #[test]
    fn a_period_open_for_applications_gives_both_ends() {
        let (d, _) = dates("Open & closing dates\n03/16/2026 to 03/27/2026\n");
        assert_eq!(d.posted.as_deref(), Some("2026-03-16"));
        assert_eq!(d.closing.as_deref(), Some("2026-03-27"));
        let (d, _) = dates("Advertising period: 2 March 2026 – 20 March 2026\n");
        assert_eq!(d.posted.as_deref(), Some("2026-03-02"));
        assert_eq!(d.closing.as_deref(), Some("2026-03-20"));
        // A contract's period is not the advert's.
        let (d, _) = dates("Contract period: 1 June 2026 to 31 May 2027\n");
        assert_eq!(d.posted, None);
        assert_eq!(d.closing, None);
    }

    #[test]
    fn more_ways_to_say_when_the_job_starts_and_the_advert_was_placed() {
        let (d, _) = dates(
            "Temporary seasonal contract of 7 months, from 3/4/2026 to 31/10/2026, full-time.\n",
        );
        assert_eq!(d.start.as_deref(), Some("2026-04-03"));
        let (d, _) = dates("The position starts on 1st September 2026.\n");
        assert_eq!(d.start.as_deref(), Some("2026-09-01"));
        let (d, _) =
            dates("The successful candidate will take up post on Monday 17 August 2026.\n");
        assert_eq!(d.start.as_deref(), Some("2026-08-17"));
        let (d, _) = dates(
            "Date of advertisement: Friday, 20th March 2026\nClosing date for receipt of completed application forms:\n4.00 p.m. on Thursday, 16th April 2026\n",
        );
        assert_eq!(d.posted.as_deref(), Some("2026-03-20"));
        assert_eq!(d.closing.as_deref(), Some("2026-04-16"));
        let (d, _) = dates("Posted: 15. 4. 2026\n");
        assert_eq!(d.posted.as_deref(), Some("2026-04-15"));
        let (d, _) = dates("Placed On: 13th March 2026\n");
        assert_eq!(d.posted.as_deref(), Some("2026-03-13"));
        // Open from one date to another is the advert's period, not the job's.
        let (d, _) = dates("Applications are open from 2 March 2026 to 20 March 2026.\n");
        assert_eq!(d.start, None);
    }

    #[test]
    fn the_start_of_the_hiring_is_not_the_start_of_the_job() {
        let (d, _) = dates("First review of applications will begin on March 20, 2026.\n");
        assert_eq!(d.start, None);
        let (d, _) = dates(
            "Closing date: Open until filled. First review of applications will begin on March 20, 2026.\n",
        );
        assert_eq!(d.closing, None);
        let (d, _) = dates("The successful candidate will begin on 1 June 2026.\n");
        assert_eq!(d.start.as_deref(), Some("2026-06-01"));
    }

    #[test]
    fn an_hour_between_by_and_the_date() {
        let (d, _) = dates(
            "Completed application forms must be returned by 12 noon on Thursday 16 April 2026.\n",
        );
        assert_eq!(d.closing.as_deref(), Some("2026-04-16"));
        let (d, _) = dates("Send your CV before 5pm on 3 May 2026.\n");
        assert_eq!(d.closing.as_deref(), Some("2026-05-03"));
    }

    #[test]
    fn more_wordings_of_the_dates() {
        let (d, _) = dates("Submit your CV through our careers page before **March 13, 2026**.\n");
        assert_eq!(d.closing.as_deref(), Some("2026-03-13"));
        let (d, _) =
            dates("Date of issue: 2nd March 2026\n\nThe expected joining date is 1 July 2026.\n");
        assert_eq!(d.posted.as_deref(), Some("2026-03-02"));
        assert_eq!(d.start.as_deref(), Some("2026-07-01"));
        // An appointment's end is no deadline, whatever else the sentence says.
        let (d, _) = dates(
            "Apply today! This appointment is expected to end on or before December 31, 2026.\n",
        );
        assert_eq!(d.closing, None);
    }

    #[test]
    fn every_notation() {
        assert_eq!(iso("31/03/2021", true), ["2021-03-31"]);
        assert_eq!(iso("03/31/2021", true), ["2021-03-31"]);
        assert_eq!(iso("01/03/2021", true), ["2021-03-01"]);
        assert_eq!(iso("01/03/2021", false), ["2021-01-03"]);
        assert_eq!(iso("2021-03-31", true), ["2021-03-31"]);
        assert_eq!(iso("Sunday 2nd July 2023", true), ["2023-07-02"]);
        assert_eq!(iso("14 June 2025", true), ["2025-06-14"]);
        assert_eq!(iso("July 15, 2024", true), ["2024-07-15"]);
        assert_eq!(iso("Dec. 13, 2019", true), ["2019-12-13"]);
        assert_eq!(iso("31-Mar-2021", true), ["2021-03-31"]);
        assert_eq!(iso("31.03.21", true), ["2021-03-31"]);
        assert!(iso("31/02/2021", true).is_empty());
        assert!(iso("10:00-15:00", true).is_empty());
        assert_eq!(find_dates("Dec. 13", true)[0].0.year, None);
    }

    fn dates(text: &str) -> (Dates, Vec<String>) {
        let p = run(&Document::parse(text, Format::Markdown), "-");
        (p.dates, p.notes)
    }

    #[test]
    fn closing_words_of_more_boards_and_interview_days_in_a_list() {
        let closing = |text: &str| dates(text).0.closing;
        for text in [
            "# Chef\n\nLast application date: 2027-04-11.\n",
            "# Analyst\n\nApplications are due **April 11, 2027**.\n",
            "# Writer\n\nWe'll stop accepting applications on 11 April 2027.\n",
            "# Utvikler\n\nSøknadsfrist: 11 April 2027\n",
        ] {
            assert_eq!(closing(text).as_deref(), Some("2027-04-11"), "{text}");
        }
        // Days listed before their month: the first day.
        for text in [
            "# Adviser\n\nInterviews will take place on 23 and 24 February 2027.\n",
            "# Social Worker\n\nInterviews: Tuesday 23 and Wednesday 24 February 2027\n",
        ] {
            assert_eq!(
                dates(text).0.interview.as_deref(),
                Some("2027-02-23"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_posting_s_end_date_is_its_closing_date() {
        let (d, _) = dates("# Clerk\n\nJob posting end date: June 30, 2027\n");
        assert_eq!(
            (d.posted.as_deref(), d.closing.as_deref()),
            (None, Some("2027-06-30"))
        );
    }

    #[test]
    fn the_date_a_notice_gives_itself_at_its_head() {
        let posted = |text: &str| dates(text).0.posted;
        // A newspaper's masthead, a circular's dated reference line, a post's stamp.
        assert_eq!(
            posted(
                "THE KUMASI ECHO | Friday, 5th March, 2027 | JOBS\n\nA bakery needs a driver.\n"
            )
            .as_deref(),
            Some("2027-03-05")
        );
        assert_eq!(
            posted("MINISTRY OF WORKS\n\nRef. No. MW/12/3      Date: 14/02/2027\n\nPOST: CLERK\n")
                .as_deref(),
            Some("2027-02-14")
        );
        assert_eq!(
            posted("Harbourside Cafe\n5 May 2027 · 🌍\n\nWe're hiring a barista!\n").as_deref(),
            Some("2027-05-05")
        );
        // A news story's byline dates the story.
        assert_eq!(
            posted(
                "# Council names digital chief\n\nBy Amara Lowe | 4 May 2027 | Local news\n\nThe council will hire a Head of Digital.\n"
            ),
            None
        );
        // A date with words around it is read by its words; one far down,
        // unlabelled, is no dateline.
        assert_eq!(
            posted("# Driver\n\nCloses 9 March 2027\n\nWe deliver bread.\n"),
            None
        );
        assert_eq!(
            posted("# Driver\n\nWe deliver bread.\n\nVans.\n\nRoutes.\n\n12 March 2027\n"),
            None
        );
    }

    #[test]
    fn careers_sites_posting_and_unposting_dates_and_an_announcement() {
        let (d, _) = dates(
            "# Supervisor\n\nJob Posting: Mar 2, 2026, 9:00:00 AM\n\nUnposting Date: Apr 1, 2026, 11:59:00 PM\n",
        );
        assert_eq!(d.posted.as_deref(), Some("2026-03-02"));
        assert_eq!(d.closing.as_deref(), Some("2026-04-01"));
        let (d, _) = dates("# Officer\n\nDate of announcement: 5th October 2026\n");
        assert_eq!(d.posted.as_deref(), Some("2026-10-05"));
    }

    #[test]
    fn a_label_alone_above_a_value_with_words_before_its_date() {
        let doc = Document::parse(
            "<h1>Agent</h1><dl><dt>Start</dt><dd>Paid training class begins 3 August 2026</dd><dt>Apply before</dt><dd>20 July 2026</dd></dl>",
            Format::Html,
        );
        let d = run(&doc, "-").dates;
        assert_eq!(d.start.as_deref(), Some("2026-08-03"));
        assert_eq!(d.closing.as_deref(), Some("2026-07-20"));
        // A sentence above is no label of the date below it.
        let (d, _) = dates(
            "# Agent\n\nWe will start training soon.\n\nOur office moved on 3 August 2025 to a new site.\n",
        );
        assert_eq!(d.start, None);
    }

    #[test]
    fn advertised_until_is_the_closing_date() {
        let (d, _) = dates("# Cook\n\nAdvertised until\n\nJuly 1, 2026\n");
        assert_eq!(
            (d.closing.as_deref(), d.posted.as_deref()),
            (Some("2026-07-01"), None)
        );
        let (d, _) = dates("# Cook\n\nAdvertised on 3 June 2026.\n");
        assert_eq!(d.posted.as_deref(), Some("2026-06-03"));
    }

    #[test]
    fn an_advert_date_is_the_posting_date() {
        let (d, _) = dates("# Clerk\n\nADVERT DATE: 12 MARCH 2027\nCLOSING DATE: 2 APRIL 2027\n");
        assert_eq!(
            (d.posted.as_deref(), d.closing.as_deref()),
            (Some("2027-03-12"), Some("2027-04-02"))
        );
    }

    #[test]
    fn not_later_than_is_the_closing_date() {
        let (d, _) = dates(
            "# Clerk\n\nApplications should reach the Board not later than Friday, 14th May 2027 at 4.00 p.m.\n",
        );
        assert_eq!(d.closing.as_deref(), Some("2027-05-14"));
    }

    #[test]
    fn the_week_commencing_an_interview_is_no_start() {
        let (d, _) = dates(
            "# Inspector\n\nInterviews are expected to take place in the week commencing 8 June 2026.\n",
        );
        assert_eq!(d.interview.as_deref(), Some("2026-06-08"));
        assert_eq!(d.start, None);
    }

    #[test]
    fn publication_and_when_the_post_can_be_filled() {
        let (d, _) = dates(
            "# Officer\n\nDate of publication: 14 April 2026\n\nThe post can be filled from 1 June 2026 at the earliest.\n",
        );
        assert_eq!(d.posted.as_deref(), Some("2026-04-14"));
        assert_eq!(d.start.as_deref(), Some("2026-06-01"));
    }

    #[test]
    fn labels_on_the_line_above_and_in_sentences() {
        let (d, _) = dates(
            "Start\n\nMonday 2 February 2026\n\nApply by\n\n23/01/2026 (we may close early)\n",
        );
        assert_eq!(d.start.as_deref(), Some("2026-02-02"));
        assert_eq!(d.closing.as_deref(), Some("2026-01-23"));
        let (d, _) = dates(
            "We will review applications as they come in and the posting will close on\nApril 17, 2026.\n",
        );
        assert_eq!(d.closing.as_deref(), Some("2026-04-17"));
        let (d, _) =
            dates("Please email your CV and a letter to jobs@example.org by Friday 8 May 2026.\n");
        assert_eq!(d.closing.as_deref(), Some("2026-05-08"));
        let (d, _) = dates("Reply before 12-03-2026.\n\nThe programme begins on 1 June 2026.\n");
        assert_eq!(d.closing.as_deref(), Some("2026-03-12"));
        assert_eq!(d.start.as_deref(), Some("2026-06-01"));
        // A start date's label before it belongs to the start date.
        let (d, _) =
            dates("Start date: 4 January 2027. Please post your CV to the clinic by 20.11.2026.\n");
        assert_eq!(d.start.as_deref(), Some("2027-01-04"));
        assert_eq!(d.closing.as_deref(), Some("2026-11-20"));
        // A date after "by" that is not about applying is not a closing date.
        let (d, _) = dates("The building will be finished by 8 May 2026.\n");
        assert_eq!(d.closing, None);
    }

    #[test]
    fn the_country_decides_ambiguous_numeric_dates() {
        // A Singapore advert paid in "$" is still day-first.
        let (d, _) = dates(
            "# Barista\n\nLocation: Tiong Bahru, Singapore\n\nPay: $12.50/hr\n\nStart date: 06/04/2026\n",
        );
        assert_eq!(d.start.as_deref(), Some("2026-04-06"));
        let (d, _) = dates("# Server\n\nLocation: Savannah, GA\n\nStart date: 06/04/2026\n");
        assert_eq!(d.start.as_deref(), Some("2026-06-04"));
    }

    #[test]
    fn labels_choose_the_field() {
        let (d, notes) = dates(
            "|||\n|-|-|\n|Post Advertised | 01/03/2021 |\n|Application Deadline | 31/03/2021 |\n|Interview Date | TBC |\n",
        );
        assert_eq!(d.posted.as_deref(), Some("2021-03-01"));
        assert_eq!(d.closing.as_deref(), Some("2021-03-31"));
        assert_eq!(d.interview, None);
        assert!(
            notes.contains(&"interview date given as TBC".to_string()),
            "{notes:?}"
        );
        let (d, _) =
            dates("Closing date: 14 June 2025. Interviews will be held on 23 June 2025.\n");
        assert_eq!(d.closing.as_deref(), Some("2025-06-14"));
        assert_eq!(d.interview.as_deref(), Some("2025-06-23"));
        let (d, _) = dates("Apply before 10:00 pm on Sunday 2nd July 2023\n");
        assert_eq!(d.closing.as_deref(), Some("2023-07-02"));
    }

    #[test]
    fn placeholders_are_not_dates() {
        let (d, notes) = dates("**Application Deadline**: [Insert Date]\n");
        assert_eq!(d.closing, None);
        assert_eq!(notes, ["closing date is a placeholder: [Insert Date]"]);
    }

    #[test]
    fn us_adverts_read_month_first() {
        let (d, _) = dates("Pay: $25 per hour. Austin, TX.\n\nApplications close 07/08/2024.\n");
        assert_eq!(d.closing.as_deref(), Some("2024-07-08"));
        let (d, _) = dates("Salary £30,000.\n\nClosing date 07/08/2024.\n");
        assert_eq!(d.closing.as_deref(), Some("2024-08-07"));
    }

    #[test]
    fn unlabelled_dates_are_ignored() {
        let (d, _) = dates("By Jo Bloggs October 24, 2019\n");
        assert_eq!(d, Dates::default());
    }
}
