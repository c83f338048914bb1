//! The employer, last of all, from a name with an organisation's legal or
//! public form that the text uses as its own: "North Bristol NHS Trust",
//! "Harbourside Borough Council", "Kestrel Analytics Ltd", "University of
//! Dundee". Only when no other reader found the employer.
//!
//! A name counts only where the text speaks of it as the employer: on a line
//! of its own, after "at", "here at", "join" or "welcome to", or as the
//! subject of a sentence ("… NHS Foundation Trust (UCLH) is one of …").
//! When two names have as much for them, the field stays null with a note:
//! an advert often names a partner, a parent body or a regulator too.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{Context, Out, headline};
use crate::pattern::Regex;
use crate::text::re;

/// A capitalised name ending in an organisation's form, or "University of X".
const NAME_OF_FORM_PATTERN: &str = r"\b(?:[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&|for|the|upon|on))*?\s+(?:NHS\s+(?:Foundation\s+)?Trust|Health\s+and\s+(?:Social\s+)?Care\s+Trust|(?:Teaching\s+)?Health\s+Board|(?:Borough|County|District|City|Town|Parish|Metropolitan\s+Borough|Regional)\s+Council|Council|Ltd|Limited|plc|PLC|LLC|LLP|GmbH|Inc)\b\.?|University\s+(?:Hospitals?\s+)?of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:\s+\([A-Z]{2,8}\))?";
static NAME_OF_FORM: LazyLock<Regex> = LazyLock::new(|| re(NAME_OF_FORM_PATTERN));

/// Words that may open a sentence before a name without being part of it.
const LEADING: &[&str] = &[
    "At", "Join", "Joining", "Here", "Welcome", "To", "For", "About", "With", "Our", "Within",
    "From", "By", "In", "And", "As", "Why", "Work", "Working", "Whilst", "While", "Both", "Across",
];

/// Words before a name that make it the employer's.
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?:\bhere\s+at|\bat|\bjoin|\bjoining|\bwelcome\s+to)\s+(?:the\s+)?$")
});

/// Words before a name that tie the job to it, more weakly: "roles in
/// Solent NHS Trust", "a Division of Southern Health NHS Foundation Trust",
/// "working for Harbourside Borough Council".
static WEAK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?:\b(?:in|of|within|for|across)|\bmake\s+up|\bemployed\s+by)\s+(?:the\s+|our\s+)?$")
});

/// Words after a name that make it a sentence's subject.
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:,\s*)?(?:is|are|has|have|was|were|provides|employs|serves|offers|runs|operates|manages|delivers)\b",
    )
});

/// Words of an agency's name or of a body that is never the employer.
static NOT_EMPLOYER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:recruitment|recruiting|staffing|resourcing|agency|jobs|care quality commission|nursing and midwifery council|health and care professions council|general\s+\w+\s+council|social\s+care\s+council)\b",
    )
});

#[derive(Default)]
struct Seen {
    mentions: usize,
    cued: usize,
    first: Option<(usize, String)>,
    /// The first line that ties the job to the name weakly.
    weak: Option<(usize, String)>,
    /// The first line that names it at all, and whether any mention is
    /// another's partner's ("working closely with …").
    named: Option<(usize, String)>,
    partner: bool,
}

/// A group's name: capitalised words ending in "Healthcare", "Health
/// Care", "Group" or "Holdings" ("Cygnet Health Care", "The Huntercombe
/// Group"), with a legal form after it when there is one.
const GROUP_NAME_PATTERN: &str = r"\b(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2}\s+(?:Healthcare|Health\s+Care|Group|Holdings|Hotels(?:\s+(?:&|and)\s+Resorts)?|Resorts|Hospitality|Restaurants)\b(?:\s+(?:Ltd|Limited|plc|PLC|Inc|LLC)\b\.?)?";
static GROUP_NAME: LazyLock<Regex> = LazyLock::new(|| re(GROUP_NAME_PATTERN));
/// Either: the lines that may name a site's organisation, found in one search.
static PARENT_ANY: LazyLock<Regex> =
    LazyLock::new(|| crate::text::any_of([NAME_OF_FORM_PATTERN, GROUP_NAME_PATTERN]));

