//! Counts written in figures or in words.

const WORDS: &[(&str, u32)] = &[
    ("one", 1),
    ("a", 1),
    ("an", 1),
    ("single", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("eighteen", 18),
    ("twenty", 20),
    ("twenty-four", 24),
    ("thirty", 30),
    ("thirty-six", 36),
    ("forty", 40),
    ("fifty", 50),
];

/// The regex alternation of number words, for building patterns (longest first).
pub const WORD_PATTERN: &str = "twenty-four|thirty-six|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty|forty|fifty";

/// Reads "3", "three", "Three" or "twenty-four" as a count.
pub fn count(s: &str) -> Option<u32> {
    let s = s.trim();
    if let Ok(n) = s.parse::<u32>() {
        return Some(n);
    }
    let lower = s.to_lowercase();
    WORDS.iter().find(|(w, _)| *w == lower).map(|&(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_and_words() {
        assert_eq!(count("3"), Some(3));
        assert_eq!(count("Three"), Some(3));
        assert_eq!(count("twenty-four"), Some(24));
        assert_eq!(count("many"), None);
        assert_eq!(count(""), None);
    }
}
