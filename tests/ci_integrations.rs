//! The CI integrations run as their hosts would run them: the shell steps of
//! `action.yml` (the GitHub composite action) with bash, the inputs filled in,
//! against `samples/`; and the hooks of `.pre-commit-hooks.yaml` on the files
//! their pattern picks. The tool is the one this test run built, so the
//! action's install step is told to skip installing.
//!
//! The YAML is read as text: both files are written in a plain block style
//! (no anchors, no flow mappings), which these few lines understand.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

/// One step of the action: its id, `if:`, `uses:`, `env:` and `run:` script.
#[derive(Debug, Default)]
struct Step {
    name: String,
    id: Option<String>,
    condition: Option<String>,
    uses: Option<String>,
    with: BTreeMap<String, String>,
    env: BTreeMap<String, String>,
    run: Option<String>,
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn unquote(v: &str) -> String {
    let v = v.trim();
    if v.len() >= 2
        && (v.starts_with('"') && v.ends_with('"') || v.starts_with('\'') && v.ends_with('\''))
    {
        v[1..v.len() - 1].to_string()
    } else {
        v.to_string()
    }
}

/// The lines under `key:` (at `at` spaces) that are indented deeper than it.
fn block<'a>(lines: &[&'a str], key: &str, at: usize) -> Vec<&'a str> {
    let start = lines
        .iter()
        .position(|l| indent(l) == at && l.trim_start().starts_with(&format!("{key}:")))
        .unwrap_or_else(|| panic!("no `{key}:`"));
    lines[start + 1..]
        .iter()
        .take_while(|l| l.trim().is_empty() || indent(l) > at)
        .copied()
        .collect()
}

/// Each input's default value.
fn input_defaults(yaml: &str) -> BTreeMap<String, String> {
    let lines: Vec<&str> = yaml.lines().collect();
    let inputs = block(&lines, "inputs", 0);
    let mut defaults = BTreeMap::new();
    let mut current = None;
    for line in inputs {
        let t = line.trim();
        if indent(line) == 2 && t.ends_with(':') {
            current = Some(t.trim_end_matches(':').to_string());
        } else if let (Some(name), Some(v)) = (&current, t.strip_prefix("default:")) {
            defaults.insert(name.clone(), unquote(v));
        }
    }
    defaults
}

fn steps(yaml: &str) -> Vec<Step> {
    let lines: Vec<&str> = yaml.lines().collect();
    let body = block(&lines, "steps", 2);
    let mut steps: Vec<Step> = Vec::new();
    let mut i = 0;
    while i < body.len() {
        let line = body[i];
        let t = line.trim_start();
        let mut key_line = t;
        if let Some(rest) = t.strip_prefix("- ") {
            steps.push(Step::default());
            key_line = rest;
        }
        let Some(step) = steps.last_mut() else {
            i += 1;
            continue;
        };
        let here = if t.starts_with("- ") {
            indent(line) + 2
        } else {
            indent(line)
        };
        let nested: Vec<&str> = body[i + 1..]
            .iter()
            .take_while(|l| l.trim().is_empty() || indent(l) > here)
            .copied()
            .collect();
        if let Some((key, value)) = key_line.split_once(':') {
            let value = value.trim();
            match key {
                "name" => step.name = unquote(value),
                "id" => step.id = Some(unquote(value)),
                "if" => step.condition = Some(value.to_string()),
                "uses" => step.uses = Some(value.to_string()),
                "run" if value == "|" => {
                    let deep = nested
                        .iter()
                        .filter(|l| !l.trim().is_empty())
                        .map(|l| indent(l))
                        .min()
                        .unwrap_or(0);
                    let script: Vec<&str> = nested
                        .iter()
                        .map(|l| if l.len() >= deep { &l[deep..] } else { "" })
                        .collect();
                    step.run = Some(script.join("\n") + "\n");
                }
                "env" | "with" => {
                    for l in nested.iter().filter(|l| !l.trim().is_empty()) {
                        let (k, v) = l.trim().split_once(':').expect("key: value");
                        let map = if key == "env" {
                            &mut step.env
                        } else {
                            &mut step.with
                        };
                        map.insert(k.trim().to_string(), unquote(v));
                    }
                }
                _ => {}
            }
        }
        i += if matches!(
            key_line.split_once(':').map(|(k, _)| k),
            Some("run" | "env" | "with")
        ) {
            1 + nested.len()
        } else {
            1
        };
    }
    steps
}

