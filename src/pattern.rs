//! The fixed regular expressions of the readers and the linter, with each
//! search counted as work (see [`crate::work`]).
//!
//! They are `regex-automata`'s meta regexes, the engine inside the `regex`
//! crate, configured as that crate configures them except for one thing:
//! no literal prefilter is extracted from a pattern. Extracting one is most
//! of what compiling a large case-insensitive alternation costs, and the
//! tool compiles some two hundred patterns at start-up to search lines a
//! few dozen bytes long, where a prefilter seldom pays for itself: over the
//! corpus of real adverts the export was as fast without them, and `vacancy
//! show` on a small advert starts in two thirds of the time
//! (docs/performance.md). Matches are the same either way: a prefilter only
//! skips text that cannot match.
//!
//! Only the methods the tool uses are here, with the `regex` crate's
//! meanings (leftmost-first matches, empty matches never split a UTF-8
//! character, look-around sees the whole haystack in the `_at` searches).

use std::borrow::Cow;
use std::ops::Range;

use regex_automata::meta::{self, BuildError};
use regex_automata::util::captures;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind};

use crate::work;

/// A compiled regular expression whose searches count as work.
#[derive(Debug, Clone)]
pub struct Regex {
    meta: meta::Regex,
    pattern: std::sync::Arc<str>,
}

/// Where a regex matched in a haystack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    fn new(haystack: &'h str, span: regex_automata::Span) -> Match<'h> {
        Match {
            haystack,
            start: span.start,
            end: span.end,
        }
    }

    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }
}

/// The groups of one match.
#[derive(Debug, Clone)]
pub struct Captures<'h> {
    haystack: &'h str,
    caps: captures::Captures,
}

impl<'h> Captures<'h> {
    /// Group `i` (0 is the whole match), if it took part in the match.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.caps
            .get_group(i)
            .map(|span| Match::new(self.haystack, span))
    }

    /// The group called `name`, if it took part in the match.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.caps
            .get_group_by_name(name)
            .map(|span| Match::new(self.haystack, span))
    }

    /// The number of groups, the whole match included.
    pub fn len(&self) -> usize {
        self.caps.group_len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every group in order, `None` for one that took no part.
    pub fn iter(&self) -> impl Iterator<Item = Option<Match<'h>>> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

impl std::ops::Index<usize> for Captures<'_> {
    type Output = str;

    /// The text of group `i`; panics when it took no part, as `regex` does.
    fn index(&self, i: usize) -> &str {
        self.get(i)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group at index '{i}'"))
    }
}

impl std::ops::Index<&str> for Captures<'_> {
    type Output = str;

    /// The text of the named group; panics when it took no part.
    fn index(&self, name: &str) -> &str {
        self.name(name)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group named '{name}'"))
    }
}

/// What a match is replaced with: a fixed text, or what a closure makes of
/// the match's groups.
pub trait Replacer {
    fn append(&mut self, caps: &Captures<'_>, dst: &mut String);
}

impl Replacer for &str {
    /// The text as it is: the tool's replacements hold no `$` references.
    fn append(&mut self, _caps: &Captures<'_>, dst: &mut String) {
        dst.push_str(self);
    }
}

impl<F, T> Replacer for F
where
    F: FnMut(&Captures<'_>) -> T,
    T: AsRef<str>,
{
    fn append(&mut self, caps: &Captures<'_>, dst: &mut String) {
        dst.push_str(self(caps).as_ref());
    }
}

/// The matches of a regex in a haystack, left to right.
pub struct Matches<'r, 'h> {
    haystack: &'h str,
    it: meta::FindMatches<'r, 'h>,
}

impl<'h> Iterator for Matches<'_, 'h> {
    type Item = Match<'h>;

    fn next(&mut self) -> Option<Match<'h>> {
        self.it.next().map(|m| Match::new(self.haystack, m.span()))
    }
}

/// The groups of each match in a haystack, left to right.
pub struct CaptureMatches<'r, 'h> {
    haystack: &'h str,
    it: meta::CapturesMatches<'r, 'h>,
}

