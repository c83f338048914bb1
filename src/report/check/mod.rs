//! Writers for `vacancy check`: its findings in each `--format`, and the
//! rule catalogue (`--list-rules`, `vacancy explain`, docs/rules.md).

pub mod catalogue;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use crate::check::Finding;

/// One checked advert: its name, its source text (for showing lines) and its findings.
pub struct Checked {
    pub file: String,
    pub text: String,
    pub findings: Vec<Finding>,
}
