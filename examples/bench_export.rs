//! `vacancy export --format jsonl` throughput over a generated directory of adverts,
//! on one thread and on every core.
//!
//! Run: `cargo run --release --example bench_export [-- --count N] [--dir PATH] [--generate-only]`
//! (defaults: 10000 adverts in `target/bench-adverts`). `--generate-only` writes
//! the adverts and stops: `scripts/bench.sh` uses it to time the binary itself.
//!
//! The adverts are made from the Markdown, text and HTML files in `samples/`,
//! each copy varied in a fixed, seeded way (pay scaled, towns swapped, a
//! sentence of skills and a reference added) and grown to a size between 2 and
//! 30 KB with lines drawn from the other samples, so every run reads the same
//! bytes. The export runs in this process, exactly as the command line does,
//! with records written to the null device; it prints adverts per second and
//! MB/s of input read.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::Parser;
use regex::{Captures, Regex};
use vacancy::cli::Cli;
use vacancy::document::{Document, Format};
use vacancy::input;

/// A small, fixed pseudo-random sequence (xorshift64*), so the adverts are the same every run.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const TOWNS: &[&str] = &[
    "Leeds",
    "Bristol",
    "Sheffield",
    "Norwich",
    "Cardiff",
    "Glasgow",
    "Belfast",
    "Exeter",
    "York",
    "Derby",
    "Swansea",
    "Aberdeen",
];
const SKILLS: &[&str] = &[
    "PostgreSQL",
    "Kubernetes",
    "Python",
    "Excel",
    "Terraform",
    "SQL",
    "Azure",
    "stakeholder management",
    "FHIR",
    "Jira",
    "React",
    "Power BI",
];

/// One varied copy of a template advert.
fn vary(
    template: &str,
    extension: &str,
    i: usize,
    pool: &[String],
    money: &Regex,
    towns: &Regex,
) -> String {
    let mut rng = Rng::new(i as u64 + 1);
    let factor = 0.8 + rng.below(50) as f64 / 100.0;
    // Pay figures after a currency sign, scaled and kept in the same style.
    let text = money.replace_all(template, |c: &Captures| {
        let digits: String = c[2].chars().filter(|d| d.is_ascii_digit()).collect();
        let Ok(value) = digits.parse::<f64>() else {
            return c[0].to_string();
        };
        let scaled = (value * factor).round() as u64;
        let grouped = if c[2].contains(',') {
            let s = scaled.to_string();
            let mut out = String::new();
            for (k, ch) in s.chars().enumerate() {
                if k > 0 && (s.len() - k).is_multiple_of(3) {
                    out.push(',');
                }
                out.push(ch);
            }
            out
        } else {
            scaled.to_string()
        };
        format!("{}{grouped}", &c[1])
    });
    let town = rng.pick(TOWNS);
    let text = towns.replace_all(&text, town);
    let (a, b) = (rng.pick(SKILLS), rng.pick(SKILLS));
    let extra = format!("Experience with {a} and {b} is desirable. Reference: VAC-{i:05}.");
    // Grow the advert to a size between 2 and 30 KB with lines of other adverts.
    let target = 2 * 1024 + rng.below(28 * 1024 + 1);
    let html = matches!(extension, "html" | "htm");
    let mut more = String::new();
    if text.len() + extra.len() < target {
        more.push_str(if html {
            "<h2>More about the role</h2>\n<ul>\n"
        } else if extension == "md" {
            "## More about the role\n\n"
        } else {
            "More about the role\n\n"
        });
        // Lines in a shuffled order, each at most once and none the advert
        // already has, so growing an advert repeats nothing.
        let mut order: Vec<usize> = (0..pool.len()).collect();
        for k in (1..order.len()).rev() {
            order.swap(k, rng.below(k + 1));
        }
        let mut lines = order
            .into_iter()
            .map(|k| pool[k].as_str())
            .filter(|line| !text.contains(line));
        while text.len() + extra.len() + more.len() < target {
            let Some(line) = lines.next() else {
                break;
            };
            let item = if html {
                let escaped = line
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;");
                format!("<li>{escaped}</li>\n")
            } else {
                format!("- {line}\n")
            };
            // Room for the closing tags and line breaks: no advert over 30 KB.
            if text.len() + extra.len() + more.len() + item.len() + 16 > 30 * 1024 {
                break;
            }
            more.push_str(&item);
        }
        if html {
            more.push_str("</ul>\n");
        }
    }
    if html {
        let addition = format!("{more}<p>{extra}</p>\n");
        match text.rfind("</body>") {
            Some(at) => format!("{}{addition}{}", &text[..at], &text[at..]),
            None => format!("{text}\n{addition}"),
        }
    } else {
        format!("{}\n\n{more}\n{extra}\n", text.trim_end())
    }
}

