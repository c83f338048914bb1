//! Several roles in one post: a Hacker News comment that lists "-- Founding
//! Frontend Engineer / -- Founding Backend Engineer", "We are looking for:
//! Staff and Senior SWEs - ML Engineers - An Engineering Manager", a careers
//! note with "Open roles:" and a list, or "We're also hiring an applied AI
//! engineer!" after the header's own role.
//!
//! Each role becomes its own record: a copy of the post's record with the
//! role as its title, its own occupation, and `#role-N` after its source.
//! The employer, places, pay and the rest are the post's, shared by every
//! role, except pay stated beside one role of the header, which a role named
//! only later ("also hiring") does not share.
//!
//! A list counts only when every item of it is a title and nothing else (a
//! few capitalised words ending in a job's noun), and when it stands in the
//! post's header with list marks, or just after words that announce roles
//! ("Open roles:", "We are hiring for:", "Positions:"). Anything less is one
//! role, as before.

use std::sync::LazyLock;

use super::{Context, HEADER_LINES, Out, Posting, headline, occupation};
use crate::pattern::Regex;
use crate::text::re;

/// One role of a post.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    pub title: String,
    /// The line that names it, and its text, for the evidence.
    pub line: usize,
    pub text: String,
    /// Named only after the post's own role ("We're also hiring …"): pay
    /// stated in the header is not its pay.
    pub later: bool,
}

/// Words before a list that say it lists roles.
static ANNOUNCES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:open|current|available|other)\s+(?:roles|positions|vacancies|openings|jobs)|\b(?:roles|positions|vacancies|openings)(?:\s+(?:available|include|are))?|\bwe(?:['’]re| are)\s+(?:also\s+)?(?:hiring|recruiting)(?:\s+for)?(?:\s+(?:the\s+following|several|multiple|a\s+few|\w+)\s+(?:roles|positions))?|\b(?:now\s+)?hiring\s+for|\bwe(?:['’]re| are)\s+(?:also\s+)?(?:looking|searching)\s+for|\blooking\s+for)\s*[:\-–—]*\s*$",
    )
});

/// Words that say the roles listed are more than the post's own.
static MORE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:also|other|more)\b"));

/// "We are looking for: A - B - C": the words before an inline list of roles.
static INLINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:open\s+(?:roles|positions)|(?:roles|positions)(?:\s+include)?|we(?:['’]re| are)\s+(?:also\s+)?(?:hiring|recruiting|looking|searching)(?:\s+for)?|(?:now\s+)?hiring\s+for)\s*:\s*",
    )
});

/// "We're also hiring an applied AI engineer!": one more role, after the header's.
static ALSO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bwe(?:['’]re| are)\s+also\s+(?:hiring|looking\s+for|recruiting|seeking)(?:\s+for)?\s+(?:an?\s+)?([A-Za-z][\w/&+#.'’-]*(?:\s+[\w/&+#.'’-]+){0,6}?)[ \t]*(?:[!.,;(\n]|[ \t]+(?:to|who|for|in|at|with|https?:)|\z)",
    )
});

/// A sentence that points to another advert rather than naming a role of this one.
static OTHER_ADVERT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:vacancy|vacancies|advert|advertisement|posting|listing|reference|ref)\b|://")
});

/// Short names of jobs that end a title like a job's noun does.
const JOB_ACRONYMS: &[&str] = &["swe", "sre", "sde", "mle", "pm", "em", "cto", "cfo", "coo"];

/// Words that say how senior a role is; "Staff and Senior SWEs" are two roles.
const SENIORITY: &[&str] = &[
    "staff",
    "senior",
    "junior",
    "lead",
    "principal",
    "mid-level",
    "mid",
    "graduate",
    "entry-level",
    "founding",
];

