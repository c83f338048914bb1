//! `vacancy.toml`: which rules run, at what severity, with what thresholds.
//!
//! ```toml
//! taxonomy = "our-skills.toml"          # extra skills, for every command
//!
//! [rules]
//! missing-contract-type = "off"          # error, warning, info or off
//! long-advert = { severity = "warning", max-words = 900 }
//!
//! [rules.unexplained-acronym]
//! accept = ["ICT", "KMPT"]
//!
//! [words]
//! allow = ["lead"]                      # words the language rules accept
//! ban = ["synergy", "family"]           # words `banned-word` reports
//! ```
//!
//! Every mistake is an error naming the file and the line: an unknown rule
//! or setting, a severity that is not one of the four, a value of the wrong type.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Default, Rule, Severity, catalogue, rule, suggest};

/// The file name looked for in the current directory and its parents.
pub const FILE_NAME: &str = "vacancy.toml";

/// A `vacancy.toml` that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The reason is in the message, not a source, so it is printed once.
    #[error("{file}: {reason}")]
    Read { file: String, reason: String },
    #[error("{file}:{line}: {message}")]
    At {
        file: String,
        line: usize,
        message: String,
    },
}

/// The text of a configuration file, or why it cannot be had.
fn read_text(path: &Path, file: &str) -> Result<String, ConfigError> {
    let fail = |reason: String| ConfigError::Read {
        file: file.to_string(),
        reason,
    };
    let bytes = std::fs::read(path).map_err(|e| {
        fail(match e.kind() {
            std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            std::io::ErrorKind::IsADirectory => "is a directory, not a file".to_string(),
            _ => e.to_string(),
        })
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        ConfigError::At {
            file: file.to_string(),
            line,
            message: "not valid UTF-8 text".to_string(),
        }
    })
}

/// The settings a check runs with.
#[derive(Debug, Clone)]
pub struct Config {
    /// Severity per rule, where the file changes it; `None` switches a rule off.
    severities: HashMap<&'static str, Option<Severity>>,
    numbers: HashMap<(&'static str, &'static str), f64>,
    lists: HashMap<(&'static str, &'static str), Vec<String>>,
    /// Words the language rules accept, lower-cased.
    pub allow: Vec<String>,
    /// Words `banned-word` reports, as written.
    pub ban: Vec<String>,
    /// The date to check closing dates against, `YYYY-MM-DD`.
    pub today: String,
    /// Extra skills for every command (`taxonomy = "skills.toml"`), relative
    /// to the directory of the file that names it.
    pub taxonomy: Option<PathBuf>,
    /// The jurisdiction the law rules apply (`jurisdiction = "US-NY"`, or
    /// `--jurisdiction`), instead of the one the advert's location gives.
    pub jurisdiction: Option<String>,
    /// Where `jurisdiction` came from, for the findings.
    pub jurisdiction_how: String,
}

impl std::default::Default for Config {
    fn default() -> Self {
        Config {
            severities: HashMap::new(),
            numbers: HashMap::new(),
            lists: HashMap::new(),
            allow: Vec::new(),
            ban: Vec::new(),
            today: super::dates::today(),
            taxonomy: None,
            jurisdiction: None,
            jurisdiction_how: String::new(),
        }
    }
}

