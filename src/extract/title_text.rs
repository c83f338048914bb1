//! The title, when no headline, label or header names the job, from a
//! sentence that introduces it in lower case or after praise: "We are
//! looking for a talented web services engineer who…", "You will be a
//! DevOps engineer at Lima", "is seeking a junior Software Developer".
//!
//! Running text is full of "a …" phrases that are not jobs ("looking for a
//! new challenge", "as a team"), so a phrase counts only when its words,
//! after the praise before them, are an ESCO occupation's label whole (see
//! `occupations::for_phrase`) and end in a job's noun. The title keeps the
//! advert's words, with each word capitalised, and a note says where it
//! came from.

use std::sync::LazyLock;

use super::{Context, Out, headline};
use crate::occupations;
use crate::pattern::Regex;
use crate::text::re;

/// Words that introduce the job, then an article.
static INTRODUCES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?m)(?i)(?:\b(?:(?:are|is|we're|currently)\s+(?:looking\s+for|seeking|recruiting|hiring)|(?:needs|seeks|wants)|(?:looking\s+for|seeking\s+to\s+(?:hire|recruit|appoint)|wish\s+to\s+appoint|to\s+appoint)|(?:you\s+will|you['’]ll)\s+be|(?:join|joining)\s+(?:us|our\s+team|the\s+team)(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+as|(?:opportunity|post|vacancy)\s+(?:has\s+arisen\s+|is\s+available\s+|has\s+become\s+available\s+)?for)|(?:^|[.!?]\s+)as)\s+(?:an?|our\s+new|our|the\s+new)\s+",
    )
});

/// Praise and other words before a job that are not part of its title.
const PRAISE: &[&str] = &[
    "talented",
    "experienced",
    "passionate",
    "motivated",
    "highly",
    "self-motivated",
    "skilled",
    "enthusiastic",
    "dedicated",
    "driven",
    "dynamic",
    "brilliant",
    "great",
    "exceptional",
    "outstanding",
    "committed",
    "proactive",
    "hard-working",
    "hardworking",
    "creative",
    "curious",
    "friendly",
    "confident",
    "capable",
    "qualified",
    "suitable",
    "new",
    "permanent",
    "full-time",
    "part-time",
    "strong",
    "ambitious",
    "versatile",
    "seasoned",
    "pragmatic",
    "reliable",
    "organised",
    "organized",
    "energetic",
    "well-rounded",
    "results-driven",
    "detail-oriented",
    "positive",
    "personable",
    "caring",
    "suitably",
    "compassionate",
    "bright",
    "eager",
    "and",
];

/// Words that stay in lower case in a title.
const SMALL: &[&str] = &["of", "and", "for", "the", "in", "to", "on", "at", "with"];

/// How many phrases are tried, in order.
const PHRASES: usize = 6;

pub fn extract(cx: &Context, out: &mut Out) {
    if out.posting.title.is_some() {
        return;
    }
    // The employer's own words before the job ("Axon Business Development
    // Director", "Jobot Consulting Senior DevOps Engineer") are not the title's.
    let employer: Vec<String> = out
        .posting
        .employer
        .iter()
        .flat_map(|e| e.split_whitespace().map(str::to_lowercase))
        .collect();
    let found = cx
        .lines_matching(&INTRODUCES)
        .flat_map(|l| INTRODUCES.find_iter(l.text).map(move |m| (l, m.end())))
        .take(PHRASES)
        .find_map(|(l, end)| {
            let title = title_in(&l.text[end..])?;
            // "As a Google Premier Partner, we…": the employer, not the job.
            let after = l.text[end..].get(title.len()..).unwrap_or("");
            let rest = after.trim_start_matches([',', ' ']).to_lowercase();
            if after.trim_start().starts_with(',')
                && (rest.starts_with("we ") || rest.starts_with("our "))
            {
                return None;
            }
            let words: Vec<&str> = title.split_whitespace().collect();
            let skip = words
                .iter()
                .take_while(|w| employer.contains(&w.to_lowercase()))
                .count();
            let title = if skip > 0 && words.len() - skip >= 2 {
                words[skip..].join(" ")
            } else {
                title
            };
            Some((title, l.line, l.text))
        });
    if let Some((title, line, text)) = found {
        out.posting.title = Some(title.clone());
        out.evidence("title", line, text);
        out.note(format!(
            "title: \"{title}\" read from a sentence, as no headline or label names the job"
        ));
    }
}

