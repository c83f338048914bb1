//! The checker's own comments: a `vacancy-disable` naming a rule that does
//! not exist silences nothing, which is worth knowing. The findings come
//! from the comments themselves (see `check::directives`).

use super::Group;
use crate::check::{Advert, Category, Config, Hit, Rule, Severity};

pub const GROUP: Group = Group {
    rules: RULES,
    check,
};

pub const RULES: &[Rule] = &[Rule {
    id: "bad-directive",
    category: Category::Meta,
    severity: Severity::Warning,
    summary: "A `<!-- vacancy-… -->` comment names a rule or switch that does not exist.",
    hint: "Check the spelling against `vacancy check --list-rules`.",
    rationale: "A misspelt rule in a disable comment silences nothing, so the finding it was meant to silence keeps coming back, or worse, the author believes a rule is off when it is not.",
    source: "The comment syntax of this tool (see the Configuration section of the README)",
    bad: "<!-- vacancy-disable missing-salry -->\n\n# Payroll Officer\n",
    good: "<!-- vacancy-disable missing-salary -->\n\n# Payroll Officer\n",
    example_config: "",
    settings: &[],
}];

fn check(_: &Advert, _: &Config, _: &mut Vec<Hit>) {}