/// The roles a post offers, when it offers more than one; empty otherwise.
pub fn find(cx: &Context, title: Option<&str>) -> Vec<Role> {
    let (mut roles, more) = listed(cx).or_else(|| inline(cx)).unwrap_or_default();
    // "We are also hiring for: …" after the post's own role: that role first.
    if let Some(t) = title
        && more
        && !roles.iter().any(|r| same(&r.title, t))
        && title_line(cx, t).is_some_and(|line| roles.iter().all(|r| r.line > line))
    {
        let line = title_line(cx, t).unwrap_or(0);
        roles.insert(
            0,
            Role {
                title: t.to_string(),
                line,
                text: t.to_string(),
                later: false,
            },
        );
    }
    if let Some(t) = title {
        let mut extra: Vec<Role> = also(cx)
            .into_iter()
            .filter(|r| !same(&r.title, t) && !roles.iter().any(|o| same(&o.title, &r.title)))
            .collect();
        if !extra.is_empty() {
            if roles.is_empty() {
                roles.push(Role {
                    title: t.to_string(),
                    line: title_line(cx, t).unwrap_or(0),
                    text: t.to_string(),
                    later: false,
                });
            }
            roles.append(&mut extra);
        }
    }
    if roles.len() < 2 { Vec::new() } else { roles }
}

/// The records of a post: its own, or one per role when it offers several.
pub fn records(cx: &Context, posting: Posting) -> Vec<Posting> {
    let roles = find(cx, posting.title.as_deref());
    if roles.is_empty() {
        return vec![posting];
    }
    let count = roles.len();
    roles
        .into_iter()
        .enumerate()
        .map(|(i, role)| {
            let mut p = posting.clone();
            p.source = format!("{}#role-{}", posting.source, i + 1);
            p.title = Some(role.title.clone());
            p.occupation = None;
            p.evidence.remove("title");
            p.evidence.remove("occupation");
            p.notes
                .retain(|n| !n.starts_with("title") && !n.starts_with("occupation"));
            let mut out = Out {
                posting: p,
                agency: None,
            };
            if role.line > 0 {
                out.evidence("title", role.line, &role.text);
            }
            out.note(format!(
                "role {} of {count} in this post; the other fields are the post's, shared by every role",
                i + 1
            ));
            if role.later && out.posting.salary.min.is_some() {
                out.posting.salary = Default::default();
                out.posting.evidence.remove("salary");
                out.note(format!(
                    "salary: the pay the post states is for another of its roles, not \"{}\"",
                    role.title
                ));
            }
            occupation::extract(cx, &mut out);
            out.posting
        })
        .collect()
}

