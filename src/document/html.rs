//! The HTML reader: html5ever's tokenizer, walked into the same blocks as
//! the other readers.
//!
//! The tokenizer (not the tree builder) is used because it reports the line
//! of every token, decodes entities as browsers do, and keeps no tree: a page
//! of 100,000 nested tags costs no more than a flat one. Script, style and
//! page chrome (navigation, and a header or footer outside the main content)
//! are dropped; JSON-LD scripts are kept aside for the structured-data reader.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use super::{BlockKind, Builder, Document, Email, Format, Link, Marked, Pos};

/// A block being gathered.
struct Open {
    kind: BlockKind,
    text: String,
    pos: Pos,
    lines: Vec<usize>,
}

#[derive(Default)]
struct State {
    out: Builder,
    open: Option<Open>,
    /// Depth of elements whose content is dropped (script, style, nav, chrome…).
    skip: usize,
    /// Depth of main/article elements: a header or footer inside them is content.
    content: usize,
    /// Open lists: ordered or not.
    lists: Vec<bool>,
    /// The table row being read: cells and its line.
    row: Option<(Vec<String>, usize, bool)>,
    in_cell: bool,
    in_head_row: bool,
    /// Open links: address, line, and where its text starts in the open block or cell.
    links: Vec<(String, usize, usize)>,
    /// A JSON-LD script being read.
    json_ld: Option<(String, usize)>,
    structured: Vec<(String, usize)>,
    /// Tags whose closing ends a skipped region, innermost last.
    skipping: Vec<String>,
    /// The page's first `<header>` holds its `<h1>`: that header is the
    /// advert's own (title, employer, address), not the site's chrome.
    header_has_title: bool,
    /// The element being read for a marked fact: its label, tag, how many
    /// elements of the same tag are open inside it, its text and line.
    marking: Option<(&'static str, String, usize, String, usize)>,
    marked: Vec<Marked>,
    /// A `<span>` has just closed, and one has opened right after it:
    /// sibling spans ("<span>Job Type</span><span>Full Time</span>") are
    /// kept apart by a space, as a page's style sets them apart.
    span_closed: bool,
    span_gap: bool,
    /// A label's element being read (`<span class="label">Location</span>
    /// Leeds`): its tag, how many of the same tag are open inside it, and
    /// where its text starts in the open block.
    label: Option<(String, usize, usize)>,
    /// For each `<aside>` of the page in order, whether it is the job's
    /// summary (its salary, location, hours) rather than the site's chrome.
    asides: std::collections::VecDeque<bool>,
}

/// Whether an element's class names it a field's label, as boards mark
/// the label before a value: `label`, `job-label`, `field-label`, `term`, `key`
/// (not Lever's `medium-category-label`, which marks a value).
fn is_label_class(attrs: &[(String, String)]) -> bool {
    attr_of(attrs, "class").is_some_and(|c| {
        c.split_whitespace().any(|c| {
            let c = c.to_ascii_lowercase();
            matches!(
                c.as_str(),
                "label"
                    | "term"
                    | "key"
                    | "field-label"
                    | "job-label"
                    | "meta-label"
                    | "detail-label"
                    | "details-label"
                    | "info-label"
                    | "fact-label"
                    | "summary-label"
            )
        })
    })
}

/// The value of an element's attribute.
fn attr_of<'a>(attrs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// The fact an element's markup marks it as, if any: schema.org microdata
/// (`itemprop`) for a job posting's fields, or a class or `data-ui` naming
/// the job's place, as Lever, Greenhouse and Workable pages do.
fn marked_label(attrs: &[(String, String)]) -> Option<&'static str> {
    let attr = |key: &str| attr_of(attrs, key);
    if let Some(prop) = attr("itemprop") {
        return match prop.trim() {
            "title" => Some("job title"),
            "jobLocation" => Some("location"),
            "addressLocality" => Some("city"),
            "datePosted" => Some("date posted"),
            "validThrough" => Some("closing date"),
            "employmentType" => Some("employment type"),
            _ => None,
        };
    }
    let place = |v: &str| {
        v.split_whitespace().any(|c| {
            matches!(
                c.to_ascii_lowercase().as_str(),
                "location" | "job-location" | "job_location" | "joblocation" | "posting-location"
            )
        })
    };
    (attr("class").is_some_and(place) || attr("data-ui").is_some_and(place)).then_some("location")
}

