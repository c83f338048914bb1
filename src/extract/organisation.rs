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
static NAME_OF_FORM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&|for|the|upon|on))*?\s+(?:NHS\s+(?:Foundation\s+)?Trust|Health\s+and\s+(?:Social\s+)?Care\s+Trust|(?:Teaching\s+)?Health\s+Board|(?:Borough|County|District|City|Town|Parish|Metropolitan\s+Borough|Regional)\s+Council|Council|Ltd|Limited|plc|PLC|LLC|LLP|GmbH|Inc)\b\.?|University\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:\s+\([A-Z]{2,8}\))?",
    )
});

/// Words that may open a sentence before a name without being part of it.
const LEADING: &[&str] = &[
    "At", "Join", "Joining", "Here", "Welcome", "To", "For", "About", "With", "Our", "Within",
    "From", "By", "In", "And", "As", "Why", "Work", "Working", "Whilst", "While", "Both", "Across",
];

/// Words before a name that make it the employer's.
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?:\bhere\s+at|\bat|\bjoin|\bjoining|\bwelcome\s+to)\s+(?:the\s+)?$")
});

/// Words after a name that make it a sentence's subject.
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\s*(?:,\s*)?(?:is|are|has|have|was|were|provides|employs|serves|offers|runs)\b")
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
}

/// "Spire Southampton Hospital" when the text also names "Spire Healthcare
/// Ltd": a site of the organisation, whose own name, with its legal form and
/// the same first word, is the employer.
fn site_of_named_organisation(cx: &Context, out: &mut Out) {
    let Some(employer) = out.posting.employer.clone() else {
        return;
    };
    if NAME_OF_FORM.is_match(&employer) {
        return;
    }
    let Some(first) = employer.split_whitespace().next() else {
        return;
    };
    let fuller = cx.lines_matching(&NAME_OF_FORM).find_map(|line| {
        names_of_form(line.text).into_iter().find_map(|found| {
            let name = found.base;
            // Another name with the same first word ("Spire Healthcare Ltd"
            // beside "Spire Leeds Hospital"), not the employer's own name
            // grown ("Pine County Office of Elections and Pine Ltd").
            (name.split_whitespace().next() == Some(first)
                && name.split_whitespace().count() <= 5
                && !name.starts_with(employer.as_str())
                && name != employer)
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
            if cued {
                entry.cued += 1;
                if entry.first.is_none() {
                    entry.first = Some((line.line, text.to_string()));
                }
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
            (name.split_whitespace().count() >= 2 && !NOT_EMPLOYER.is_match(name)).then(|| Found {
                start,
                end: m.end(),
                name,
                base: name.split(" (").next().unwrap_or(name),
            })
        })
        .collect()
}

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
