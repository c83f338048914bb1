//! The rule catalogue as text: `vacancy check --list-rules` (human, JSON or
//! Markdown, the last being docs/rules.md) and `vacancy explain RULE`.

use std::io::{self, Write};

use serde::Serialize;

use crate::check::{Category, Config, Default, Rule, Severity, catalogue};

/// Each rule's measured precision: how many of its findings on real adverts
/// were judged, and how many of those were right (`scripts/precision.py`).
const MEASURED: &str = include_str!("../../../precision/measured.tsv");

/// (judged, right) for a rule, when it was measured.
fn measured(id: &str) -> Option<(u32, u32)> {
    MEASURED
        .lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| {
            let mut cols = l.split('\t');
            (cols.next()? == id).then_some(())?;
            Some((cols.next()?.parse().ok()?, cols.next()?.parse().ok()?))
        })
}

/// "92% (23 of 25)", or "not measured".
fn measured_text(id: &str) -> String {
    match measured(id) {
        Some((judged, right)) if judged > 0 => format!(
            "{}% ({right} of {judged})",
            (f64::from(right) * 100.0 / f64::from(judged)).round()
        ),
        _ => "not measured".to_string(),
    }
}

/// (judged, right) summed over the rules on by default at `info`, and at
/// `warning` or `error`: what a team that keeps the defaults would see.
fn totals() -> ((u32, u32), (u32, u32)) {
    let mut info = (0, 0);
    let mut louder = (0, 0);
    for r in catalogue() {
        let (Some(severity), Some((judged, right))) = (r.default_severity(), measured(r.id)) else {
            continue;
        };
        let sum = if severity == Severity::Info {
            &mut info
        } else {
            &mut louder
        };
        sum.0 += judged;
        sum.1 += right;
    }
    (louder, info)
}

/// The totals as a sentence for docs/rules.md.
fn totals_text() -> String {
    let share = |(judged, right): (u32, u32)| {
        if judged == 0 {
            "none judged".to_string()
        } else {
            format!(
                "{right} of {judged} right ({}%)",
                (f64::from(right) * 100.0 / f64::from(judged)).round()
            )
        }
    };
    let (louder, info) = totals();
    format!(
        "**Over all rules on by default:** `warning` and `error` findings {}; `info` findings {}. Rules off by default are left out of these sums.",
        share(louder),
        share(info)
    )
}

/// Categories in catalogue order, each once.
fn categories() -> Vec<Category> {
    let mut out: Vec<Category> = Vec::new();
    for r in catalogue() {
        if !out.contains(&r.category) {
            out.push(r.category);
        }
    }
    out
}