const CHROME: &[&str] = &["nav", "aside", "form", "button", "select", "menu", "dialog"];
const RAW: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
];
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "address",
    "dd",
    "dt",
    "figcaption",
    "table",
    "ul",
    "ol",
    "dl",
    "body",
    "header",
    "footer",
    "details",
    "summary",
    "center",
    "fieldset",
    "legend",
    "caption",
];

impl State {
    /// A label's element closed with a few words and no colon, its value to
    /// follow in the same block: the colon a label line has ("Location:
    /// Palmerston North, Levin"), so the label is read as one.
    fn label_colon(
        &mut self,
        kind: TagKind,
        name: &str,
        attrs: &[(String, String)],
        self_closing: bool,
    ) {
        if !matches!(name, "span" | "label" | "strong" | "b" | "div" | "dt") || self_closing {
            return;
        }
        // (A block element starts a block of its own: its text starts at 0.)
        let at = if BLOCKS.contains(&name) {
            0
        } else {
            self.open.as_ref().map_or(0, |o| o.text.len())
        };
        match (kind, self.label.as_mut()) {
            (TagKind::StartTag, None) if is_label_class(attrs) => {
                self.label = Some((name.to_string(), 0, at));
            }
            (TagKind::StartTag, Some((tag, inner, _))) if tag == name => *inner += 1,
            (TagKind::EndTag, Some((tag, inner, _))) if tag == name && *inner > 0 => *inner -= 1,
            (TagKind::EndTag, Some((tag, _, start))) if tag == name => {
                let start = *start;
                self.label = None;
                if let Some(o) = self.open.as_mut()
                    && let Some(text) = o.text.get(start..)
                {
                    let words = text.split_whitespace().count();
                    let bare = text.trim_end();
                    if (1..=4).contains(&words)
                        && !bare.ends_with([':', '.', '?', '!'])
                        && bare.chars().any(char::is_alphabetic)
                    {
                        let keep = o.text.trim_end().len();
                        o.text.truncate(keep);
                        o.text.push(':');
                    }
                }
            }
            _ => {}
        }
    }

    fn flush(&mut self) {
        if let Some(o) = self.open.take() {
            let text = o.text.trim().to_string();
            if text.is_empty() {
                return;
            }
            let mut lines = o.lines;
            lines.resize(text.matches('\n').count() + 1, o.pos.line);
            self.out.push(o.kind, text, o.pos, lines);
        }
    }

    fn start(&mut self, kind: BlockKind, line: usize) {
        self.flush();
        self.open = Some(Open {
            kind,
            text: String::new(),
            pos: Pos { line, column: 1 },
            lines: vec![line],
        });
    }

