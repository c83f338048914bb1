//! Small helpers shared by the readers and extractors: safe slicing by byte
//! offsets, and building the fixed regular expressions.

use std::hash::{BuildHasherDefault, Hasher};

use crate::pattern::Regex;

/// Builds a regex from a constant pattern; a bad pattern is a bug the tests catch.
///
/// Word boundaries (`\b`) are made ASCII-only: the patterns' words are ASCII,
/// and a Unicode boundary would keep the fast DFA from running on any text
/// with a non-ASCII character in it ("£", "é", "’"), which most adverts have.
pub fn re(pattern: &str) -> Regex {
    Regex::new(&prepare(pattern)).expect("valid regex")
}

/// A pattern as [`re`] compiles it: ASCII word boundaries, our `\w`, ASCII digits.
fn prepare(pattern: &str) -> String {
    pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\w", WORD)
        .replace(r"\d", "[0-9]")
}

/// One pattern that matches a line where any of `patterns` does. A line it
/// rules out needs none of them tried, so a group of patterns tried on every
/// line costs one pass over most lines instead of one pass per pattern.
///
/// It is multi-line (`(?m)`): `^` and `$` match at the ends of every line, so
/// it finds the same lines in a text of many lines as in each line alone.
///
/// It takes the patterns as written for [`re`], so that a group whose
/// patterns are each compiled only when a line needs them costs one
/// compilation, not all of them, for an advert that needs none.
pub fn any_of<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Regex {
    let alternatives: Vec<String> = patterns
        .into_iter()
        .map(|p| format!("(?:{})", strip_names(&prepare(p))))
        .collect();
    Regex::new(&format!("(?m){}", alternatives.join("|")))
        .expect("valid patterns make a valid alternation")
}

