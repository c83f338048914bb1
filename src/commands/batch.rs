//! Reading many adverts: in parallel, written in input order, with memory
//! that does not grow with the batch.
//!
//! Inputs are read in chunks. Each chunk is read, analysed and rendered on
//! rayon's threads, then handed to a sink in input order on the calling
//! thread, so output is the same whatever the thread count. Only one chunk's
//! rendered output is held at a time. JSON Lines input arrives on a reader
//! thread; a chunk takes whatever lines are already waiting, so a lone line
//! is answered at once and a stream is still read in parallel.

use std::io::{self, BufRead, BufReader, IsTerminal, Read};
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::time::{Duration, Instant};
use std::{fs, thread};

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Deserialize;

use super::ui;
use crate::cli::{InputArgs, InputFormat};
use crate::document::jsonld::parse_job_posting;
use crate::document::{Document, Format, detect_format};
use crate::extract::{self, Posting};
use crate::input::{self, InputError, Source};
use crate::taxonomy::Taxonomy;

/// Batches larger than this show a progress bar, when standard error is a terminal.
const PROGRESS_ABOVE: usize = 50;

/// One advert, read and analysed.
pub struct Advert {
    /// The name the advert is reported under (its path, or `-`).
    pub name: String,
    /// Its records: one, or one per role when the post offers several (none
    /// when the command extracts for itself).
    pub postings: Vec<Posting>,
    pub document: Document,
    /// The advert's text, as decoded from its input.
    pub text: String,
}

/// What rendering an advert gives: the value for the sink, and warnings for standard error.
pub struct Rendered<T> {
    pub value: T,
    /// Whole messages, each without the `vacancy: warning: ` prefix.
    pub warnings: Vec<String>,
}

impl<T> From<T> for Rendered<T> {
    fn from(value: T) -> Self {
        Rendered {
            value,
            warnings: Vec::new(),
        }
    }
}

/// Where rendered adverts go, in input order.
pub trait Sink<T> {
    fn record(&mut self, value: T) -> io::Result<()>;
    /// An input that could not be read, in its place in input order; `message`
    /// names it and the reason (it is also written to standard error).
    fn unreadable(&mut self, _message: &str) -> io::Result<()> {
        Ok(())
    }
    /// Called after each chunk, so streamed output can be flushed.
    fn chunk_done(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<T> Sink<T> for Vec<T> {
    fn record(&mut self, value: T) -> io::Result<()> {
        self.push(value);
        Ok(())
    }
}

/// How to read the inputs.
pub struct Settings<'a> {
    pub inputs: &'a [String],
    /// Read every input as this format; `None` detects each.
    pub format: Option<Format>,
    /// The inputs are JSON Lines files (or `-`), one advert per line.
    pub jsonl: bool,
    pub max_bytes: u64,
    pub taxonomy: &'a Taxonomy,
    /// Records are written to standard output as each chunk finishes: when
    /// that is the terminal the progress bar is on too, no bar is drawn, as
    /// the two would garble each other (the output shows the progress).
    pub streams_to_stdout: bool,
    /// Whether each advert is extracted before it is rendered. `check` says
    /// no: it extracts in its render, from the same reading its rules use.
    pub extract: bool,
}

impl<'a> Settings<'a> {
    pub fn new(args: &'a InputArgs, taxonomy: &'a Taxonomy) -> Settings<'a> {
        let format = args.input_format.and_then(|f| match f {
            InputFormat::Md => Some(Format::Markdown),
            InputFormat::Text => Some(Format::Text),
            InputFormat::Html => Some(Format::Html),
            InputFormat::Jsonld => Some(Format::JsonLd),
            InputFormat::Jsonl => None,
        });
        Settings {
            inputs: &args.inputs,
            format,
            jsonl: args.input_format == Some(InputFormat::Jsonl),
            max_bytes: args.max_bytes,
            taxonomy,
            streams_to_stdout: false,
            extract: true,
        }
    }
}

