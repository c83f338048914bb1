//! The Markdown reader: walks pulldown-cmark's events into blocks.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{BlockKind, Builder, Document, Email, Format, LineIndex, Link, Pos};

/// The one place the Markdown dialect is chosen, so that every caller reads the same Markdown.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// A block being gathered from events.
struct Open {
    kind: BlockKind,
    text: String,
    pos: Pos,
    lines: Vec<usize>,
    /// Line breaks in `text` so far (counted as they are added, so that
    /// appending stays linear however long the block grows).
    newlines: usize,
    /// Column (0-based) of a list item's marker, used to nest bullets that
    /// Markdown took as lazy continuation lines.
    marker_indent: usize,
}

impl Open {
    fn new(kind: BlockKind, pos: Pos) -> Self {
        Open {
            kind,
            text: String::new(),
            pos,
            lines: Vec::new(),
            newlines: 0,
            marker_indent: pos.column.saturating_sub(1),
        }
    }

    /// Appends text that starts at source line `line`.
    fn append(&mut self, s: &str, line: usize) {
        let current = self.newlines;
        while self.lines.len() <= current {
            let prev = self.lines.last().map_or(line, |l| l + 1);
            self.lines.push(if self.lines.len() == current {
                line
            } else {
                prev
            });
        }
        self.text.push_str(s);
        self.newlines += s.bytes().filter(|&b| b == b'\n').count();
    }

    fn newline(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
            self.newlines += 1;
        }
    }
}

struct Reader<'a> {
    index: LineIndex<'a>,
    out: Builder,
    open: Option<Open>,
    /// Depth of each open list item (innermost last).
    items: Vec<usize>,
    lists: Vec<Option<u64>>,
    /// Cells of the table row being read.
    row: Option<(Vec<String>, Pos, bool)>,
    in_head: bool,
    /// Links being read: url, position, length of the open block's text at the start.
    link: Vec<(String, Pos, usize)>,
    in_image: usize,
    /// Set after a soft break: the next text starts a new source line.
    line_start: bool,
}

/// Blanks the `---` fences of YAML front matter, so that its `key: value`
/// lines read as a paragraph of labelled facts instead of a thematic break
/// and a setext heading. Offsets and line numbers are unchanged, and nothing
/// of the YAML is evaluated (no anchors, no aliases).
/// The line number of the fence that closes front matter opened on line 1.
fn closing_fence(text: &str) -> usize {
    text.lines()
        .enumerate()
        .skip(1)
        .find(|(_, l)| matches!(l.trim_end(), "---" | "..."))
        .map_or(0, |(i, _)| i + 1)
}

pub(crate) fn blank_front_matter(text: &str) -> std::borrow::Cow<'_, str> {
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return text.into();
    };
    if first.trim_end() != "---" {
        return text.into();
    }
    let mut offset = first.len();
    for (n, line) in lines.enumerate() {
        let t = line.trim_end();
        if t == "---" || t == "..." {
            let mut out = String::with_capacity(text.len());
            out.push_str(&" ".repeat(first.trim_end().len()));
            out.push_str(&first[first.trim_end().len()..]);
            // YAML comments ("# include relevant tags", "key: value # note")
            // are blanked too: a comment line would read as a heading.
            for yaml in text[first.len()..offset].split_inclusive('\n') {
                let comment = if yaml.trim_start().starts_with('#') {
                    Some(yaml.len() - yaml.trim_start().len())
                } else {
                    yaml.find(" #").map(|i| i + 1)
                };
                match comment {
                    Some(at) => {
                        let body = yaml.trim_end_matches(['\n', '\r']);
                        out.push_str(&yaml[..at]);
                        out.push_str(&" ".repeat(body.len() - at));
                        out.push_str(&yaml[body.len()..]);
                    }
                    None => out.push_str(yaml),
                }
            }
            out.push_str(&" ".repeat(t.len()));
            out.push_str(&text[offset + t.len()..]);
            return out.into();
        }
        // Front matter is short and made of keys, list items and indented values.
        let yaml_like = t.is_empty()
            || t.starts_with([' ', '\t', '-', '#'])
            || t.split_once(':')
                .is_some_and(|(k, _)| !k.contains(' ') || k.split_whitespace().count() <= 3);
        if n > 200 || !yaml_like {
            break;
        }
        offset += line.len();
    }
    text.into()
}

