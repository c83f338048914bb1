//! `compare`: several adverts side by side. [`Comparison::build`] works out
//! the data (yearly pay, skills in common, similarity); [`write_table`] draws
//! it for a terminal and `--format json` prints its serde form.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::Path;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use serde::Serialize;

use super::style::Paint;
use super::table::{describe_salary, format_amount, occupation_text};
use crate::extract::{Contract, Occupation, Period, Posting, Salary, SkillLevel, enum_name};

/// How pay for an hour, day, week or month becomes a yearly figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Assumptions {
    pub hours_per_week: f64,
    pub days_per_week: f64,
    pub weeks_per_year: f64,
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions {
            hours_per_week: 37.5,
            days_per_week: 5.0,
            weeks_per_year: 52.0,
        }
    }
}

impl Assumptions {
    /// What one unit of pay for `period` comes to in a year.
    pub fn per_year(&self, period: Period) -> f64 {
        match period {
            Period::Hour => self.hours_per_week * self.weeks_per_year,
            Period::Day => self.days_per_week * self.weeks_per_year,
            Period::Week => self.weeks_per_year,
            Period::Month => 12.0,
            Period::Year => 1.0,
        }
    }
}

/// Everything `compare` shows, in the order of the adverts given.
#[derive(Debug, Serialize)]
pub struct Comparison {
    pub adverts: Vec<Column>,
    pub assumptions: Assumptions,
    /// The currencies of the adverts with a pay figure, sorted; `null` stands for
    /// one not stated. More than one means the yearly figures are not comparable.
    pub currencies: Vec<Option<String>>,
    pub skills: Overlap,
    /// Every pair of adverts, in order: 1–2, 1–3, …, 2–3, …
    pub similarity: Vec<Pair>,
}

/// One advert's column.
#[derive(Debug, Serialize)]
pub struct Column {
    /// Its place in the comparison, from 1.
    pub number: usize,
    pub source: String,
    pub title: Option<String>,
    pub employer: Option<String>,
    /// The ESCO occupation, as the record gives it.
    pub occupation: Option<Occupation>,
    pub location: Option<String>,
    pub work_mode: Option<String>,
    pub salary: Salary,
    /// The pay as a yearly figure, rounded to a whole number, in the advert's currency.
    pub yearly: Option<Yearly>,
    pub contract: Contract,
    pub closing: Option<String>,
    pub experience_years: Option<u32>,
    pub education_level: Option<String>,
    pub certifications: Vec<String>,
    /// The skills it asks for (essential or desirable), essential first.
    pub skills: Vec<Asked>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Yearly {
    #[serde(serialize_with = "whole")]
    pub min: Option<f64>,
    #[serde(serialize_with = "whole")]
    pub max: Option<f64>,
    pub currency: Option<String>,
}

/// Yearly figures are rounded, so they are written as integers.
fn whole<S: serde::Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => s.serialize_i64(v.round() as i64),
        None => s.serialize_none(),
    }
}

impl Yearly {
    /// The highest figure: the top of the range, or its only end.
    pub fn top(&self) -> f64 {
        self.max.or(self.min).unwrap_or(0.0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct SkillRef {
    pub id: String,
    pub name: String,
}

/// A skill an advert asks for, and how strongly.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Asked {
    pub id: String,
    pub name: String,
    /// `essential` or `desirable`.
    pub level: SkillLevel,
}

impl Asked {
    fn to_ref(&self) -> SkillRef {
        SkillRef {
            id: self.id.clone(),
            name: self.name.clone(),
        }
    }
}

/// Skills the adverts ask for, compared.
#[derive(Debug, Serialize)]
pub struct Overlap {
    /// Asked for by every advert.
    pub shared: Vec<SkillRef>,
    /// Asked for by more than one advert but not all (only with three or more).
    pub some: Vec<SharedBySome>,
    /// For each advert, in order, the skills no other advert asks for.
    pub only: Vec<Vec<SkillRef>>,
}

#[derive(Debug, Serialize)]
pub struct SharedBySome {
    pub skill: SkillRef,
    /// The numbers of the adverts that ask for it.
    pub adverts: Vec<usize>,
}

/// How alike two adverts' skills are: Jaccard similarity over skill ids,
/// |A ∩ B| / |A ∪ B|, or `null` when neither asks for any skill.
#[derive(Debug, Serialize)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub shared: usize,
    pub union: usize,
    pub jaccard: Option<f64>,
}

pub(super) fn file_name(source: &str) -> String {
    Path::new(source)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| source.to_string())
}