/// One advert waiting to be read.
enum Job {
    /// A file, or standard input, read on a worker thread.
    Source(Source),
    /// An advert carried on one line of JSON Lines input. `name` is its id.
    Line {
        name: String,
        /// Names the line in messages: `INPUT: line N: id "ID"`.
        place: String,
        text: String,
        format: Option<Format>,
    },
    /// An input that already failed; only its message is left.
    Failed(String),
}

/// A job's result: the rendered advert or an error, and a note to show first.
struct Outcome<T> {
    note: Option<String>,
    result: Result<Rendered<T>, String>,
    /// The input's name and how long it took, for `--verbose`.
    name: String,
    took: Duration,
}

/// Reads every input in order, renders each advert with `render` on rayon's
/// threads, and passes the results to `sink` in input order. An input that
/// cannot be read is reported on standard error, one line, and left out.
/// Returns how many inputs failed; an error from the sink stops the run.
pub fn run<T: Send>(
    settings: &Settings,
    render: impl Fn(Advert) -> Rendered<T> + Sync,
    sink: &mut dyn Sink<T>,
) -> io::Result<usize> {
    let mut failed = 0;
    let started = Instant::now();
    if settings.jsonl {
        let chunk = chunk_size();
        let jobs = spawn_line_reader(settings.inputs.to_vec(), settings.max_bytes, chunk);
        let report = Reporter::without_bar();
        while let Some(batch) = next_chunk(&jobs, chunk) {
            failed += run_chunk(batch, settings, &render, sink, &report)?;
        }
        report.summary(started);
        return Ok(failed);
    }
    let jobs: Vec<Job> = input::expand(settings.inputs)
        .into_iter()
        .map(|s| match s {
            Ok(source) => Job::Source(source),
            Err(e) => Job::Failed(e.to_string()),
        })
        .collect();
    let report = Reporter::new(jobs.len(), settings.streams_to_stdout);
    // One advert is read on this thread: rayon's pool would start threads
    // that only wait, on the core that compiles the patterns meanwhile.
    let chunk = if jobs.len() <= 1 { 1 } else { chunk_size() };
    let mut jobs = jobs.into_iter();
    loop {
        let batch: Vec<Job> = jobs.by_ref().take(chunk).collect();
        if batch.is_empty() {
            break;
        }
        failed += run_chunk(batch, settings, &render, sink, &report)?;
    }
    if let Some(bar) = &report.bar {
        bar.finish_and_clear();
    }
    report.summary(started);
    Ok(failed)
}

/// How many adverts are read before the finished ones are written.
fn chunk_size() -> usize {
    (rayon::current_num_threads() * 16).max(64)
}

fn run_chunk<T: Send>(
    batch: Vec<Job>,
    settings: &Settings,
    render: &(impl Fn(Advert) -> Rendered<T> + Sync),
    sink: &mut dyn Sink<T>,
    report: &Reporter,
) -> io::Result<usize> {
    let work = |job| {
        let outcome = process(job, settings, render);
        report.advance();
        outcome
    };
    let outcomes: Vec<Outcome<T>> = if batch.len() <= 1 {
        batch.into_iter().map(work).collect()
    } else {
        batch.into_par_iter().map(work).collect()
    };
    let mut failed = 0;
    for outcome in outcomes {
        if let Some(note) = outcome.note.as_deref().and_then(ui::note_line) {
            report.line(&note);
        }
        match outcome.result {
            Ok(rendered) => {
                report.read.fetch_add(1, Ordering::Relaxed);
                if let Some(line) =
                    ui::verbose_line(&format!("read {} ({})", outcome.name, millis(outcome.took)))
                {
                    report.line(&line);
                }
                for w in rendered.warnings.iter().filter_map(|w| ui::warning_line(w)) {
                    report.line(&w);
                }
                sink.record(rendered.value)?;
            }
            Err(message) => {
                report.failed.fetch_add(1, Ordering::Relaxed);
                report.line(&ui::error_line(&message));
                sink.unreadable(&message)?;
                failed += 1;
            }
        }
    }
    sink.chunk_done()?;
    Ok(failed)
}