pub fn read(text: &str) -> Document {
    let blanked = blank_front_matter(text);
    // The closing fence's line, when the front matter was found and blanked.
    let front_matter = match &blanked {
        std::borrow::Cow::Owned(_) => closing_fence(text),
        std::borrow::Cow::Borrowed(_) => 0,
    };
    let text = &*blanked;
    let mut r = Reader {
        index: LineIndex::new(text),
        out: Builder::default(),
        open: None,
        items: Vec::new(),
        lists: Vec::new(),
        row: None,
        in_head: false,
        link: Vec::new(),
        in_image: 0,
        line_start: false,
    };
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        r.event(event, range.start);
    }
    r.flush();
    let mut doc = r.out.finish(Format::Markdown);
    doc.front_matter = front_matter;
    doc
}

impl Reader<'_> {
    fn flush(&mut self) {
        if let Some(open) = self.open.take() {
            let text = open.text.trim_end().to_string();
            if text.trim().is_empty() && !matches!(open.kind, BlockKind::Heading { .. }) {
                return;
            }
            let mut lines = open.lines;
            let n = text.matches('\n').count() + 1;
            lines.resize(n, lines.last().copied().unwrap_or(open.pos.line));
            self.out.push(open.kind, text, open.pos, lines);
        }
    }

    fn start(&mut self, kind: BlockKind, offset: usize) {
        self.flush();
        self.open = Some(Open::new(kind, self.index.pos(offset)));
    }

    /// Makes sure there is a block to put inline text in.
    fn ensure_open(&mut self, offset: usize) -> &mut Open {
        if self.open.is_none() {
            let kind = match self.items.last() {
                Some(&depth) => BlockKind::ListItem {
                    depth,
                    ordered: self.lists.last().is_some_and(|l| l.is_some()),
                },
                None => BlockKind::Paragraph,
            };
            self.open = Some(Open::new(kind, self.index.pos(offset)));
        }
        self.open.as_mut().expect("just opened")
    }

    fn text(&mut self, s: &str, offset: usize) {
        if self.in_image > 0 {
            return;
        }
        if let Some((cells, _, _)) = self.row.as_mut() {
            if let Some(cell) = cells.last_mut() {
                cell.push_str(s);
            }
            return;
        }
        let pos = self.index.pos(offset);
        if self.line_start && self.items.last().is_some() && starts_with_bullet(s) {
            // A bullet that Markdown read as a lazy continuation line: in
            // hand-indented adverts this is a nested item, so make it one.
            let (depth, marker) = match &self.open {
                Some(o) => (o.kind.clone(), o.marker_indent),
                None => (BlockKind::Paragraph, 0),
            };
            let indent = pos.column - 1;
            if let BlockKind::ListItem { depth, ordered } = depth {
                let depth = if indent > marker { depth + 1 } else { depth };
                self.flush();
                let mut open = Open::new(BlockKind::ListItem { depth, ordered }, pos);
                // Siblings written at the same indentation stay siblings.
                open.marker_indent = indent;
                let item_text = strip_bullet(s);
                open.append(item_text, pos.line);
                self.open = Some(open);
                self.line_start = false;
                return;
            }
        }
        self.line_start = false;
        self.ensure_open(offset).append(s, pos.line);
    }

    fn event(&mut self, event: Event<'_>, offset: usize) {
        match event {
            Event::Start(tag) => self.start_tag(tag, offset),
            Event::End(tag) => self.end_tag(tag),
            Event::Text(s) | Event::Code(s) => self.text(&s, offset),
            Event::SoftBreak | Event::HardBreak => {
                if let Some((cells, _, _)) = self.row.as_mut() {
                    if let Some(cell) = cells.last_mut() {
                        cell.push(' ');
                    }
                } else if let Some(open) = self.open.as_mut() {
                    open.newline();
                    self.line_start = true;
                }
            }
            Event::InlineHtml(html) => {
                let tag = html.trim().to_ascii_lowercase();
                if tag.starts_with("<br") {
                    if let Some((cells, _, _)) = self.row.as_mut() {
                        if let Some(cell) = cells.last_mut() {
                            cell.push(' ');
                        }
                    } else if let Some(open) = self.open.as_mut() {
                        open.newline();
                    }
                }
            }
            Event::Html(html) => {
                // Block HTML: keep its words, drop the tags and comments.
                let words = strip_tags(&html);
                if !words.trim().is_empty() {
                    let pos = self.index.pos(offset);
                    let open = self.ensure_open(offset);
                    open.newline();
                    open.append(words.trim(), pos.line);
                }
            }
            Event::Rule => {
                self.flush();
                let pos = self.index.pos(offset);
                self.out
                    .push(BlockKind::Break, String::new(), pos, vec![pos.line]);
            }
            Event::FootnoteReference(_)
            | Event::TaskListMarker(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_) => {}
        }
    }

    fn start_tag(&mut self, tag: Tag<'_>, offset: usize) {
        match tag {
            Tag::Heading { level, .. } => {
                self.start(BlockKind::Heading { level: level as u8 }, offset)
            }
            Tag::Paragraph => {
                if self.items.is_empty() || self.open.is_none() {
                    if self.items.is_empty() {
                        self.start(BlockKind::Paragraph, offset);
                    } else {
                        self.ensure_open(offset);
                    }
                } else if let Some(open) = self.open.as_mut() {
                    open.newline();
                }
            }
            Tag::List(first) => {
                self.flush();
                self.lists.push(first);
            }
            Tag::Item => {
                let depth = self.lists.len().saturating_sub(1);
                self.items.push(depth);
                let ordered = self.lists.last().is_some_and(|l| l.is_some());
                self.start(BlockKind::ListItem { depth, ordered }, offset);
            }
            Tag::CodeBlock(_) => self.start(BlockKind::Code, offset),
            Tag::HtmlBlock => {}
            Tag::Table(_) => self.flush(),
            Tag::TableHead => {
                self.in_head = true;
                self.row = Some((Vec::new(), self.index.pos(offset), true));
            }
            Tag::TableRow => self.row = Some((Vec::new(), self.index.pos(offset), false)),
            Tag::TableCell => {
                if let Some((cells, _, _)) = self.row.as_mut() {
                    cells.push(String::new());
                }
            }
            Tag::Link { dest_url, .. } => {
                let pos = self.index.pos(offset);
                let at = self.open.as_ref().map_or(0, |o| o.text.len());
                let at = match &self.row {
                    Some((cells, _, _)) => cells.last().map_or(0, |c| c.len()),
                    None => at,
                };
                self.link.push((dest_url.to_string(), pos, at));
            }
            Tag::Image { .. } => self.in_image += 1,
            _ => {}
        }
    }

    fn end_tag(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) | TagEnd::CodeBlock => self.flush(),
            TagEnd::Paragraph if self.items.is_empty() => {
                self.flush();
            }
            TagEnd::Item => {
                self.flush();
                self.items.pop();
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                self.in_head = false;
                if let Some((cells, pos, header)) = self.row.take() {
                    let cells: Vec<String> = cells.iter().map(|c| c.trim().to_string()).collect();
                    if cells.iter().any(|c| !c.is_empty()) {
                        let text = cells.join(" | ");
                        self.out.push(
                            BlockKind::TableRow { cells, header },
                            text,
                            pos,
                            vec![pos.line],
                        );
                    }
                }
            }
            TagEnd::Link => {
                if let Some((url, pos, at)) = self.link.pop() {
                    let text = match &self.row {
                        Some((cells, _, _)) => cells.last().and_then(|c| c.get(at..)),
                        None => self.open.as_ref().and_then(|o| o.text.get(at..)),
                    }
                    .unwrap_or("")
                    .trim()
                    .to_string();
                    let block = Some(self.out.next_block());
                    if let Some(address) = url.strip_prefix("mailto:") {
                        let address = address.split('?').next().unwrap_or("").to_string();
                        if !address.is_empty() {
                            self.out.email(Email { address, pos });
                        }
                    } else {
                        self.out.link(Link {
                            text,
                            url,
                            pos,
                            block,
                        });
                    }
                }
            }
            TagEnd::Image => self.in_image = self.in_image.saturating_sub(1),
            _ => {}
        }
    }
}