/// A pattern with its named groups made plain groups, so that several
/// patterns naming the same group can be joined into one.
fn strip_names(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(at) = rest.find("(?P<") {
        let escaped = rest[..at].chars().rev().take_while(|&c| c == '\\').count() % 2 == 1;
        out.push_str(&rest[..at]);
        let after = &rest[at + 4..];
        match after.find('>') {
            Some(close) if !escaped => {
                out.push('(');
                rest = &after[close + 1..];
            }
            _ => {
                out.push_str("(?P<");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether a pattern may use `^` or `$` as an anchor of the whole text
/// (outside a class such as `[^,]`, not escaped, and not in a pattern that
/// starts multi-line with `(?m)`). Errs on the side of yes.
pub fn has_anchor(pattern: &str) -> bool {
    if pattern.starts_with("(?m)") {
        return false;
    }
    let cleaned = pattern
        .replace("\\\\", "")
        .replace("\\^", "")
        .replace("\\$", "")
        .replace("[^", "[");
    cleaned.contains(['^', '$'])
}

/// FNV-1a, for tables of words the program looks things up in word by word
/// (skills by their first word, gender-coded stems by a word's prefixes):
/// the standard library's hash, built to resist tables filled by an
/// attacker, cost more than the rest of each lookup. These tables are filled
/// from the program's own data, never from the text, so a text cannot make a
/// bucket long.
pub struct Fnv(u64);

impl std::default::Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` or `HashSet` hasher of [`Fnv`].
pub type FnvBuild = BuildHasherDefault<Fnv>;

/// What `\w` means in our patterns: ASCII letters, digits and underscore, and
/// the Latin letters with accents (U+00C0 to U+024F: "Zürich", "Łódź"). Unicode's
/// full `\w` has hundreds of ranges, and a pattern like `[\w ]{1,80}` built
/// from it took 20 ms to compile, which every run paid at start-up.
const WORD: &str = r"[0-9A-Za-z_\x{C0}-\x{24F}]";

/// Whether `text` has an ASCII digit: every figure, date and amount does, and
/// most lines of an advert do not, so readers of figures pass those over first.
pub fn has_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
}

/// The pieces of `text` between full stops followed by a space: what
/// `text.split(". ")` gives, without setting up a general substring search
/// for every line (which cost more than the search itself on short lines).
pub fn split_sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let t = rest?;
        let bytes = t.as_bytes();
        let mut i = 0;
        while let Some(p) = bytes[i..].iter().position(|&b| b == b'.') {
            let at = i + p;
            if bytes.get(at + 1) == Some(&b' ') {
                rest = Some(&t[at + 2..]);
                return Some(&t[..at]);
            }
            i = at + 1;
        }
        rest = None;
        Some(t)
    })
}

/// The largest char boundary of `s` at or before byte `i` (clamped to the end).
pub fn floor_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after byte `i` (clamped to the end).
pub fn ceil_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The stretch of `text` around `start..end` bounded by the nearest of `stops`
/// on each side (not included): a clause, given the marks that end one.
pub fn between_stops<'a>(text: &'a str, start: usize, end: usize, stops: &[char]) -> &'a str {
    // No clause runs further than REACH bytes either side: a line of 1 MB
    // without a stop costs the same for each match as a short one.
    let (lo, hi) = reach(text, start, end);
    let from = text[lo..start].rfind(stops).map_or(lo, |i| {
        lo + i + text[lo + i..].chars().next().map_or(1, char::len_utf8)
    });
    let to = text[end..hi].find(stops).map_or(hi, |i| end + i);
    &text[from..to]
}

/// How far a sentence or clause is looked for on each side of a match.
pub const REACH: usize = 400;

/// At most [`REACH`] bytes either side of a range, on character boundaries.
pub fn around(text: &str, start: usize, end: usize) -> &str {
    let (lo, hi) = reach(text, start, end);
    &text[lo..hi]
}

/// The byte range [`REACH`] bytes either side of `start..end`, on character boundaries.
pub fn reach(text: &str, start: usize, end: usize) -> (usize, usize) {
    let lo = floor_char(text, start.saturating_sub(REACH));
    let hi = ceil_char(text, end.saturating_add(REACH).min(text.len()));
    (lo, hi)
}

/// `count` reproducible strings of `len` characters drawn from `alphabet`, for
/// tests that compare a hand-written reader with the pattern it replaces.
#[cfg(test)]
pub(crate) fn random_texts(alphabet: &str, count: usize, len: usize, seed: u64) -> Vec<String> {
    let alphabet: Vec<char> = alphabet.chars().collect();
    let mut state = seed;
    (0..count)
        .map(|_| {
            (0..len)
                .map(|_| {
                    state = state
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    alphabet[(state >> 33) as usize % alphabet.len()]
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A control character in the source is a slip (a `\b` written where
    /// an escape was not raw), and in a pattern it silently never matches.
    #[test]
    fn the_source_holds_no_control_characters() {
        fn walk(dir: &std::path::Path, bad: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).expect("the source folder reads") {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    walk(&path, bad);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("source is UTF-8");
                    for (n, line) in text.lines().enumerate() {
                        if line.chars().any(|c| c.is_control() && c != '\t') {
                            bad.push(format!("{}:{}", path.display(), n + 1));
                        }
                    }
                }
            }
        }
        let mut bad = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["src", "tests", "examples", "benches"] {
            if root.join(dir).is_dir() {
                walk(&root.join(dir), &mut bad);
            }
        }
        assert!(bad.is_empty(), "control characters at {bad:?}");
    }

    #[test]
    fn sentences_split_as_str_split_does() {
        for text in [
            "",
            ".",
            ". ",
            "One. Two. Three",
            "Ends with a stop. ",
            "No stop",
            "Dr.Who. Version 2.5. Done.",
            "Trailing..  double. . x",
            "£30. €40. ok",
        ] {
            let expected: Vec<&str> = text.split(". ").collect();
            assert_eq!(
                split_sentences(text).collect::<Vec<_>>(),
                expected,
                "{text:?}"
            );
        }
    }

    #[test]
    fn anchors_are_told_from_classes_and_escapes() {
        assert!(has_anchor(r"^Salary"));
        assert!(has_anchor(r"(?i)pay$"));
        assert!(!has_anchor(r"[^,]+ \$\d+ \^"));
        assert!(!has_anchor(r"(?m)^Salary$"));
    }

    #[test]
    fn a_group_of_patterns_matches_where_any_does() {
        let a = re(r"(?P<n>\d+) years");
        let b = re(r"(?i)^(?P<n>one|two) years?$");
        let any = any_of([a.as_str(), b.as_str()]);
        assert!(any.is_match("at least 5 years"));
        assert!(any.is_match("Two Years"));
        assert!(any.is_match("x\ntwo years\ny"));
        assert!(!any.is_match("two years ago"));
        assert!(!any.is_match("years"));
    }

    #[test]
    fn boundaries_around_multibyte_characters() {
        let s = "a£b";
        assert_eq!(floor_char(s, 2), 1);
        assert_eq!(ceil_char(s, 2), 3);
        assert_eq!(floor_char(s, 99), 4);
        assert_eq!(ceil_char(s, 0), 0);
    }

    #[test]
    fn clauses_stop_at_the_reach() {
        let text = "x".repeat(5000) + "Python" + &"y".repeat(5000);
        let got = between_stops(&text, 5000, 5006, &[',']);
        assert_eq!(got.len(), 2 * REACH + 6);
        assert_eq!(around(&text, 5000, 5006).len(), 2 * REACH + 6);
        assert_eq!(around("£Python£", 2, 8), "£Python£");
    }

    #[test]
    fn clauses_between_stops() {
        let text = "Python, Java (preferred); Go";
        assert_eq!(between_stops(text, 8, 12, &[',', ';']), " Java (preferred)");
        assert_eq!(between_stops(text, 0, 6, &[',', ';']), "Python");
    }
}