/// Fills in `${{ inputs.X }}` and `${{ steps.ID.outputs.Y }}`.
fn expand(
    value: &str,
    inputs: &BTreeMap<String, String>,
    outputs: &BTreeMap<String, String>,
) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find("${{") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("}}").expect("closed expression") + start;
        let expr = rest[start + 3..end].trim();
        let value = if let Some(name) = expr.strip_prefix("inputs.") {
            inputs
                .get(name)
                .unwrap_or_else(|| panic!("no input {name}"))
                .clone()
        } else if let Some(path) = expr.strip_prefix("steps.") {
            outputs.get(path).cloned().unwrap_or_default()
        } else {
            panic!("an expression this test does not know: {expr}")
        };
        out.push_str(&value);
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

/// `inputs.X == 'Y'`, the only kind of condition the action uses.
fn holds(condition: &str, inputs: &BTreeMap<String, String>) -> bool {
    let (left, right) = condition.split_once("==").expect("a comparison");
    let name = left.trim().strip_prefix("inputs.").expect("an input");
    inputs[name] == unquote(right)
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// What running the action's steps gave.
struct Run {
    /// The exit status of the step that stopped the run, or 0 when all passed.
    status: i32,
    /// The step that stopped it.
    failed_step: Option<String>,
    stdout: String,
    stderr: String,
    outputs: BTreeMap<String, String>,
    /// The `uses:` steps that would have run, with their `with:` filled in.
    used: Vec<(String, BTreeMap<String, String>)>,
    sarif: Option<serde_json::Value>,
}

fn run_action(given: &[(&str, &str)]) -> Run {
    let yaml = std::fs::read_to_string(repo().join("action.yml")).expect("action.yml");
    let mut inputs = input_defaults(&yaml);
    for (k, v) in given {
        assert!(inputs.contains_key(*k), "action.yml has no input {k}");
        inputs.insert(k.to_string(), v.to_string());
    }
    inputs.insert("install".into(), "false".into());
    let work = tempfile::tempdir().expect("temp dir");
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_vacancy"))
        .parent()
        .expect("bin dir")
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut outputs = BTreeMap::new();
    let mut result = Run {
        status: 0,
        failed_step: None,
        stdout: String::new(),
        stderr: String::new(),
        outputs: BTreeMap::new(),
        used: Vec::new(),
        sarif: None,
    };
    for step in steps(&yaml) {
        if let Some(c) = &step.condition
            && !holds(c, &inputs)
        {
            continue;
        }
        if let Some(uses) = &step.uses {
            let with = step
                .with
                .iter()
                .map(|(k, v)| (k.clone(), expand(v, &inputs, &outputs)))
                .collect();
            result.used.push((uses.clone(), with));
            continue;
        }
        let script = step
            .run
            .as_ref()
            .unwrap_or_else(|| panic!("step {} runs nothing", step.name));
        let output_file = work.path().join("github-output");
        std::fs::write(&output_file, "").expect("output file");
        // GitHub runs `shell: bash` as bash --noprofile --norc -eo pipefail.
        let mut cmd = Process::new("bash");
        cmd.args(["--noprofile", "--norc", "-eo", "pipefail", "-c", script])
            .current_dir(repo())
            .env("PATH", &path)
            .env("GITHUB_ACTION_PATH", repo())
            .env("GITHUB_OUTPUT", &output_file)
            .env_remove("NO_COLOR");
        for (k, v) in &step.env {
            cmd.env(k, expand(v, &inputs, &outputs));
        }
        let out = cmd.output().expect("bash runs");
        result
            .stdout
            .push_str(&String::from_utf8_lossy(&out.stdout));
        result
            .stderr
            .push_str(&String::from_utf8_lossy(&out.stderr));
        if let Some(id) = &step.id {
            for line in std::fs::read_to_string(&output_file)
                .expect("read outputs")
                .lines()
            {
                if let Some((k, v)) = line.split_once('=') {
                    outputs.insert(format!("{id}.outputs.{k}"), v.to_string());
                }
            }
        }
        if !out.status.success() {
            result.status = out.status.code().unwrap_or(-1);
            result.failed_step = Some(step.name.clone());
            break;
        }
    }
    let sarif_path = repo().join(&inputs["sarif-file"]);
    if let Ok(text) = std::fs::read_to_string(&sarif_path) {
        result.sarif = serde_json::from_str(&text).ok();
    }
    result.outputs = outputs;
    result
}

/// A SARIF file name of its own for each test, removed afterwards.
struct SarifName(String);

impl SarifName {
    fn new(test: &str) -> SarifName {
        let name = format!("target/action-test-{test}-{}.sarif", std::process::id());
        SarifName(name)
    }
}

impl Drop for SarifName {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(repo().join(&self.0));
    }
}