fn default_text(d: Default) -> String {
    match d {
        Default::Number(n) => format!("{n}"),
        Default::Words(w) => format!(
            "[{}]",
            w.iter()
                .map(|s| format!("\"{s}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// `--list-rules`: every rule with the severity it runs at here.
pub fn write_list(out: &mut dyn Write, config: &Config) -> io::Result<()> {
    let width = catalogue().map(|r| r.id.len()).max().unwrap_or(0);
    for (n, category) in categories().into_iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{}", category.title())?;
        for r in catalogue().filter(|r| r.category == category) {
            let severity = config.severity(r.id).map_or("off", |s| s.name());
            let indent = " ".repeat(width + 13);
            let summary = wrap(r.summary, 100, &indent);
            writeln!(
                out,
                "  {:width$}  {:7}  {}",
                r.id,
                severity,
                summary.trim_start()
            )?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "`vacancy explain RULE` tells why a rule matters and how to fix what it finds."
    )
}

/// `--list-rules --format json`.
pub fn write_json(out: &mut dyn Write, config: &Config) -> io::Result<()> {
    #[derive(Serialize)]
    struct SettingOut {
        name: &'static str,
        default: String,
        description: &'static str,
    }
    #[derive(Serialize)]
    struct RuleOut {
        id: &'static str,
        category: &'static str,
        default_severity: &'static str,
        severity: &'static str,
        summary: &'static str,
        hint: &'static str,
        rationale: &'static str,
        source: &'static str,
        settings: Vec<SettingOut>,
    }
    let rules: Vec<RuleOut> = catalogue()
        .map(|r| RuleOut {
            id: r.id,
            category: r.category.name(),
            default_severity: r.default_severity().map_or("off", |s| s.name()),
            severity: config.severity(r.id).map_or("off", |s| s.name()),
            summary: r.summary,
            hint: r.hint,
            rationale: r.rationale,
            source: r.source,
            settings: r
                .settings
                .iter()
                .map(|s| SettingOut {
                    name: s.name,
                    default: default_text(s.default),
                    description: s.doc,
                })
                .collect(),
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &rules)?;
    writeln!(out)
}

fn fenced(out: &mut dyn Write, lang: &str, text: &str) -> io::Result<()> {
    let fence = if text.contains("```") { "````" } else { "```" };
    writeln!(out, "{fence}{lang}")?;
    write!(out, "{}", text)?;
    if !text.ends_with('\n') {
        writeln!(out)?;
    }
    writeln!(out, "{fence}")
}

fn example_lang(text: &str) -> &'static str {
    let t = text.trim_start();
    if t.starts_with('{') {
        "json"
    } else if t.starts_with('<') && !t.starts_with("<!--") {
        "html"
    } else {
        "markdown"
    }
}

/// `--list-rules --format markdown`: docs/rules.md.
pub fn write_markdown(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# The rules of `vacancy check`")?;
    writeln!(out)?;
    writeln!(
        out,
        "<!-- Generated by `vacancy check --list-rules --format markdown`; edit the rules in src/check/rules/, not this file. -->"
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "Every rule, with its default severity, why it matters, where that comes from, and an advert it fires on next to the same advert fixed. \
Change a rule's severity, switch it off or set its thresholds in `vacancy.toml` (see the README), or silence it in one advert with a comment:"
    )?;
    writeln!(out)?;
    writeln!(out, "```markdown")?;
    writeln!(
        out,
        "<!-- vacancy-disable long-sentence -->        (from here on; every rule when none is named)"
    )?;
    writeln!(
        out,
        "<!-- vacancy-enable long-sentence -->         (on again)"
    )?;
    writeln!(
        out,
        "<!-- vacancy-disable-next-line age-bias -->   (the next line that is not blank)"
    )?;
    writeln!(
        out,
        "<!-- vacancy-disable-line age-bias -->        (this line)"
    )?;
    writeln!(out, "```")?;
    writeln!(out)?;
    writeln!(
        out,
        "A finding about the advert as a whole (a missing field, its length, its reading ease, its gender-coded verdict) is silenced by a `vacancy-disable` comment for its rule anywhere in the file."
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "**Measured precision** is the share of a rule's findings on real adverts that a person judged right, that is, worth changing the advert for: up to 25 findings per rule were drawn at random from `vacancy check` over a corpus of real adverts (NHS Jobs, LinkedIn, Python job boards, US election offices, EU analytics roles, Hacker News), judged one by one, and kept in `precision/verdicts/` (`scripts/precision.py` draws, re-checks and counts them; findings a later fix removed are no longer counted). A `warning` or `error` rule must be right at least 80% of the time and an `info` rule 60%; the rules that were not are `info` or off by default, and a team can turn them on in `vacancy.toml`."
    )?;
    writeln!(out)?;
    writeln!(out, "{}", totals_text())?;
    writeln!(out)?;
    writeln!(
        out,
        "| Rule | Category | Default severity | Measured precision | What it finds |"
    )?;
    writeln!(out, "| --- | --- | --- | --- | --- |")?;
    for r in catalogue() {
        writeln!(
            out,
            "| [`{}`](#{}) | {} | {} | {} | {} |",
            r.id,
            r.id,
            r.category.name(),
            r.default_name(),
            measured_text(r.id),
            r.summary.replace('|', "\\|")
        )?;
    }
    for category in categories() {
        writeln!(out)?;
        writeln!(out, "## {}", category.title())?;
        for r in catalogue().filter(|r| r.category == category) {
            write_rule_markdown(out, r)?;
        }
    }
    Ok(())
}

fn write_rule_markdown(out: &mut dyn Write, r: &Rule) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "### `{}`", r.id)?;
    writeln!(out)?;
    writeln!(
        out,
        "*{}*, {} by default. {}",
        r.category.name(),
        r.default_name(),
        r.summary
    )?;
    writeln!(out)?;
    writeln!(out, "**Why.** {}", r.rationale)?;
    writeln!(out)?;
    writeln!(out, "**Source.** {}", r.source)?;
    writeln!(out)?;
    writeln!(out, "**Fix.** {}", r.hint)?;
    writeln!(out)?;
    writeln!(
        out,
        "**Measured precision.** {}.",
        match measured(r.id) {
            Some((judged, right)) if judged > 0 => format!(
                "Right in {right} of {judged} findings judged on real adverts ({})",
                measured_text(r.id).split(' ').next().unwrap_or("")
            ),
            _ => "Not measured: it gave too few findings on the corpus to judge".to_string(),
        }
    )?;
    if !r.settings.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "**Settings** (under `[rules.{}]` in vacancy.toml):",
            r.id
        )?;
        writeln!(out)?;
        writeln!(out, "| Setting | Default | Meaning |")?;
        writeln!(out, "| --- | --- | --- |")?;
        for s in r.settings {
            let mut doc = s.doc.to_string();
            if !s.choices.is_empty() {
                doc.push_str(&format!(" One or more of: {}.", s.choices.join(", ")));
            }
            writeln!(
                out,
                "| `{}` | `{}` | {} |",
                s.name,
                default_text(s.default),
                doc
            )?;
        }
    }
    writeln!(out)?;
    if r.example_config.is_empty() {
        writeln!(out, "Fires on:")?;
    } else {
        writeln!(out, "With this vacancy.toml:")?;
        writeln!(out)?;
        fenced(out, "toml", r.example_config)?;
        writeln!(out)?;
        writeln!(out, "it fires on:")?;
    }
    writeln!(out)?;
    fenced(out, example_lang(r.bad), r.bad)?;
    writeln!(out)?;
    writeln!(out, "and not on:")?;
    writeln!(out)?;
    fenced(out, example_lang(r.good), r.good)
}

/// Wraps `text` at `width` columns, every line starting with `indent`.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::from(indent);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.len() + 1 + word.len() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = String::from(indent);
        }
        if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(line.trim_end());
    out
}

