//! Counting words, sentences and syllables, for the clarity rules.

/// One sentence of the advert, with where it lies.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// The sentence, its source lines joined with spaces.
    pub text: String,
    pub first_line: usize,
    pub last_line: usize,
    /// About where the sentence starts on its first line (see [`super::At::Words`]).
    pub column: usize,
}

impl Sentence {
    pub fn words(&self) -> usize {
        word_count(&self.text)
    }

    pub fn at(&self) -> super::At {
        if self.first_line == self.last_line {
            super::At::Words {
                line: self.first_line,
                column: self.column,
                text: self.text.clone(),
            }
        } else {
            super::At::Lines(self.first_line, self.last_line)
        }
    }
}

static LABEL: std::sync::LazyLock<crate::pattern::Regex> =
    std::sync::LazyLock::new(|| crate::text::re(r"^\s*[A-Z][A-Za-z0-9 /&()'’-]{0,40}:\s"));

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms", "st", "no", "vs", "approx", "incl", "inc",
    "cf", "fig", "prof", "nb", "c.f", "a.k.a", "aka", "p.a", "ca", "min", "max", "dept", "est",
];

/// Splits the text of one block (its source lines, each with its line
/// number and the column where the line's text starts) into sentences. A
/// list item always ends a sentence, with or without a full stop.
/// Whether a line of a block starts an item of its own rather than going
/// on with the line before: a bullet or number at its start, or a capital
/// after a line that ends without a stop but with no word that runs on
/// ("Full driving licence" then "Pension scheme", as `<br>`-separated items
/// come), or anything after a line ending in a colon.
fn new_item(before: &str, line: &str) -> bool {
    let before = before.trim_end();
    let line = line.trim_start();
    if line.starts_with(['•', '·', '-', '*', '–', '—', '▪', '●'])
        || line.split_once(['.', ')']).is_some_and(|(n, rest)| {
            !n.is_empty()
                && n.len() <= 2
                && n.chars().all(|c| c.is_ascii_digit())
                && rest.starts_with(' ')
        })
        || before.ends_with(':')
    {
        return true;
    }
    const RUNS_ON: &[&str] = &[
        "and", "or", "the", "a", "an", "of", "to", "in", "with", "for", "on", "at", "by", "as",
        "our", "your", "their", "is", "are", "be", "from", "that", "which", "who", "&",
    ];
    let last = before.rsplit(' ').next().unwrap_or("").to_lowercase();
    line.starts_with(char::is_uppercase)
        && !before.ends_with([',', ';', '(', '/', '-', '–'])
        && !before.ends_with(['.', '!', '?'])
        && !RUNS_ON.contains(&last.as_str())
}

pub fn sentences(block: usize, lines: &[(usize, usize, &str)]) -> Vec<Sentence> {
    // The block's text on one line, with each character's source line and column.
    let mut chars: Vec<(char, usize, usize)> =
        Vec::with_capacity(lines.iter().map(|(_, _, t)| t.len() + 1).sum());
    // Offsets where a source line starts a sentence of its own: a line of
    // labelled facts ("Salary: £30,000") after a line break.
    let mut forced = Vec::new();
    for (n, (line, column, text)) in lines.iter().enumerate() {
        if n > 0 {
            if LABEL.is_match(text) || new_item(lines[n - 1].2, text) {
                forced.push(chars.len());
            }
            chars.push((' ', *line, *column));
        }
        for (i, c) in text.chars().enumerate() {
            chars.push((c, *line, column + i));
        }
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // `forced` is in order and `i` only grows: the next forced offset not
    // yet passed is the only one `i` can be.
    let mut next_forced = 0;
    while i < chars.len() {
        let c = chars[i].0;
        let mut end = None;
        let mut skip = 0;
        while forced.get(next_forced).is_some_and(|&f| f < i) {
            next_forced += 1;
        }
        if forced.get(next_forced) == Some(&i) {
            end = Some(i);
        } else if matches!(c, '•' | '·' | '|')
            && i > 0
            && chars[i - 1].0.is_whitespace()
            && chars.get(i + 1).is_some_and(|n| n.0.is_whitespace())
        {
            // "Pension · Parking · Training": items run together on one line.
            end = Some(i);
            skip = 1;
        } else if c == '.'
            && i >= 3
            && chars[i - 3..i].iter().all(|(c, ..)| c.is_lowercase())
            && chars.get(i + 1).is_some_and(|n| n.0.is_uppercase())
            && chars.get(i + 2).is_some_and(|n| n.0.is_lowercase())
        {
            // "…with our team.We offer…": a stop with its space lost.
            end = Some(i + 1);
        } else if matches!(c, '.' | '!' | '?') {
            // Take closing quotes and brackets with the stop.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].0, '"' | '\'' | ')' | '’' | '”' | ']') {
                j += 1;
            }
            let next = chars[j..].iter().find(|(c, ..)| !c.is_whitespace());
            let spaced = j < chars.len() && chars[j].0.is_whitespace();
            let starts_sentence = next.is_none_or(|(c, ..)| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '"' | '“' | '‘' | '(' | '•' | '-')
            });
            if (j == chars.len() || (spaced && starts_sentence))
                && !(c == '.' && abbreviation(&chars[start..i]))
            {
                end = Some(j);
            }
        }
        if let Some(e) = end {
            push(&mut out, block, &chars[start..e]);
            start = e + skip;
            i = start.max(i + 1);
        } else {
            i += 1;
        }
    }
    push(&mut out, block, &chars[start..]);
    out
}

