//! The document model: what every reader produces and every later stage reads.
//!
//! A [`Document`] is a flat list of [`Block`]s (headings, paragraphs, list
//! items, table rows, code) in source order, plus the [`Section`] tree the
//! headings make, and the links and email addresses found anywhere. Every
//! piece carries its line and column in the source so that diagnostics can
//! point at it.

mod detect;
pub(crate) mod html;
pub mod jsonld;
mod markdown;
mod scan;
mod text;

pub use detect::detect_format;

use serde::Serialize;

use crate::work::Counted;

/// The formats a document can be read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Markdown,
    Text,
    Html,
    /// A schema.org JobPosting in JSON-LD; its `description` is read as HTML.
    JsonLd,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Text => "text",
            Format::Html => "html",
            Format::JsonLd => "jsonld",
        }
    }
}

/// A place in the source: line and column, both counted from 1 (columns in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// What kind of block a piece of text is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BlockKind {
    /// A heading of level 1 (most important) to 6.
    Heading {
        level: u8,
    },
    Paragraph,
    /// A list item; `depth` is 0 for a top-level item, 1 for one nested inside it, and so on.
    ListItem {
        depth: usize,
        ordered: bool,
    },
    /// One row of a table, its cells in order. `header` marks a table's head row.
    TableRow {
        cells: Vec<String>,
        header: bool,
    },
    /// Preformatted or fenced code: kept for completeness, ignored by extraction.
    Code,
    /// A thematic break (`---`), which often separates a preamble from the advert.
    Break,
}

/// A block of text with its place in the source.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    /// The block's text with inline markup removed. Source line breaks are kept as `\n`.
    pub text: String,
    pub pos: Pos,
    /// The innermost section the block belongs to (an index into [`Document::sections`]).
    pub section: Option<usize>,
    /// For each line of `text`, the source line it came from.
    pub lines: Vec<usize>,
}

impl Block {
    /// The lines of the block, each with the source line it came from.
    pub fn text_lines(&self) -> impl Iterator<Item = (usize, &str)> {
        self.text
            .split('\n')
            .enumerate()
            .map(|(i, t)| (self.lines.get(i).copied().unwrap_or(self.pos.line), t))
    }

    pub fn is_heading(&self) -> bool {
        matches!(self.kind, BlockKind::Heading { .. })
    }

    pub fn list_depth(&self) -> Option<usize> {
        match self.kind {
            BlockKind::ListItem { depth, .. } => Some(depth),
            _ => None,
        }
    }
}

/// A heading and the blocks under it, up to the next heading of the same or a higher level.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub heading: String,
    pub level: u8,
    pub pos: Pos,
    /// The enclosing section, if any.
    pub parent: Option<usize>,
    /// The heading's own block.
    pub block: usize,
}

/// A hyperlink, with the text shown for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub text: String,
    pub url: String,
    pub pos: Pos,
    /// The block the link sits in.
    pub block: Option<usize>,
}

/// An email address found in a `mailto:` link or in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Email {
    pub address: String,
    pub pos: Pos,
}

/// A parsed advert.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub format: Format,
    pub blocks: Counted<Block>,
    pub sections: Vec<Section>,
    pub links: Vec<Link>,
    pub emails: Vec<Email>,
    /// Structured data carried with the advert (JSON-LD), each with the line it starts on.
    pub structured: Vec<(String, usize)>,
    /// The line of the fence that closes a Markdown advert's YAML front
    /// matter; 0 when it has none. Its lines are metadata, not the advert's prose.
    pub front_matter: usize,
    /// Facts a page marks by its markup rather than by a label in its text:
    /// an element with `itemprop="addressLocality"` (schema.org microdata) or
    /// `class="location"` (as job boards' pages mark the place).
    pub marked: Vec<Marked>,
}

/// A fact marked by a page's markup: the label it stands for, its text, its line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Marked {
    pub label: &'static str,
    pub value: String,
    pub line: usize,
}

impl Document {
    /// Reads `text` in the given format.
    pub fn parse(text: &str, format: Format) -> Document {
        let mut doc = match format {
            Format::Markdown => markdown::read(text),
            Format::Text => text::read(text),
            Format::Html => {
                let (mut doc, structured) = html::read_with_structured(text);
                doc.structured = structured;
                doc
            }
            Format::JsonLd => jsonld::read(text),
        };
        for (json, _) in &mut doc.structured {
            if let std::borrow::Cow::Owned(decoded) = jsonld::decode_references(json) {
                *json = decoded;
            }
        }
        scan::find_bare_links_and_emails(&mut doc);
        doc
    }

