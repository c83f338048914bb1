//! Small helpers shared by the readers and extractors: safe slicing by byte
//! offsets, and building the fixed regular expressions.

use regex::Regex;

/// Builds a regex from a constant pattern; a bad pattern is a bug the tests catch.
///
/// Word boundaries (`\b`) are made ASCII-only: the patterns' words are ASCII,
/// and a Unicode boundary would keep the fast DFA from running on any text
/// with a non-ASCII character in it ("£", "é", "’"), which most adverts have.
pub fn re(pattern: &str) -> Regex {
    Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("valid regex")
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
    let from = text[..start].rfind(stops).map_or(0, |i| i + 1);
    let to = text[end..].find(stops).map_or(text.len(), |i| end + i);
    &text[from..to]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_around_multibyte_characters() {
        let s = "a£b";
        assert_eq!(floor_char(s, 2), 1);
        assert_eq!(ceil_char(s, 2), 3);
        assert_eq!(floor_char(s, 99), 4);
        assert_eq!(ceil_char(s, 0), 0);
    }

    #[test]
    fn clauses_between_stops() {
        let text = "Python, Java (preferred); Go";
        assert_eq!(between_stops(text, 8, 12, &[',', ';']), " Java (preferred)");
        assert_eq!(between_stops(text, 0, 6, &[',', ';']), "Python");
    }
}