/// Reads, analyses and renders one job. A panic is caught and reported as
/// that input's error, so one advert cannot stop a batch.
fn process<T>(
    job: Job,
    settings: &Settings,
    render: &(impl Fn(Advert) -> Rendered<T> + Sync),
) -> Outcome<T> {
    let name = match &job {
        Job::Source(s) => s.name(),
        Job::Line { place, .. } => place.clone(),
        Job::Failed(_) => String::new(),
    };
    let started = Instant::now();
    let attempt = panic::catch_unwind(AssertUnwindSafe(|| {
        let (advert, note) = read_job(job, settings)?;
        Ok((render(advert), note))
    }));
    let took = started.elapsed();
    let (note, result) = match attempt {
        Ok(Ok((rendered, note))) => (note, Ok(rendered)),
        Ok(Err(message)) => (None, Err(message)),
        Err(_) => (
            None,
            Err(format!(
                "{name}: internal error while reading this advert (please report it)"
            )),
        ),
    };
    Outcome {
        note,
        result,
        name,
        took,
    }
}

/// Reads one job into an analysed advert, with any decoding note.
fn read_job(job: Job, settings: &Settings) -> Result<(Advert, Option<String>), String> {
    match job {
        Job::Failed(message) => Err(message),
        Job::Source(source) => {
            let decoded = input::read(&source, settings.max_bytes).map_err(|e| e.to_string())?;
            let name = source.name();
            let extension = source.extension();
            let format = settings
                .format
                .unwrap_or_else(|| detect_format(&decoded.text, extension.as_deref()));
            let advert = analyse(decoded.text, &name, format, settings)
                .map_err(|reason| InputError::Invalid(name, reason).to_string())?;
            Ok((advert, decoded.note))
        }
        Job::Line {
            name,
            place,
            text,
            format,
        } => {
            let format = format.unwrap_or_else(|| detect_format(&text, None));
            let advert = analyse(text, &name, format, settings)
                .map_err(|reason| format!("{place}: {reason}"))?;
            Ok((advert, None))
        }
    }
}

/// Parses and extracts one advert, as [`crate::analyse_with`] does, keeping the document.
fn analyse(
    text: String,
    name: &str,
    format: Format,
    settings: &Settings,
) -> Result<Advert, String> {
    if format == Format::JsonLd {
        parse_job_posting(&text)?;
    }
    let document = Document::parse(&text, format);
    let postings = if settings.extract {
        extract::records_with(&document, name, settings.taxonomy)
    } else {
        Vec::new()
    };
    Ok(Advert {
        name: name.to_string(),
        postings,
        document,
        text,
    })
}

/// Standard-error lines and the progress bar, which must not garble each other,
/// and the counts for `--verbose`.
struct Reporter {
    bar: Option<ProgressBar>,
    read: AtomicUsize,
    failed: AtomicUsize,
}

/// "3.2 ms", "1.40 s".
fn millis(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms >= 1000.0 {
        format!("{:.2} s", ms / 1000.0)
    } else {
        format!("{ms:.1} ms")
    }
}

impl Reporter {
    fn without_bar() -> Reporter {
        Reporter {
            bar: None,
            read: AtomicUsize::new(0),
            failed: AtomicUsize::new(0),
        }
    }

    /// With `--verbose`: how many inputs were read, how many failed, and how long it took.
    fn summary(&self, started: Instant) {
        // Asking rayon for its threads would start its pool.
        if ui::verbosity() < ui::Verbosity::Verbose {
            return;
        }
        let read = self.read.load(Ordering::Relaxed);
        let failed = self.failed.load(Ordering::Relaxed);
        let message = format!(
            "read {read} advert{} in {} on {} thread{}{}",
            if read == 1 { "" } else { "s" },
            millis(started.elapsed()),
            rayon::current_num_threads(),
            if rayon::current_num_threads() == 1 {
                ""
            } else {
                "s"
            },
            if failed > 0 {
                format!("; {failed} could not be read")
            } else {
                String::new()
            }
        );
        if let Some(line) = ui::verbose_line(&message) {
            self.line(&line);
        }
    }