/// Words before a group's name that make it the employer of the person
/// hired: "when you work for", "employed by".
static EMPLOYS_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:\bwork(?:ing)?\s+for|\bemployed\s+by)\s+(?:the\s+)?$"));

/// "Hamdon Medical Centre is part of Symphony Healthcare Services Ltd": a
/// site's parent (a brand that is "part of" a holding company is not a site).
static PART_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bpart\s+of\s+(?:the\s+)?$"));

/// Words in a site's name: the places a group or a trust runs.
const SITE_WORDS: &[&str] = &[
    "Hospital", "Clinic", "Centre", "Center", "Lodge", "House", "Home", "Practice", "Surgery",
    "Manor", "Court", "Hall",
];

/// The names in a line that may be the organisation a site belongs to:
/// names of an organisation's form and groups' names, with where they start
/// and end.
fn parents_in(text: &str) -> Vec<(usize, usize, &str)> {
    let mut found: Vec<(usize, usize, &str)> = names_of_form(text)
        .into_iter()
        .map(|f| (f.start, f.start + f.base.len(), f.base))
        .collect();
    for m in GROUP_NAME.find_iter(text) {
        let (start, name) = trimmed(m.as_str(), m.start());
        // "The" opens a sentence, not the name, at the start of one.
        let (start, name) = match name.strip_prefix("The ") {
            Some(rest)
                if text[..start].trim_end().is_empty()
                    || text[..start].trim_end().ends_with('.') =>
            {
                (start + 4, rest)
            }
            _ => (start, name),
        };
        if name.split_whitespace().count() >= 2
            && !NOT_EMPLOYER.is_match(name)
            && !found
                .iter()
                .any(|&(s, e, _)| s < start + name.len() && start < e)
        {
            found.push((start, start + name.len(), name));
        }
    }
    found
}

/// A site the text names as the employer ("Spire Southampton Hospital",
/// "Cygnet Acer Clinic", "Eldertree Lodge") gives way to the organisation
/// it belongs to, when the text names that organisation with its legal or
/// group form and ties the two: the same first word ("Spire Healthcare
/// Ltd"), the organisation's first word written before the site's name
/// ("Cygnet Tupwood Gate" beside "Cygnet Health Care"), "X is part of Y",
/// or the organisation as the one the candidate works for ("when you work
/// for Elysium Healthcare", "join The Huntercombe Group as a …").
fn site_of_named_organisation(cx: &Context, out: &mut Out) {
    let Some(employer) = out.posting.employer.clone() else {
        return;
    };
    if NAME_OF_FORM.is_match(&employer) || GROUP_NAME.is_match(&employer) {
        return;
    }
    let Some(first) = employer.split_whitespace().next() else {
        return;
    };
    // "Cygnet Hospital Sheffield", "Hamdon Medical Centre": the name of a
    // place where people work, which a group or a trust runs.
    let a_site = employer.split_whitespace().any(|w| SITE_WORDS.contains(&w))
        // "Hotel: Coralstone Carlisle Bay": a label that calls it a site.
        || cx.facts.iter().any(|f| {
            f.value.trim() == employer
                && matches!(
                    f.label.as_str(),
                    "hotel" | "property" | "resort" | "restaurant" | "venue" | "store" | "branch"
                )
        });
    let first_of = |name: &str| {
        let name = name.strip_prefix("The ").unwrap_or(name);
        name.split_whitespace().next().map(str::to_string)
    };
    let ties = |name: &str, text: &str, start: usize, end: usize| -> bool {
        let Some(brand) = first_of(name) else {
            return false;
        };
        let same_first = brand == first && a_site;
        let branded_name = format!("{brand} {employer}");
        let branded = cx.find_in_lines(&branded_name).next().is_some();
        let part_of = a_site && PART_OF_BEFORE.is_match(&text[..start]);
        let employs = part_of
            || EMPLOYS_BEFORE.is_match(&text[..start])
            || (JOIN_BEFORE.is_match(&text[..start]) && AS_AFTER.is_match(&text[end..]));
        same_first || branded || employs
    };
    let fuller = cx.lines_matching(&PARENT_ANY).find_map(|line| {
        parents_in(line.text)
            .into_iter()
            .find_map(|(start, end, name)| {
                // Another name, not the employer's own name grown ("Pine
                // County Office of Elections and Pine Ltd").
                (name.split_whitespace().count() <= 5
                    && !name.starts_with(employer.as_str())
                    && !employer.contains(name)
                    && name != employer
                    && ties(name, line.text, start, end))
                .then(|| (name.to_string(), line.line, line.text))
            })
    });
    if let Some((name, line, text)) = fuller {
        out.posting.employer = None;
        out.posting.evidence.remove("employer");
        headline::set_employer(out, &name, line, text);
        if out.posting.employer.is_some() {
            out.note(format!(
                "employer: \"{name}\", the organisation \"{employer}\" belongs to, as the text names both"
            ));
        } else {
            out.posting.employer = Some(employer);
        }
    }
}