fn abbreviation(before: &[(char, usize, usize)]) -> bool {
    let word: String = before
        .iter()
        .rev()
        .take_while(|(c, ..)| !c.is_whitespace() && *c != '(')
        .map(|(c, ..)| *c)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let word = word.to_lowercase();
    // A single letter is an initial ("J. Smith").
    (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
        || ABBREVIATIONS.contains(&word.as_str())
}

fn push(out: &mut Vec<Sentence>, block: usize, chars: &[(char, usize, usize)]) {
    let lead = chars.iter().take_while(|(c, ..)| c.is_whitespace()).count();
    let chars = &chars[lead..];
    let text: String = chars.iter().map(|(c, ..)| *c).collect();
    let text = text.trim_end().to_string();
    if word_count(&text) == 0 {
        return;
    }
    let first = chars[0];
    let last_line = chars[..text.chars().count()]
        .last()
        .map_or(first.1, |c| c.1);
    let _ = block;
    out.push(Sentence {
        text,
        first_line: first.1,
        last_line,
        column: first.2,
    });
}

/// Words: runs of characters between blanks with a letter or digit in them.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Syllables in an English word, by vowel groups: a heuristic, as every
/// readability tool uses, right for most words and never below one.
pub fn syllables(word: &str) -> usize {
    // The word's ASCII letters, lower-cased, on the stack (this runs for
    // every word of every advert), or on the heap for a longer run.
    let mut buffer = [0u8; 64];
    let mut len = 0;
    let mut heap = None;
    for b in word.bytes().filter(u8::is_ascii_alphabetic) {
        if len == buffer.len() {
            heap = Some(
                word.chars()
                    .filter(char::is_ascii_alphabetic)
                    .collect::<String>()
                    .to_ascii_lowercase(),
            );
            break;
        }
        buffer[len] = b.to_ascii_lowercase();
        len += 1;
    }
    let w = match &heap {
        Some(w) => w.as_str(),
        None => std::str::from_utf8(&buffer[..len]).unwrap_or_default(),
    };
    if w.len() <= 3 {
        return 1;
    }
    let mut w = w;
    // A silent final e ("code"), but not "-le" ("table").
    if w.ends_with('e') && !w.ends_with("le") && !w.ends_with("ee") {
        w = &w[..w.len() - 1];
    }
    let mut count = 0;
    let mut in_vowel = false;
    for c in w.chars() {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if vowel && !in_vowel {
            count += 1;
        }
        in_vowel = vowel;
    }
    // "-ed" and "-es" after most consonants add no syllable ("managed", "makes").
    if count > 1
        && (w.ends_with("ed") || w.ends_with("es"))
        && !w.ends_with("ies")
        && !w.ends_with("ted")
        && !w.ends_with("ded")
        && !w.ends_with("ses")
        && !w.ends_with("ces")
        && !w.ends_with("zes")
        && !w.ends_with("ges")
        && !w.ends_with("xes")
        && !w.ends_with("shes")
        && !w.ends_with("ches")
    {
        count -= 1;
    }
    count.max(1)
}

/// Flesch reading ease of sentences: 206.835 − 1.015 × words per sentence
/// − 84.6 × syllables per word. Higher is easier; 60 and above is plain English.
pub fn flesch<'a>(sentences: impl IntoIterator<Item = &'a str>) -> Option<(f64, usize)> {
    let (mut n, mut words, mut syl) = (0usize, 0usize, 0usize);
    for s in sentences {
        let ws: Vec<&str> = s
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .filter(|w| !w.contains("://") && !w.contains('@'))
            .collect();
        if ws.is_empty() {
            continue;
        }
        n += 1;
        words += ws.len();
        syl += ws.iter().map(|w| syllables(w)).sum::<usize>();
    }
    if n == 0 || words == 0 {
        return None;
    }
    let score = 206.835 - 1.015 * (words as f64 / n as f64) - 84.6 * (syl as f64 / words as f64);
    Some((score, words))
}