    /// A progress bar for a large batch, only when standard error is a terminal
    /// (and not with `--quiet`).
    fn new(total: usize, streams_to_stdout: bool) -> Reporter {
        let show = total > PROGRESS_ABOVE
            && io::stderr().is_terminal()
            && !(streams_to_stdout && io::stdout().is_terminal())
            && ui::verbosity() != ui::Verbosity::Quiet;
        let bar = show.then(|| {
            let bar = ProgressBar::new(total as u64);
            let style =
                ProgressStyle::with_template("{bar:40} {pos}/{len} adverts, {per_sec}, {eta} left")
                    .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar
        });
        Reporter {
            bar,
            ..Reporter::without_bar()
        }
    }

    #[allow(clippy::print_stderr)]
    fn line(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{message}")),
            None => eprintln!("{message}"),
        }
    }

    fn advance(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }
}

/// Takes the next chunk of jobs: waits for one, then takes whatever else is
/// already waiting, up to `max`. `None` when the reader has finished.
fn next_chunk(jobs: &Receiver<Job>, max: usize) -> Option<Vec<Job>> {
    let first = jobs.recv().ok()?;
    let mut batch = vec![first];
    while batch.len() < max {
        match jobs.try_recv() {
            Ok(job) => batch.push(job),
            Err(_) => break,
        }
    }
    Some(batch)
}

/// Starts a thread that reads JSON Lines inputs into jobs, one per non-blank line.
/// The thread is not joined: if output stops early, the process may end while it
/// still waits for input.
fn spawn_line_reader(inputs: Vec<String>, max_bytes: u64, capacity: usize) -> Receiver<Job> {
    let (tx, rx) = mpsc::sync_channel(capacity);
    thread::spawn(move || {
        for input in inputs {
            if !read_lines_of(&input, max_bytes, &tx) {
                return;
            }
        }
    });
    rx
}

/// Sends a job for every line of one JSON Lines input. Returns false when the
/// receiving end has gone.
fn read_lines_of(input: &str, max_bytes: u64, tx: &SyncSender<Job>) -> bool {
    let reader: Box<dyn BufRead> = if input == "-" {
        Box::new(BufReader::new(io::stdin()))
    } else {
        let path = Path::new(input);
        if path.is_dir() {
            let message = format!(
                "{input}: is a directory; with --input-format jsonl give JSON Lines files or -"
            );
            return tx.send(Job::Failed(message)).is_ok();
        }
        match fs::File::open(path) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let message = InputError::NotFound(input.to_string()).to_string();
                return tx.send(Job::Failed(message)).is_ok();
            }
            Err(e) => {
                let message = InputError::Io(input.to_string(), e).to_string();
                return tx.send(Job::Failed(message)).is_ok();
            }
        }
    };
    let mut lines = LimitedLines::new(reader, max_bytes);
    let mut number = 0;
    loop {
        number += 1;
        let job = match lines.next_line() {
            Ok(None) => return true,
            Ok(Some(Line::Text(line))) if line.trim().is_empty() => continue,
            Ok(Some(Line::Text(line))) => line_job(input, number, &line),
            Ok(Some(Line::TooLong)) => Job::Failed(format!(
                "{input}: line {number}: more than {max_bytes} bytes, over the limit (see --max-bytes)"
            )),
            Ok(Some(Line::NotUtf8)) => {
                Job::Failed(format!("{input}: line {number}: not valid UTF-8"))
            }
            Err(e) => {
                let message = format!("{input}: line {number}: {e}");
                let _ = tx.send(Job::Failed(message));
                return true;
            }
        };
        if tx.send(job).is_err() {
            return false;
        }
    }
}

/// One line of a JSON Lines input, as it should be.
/// Other fields are ignored, so lines can carry data for later stages.
#[derive(Deserialize)]
struct LineIn {
    id: Option<serde_json::Value>,
    text: Option<String>,
    markdown: Option<String>,
    html: Option<String>,
}