/// "join" before a name and "as" after it: "join The Huntercombe Group as a
/// Support Worker".
static JOIN_BEFORE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bjoin(?:ing)?\s+(?:the\s+)?$"));
static AS_AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+as\b"));

pub fn extract(cx: &Context, out: &mut Out) {
    site_of_named_organisation(cx, out);
    if out.posting.employer.is_some() {
        return;
    }
    let mut seen: HashMap<String, Seen> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for line in cx.lines_matching(&NAME_OF_FORM) {
        if cx.excluded.get(line.block).copied().unwrap_or(false) {
            continue;
        }
        let text = line.text;
        for Found {
            start,
            end,
            name,
            base,
        } in names_of_form(text)
        {
            let base = base.to_string();
            let own_line = text
                .trim()
                .trim_matches(|c: char| c == '*' || c == '_' || c == '#' || c.is_whitespace())
                == name;
            let cued = own_line || BEFORE.is_match(&text[..start]) || AFTER.is_match(&text[end..]);
            let entry = seen.entry(base.clone()).or_insert_with(|| {
                order.push(base.clone());
                Seen::default()
            });
            entry.mentions += 1;
            if entry.named.is_none() {
                entry.named = Some((line.line, text.to_string()));
            }
            entry.partner |= PARTNER_BEFORE.is_match(&text[..start]);
            if !cued && entry.weak.is_none() && WEAK_BEFORE.is_match(&text[..start]) {
                entry.weak = Some((line.line, text.to_string()));
            }
            if cued {
                entry.cued += 1;
                if entry.first.is_none() {
                    entry.first = Some((line.line, text.to_string()));
                }
            }
        }
    }
    // A group's name ("Cygnet Health Care", "The Huntercombe Group") counts
    // only where the text makes it the employer: the subject of a sentence
    // that opens a line, "join … as a …" or "work for …". Named in passing
    // it is no rival.
    // A quick look for the words every group's name ends in spares the pattern.
    let may_name_a_group = [
        "Health",
        "Group",
        "Holdings",
        "Hotels",
        "Resorts",
        "Hospitality",
        "Restaurants",
    ]
    .iter()
    .any(|w| cx.joined.contains(w));
    for line in may_name_a_group
        .then(|| cx.lines_matching(&GROUP_NAME))
        .into_iter()
        .flatten()
    {
        if cx.excluded.get(line.block).copied().unwrap_or(false) {
            continue;
        }
        let text = line.text;
        let of_form = names_of_form(text);
        for m in GROUP_NAME.find_iter(text) {
            let (start, name) = trimmed(m.as_str(), m.start());
            let end = m.end();
            // "The Group is …": an article and the word are no name.
            let bare = name.strip_prefix("The ").unwrap_or(name);
            if bare.split_whitespace().count() < 2
                || NOT_EMPLOYER.is_match(name)
                || of_form.iter().any(|f| f.start < end && start < f.end)
            {
                continue;
            }
            let before = text[..start].trim_end();
            let opens = before.is_empty() || before.ends_with(['.', '!', '?']);
            let cued = (opens && AFTER.is_match(&text[end..]))
                || EMPLOYS_BEFORE.is_match(&text[..start])
                || (JOIN_BEFORE.is_match(&text[..start]) && AS_AFTER.is_match(&text[end..]));
            if !cued {
                continue;
            }
            let entry = seen.entry(name.to_string()).or_insert_with(|| {
                order.push(name.to_string());
                Seen::default()
            });
            entry.mentions += 1;
            entry.cued += 1;
            if entry.first.is_none() {
                entry.first = Some((line.line, text.to_string()));
            }
        }
    }
    let mut cued: Vec<(&String, &Seen)> = order
        .iter()
        .filter_map(|n| seen.get(n).map(|s| (n, s)))
        .filter(|(_, s)| s.cued > 0)
        .collect();
    // The most mentioned first; of names as often mentioned, the first named.
    cued.sort_by_key(|(_, s)| std::cmp::Reverse(s.mentions));
    let Some(&(best, seen_best)) = cued.first() else {
        // No name is spoken of as the employer: one tied to the job more
        // weakly ("roles in Solent NHS Trust") is taken when it is the only
        // name of an organisation's form the advert gives.
        // A partner named beside it ("in partnership with the University
        // of Southampton") is no rival.
        let distinct: Vec<&String> = order
            .iter()
            .filter(|n| !order.iter().any(|m| m != *n && m.contains(n.as_str())))
            .filter(|n| seen.get(*n).is_some_and(|s| !s.partner || s.weak.is_some()))
            .collect();
        if let [only] = distinct[..]
            && let Some((line, text)) = seen.get(only).and_then(|s| {
                // The longest form of the name, tied to the job.
                order
                    .iter()
                    .filter(|n| only.contains(n.as_str()))
                    .find_map(|n| seen.get(n).and_then(|s| s.weak.clone()))
                    .or_else(|| s.weak.clone())
            })
        {
            headline::set_employer(out, only, line, &text);
            if out.posting.employer.is_some() {
                out.note(format!(
                    "employer: \"{only}\" taken from the text, the only organisation it names, though not as the employer in so many words"
                ));
            }
        } else if let [only] = distinct[..]
            && let Some(seen_only) = seen.get(only)
            && !seen_only.partner
            && let Some((line, text)) = seen_only.named.clone()
            && let Some(kind) = speaks_of_itself(cx, only)
        {
            headline::set_employer(out, only, line, &text);
            if out.posting.employer.is_some() {
                out.note(format!(
                    "employer: \"{only}\" taken from the text, the only organisation it names, as the text speaks of itself as \"the {kind}\""
                ));
            }
        }
        return;
    };
    if let Some(&(rival, _)) = cued.iter().skip(1).find(|(n, s)| {
        s.mentions == seen_best.mentions && !best.contains(n.as_str()) && !n.contains(best.as_str())
    }) {
        out.note(format!(
            "employer: the text names \"{best}\" and \"{rival}\" as often; neither is taken"
        ));
        return;
    }
    if let Some((line, text)) = &seen_best.first {
        headline::set_employer(out, best, *line, text);
        if out.posting.employer.is_some() {
            out.note(format!(
                "employer: \"{best}\" taken from the text, where it is named as an organisation"
            ));
        }
    }
}

