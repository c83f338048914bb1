//! `check --format sarif` as a SARIF consumer reads it: Microsoft's SARIF
//! validator (`@microsoft/sarif-multitool` on npm) must find no error and no
//! warning in the log, whether the inputs are named by relative or absolute
//! paths, and with an input that cannot be read.
//!
//! The validator is looked for in `$SARIF_MULTITOOL`, then where `.ci/run`
//! installs it (`target/sarif-multitool`), then on `PATH`. Without it the test
//! says so and passes: it needs Node.js, which a Rust toolchain does not bring.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The validator's command, or why there is none.
fn validator() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("SARIF_MULTITOOL") {
        return Ok(PathBuf::from(path));
    }
    let installed = repo().join("target/sarif-multitool/node_modules/.bin/sarif-multitool");
    if installed.exists() {
        return Ok(installed);
    }
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("sarif-multitool"))
            .find(|p| p.exists())
    });
    on_path.ok_or_else(|| {
        let npm = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
            .any(|dir| dir.join("npm").exists());
        if npm {
            "sarif-multitool is not installed (`npm install --prefix target/sarif-multitool \
             @microsoft/sarif-multitool`, as .ci/run does)"
                .into()
        } else {
            "npm is absent, so the SARIF validator cannot be installed".into()
        }
    })
}

/// Whether Cargo.toml names a homepage or repository, which becomes the
/// driver's `informationUri`.
fn has_information_uri() -> bool {
    !env!("CARGO_PKG_HOMEPAGE").is_empty() || !env!("CARGO_PKG_REPOSITORY").is_empty()
}

/// The validator's errors and warnings about the log at `path`. Its warning
/// that the tool has no `informationUri` (SARIF2005) is only advice, and is
/// let through while Cargo.toml names no homepage to give.
fn problems(tool: &Path, path: &Path) -> Vec<String> {
    let out = Command::new(tool)
        .arg("validate")
        .arg(path)
        .output()
        .expect("the SARIF validator runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Analysis completed successfully"),
        "the validator did not finish:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
        .lines()
        .filter(|l| l.contains(": error ") || l.contains(": warning "))
        .filter(|l| has_information_uri() || !l.contains(" SARIF2005: "))
        .map(str::to_string)
        .collect()
}

/// `vacancy check --format sarif` on `inputs`, run in `dir`, written to `log`.
fn check_sarif(dir: &Path, inputs: &[&str], log: &Path) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_vacancy"))
        .current_dir(dir)
        .args([
            "check",
            "--no-config",
            "--today",
            "2024-07-01",
            "--format",
            "sarif",
        ])
        .args(inputs)
        .output()
        .expect("vacancy runs");
    assert!(
        out.status.code().is_some_and(|c| c <= 2),
        "check ran: {:?}",
        out.status
    );
    std::fs::write(log, &out.stdout).unwrap();
    serde_json::from_slice(&out.stdout).expect("the log is JSON")
}

#[test]
fn the_sarif_validator_accepts_relative_and_absolute_paths() {
    let tool = match validator() {
        Ok(tool) => tool,
        Err(reason) => {
            eprintln!("skipped: {reason}");
            return;
        }
    };
    let dir = tempfile::tempdir().unwrap();
    let absolute = repo().join("samples");
    let absolute = absolute.to_str().expect("a UTF-8 path");
    let missing = dir.path().join("missing.md");
    let missing = missing.to_str().unwrap();
    for (name, inputs) in [
        ("relative", vec!["samples", "missing.md"]),
        ("absolute", vec![absolute, missing]),
    ] {
        let path = dir.path().join(format!("{name}.sarif"));
        let log = check_sarif(&repo(), &inputs, &path);
        let run = &log["runs"][0];
        assert!(
            !run["results"].as_array().unwrap().is_empty(),
            "{name}: the samples give findings to validate"
        );
        let notes = run["invocations"][0]["toolExecutionNotifications"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: the unreadable input is recorded"));
        assert!(
            notes[0]["message"]["text"]
                .as_str()
                .unwrap()
                .contains("missing.md")
        );
        let problems = problems(&tool, &path);
        assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
    }
}
