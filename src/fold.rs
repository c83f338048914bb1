//! Text folded to the keys the gazetteer and the occupation index are
//! sorted by: lower-case ASCII letters and digits, single spaces.
//!
//! Kept apart from the modules that use it so that the build script, which
//! builds the occupation index ahead (`build.rs`), folds labels exactly as
//! the tool folds titles.

use std::cmp::Ordering;

use crate::table::{Lines, field};

pub(crate) const FOLD: &str = include_str!("../data/places/fold.tsv");

/// The lookup key: letters folded to lower-case ASCII ("Köln" → "koln",
/// "Straße" → "strasse"), apostrophes dropped ("King's" → "kings"), every
/// other run of punctuation or space made one space, trimmed. Characters
/// with no ASCII form (other scripts) are kept as they are, so they match
/// nothing in the index. `scripts/gazetteer.py` makes its keys the same way,
/// from the same table (`data/places/fold.tsv`).
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalised(s, |c| {
        out.push(c);
        true
    });
    out
}

/// Feeds the characters of [`normalise`]`(s)` to `f` one by one, without
/// building the string, until `f` returns false.
pub(crate) fn normalised(s: &str, mut f: impl FnMut(char) -> bool) {
    // A space is written only before a following character, never first or last.
    let mut space = false;
    let mut started = false;
    let mut emit = |c: char| -> bool {
        if c == ' ' {
            space = started;
            return true;
        }
        if space {
            space = false;
            if !f(' ') {
                return false;
            }
        }
        started = true;
        f(c)
    };
    for c in s.chars() {
        if c == '\'' || c == '`' {
            continue;
        }
        let going = if c.is_ascii() {
            emit(if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            })
        } else {
            match fold(c) {
                Some(r) => r.chars().all(&mut emit),
                None => emit(c),
            }
        };
        if !going {
            return;
        }
    }
}

/// How [`normalise`]`(s)` orders against `key`, without building it: a
/// binary search over names compares most probes in their first letters.
pub(crate) fn cmp_normalised(s: &str, key: &str) -> Ordering {
    let key = key.as_bytes();
    let mut at = 0;
    let mut order = Ordering::Equal;
    let mut buf = [0u8; 4];
    normalised(s, |c| {
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            match key.get(at) {
                None => {
                    order = Ordering::Greater;
                    return false;
                }
                Some(&k) if k != b => {
                    order = b.cmp(&k);
                    return false;
                }
                Some(_) => at += 1,
            }
        }
        true
    });
    if order == Ordering::Equal && at < key.len() {
        Ordering::Less
    } else {
        order
    }
}

/// The ASCII replacement of one non-ASCII character, if the table has one.
fn fold(c: char) -> Option<&'static str> {
    let mut buf = [0u8; 4];
    let target = c.encode_utf8(&mut buf);
    let line = Lines(FOLD)
        .equal(target, |line, t| field(line, 0).cmp(t))
        .next()?;
    Some(field(line, 1))
}