/// A name of an organisation's form in a line.
struct Found<'t> {
    /// Where the name starts (after the words that open a sentence) and the match ends.
    start: usize,
    end: usize,
    /// The name as written, with an acronym in brackets after it.
    name: &'t str,
    /// The name without the acronym.
    base: &'t str,
}

/// Every name of an organisation's form in `text`, of two words or more,
/// without the words that open a sentence before it or a sentence that
/// ends inside the match ("… in Hampshire. Southern Health NHS Foundation
/// Trust"; "St." and the like do not end one), and no regulator or agency.
fn names_of_form(text: &str) -> Vec<Found<'_>> {
    NAME_OF_FORM
        .find_iter(text)
        .filter_map(|m| {
            let (start, name) = trimmed(&text[m.start()..m.end()], m.start());
            let name = name.trim_end_matches('.');
            let (start, name) = match name.rfind(". ") {
                Some(at) if !name[..at].ends_with("St") && !name[..at].ends_with("Mt") => {
                    (start + at + 2, &name[at + 2..])
                }
                _ => (start, name),
            };
            // A part named as "of" its organisation ("the South East Hampshire
            // Division of Southern Health NHS Foundation Trust") is the
            // organisation, tied to the part by "of".
            let (start, name) = match PART_OF_NAME
                .iter()
                .filter_map(|part| name.rfind(part).map(|at| at + part.len()))
                .max()
            {
                Some(at) => (start + at, &name[at..]),
                None => (start, name),
            };
            (name.split_whitespace().count() >= 2 && !NOT_EMPLOYER.is_match(name)).then(|| Found {
                start,
                end: m.end(),
                name,
                base: name.split(" (").next().unwrap_or(name),
            })
        })
        .collect()
}

