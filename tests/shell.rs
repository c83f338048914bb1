//! Shell completions and the manual page, both generated from the clap
//! definition: every shell gets a script that knows the subcommands, and the
//! committed `docs/vacancy.1` matches what `vacancy man` prints now.

use std::io::Write;
use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;

fn vacancy() -> Command {
    let mut cmd = Command::cargo_bin("vacancy").expect("binary");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn stdout_of(args: &[&str]) -> String {
    let out = vacancy().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "vacancy {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf8")
}

const SUBCOMMANDS: &[&str] = &[
    "show",
    "export",
    "compare",
    "skills",
    "taxonomy",
    "check",
    "explain",
    "completions",
    "man",
];

#[test]
fn every_shell_gets_a_script_that_knows_the_subcommands_and_options() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout_of(&["completions", shell]);
        for sub in SUBCOMMANDS {
            assert!(script.contains(sub), "{shell} script lacks {sub}");
        }
        // Fish names long options without their dashes (`-l evidence`).
        for option in ["evidence", "hours-per-week", "input-format"] {
            assert!(script.contains(option), "{shell} script lacks {option}");
        }
    }
}

/// Runs `SHELL -n` (parse without running) on a script when that shell is installed.
fn parses_in(shell: &str, flag: &str, script: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("vacancy-completion");
    std::fs::write(&path, script).expect("write script");
    let status = match Process::new(shell).arg(flag).arg(&path).status() {
        Ok(status) => status,
        Err(_) => {
            // Written to the stderr handle itself, which the test harness does not capture.
            let _ = writeln!(
                std::io::stderr(),
                "skipped: {shell} is not installed, so its script was not parsed"
            );
            return;
        }
    };
    assert!(status.success(), "{shell} {flag} rejects the script");
}

#[test]
fn the_scripts_parse_in_their_shells() {
    parses_in("bash", "-n", &stdout_of(&["completions", "bash"]));
    parses_in("zsh", "-n", &stdout_of(&["completions", "zsh"]));
    parses_in("fish", "--no-execute", &stdout_of(&["completions", "fish"]));
}

#[test]
fn bash_completes_a_subcommand_and_an_option_value() {
    let script = stdout_of(&["completions", "bash"]);
    // Ask the completion function what follows `vacancy com` and `vacancy compare --format `.
    let ask = |words: &str, cword: usize| -> String {
        let program = format!(
            "{script}\nCOMP_WORDS=({words}); COMP_CWORD={cword}; COMP_LINE=\"{words}\"; \
             COMP_POINT=${{#COMP_LINE}}; _vacancy vacancy \"${{COMP_WORDS[$COMP_CWORD]}}\" \
             \"${{COMP_WORDS[$COMP_CWORD-1]}}\"; printf '%s\\n' \"${{COMPREPLY[@]}}\""
        );
        let out = Process::new("bash")
            .arg("-c")
            .arg(program)
            .output()
            .expect("bash runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let subs = ask("vacancy com", 1);
    assert!(subs.lines().any(|l| l == "compare"), "{subs}");
    assert!(subs.lines().any(|l| l == "completions"), "{subs}");
    let formats = ask("vacancy compare --format ''", 3);
    assert!(formats.lines().any(|l| l == "json"), "{formats}");
}

#[test]
fn the_committed_man_page_matches_the_options() {
    let page = stdout_of(&["man"]);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/vacancy.1");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        page == committed,
        "docs/vacancy.1 is out of date with the options in src/cli.rs; \
         regenerate it with: cargo run -- man > docs/vacancy.1"
    );
}

#[test]
fn the_man_page_has_every_subcommand_and_its_examples() {
    let page = stdout_of(&["man"]);
    assert!(page.starts_with(".ie") || page.starts_with(".TH"), "roff");
    assert!(page.contains(".TH VACANCY 1"), "{page}");
    for sub in SUBCOMMANDS {
        assert!(
            page.contains(&format!(".SS \"vacancy {sub}\"")),
            "no section for {sub}"
        );
    }
    assert!(page.contains("vacancy compare \\-\\-transpose"), "examples");
}

#[test]
fn long_version_names_the_taxonomy_and_the_rules() {
    let text = stdout_of(&["--version"]);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(format!("vacancy {}", env!("CARGO_PKG_VERSION")).as_str())
    );
    let taxonomy = lines.next().expect("a taxonomy line");
    let skills: serde_json::Value =
        serde_json::from_str(&stdout_of(&["taxonomy", "--format", "json"])).expect("JSON");
    let count = skills.as_array().expect("array").len();
    assert!(
        taxonomy.starts_with("taxonomy: version ")
            && taxonomy.contains(&format!(", {count} skills in ")),
        "{taxonomy}"
    );
    let rules: serde_json::Value =
        serde_json::from_str(&stdout_of(&["check", "--list-rules", "--format", "json"]))
            .expect("JSON");
    let count = rules.as_array().expect("array").len();
    assert_eq!(
        lines.next(),
        Some(format!("check: {count} rules (vacancy check --list-rules lists them)").as_str())
    );
    // -V stays short, for scripts that read the version number.
    assert_eq!(
        stdout_of(&["-V"]),
        format!("vacancy {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn bash_completes_rule_names_after_explain() {
    let script = stdout_of(&["completions", "bash"]);
    let program = format!(
        "{script}\nCOMP_WORDS=(vacancy explain missing-); COMP_CWORD=2; \
         COMP_LINE=\"vacancy explain missing-\"; COMP_POINT=${{#COMP_LINE}}; \
         _vacancy vacancy missing- explain; printf '%s\\n' \"${{COMPREPLY[@]}}\""
    );
    let out = Process::new("bash")
        .arg("-c")
        .arg(program)
        .output()
        .expect("bash runs");
    let offered = String::from_utf8_lossy(&out.stdout);
    assert!(offered.lines().any(|l| l == "missing-salary"), "{offered}");
    assert!(
        offered.lines().all(|l| l.starts_with("missing-")),
        "{offered}"
    );
}

#[test]
fn help_lists_man_and_offers_threads_only_where_adverts_are_read() {
    let top = stdout_of(&["--help"]);
    assert!(
        top.lines().any(|l| l.trim_start().starts_with("man ")),
        "{top}"
    );
    for sub in ["taxonomy", "explain", "init", "completions", "man"] {
        let help = stdout_of(&[sub, "--help"]);
        assert!(!help.contains("--threads"), "{sub} --help: {help}");
    }
    for sub in ["show", "export", "compare", "skills", "check"] {
        let help = stdout_of(&[sub, "--help"]);
        assert!(help.contains("--threads"), "{sub} --help: {help}");
    }
}
