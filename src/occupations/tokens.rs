//! A label's or a title's words as matching sees them, and its head noun:
//! shared by the tool and the build script that indexes the labels ahead
//! (`build.rs`), so that both read a label alike.

use crate::fold::normalise;

/// The normalised words of `s`: lower-case ASCII letters and digits, with
/// British and American spellings made one ("program" is "programme").
pub fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in normalise(s).split(' ').filter(|w| !w.is_empty()) {
        out.extend(variant(w).unwrap_or(w).split(' ').map(str::to_string));
    }
    out
}

/// The one spelling matching uses for a word spelt two ways.
fn variant(word: &str) -> Option<&'static str> {
    Some(match word {
        "adviser" => "advisor",
        "advisers" => "advisors",
        "program" => "programme",
        "programs" => "programmes",
        "center" => "centre",
        "communications" => "communication",
        "labor" => "labour",
        "laborer" => "labourer",
        "laborers" => "labourers",
        "organization" => "organisation",
        "organizer" => "organiser",
        "analyze" => "analyse",
        "specialized" => "specialised",
        "fullstack" => "full stack",
        "backend" => "back end",
        "frontend" => "front end",
        _ => return None,
    })
}

/// Words that say how senior a post is, not what the work is: dropped
/// from titles, and from labels when their words are compared.
pub const SENIORITY: &[&str] = &[
    "senior",
    "snr",
    "sr",
    "junior",
    "jnr",
    "jr",
    "lead",
    "principal",
    "graduate",
    "trainee",
    "entry",
    "level",
    "mid",
    "experienced",
];

/// The head noun of a title or label: the word before the first "of",
/// "for", "to" or "in" ("director of nursing", "consultant in genetics"), else the
/// last word. `is_head` says whether a word heads any label; a last word
/// that does not ("engineer python") gives way to the last one that does.
pub fn head(words: &[String], is_head: impl Fn(&str) -> bool) -> Option<usize> {
    if let Some(i) = words
        .iter()
        .position(|w| matches!(w.as_str(), "of" | "for" | "to" | "in"))
        && i > 0
    {
        return Some(i - 1);
    }
    (0..words.len()).rev().find(|&i| is_head(&words[i]))
}

/// The occupations of the data file, one a line: its id, ISCO code, name and
/// alternative labels (separated by `|`). A line without the first three is
/// skipped, by the tool and by the build script alike, so that both number
/// the occupations the same.
pub fn rows(data: &str) -> impl Iterator<Item = [&str; 4]> {
    data.lines().filter_map(|line| {
        let mut f = line.split('\t');
        Some([f.next()?, f.next()?, f.next()?, f.next().unwrap_or("")])
    })
}