impl<'h> Iterator for CaptureMatches<'_, 'h> {
    type Item = Captures<'h>;

    fn next(&mut self) -> Option<Captures<'h>> {
        self.it.next().map(|caps| Captures {
            haystack: self.haystack,
            caps,
        })
    }
}

/// The pieces of a haystack between the matches of a regex.
pub struct Split<'r, 'h> {
    haystack: &'h str,
    matches: Matches<'r, 'h>,
    last: usize,
}

impl<'h> Iterator for Split<'_, 'h> {
    type Item = &'h str;

    fn next(&mut self) -> Option<&'h str> {
        match self.matches.next() {
            Some(m) => {
                let piece = &self.haystack[self.last..m.start()];
                self.last = m.end();
                Some(piece)
            }
            None if self.last > self.haystack.len() => None,
            None => {
                let piece = &self.haystack[self.last..];
                self.last = self.haystack.len() + 1;
                Some(piece)
            }
        }
    }
}

impl Regex {
    /// Compiles `pattern`.
    pub fn new(pattern: &str) -> Result<Self, Box<BuildError>> {
        let config = meta::Config::new()
            .match_kind(MatchKind::LeftmostFirst)
            .utf8_empty(true)
            .nfa_size_limit(Some(10 * (1 << 20)))
            .hybrid_cache_capacity(2 * (1 << 20))
            .auto_prefilter(false);
        meta::Builder::new()
            .configure(config)
            .syntax(syntax::Config::new().utf8(true))
            .build(pattern)
            .map(|meta| Regex {
                meta,
                pattern: pattern.into(),
            })
            .map_err(Box::new)
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    #[inline]
    fn count(haystack: &str) {
        work::add(1 + haystack.len());
    }

    /// Counts a search resumed at `start` that read up to `end` (the end of
    /// its match, or of the text when there was none).
    #[inline]
    fn count_from(haystack: &str, start: usize, end: Option<usize>) {
        work::add(1 + end.unwrap_or(haystack.len()).saturating_sub(start));
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        Self::count(haystack);
        self.meta.is_match(haystack)
    }

    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        Self::count(haystack);
        self.meta
            .find(haystack)
            .map(|m| Match::new(haystack, m.span()))
    }

    /// Counts the bytes searched: from `start` to the end of the match, or to
    /// the end of the text when there is none, so that a loop resuming each
    /// search where the last ended counts the text once.
    pub fn find_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Match<'h>> {
        let input = Input::new(haystack).range(start..);
        let found = self
            .meta
            .find(input)
            .map(|m| Match::new(haystack, m.span()));
        Self::count_from(haystack, start, found.map(|m| m.end()));
        found
    }

    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> Matches<'r, 'h> {
        Self::count(haystack);
        Matches {
            haystack,
            it: self.meta.find_iter(haystack),
        }
    }

    /// `input` searches `haystack` (the same text, as `&str`).
    fn search_captures<'h>(&self, haystack: &'h str, input: Input<'h>) -> Option<Captures<'h>> {
        let mut caps = self.meta.create_captures();
        self.meta.search_captures(&input, &mut caps);
        caps.is_match().then_some(Captures { haystack, caps })
    }

    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        Self::count(haystack);
        self.search_captures(haystack, Input::new(haystack))
    }

    /// Counted as [`Regex::find_at`] is.
    pub fn captures_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Captures<'h>> {
        let found = self.search_captures(haystack, Input::new(haystack).range(start..));
        let end = found.as_ref().and_then(|c| c.get(0)).map(|m| m.end());
        Self::count_from(haystack, start, end);
        found
    }

    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> CaptureMatches<'r, 'h> {
        Self::count(haystack);
        CaptureMatches {
            haystack,
            it: self.meta.captures_iter(haystack),
        }
    }

    /// `haystack` with its first `limit` matches (every one for 0) replaced.
    fn replacen<'h, R: Replacer>(
        &self,
        haystack: &'h str,
        limit: usize,
        mut rep: R,
    ) -> Cow<'h, str> {
        Self::count(haystack);
        let mut out = String::new();
        let mut last = 0;
        let mut replaced = false;
        for (n, caps) in self.meta.captures_iter(haystack).enumerate() {
            if limit > 0 && n == limit {
                break;
            }
            let caps = Captures { haystack, caps };
            let whole = caps.get(0).expect("a match has group 0");
            out.push_str(&haystack[last..whole.start()]);
            rep.append(&caps, &mut out);
            last = whole.end();
            replaced = true;
        }
        if !replaced {
            return Cow::Borrowed(haystack);
        }
        out.push_str(&haystack[last..]);
        Cow::Owned(out)
    }

    pub fn replace<'h, R: Replacer>(&self, haystack: &'h str, rep: R) -> Cow<'h, str> {
        self.replacen(haystack, 1, rep)
    }

    pub fn replace_all<'h, R: Replacer>(&self, haystack: &'h str, rep: R) -> Cow<'h, str> {
        self.replacen(haystack, 0, rep)
    }

    pub fn split<'r, 'h>(&'r self, haystack: &'h str) -> Split<'r, 'h> {
        Self::count(haystack);
        Split {
            haystack,
            matches: Matches {
                haystack,
                it: self.meta.find_iter(haystack),
            },
            last: 0,
        }
    }
}