fn starts_with_bullet(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some('-' | '*' | '+' | '•' | '·'), Some(' ' | '\t'))
    )
}

fn strip_bullet(s: &str) -> &str {
    let mut chars = s.chars();
    chars.next();
    chars.as_str().trim_start()
}

/// Removes HTML tags and comments, keeping the text between them.
pub(crate) fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        let end = if after.starts_with("<!--") {
            after.find("-->").map(|e| e + 3)
        } else {
            after.find('>').map(|e| e + 1)
        };
        match end {
            Some(e) => {
                let tag = after[..e].to_ascii_lowercase();
                if tag.starts_with("<br") || tag.starts_with("<p") || tag.starts_with("</p") {
                    out.push(' ');
                }
                rest = &after[e..];
            }
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::BlockKind;

    fn doc(s: &str) -> Document {
        read(s)
    }

    #[test]
    fn headings_paragraphs_and_lines() {
        let d = doc("# Title\n\nFirst line\nsecond line\n\n## Next\n");
        assert_eq!(d.blocks[0].kind, BlockKind::Heading { level: 1 });
        assert_eq!(d.blocks[1].text, "First line\nsecond line");
        assert_eq!(d.blocks[1].lines, vec![3, 4]);
        assert_eq!(d.blocks[1].pos, Pos { line: 3, column: 1 });
        assert_eq!(d.sections.len(), 2);
    }

    #[test]
    fn nested_lists_have_depth() {
        let d = doc("- one\n  - two\n    - three\n- four\n");
        let depths: Vec<_> = d
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.list_depth()))
            .collect();
        assert_eq!(
            depths,
            [
                ("one", Some(0)),
                ("two", Some(1)),
                ("three", Some(2)),
                ("four", Some(0))
            ]
        );
    }

    #[test]
    fn over_indented_bullets_become_nested_items() {
        let d = doc(
            "- Degree level\n    or equivalent\n       - Master's degree\n       - Training\n- Next\n",
        );
        let items: Vec<_> = d
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.list_depth()))
            .collect();
        assert_eq!(
            items,
            [
                ("Degree level\nor equivalent", Some(0)),
                ("Master's degree", Some(1)),
                ("Training", Some(1)),
                ("Next", Some(0))
            ]
        );
    }

    #[test]
    fn key_value_table_rows() {
        let d = doc(
            "|||\n|-|-|\n|Closing Date | 31/03/2021 |\n|Apply|[Apply Now](https://x.example/a)|\n",
        );
        let rows: Vec<_> = d
            .blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::TableRow { cells, .. } => Some((cells.clone(), b.pos.line)),
                _ => None,
            })
            .collect();
        assert_eq!(rows[0].0, ["Closing Date", "31/03/2021"]);
        assert_eq!(rows[0].1, 3);
        assert_eq!(rows[1].0, ["Apply", "Apply Now"]);
        assert_eq!(d.links[0].url, "https://x.example/a");
        assert_eq!(d.links[0].text, "Apply Now");
        assert_eq!(d.links[0].pos.line, 4);
    }

    #[test]
    fn links_and_mailto() {
        let d =
            doc("Email [us](mailto:jobs@example.org) or [apply here](https://example.org/apply).");
        assert_eq!(d.emails[0].address, "jobs@example.org");
        assert_eq!(d.links.len(), 1);
        assert_eq!(d.links[0].text, "apply here");
        assert_eq!(d.blocks[0].text, "Email us or apply here.");
    }

    #[test]
    fn br_splits_lines_and_code_is_kept_apart() {
        let d = doc("Acme Ltd<br/>Data Team\n\n```\nprompt text\n```\n");
        assert_eq!(d.blocks[0].text, "Acme Ltd\nData Team");
        assert_eq!(d.blocks[1].kind, BlockKind::Code);
    }

    #[test]
    fn yaml_comments_in_front_matter_are_no_headings() {
        let text = "---\ntitle: Python Developer # the job\ntags:\n  - python\n  # include relevant tags\n---\n\n# About\n\nText.\n";
        let blanked = blank_front_matter(text);
        assert_eq!(blanked.len(), text.len());
        let d = doc(text);
        let headings: Vec<&str> = d
            .blocks
            .iter()
            .filter(|b| b.is_heading())
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(headings, ["About"]);
        assert!(d.blocks[0].text.starts_with("title: Python Developer"));
        assert!(!d.blocks[0].text.contains("the job"));
    }

    #[test]
    fn front_matter_becomes_labelled_lines() {
        let d = doc("---\ntitle: Python Developer\ncompany: 3D Hubs\n---\n\n# About\n\nText.\n");
        assert_eq!(
            d.blocks[0].text,
            "title: Python Developer\ncompany: 3D Hubs"
        );
        assert_eq!(d.blocks[0].lines, vec![2, 3]);
        assert_eq!(d.blocks[1].kind, BlockKind::Heading { level: 1 });
        // A rule later in a document is not front matter.
        let d = doc("Intro\n\n---\n\nMore\n");
        assert!(d.blocks.iter().any(|b| b.kind == BlockKind::Break));
    }

    #[test]
    fn bold_labels_lose_their_markup() {
        let d = doc("**Salary**: £30,000\n**Location**: Leeds\n");
        assert_eq!(d.blocks[0].text, "Salary: £30,000\nLocation: Leeds");
    }
}