/// Turns one line into a job, or a failure naming the line.
fn line_job(input: &str, number: usize, line: &str) -> Job {
    let at = format!("{input}: line {number}");
    let parsed: LineIn = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) if e.is_data() => return Job::Failed(format!("{at}: {e}")),
        Err(e) => return Job::Failed(format!("{at}: not valid JSON ({e})")),
    };
    let id = match parsed.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => return Job::Failed(format!("{at}: id must be a string or a number")),
        None => return Job::Failed(format!("{at}: no id")),
    };
    let place = format!("{at}: id {}", serde_json::Value::String(id.clone()));
    let given = [
        (parsed.text, None),
        (parsed.markdown, Some(Format::Markdown)),
        (parsed.html, Some(Format::Html)),
    ];
    let mut given = given.into_iter().filter_map(|(t, f)| t.map(|t| (t, f)));
    let Some((text, format)) = given.next() else {
        return Job::Failed(format!("{place}: no text, markdown or html field"));
    };
    if given.next().is_some() {
        return Job::Failed(format!(
            "{place}: give one of text, markdown or html, not several"
        ));
    }
    if text.trim().is_empty() {
        return Job::Failed(format!("{place}: the advert is empty"));
    }
    Job::Line {
        name: id,
        place,
        text,
        format,
    }
}

enum Line {
    Text(String),
    TooLong,
    NotUtf8,
}

/// Reads lines without holding more than `limit` bytes of any one line.
struct LimitedLines<R> {
    reader: R,
    limit: u64,
}

impl<R: BufRead> LimitedLines<R> {
    fn new(reader: R, limit: u64) -> Self {
        LimitedLines { reader, limit }
    }

    fn next_line(&mut self) -> io::Result<Option<Line>> {
        let mut bytes = Vec::new();
        let read = (&mut self.reader)
            .take(self.limit + 1)
            .read_until(b'\n', &mut bytes)?;
        if read == 0 {
            return Ok(None);
        }
        if bytes.last() != Some(&b'\n') && bytes.len() as u64 > self.limit {
            // Skip the rest of the long line.
            let mut rest = Vec::new();
            loop {
                rest.clear();
                let n = (&mut self.reader)
                    .take(64 * 1024)
                    .read_until(b'\n', &mut rest)?;
                if n == 0 || rest.last() == Some(&b'\n') {
                    break;
                }
            }
            return Ok(Some(Line::TooLong));
        }
        match String::from_utf8(bytes) {
            Ok(s) => Ok(Some(Line::Text(s))),
            Err(_) => Ok(Some(Line::NotUtf8)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failed(job: Job) -> String {
        match job {
            Job::Failed(m) => m,
            _ => panic!("expected a failure"),
        }
    }

    #[test]
    fn lines_name_their_number_and_id() {
        assert_eq!(
            failed(line_job("-", 3, "{not json")).split(" (").next(),
            Some("-: line 3: not valid JSON")
        );
        assert_eq!(
            failed(line_job("-", 4, r#"{"id": "a7"}"#)),
            r#"-: line 4: id "a7": no text, markdown or html field"#
        );
        assert_eq!(
            failed(line_job("in.jsonl", 5, r#"{"text": "x"}"#)),
            "in.jsonl: line 5: no id"
        );
        assert_eq!(
            failed(line_job("-", 6, r#"{"id": 1, "text": "a", "html": "b"}"#)),
            r#"-: line 6: id "1": give one of text, markdown or html, not several"#
        );
        assert!(matches!(
            line_job("-", 7, r#"{"id": 1, "text": "a", "url": "https://x"}"#),
            Job::Line { .. }
        ));
        match line_job("-", 8, r##"{"id": 12, "markdown": "# Cook"}"##) {
            Job::Line { name, format, .. } => {
                assert_eq!(name, "12");
                assert_eq!(format, Some(Format::Markdown));
            }
            _ => panic!("expected a job"),
        }
    }

    #[test]
    fn long_lines_are_skipped_whole() {
        let data = "short\n".to_string() + &"x".repeat(100) + "\nnext\nlast";
        let mut lines = LimitedLines::new(data.as_bytes(), 20);
        let mut seen = Vec::new();
        while let Some(line) = lines.next_line().unwrap() {
            seen.push(match line {
                Line::Text(t) => t,
                Line::TooLong => "<long>".into(),
                Line::NotUtf8 => "<bad>".into(),
            });
        }
        assert_eq!(seen, ["short\n", "<long>", "next\n", "last"]);
    }
}
