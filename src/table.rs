//! Binary search over embedded text whose lines are sorted bytewise by a key.

use std::cmp::Ordering;

/// Tab-separated lines, sorted by the key a caller derives from each line.
#[derive(Clone, Copy)]
pub(crate) struct Lines(pub(crate) &'static str);

impl Lines {
    /// The lines whose key equals `target`, in file order. `cmp` orders a
    /// line's key against `target`, as the file is sorted (bytewise).
    pub(crate) fn equal<'t, F>(
        self,
        target: &'t str,
        cmp: F,
    ) -> impl Iterator<Item = &'static str> + use<'t, F>
    where
        F: Fn(&'static str, &str) -> Ordering,
    {
        let start = self.lower_bound(target, &cmp);
        self.0[start..]
            .split_terminator('\n')
            .take_while(move |line| cmp(line, target) == Ordering::Equal)
    }

    /// Byte offset of the first line whose key is not less than `target`
    /// (the text's length if there is none).
    fn lower_bound<F>(self, target: &str, cmp: &F) -> usize
    where
        F: Fn(&'static str, &str) -> Ordering,
    {
        let text = self.0;
        let bytes = text.as_bytes();
        // Invariant: `lo` is a line start; every line before it is less than
        // `target`, every line from `hi` on is not.
        let (mut lo, mut hi) = (0, text.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = bytes[..mid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1)
                .max(lo);
            let end = bytes[start..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(text.len(), |i| start + i);
            if cmp(&text[start..end], target) == Ordering::Less {
                lo = (end + 1).min(text.len());
            } else {
                hi = start;
            }
        }
        lo
    }
}

/// Field `n` (from 0) of a tab-separated line; empty if it has fewer.
pub(crate) fn field(line: &'static str, n: usize) -> &'static str {
    line.split('\t').nth(n).unwrap_or("")
}

/// The fields of a tab-separated line.
pub(crate) fn fields(line: &'static str) -> std::str::Split<'static, char> {
    line.split('\t')
}