fn yearly(s: &Salary, a: &Assumptions) -> Option<Yearly> {
    if s.min.is_none() && s.max.is_none() {
        return None;
    }
    let factor = a.per_year(s.period.unwrap_or(Period::Year));
    let scale = |v: f64| (v * factor).round();
    Some(Yearly {
        min: s.min.map(scale),
        max: s.max.map(scale),
        currency: s.currency.clone(),
    })
}

/// The skills a posting asks for, essential first, then in order of first mention.
fn asked_for(p: &Posting) -> Vec<Asked> {
    let mut skills: Vec<_> = p
        .skills
        .iter()
        .filter(|s| s.level != SkillLevel::Mentioned)
        .collect();
    skills.sort_by_key(|s| s.level);
    skills
        .into_iter()
        .map(|s| Asked {
            id: s.id.clone(),
            name: s.name.clone(),
            level: s.level,
        })
        .collect()
}

impl Comparison {
    pub fn build(postings: &[Posting], assumptions: Assumptions) -> Comparison {
        let adverts: Vec<Column> = postings
            .iter()
            .enumerate()
            .map(|(i, p)| Column {
                number: i + 1,
                source: p.source.clone(),
                title: p.title.clone(),
                employer: p.employer.clone(),
                occupation: p.occupation.clone(),
                location: p.location.clone(),
                work_mode: p.work_mode.map(|m| enum_name(&m)),
                salary: p.salary.clone(),
                yearly: yearly(&p.salary, &assumptions),
                contract: p.contract.clone(),
                closing: p.dates.closing.clone(),
                experience_years: p.experience_years,
                education_level: p.education_level.map(|e| enum_name(&e)),
                certifications: p.certifications.clone(),
                skills: asked_for(p),
            })
            .collect();
        let currencies: BTreeSet<Option<String>> = adverts
            .iter()
            .filter_map(|c| c.yearly.as_ref().map(|y| y.currency.clone()))
            .collect();

        let sets: Vec<BTreeSet<&str>> = adverts
            .iter()
            .map(|c| c.skills.iter().map(|s| s.id.as_str()).collect())
            .collect();
        // Each skill id, the first name seen for it, and which adverts ask for it.
        let mut askers: BTreeMap<&str, (&Asked, Vec<usize>)> = BTreeMap::new();
        for c in &adverts {
            for s in &c.skills {
                askers
                    .entry(&s.id)
                    .or_insert((s, Vec::new()))
                    .1
                    .push(c.number);
            }
        }
        let n = adverts.len();
        let mut shared = Vec::new();
        let mut some = Vec::new();
        let mut only = vec![Vec::new(); n];
        for (skill, numbers) in askers.values() {
            match numbers.len() {
                k if k == n => shared.push(skill.to_ref()),
                1 => only[numbers[0] - 1].push(skill.to_ref()),
                _ => some.push(SharedBySome {
                    skill: skill.to_ref(),
                    adverts: numbers.clone(),
                }),
            }
        }
        // Lists follow the first advert's order where they can: essential first.
        let rank = |s: &SkillRef| {
            adverts
                .iter()
                .find_map(|c| c.skills.iter().position(|x| x.id == s.id))
                .unwrap_or(usize::MAX)
        };
        shared.sort_by_key(|s| (rank(s), s.name.to_lowercase()));
        some.sort_by_key(|s| {
            (
                std::cmp::Reverse(s.adverts.len()),
                s.adverts.clone(),
                rank(&s.skill),
            )
        });
        for (i, list) in only.iter_mut().enumerate() {
            let order = &adverts[i].skills;
            list.sort_by_key(|s| order.iter().position(|x| x.id == s.id));
        }

        let mut similarity = Vec::new();
        for a in 0..n {
            for b in a + 1..n {
                let common = sets[a].intersection(&sets[b]).count();
                let union = sets[a].union(&sets[b]).count();
                similarity.push(Pair {
                    a: a + 1,
                    b: b + 1,
                    shared: common,
                    union,
                    jaccard: (union > 0)
                        .then(|| (common as f64 / union as f64 * 1000.0).round() / 1000.0),
                });
            }
        }
        Comparison {
            adverts,
            assumptions,
            currencies: currencies.into_iter().collect(),
            skills: Overlap { shared, some, only },
            similarity,
        }
    }