fn same(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// The line of the advert that holds the title.
fn title_line(cx: &Context, title: &str) -> Option<usize> {
    cx.lines
        .iter()
        .take(HEADER_LINES * 4)
        .find(|l| l.text.contains(title))
        .map(|l| l.line)
}

/// A run of two or more lines each of which is only a title: marked as a
/// list in the header, or after words that announce roles.
fn listed(cx: &Context) -> Option<(Vec<Role>, bool)> {
    let lines = &cx.lines;
    // A header whose list marks were run together with it, as HTML that
    // ignores line breaks shows "Acme | NYC | Full time -- Frontend Engineer
    // -- Backend Engineer".
    if let Some(first) = lines.first()
        && let Some((_, items)) = first.text.split_once(" -- ")
    {
        let titles: Option<Vec<String>> = items.split(" -- ").map(as_title).collect();
        if let Some(titles) = titles.filter(|t| t.len() >= 2) {
            let mut roles: Vec<Role> = Vec::new();
            for title in titles {
                if !roles.iter().any(|r| same(&r.title, &title)) {
                    roles.push(Role {
                        title,
                        line: first.line,
                        text: first.text.to_string(),
                        later: false,
                    });
                }
            }
            if roles.len() >= 2 {
                return Some((roles, false));
            }
        }
    }
    let mut i = 0;
    while i < lines.len() {
        let start = i;
        let mut run = Vec::new();
        while let Some(l) = lines.get(i) {
            // A title is short: most lines are sentences, passed over cheaply.
            if l.text.len() > 90 {
                break;
            }
            let (marked, rest) = unmark(l.text);
            let in_list = cx.doc.blocks[l.block].list_depth().is_some();
            match as_title(rest) {
                Some(t) if marked || in_list || !run.is_empty() => {
                    run.push((l.line, t, l.text.trim().to_string(), marked || in_list));
                    i += 1;
                }
                _ => break,
            }
        }
        if run.is_empty() {
            i += 1;
            continue;
        }
        // In the header: the run, marked as a list, follows a first line
        // in parts ("Galaxy - The Cursor for SQL | NYC, NY | Full time").
        let header = start == 1 && run.iter().all(|r| r.3) && {
            let first = lines[0].text.trim();
            !first.ends_with([':', '.'])
                && (super::header_of_parts(first)
                    || [" | ", " - ", " – ", " — ", " · "]
                        .iter()
                        .any(|s| first.contains(s)))
        };
        let before = if start > 0 { lines[start - 1].text } else { "" };
        let before = before.trim().trim_matches(['*', '#', '_', ' ']);
        let announced = ANNOUNCES.is_match(before);
        let more = announced && MORE.is_match(before);
        let mut titles: Vec<(usize, String, String)> = Vec::new();
        for (line, t, text, _) in run {
            if !titles.iter().any(|(_, o, _)| same(o, &t)) {
                titles.push((line, t, text));
            }
        }
        if (header || announced) && titles.len() >= 2 {
            return Some((
                titles
                    .into_iter()
                    .map(|(line, title, text)| Role {
                        title,
                        line,
                        text,
                        later: false,
                    })
                    .collect(),
                more,
            ));
        }
    }
    None
}

/// "We are looking for: Staff and Senior SWEs - ML Engineers - A Senior Security Engineer".
fn inline(cx: &Context) -> Option<(Vec<Role>, bool)> {
    for l in cx.lines_matching(&INLINE) {
        for m in INLINE.find_iter(l.text) {
            let rest = &l.text[m.end()..];
            let rest = rest.split(['\n']).next().unwrap_or("");
            let parts: Vec<&str> = if rest.contains(" - ") {
                rest.split(" - ").collect()
            } else if rest.contains(';') {
                rest.split(';').collect()
            } else {
                rest.split([',']).flat_map(|p| p.split(" and ")).collect()
            };
            let mut titles: Vec<String> = Vec::new();
            let mut others = 0;
            for part in parts {
                let part = part.trim().trim_end_matches(['!', '.', ' ']);
                let lower = part.to_ascii_lowercase();
                if lower.is_empty()
                    || ["more", "and more", "etc", "others"].contains(&lower.as_str())
                {
                    continue;
                }
                let found = coordinated(part);
                if found.is_empty() {
                    others += 1;
                }
                for t in found {
                    if !titles.iter().any(|o| same(o, &t)) {
                        titles.push(t);
                    }
                }
            }
            if titles.len() >= 2 && others == 0 {
                let more = MORE.is_match(&l.text[m.start()..m.end()]);
                return Some((
                    titles
                        .into_iter()
                        .map(|title| Role {
                            title,
                            line: l.line,
                            text: l.text.to_string(),
                            later: false,
                        })
                        .collect(),
                    more,
                ));
            }
        }
    }
    None
}

/// "Staff and Senior SWEs, Full Stack and Backend focused" is a Staff SWE and
/// a Senior SWE; any other item is one title, or none.
fn coordinated(item: &str) -> Vec<String> {
    let item = item.split(',').next().unwrap_or(item).trim();
    let words: Vec<&str> = item.split_whitespace().collect();
    if let [a, and, b, rest @ ..] = words.as_slice()
        && and.eq_ignore_ascii_case("and")
        && !rest.is_empty()
        && SENIORITY.contains(&a.to_ascii_lowercase().as_str())
        && SENIORITY.contains(&b.to_ascii_lowercase().as_str())
    {
        let rest = rest.join(" ");
        return [a, b]
            .iter()
            .filter_map(|s| as_title(&format!("{s} {rest}")))
            .collect();
    }
    as_title(item).into_iter().collect()
}

/// Roles named after the post's own: "We're also hiring an applied AI engineer!".
fn also(cx: &Context) -> Vec<Role> {
    let mut found = Vec::new();
    for l in cx.lines_matching(&ALSO) {
        // "We're also recruiting nurses: see vacancy 449-BS" points to another advert.
        if OTHER_ADVERT.is_match(l.text) {
            continue;
        }
        for c in ALSO.captures_iter(l.text) {
            if let Some(t) = as_title(&c[1]) {
                found.push(Role {
                    title: t,
                    line: l.line,
                    text: l.text.to_string(),
                    later: true,
                });
            }
        }
    }
    found
}

/// A list mark at the start of a line ("-- ", "- ", "* ", "• ", "1. "), and the rest.
fn unmark(text: &str) -> (bool, &str) {
    let t = text.trim_start();
    let rest = t.trim_start_matches(['-', '–', '—', '*', '•', '·']);
    if rest.len() < t.len() && rest.starts_with(' ') {
        return (true, rest.trim());
    }
    let digits = t.trim_start_matches(|c: char| c.is_ascii_digit());
    if digits.len() < t.len()
        && let Some(rest) = digits.strip_prefix(['.', ')'])
        && rest.starts_with(' ')
    {
        return (true, rest.trim());
    }
    (false, t.trim())
}

/// An item that is a job title and nothing else: up to seven words, the
/// first capitalised, the last a job's noun (a plural made singular), no
/// sentence, no colon, no link. An article before it and "for our … team"
/// after it are dropped.
fn as_title(item: &str) -> Option<String> {
    // Up to seven words and a cut: a longer item is no title, and no
    // title's last word is far from its start.
    if item.len() > 120 || item.bytes().filter(|&b| b == b' ').count() > 12 {
        return None;
    }
    let mut t = item.trim().trim_matches(['*', '_', '`']).trim();
    for article in ["A ", "An ", "a ", "an ", "The ", "the "] {
        if let Some(rest) = t.strip_prefix(article) {
            t = rest.trim_start();
        }
    }
    for cut in [
        " for our ",
        " for the ",
        " to join ",
        " on our ",
        " in our ",
        " (",
        " – ",
        " — ",
    ] {
        if let Some(i) = t.find(cut) {
            t = t[..i].trim();
        }
    }
    let t = t.trim_end_matches(['!', ' ']);
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 7
        || t.contains([':', '.', '?', '|', '@'])
        || t.contains("://")
        || !words[0].starts_with(|c: char| c.is_alphabetic())
    {
        return None;
    }
    // The whole title names a job: capitalised words ("Founding Frontend
    // Engineer"), or the lower-case words of running text ("applied AI engineer").
    let last = *words.last()?;
    let singular = singular(last);
    let job = headline::is_job_noun(&singular)
        || JOB_ACRONYMS.contains(&singular.to_ascii_lowercase().as_str());
    if !job {
        return None;
    }
    let mut words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    *words.last_mut()? = singular;
    Some(words.join(" "))
}

/// "Engineers" -> "Engineer", "SWEs" -> "SWE", "DRIVERS" -> "DRIVER"; other
/// words as they are.
pub(super) fn singular(word: &str) -> String {
    match word.strip_suffix(['s', 'S']) {
        Some(stem)
            if stem.len() > 1
                && !stem.ends_with(['s', 'S'])
                && (headline::is_job_noun(stem)
                    || JOB_ACRONYMS.contains(&stem.to_ascii_lowercase().as_str())) =>
        {
            stem.to_string()
        }
        _ => word.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::analyse;
    use crate::document::{Document, Format};
    use crate::extract::{Context, Posting};

    fn records(text: &str, format: Format) -> Vec<Posting> {
        let doc = Document::parse(text, format);
        let cx = Context::new(&doc);
        let posting =
            crate::extract::extract_from(&cx, "post", crate::taxonomy::Taxonomy::builtin());
        super::records(&cx, posting)
    }

    fn titles(ps: &[Posting]) -> Vec<String> {
        ps.iter()
            .map(|p| p.title.clone().unwrap_or_default())
            .collect()
    }

    #[test]
    fn a_marked_list_of_titles_in_the_header_is_one_record_per_role() {
        let ps = records(
            "Kestrel Labs | Leeds, UK | Full time\n-- Founding Frontend Engineer\n-- Founding Data Engineers\n\nWe build tools for farmers. Email jobs@kestrel.example to apply.\n",
            Format::Text,
        );
        assert_eq!(
            titles(&ps),
            ["Founding Frontend Engineer", "Founding Data Engineer"]
        );
        assert_eq!(ps[0].source, "post#role-1");
        assert_eq!(ps[1].source, "post#role-2");
        assert!(
            ps[1].notes.iter().any(|n| n.contains("role 2 of 2")),
            "{:?}",
            ps[1].notes
        );
        assert_eq!(ps[0].evidence["title"].line, 2);
    }

    #[test]
    fn an_inline_list_after_looking_for_splits_coordinated_seniorities() {
        let ps = records(
            "Orrery Health | Remote (US only) | Multiple roles\n\nWe make software for clinics.\n\nWe are looking for: Staff and Senior SWEs, backend focused - Data Engineers - An Engineering Manager for our platform team - More!\n",
            Format::Text,
        );
        assert_eq!(
            titles(&ps),
            [
                "Staff SWE",
                "Senior SWE",
                "Data Engineer",
                "Engineering Manager"
            ]
        );
        // Shared fields stay on every record.
        assert!(ps.iter().all(|p| p.employer == ps[0].employer));
    }

    #[test]
    fn a_list_announced_as_open_roles_in_markdown() {
        let ps = records(
            "# Careers at Brightwater Foods\n\nWe make oat milk in Cork.\n\n## Open roles\n\n- Production Supervisor\n- Quality Technician\n- Maintenance Electrician\n\nApply at careers@brightwater.example.\n",
            Format::Markdown,
        );
        assert_eq!(
            titles(&ps),
            [
                "Production Supervisor",
                "Quality Technician",
                "Maintenance Electrician"
            ]
        );
    }

    #[test]
    fn also_hiring_adds_a_role_without_the_header_pay() {
        let ps = records(
            "Northwind AI | Senior Product Engineer | Full-Time | Boston | $200K - $240K\n\nYou will own our agent editor.\n\nWe're also hiring an applied AI engineer! See our site.\n",
            Format::Text,
        );
        assert_eq!(
            titles(&ps),
            ["Senior Product Engineer", "applied AI engineer"]
        );
        assert_eq!(ps[0].salary.min, Some(200000.0));
        assert_eq!(ps[1].salary.min, None);
        assert!(
            ps[1]
                .notes
                .iter()
                .any(|n| n.contains("another of its roles"))
        );
    }

    #[test]
    fn a_single_role_post_keeps_one_record_and_its_source() {
        let ps = records(
            "# Staff Nurse\n\nBand 5 Staff Nurse on a surgical ward.\n\n## What we are looking for\n\n- Registered Nurse\n- Team Player\n",
            Format::Markdown,
        );
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].source, "post");
    }

    #[test]
    fn requirement_bullets_are_not_roles() {
        for text in [
            "# Data Analyst\n\nWe are looking for:\n\n- Strong SQL skills\n- A team player\n",
            "# Data Analyst\n\nYou will work with:\n\n- Product Manager\n- Engineering Lead\n",
            "# Data Analyst\n\nWe are looking for: someone curious, a clear writer and a good listener.\n",
        ] {
            let ps = records(text, Format::Markdown);
            assert_eq!(ps.len(), 1, "{text}");
        }
        // A whole advert read as one keeps its record as it was.
        let p = analyse(
            "# Data Analyst\n\nJoin us.\n",
            "t.md",
            Some(Format::Markdown),
            None,
        );
        assert_eq!(p.title.as_deref(), Some("Data Analyst"));
    }
}
