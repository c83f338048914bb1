//! `vacancy init`: a commented `vacancy.toml` listing every rule of the
//! catalogue with its default severity and settings, so a team can see what
//! there is to change and change it in place. Checking with the file as
//! written gives the same findings as checking with no file at all.

use std::io::{self, Write};

use crate::check::{Category, Default, catalogue};

/// A value as TOML writes it: a whole number without a decimal point, words quoted.
fn toml_value(d: Default) -> String {
    match d {
        Default::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", n as i64),
        Default::Number(n) => format!("{n}"),
        Default::Words(words) => format!(
            "[{}]",
            words
                .iter()
                .map(|w| toml::Value::String(w.to_string()).to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Writes `text` as `# ` comment lines of at most `width` characters.
fn comment(out: &mut dyn Write, text: &str, width: usize) -> io::Result<()> {
    let mut line = String::from("#");
    for word in text.split_whitespace() {
        if line.len() > 1 && line.chars().count() + 1 + word.chars().count() > width {
            writeln!(out, "{line}")?;
            line = String::from("#");
        }
        line.push(' ');
        line.push_str(word);
    }
    if line.len() > 1 {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Writes the whole file. `version` is the tool's, named in the first line.
pub fn write(out: &mut dyn Write, version: &str) -> io::Result<()> {
    writeln!(
        out,
        "# vacancy.toml: settings for `vacancy check`, written by `vacancy init` (vacancy {version})."
    )?;
    comment(
        out,
        "`vacancy check` reads this file from the current directory or the nearest parent \
         (or the file given with --config). As written, every rule runs at its default, so \
         the findings are those of no file at all: change what your team needs.",
        88,
    )?;
    writeln!(out, "#")?;
    comment(
        out,
        "A rule's severity is \"error\", \"warning\", \"info\" or \"off\". `vacancy check` \
         exits with status 1 when a finding at or above --fail-on (error by default) fires. \
         `vacancy explain RULE` tells what a rule finds, why it matters and how to fix it; \
         docs/rules.md describes them all.",
        88,
    )?;
    writeln!(out, "#")?;
    writeln!(
        out,
        "# An advert can also switch a rule off for itself with an HTML comment, such as\n\
         # <!-- vacancy-disable missing-salary --> (see docs/rules.md)."
    )?;
    writeln!(out)?;
    comment(
        out,
        "Extra skills and spellings for every command, from a TOML file named relative to \
         this one (see docs/taxonomy.md; --taxonomy on the command line wins):",
        88,
    )?;
    writeln!(out, "# taxonomy = \"our-skills.toml\"")?;
    writeln!(out)?;
    writeln!(out, "[rules]")?;
    let mut category: Option<Category> = None;
    for rule in catalogue() {
        if category != Some(rule.category) {
            category = Some(rule.category);
            writeln!(out)?;
            writeln!(out, "# --- {} ---", rule.category.title())?;
        }
        writeln!(out)?;
        comment(out, &format!("{}: {}", rule.id, rule.summary), 88)?;
        // A rule off by default is written off, with the severity it takes when on.
        let severity = rule.default_severity().map_or("off", |s| s.name());
        if rule.default_severity().is_none() {
            comment(
                out,
                &format!(
                    "Off by default: too often wrong on real adverts. Set it to \"{}\" to turn it on.",
                    rule.severity.name()
                ),
                88,
            )?;
        }
        if rule.settings.is_empty() {
            writeln!(out, "{} = \"{severity}\"", rule.id)?;
            continue;
        }
        writeln!(out, "{}.severity = \"{severity}\"", rule.id)?;
        for setting in rule.settings {
            let mut doc = setting.doc.to_string();
            if !setting.choices.is_empty() {
                let choices: Vec<String> = setting
                    .choices
                    .iter()
                    .map(|c| toml::Value::String(c.to_string()).to_string())
                    .collect();
                doc.push_str(&format!(" Choose from: {}.", choices.join(", ")));
            }
            comment(out, &doc, 88)?;
            writeln!(
                out,
                "{}.{} = {}",
                rule.id,
                setting.name,
                toml_value(setting.default)
            )?;
        }
    }
    writeln!(out)?;
    writeln!(out, "[words]")?;
    comment(
        out,
        "Words the language rules accept in your adverts, e.g. allow = [\"lead\"] to stop \
         `gender-coded` counting it.",
        88,
    )?;
    writeln!(out, "allow = []")?;
    comment(
        out,
        "Words or phrases your team avoids, reported by `banned-word`, e.g. ban = [\"synergy\"].",
        88,
    )?;
    writeln!(out, "ban = []")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Config;

    fn template() -> String {
        let mut out = Vec::new();
        write(&mut out, "0.0.0").unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_template_is_a_valid_config_at_the_defaults() {
        let text = template();
        let config = Config::parse(&text, "vacancy.toml").unwrap_or_else(|e| panic!("{e}\n{text}"));
        let defaults = Config::default();
        for rule in catalogue() {
            assert_eq!(
                config.severity(rule.id),
                rule.default_severity(),
                "{} is not at its default",
                rule.id
            );
            for s in rule.settings {
                match s.default {
                    Default::Number(_) => assert_eq!(
                        config.number(rule.id, s.name),
                        defaults.number(rule.id, s.name),
                        "{}.{}",
                        rule.id,
                        s.name
                    ),
                    Default::Words(_) => assert_eq!(
                        config.list(rule.id, s.name),
                        defaults.list(rule.id, s.name),
                        "{}.{}",
                        rule.id,
                        s.name
                    ),
                }
            }
        }
        assert!(config.allow.is_empty() && config.ban.is_empty());
    }

    #[test]
    fn every_rule_and_setting_is_named_with_its_summary() {
        let text = template();
        for rule in catalogue() {
            assert!(
                text.contains(&format!("\n{} = \"", rule.id))
                    || text.contains(&format!("\n{}.severity = \"", rule.id)),
                "{} missing",
                rule.id
            );
            let first_words: String = rule
                .summary
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(text.contains(&first_words), "{}'s summary missing", rule.id);
            for s in rule.settings {
                assert!(text.contains(&format!("\n{}.{} = ", rule.id, s.name)));
            }
        }
        // Lines stay short enough to read in any editor.
        assert!(
            text.lines().all(|l| l.chars().count() <= 100),
            "a long line"
        );
    }

    #[test]
    fn a_changed_line_changes_the_config() {
        let text = template()
            .replace("\n# taxonomy = ", "\ntaxonomy = ")
            .replace("\nmissing-salary = \"error\"", "\nmissing-salary = \"off\"")
            .replace(
                "\nlong-advert.max-words = 700",
                "\nlong-advert.max-words = 900",
            );
        let config = Config::parse(&text, "vacancy.toml").unwrap();
        assert_eq!(config.severity("missing-salary"), None);
        assert_eq!(config.number("long-advert", "max-words"), 900.0);
        assert_eq!(
            config.taxonomy.as_deref(),
            Some(std::path::Path::new("our-skills.toml"))
        );
    }
}