    /// Whether the pay figures are in more than one currency (or some state none).
    pub fn mixed_currencies(&self) -> bool {
        self.currencies.len() > 1
    }

    /// The adverts with a pay figure, highest first (by the top of the range),
    /// keeping the given order among equals.
    pub fn by_pay(&self) -> Vec<&Column> {
        let mut paid: Vec<&Column> = self.adverts.iter().filter(|c| c.yearly.is_some()).collect();
        paid.sort_by(|a, b| {
            let top = |c: &Column| c.yearly.as_ref().map(Yearly::top).unwrap_or(0.0);
            top(b).total_cmp(&top(a))
        });
        paid
    }
}

fn or_dash(value: Option<String>) -> String {
    value.unwrap_or_else(|| "—".to_string())
}

fn contract_text(c: &Contract) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(k) = c.kind {
        parts.push(enum_name(&k).replace('_', " "));
    }
    if let Some(m) = c.duration_months {
        parts.push(format!("{m} months"));
    }
    if let Some(h) = c.hours {
        parts.push(enum_name(&h).replace('_', " "));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// "76,050 – 95,063", "from 131,000", "up to 120,000"; with `[EUR]` after it
/// when the adverts' currencies differ.
pub(super) fn yearly_text(y: &Yearly, mark: bool) -> String {
    let f = |v: f64| format_amount(v);
    let range = match (y.min, y.max) {
        (Some(a), Some(b)) if a == b => f(a),
        (Some(a), Some(b)) => format!("{} – {}", f(a), f(b)),
        (Some(a), None) => format!("from {}", f(a)),
        (None, Some(b)) => format!("up to {}", f(b)),
        (None, None) => String::new(),
    };
    if mark {
        format!("{range} [{}]", y.currency.as_deref().unwrap_or("?"))
    } else {
        range
    }
}

/// The rows of the table: a label and one value per advert.
pub(super) fn rows(c: &Comparison) -> Vec<(&'static str, Vec<String>)> {
    let mark = c.mixed_currencies();
    let field = |f: &dyn Fn(&Column) -> Option<String>| -> Vec<String> {
        c.adverts.iter().map(|a| or_dash(f(a))).collect()
    };
    let list = |items: &[String]| (!items.is_empty()).then(|| items.join("\n"));
    vec![
        ("Employer", field(&|a| a.employer.clone())),
        (
            "Occupation",
            field(&|a| a.occupation.as_ref().map(occupation_text)),
        ),
        ("Location", field(&|a| a.location.clone())),
        ("Work mode", field(&|a| a.work_mode.clone())),
        (
            "Salary",
            field(&|a| {
                let mut s = describe_salary(&a.salary)?;
                if let Some(band) = &a.salary.band {
                    s.push_str(&format!("\n{band}"));
                }
                Some(s)
            }),
        ),
        (
            "Yearly",
            field(&|a| a.yearly.as_ref().map(|y| yearly_text(y, mark))),
        ),
        ("Contract", field(&|a| contract_text(&a.contract))),
        ("Closing", field(&|a| a.closing.clone())),
        (
            "Experience",
            field(&|a| {
                a.experience_years
                    .map(|y| format!("{y} year{}", if y == 1 { "" } else { "s" }))
            }),
        ),
        ("Education", field(&|a| a.education_level.clone())),
        ("Certifications", field(&|a| list(&a.certifications))),
        (
            "Skills",
            field(&|a| {
                let essential = a
                    .skills
                    .iter()
                    .filter(|s| s.level == SkillLevel::Essential)
                    .count();
                let desirable = a.skills.len() - essential;
                (!a.skills.is_empty()).then(|| {
                    format!(
                        "{} ({essential} essential, {desirable} desirable)",
                        a.skills.len()
                    )
                })
            }),
        ),
    ]
}

fn heading(a: &Column) -> String {
    let title = a.title.as_deref().unwrap_or("(no title)");
    format!("{}. {title}\n{}", a.number, file_name(&a.source))
}

fn new_table(width: u16) -> Table {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
    table
}

/// The width of the Field column, borders included, and the least an advert's column needs.
const FIELD_WIDTH: usize = 18;
const MIN_COLUMN: usize = 24;

/// The width to draw to: the given width, else the terminal's, else 80.
pub fn resolve_width(width: Option<u16>) -> u16 {
    width.or_else(|| Table::new().width()).unwrap_or(80).max(40)
}

/// Writes the comparison for reading: the table, the yearly-pay assumptions,
/// the salary bars and the skills.
pub fn write_table(
    out: &mut dyn Write,
    c: &Comparison,
    transpose: bool,
    width: u16,
    paint: Paint,
) -> io::Result<()> {
    let rows = rows(c);
    if transpose {
        let mut table = new_table(width);
        paint.prepare(&mut table);
        let mut header = vec![paint.header("Advert")];
        header.extend(rows.iter().map(|(label, _)| paint.header(*label)));
        table.set_header(header);
        for (i, a) in c.adverts.iter().enumerate() {
            let mut row = vec![paint.label(heading(a))];
            row.extend(rows.iter().map(|(_, values)| paint.value(&values[i])));
            table.add_row(row);
        }
        writeln!(out, "{table}")?;
    } else {
        // More adverts than fit side by side go on in further tables of the same rows.
        let per_table = (usize::from(width).saturating_sub(FIELD_WIDTH) / MIN_COLUMN).max(1);
        let numbers: Vec<usize> = (0..c.adverts.len()).collect();
        for (k, group) in numbers.chunks(per_table).enumerate() {
            let mut table = new_table(width);
            paint.prepare(&mut table);
            let mut header = vec![paint.header("Field")];
            header.extend(group.iter().map(|&i| paint.header(heading(&c.adverts[i]))));
            table.set_header(header);
            for (label, values) in &rows {
                let mut row = vec![paint.label(*label)];
                row.extend(group.iter().map(|&i| paint.value(&values[i])));
                table.add_row(row);
            }
            if k > 0 {
                writeln!(out)?;
            }
            writeln!(out, "{table}")?;
        }
    }
    for line in assumption_lines(c) {
        write_wrapped(out, &line, "", width)?;
    }
    writeln!(out)?;
    write_bars(out, c, width, paint)?;
    writeln!(out)?;
    write_skills(out, c, width, paint)
}

/// What the Yearly row assumes, and a warning when currencies differ.
pub(super) fn assumption_lines(c: &Comparison) -> Vec<String> {
    let a = &c.assumptions;
    let num = |v: f64| {
        if v.fract() == 0.0 {
            format!("{v:.0}")
        } else {
            format!("{v}")
        }
    };
    let mut lines = vec![format!(
        "Yearly figures assume hourly pay × {h} hours a week × {w} weeks, \
         day rates × {d} days a week × {w} weeks, weekly pay × {w} and monthly pay × 12 \
         (set with --hours-per-week, --days-per-week and --weeks-per-year).",
        w = num(a.weeks_per_year),
        d = num(a.days_per_week),
        h = num(a.hours_per_week),
    )];
    if c.mixed_currencies() {
        let names: Vec<&str> = c
            .currencies
            .iter()
            .map(|x| x.as_deref().unwrap_or("not stated"))
            .collect();
        lines.push(format!(
            "Currencies differ ({}): each figure is marked with its currency and none is converted.",
            names.join(", ")
        ));
    }
    lines
}

/// Writes `text` wrapped at word boundaries to `width`, later lines indented by `indent`.
fn write_wrapped(out: &mut dyn Write, text: &str, indent: &str, width: u16) -> io::Result<()> {
    let width = usize::from(width).max(indent.chars().count() + 20);
    let mut line = String::new();
    let mut line_len = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if line_len > 0 && line_len + 1 + len > width {
            writeln!(out, "{line}")?;
            line = indent.to_string();
            line_len = indent.chars().count();
        } else if line_len > 0 {
            line.push(' ');
            line_len += 1;
        }
        line.push_str(word);
        line_len += len;
    }
    if line_len > 0 {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// Horizontal bars of the yearly pay on one scale from 0 to the highest figure,
/// highest first: `░` up to the bottom of the range, `█` across it, and `▶` after
/// a figure with no upper end.
fn write_bars(out: &mut dyn Write, c: &Comparison, width: u16, paint: Paint) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        paint.ansi("1", "Yearly pay, highest first (one scale from 0):")
    )?;
    let paid = c.by_pay();
    let mark = c.mixed_currencies();
    let scale = paid
        .iter()
        .filter_map(|a| a.yearly.as_ref().map(Yearly::top))
        .fold(0.0_f64, f64::max);
    let labels: Vec<String> = paid
        .iter()
        .map(|a| {
            let title = a.title.clone().unwrap_or_else(|| file_name(&a.source));
            clip(&format!("{}. {title}", a.number), 32)
        })
        .collect();
    let figures: Vec<String> = paid
        .iter()
        .map(|a| {
            a.yearly
                .as_ref()
                .map(|y| yearly_text(y, mark))
                .unwrap_or_default()
        })
        .collect();
    let label_w = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let figure_w = figures.iter().map(|f| f.chars().count()).max().unwrap_or(0);
    let track = usize::from(width)
        .saturating_sub(label_w + figure_w + 6)
        .clamp(10, 60);
    let at = |v: f64| -> usize {
        if scale <= 0.0 {
            0
        } else {
            ((v / scale) * track as f64).round() as usize
        }
    };
    for ((a, label), figure) in paid.iter().zip(&labels).zip(&figures) {
        let Some(y) = &a.yearly else { continue };
        let bar = match (y.min, y.max) {
            (Some(lo), Some(hi)) => {
                let start = at(lo).min(track.saturating_sub(1));
                let end = at(hi).max(start + 1);
                format!("{}{}", "░".repeat(start), "█".repeat(end - start))
            }
            (Some(lo), None) => {
                let start = at(lo).saturating_sub(1);
                format!("{}█▶", "░".repeat(start))
            }
            (None, Some(hi)) => "░".repeat(at(hi).max(1)),
            (None, None) => String::new(),
        };
        let pad = track + 1 - bar.chars().count().min(track + 1);
        let bar = if paint.on {
            let start = bar.chars().take_while(|&ch| ch == '░').count();
            let (track_part, band): (String, String) = (
                bar.chars().take(start).collect(),
                bar.chars().skip(start).collect(),
            );
            format!(
                "{}{}",
                paint.ansi("90", &track_part),
                paint.ansi("36", &band)
            )
        } else {
            bar
        };
        writeln!(
            out,
            "  {label:<label_w$} │{bar}{} {figure}",
            " ".repeat(pad)
        )?;
    }
    let unpaid: Vec<String> = c
        .adverts
        .iter()
        .filter(|a| a.yearly.is_none())
        .map(|a| a.number.to_string())
        .collect();
    if paid.is_empty() {
        writeln!(out, "  no advert gives a pay figure")?;
    } else if !unpaid.is_empty() {
        writeln!(out, "  no pay figure: {}", unpaid.join(", "))?;
    }
    Ok(())
}