fn indented(text: &str) -> String {
    text.lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("    {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `vacancy explain RULE`.
pub fn write_explain(out: &mut dyn Write, r: &Rule, config: &Config) -> io::Result<()> {
    let now = config.severity(r.id).map_or("off", |s| s.name());
    writeln!(
        out,
        "{} ({}; {} by default, {} here)",
        r.id,
        r.category.name(),
        r.default_name(),
        now
    )?;
    writeln!(out)?;
    writeln!(out, "{}", wrap(r.summary, 78, ""))?;
    writeln!(out)?;
    writeln!(out, "Why it matters:\n{}", wrap(r.rationale, 78, "  "))?;
    writeln!(out)?;
    writeln!(out, "Source:\n{}", wrap(r.source, 78, "  "))?;
    writeln!(out)?;
    writeln!(out, "How to fix it:\n{}", wrap(r.hint, 78, "  "))?;
    if !r.settings.is_empty() {
        writeln!(out)?;
        writeln!(out, "Settings (under [rules.{}] in vacancy.toml):", r.id)?;
        for s in r.settings {
            writeln!(out, "  {} = {}", s.name, default_text(s.default))?;
            writeln!(out, "{}", wrap(s.doc, 78, "      "))?;
            if !s.choices.is_empty() {
                writeln!(
                    out,
                    "{}",
                    wrap(
                        &format!("One or more of: {}.", s.choices.join(", ")),
                        78,
                        "      "
                    )
                )?;
            }
        }
    }
    writeln!(out)?;
    if !r.example_config.is_empty() {
        writeln!(
            out,
            "Example, with this vacancy.toml:\n{}\n",
            indented(r.example_config)
        )?;
    }
    writeln!(out, "Fires on:\n{}\n", indented(r.bad))?;
    writeln!(out, "Passes:\n{}\n", indented(r.good))?;
    writeln!(
        out,
        "{}",
        wrap(
            &format!(
                "Switch it off with `{} = \"off\"` under [rules] in vacancy.toml, or in one advert with <!-- vacancy-disable {} -->.",
                r.id, r.id
            ),
            78,
            ""
        )
    )
}
