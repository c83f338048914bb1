//! The command line: clap structs only. Field doc comments are the help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const ABOUT: &str = "Read job adverts and pull out what they say: title, employer, place, pay, \
contract, dates, contacts and requirements.";

const EXAMPLES: &str = "\
Examples:
  vacancy show samples/nhs-band6-physio.md
  vacancy show --evidence samples/fintech-data-engineer.md
  vacancy export --format jsonl samples/ > adverts.jsonl
  vacancy compare samples/fintech-data-engineer.md samples/startup-remote-backend.md
  vacancy check adverts/
  cat advert.txt | vacancy show -

Exit codes: 0 success, 1 `check` found problems, 2 an input or argument could not be used.";

/// `vacancy --version`: the version, the skills it knows and the rules it checks.
fn long_version() -> &'static str {
    static TEXT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "{}\ntaxonomy: version {}, {} skills in {} categories (vacancy taxonomy lists them)\n\
             check: {} rules (vacancy check --list-rules lists them)",
            env!("CARGO_PKG_VERSION"),
            crate::taxonomy::builtin_version(),
            crate::taxonomy::builtin_count(),
            crate::taxonomy::CATEGORIES.len(),
            crate::check::catalogue().count(),
        )
    });
    &TEXT
}

#[derive(Debug, Parser)]
#[command(name = "vacancy", version, long_version = long_version(), about = ABOUT, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    #[command(flatten)]
    pub threads: ThreadArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

/// `--threads`, before the subcommand or after one that reads adverts (the
/// others have nothing to spread over threads, so their help leaves it out).
#[derive(Debug, Args)]
pub struct ThreadArgs {
    /// Read adverts on this many threads (default: every core, or RAYON_NUM_THREADS).
    #[arg(long, short = 'j', value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
}

/// Options every subcommand takes: colour, and how much to say on standard error.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Colour the output: auto (only on a terminal, and not when NO_COLOR is set), always or never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Say nothing on standard error but errors: no notes or warnings.
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Say more on standard error: each file as it is read, and how long it all took.
    #[arg(long, short = 'v', global = true)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal, unless NO_COLOR is set.
    Auto,
    /// Always colour, even into a file or a pipe.
    Always,
    /// Never colour.
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the fields of each advert as a table.
    #[command(after_help = "\
