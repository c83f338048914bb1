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

/// The base relative URIs are resolved against: the directory `vacancy
/// check` ran in. Its absolute URI is left for the consumer to supply (as
/// GitHub's code scanning does with the repository's root), so the log does
/// not carry the machine's paths.
const SRCROOT: &str = "%SRCROOT%";

// `results` must stay the run's last key but `invocations`: the stream writes
// the log around it (see [`Sarif`]).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    original_uri_base_ids: BaseIds,
    results: Vec<SarifResult<'a>>,
    invocations: Vec<Invocation>,
}

#[derive(Serialize)]
struct BaseIds {
    #[serde(rename = "%SRCROOT%")]
    srcroot: BaseId,
}

#[derive(Serialize)]
struct BaseId {
    description: MessageText,
}

/// The one run of the tool: whether every input could be read, and a
/// notification for each that could not.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: MessageText,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'a str>,
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
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
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

/// Where a file is: an absolute path as a `file://` URI, a relative one as a
/// relative reference against [`SRCROOT`]. SARIF (3.4.3) asks for one or the
/// other; a path such as `/srv/a.md` written as it is would be a relative
/// reference that cannot be combined with any base.
fn artifact(path: &str) -> ArtifactLocation {
    let slashed = path.replace('\\', "/");
    let bytes = slashed.as_bytes();
    let drive = bytes.len() >= 3 && bytes[0].is_ascii_alphabetic() && &bytes[1..3] == b":/";
    if slashed.starts_with("//") {
        // A Windows share, `\\host\share\a.md`: the host is the URI's authority.
        ArtifactLocation {
            uri: format!("file:{}", uri(&slashed)),
            uri_base_id: None,
        }
    } else if slashed.starts_with('/') {
        ArtifactLocation {
            uri: format!("file://{}", uri(&slashed)),
            uri_base_id: None,
        }
    } else if drive {
        ArtifactLocation {
            uri: format!("file:///{}", uri(&slashed)),
            uri_base_id: None,
        }
    } else {
        let relative = slashed.trim_start_matches("./");
        ArtifactLocation {
            // A first segment with a colon would read as a scheme: `./` keeps it a path.
            uri: if relative.split('/').next().is_some_and(|s| s.contains(':')) {
                format!("./{}", uri(relative))
            } else {
                uri(relative)
            },
            uri_base_id: Some(SRCROOT),
        }
    }
}

/// A path's characters as a URI path: forward slashes, unsafe characters escaped.
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

/// Where to read about the tool: the package's homepage, else its repository,
/// as Cargo.toml gives them (left out when it gives neither).
fn information_uri() -> Option<&'static str> {
    [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")]
        .into_iter()
        .find(|u| !u.is_empty())
}

/// The run's invocation: successful when every input was read.
fn invocation(unreadable: &[String]) -> Invocation {
    Invocation {
        execution_successful: unreadable.is_empty(),
        tool_execution_notifications: unreadable
            .iter()
            .map(|m| Notification {
                level: "error",
                message: MessageText { text: with_stop(m) },
            })
            .collect(),
    }
}

/// The whole log, with every rule, these results, and these inputs that could not be read.
fn log<'a>(config: &Config, results: Vec<SarifResult<'a>>, unreadable: &[String]) -> Log<'a> {
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
                    information_uri: information_uri(),
                    rules,
                },
            },
            original_uri_base_ids: BaseIds {
                srcroot: BaseId {
                    description: MessageText {
                        text:
                            "The directory vacancy check ran in; relative paths are relative to it."
                                .into(),
                    },
                },
            },
            results,
            invocations: vec![invocation(unreadable)],
        }],
    }
}

/// The SARIF format as a stream. The log is printed once with no results and
/// cut where its `results` array opens; each result is then printed in its
/// place, indented as printing the whole log at once would indent it. The
/// rest of the log, which records the inputs that could not be read, is
/// printed at the end.
pub struct Sarif {
    config: Config,
    rules: Vec<&'static str>,
    /// The log up to and including the `[` of `results`.
    head: String,
    /// The indentation of the `results` key.
    indent: String,
    written: usize,
    /// The messages of the inputs that could not be read.
    unreadable: Vec<String>,
}

const RESULTS_KEY: &str = "\"results\": [";

/// The log with no results, and where its `results` array opens.
fn empty_log(config: &Config, unreadable: &[String]) -> io::Result<(String, usize)> {
    let whole = serde_json::to_string_pretty(&log(config, Vec::new(), unreadable))?;
    // Only the `results` key is followed by an empty array here; in a string
    // value the same words would have escaped quotes.
    let at = whole
        .find("\"results\": []")
        .ok_or_else(|| io::Error::other("the SARIF log has no results array"))?;
    Ok((whole, at))
}