#[test]
fn the_action_checks_the_samples_and_writes_sarif() {
    let sarif = SarifName::new("pass");
    let run = run_action(&[("paths", "samples/"), ("sarif-file", &sarif.0)]);
    assert_eq!(
        run.status, 0,
        "{:?}: {}{}",
        run.failed_step, run.stdout, run.stderr
    );
    assert_eq!(run.outputs["check.outputs.status"], "0");
    let log = run.sarif.expect("a SARIF log");
    assert_eq!(log["version"], "2.1.0");
    let results = log["runs"][0]["results"].as_array().expect("results");
    assert!(!results.is_empty(), "the samples have warnings to report");
    // Annotations for the pull request, one per finding.
    let annotations = run
        .stdout
        .lines()
        .filter(|l| {
            l.starts_with("::warning ") || l.starts_with("::notice ") || l.starts_with("::error ")
        })
        .count();
    assert_eq!(annotations, results.len(), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("vacancy check found nothing at or above error")
    );
    // The SARIF upload gets the file that was written.
    let (uses, with) = run.used.first().expect("an upload step");
    assert!(
        uses.starts_with("github/codeql-action/upload-sarif@"),
        "{uses}"
    );
    assert_eq!(with["sarif_file"], sarif.0);
}

#[test]
fn the_action_fails_on_findings_at_the_chosen_level_after_uploading() {
    let sarif = SarifName::new("fail");
    let run = run_action(&[
        ("paths", "samples/nhs-band6-physio.md samples/html/"),
        ("fail-on", "warning"),
        ("annotate", "false"),
        ("upload-sarif", "false"),
        ("sarif-file", &sarif.0),
    ]);
    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.failed_step.as_deref(), Some("Fail on findings"));
    assert_eq!(run.outputs["check.outputs.status"], "1");
    assert!(run.used.is_empty(), "upload-sarif false skips the upload");
    assert!(!run.stdout.contains("::warning file="), "annotate false");
    let log = run.sarif.expect("the SARIF log is still written");
    let files: Vec<String> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].to_string())
        .collect();
    assert!(
        files.iter().any(|f| f.contains("samples/html/")),
        "{files:?}"
    );
}

