//! A list of words found as whole words, in any ASCII case, with an optional
//! plural "s": what a pattern `(?i)\b(word|word|…)s?\b` finds, without
//! compiling one.
//!
//! Compiling a case-insensitive alternation of a few hundred words costs about
//! a millisecond at start-up, more than any other of the tool's patterns; a
//! set of words costs nothing to build and a hash per word to search.
//!
//! The pattern's `\b` is ASCII's (`(?-u:\b)`): a word is a run of ASCII
//! letters, digits and `_`, so every match is one such run whole. Words with
//! a hyphen ("co-ordinator") are several runs joined by `-`. Two characters
//! outside ASCII fold to ASCII letters under the pattern's case-insensitivity
//! (the long s and the Kelvin sign); a text holding either is searched with
//! the pattern itself, compiled only then, so the answers are always the
//! pattern's.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::pattern::Regex;
use crate::text::FnvBuild;

pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<HashSet<&'static str, FnvBuild>>,
    /// The longest word, with its plural "s", in bytes.
    longest: OnceLock<usize>,
    pattern: OnceLock<Regex>,
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl WordSet {
    /// `words` in lower case, each letters and at most one hyphen.
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
            longest: OnceLock::new(),
            pattern: OnceLock::new(),
        }
    }

    fn set(&self) -> &HashSet<&'static str, FnvBuild> {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
    }

    fn longest(&self) -> usize {
        *self
            .longest
            .get_or_init(|| self.words.iter().map(|w| w.len() + 1).max().unwrap_or(0))
    }

    /// The pattern the set stands for, for texts it cannot read itself.
    fn pattern(&self) -> &Regex {
        self.pattern
            .get_or_init(|| crate::text::re(&format!(r"(?i)\b({})s?\b", self.words.join("|"))))
    }

    /// Whether `token` (a run of word bytes, or runs joined by hyphens) is a
    /// word of the set or its plural.
    fn holds(&self, token: &str) -> bool {
        if token.len() > self.longest() {
            return false;
        }
        let mut buf = [0u8; 64];
        let lower = &mut buf[..token.len()];
        lower.copy_from_slice(token.as_bytes());
        lower.make_ascii_lowercase();
        let Ok(lower) = std::str::from_utf8(lower) else {
            return false;
        };
        let set = self.set();
        set.contains(lower) || lower.strip_suffix('s').is_some_and(|w| set.contains(w))
    }

    /// The spans of the whole words of `text`: runs of word bytes, and for
    /// the set's hyphenated words, runs joined by one hyphen.
    fn matches<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, usize)> + 't {
        let bytes = text.as_bytes();
        let mut i = 0;
        std::iter::from_fn(move || {
            while i < bytes.len() {
                if !is_word_byte(bytes[i]) {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < bytes.len() && is_word_byte(bytes[i]) {
                    i += 1;
                }
                if self.holds(&text[start..i]) {
                    return Some((start, i));
                }
                // "co-ordinator": a hyphenated word of the set.
                if i < bytes.len() && bytes[i] == b'-' {
                    let mut end = i + 1;
                    while end < bytes.len() && is_word_byte(bytes[end]) {
                        end += 1;
                    }
                    if end > i + 1 && self.holds(&text[start..end]) {
                        i = end;
                        return Some((start, end));
                    }
                }
            }
            None
        })
    }

    /// The words, as given.
    #[cfg(test)]
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// Whether any word of the set stands in `text` as a whole word.
    pub fn is_match(&self, text: &str) -> bool {
        if text.contains(['\u{17F}', '\u{212A}']) {
            return self.pattern().is_match(text);
        }
        self.matches(text).next().is_some()
    }

    /// The first whole word of the set in `text`, as a byte span.
    pub fn find(&self, text: &str) -> Option<(usize, usize)> {
        if text.contains(['\u{17F}', '\u{212A}']) {
            return self.pattern().find(text).map(|m| (m.start(), m.end()));
        }
        self.matches(text).next()
    }
}

/// A list of phrases, each matched against a whole text in any ASCII case:
/// what a pattern `(?i)^(phrase|phrase|…)$` finds, without compiling one.
/// The phrases are ASCII; the two characters outside ASCII that the
/// pattern's case-insensitivity folds to ASCII letters (the long s, the
/// Kelvin sign) are folded the same way here.
pub struct PhraseSet {
    phrases: &'static [&'static str],
    set: OnceLock<HashSet<&'static str, FnvBuild>>,
    longest: OnceLock<usize>,
}

impl PhraseSet {
    /// `phrases` in lower case ASCII.
    pub const fn new(phrases: &'static [&'static str]) -> PhraseSet {
        PhraseSet {
            phrases,
            set: OnceLock::new(),
            longest: OnceLock::new(),
        }
    }

    /// The phrases, as given.
    #[cfg(test)]
    pub fn phrases(&self) -> &'static [&'static str] {
        self.phrases
    }

    /// Whether `text`, whole, is one of the phrases.
    pub fn is_match(&self, text: &str) -> bool {
        let longest = *self
            .longest
            .get_or_init(|| self.phrases.iter().map(|p| p.len()).max().unwrap_or(0));
        // Each folded character is one byte, and no character folds to
        // fewer bytes than one: a longer text cannot fold to a phrase
        // unless it holds the two-byte or three-byte folding characters.
        if text.len() > longest * 3 {
            return false;
        }
        let mut folded = String::with_capacity(text.len());
        for c in text.chars() {
            folded.push(match c {
                '\u{17F}' => 's',
                '\u{212A}' => 'k',
                c => c.to_ascii_lowercase(),
            });
        }
        self.set
            .get_or_init(|| self.phrases.iter().copied().collect())
            .contains(folded.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &[&str] = &[
        "lead",
        "leader",
        "engineer",
        "co-ordinator",
        "nurse",
        "crew",
    ];
    static SET: WordSet = WordSet::new(WORDS);

    /// The set answers as the pattern it stands for, on fixed texts and on
    /// texts made from the words, their pieces and the characters around them.
    #[test]
    fn the_set_answers_as_its_pattern() {
        let pattern = crate::text::re(&format!(r"(?i)\b({})s?\b", WORDS.join("|")));
        let mut texts: Vec<String> = [
            "",
            "Senior Engineer",
            "ENGINEERS wanted",
            "engineering",
            "Team Leader",
            "leads",
            "co-ordinator",
            "Co-Ordinators!",
            "co-op",
            "coordinator",
            "nurse_1",
            "Nurseé",
            "éNurse",
            "crews, leaders",
            "re-engineer",
            "Leaſ",
            "Engineer Kelvin \u{212A}",
            "lead-in",
            "co-",
            "-co-ordinator-",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let pieces = [
            "lead",
            "Leader",
            "s",
            "engineer",
            "co",
            "-",
            "ordinator",
            " ",
            "_",
            "é",
            "x",
            "NURSE",
            "crew",
            ".",
            "1",
        ];
        let mut seed = 7u64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(seed % 6 + 1) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            texts.push(text);
        }
        for text in &texts {
            assert_eq!(SET.is_match(text), pattern.is_match(text), "{text:?}");
            assert_eq!(
                SET.find(text),
                pattern.find(text).map(|m| (m.start(), m.end())),
                "{text:?}"
            );
        }
    }
}