impl Sarif {
    pub fn new(config: &Config) -> io::Result<Sarif> {
        let (whole, at) = empty_log(config, &[])?;
        let line_start = whole[..at].rfind('\n').map_or(0, |i| i + 1);
        Ok(Sarif {
            config: config.clone(),
            rules: catalogue().map(|r| r.id).collect(),
            head: whole[..at + RESULTS_KEY.len()].to_string(),
            indent: whole[line_start..at].to_string(),
            written: 0,
            unreadable: Vec::new(),
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
                    artifact_location: artifact(&f.file),
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

    fn unreadable(&mut self, _out: &mut dyn Write, message: &str) -> io::Result<()> {
        self.unreadable.push(message.to_string());
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _tally: &Tally, _failed: usize) -> io::Result<()> {
        if self.written > 0 {
            write!(out, "\n{}", self.indent)?;
        }
        let (whole, at) = empty_log(&self.config, &self.unreadable)?;
        out.write_all(&whole.as_bytes()[at + RESULTS_KEY.len()..])?;
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
    fn whole(checked: &[Checked], config: &Config, unreadable: &[String]) -> String {
        let sarif = Sarif::new(config).unwrap();
        let results = checked
            .iter()
            .flat_map(|c| &c.findings)
            .map(|f| sarif.result(f))
            .collect();
        serde_json::to_string_pretty(&log(config, results, unreadable)).unwrap() + "\n"
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
            assert_eq!(
                String::from_utf8(streamed).unwrap(),
                whole(batch, &config, &[])
            );
        }
    }

    #[test]
    fn unreadable_inputs_are_recorded_in_the_invocation() {
        let config = Config::default();
        let checked = [test_advert("a.md", &[Severity::Warning])];
        let unreadable = vec!["gone.md: No such file or directory".to_string()];
        let mut sarif = Sarif::new(&config).unwrap();
        let mut streamed = Vec::new();
        sarif.start(&mut streamed).unwrap();
        sarif.unreadable(&mut streamed, &unreadable[0]).unwrap();
        sarif.advert(&mut streamed, &checked[0]).unwrap();
        sarif
            .finish(&mut streamed, &Tally::of(&checked), 1)
            .unwrap();
        let text = String::from_utf8(streamed).unwrap();
        assert_eq!(text, whole(&checked, &config, &unreadable));
        let log: serde_json::Value = serde_json::from_str(&text).unwrap();
        let invocation = &log["runs"][0]["invocations"][0];
        assert_eq!(invocation["executionSuccessful"], false);
        let notes = invocation["toolExecutionNotifications"].as_array().unwrap();
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0]["level"], "error");
        assert!(
            notes[0]["message"]["text"]
                .as_str()
                .unwrap()
                .starts_with("gone.md: ")
        );
        // Every input read: a successful run with nothing to notify.
        let mut clean = Vec::new();
        write(&mut clean, &checked, &config).unwrap();
        let log: serde_json::Value = serde_json::from_slice(&clean).unwrap();
        let invocation = &log["runs"][0]["invocations"][0];
        assert_eq!(invocation["executionSuccessful"], true);
        assert!(invocation.get("toolExecutionNotifications").is_none());
    }

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("adverts/a b.md"), "adverts/a%20b.md");
        assert_eq!(uri(r"adverts\Café.md"), "adverts/Caf%C3%A9.md");
    }

    #[test]
    fn absolute_paths_are_file_uris_and_relative_ones_use_the_base() {
        let at = |p: &str| {
            let a = artifact(p);
            (a.uri, a.uri_base_id)
        };
        assert_eq!(
            at("/srv/ads/a b.md"),
            ("file:///srv/ads/a%20b.md".into(), None)
        );
        assert_eq!(at(r"C:\ads\a.md"), ("file:///C:/ads/a.md".into(), None));
        assert_eq!(
            at(r"\\host\ads\a.md"),
            ("file://host/ads/a.md".into(), None)
        );
        assert_eq!(at("ads/a.md"), ("ads/a.md".into(), Some(SRCROOT)));
        assert_eq!(at("./ads/a.md"), ("ads/a.md".into(), Some(SRCROOT)));
        assert_eq!(at("../ads/a.md"), ("../ads/a.md".into(), Some(SRCROOT)));
        // Not a scheme: `a:b.md` is a file in the current directory.
        assert_eq!(at("a:b.md"), ("./a:b.md".into(), Some(SRCROOT)));
    }
}