/// Words before a name that make it another body the employer works with,
/// first or later in a list ("close working relationships with Adult Mental
/// Health Services and the University of Southampton").
static PARTNER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:with|alongside|partners?|partnership|between|commissioned\s+by|funded\s+by)\s+(?:[^.;:]{1,60}?,?\s+(?:and|&)\s+)?(?:the\s+)?$",
    )
});

/// The kinds of organisation an advert calls itself by, capitalised, as
/// "the Trust" or "our Council": the last word of the name's form.
const SELF_KINDS: &[&str] = &["Trust", "Council", "Board", "University"];

/// Whether the advert speaks of an organisation of `name`'s kind as itself,
/// "the Trust", "our Trust", "the Council", outside the name: the kind when
/// it does. Only with the kind capitalised, as a name's stand-in is.
fn speaks_of_itself(cx: &Context, name: &str) -> Option<&'static str> {
    let kind = SELF_KINDS.iter().copied().find(|k| {
        name.ends_with(k) || (*k == "University" && name.starts_with("University of "))
    })?;
    ["the ", "The ", "our ", "Our "].iter().find_map(|det| {
        let needle = format!("{det}{kind}");
        cx.find_in_lines(&needle)
            .any(|(line, at)| {
                let after = &line.text[at + needle.len()..];
                // Not a word longer ("the Trusts"), nor the start of a name
                // ("the Trust Board", "The University of Leeds").
                !after.starts_with(|c: char| c.is_alphanumeric())
                    && !after.trim_start().starts_with("of ")
                    && (det.starts_with(['o', 'O'])
                        || !after.trim_start().starts_with(|c: char| c.is_uppercase()))
            })
            .then_some(kind)
    })
}

/// Words that name a part of an organisation before "of" and its name.
const PART_OF_NAME: &[&str] = &[" Division of ", " Directorate of ", " Care Group of "];

/// The name without the words that open a sentence before it, and where it now starts.
fn trimmed(name: &str, start: usize) -> (usize, &str) {
    let mut rest = name;
    while let Some((first, after)) = rest.split_once(char::is_whitespace)
        && LEADING.contains(&first)
    {
        rest = after.trim_start();
    }
    (start + (name.len() - rest.len()), rest)
}

#[cfg(test)]
mod tests {
    use crate::analyse;
    use crate::document::Format;

    fn employer(text: &str) -> (Option<String>, Vec<String>) {
        let p = analyse(text, "t.md", Some(Format::Markdown), None);
        (p.employer, p.notes)
    }

    #[test]
    fn the_only_organisation_named_and_tied_to_the_job_is_the_employer() {
        let (e, notes) = employer(
            "# Bank Nurse\n\nWe need bank staff for clinical roles in Tarnside NHS Trust. Shifts suit you.\n",
        );
        assert_eq!(e.as_deref(), Some("Tarnside NHS Trust"));
        assert!(
            notes.iter().any(|n| n.contains("only organisation")),
            "{notes:?}"
        );
        // Two organisations: neither is taken on so little.
        let (e, _) = employer(
            "# Bank Nurse\n\nWe need bank staff for clinical roles in Tarnside NHS Trust and Ellerby Borough Council.\n",
        );
        assert_eq!(e, None);
        // A partner the job works with is no rival.
        let (e, _) = employer(
            "# Bank Nurse\n\nWe need bank staff for clinical roles in Tarnside NHS Trust, working with Ellerby Borough Council.\n",
        );
        assert_eq!(e.as_deref(), Some("Tarnside NHS Trust"));
        // A name mentioned in passing, tied to nothing, is not taken.
        let (e, _) = employer(
            "# Bank Nurse\n\nTarnside NHS Trust mandatory training is given. You will work nights.\n",
        );
        assert_eq!(e, None);
    }

