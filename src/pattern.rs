//! The fixed regular expressions of the readers and the linter: the `regex`
//! crate's, with each search counted as work (see [`crate::work`]).
//!
//! Only the methods the tool uses are here; each hands its haystack to the
//! inner regex unchanged, so results are the crate's own.

use std::borrow::Cow;

use regex::{CaptureMatches, Captures, Match, Matches, Replacer, Split};

use crate::work;

/// A compiled regular expression whose searches count as work.
#[derive(Debug, Clone)]
pub struct Regex(regex::Regex);

impl Regex {
    /// Compiles `pattern`.
    pub fn new(pattern: &str) -> Result<Self, regex::Error> {
        regex::Regex::new(pattern).map(Regex)
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
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
        self.0.is_match(haystack)
    }

    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        Self::count(haystack);
        self.0.find(haystack)
    }

    /// Counts the bytes searched: from `start` to the end of the match, or to
    /// the end of the text when there is none, so that a loop resuming each
    /// search where the last ended counts the text once.
    pub fn find_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Match<'h>> {
        let found = self.0.find_at(haystack, start);
        Self::count_from(haystack, start, found.map(|m| m.end()));
        found
    }

    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> Matches<'r, 'h> {
        Self::count(haystack);
        self.0.find_iter(haystack)
    }

    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        Self::count(haystack);
        self.0.captures(haystack)
    }

    /// Counted as [`Regex::find_at`] is.
    pub fn captures_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Captures<'h>> {
        let found = self.0.captures_at(haystack, start);
        let end = found.as_ref().and_then(|c| c.get(0)).map(|m| m.end());
        Self::count_from(haystack, start, end);
        found
    }

    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> CaptureMatches<'r, 'h> {
        Self::count(haystack);
        self.0.captures_iter(haystack)
    }

    pub fn replace<'h, R: Replacer>(&self, haystack: &'h str, rep: R) -> Cow<'h, str> {
        Self::count(haystack);
        self.0.replace(haystack, rep)
    }

    pub fn replace_all<'h, R: Replacer>(&self, haystack: &'h str, rep: R) -> Cow<'h, str> {
        Self::count(haystack);
        self.0.replace_all(haystack, rep)
    }

    pub fn split<'r, 'h>(&'r self, haystack: &'h str) -> Split<'r, 'h> {
        Self::count(haystack);
        self.0.split(haystack)
    }
}
