//! The rules, one file per group. Each file has a `RULES` catalogue (the one
//! place a rule's text lives) and a `check` function that reports [`Hit`]s.

mod clarity;
mod completeness;
mod consistency;
mod inclusive;
mod jobposting;
mod law;
pub(super) use law::explain as explain_law;
mod links;
mod meta;
mod unfinished;

use crate::pattern::Regex;

use super::{Advert, At, Config, Hit, Rule};
use crate::document::Line;

/// A group of rules and the function that checks them.
pub struct Group {
    pub rules: &'static [Rule],
    pub check: fn(&Advert, &Config, &mut Vec<Hit>),
}

/// Every group, in the order the catalogue lists them.
pub const GROUPS: &[Group] = &[
    completeness::GROUP,
    unfinished::GROUP,
    inclusive::GROUP,
    clarity::GROUP,
    links::GROUP,
    consistency::GROUP,
    law::GROUP,
    jobposting::GROUP,
    meta::GROUP,
];

/// Every match of `re` on `lines`, each with its place.
fn find_all<'t>(ad: &Advert, lines: &[Line<'t>], re: &Regex) -> Vec<(Line<'t>, At, String)> {
    let mut out = Vec::new();
    for line in lines {
        for m in re.find_iter(line.text) {
            out.push((
                *line,
                ad.words(line, m.start(), m.end()),
                m.as_str().to_string(),
            ));
        }
    }
    out
}

/// Builds a regex from a constant pattern.
fn re(pattern: &str) -> Regex {
    crate::text::re(pattern)
}

/// Formats a count with its noun: "1 word", "3 words".
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}