    fn text(&mut self, s: &str, line: usize) {
        if self.skip > 0 {
            return;
        }
        // HTML whitespace collapses to one space.
        let mut collapsed = String::with_capacity(s.len());
        let mut space = false;
        for c in s.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                space = true;
            } else {
                if space {
                    collapsed.push(' ');
                }
                space = false;
                collapsed.push(if c == '\u{a0}' { ' ' } else { c });
            }
        }
        if space {
            collapsed.push(' ');
        }
        if std::mem::take(&mut self.span_gap)
            && !collapsed.starts_with(' ')
            && self.open.as_ref().is_some_and(|o| !o.text.ends_with(' '))
        {
            collapsed.insert(0, ' ');
        }
        self.span_closed = false;
        if let Some((.., text, _)) = self.marking.as_mut() {
            text.push_str(&collapsed);
        }
        if let Some((cells, _, _)) = self.row.as_mut()
            && self.in_cell
        {
            if let Some(cell) = cells.last_mut() {
                cell.push_str(&collapsed);
            }
            return;
        }
        if collapsed.trim().is_empty() && self.open.is_none() {
            return;
        }
        if self.open.is_none() {
            let kind = match self.lists.len() {
                0 => BlockKind::Paragraph,
                n => BlockKind::ListItem {
                    depth: n - 1,
                    ordered: self.lists.last().copied().unwrap_or(false),
                },
            };
            self.start(kind, line);
        }
        let open = self.open.as_mut().expect("just opened");
        if open.text.is_empty() {
            open.pos.line = line;
            open.lines = vec![line];
            collapsed = collapsed.trim_start().to_string();
        }
        open.text.push_str(&collapsed);
    }

    /// Follows the element being read for a marked fact, and starts one.
    fn mark(
        &mut self,
        kind: TagKind,
        name: &str,
        attrs: &[(String, String)],
        self_closing: bool,
        line: usize,
    ) {
        if let Some((label, tag, depth, text, at)) = self.marking.as_mut() {
            if tag == name {
                match kind {
                    TagKind::StartTag if !self_closing => *depth += 1,
                    TagKind::EndTag if *depth > 0 => *depth -= 1,
                    TagKind::EndTag => {
                        let value = text.split_whitespace().collect::<Vec<_>>().join(" ");
                        if !value.is_empty() && value.len() <= 200 {
                            self.marked.push(Marked {
                                label,
                                value,
                                line: *at,
                            });
                        }
                        self.marking = None;
                    }
                    TagKind::StartTag => {}
                }
            }
            return;
        }
        if kind != TagKind::StartTag {
            return;
        }
        // The page's own title (`<title>`), which names the job and often
        // who offers it.
        let label =
            if name == "title" && !self_closing && !attrs.iter().any(|(k, _)| k == "itemprop") {
                Some("page title")
            } else {
                marked_label(attrs)
            };
        let Some(label) = label else {
            return;
        };
        // `<meta itemprop="datePosted" content="2026-03-02">`.
        if let Some(content) = attr_of(attrs, "content") {
            self.marked.push(Marked {
                label,
                value: content.trim().to_string(),
                line,
            });
        } else if !self_closing && !matches!(name, "meta" | "link" | "img" | "br" | "input") {
            self.marking = Some((label, name.to_string(), 0, String::new(), line));
        }
    }

    fn line_break(&mut self, line: usize) {
        if let Some(open) = self.open.as_mut() {
            let trimmed = open.text.trim_end().len();
            open.text.truncate(trimmed);
            if !open.text.is_empty() {
                open.text.push('\n');
                open.lines.push(line);
            }
        } else if let Some((cells, _, _)) = self.row.as_mut()
            && let Some(cell) = cells.last_mut()
        {
            cell.push(' ');
        }
    }

    fn tag(
        &mut self,
        kind: TagKind,
        name: &str,
        attrs: &[(String, String)],
        self_closing: bool,
        line: usize,
    ) -> TokenSinkResult<()> {
        let attr = |key: &str| attr_of(attrs, key);
        if self.skip > 0 {
            // Inside dropped content, only track the tag that ends it.
            if kind == TagKind::EndTag && self.skipping.last().is_some_and(|t| t == name) {
                self.skipping.pop();
                self.skip -= 1;
                if name == "script"
                    && let Some((json, l)) = self.json_ld.take()
                {
                    self.structured.push((json, l));
                }
            } else if kind == TagKind::StartTag
                && !self_closing
                && self.skipping.last().is_some_and(|t| t == name)
            {
                self.skipping.push(name.to_string());
                self.skip += 1;
            }
            return TokenSinkResult::Continue;
        }
        self.mark(kind, name, attrs, self_closing, line);
        self.label_colon(kind, name, attrs, self_closing);
        match (kind, name) {
            (TagKind::EndTag, "span") => self.span_closed = true,
            (TagKind::StartTag, "span") => {
                self.span_gap = self.span_closed;
                self.span_closed = false;
            }
            _ => {
                self.span_closed = false;
                self.span_gap = false;
            }
        }
        match (kind, name) {
            (TagKind::StartTag, n) if RAW.contains(&n) && !self_closing => {
                self.flush();
                self.skip += 1;
                self.skipping.push(n.to_string());
                if n == "script"
                    && attr("type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
                {
                    self.json_ld = Some((String::new(), line));
                }
                return match n {
                    "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                    "style" | "noscript" | "iframe" => TokenSinkResult::RawData(RawKind::Rawtext),
                    "title" => TokenSinkResult::RawData(RawKind::Rcdata),
                    _ => TokenSinkResult::Continue,
                };
            }
            // A job's summary in an aside is read as content.
            (TagKind::StartTag, "aside")
                if !self_closing && self.asides.pop_front().unwrap_or(false) =>
            {
                self.flush();
            }
            (TagKind::StartTag, n)
                if !self_closing
                    && (CHROME.contains(&n)
                        || (n == "footer" && self.content == 0)
                        || (n == "header" && self.content == 0 && !self.header_has_title)) =>
            {
                self.flush();
                self.skip += 1;
                self.skipping.push(n.to_string());
            }
            (TagKind::StartTag, "main" | "article") => {
                self.flush();
                self.content += 1;
            }
            (TagKind::EndTag, "main" | "article") => {
                self.flush();
                self.content = self.content.saturating_sub(1);
            }
            (TagKind::StartTag, h) if is_heading(h) => {
                let level = h.as_bytes()[1] - b'0';
                self.start(BlockKind::Heading { level }, line);
            }
            (TagKind::EndTag, h) if is_heading(h) => self.flush(),
            (TagKind::StartTag, "ul" | "ol") => {
                self.flush();
                self.lists.push(name == "ol");
            }
            (TagKind::EndTag, "ul" | "ol") => {
                self.flush();
                self.lists.pop();
            }
            (TagKind::StartTag, "li") => {
                let depth = self.lists.len().saturating_sub(1);
                let ordered = self.lists.last().copied().unwrap_or(false);
                self.start(BlockKind::ListItem { depth, ordered }, line);
            }
            (TagKind::EndTag, "li") => self.flush(),
            (TagKind::StartTag, "tr") => {
                self.flush();
                self.row = Some((Vec::new(), line, self.in_head_row));
            }
            (TagKind::StartTag, "thead") => self.in_head_row = true,
            (TagKind::EndTag, "thead") => self.in_head_row = false,
            (TagKind::StartTag, "td" | "th") => {
                if self.row.is_none() {
                    self.row = Some((Vec::new(), line, false));
                }
                if let Some((cells, _, _)) = self.row.as_mut() {
                    cells.push(String::new());
                }
                self.in_cell = true;
            }
            (TagKind::EndTag, "td" | "th") => self.in_cell = false,
            (TagKind::EndTag, "tr" | "table") => {
                self.in_cell = false;
                if let Some((cells, line, header)) = self.row.take() {
                    let cells: Vec<String> = cells.iter().map(|c| c.trim().to_string()).collect();
                    if cells.iter().any(|c| !c.is_empty()) {
                        let text = cells.join(" | ");
                        let pos = Pos { line, column: 1 };
                        self.out
                            .push(BlockKind::TableRow { cells, header }, text, pos, vec![line]);
                    }
                }
                if name == "table" {
                    self.flush();
                }
            }
            (TagKind::StartTag, "br") | (TagKind::EndTag, "br") => self.line_break(line),
            (TagKind::StartTag, "hr") => {
                self.flush();
                self.out.push(
                    BlockKind::Break,
                    String::new(),
                    Pos { line, column: 1 },
                    vec![line],
                );
            }
            (TagKind::StartTag, "a") => {
                if let Some(href) = attr("href") {
                    let at = match (&self.row, self.in_cell) {
                        (Some((cells, _, _)), true) => cells.last().map_or(0, String::len),
                        _ => self.open.as_ref().map_or(0, |o| o.text.len()),
                    };
                    self.links.push((href.trim().to_string(), line, at));
                }
            }
            (TagKind::EndTag, "a") => {
                if let Some((url, tag_line, at)) = self.links.pop() {
                    // Whitespace collapses a block's wrapped lines into one, so the
                    // link is placed on the block's line, where its text is.
                    let line = match (&self.row, self.in_cell, &self.open) {
                        (Some((_, row_line, _)), true, _) => *row_line,
                        (_, _, Some(open)) => open.lines.last().copied().unwrap_or(tag_line),
                        _ => tag_line,
                    };
                    let text = match (&self.row, self.in_cell) {
                        (Some((cells, _, _)), true) => cells.last().and_then(|c| c.get(at..)),
                        _ => self.open.as_ref().and_then(|o| o.text.get(at..)),
                    }
                    .unwrap_or("")
                    .trim()
                    .to_string();
                    let pos = Pos { line, column: 1 };
                    if let Some(address) = url.strip_prefix("mailto:") {
                        let address = address.split('?').next().unwrap_or("").trim().to_string();
                        if !address.is_empty() {
                            self.out.email(Email { address, pos });
                        }
                    } else if url.starts_with("http") || url.starts_with("www.") {
                        let block = Some(self.out.next_block());
                        self.out.link(Link {
                            text,
                            url,
                            pos,
                            block,
                        });
                    }
                }
            }
            (_, n) if BLOCKS.contains(&n) => self.flush(),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

fn is_heading(name: &str) -> bool {
    name.len() == 2 && name.starts_with('h') && (b'1'..=b'6').contains(&name.as_bytes()[1])
}

struct Sink(RefCell<State>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<()> {
        let line = line_number as usize;
        let mut state = self.0.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let attrs: Vec<(String, String)> = tag
                    .attrs
                    .iter()
                    .map(|a| (a.name.local.to_string(), a.value.to_string()))
                    .collect();
                return state.tag(tag.kind, &tag.name, &attrs, tag.self_closing, line);
            }
            Token::CharacterTokens(text) => {
                if let Some((json, _)) = state.json_ld.as_mut() {
                    json.push_str(&text);
                } else {
                    state.text(&text, line);
                }
            }
            Token::EOFToken => state.flush(),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Reads an HTML page or fragment. The JSON-LD scripts it carries come back beside it,
/// each with the line it starts on.
pub fn read_with_structured(text: &str) -> (Document, Vec<(String, usize)>) {
    let text = &*without_lone_cr(text);
    // The page in lower case, read once for the looks ahead below.
    let lower = text.to_ascii_lowercase();
    let sink = Sink(RefCell::new(State {
        header_has_title: header_has_title(&lower),
        asides: summary_asides(&lower),
        ..State::default()
    }));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(text));
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    let mut state = tokenizer.sink.0.into_inner();
    state.flush();
    let structured = std::mem::take(&mut state.structured);
    let marked = std::mem::take(&mut state.marked);
    let mut doc = state.out.finish(Format::Html);
    doc.marked = marked;
    (doc, structured)
}

/// For each `<aside>` element of a page (given in lower case), whether it summarises the job: it
/// names at least two of the job's facts (salary, location, closing date,
/// contract, hours) as labels do.
fn summary_asides(lower: &str) -> std::collections::VecDeque<bool> {
    const LABELS: &[&str] = &[
        "salary",
        "location",
        "closing date",
        "contract",
        "hours",
        "job type",
        "working pattern",
        "pay",
    ];
    let mut out = std::collections::VecDeque::new();
    let mut at = 0;
    while let Some(start) = lower[at..].find("<aside").map(|s| at + s) {
        let end = lower[start..]
            .find("</aside")
            .map_or(lower.len(), |e| start + e);
        let inside = &lower[start..end];
        out.push_back(LABELS.iter().filter(|l| inside.contains(*l)).count() >= 2);
        at = end.max(start + 6);
    }
    out
}

/// Whether the first `<header>` element of a page (given in lower case) holds an `<h1>`.
fn header_has_title(lower: &str) -> bool {
    let Some(start) = lower.find("<header") else {
        return false;
    };
    let end = lower[start..]
        .find("</header")
        .map_or(lower.len(), |e| start + e);
    lower[start..end].contains("<h1")
}

/// The tokenizer counts a lone carriage return as a line break, where every
/// other reader (and the line numbers users are shown) counts only `\n`. To
/// HTML a carriage return is white space, so a space in its place keeps the
/// text the same and the lines in step.
fn without_lone_cr(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\r') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(if c == '\r' && chars.peek() != Some(&'\n') {
            ' '
        } else {
            c
        });
    }
    out.into()
}

