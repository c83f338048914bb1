//! `--format sarif`: SARIF 2.1.0, the format code-scanning dashboards read.
//! The log has its own structs, so a change to the findings cannot silently
//! change the file format.

use std::io::{self, Write};

use serde::Serialize;

use super::Checked;
use crate::check::{Config, Severity, catalogue};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'a str,
    version: &'a str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
struct Run<'a> {
    tool: Tool<'a>,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'a str,
    version: &'a str,
    semantic_version: &'a str,
    rules: Vec<ReportingDescriptor<'a>>,
}

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor<'a> {
    id: &'a str,
    short_description: Text<'a>,
    full_description: Text<'a>,
    default_configuration: Configuration,
    help: Text<'a>,
    properties: Properties<'a>,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
    enabled: bool,
}

#[derive(Serialize)]
struct Properties<'a> {
    category: &'a str,
    tags: Vec<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: MessageText,
    locations: Vec<Location>,
}

#[derive(Serialize)]
struct MessageText {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a relative URI reference: forward slashes, unsafe characters escaped.
fn uri(path: &str) -> String {
    let mut out = String::new();
    for c in path.replace('\\', "/").chars() {
        match c {
            'A'..='Z'
            | 'a'..='z'
            | '0'..='9'
            | '-'
            | '.'
            | '_'
            | '~'
            | '/'
            | ':'
            | '@'
            | '!'
            | '$'
            | '&'
            | '\''
            | '('
            | ')'
            | '*'
            | '+'
            | ','
            | ';'
            | '=' => out.push(c),
            other => {
                let mut buf = [0; 4];
                for b in other.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
        }
    }
    out
}

pub fn write(out: &mut dyn Write, checked: &[Checked], config: &Config) -> io::Result<()> {
    let rules: Vec<_> = catalogue().collect();
    let descriptors = rules
        .iter()
        .map(|r| ReportingDescriptor {
            id: r.id,
            short_description: Text { text: r.summary },
            full_description: Text { text: r.rationale },
            default_configuration: Configuration {
                level: level(config.severity(r.id).unwrap_or(r.severity)),
                enabled: config.enabled(r.id),
            },
            help: Text { text: r.hint },
            properties: Properties {
                category: r.category.name(),
                tags: vec!["job-advert", r.category.name()],
            },
        })
        .collect();
    let results = checked
        .iter()
        .flat_map(|c| c.findings.iter())
        .map(|f| SarifResult {
            rule_id: f.rule,
            rule_index: rules.iter().position(|r| r.id == f.rule).unwrap_or(0),
            level: level(f.severity),
            message: MessageText {
                text: format!("{} {}", with_stop(&f.message), f.hint),
            },
            locations: vec![Location {
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation { uri: uri(&f.file) },
                    region: Region {
                        start_line: f.line.max(1),
                        start_column: f.column.max(1),
                        end_line: f.end_line.max(f.line).max(1),
                        end_column: f.end_column.max(1),
                    },
                },
            }],
        })
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "vacancy",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules: descriptors,
                },
            },
            results,
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

fn with_stop(s: &str) -> String {
    if s.ends_with(['.', '!', '?']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("adverts/a b.md"), "adverts/a%20b.md");
        assert_eq!(uri(r"adverts\Café.md"), "adverts/Caf%C3%A9.md");
    }
}
