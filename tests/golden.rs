//! The output of every sample, recorded: a change that is meant to leave the
//! output alone (a speed-up, a refactor) must leave these files byte for byte
//! as they are, and a change that is meant to alter it shows, in the diff of
//! the recorded files, exactly what it altered.
//!
//! After a change that should alter the output, look at the difference, then
//! record the new output with
//!
//!     VACANCY_BLESS=1 cargo test --test golden
//!
//! and commit the recorded files with the change.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every sample advert, sorted, as paths relative to the repository.
fn samples() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("samples/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(&Path::new(ROOT).join("samples"), &mut found);
    let mut out: Vec<String> = found
        .iter()
        .map(|p| {
            p.strip_prefix(ROOT)
                .expect("under the repository")
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    out.sort();
    out
}

/// Runs vacancy with `args` then the samples, and compares its output with
/// `tests/golden/<name>`, or records it there when VACANCY_BLESS is set.
fn compare(name: &str, args: &[&str]) {
    let output = Command::cargo_bin("vacancy")
        .expect("the vacancy binary is built")
        .current_dir(ROOT)
        .args(args)
        .args(samples())
        .output()
        .expect("vacancy runs");
    assert!(
        output.status.code().is_some_and(|c| c <= 1),
        "vacancy {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let got = String::from_utf8(output.stdout).expect("UTF-8 output");
    let path = Path::new(ROOT).join("tests/golden").join(name);
    if std::env::var_os("VACANCY_BLESS").is_some() {
        std::fs::write(&path, &got).expect("writing the recorded output");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    if got == want {
        return;
    }
    let first = got
        .lines()
        .zip(want.lines())
        .position(|(g, w)| g != w)
        .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
    panic!(
        "the output of `vacancy {}` over samples/ differs from tests/golden/{name} from line {}:\n  now:      {}\n  recorded: {}\nIf the change is meant, record it: VACANCY_BLESS=1 cargo test --test golden",
        args.join(" "),
        first + 1,
        got.lines()
            .nth(first)
            .unwrap_or("(nothing)")
            .chars()
            .take(300)
            .collect::<String>(),
        want.lines()
            .nth(first)
            .unwrap_or("(nothing)")
            .chars()
            .take(300)
            .collect::<String>(),
    );
}

#[test]
fn the_json_lines_export_of_every_sample_is_as_recorded() {
    compare("samples.jsonl", &["export", "--format", "jsonl"]);
}

#[test]
fn the_findings_on_every_sample_are_as_recorded() {
    compare(
        "samples-check.json",
        &[
            "check",
            "--no-config",
            "--format",
            "json",
            "--today",
            "2026-06-01",
        ],
    );
}