#[cfg(test)]
fn read(text: &str) -> Document {
    read_with_structured(text).0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<(BlockKind, String, usize)> {
        read(html)
            .blocks
            .into_iter()
            .map(|b| (b.kind, b.text, b.pos.line))
            .collect()
    }

    #[test]
    fn an_aside_that_summarises_the_job_is_read() {
        let b = blocks(
            "<h1>Fundraiser</h1><aside><dl><dt>Location</dt><dd>Poole</dd><dt>Salary</dt><dd>£27,500</dd></dl></aside><aside><h3>Similar jobs</h3><p>Fundraiser, Leeds</p></aside><p>We raise funds.</p>",
        );
        let texts: Vec<&str> = b.iter().map(|(_, t, _)| t.as_str()).collect();
        assert!(
            texts.contains(&"Poole") && texts.contains(&"£27,500"),
            "{texts:?}"
        );
        // The site's own aside stays out.
        assert!(
            !texts.iter().any(|t| t.contains("Similar jobs")),
            "{texts:?}"
        );
    }

    #[test]
    fn sibling_spans_are_kept_apart() {
        let b = blocks(
            "<div class=\"row\"><span class=\"term\">Job Type</span><span class=\"value\">Full Time Regular</span></div><p>Data <span>Engineer</span>s and <b>W</b>ork</p>",
        );
        // (The first is marked as a label: it reads as one.)
        assert_eq!(b[0].1, "Job Type: Full Time Regular");
        // A span inside a word or after a space is left as it is.
        assert_eq!(b[1].1, "Data Engineers and Work");
    }

    #[test]
    fn a_label_s_element_reads_as_a_label() {
        let b = blocks(
            "<ul><li><span class=\"label\">Location</span> Palmerston North, Levin</li>\n<li><span class=\"job-label\">Closes:</span> 3 May 2027</li></ul>\n<div class=\"posting-category medium-category-label\">Hybrid</div>\n<p><span class=\"label\">A long sentence that is no label at all</span> here</p>",
        );
        let texts: Vec<&str> = b.iter().map(|(_, t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Location: Palmerston North, Levin",
                "Closes: 3 May 2027",
                "Hybrid",
                "A long sentence that is no label at all here"
            ]
        );
    }

    #[test]
    fn headings_paragraphs_lists_and_lines() {
        let b = blocks(
            "<h1>Ward Clerk</h1>\n<p>Acme &amp; Sons<br>Leeds</p>\n<ul>\n<li>One\n<ul><li>Two</li></ul></li>\n<li>Three</li></ul>",
        );
        assert_eq!(
            b[0],
            (BlockKind::Heading { level: 1 }, "Ward Clerk".into(), 1)
        );
        assert_eq!(b[1].1, "Acme & Sons\nLeeds");
        assert_eq!(b[1].2, 2);
        assert_eq!(
            b[2].0,
            BlockKind::ListItem {
                depth: 0,
                ordered: false
            }
        );
        assert_eq!(b[2].1, "One");
        assert_eq!(
            b[3],
            (
                BlockKind::ListItem {
                    depth: 1,
                    ordered: false
                },
                "Two".into(),
                5
            )
        );
        assert_eq!(b[4].1, "Three");
    }

    #[test]
    fn chrome_scripts_and_styles_are_dropped() {
        let b = blocks(
            "<header><nav><a href='/'>Home</a></nav></header><style>p{}</style><script>var x = '£5';</script><main><header><h1>Title</h1></header><p>Body</p></main><footer>© 2024</footer>",
        );
        let texts: Vec<&str> = b.iter().map(|(_, t, _)| t.as_str()).collect();
        assert_eq!(texts, ["Title", "Body"]);
    }

    #[test]
    fn a_page_header_that_holds_the_title_is_the_adverts() {
        let b = blocks(
            "<header><h1>Carpenter</h1><address>Cedar Builders Ltd.<br>Victoria, BC</address></header><main><p>Body</p></main>",
        );
        let texts: Vec<&str> = b.iter().map(|(_, t, _)| t.as_str()).collect();
        assert_eq!(texts[0], "Carpenter");
        assert!(
            texts.iter().any(|t| t.contains("Victoria, BC")),
            "{texts:?}"
        );
    }

    #[test]
    fn tables_links_and_emails() {
        let d = read(
            "<table><tr><th>Closing date</th><td>17/06/2024</td></tr><tr><td>Apply</td><td><a href=\"https://x.example/apply\">Apply now</a></td></tr></table><p>Email <a href=\"mailto:jobs@example.org\">us</a></p>",
        );
        let rows: Vec<Vec<String>> = d
            .blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::TableRow { cells, .. } => Some(cells.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(
            rows,
            [
                vec!["Closing date", "17/06/2024"],
                vec!["Apply", "Apply now"]
            ]
        );
        assert_eq!(d.links[0].url, "https://x.example/apply");
        assert_eq!(d.links[0].text, "Apply now");
        assert_eq!(d.emails[0].address, "jobs@example.org");
    }

    #[test]
    fn facts_marked_by_microdata_or_a_class_are_kept() {
        let doc = read(
            "<div class=\"posting-category location\">Stockholm</div>\n<p>We build things.</p>\n<span itemprop=\"title\">Data <b>Engineer</b></span>\n<meta itemprop=\"datePosted\" content=\"2026-03-02\">\n<div class=\"relocation\">Help to move</div>\n",
        );
        let got: Vec<(&str, &str, usize)> = doc
            .marked
            .iter()
            .map(|m| (m.label, m.value.as_str(), m.line))
            .collect();
        assert_eq!(
            got,
            [
                ("location", "Stockholm", 1),
                ("job title", "Data Engineer", 3),
                ("date posted", "2026-03-02", 4)
            ]
        );
    }

    #[test]
    fn json_ld_is_kept_aside() {
        let (d, s) = read_with_structured(
            "<head>\n<script type=\"application/ld+json\">{\"@type\":\"JobPosting\"}</script></head><p>Text</p>",
        );
        assert_eq!(s, [("{\"@type\":\"JobPosting\"}".to_string(), 2)]);
        assert_eq!(d.blocks.len(), 1);
    }

    #[test]
    fn deep_nesting_is_flat_work() {
        let html = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        let b = blocks(&html);
        assert_eq!(b[0].1, "deep");
    }
}
