//! The advert's own switches: HTML comments that silence rules.
//!
//! - `<!-- vacancy-disable RULE… -->` silences the rules from its line on
//!   (every rule when none is named), until `<!-- vacancy-enable RULE… -->`.
//! - `<!-- vacancy-disable-next-line RULE… -->` silences them on the next line that is not blank.
//! - `<!-- vacancy-disable-line RULE… -->` silences them on its own line.
//!
//! A finding about the advert as a whole (a missing salary, its length) is
//! silenced by a `vacancy-disable` for its rule anywhere in the file.
//!
//! Comments never reach the document (readers drop them), so they are read
//! from the source lines here.

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{At, Hit};

static COMMENT: LazyLock<Regex> =
    LazyLock::new(|| crate::text::re(r"<!--\s*vacancy-([A-Za-z-]+)((?:[^-]|-[^-])*)-->"));

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Disable,
    Enable,
    NextLine,
    Line,
}

#[derive(Debug, Default)]
pub struct Directives {
    /// `vacancy-disable` (false) and `vacancy-enable` (true) switches, in source order.
    switches: Vec<(usize, Vec<String>, bool)>,
    /// Single lines silenced, with the rules silenced there.
    lines: Vec<(usize, Vec<String>)>,
    problems: Vec<Hit>,
}

impl Directives {
    pub fn read(text: &str) -> Directives {
        let mut d = Directives::default();
        let source: Vec<&str> = text.lines().collect();
        for (i, line) in source.iter().enumerate() {
            let n = i + 1;
            for c in COMMENT.captures_iter(line) {
                let word = c.get(1).expect("group 1");
                let kind = match word.as_str() {
                    "disable" => Kind::Disable,
                    "enable" => Kind::Enable,
                    "disable-next-line" => Kind::NextLine,
                    "disable-line" => Kind::Line,
                    other => {
                        d.problems.push(problem(
                            n,
                            line,
                            word.start(),
                            other,
                            format!(
                                "Unknown comment `vacancy-{other}`: it silences nothing"
                            ),
                            "Write vacancy-disable, vacancy-enable, vacancy-disable-next-line or vacancy-disable-line",
                        ));
                        continue;
                    }
                };
                let list = c.get(2).expect("group 2");
                let mut rules = Vec::new();
                for id in list
                    .as_str()
                    .split([' ', ',', '\t'])
                    .filter(|s| !s.is_empty())
                {
                    if super::rule(id).is_some() {
                        rules.push(id.to_string());
                    } else {
                        let at = list.start() + list.as_str().find(id).unwrap_or(0);
                        let hint = match super::suggest(id) {
                            Some(s) => format!(
                                "Did you mean `{s}`? `vacancy check --list-rules` lists every rule"
                            ),
                            None => "`vacancy check --list-rules` lists every rule".to_string(),
                        };
                        d.problems.push(problem(
                            n,
                            line,
                            at,
                            id,
                            format!(
                                "Unknown rule `{id}` in a vacancy comment: it silences nothing"
                            ),
                            &hint,
                        ));
                    }
                }
                // A comment that named only unknown rules silences nothing.
                if rules.is_empty() && !list.as_str().trim().is_empty() {
                    continue;
                }
                match kind {
                    Kind::Disable => d.switches.push((n, rules, false)),
                    Kind::Enable => d.switches.push((n, rules, true)),
                    Kind::Line => d.lines.push((n, rules)),
                    Kind::NextLine => {
                        let next = (i + 1..source.len())
                            .find(|&j| !source[j].trim().is_empty())
                            .map_or(n + 1, |j| j + 1);
                        d.lines.push((next, rules));
                    }
                }
            }
        }
        d
    }

    /// Findings about the comments themselves (unknown rules).
    pub fn problems(&self) -> Vec<Hit> {
        self.problems.clone()
    }

    /// Whether a finding of `rule` on `line` is silenced.
    pub fn silences(&self, rule: &str, line: usize, whole: bool) -> bool {
        let names = |rules: &Vec<String>| rules.is_empty() || rules.iter().any(|r| r == rule);
        if whole
            && self
                .switches
                .iter()
                .any(|(_, rules, on)| !on && names(rules))
        {
            return true;
        }
        if self
            .lines
            .iter()
            .any(|(l, rules)| *l == line && names(rules))
        {
            return true;
        }
        let mut off = false;
        for (l, rules, on) in &self.switches {
            if *l > line {
                break;
            }
            if names(rules) {
                off = !on;
            }
        }
        off
    }
}

fn problem(line: usize, text: &str, start: usize, word: &str, message: String, hint: &str) -> Hit {
    Hit::new(
        "bad-directive",
        At::Words {
            line,
            column: text[..start].chars().count() + 1,
            text: word.to_string(),
        },
        message,
    )
    .hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_next_lines_and_whole_advert() {
        let d = Directives::read(
            "a\n<!-- vacancy-disable long-sentence, placeholder -->\nb\n<!-- vacancy-enable placeholder -->\nc\n<!-- vacancy-disable-next-line -->\n\nd\ne <!-- vacancy-disable-line age-bias -->\n",
        );
        assert!(!d.silences("placeholder", 1, false));
        assert!(d.silences("placeholder", 3, false));
        assert!(!d.silences("placeholder", 5, false));
        assert!(d.silences("long-sentence", 5, false));
        assert!(!d.silences("age-bias", 5, false));
        // The next line that is not blank, for every rule.
        assert!(d.silences("age-bias", 8, false));
        assert!(!d.silences("age-bias", 7, false));
        assert!(d.silences("age-bias", 9, false));
        assert!(!d.silences("placeholder", 9, false));
        // A whole-advert finding sits on line 1, before the comment.
        assert!(d.silences("long-sentence", 1, true));
        assert!(!d.silences("missing-salary", 1, true));
        assert!(d.problems().is_empty());
    }

    #[test]
    fn unknown_rules_and_words_are_reported() {
        let d =
            Directives::read("x\n<!-- vacancy-disable missing-salry -->\n<!-- vacancy-off -->\n");
        let p = d.problems();
        assert_eq!(p.len(), 2);
        assert_eq!(
            p[0].at,
            At::Words {
                line: 2,
                column: 22,
                text: "missing-salry".into()
            }
        );
        assert!(p[0].hint.as_deref().unwrap().contains("missing-salary"));
        assert!(p[1].message.contains("vacancy-off"));
        // The misspelt rule silences nothing, not everything.
        assert!(!d.silences("missing-salary", 5, true));
        assert!(!d.silences("placeholder", 5, false));
    }
}