/// The lines of every template's text (Markdown, text and HTML read as
/// documents), without markup and each once, to grow adverts with.
fn line_pool(templates: &[(String, String)]) -> Vec<String> {
    let mut pool: Vec<String> = Vec::new();
    for (text, extension) in templates {
        let format = match extension.as_str() {
            "html" | "htm" => Format::Html,
            "md" => Format::Markdown,
            _ => Format::Text,
        };
        for block in Document::parse(text, format).blocks {
            for line in block.text.lines() {
                let line = line.trim();
                if line.len() >= 20 && !pool.iter().any(|p| p == line) {
                    pool.push(line.to_string());
                }
            }
        }
    }
    pool
}

/// Writes `count` adverts into `dir` (emptied first) and returns their total size in bytes.
fn generate(dir: &Path, count: usize) -> u64 {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut templates: Vec<(String, String)> = Vec::new();
    for source in input::expand(&[samples.display().to_string()])
        .into_iter()
        .flatten()
    {
        let extension = source.extension().unwrap_or_default();
        // Markdown, text and HTML: JSON-LD files cannot grow by lines.
        if !matches!(extension.as_str(), "md" | "txt" | "html" | "htm") {
            continue;
        }
        let decoded = input::read(&source, input::DEFAULT_MAX_BYTES).expect("sample readable");
        templates.push((decoded.text, extension));
    }
    assert!(!templates.is_empty(), "no samples found");
    let pool = line_pool(&templates);
    let money = Regex::new(r"([£$€])(\d{1,3}(?:[,.]\d{3})+|\d+)").expect("pattern");
    let towns =
        Regex::new(r"\b(London|Bristol|Leeds|Sheffield|Keighley|Plymouth|Austin|Eastholme)\b")
            .expect("pattern");
    if dir.exists() {
        fs::remove_dir_all(dir).expect("clear the bench directory");
    }
    fs::create_dir_all(dir).expect("create the bench directory");
    let mut bytes = 0u64;
    for i in 0..count {
        let (template, extension) = &templates[i % templates.len()];
        let text = vary(template, extension, i, &pool, &money, &towns);
        let path = dir.join(format!("advert-{i:05}.{extension}"));
        fs::write(&path, &text).expect("write advert");
        bytes += text.len() as u64;
    }
    bytes
}

fn main() {
    let mut count = 10_000usize;
    let mut dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-adverts");
    let mut generate_only = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--count" => count = args.next().and_then(|n| n.parse().ok()).expect("--count N"),
            "--dir" => dir = PathBuf::from(args.next().expect("--dir PATH")),
            "--generate-only" => generate_only = true,
            other => {
                panic!("unknown argument {other}; use --count N, --dir PATH or --generate-only")
            }
        }
    }
    let started = Instant::now();
    let bytes = generate(&dir, count);
    let mb = bytes as f64 / (1024.0 * 1024.0);
    println!(
        "generated {count} adverts ({mb:.1} MB) in {} in {:.1} s",
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    if generate_only {
        return;
    }

    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut runs = vec![1];
    if cores > 1 {
        runs.push(cores);
    }
    println!("export --format jsonl, records to the null device");
    println!("threads   seconds   adverts/s     MB/s");
    let null = if cfg!(windows) { "NUL" } else { "/dev/null" };
    for threads in runs {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool");
        let cli = Cli::parse_from([
            "vacancy",
            "export",
            "--format",
            "jsonl",
            "-o",
            null,
            &dir.display().to_string(),
        ]);
        let started = Instant::now();
        let status = pool.install(|| vacancy::run(cli)).expect("export runs");
        let secs = started.elapsed().as_secs_f64();
        assert_eq!(status, vacancy::ExitStatus::Success, "every advert read");
        println!(
            "{threads:>7} {secs:>9.2} {:>11.0} {:>8.2}",
            count as f64 / secs,
            mb / secs
        );
    }
}