/// Levenshtein distance, for did-you-mean suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        sentences(0, &[(1, 1, text)])
            .into_iter()
            .map(|s| s.text)
            .collect()
    }

    #[test]
    fn sentences_end_at_stops_not_abbreviations() {
        assert_eq!(
            split("We use Rust, e.g. Tokio. You lead a team of 4. Apply by 3 May!"),
            [
                "We use Rust, e.g. Tokio.",
                "You lead a team of 4.",
                "Apply by 3 May!"
            ]
        );
        assert_eq!(
            split("Contact J. Smith today."),
            ["Contact J. Smith today."]
        );
        assert_eq!(split("Version 2.5 is out"), ["Version 2.5 is out"]);
    }

    #[test]
    fn items_run_together_are_sentences_of_their_own() {
        let n = |lines: &[&str]| {
            let l: Vec<(usize, usize, &str)> = lines
                .iter()
                .enumerate()
                .map(|(i, t)| (i + 1, 1, *t))
                .collect();
            sentences(0, &l).len()
        };
        // Items after <br>, each on a line, with no stops.
        assert_eq!(
            n(&[
                "Full driving licence",
                "Pension scheme",
                "Free parking on site"
            ]),
            3
        );
        // Items on one line between bullets or middle dots.
        assert_eq!(n(&["Pension · Parking · Training budget"]), 3);
        // A stop whose space was lost.
        assert_eq!(n(&["You will join our team.We offer a pension"]), 2);
        // A sentence wrapped over lines is one.
        assert_eq!(
            n(&["You will work with the", "Finance team on budgets."]),
            1
        );
        assert_eq!(n(&["We use tools such as", "Excel and SQL every day."]), 1);
    }

    #[test]
    fn sentences_across_lines_keep_their_lines() {
        let s = sentences(3, &[(10, 3, "One line ends. Another"), (11, 5, "goes on.")]);
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].first_line, s[0].last_line, s[0].column), (10, 10, 3));
        assert_eq!(s[1].text, "Another goes on.");
        assert_eq!((s[1].first_line, s[1].last_line, s[1].column), (10, 11, 18));
    }

    #[test]
    fn labelled_lines_are_sentences_of_their_own() {
        let s = sentences(
            0,
            &[
                (1, 1, "Salary Range: £55,000 a year"),
                (2, 1, "Location: Cardiff"),
                (3, 1, "and Wales"),
            ],
        );
        let texts: Vec<&str> = s.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Salary Range: £55,000 a year",
                "Location: Cardiff and Wales"
            ]
        );
    }

    #[test]
    fn syllable_counts() {
        for (w, n) in [
            ("code", 1),
            ("table", 2),
            ("managed", 2),
            ("developer", 4),
            ("salary", 3),
            ("the", 1),
            ("responsibilities", 6),
            ("makes", 1),
        ] {
            assert_eq!(syllables(w), n, "{w}");
        }
    }

    #[test]
    fn flesch_scores_plain_and_dense_text() {
        let (easy, _) = flesch(["The cat sat on the mat.", "We pay well."]).unwrap();
        assert!(easy > 90.0, "{easy}");
        let (hard, _) = flesch([
            "Comprehensive organisational responsibilities necessitate interdisciplinary collaboration.",
        ])
        .unwrap();
        assert!(hard < 0.0, "{hard}");
        assert_eq!(flesch(["123 456"]), None);
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
