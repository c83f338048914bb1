//! Colour for the terminal writers. The command decides once whether to colour
//! (`--color`, `NO_COLOR`, whether the output is a terminal) and hands the
//! writers a [`Paint`]; with colour off they write plain text, byte for byte
//! what they wrote before colour existed.

use comfy_table::{Attribute, Cell, Color, Table};

use crate::extract::{SkillLevel, enum_name};

/// Whether to colour, and how.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Paint {
    pub on: bool,
}

impl Paint {
    /// No colour at all.
    pub const PLAIN: Paint = Paint { on: false };

    pub fn new(on: bool) -> Paint {
        Paint { on }
    }

    /// Lets a table write its colours even when it cannot see a terminal (as
    /// with `--color always` into a pipe). A table given no styles writes none.
    pub fn prepare(self, table: &mut Table) {
        if self.on {
            table.enforce_styling();
        }
    }

    /// A column heading: bold.
    pub fn header(self, text: impl ToString) -> Cell {
        let cell = Cell::new(text);
        if self.on {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }

    /// A row's label, such as a field name: bold cyan.
    pub fn label(self, text: impl ToString) -> Cell {
        let cell = Cell::new(text);
        if self.on {
            cell.add_attribute(Attribute::Bold).fg(Color::Cyan)
        } else {
            cell
        }
    }

    /// A value; the dash that stands for "not stated" is dimmed.
    pub fn value(self, text: impl ToString) -> Cell {
        let text = text.to_string();
        let dim = self.on && text == "—";
        let cell = Cell::new(text);
        if dim { cell.fg(Color::DarkGrey) } else { cell }
    }

    /// A skill's level: essential green, desirable yellow, mentioned grey.
    pub fn level(self, level: SkillLevel) -> Cell {
        let cell = Cell::new(enum_name(&level));
        if !self.on {
            return cell;
        }
        match level {
            SkillLevel::Essential => cell.fg(Color::Green),
            SkillLevel::Desirable => cell.fg(Color::Yellow),
            SkillLevel::Mentioned => cell.fg(Color::DarkGrey),
        }
    }

    /// `text` wrapped in an SGR escape sequence (`"1"` bold, `"36"` cyan,
    /// `"90"` grey), or as it is when colour is off.
    pub fn ansi(self, code: &str, text: &str) -> String {
        if self.on && !text.is_empty() {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paint_adds_nothing() {
        let mut table = Table::new();
        Paint::PLAIN.prepare(&mut table);
        table.set_header(vec![Paint::PLAIN.header("Field")]);
        table.add_row(vec![Paint::PLAIN.label("Title"), Paint::PLAIN.value("—")]);
        table.add_row(vec![
            Cell::new("x"),
            Paint::PLAIN.level(SkillLevel::Essential),
        ]);
        assert!(!table.to_string().contains('\x1b'));
        assert_eq!(Paint::PLAIN.ansi("1", "bold"), "bold");
    }

    #[test]
    fn colour_is_written_even_into_a_pipe() {
        let paint = Paint::new(true);
        let mut table = Table::new();
        paint.prepare(&mut table);
        table.set_header(vec![paint.header("Field")]);
        table.add_row(vec![paint.label("Title")]);
        let text = table.to_string();
        assert!(text.contains("\x1b["), "{text:?}");
        assert_eq!(paint.ansi("36", "bar"), "\x1b[36mbar\x1b[0m");
    }
}