    #[test]
    fn a_part_of_an_organisation_ties_the_job_to_the_organisation() {
        let (e, _) = employer(
            "# Psychologist\n\nWe see older people.\n\nHarbury is in the Coastal and Downs Division of Wexcombe Health NHS Foundation Trust, with six other psychologists.\n",
        );
        assert_eq!(e.as_deref(), Some("Wexcombe Health NHS Foundation Trust"));
        // A partner named beside it is no rival.
        let (e, _) = employer(
            "# Psychologist\n\nHarbury is in the Downs Division of Wexcombe Health NHS Foundation Trust.\n\nWe teach in partnership with the University of Elmbridge.\n",
        );
        assert_eq!(e.as_deref(), Some("Wexcombe Health NHS Foundation Trust"));
    }

    #[test]
    fn the_only_trust_named_when_the_advert_speaks_of_the_trust() {
        let (e, notes) = employer(
            "# Radiopharmacist\n\nWe make doses for scans.\n\nThe Trust is committed to safeguarding.\n\nFind our page by searching Mersey Vale Hospitals NHS Foundation Trust.\n",
        );
        assert_eq!(
            e.as_deref(),
            Some("Mersey Vale Hospitals NHS Foundation Trust")
        );
        assert!(notes.iter().any(|n| n.contains("the Trust")), "{notes:?}");
        // Without the advert calling itself "the Trust", a name in passing is not taken.
        let (e, _) = employer(
            "# Radiopharmacist\n\nWe make doses for scans.\n\nFind our page by searching Mersey Vale Hospitals NHS Foundation Trust.\n",
        );
        assert_eq!(e, None);
        // Nor a partner's name, though the advert speaks of "the Trust".
        let (e, _) = employer(
            "# Radiopharmacist\n\nThe Trust is committed to safeguarding.\n\nWe work closely with Mersey Vale Hospitals NHS Foundation Trust.\n",
        );
        assert_eq!(e, None);
    }

    #[test]
    fn a_partner_later_in_a_list_is_no_rival() {
        let (e, _) = employer(
            "# Psychologist\n\nHarbury is in the Downs Division of Wexcombe Health NHS Foundation Trust.\n\nWe work closely with Adult Services and the University of Elmbridge.\n",
        );
        assert_eq!(e.as_deref(), Some("Wexcombe Health NHS Foundation Trust"));
    }

    #[test]
    fn a_group_that_opens_a_sentence_or_that_you_join_as_a_worker() {
        let (e, _) = employer(
            "# Ward Nurse\n\nKestrel Health Care have run secure services for 20 years.\n\nThe ward has 16 beds.\n",
        );
        assert_eq!(e.as_deref(), Some("Kestrel Health Care"));
        let (e, _) = employer(
            "# Psychologist\n\nA unit for brain injury.\n\nTo join The Fernleigh Group as a Psychologist you will hold a doctorate.\n",
        );
        assert_eq!(e.as_deref(), Some("The Fernleigh Group"));
        // "The Group": an article and the word name no one.
        let (e, _) = employer(
            "# Data Engineer\n\nThe Group has offices in six countries.\n\nYou will build pipelines.\n",
        );
        assert_eq!(e, None);
        // Named in passing, a group is not the employer.
        let (e, _) = employer(
            "# Ward Nurse\n\nThe ward has 16 beds and takes referrals from the Kestrel Health Care network.\n",
        );
        assert_eq!(e, None);
    }

    #[test]
    fn university_hospitals_of_a_city_is_a_trust_name() {
        let (e, _) = employer(
            "# Pharmacy Assistant\n\nStart your career in the pharmacy team at University Hospitals of Branford.\n",
        );
        assert_eq!(e.as_deref(), Some("University Hospitals of Branford"));
    }