Examples:
  vacancy show samples/nhs-band6-physio.md
  vacancy show --evidence samples/*.md      (add the line each value came from)
  vacancy show --input-format text notes.md (read Markdown-looking text as plain text)")]
    Show(ShowArgs),
    /// Write the fields of each advert as JSON, JSON Lines, CSV or schema.org JSON-LD.
    #[command(after_help = "\
Examples:
  vacancy export samples/news-article-cto.txt
  vacancy export --format jsonl samples/ -o adverts.jsonl
  vacancy export --format csv samples/ -o adverts.csv
  vacancy export --format jsonld samples/nhs-band6-physio.md
  vacancy export samples/ | jq '.[] | {title, salary}'
  vacancy export --input-format jsonl - < adverts-in.jsonl > records.jsonl

Directories are read in parallel and written in sorted order. With
--input-format jsonl, each line of the input is {\"id\": …, \"text\"|\"markdown\"|\"html\": …}
and each record is written, and flushed, as soon as it is ready (see docs/scale.md).
Every format's fields are described in docs/formats.md.")]
    Export(ExportArgs),
    /// Put two or more adverts side by side: fields, yearly pay, and skills in common.
    #[command(after_help = "\
Examples:
  vacancy compare samples/fintech-data-engineer.md samples/startup-remote-backend.md
  vacancy compare --transpose samples/*.md         (one row per advert)
  vacancy compare --hours-per-week 40 samples/us-hourly-technician.txt samples/nhs-band6-physio.md
  vacancy compare --format json a.md b.md
  vacancy compare --format html -o report.html a.md b.md c.md  (a page to share)

Yearly pay is the advert's own figure times 12 (monthly), the weeks a year (weekly),
the days a week and weeks a year (daily), or the hours a week and weeks a year
(hourly). Pay in different currencies is marked, never converted.")]
    Compare(CompareArgs),
    /// Print only the skills each advert asks for.
    #[command(after_help = "\
Examples:
  vacancy skills samples/fintech-data-engineer.md
  vacancy skills --format json samples/
  vacancy skills --taxonomy my-skills.toml advert.md

Levels: essential (asked for), desirable (preferred, nice to have),
mentioned (named, but not asked for, e.g. in the organisation's blurb).")]
    Skills(SkillsArgs),
    /// List or search the skills taxonomy, or the ESCO occupations.
    #[command(after_help = "\
Examples:
  vacancy taxonomy                      (every skill, by category)
  vacancy taxonomy search kube          (skills whose id, name or alias contains \"kube\")
  vacancy taxonomy --category databases
  vacancy taxonomy --taxonomy my-skills.toml search acme
  vacancy taxonomy occupations search software developer")]
    Taxonomy(TaxonomyArgs),
    /// Check adverts for what makes them unlawful, unfair, unclear or unfinished.
    #[command(after_help = "\
Examples:
  vacancy check adverts/                        (every advert in the folder)
  vacancy check --fail-on warning advert.md     (exit 1 on warnings too)
  vacancy check --format github adverts/        (annotations in GitHub Actions)
  vacancy check --format sarif adverts/ > vacancy.sarif
  vacancy check --today 2025-06-01 advert.md    (closing dates against that day)
  vacancy check --jurisdiction US-NY adverts/   (the law of New York State for every advert)
  vacancy check --list-rules                    (every rule and its severity)

Settings come from vacancy.toml in the current directory or the nearest
parent (or --config FILE); `vacancy explain RULE` tells what a rule checks.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 bad arguments or configuration, or an input that could not be read.")]
    Check(CheckArgs),
    /// Explain a `check` rule: what it finds, why it matters, how to fix it; with an advert, what it finds there and why.
    #[command(after_help = "\
Examples:
  vacancy explain missing-salary
  vacancy explain gender-coded
  vacancy explain pay-transparency advert.md   (the jurisdiction decided for it, the laws in force, the findings)
  vacancy check --list-rules          (every rule's name)")]
    Explain(ExplainArgs),
    /// Write a vacancy.toml listing every check rule with its default severity and settings.
    #[command(after_help = "\
Examples:
  vacancy init                      (writes vacancy.toml here, unless one exists)
  vacancy init --force              (replaces an existing vacancy.toml)
  vacancy init adverts/vacancy.toml
  vacancy init - | less             (print it instead)

As written, the file changes nothing: every rule runs at its default. Edit a
line to change a severity (error, warning, info or off) or a threshold;
`vacancy check` finds the file in the current directory or the nearest parent.")]
    Init(InitArgs),
    /// Print a shell completion script for bash, zsh, fish, PowerShell or elvish.
    #[command(after_help = "\
Examples:
  vacancy completions bash > ~/.local/share/bash-completion/completions/vacancy
  vacancy completions zsh > ~/.zfunc/_vacancy       (with fpath+=~/.zfunc in ~/.zshrc)
  vacancy completions fish > ~/.config/fish/completions/vacancy.fish
  vacancy completions powershell >> $PROFILE
  vacancy completions elvish >> ~/.config/elvish/rc.elv

Each script completes subcommands, options and their values; start a new shell
(or source the file) to use it.")]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), generated from these same options.
    #[command(after_help = "\
Examples:
  vacancy man > vacancy.1 && man ./vacancy.1
  vacancy man | sudo tee /usr/local/share/man/man1/vacancy.1 > /dev/null")]
    Man,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the file, or - for standard output.
    #[arg(value_name = "FILE", default_value = "vacancy.toml")]
    pub path: PathBuf,

    /// Replace the file if it already exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write the script for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Where adverts come from and how to read them.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Adverts to read: files, directories (searched for .md, .markdown, .mdown, .mkd, .txt, .text, .html, .htm, .json and .jsonld files), or - for standard input.
    #[arg(required = true, value_name = "FILE")]
    pub inputs: Vec<String>,

    /// Read every input as this format instead of detecting it from the content.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,

    /// Refuse files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = crate::input::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,

    /// Add or override skills from a TOML file (see docs/taxonomy.md).
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<PathBuf>,

    #[command(flatten)]
    pub threads: ThreadArgs,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Also show the line each value was read from, and the words on it.
    #[arg(long)]
    pub evidence: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Output format [default: json, or jsonl with --input-format jsonl].
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<ExportFormat>,

    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = CompareFormat::Table)]
    pub format: CompareFormat,

    /// Write to this file instead of standard output (e.g. report.html).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// One row per advert instead of one column per advert.
    #[arg(long)]
    pub transpose: bool,

    /// Hours in a working week, to turn hourly pay into a yearly figure.
    #[arg(long, value_name = "HOURS", default_value_t = 37.5, value_parser = positive)]
    pub hours_per_week: f64,

    /// Days in a working week, to turn day rates into a yearly figure.
    #[arg(long, value_name = "DAYS", default_value_t = 5.0, value_parser = positive)]
    pub days_per_week: f64,

    /// Paid weeks in a year, to turn hourly, daily and weekly pay into a yearly figure.
    #[arg(long, value_name = "WEEKS", default_value_t = 52.0, value_parser = positive)]
    pub weeks_per_year: f64,
}

/// A number above zero, for the working-time assumptions.
fn positive(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v > 0.0 && v.is_finite() => Ok(v),
        _ => Err(format!("{s} is not a number above zero")),
    }
}

#[derive(Debug, Args)]
pub struct SkillsArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct TaxonomyArgs {
    #[command(subcommand)]
    pub action: Option<TaxonomyAction>,

    /// Only skills of this category (e.g. databases, cloud_platforms).
    #[arg(long, global = true)]
    pub category: Option<String>,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ListFormat::Table, global = true)]
    pub format: ListFormat,

    /// Add or override skills from a TOML file first.
    #[arg(long, value_name = "FILE", global = true)]
    pub taxonomy: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Adverts to check: files, directories (searched as for `show`), or - for standard input.
    #[arg(value_name = "FILE", required_unless_present = "list_rules")]
    pub inputs: Vec<String>,

    /// Output format: human (for the terminal), json, github (Actions annotations), sarif, or markdown (only with --list-rules).
    #[arg(long, short = 'f', value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,

    /// Exit with status 1 when a finding of this severity or higher is reported.
    #[arg(long, value_enum, value_name = "SEVERITY", default_value_t = FailOn::Error)]
    pub fail_on: FailOn,

    /// Read settings from this file instead of the nearest vacancy.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Use no vacancy.toml: every rule at its default.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,

    /// Check closing dates, and the laws in force, against this day (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE", value_parser = iso_date)]
    pub today: Option<String>,

    /// Apply the law of this place (ISO 3166: `US-NY`, `US-NY-NYC`, `CA-BC`,
    /// `DE`) to every advert, instead of the place each advert names.
    #[arg(long, value_name = "CODE", value_parser = jurisdiction_code)]
    pub jurisdiction: Option<String>,

    /// List every rule with its category, severity and summary, and exit.
    #[arg(long)]
    pub list_rules: bool,

    /// Read every input as this format instead of detecting it from the content.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,

    /// Refuse files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = crate::input::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,

    /// Add or override skills from a TOML file (skills count as known acronyms).
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<PathBuf>,
    #[command(flatten)]
    pub threads: ThreadArgs,
}

/// A jurisdiction code as `--jurisdiction` takes it.
fn jurisdiction_code(s: &str) -> Result<String, String> {
    crate::check::law::Jurisdiction::given(s, "").map(|j| j.code().to_string())
}

fn iso_date(s: &str) -> Result<String, String> {
    if crate::check::is_iso_date(s) {
        Ok(s.to_string())
    } else {
        Err("expected a date written YYYY-MM-DD".to_string())
    }
}

/// Any text, so `explain` can say which rule was meant; the rule ids are its
/// possible values only so that shell completion offers them.
#[derive(Debug, Clone, Copy)]
struct RuleName;

impl clap::builder::TypedValueParser for RuleName {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            crate::check::catalogue().map(|r| clap::builder::PossibleValue::new(r.id)),
        ))
    }
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule's id, e.g. missing-salary.
    #[arg(value_name = "RULE", value_parser = RuleName, hide_possible_values = true)]
    pub rule: String,

    /// An advert to apply the rule to: its findings are listed, and for the
    /// rules of the law, the jurisdiction decided for it and how, its date and
    /// the laws in force there then.
    #[arg(value_name = "ADVERT")]
    pub advert: Option<PathBuf>,

    /// Read settings from this file instead of the nearest vacancy.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// With an advert: judge dates, and the laws in force, against this day
    /// (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE", value_parser = iso_date, requires = "advert")]
    pub today: Option<String>,

    /// With an advert: apply the law of this place (`US-NY`, `CA-BC`, `DE`)
    /// instead of the place the advert names.
    #[arg(long, value_name = "CODE", value_parser = jurisdiction_code, requires = "advert")]
    pub jurisdiction: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Each finding with its source line underlined, then a summary.
    Human,
    /// A JSON array of findings (see docs/formats.md).
    Json,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// The rule catalogue as Markdown (with --list-rules; docs/rules.md).
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
}

#[derive(Debug, Subcommand)]
pub enum TaxonomyAction {
    /// List every skill (the default).
    #[command(after_help = "\
Examples:
  vacancy taxonomy list
  vacancy taxonomy list --category cloud_platforms --format json")]
    List,
    /// Skills whose id, name, alias or category contains QUERY (case-insensitive).
    #[command(after_help = "\
Examples:
  vacancy taxonomy search kube
  vacancy taxonomy search --format json postgres")]
    Search {
        /// The text to look for.
        query: String,
    },
    /// List the ESCO occupations an advert's `occupation` is chosen from.
    #[command(after_help = "\
Examples:
  vacancy taxonomy occupations                      (all 2,942, by name)
  vacancy taxonomy occupations search nurse
  vacancy taxonomy occupations search softw dev     (every word starts a word of one label)
  vacancy taxonomy occupations search 2512          (by ISCO-08 code or its start)
  vacancy taxonomy occupations search --format json physiotherapist

Occupations come from ESCO, the European Commission's classification
(see docs/taxonomy.md); each has an ISCO-08 unit group.")]
    Occupations {
        #[command(subcommand)]
        action: Option<OccupationsAction>,
    },
}

#[derive(Debug, Subcommand)]
pub enum OccupationsAction {
    /// Occupations with a label (preferred or alternative) holding every word
    /// of QUERY as the start of a word, or whose ISCO-08 code starts with it.
    #[command(after_help = "\
Examples:
  vacancy taxonomy occupations search data scientist
  vacancy taxonomy occupations search 25")]
    Search {
        /// The words (or ISCO-08 code) to look for.
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table for reading.
    Table,
    /// JSON for programs.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// A table with bars, for the terminal.
    Table,
    /// The comparison as JSON (see docs/formats.md).
    Json,
    /// One self-contained HTML page: the table, a pay chart and the skills, to share.
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Markdown (CommonMark with tables).
    Md,
    /// Plain text: headings and bullets found by their shape.
    Text,
    /// HTML, a whole page or a fragment.
    Html,
    /// A schema.org JobPosting in JSON-LD.
    Jsonld,
    /// JSON Lines: one advert per line, as {"id": …, "text"|"markdown"|"html": …}.
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A JSON array of records.
    Json,
    /// One JSON record per line (JSON Lines).
    Jsonl,
    /// CSV: a header row, then one row per advert (RFC 4180).
    Csv,
    /// schema.org JobPosting in JSON-LD: one object, or an array for several adverts.
    Jsonld,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        Cli::command().debug_assert();
    }

    /// Every command's `--help` ends with examples, each a real `vacancy` command line.
    #[test]
    fn every_help_has_an_example() {
        fn walk(cmd: &clap::Command, path: &str) {
            let name = format!("{path} {}", cmd.get_name()).trim().to_string();
            if cmd.get_name() != "help" {
                let after = cmd
                    .get_after_help()
                    .map(|h| h.to_string())
                    .unwrap_or_default();
                assert!(
                    after.contains("Examples:"),
                    "`{name} --help` has no examples"
                );
                let example = after
                    .lines()
                    .skip_while(|l| !l.starts_with("Examples:"))
                    .nth(1)
                    .unwrap_or_default();
                assert!(
                    example.trim_start().starts_with("vacancy "),
                    "`{name} --help`: the first example is not a vacancy command: {example:?}"
                );
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &name);
            }
        }
        walk(&Cli::command(), "");
    }
}