/// `text` with every character a pattern gives a meaning escaped.
pub fn escape(text: &str) -> String {
    regex_syntax::escape(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_mean_what_the_regex_crate_means() {
        let re = Regex::new(r"(?P<n>[0-9]+)(?-u:\b)").unwrap();
        let h = "a 12 b 345 c";
        assert_eq!(re.find(h).map(|m| m.range()), Some(2..4));
        assert_eq!(
            re.find_iter(h).map(|m| m.as_str()).collect::<Vec<_>>(),
            ["12", "345"]
        );
        let c = re.captures(h).unwrap();
        assert_eq!((&c[0], &c["n"], c.len()), ("12", "12", 2));
        assert_eq!(c.name("n").map(|m| m.start()), Some(2));
        // A search from an offset sees the text before it: "2" after "1"
        // starts a match of a pattern with no boundary before it, not of one
        // with a boundary.
        assert_eq!(re.find_at(h, 3).map(|m| m.as_str()), Some("2"));
        assert_eq!(
            re.captures_at(h, 5).map(|c| c[0].to_string()).as_deref(),
            Some("345")
        );
        let bounded = Regex::new(r"(?-u:\b)[0-9]+").unwrap();
        assert_eq!(bounded.find_at(h, 3).map(|m| m.as_str()), Some("345"));
        assert!(re.is_match(h) && !re.is_match("none"));
    }

    #[test]
    fn replacing_and_splitting() {
        let re = Regex::new("[0-9]+").unwrap();
        assert_eq!(re.replace_all("a1b22c", ""), "abc");
        assert_eq!(re.replace("a1b22c", "#"), "a#b22c");
        assert!(matches!(re.replace_all("abc", ""), Cow::Borrowed("abc")));
        let doubled = re.replace_all("a1b22", |c: &Captures| format!("<{}>", &c[0]));
        assert_eq!(doubled, "a<1>b<22>");
        // An empty replacement of a match at the start still copies the rest.
        assert_eq!(re.replace_all("12ab", ""), "ab");
        let comma = Regex::new(r",\s*").unwrap();
        assert_eq!(
            comma.split("a, b,c,").collect::<Vec<_>>(),
            ["a", "b", "c", ""]
        );
        assert_eq!(comma.split("").collect::<Vec<_>>(), [""]);
        assert_eq!(escape("a.b"), r"a\.b");
    }

    #[test]
    fn empty_matches_do_not_split_a_character() {
        let re = Regex::new("").unwrap();
        assert_eq!(re.find_iter("é").count(), 2);
    }
}
