//! The ESCO occupation the advert is for: from the title first; when the
//! title names none, from a phrase of the text that introduces the job ("As
//! a …, you will", "we are hiring a …"), taking only a label matched whole.

use std::sync::LazyLock;

use super::{Context, Occupation, Out};
use crate::occupations::{self, Entry};
use crate::pattern::Regex;
use crate::taxonomy::Taxonomy;
use crate::text::re;

/// Phrases that name the job in running text; the words after them are tried.
static INTRODUCES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(act|acts|acting|serve|serves|serving)\s+)?(?:as an?|(?:hiring|seeking|recruiting|looking for|appoint) an?|(?:role|post|position) of(?: an?)?)\s+([A-Za-z][A-Za-z &'/-]{2,80})",
    )
});

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
    out.note(match &title {
        Some(t) => format!("occupation: no ESCO occupation fits the title \"{t}\" well"),
        None => "occupation: no title, and no ESCO occupation named in the text".to_string(),
    });
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
            let words = c.get(2)?.as_str();
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
