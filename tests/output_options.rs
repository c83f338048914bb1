//! The options every subcommand takes: `--color` (and NO_COLOR), `--quiet`
//! and `--verbose`, as a user sees them on standard output and standard error.

use std::io::Write;
use std::process::Command as Process;

use assert_cmd::Command;

const ESC: char = '\x1b';

fn vacancy() -> Command {
    let mut cmd = Command::cargo_bin("vacancy").expect("binary");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env_remove("NO_COLOR");
    cmd
}

fn run(args: &[&str], env: &[(&str, &str)]) -> (String, String, i32) {
    let mut cmd = vacancy();
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("runs");
    (
        String::from_utf8(out.stdout).expect("utf8"),
        String::from_utf8(out.stderr).expect("utf8"),
        out.status.code().unwrap_or(-1),
    )
}

const SAMPLE: &str = "samples/nhs-band6-physio.md";
const PAIR: [&str; 2] = [
    "samples/fintech-data-engineer.md",
    "samples/contract-day-rate-devops.md",
];

#[test]
fn piped_output_has_no_colour_unless_asked_for() {
    for args in [
        vec!["show", SAMPLE],
        vec!["skills", SAMPLE],
        vec!["taxonomy", "search", "kube"],
        vec!["compare", PAIR[0], PAIR[1]],
    ] {
        let (plain, _, _) = run(&args, &[]);
        assert!(!plain.contains(ESC), "{args:?} coloured a pipe");
        let mut always = vec!["--color", "always"];
        always.extend(&args);
        let (coloured, _, _) = run(&always, &[]);
        assert!(coloured.contains(ESC), "{args:?} --color always");
        // NO_COLOR does not overrule an explicit --color always.
        let (still, _, _) = run(&always, &[("NO_COLOR", "1")]);
        assert!(still.contains(ESC), "{args:?} --color always with NO_COLOR");
        // Stripped of its escapes, the coloured text is the plain text.
        assert_eq!(strip_ansi(&coloured), plain, "{args:?}");
    }
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ESC && chars.peek() == Some(&'[') {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Runs the tool on a pseudo-terminal with `script`, when it is installed.
fn on_terminal(args: &str, no_color: Option<&str>) -> Option<String> {
    let bin = assert_cmd::cargo::cargo_bin("vacancy");
    let mut cmd = Process::new("script");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "-qec",
            &format!("stty cols 120; {} {args}", bin.display()),
            "/dev/null",
        ])
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR");
    if let Some(v) = no_color {
        cmd.env("NO_COLOR", v);
    }
    match cmd.output() {
        Ok(out) if out.status.success() => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        _ => {
            let _ = writeln!(
                std::io::stderr(),
                "skipped: `script` (util-linux) could not give a terminal"
            );
            None
        }
    }
}

#[test]
fn a_terminal_is_coloured_unless_no_color_or_never() {
    let Some(auto) = on_terminal(&format!("show {SAMPLE}"), None) else {
        return;
    };
    assert!(auto.contains(ESC), "no colour on a terminal");
    let no_color = on_terminal(&format!("show {SAMPLE}"), Some("1")).expect("ran before");
    assert!(!no_color.contains(ESC), "NO_COLOR is not honoured");
    let never = on_terminal(&format!("--color never show {SAMPLE}"), None).expect("ran before");
    assert!(!never.contains(ESC), "--color never is not honoured");
}

#[test]
fn errors_are_red_only_when_colour_is_on() {
    let (_, err, code) = run(&["show", "missing.md"], &[]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "vacancy: error: missing.md: no such file or directory\n"
    );
    let (_, err, _) = run(&["--color", "always", "show", "missing.md"], &[]);
    assert!(err.contains(ESC) && strip_ansi(&err).starts_with("vacancy: error: missing.md"));
}

#[test]
fn quiet_keeps_errors_and_drops_warnings() {
    // JSON-LD export warns about a required property the advert lacks.
    let args = [
        "export",
        "--format",
        "jsonld",
        "samples/fintech-data-engineer.md",
    ];
    let (out, err, code) = run(&args, &[]);
    assert_eq!(code, 0);
    assert!(err.contains("vacancy: warning: "), "{err}");
    let mut quiet = vec!["-q"];
    quiet.extend(args);
    let (quiet_out, quiet_err, code) = run(&quiet, &[]);
    assert_eq!((code, quiet_err.as_str()), (0, ""));
    assert_eq!(quiet_out, out, "--quiet changes only standard error");

    let (_, err, code) = run(&["--quiet", "show", SAMPLE, "missing.md"], &[]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "vacancy: error: missing.md: no such file or directory\n"
    );
}

#[test]
fn verbose_names_each_file_and_the_time_taken() {
    let (out, err, code) = run(&["-v", "show", SAMPLE, "missing.md"], &[]);
    assert_eq!(code, 2);
    assert!(err.contains(&format!("vacancy: read {SAMPLE} (")), "{err}");
    assert!(err.contains("vacancy: error: missing.md"), "{err}");
    let summary = err.lines().last().unwrap_or_default();
    assert!(
        summary.starts_with("vacancy: read 1 advert in ")
            && summary.ends_with("; 1 could not be read"),
        "{summary}"
    );
    let (plain, _, _) = run(&["show", SAMPLE], &[]);
    assert_eq!(out, plain, "--verbose changes only standard error");
}

#[test]
fn quiet_and_verbose_together_is_a_usage_error() {
    let (_, err, code) = run(&["-q", "-v", "show", SAMPLE], &[]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot be used with"), "{err}");
}