    /// The headings enclosing a block, innermost first.
    pub fn headings_of(&self, block: usize) -> impl Iterator<Item = &Section> {
        self.sections_of(block).map(|i| &self.sections[i])
    }

    /// The indices in [`Document::sections`] of the headings enclosing a block, innermost first.
    pub fn sections_of(&self, block: usize) -> impl Iterator<Item = usize> + '_ {
        let mut next = self.blocks.get(block).and_then(|b| b.section);
        std::iter::from_fn(move || {
            let i = next?;
            next = self.sections[i].parent;
            Some(i)
        })
    }

    /// Every line of every block except code, in source order.
    pub fn lines(&self) -> impl Iterator<Item = Line<'_>> {
        self.blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| !matches!(b.kind, BlockKind::Code | BlockKind::Break))
            .flat_map(|(i, b)| {
                b.text_lines().map(move |(line, text)| Line {
                    block: i,
                    line,
                    text,
                })
            })
    }
}

/// One line of a block's text.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    pub block: usize,
    pub line: usize,
    pub text: &'a str,
}

/// Builds a document block by block, keeping the section tree up to date.
/// Shared by the readers so that all of them nest sections the same way.
#[derive(Default)]
pub(crate) struct Builder {
    blocks: Vec<Block>,
    sections: Vec<Section>,
    links: Vec<Link>,
    emails: Vec<Email>,
    /// Open sections, outermost first.
    open: Vec<usize>,
}

impl Builder {
    pub fn push(&mut self, kind: BlockKind, text: String, pos: Pos, lines: Vec<usize>) -> usize {
        let index = self.blocks.len();
        if let BlockKind::Heading { level } = kind {
            while let Some(&top) = self.open.last() {
                if self.sections[top].level >= level {
                    self.open.pop();
                } else {
                    break;
                }
            }
            let parent = self.open.last().copied();
            self.sections.push(Section {
                heading: text.trim().to_string(),
                level,
                pos,
                parent,
                block: index,
            });
            self.open.push(self.sections.len() - 1);
        }
        let section = self.open.last().copied();
        self.blocks.push(Block {
            kind,
            text,
            pos,
            section,
            lines,
        });
        index
    }

    pub fn link(&mut self, link: Link) {
        self.links.push(link);
    }

    pub fn email(&mut self, email: Email) {
        self.emails.push(email);
    }

    pub fn next_block(&self) -> usize {
        self.blocks.len()
    }

    pub fn finish(self, format: Format) -> Document {
        Document {
            format,
            blocks: self.blocks.into(),
            sections: self.sections,
            links: self.links,
            emails: self.emails,
            structured: Vec::new(),
            front_matter: 0,
            marked: Vec::new(),
        }
    }
}

/// Maps byte offsets of a source text to lines and columns.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// The last position asked for (offset, column): the next one on the same
    /// line counts on from it, so many positions on one long line stay linear.
    last: std::cell::Cell<(usize, usize)>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            text,
            starts,
            last: std::cell::Cell::new((0, 1)),
        }
    }

    pub fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let (last_offset, last_column) = self.last.get();
        let column = if last_offset >= start && last_offset <= offset {
            self.text
                .get(last_offset..offset)
                .map_or(1, |s| last_column + s.chars().count())
        } else {
            self.text
                .get(start..offset)
                .map_or(1, |s| s.chars().count() + 1)
        };
        self.last.set((offset, column));
        Pos {
            line: line + 1,
            column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_counts_lines_and_char_columns() {
        let idx = LineIndex::new("ab\n£cd\n\nx");
        assert_eq!(idx.pos(0), Pos { line: 1, column: 1 });
        assert_eq!(idx.pos(3), Pos { line: 2, column: 1 });
        // "£" is two bytes but one column.
        assert_eq!(idx.pos(5), Pos { line: 2, column: 2 });
        assert_eq!(idx.pos(9), Pos { line: 4, column: 1 });
    }

    #[test]
    fn sections_nest_by_level() {
        let doc = Document::parse(
            "# Job\n\n## Requirements\n\n### Essential\n\n- Rust\n\n## Benefits\n\n- Pension\n",
            Format::Markdown,
        );
        let rust = doc.blocks.iter().position(|b| b.text == "Rust").unwrap();
        let chain: Vec<&str> = doc.headings_of(rust).map(|s| s.heading.as_str()).collect();
        assert_eq!(chain, ["Essential", "Requirements", "Job"]);
        let pension = doc.blocks.iter().position(|b| b.text == "Pension").unwrap();
        let chain: Vec<&str> = doc
            .headings_of(pension)
            .map(|s| s.heading.as_str())
            .collect();
        assert_eq!(chain, ["Benefits", "Job"]);
    }
}
