//! The ESCO occupation the advert is for: from the title first; when the
//! title names none, from a phrase of the text that introduces the job ("As
//! a …, you will", "we are hiring a …"), taking only a label matched whole.

use std::sync::LazyLock;

use super::{Context, Occupation, Out};
use crate::occupations::{self, Entry};
use crate::pattern::Regex;
use crate::taxonomy::Taxonomy;
use crate::text::re;

/// Phrases that name the job in running text; the words after them are
/// tried. The words are taken by hand, not by the pattern: a long repeated
/// class in a case-insensitive pattern makes its automaton slow to build.
static INTRODUCES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(act|acts|acting|serve|serves|serving)\s+)?(?:as an?|(?:hiring|seeking|recruiting|looking for|appoint) an?|(?:role|post|position) of(?: an?)?)\s+[A-Za-z]",
    )
});

/// The words after an introducing phrase: letters, spaces and `&'/-`, up to 80 bytes.
fn phrase_after(text: &str) -> &str {
    let end = text
        .char_indices()
        .find(|&(i, c)| i >= 80 || !(c.is_ascii_alphabetic() || " &'/-".contains(c)))
        .map_or(text.len(), |(i, _)| i);
    &text[..end]
}

/// How many phrases of the text are tried, in order, when the title names no occupation.
const PHRASES: usize = 5;

pub fn extract(cx: &Context, out: &mut Out) {
    let title = out.posting.title.clone();
    let found = title.as_deref().and_then(|t| {
        occupations::for_title(t)
            .map(|m| m.occupation)
            .or_else(|| software_by_language(t))
    });
    if let Some(e) = found {
        let line = out.posting.evidence.get("title").map_or(0, |ev| ev.line);
        set(out, e, line, title.as_deref().unwrap_or(""));
        return;
    }
    if let Some((m, line, text)) = from_text(cx) {
        set(out, m.occupation, line, &text);
        out.note(format!(
            "occupation: read from \"{}\" in the text, as the title names none",
            m.label
        ));
        return;
    }
    // Without a title the record's null title already says why.
    if let Some(t) = &title {
        out.note(format!(
            "occupation: no ESCO occupation fits the title \"{t}\" well"
        ));
    }
}

/// Skill categories whose names make a "… Developer" or "… Engineer" title a
/// software developer's: languages, frameworks, web technologies.
const SOFTWARE_CATEGORIES: &[&str] = &["programming_languages", "frameworks_libraries", "web_apis"];

/// Words that, after a programming language or framework, name a software developer.
const SOFTWARE_HEADS: &[&str] = &["developer", "engineer", "programmer"];

/// ESCO has no label for "Python Developer" or "React Engineer": a title
/// that is a language or framework of the skills taxonomy (one or more),
/// then "developer", "engineer" or "programmer", and nothing else (but
/// seniority, grades and brackets), is ESCO's software developer.
fn software_by_language(title: &str) -> Option<&'static Entry> {
    let taxonomy = Taxonomy::builtin();
    let found = taxonomy.find(title);
    let mut rest = title.to_string();
    let mut any = false;
    for m in found.iter().rev() {
        if SOFTWARE_CATEGORIES.contains(&taxonomy.skills()[m.skill].category.as_str()) {
            rest.replace_range(m.start..m.end, " ");
            any = true;
        }
    }
    let words = occupations::cleaned(&rest);
    let only_head = matches!(words.as_slice(), [w] if SOFTWARE_HEADS.contains(&w.as_str()));
    (any && only_head)
        .then(|| occupations::named("software developer"))
        .flatten()
}

/// The first of the first few introducing phrases that names an occupation.
fn from_text(cx: &Context) -> Option<(occupations::Match, usize, String)> {
    cx.lines_matching(&INTRODUCES)
        .flat_map(|l| INTRODUCES.captures_iter(l.text).map(move |c| (l, c)))
        .take(PHRASES)
        .find_map(|(l, c)| {
            // "Act as a …" and "serve as a …" name a part played, not the job.
            if c.get(1).is_some() {
                return None;
            }
            let whole = c.get(0)?;
            let words = phrase_after(&l.text[whole.end() - 1..]);
            occupations::for_phrase(words).map(|m| (m, l.line, l.text.to_string()))
        })
}

fn set(out: &mut Out, e: &Entry, line: usize, text: &str) {
    out.posting.occupation = Some(Occupation {
        uri: e.uri(),
        name: e.name.to_string(),
        isco: e.isco.to_string(),
        isco_group: e.isco_group().to_string(),
    });
    if line > 0 {
        out.evidence("occupation", line, text);
    }
}

#[cfg(test)]
mod tests {
    use crate::analyse;
    use crate::document::Format;

    fn read(text: &str) -> crate::extract::Posting {
        analyse(text, "t.md", Some(Format::Markdown), None)
    }

    #[test]
    fn the_title_names_the_occupation_with_its_isco_group() {
        let p = read("# Senior Software Developer\n\nWe build payment systems.\n");
        let o = p.occupation.expect("an occupation");
        assert_eq!(o.name, "software developer");
        assert_eq!(o.isco, "2512");
        assert_eq!(o.isco_group, "Software developers");
        assert!(o.uri.starts_with("http://data.europa.eu/esco/occupation/"));
        assert_eq!(p.evidence["occupation"].line, 1);
    }

    #[test]
    fn a_language_before_developer_makes_a_software_developer() {
        for title in ["Senior Python Developer", "Python / Django Engineer"] {
            let p = read(&format!("# {title}\n\nWe build payment systems.\n"));
            assert_eq!(
                p.occupation.map(|o| o.isco),
                Some("2512".to_string()),
                "{title}"
            );
        }
        // A label ESCO has comes first: a property developer builds houses.
        let p = read("# Python Property Developer\n\nWe build houses.\n");
        assert_eq!(p.occupation.map(|o| o.isco), Some("1323".to_string()));
        // A word that is no language keeps the rule from applying.
        let p = read("# Senior Flibbertigibbet Developer\n\nWe build things.\n");
        assert_eq!(p.occupation, None);
    }

    #[test]
    fn a_title_that_fits_nothing_gives_null_and_a_note() {
        let p = read("# Flibbertigibbet Wrangler\n\nYou will wrangle.\n");
        assert_eq!(p.occupation, None);
        assert!(
            p.notes
                .iter()
                .any(|n| n.contains("no ESCO occupation fits the title")),
            "{:?}",
            p.notes
        );
    }

    #[test]
    fn without_a_fitting_title_the_text_may_name_it_but_not_in_passing() {
        let p =
            read("# Join our team\n\nAs a Field Sales Representative, you will visit clients.\n");
        assert_eq!(p.occupation.map(|o| o.isco), Some("3322".to_string()));
        let p = read("# Join our team\n\nYou will act as a general point of contact.\n");
        assert_eq!(p.occupation, None);
    }
}