    #[test]
    fn a_name_of_form_spoken_of_as_the_employer() {
        let cases = [
            (
                "Locum Doctors\n\nOur bank offers flexible shifts.\n\nAt Westmere NHS Trust, based in Southmead, we set up a locum bank.\n",
                "Westmere NHS Trust",
            ),
            (
                "Pharmacist\n\nThe pharmacy team is growing.\n\nHolloway Vale University Hospitals NHS Foundation Trust (HVUH) is one of the largest trusts in the region.\n",
                "Holloway Vale University Hospitals NHS Foundation Trust",
            ),
            (
                "Clerical Officer\n\nA busy office.\n\nTo keep up with our news here at Eastfield Borough Council, visit our pages.\n",
                "Eastfield Borough Council",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(employer(text).0.as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_site_gives_way_to_the_organisation_it_belongs_to() {
        let (e, notes) = employer(
            "# Staff Nurse\n\nEmployer: Larkspur Leeds Hospital\n\nLarkspur Healthcare Ltd runs twelve hospitals.\n",
        );
        assert_eq!(e.as_deref(), Some("Larkspur Healthcare Ltd"));
        assert!(notes.iter().any(|n| n.contains("belongs to")), "{notes:?}");
        // A department or a team is not the employer.
        let (e, _) = employer(
            "Radiographer | Radiography Department | Band 5 | Liverpool | Full Time\n\nWe scan patients.\n",
        );
        assert_eq!(e, None);
    }

    #[test]
    fn a_hotel_gives_way_to_the_chain_that_runs_it() {
        let (e, _) = employer(
            "# Front Office Manager\n\n| | |\n|---|---|\n| Hotel | Palmetto Harbour View |\n| Location | Bay Street, Bridgetown, St. Michael, Barbados |\n\nPalmetto Hotels & Resorts runs nine hotels in the Caribbean.\n",
        );
        assert_eq!(e.as_deref(), Some("Palmetto Hotels & Resorts"));
    }

    #[test]
    fn a_site_gives_way_to_the_group_that_runs_it() {
        // The group's first word written before the site's name.
        let (e, _) = employer(
            "# Healthcare Assistant\n\nYou will work 40 hours a week at Heron Millbrook Lodge.\n\nMillbrook Lodge is a nursing home near Leek.\n\nHeron Health Care\n",
        );
        assert_eq!(e.as_deref(), Some("Heron Health Care"));
        // "X is part of Y".
        let (e, _) = employer(
            "# Practice Nurse\n\nOakfield Surgery is part of Lattice Healthcare Partners Ltd, a group of twelve practices.\n\nOakfield Surgery cares for 9,000 patients.\n",
        );
        assert_eq!(e.as_deref(), Some("Lattice Healthcare Partners Ltd"));
        // The group the candidate works for.
        let (e, _) = employer(
            "# Support Worker\n\nWillow Court Hospital is a rehabilitation unit.\n\nWillow Court Hospital has 30 beds.\n\nWhen you join The Ashgrove Group as a Support Worker you will train with us.\n",
        );
        assert_eq!(e.as_deref(), Some("The Ashgrove Group"));
        // A brand "part of" a holding company is the brand, not a site.
        let (e, _) = employer(
            "# Data Engineer\n\nTravlo, part of Meridian Holdings, is a travel search engine. Travlo has offices in Boston.\n",
        );
        assert_ne!(e.as_deref(), Some("Meridian Holdings"));
        // A name sharing only a first word with a company is not its group.
        let (e, _) = employer(
            "# Developer\n\nOpen Ledger Services is a co-operative. Open Ledger Services builds tools.\n\nWe gave to the Open Rights Group last year.\n",
        );
        assert_ne!(e.as_deref(), Some("Open Rights Group"));
    }

    #[test]
    fn a_name_only_mentioned_or_two_names_alike_give_none() {
        // Named in passing: not the employer.
        let (e, _) =
            employer("Support Worker\n\nWe work closely with Riverside NHS Trust and local GPs.\n");
        assert_eq!(e, None);
        // Two names, each once, each spoken of alike: neither, with a note.
        let (e, notes) = employer(
            "Support Worker\n\nThe home is run jointly.\n\nHere at Northgate Care Ltd, and at Southbank Homes Ltd, we value you.\n",
        );
        assert_eq!(e, None);
        assert!(notes.iter().any(|n| n.contains("as often")), "{notes:?}");
        // A regulator is never the employer.
        let (e, _) = employer(
            "Nurse\n\nA ward of 20 beds.\n\nRegistration with the Nursing and Midwifery Council is required.\n",
        );
        assert_eq!(e, None);
    }
}
