//! `--format sarif`: SARIF 2.1.0, the format code-scanning dashboards read.
//! The log has its own structs, so a change to the findings cannot silently
//! change the file format.

use std::io::{self, Write};

use serde::Serialize;

use super::{Checked, Stream, Tally, write_batch};
use crate::check::{Config, Finding, Severity, catalogue};

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

/// The whole log, with every rule and these results.
fn log<'a>(config: &Config, results: Vec<SarifResult<'a>>) -> Log<'a> {
    let rules = catalogue()
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
    Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "vacancy",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules,
                },
            },
            results,
        }],
    }
}

/// The SARIF format as a stream. The log is printed once with no results and
/// cut where its `results` array opens; each result is then printed in its
/// place, indented as printing the whole log at once would indent it.
pub struct Sarif {
    rules: Vec<&'static str>,
    /// The log up to and including the `[` of `results`.
    head: String,
    /// The rest of the log, from the `]` of `results`.
    tail: String,
    /// The indentation of the `results` key.
    indent: String,
    written: usize,
}

impl Sarif {
    pub fn new(config: &Config) -> io::Result<Sarif> {
        let whole = serde_json::to_string_pretty(&log(config, Vec::new()))?;
        // `results` is the run's last key, so its last match; in a string value
        // the same words would have escaped quotes.
        let key = "\"results\": [";
        let at = whole
            .rfind("\"results\": []")
            .ok_or_else(|| io::Error::other("the SARIF log has no results array"))?;
        let line_start = whole[..at].rfind('\n').map_or(0, |i| i + 1);
        Ok(Sarif {
            rules: catalogue().map(|r| r.id).collect(),
            head: whole[..at + key.len()].to_string(),
            tail: whole[at + key.len()..].to_string(),
            indent: whole[line_start..at].to_string(),
            written: 0,
        })
    }

    fn result<'f>(&self, f: &'f Finding) -> SarifResult<'f> {
        SarifResult {
            rule_id: f.rule,
            rule_index: self.rules.iter().position(|&id| id == f.rule).unwrap_or(0),
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
        }
    }
}

impl Stream for Sarif {
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(self.head.as_bytes())
    }

    fn advert(&mut self, out: &mut dyn Write, checked: &Checked) -> io::Result<()> {
        for f in &checked.findings {
            let pretty = serde_json::to_string_pretty(&self.result(f))?;
            out.write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
            // Pretty-printed JSON has no line break inside a string, so every
            // line can be indented.
            for (i, line) in pretty.lines().enumerate() {
                if i > 0 {
                    out.write_all(b"\n")?;
                }
                write!(out, "{}  {line}", self.indent)?;
            }
            self.written += 1;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _tally: &Tally, _failed: usize) -> io::Result<()> {
        if self.written > 0 {
            write!(out, "\n{}", self.indent)?;
        }
        out.write_all(self.tail.as_bytes())?;
        writeln!(out)
    }
}

pub fn write(out: &mut dyn Write, checked: &[Checked], config: &Config) -> io::Result<()> {
    write_batch(&mut Sarif::new(config)?, out, checked, 0)
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
    use crate::report::check::test_advert;

    /// The log printed at once, as one value.
    fn whole(checked: &[Checked], config: &Config) -> String {
        let sarif = Sarif::new(config).unwrap();
        let results = checked
            .iter()
            .flat_map(|c| &c.findings)
            .map(|f| sarif.result(f))
            .collect();
        serde_json::to_string_pretty(&log(config, results)).unwrap() + "\n"
    }

    #[test]
    fn results_written_advert_by_advert_are_the_log_printed_at_once() {
        let config = Config::default();
        let checked = [
            test_advert("a.md", &[Severity::Error, Severity::Info]),
            test_advert("b b.md", &[]),
            test_advert("c.md", &[Severity::Warning]),
        ];
        for batch in [&checked[..], &checked[1..2], &[]] {
            let mut streamed = Vec::new();
            write(&mut streamed, batch, &config).unwrap();
            assert_eq!(String::from_utf8(streamed).unwrap(), whole(batch, &config));
        }
    }

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("adverts/a b.md"), "adverts/a%20b.md");
        assert_eq!(uri(r"adverts\Café.md"), "adverts/Caf%C3%A9.md");
    }
}