fn names(skills: &[SkillRef]) -> String {
    if skills.is_empty() {
        return "none".to_string();
    }
    skills
        .iter()
        .map(|s| s.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn write_skills(out: &mut dyn Write, c: &Comparison, width: u16, paint: Paint) -> io::Result<()> {
    let n = c.adverts.len();
    let all = if n == 2 {
        "both".to_string()
    } else {
        format!("all {n}")
    };
    write_wrapped(
        out,
        &format!("Skills asked for by {all}: {}", names(&c.skills.shared)),
        "  ",
        width,
    )?;
    if !c.skills.some.is_empty() {
        let some: Vec<String> = c
            .skills
            .some
            .iter()
            .map(|s| {
                let nums: Vec<String> = s.adverts.iter().map(|n| n.to_string()).collect();
                format!("{} ({})", s.skill.name, nums.join(", "))
            })
            .collect();
        write_wrapped(
            out,
            &format!("Asked for by some (advert numbers): {}", some.join("; ")),
            "  ",
            width,
        )?;
    }
    for (a, only) in c.adverts.iter().zip(&c.skills.only) {
        write_wrapped(
            out,
            &format!("Asked for only by {}: {}", a.number, names(only)),
            "  ",
            width,
        )?;
    }
    writeln!(
        out,
        "{}",
        paint.ansi(
            "1",
            "Similarity of skills asked for (Jaccard over skill ids):"
        )
    )?;
    for p in &c.similarity {
        let score = p
            .jaccard
            .map(|j| format!("{j:.2}"))
            .unwrap_or_else(|| "—".to_string());
        writeln!(
            out,
            "  {} and {}: {score} ({} shared of {})",
            p.a, p.b, p.shared, p.union
        )?;
    }
    Ok(())
}

/// The comparison as pretty-printed JSON.
pub fn write_json(out: &mut dyn Write, c: &Comparison) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, c)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::SkillMention;

    fn posting(
        source: &str,
        min: f64,
        max: Option<f64>,
        period: Period,
        skills: &[&str],
    ) -> Posting {
        let mut p = Posting {
            source: source.into(),
            title: Some(format!("Job {source}")),
            ..Posting::default()
        };
        p.salary.min = Some(min);
        p.salary.max = max;
        p.salary.period = Some(period);
        p.salary.currency = Some("GBP".into());
        p.skills = skills
            .iter()
            .map(|id| SkillMention {
                id: id.to_string(),
                name: id.to_uppercase(),
                category: "x".into(),
                level: SkillLevel::Essential,
                lines: vec![1],
            })
            .collect();
        p
    }

    #[test]
    fn pay_becomes_yearly_with_the_assumptions() {
        let a = Assumptions::default();
        let p = [
            posting("a", 20.0, Some(30.0), Period::Hour, &[]),
            posting("b", 500.0, None, Period::Day, &[]),
            posting("c", 3000.0, Some(3000.0), Period::Month, &[]),
        ];
        let c = Comparison::build(&p, a);
        let y = |i: usize| c.adverts[i].yearly.clone().unwrap();
        assert_eq!((y(0).min, y(0).max), (Some(39000.0), Some(58500.0)));
        assert_eq!((y(1).min, y(1).max), (Some(130000.0), None));
        assert_eq!(y(2).min, Some(36000.0));
        let forty = Assumptions {
            hours_per_week: 40.0,
            ..a
        };
        let c = Comparison::build(&p, forty);
        assert_eq!(c.adverts[0].yearly.as_ref().unwrap().min, Some(41600.0));
        // Highest first, by the top of each range.
        let order: Vec<usize> = c.by_pay().iter().map(|a| a.number).collect();
        assert_eq!(order, [2, 1, 3]);
    }

    #[test]
    fn skills_shared_only_and_jaccard() {
        let p = [
            posting("a", 1.0, None, Period::Year, &["sql", "python", "go"]),
            posting("b", 1.0, None, Period::Year, &["sql", "python", "rust"]),
            posting("c", 1.0, None, Period::Year, &["sql", "excel"]),
        ];
        let c = Comparison::build(&p, Assumptions::default());
        let ids = |v: &[SkillRef]| v.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&c.skills.shared), ["sql"]);
        assert_eq!(c.skills.some.len(), 1);
        assert_eq!(c.skills.some[0].skill.id, "python");
        assert_eq!(c.skills.some[0].adverts, [1, 2]);
        assert_eq!(ids(&c.skills.only[0]), ["go"]);
        assert_eq!(ids(&c.skills.only[2]), ["excel"]);
        let ab = &c.similarity[0];
        assert_eq!((ab.a, ab.b, ab.shared, ab.union), (1, 2, 2, 4));
        assert_eq!(ab.jaccard, Some(0.5));
        assert_eq!(c.similarity.len(), 3);
    }

    #[test]
    fn different_currencies_are_marked_not_converted() {
        let mut p = [
            posting("a", 50000.0, None, Period::Year, &[]),
            posting("b", 60000.0, None, Period::Year, &[]),
        ];
        p[1].salary.currency = Some("EUR".into());
        let c = Comparison::build(&p, Assumptions::default());
        assert!(c.mixed_currencies());
        assert_eq!(c.adverts[1].yearly.as_ref().unwrap().min, Some(60000.0));
        let mut out = Vec::new();
        write_table(&mut out, &c, false, 100, Paint::PLAIN).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("from 60,000 [EUR]"), "{text}");
        assert!(text.contains("Currencies differ (EUR, GBP)"), "{text}");
    }

    #[test]
    fn output_fits_the_width() {
        let p = [
            posting("a", 20.0, Some(30.0), Period::Hour, &["sql"]),
            posting("b", 50000.0, Some(60000.0), Period::Year, &["sql"]),
        ];
        let c = Comparison::build(&p, Assumptions::default());
        for transpose in [false, true] {
            let mut out = Vec::new();
            write_table(&mut out, &c, transpose, 60, Paint::PLAIN).unwrap();
            let text = String::from_utf8(out).unwrap();
            assert!(text.lines().all(|l| l.chars().count() <= 60), "{text}");
        }
    }
}