#[test]
fn the_action_stops_when_check_cannot_run() {
    let sarif = SarifName::new("broken");
    let config = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(config.path(), "[rules]\nno-such-rule = \"off\"\n").expect("write");
    let run = run_action(&[
        ("paths", "samples/"),
        ("config", &config.path().display().to_string()),
        ("sarif-file", &sarif.0),
    ]);
    assert_eq!(run.status, 2, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.failed_step.as_deref(), Some("Check the adverts"));
    assert!(
        run.stderr.contains("unknown rule `no-such-rule`"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("::error::vacancy check could not run"));
    assert!(
        run.used.is_empty(),
        "nothing is uploaded after a failed check"
    );
}

#[test]
fn the_pre_commit_hooks_check_the_files_they_pick() {
    let yaml = std::fs::read_to_string(repo().join(".pre-commit-hooks.yaml")).expect("hooks file");
    let mut hooks = 0;
    for hook in yaml.split("\n- ").skip(1) {
        let field = |name: &str| {
            hook.lines()
                .map(|l| l.trim().trim_start_matches("- "))
                .find_map(|l| l.strip_prefix(&format!("{name}:")).map(unquote))
                .unwrap_or_else(|| panic!("hook without {name}: {hook}"))
        };
        let language = field("language");
        assert!(
            ["rust", "system"].contains(&language.as_str()),
            "{language}"
        );
        let pattern = regex::Regex::new(&field("files")).expect("files is a regex");
        let entry = field("entry");
        let mut picked: Vec<String> = Vec::new();
        let mut dirs = vec![repo().join("samples")];
        while let Some(dir) = dirs.pop() {
            for e in std::fs::read_dir(&dir).expect("read samples").flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else {
                    let rel = p
                        .strip_prefix(repo())
                        .expect("inside")
                        .display()
                        .to_string();
                    if pattern.is_match(&rel) {
                        picked.push(rel);
                    }
                }
            }
        }
        assert!(picked.len() >= 10, "{} picks only {picked:?}", field("id"));
        // pre-commit runs the entry with the picked files as arguments.
        let mut words = entry.split_whitespace();
        assert_eq!(words.next(), Some("vacancy"));
        let out = Process::new(env!("CARGO_BIN_EXE_vacancy"))
            .args(words)
            .args(&picked)
            .current_dir(repo())
            .output()
            .expect("runs");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        hooks += 1;
    }
    assert_eq!(hooks, 2);
}

/// The fenced block that follows `heading` in the README.
fn readme_block(heading: &str) -> String {
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README");
    let after = &readme[readme
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading}"))..];
    let start = after.find("```yaml\n").expect("a yaml block") + "```yaml\n".len();
    let len = after[start..].find("```").expect("closed block");
    after[start..start + len].to_string()
}

#[test]
fn the_readme_workflow_uses_inputs_the_action_has() {
    let workflow = readme_block("### GitHub Actions");
    let action = std::fs::read_to_string(repo().join("action.yml")).expect("action.yml");
    let inputs = input_defaults(&action);
    let lines: Vec<&str> = workflow.lines().collect();
    let with_at = lines
        .iter()
        .position(|l| l.trim() == "with:")
        .expect("the step has with:");
    let deeper = indent(lines[with_at]);
    let mut given = 0;
    for line in lines[with_at + 1..]
        .iter()
        .take_while(|l| indent(l) > deeper)
    {
        // Commented-out inputs count too: they are offered to the reader.
        let t = line.trim().trim_start_matches("# ");
        let name = t.split(':').next().expect("key");
        assert!(
            inputs.contains_key(name),
            "the README passes {name}, which action.yml lacks"
        );
        given += 1;
    }
    assert!(given >= 2, "{workflow}");
}

#[test]
fn the_readme_gitlab_job_runs() {
    let job = readme_block("### GitLab CI");
    let lines: Vec<&str> = job.lines().collect();
    let script_at = lines
        .iter()
        .position(|l| l.trim() == "script:")
        .expect("a script");
    let deeper = indent(lines[script_at]);
    let commands: Vec<String> = lines[script_at + 1..]
        .iter()
        .take_while(|l| l.trim().is_empty() || indent(l) > deeper)
        .filter_map(|l| l.trim().strip_prefix("- "))
        // The tool is the one this test run built.
        .filter(|c| !c.starts_with("cargo install"))
        .map(|c| {
            c.replace(
                "adverts/",
                &format!("{}/", repo().join("samples").display()),
            )
        })
        .collect();
    assert_eq!(commands.len(), 2, "{job}");
    let work = tempfile::tempdir().expect("temp dir");
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_vacancy"))
        .parent()
        .expect("bin dir");
    for (command, want) in commands.iter().zip([0, 0]) {
        let out = Process::new("sh")
            .args(["-ec", command])
            .current_dir(work.path())
            .env(
                "PATH",
                format!(
                    "{}:{}",
                    bin_dir.display(),
                    std::env::var("PATH").unwrap_or_default()
                ),
            )
            .output()
            .expect("sh runs");
        assert_eq!(
            out.status.code(),
            Some(want),
            "{command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let findings: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(work.path().join("vacancy-findings.json")).expect("the artifact"),
    )
    .expect("JSON");
    assert!(!findings.as_array().expect("array").is_empty());
}