/// The job named at the start of `text`, after praise: the longest run of up
/// to six words that is an occupation's label whole and ends in a job's noun.
fn title_in(text: &str) -> Option<String> {
    // Praise in a list ("an enthusiastic, organized, and positive Physical
    // Therapist Tech"): its commas do not end the phrase.
    let mut text = text;
    loop {
        let t = text.trim_start();
        let Some(word_end) = t.find(char::is_whitespace) else {
            break;
        };
        let word = t[..word_end].to_ascii_lowercase();
        match word.strip_suffix(',') {
            Some(w) if PRAISE.contains(&w) => text = &t[word_end..],
            _ if PRAISE.contains(&word.as_str()) => text = &t[word_end..],
            _ => break,
        }
    }
    let text = text.trim_start();
    let end = text
        .char_indices()
        .find(|&(i, c)| i >= 100 || !(c.is_alphanumeric() || " &'/-()".contains(c)))
        .map_or(text.len(), |(i, _)| i);
    let words: Vec<&str> = text[..end].split_whitespace().collect();
    // Praise, and the hours ("part time"), before the job.
    let mut skip = 0;
    while let Some(w) = words.get(skip) {
        let w = w.to_ascii_lowercase();
        if PRAISE.contains(&w.as_str()) {
            skip += 1;
        } else if (w == "part" || w == "full")
            && words
                .get(skip + 1)
                .is_some_and(|n| n.eq_ignore_ascii_case("time"))
        {
            skip += 2;
        } else {
            break;
        }
    }
    let words = &words[skip..];
    (1..=words.len().min(6)).rev().find_map(|n| {
        let phrase = &words[..n];
        let last = *phrase.last()?;
        if !headline::is_job_noun(last) || last.ends_with('s') && !last.ends_with("ss") {
            return None;
        }
        let joined = phrase.join(" ");
        // A title written as one ("Cybersecurity Test Engineer", "Infection
        // Prevention and Control (IPC) Practitioner") names the job whatever
        // ESCO calls it; words in lower case must be an occupation's label.
        if n >= 2 && written_as_title(phrase) {
            return Some(joined);
        }
        let m = occupations::for_phrase(&joined)?;
        (occupations::cleaned(m.label) == occupations::cleaned(&joined))
            .then(|| capitalised(phrase))
    })
}

/// Every word capitalised, but the small words of titles ("and", "of").
fn written_as_title(words: &[&str]) -> bool {
    words.iter().enumerate().all(|(i, w)| {
        w.starts_with(|c: char| c.is_uppercase()) || (i > 0 && (SMALL.contains(w) || *w == "&"))
    })
}

/// "web services engineer" -> "Web Services Engineer"; "DevOps" stays.
fn capitalised(words: &[&str]) -> String {
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && SMALL.contains(w) {
                w.to_string()
            } else {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use crate::analyse;
    use crate::document::Format;

    fn title(text: &str) -> Option<String> {
        analyse(text, "t.md", Some(Format::Markdown), None).title
    }

    #[test]
    fn a_job_introduced_in_a_sentence_when_nothing_else_names_it() {
        for (text, want) in [
            (
                "# Overview\n\nWe are looking for a talented software developer who enjoys hard problems.\n",
                "Software Developer",
            ),
            (
                "Brightline is a small firm in Leeds.\n\nYou will be a civil engineer at Brightline, working on bridges.\n",
                "Civil Engineer",
            ),
            (
                "# Overview\n\nWe're looking for a part time physiotherapist to join our team.\n",
                "Physiotherapist",
            ),
            (
                "# Overview\n\nThe planning office is seeking a junior Software Developer. This is an opportunity to build tools.\n",
                "Junior Software Developer",
            ),
            // "needs"/"seeks", and praise in a list with its commas.
            (
                "# Overview\n\nOur family bakery needs a friendly, reliable, and caring Shift Supervisor. Early starts.\n",
                "Shift Supervisor",
            ),
            (
                "# Overview\n\nThe trust seeks an experienced Estates Manager to run its buildings.\n",
                "Estates Manager",
            ),
            (
                "# Overview\n\nOur therapy team has a fixed term post for a qualified and suitably experienced Speech and Language Therapist to join us.\n",
                "Speech and Language Therapist",
            ),
            // A label that names the grade beside the title.
            (
                "Job Title and Grade: Band 6 Physiotherapist\n\nWe treat outpatients and see 12 patients a day as an occupational therapist does.\n",
                "Physiotherapist",
            ),
        ] {
            assert_eq!(title(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn phrases_that_are_not_a_job_give_none() {
        for text in [
            "# Overview\n\nWe are looking for a new challenge for our team and someone who cares.\n",
            "# Overview\n\nYou will be a key member of a friendly team.\n",
            "# Overview\n\nWe are looking for a talented individual to join us.\n",
        ] {
            assert_eq!(title(text), None, "{text}");
        }
    }

    #[test]
    fn a_title_written_as_one_and_not_the_employer() {
        let text = "# Overview\n\nKestrel Tools is currently seeking a dedicated and skilled Cybersecurity Test Engineer to join our team.\n";
        assert_eq!(title(text).as_deref(), Some("Cybersecurity Test Engineer"));
        let text = "# Overview\n\nAs a Google Premier Partner, we help small firms grow.\n";
        assert_eq!(title(text), None);
    }

    #[test]
    fn a_headline_comes_first() {
        let text = "# Senior Data Engineer\n\nWe are looking for a talented software developer.\n";
        assert_eq!(title(text).as_deref(), Some("Senior Data Engineer"));
    }
}
