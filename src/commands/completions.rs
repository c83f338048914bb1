//! `vacancy completions SHELL` and `vacancy man`: both generated from the clap
//! definition in `cli.rs`, so they cannot drift from the options the tool takes.

use std::io::{self, Write};

use anyhow::Result;
use clap::CommandFactory;
use clap_mangen::Man;

use super::with_output;
use crate::ExitStatus;
use crate::cli::{Cli, CompletionsArgs};

pub fn run(args: CompletionsArgs) -> Result<ExitStatus> {
    with_output(None, |out| {
        clap_complete::generate(args.shell, &mut Cli::command(), "vacancy", out);
        Ok(())
    })?;
    Ok(ExitStatus::Success)
}

pub fn run_man() -> Result<ExitStatus> {
    with_output(None, write_man)?;
    Ok(ExitStatus::Success)
}

/// The whole manual as one page: the global options, then a section for each
/// subcommand with its synopsis, options and examples.
pub fn write_man(out: &mut dyn Write) -> io::Result<()> {
    let mut page = Vec::new();
    compose_man(&mut page)?;
    // Every fragment clap_mangen renders starts by defining the apostrophe
    // string; the page needs that once, at the top.
    let text = String::from_utf8_lossy(&page);
    let mut seen = false;
    for line in text.lines() {
        if is_preamble(line) {
            if seen && line.starts_with(".el") {
                continue;
            }
            if line.starts_with(".ie") {
                if seen {
                    continue;
                }
                seen = true;
            }
        }
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn compose_man(out: &mut dyn Write) -> io::Result<()> {
    let mut cmd = Cli::command().bin_name("vacancy");
    cmd.build();
    let man = Man::new(cmd.clone()).title("VACANCY");
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    writeln!(out, ".SH COMMANDS")?;
    let visible = |c: &&clap::Command| !c.is_hide_set() && c.get_name() != "help";
    for sub in cmd.get_subcommands().filter(visible) {
        write_subcommand(out, &cmd, sub, 2)?;
        for nested in sub.get_subcommands().filter(visible) {
            write_subcommand(out, &cmd, nested, 3)?;
        }
    }
    writeln!(out, ".SH EXAMPLES")?;
    let mut examples = Vec::new();
    man.render_extra_section(&mut examples)?;
    out.write_all(&without_heading(&examples))?;
    // The short version only: the long one names the taxonomy, which would make
    // the committed page stale whenever the skills change.
    writeln!(out, ".SH VERSION")?;
    writeln!(out, "{}", cmd.get_version().unwrap_or_default())?;
    writeln!(out, ".SH SEE ALSO")?;
    writeln!(
        out,
        "The README and docs/ in the source repository: docs/formats.md describes every field."
    )
}

/// One subcommand as a sub-section (`.SS`) of COMMANDS: what it does, its
/// synopsis, its own options (the global ones are listed once, above) and its
/// examples. `depth` 3 marks a subcommand of a subcommand.
fn write_subcommand(
    out: &mut dyn Write,
    root: &clap::Command,
    sub: &clap::Command,
    depth: usize,
) -> io::Result<()> {
    let globals: Vec<&str> = root
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().as_str())
        .collect();
    let mut own = sub.clone();
    for id in &globals {
        own = own.mut_arg(*id, |a| a.hide(true));
    }
    let name = own.get_bin_name().unwrap_or(own.get_name()).to_string();
    let man = Man::new(own);
    writeln!(out, ".SS \"{}\"", name.replace('"', ""))?;
    if depth > 2 {
        writeln!(out, ".RS 4")?;
    }
    let mut parts = Vec::new();
    man.render_description_section(&mut parts)?;
    man.render_synopsis_section(&mut parts)?;
    man.render_options_section(&mut parts)?;
    man.render_extra_section(&mut parts)?;
    out.write_all(&demote(&parts))?;
    if depth > 2 {
        writeln!(out, ".RE")?;
    }
    Ok(())
}

/// Section headings of a sub-page become indented labels: `.SH OPTIONS` → `.TP` …
fn demote(roff: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(roff);
    let mut result = String::new();
    for line in text.lines() {
        match line.strip_prefix(".SH ") {
            Some("DESCRIPTION") => {}
            Some("EXTRA") => result.push_str(".PP\n"),
            Some(heading) => {
                result.push_str(".PP\n\\fI");
                result.push_str(&title_case(heading.trim_matches('"')));
                result.push_str(":\\fR\n.br\n");
            }
            None => {
                result.push_str(line);
                result.push('\n');
            }
        }
    }
    result.into_bytes()
}

fn without_heading(roff: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(roff);
    let mut result = String::new();
    for line in text.lines().filter(|l| !l.starts_with(".SH ")) {
        result.push_str(line);
        result.push('\n');
    }
    result.into_bytes()
}

/// The two lines that define the apostrophe string.
fn is_preamble(line: &str) -> bool {
    line.starts_with(".ie \\n(.g .ds Aq") || line.starts_with(".el .ds Aq")
}

fn title_case(heading: &str) -> String {
    let lower = heading.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