impl Config {
    /// Finds `vacancy.toml` in `dir` or its nearest parent that has one.
    pub fn find(dir: &Path) -> Option<PathBuf> {
        dir.ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|p| p.is_file())
    }

    /// Reads and checks a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let file = path.display().to_string();
        let text = read_text(path, &file)?;
        let mut config = Config::parse(&text, &file)?;
        if let (Some(t), Some(dir)) = (&config.taxonomy, path.parent())
            && t.is_relative()
        {
            config.taxonomy = Some(dir.join(t));
        }
        Ok(config)
    }

    /// Only the `taxonomy` key of a configuration file, for the commands that
    /// do not check adverts: a mistake in `[rules]` is for `check` to report.
    pub fn taxonomy_of(path: &Path) -> Result<Option<PathBuf>, ConfigError> {
        let file = path.display().to_string();
        let text = read_text(path, &file)?;
        let root = DeTable::parse(&text).map_err(|e| ConfigError::At {
            file: file.clone(),
            line: e.span().map_or(1, |s| line_of(&text, s.start)),
            message: format!("not valid TOML: {}", e.message().trim().replace('\n', "; ")),
        })?;
        let Some(value) = root.get_ref().get("taxonomy") else {
            return Ok(None);
        };
        let name = value.get_ref().as_str().ok_or_else(|| ConfigError::At {
            file: file.clone(),
            line: line_of(&text, value.span().start),
            message: "`taxonomy` must be a file name in quotes".into(),
        })?;
        let name = PathBuf::from(name);
        Ok(Some(match path.parent() {
            Some(dir) if name.is_relative() => dir.join(name),
            _ => name,
        }))
    }

    /// Parses the text of a configuration file; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Config, ConfigError> {
        let error = |span: Option<Range<usize>>, message: String| ConfigError::At {
            file: file.to_string(),
            line: span.map_or(1, |s| line_of(text, s.start)),
            message,
        };
        let root = DeTable::parse(text).map_err(|e| {
            let message = e.message().trim().replace('\n', "; ");
            error(e.span(), format!("not valid TOML: {message}"))
        })?;
        let mut config = Config::default();
        for (key, value) in root.get_ref().iter() {
            match key.get_ref().as_ref() {
                "rules" => {
                    let table = value.get_ref().as_table().ok_or_else(|| {
                        error(Some(value.span()), "`rules` must be a table".into())
                    })?;
                    for (id, setting) in table.iter() {
                        let rule = rule(id.get_ref()).ok_or_else(|| {
                            let mut msg = format!("unknown rule `{}`", id.get_ref());
                            if let Some(s) = suggest(id.get_ref()) {
                                msg.push_str(&format!(" (did you mean `{s}`?)"));
                            }
                            error(Some(id.span()), msg)
                        })?;
                        config
                            .rule_setting(rule, setting)
                            .map_err(|(span, msg)| error(Some(span), msg))?;
                    }
                }
                "words" => {
                    let table = value.get_ref().as_table().ok_or_else(|| {
                        error(Some(value.span()), "`words` must be a table".into())
                    })?;
                    for (k, v) in table.iter() {
                        let words = word_list(v).map_err(|(span, msg)| error(Some(span), msg))?;
                        match k.get_ref().as_ref() {
                            "allow" => {
                                config.allow = words.iter().map(|w| w.to_lowercase()).collect()
                            }
                            "ban" => config.ban = words,
                            other => {
                                return Err(error(
                                    Some(k.span()),
                                    format!(
                                        "unknown setting `words.{other}`; `words` takes `allow` and `ban`"
                                    ),
                                ));
                            }
                        }
                    }
                }
                "taxonomy" => {
                    let name = value.get_ref().as_str().ok_or_else(|| {
                        error(
                            Some(value.span()),
                            "`taxonomy` must be a file name in quotes".into(),
                        )
                    })?;
                    config.taxonomy = Some(PathBuf::from(name));
                }
                "jurisdiction" => {
                    let code = value.get_ref().as_str().ok_or_else(|| {
                        error(
                            Some(value.span()),
                            "`jurisdiction` must be a code in quotes, e.g. \"US-NY\"".into(),
                        )
                    })?;
                    super::law::Jurisdiction::given(code, "")
                        .map_err(|m| error(Some(value.span()), m))?;
                    config.jurisdiction = Some(code.to_string());
                    config.jurisdiction_how = "from vacancy.toml".to_string();
                }
                other => {
                    return Err(error(
                        Some(key.span()),
                        format!(
                            "unknown section `{other}`; the file has `taxonomy`, `jurisdiction`, `[rules]` and `[words]`"
                        ),
                    ));
                }
            }
        }
        Ok(config)
    }

    fn rule_setting(
        &mut self,
        rule: &'static Rule,
        setting: &Spanned<DeValue>,
    ) -> Result<(), (Range<usize>, String)> {
        match setting.get_ref() {
            DeValue::String(s) => {
                self.severities
                    .insert(rule.id, severity_of(s).map_err(|m| (setting.span(), m))?);
            }
            DeValue::Table(table) => {
                // Settings for a rule that is off by default turn it on
                // (unless its `severity` says otherwise, below).
                self.switch_on(rule.id);
                for (key, value) in table.iter() {
                    let name = key.get_ref().as_ref();
                    if name == "severity" {
                        let s = value.get_ref().as_str().ok_or_else(|| {
                            (value.span(), "`severity` must be a string".to_string())
                        })?;
                        self.severities
                            .insert(rule.id, severity_of(s).map_err(|m| (value.span(), m))?);
                        continue;
                    }
                    let Some(known) = rule.settings.iter().find(|s| s.name == name) else {
                        let names: Vec<&str> = std::iter::once("severity")
                            .chain(rule.settings.iter().map(|s| s.name))
                            .collect();
                        return Err((
                            key.span(),
                            format!(
                                "`{}` has no setting `{name}`; it takes {}",
                                rule.id,
                                names
                                    .iter()
                                    .map(|n| format!("`{n}`"))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        ));
                    };
                    match known.default {
                        Default::Number(_) => {
                            let n = number(value.get_ref()).ok_or_else(|| {
                                (
                                    value.span(),
                                    format!("`{}.{name}` must be a number", rule.id),
                                )
                            })?;
                            if n < 0.0 && name != "min-score" {
                                return Err((
                                    value.span(),
                                    format!("`{}.{name}` cannot be negative", rule.id),
                                ));
                            }
                            self.numbers.insert((rule.id, known.name), n);
                        }
                        Default::Words(_) => {
                            let words = word_list(value)?;
                            if let Some(bad) = words.iter().find(|w| {
                                !known.choices.is_empty() && !known.choices.contains(&w.as_str())
                            }) {
                                return Err((
                                    value.span(),
                                    format!(
                                        "`{}.{name}` cannot hold `{bad}`; it takes {}",
                                        rule.id,
                                        known.choices.join(", ")
                                    ),
                                ));
                            }
                            self.lists.insert((rule.id, known.name), words);
                        }
                    }
                }
            }
            _ => {
                return Err((
                    setting.span(),
                    format!(
                        "`{}` takes a severity (\"error\", \"warning\", \"info\" or \"off\") or a table of settings",
                        rule.id
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The same configuration, checking dates against `today` (`YYYY-MM-DD`).
    pub fn with_today(mut self, today: &str) -> Config {
        self.today = today.to_string();
        self
    }

    /// The severity `rule` runs at, or `None` when it is off.
    pub fn severity(&self, rule_id: &str) -> Option<Severity> {
        match self.severities.get(rule_id) {
            Some(s) => *s,
            None => rule(rule_id).and_then(|r| r.default_severity()),
        }
    }

    /// Turns on a rule that is off by default, at its catalogue severity,
    /// unless this file says how it runs.
    pub fn switch_on(&mut self, rule_id: &str) {
        if let Some(r) = rule(rule_id)
            && !self.severities.contains_key(r.id)
        {
            self.severities.insert(r.id, Some(r.severity));
        }
    }

    /// Whether a rule runs at all.
    pub fn enabled(&self, rule_id: &str) -> bool {
        self.severity(rule_id).is_some()
    }

    /// A numeric setting of a rule: the file's value, else the catalogue's default.
    pub fn number(&self, rule_id: &'static str, name: &'static str) -> f64 {
        if let Some(n) = self.numbers.get(&(rule_id, name)) {
            return *n;
        }
        match setting_default(rule_id, name) {
            Some(Default::Number(n)) => n,
            _ => 0.0,
        }
    }

    /// A word-list setting of a rule: the file's value, else the catalogue's default.
    pub fn list(&self, rule_id: &'static str, name: &'static str) -> Vec<String> {
        if let Some(l) = self.lists.get(&(rule_id, name)) {
            return l.clone();
        }
        match setting_default(rule_id, name) {
            Some(Default::Words(w)) => w.iter().map(|s| s.to_string()).collect(),
            _ => Vec::new(),
        }
    }

    /// Whether the language rules should accept `word` (case-insensitive).
    pub fn allows(&self, word: &str) -> bool {
        let w = word.to_lowercase();
        self.allow.contains(&w)
    }
}

fn setting_default(rule_id: &str, name: &str) -> Option<Default> {
    catalogue()
        .find(|r| r.id == rule_id)?
        .settings
        .iter()
        .find(|s| s.name == name)
        .map(|s| s.default)
}

fn severity_of(s: &str) -> Result<Option<Severity>, String> {
    if s == "off" {
        return Ok(None);
    }
    Severity::parse(s).map(Some).ok_or_else(|| {
        format!("unknown severity `{s}`; use \"error\", \"warning\", \"info\" or \"off\"")
    })
}

fn number(v: &DeValue) -> Option<f64> {
    match v {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
            .ok()
            .map(|n| n as f64),
        DeValue::Float(f) => f.as_str().parse().ok(),
        _ => None,
    }
}

fn word_list(v: &Spanned<DeValue>) -> Result<Vec<String>, (Range<usize>, String)> {
    let items = v
        .get_ref()
        .as_array()
        .ok_or_else(|| (v.span(), "expected a list of words in quotes".to_string()))?;
    items
        .iter()
        .map(|item| {
            item.get_ref()
                .as_str()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .ok_or_else(|| (item.span(), "expected a word in quotes".to_string()))
        })
        .collect()
}

fn line_of(text: &str, offset: usize) -> usize {
    let offset = crate::text::floor_char(text, offset);
    text[..offset].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        Config::parse(text, "vacancy.toml").unwrap_err().to_string()
    }

    #[test]
    fn severities_thresholds_and_words() {
        let c = Config::parse(
            "[rules]\nmissing-salary = \"warning\"\nlong-sentence = \"off\"\nlong-advert = { severity = \"error\", max-words = 900 }\n\n[rules.unexplained-acronym]\naccept = [\"ICT\"]\n\n[words]\nallow = [\"Lead\"]\nban = [\"synergy\"]\n",
            "vacancy.toml",
        )
        .unwrap();
        assert_eq!(c.severity("missing-salary"), Some(Severity::Warning));
        assert_eq!(c.severity("long-sentence"), None);
        assert_eq!(c.severity("long-advert"), Some(Severity::Error));
        assert_eq!(c.number("long-advert", "max-words"), 900.0);
        assert_eq!(c.list("unexplained-acronym", "accept"), ["ICT"]);
        assert!(c.allows("lead"));
        assert_eq!(c.ban, ["synergy"]);
        // Untouched rules keep their defaults.
        assert_eq!(c.severity("placeholder"), Some(Severity::Error));
        assert_eq!(c.number("long-sentence", "max-words"), 35.0);
    }

    #[test]
    fn mistakes_name_the_line() {
        assert_eq!(
            err("[rules]\n\nmissing-salry = \"off\"\n"),
            "vacancy.toml:3: unknown rule `missing-salry` (did you mean `missing-salary`?)"
        );
        assert_eq!(
            err("[rules]\nplaceholder = \"loud\"\n"),
            "vacancy.toml:2: unknown severity `loud`; use \"error\", \"warning\", \"info\" or \"off\""
        );
        assert!(
            err("[rules.long-advert]\nmax-word = 3\n")
                .starts_with("vacancy.toml:2: `long-advert` has no setting `max-word`")
        );
        assert!(err("[rules.long-advert]\nmax-words = \"many\"\n").starts_with("vacancy.toml:2:"));
        assert!(err("[colours]\n").starts_with("vacancy.toml:1: unknown section `colours`"));
        assert!(err("[rules]\nplaceholder = 3\n").starts_with("vacancy.toml:2:"));
        // A TOML syntax error, on one line.
        let syntax = err("[rules]\nplaceholder = \n");
        assert!(syntax.starts_with("vacancy.toml:2: "), "{syntax}");
        assert!(!syntax.contains('\n'));
    }

    #[test]
    fn found_in_the_nearest_parent() {
        let dir = tempfile::TempDir::new().unwrap();
        let nested = dir.path().join("a/b");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(dir.path().join("a/vacancy.toml"), "").unwrap();
        assert_eq!(
            Config::find(&nested),
            Some(dir.path().join("a/vacancy.toml"))
        );
    }
}
