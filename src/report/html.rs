//! `compare --format html`: the comparison as one self-contained page for
//! someone who will never open a terminal. Everything is inline (the styles,
//! the chart as SVG), nothing is fetched, and every value taken from an advert
//! is escaped. The page draws the same [`Comparison`] the table and JSON show.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::compare::{Asked, yearly_text};
use super::compare::{Column, Comparison, SkillRef, Yearly, assumption_lines, file_name, rows};
use super::table::format_amount;
use crate::extract::SkillLevel;

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escaped, with line breaks kept as `<br>`.
fn escape_lines(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("<br>")
}

const STYLE: &str = r#"
:root { --ink: #1d2433; --muted: #5b6475; --line: #d8dde6; --band: #2f6db5;
        --track: #e4e9f1; --essential: #1f6f43; --desirable: #8a5a00; --paper: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f6f9; color: var(--ink);
       font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 24px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 0 0 12px; }
.lede { color: var(--muted); margin: 0 0 24px; }
section { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
          padding: 20px 22px; margin: 0 0 22px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--ink); }
tbody th { color: var(--muted); font-weight: 600; white-space: nowrap; width: 1%; }
.advert-title { display: block; font-size: 16px; }
.source { display: block; color: var(--muted); font-weight: normal; font-size: 12px; word-break: break-all; }
.num { display: inline-block; min-width: 1.6em; padding: 0 5px; margin-right: 4px; border-radius: 4px;
       background: var(--ink); color: #fff; text-align: center; font-size: 12px; font-weight: 700; }
.note { color: var(--muted); font-size: 13px; margin: 10px 0 0; }
.warn { color: #8a1c1c; font-size: 13px; margin: 10px 0 0; font-weight: 600; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
svg .tick { fill: var(--muted); font-size: 11px; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .track { fill: var(--track); }
svg .band { fill: var(--band); }
.legend { display: flex; flex-wrap: wrap; gap: 18px; color: var(--muted); font-size: 13px; margin: 8px 0 0; }
.swatch { display: inline-block; width: 14px; height: 10px; margin-right: 6px; vertical-align: middle; }
.matrix td { text-align: center; }
.matrix td.skill { text-align: left; }
.level-essential { color: var(--essential); font-weight: 700; }
.level-desirable { color: var(--desirable); }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0 14px; padding: 0; list-style: none; }
.chips li { border: 1px solid var(--line); border-radius: 12px; padding: 1px 10px; font-size: 13px; }
.chips li.desirable { border-style: dashed; color: var(--muted); }
.none { color: var(--muted); }
footer { color: var(--muted); font-size: 12px; text-align: center; }
@media print { body { background: #fff; } section { break-inside: avoid; border: none; padding: 0; } }
"#;

/// Writes the comparison as a complete HTML page.
pub fn write(out: &mut dyn Write, c: &Comparison, version: &str) -> io::Result<()> {
    let mut page = String::new();
    let n = c.adverts.len();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"vacancy {}\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape(version),
        escape(&page_title(c)),
    );
    let _ = write!(
        page,
        "<h1>{n} job adverts compared</h1>\n<p class=\"lede\">{}</p>\n",
        c.adverts
            .iter()
            .map(|a| format!(
                "<span class=\"num\">{}</span>{}",
                a.number,
                escape(&title_of(a))
            ))
            .collect::<Vec<_>>()
            .join(" &nbsp; ")
    );
    write_table(&mut page, c);
    write_chart(&mut page, c);
    write_skills(&mut page, c);
    let _ = write!(
        page,
        "<footer>Made with vacancy {}. Every value was read from the adverts themselves; \
         a dash means the advert does not say.</footer>\n</main>\n</body>\n</html>\n",
        escape(version)
    );
    out.write_all(page.as_bytes())
}

fn title_of(a: &Column) -> String {
    a.title.clone().unwrap_or_else(|| file_name(&a.source))
}

fn page_title(c: &Comparison) -> String {
    let titles: Vec<String> = c.adverts.iter().map(title_of).collect();
    let joined = titles.join(" · ");
    if joined.chars().count() > 90 {
        format!("{} job adverts compared", c.adverts.len())
    } else {
        format!("Compared: {joined}")
    }
}

fn advert_heading(a: &Column) -> String {
    format!(
        "<span class=\"advert-title\"><span class=\"num\">{}</span>{}</span>\
         <span class=\"source\">{}</span>",
        a.number,
        escape(a.title.as_deref().unwrap_or("(no title)")),
        escape(&file_name(&a.source))
    )
}

fn write_table(page: &mut String, c: &Comparison) {
    page.push_str("<section id=\"table\">\n<h2>Side by side</h2>\n<div class=\"scroll\">\n<table>\n<thead><tr><th>Field</th>");
    for a in &c.adverts {
        let _ = write!(page, "<th scope=\"col\">{}</th>", advert_heading(a));
    }
    page.push_str("</tr></thead>\n<tbody>\n");
    for (label, values) in rows(c) {
        let _ = write!(page, "<tr><th scope=\"row\">{}</th>", escape(label));
        for value in values {
            let _ = write!(page, "<td>{}</td>", escape_lines(&value));
        }
        page.push_str("</tr>\n");
    }
    page.push_str("</tbody>\n</table>\n</div>\n");
    for line in assumption_lines(c) {
        let class = if line.starts_with("Currencies differ") {
            "warn"
        } else {
            "note"
        };
        let _ = writeln!(page, "<p class=\"{class}\">{}</p>", escape(&line));
    }
    page.push_str("</section>\n");
}

/// A round number at or above `top` for the end of the scale, and the step between ticks.
fn nice_scale(top: f64) -> (f64, f64) {
    if top <= 0.0 {
        return (1.0, 1.0);
    }
    let rough = top / 5.0;
    let magnitude = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| s * 5.0 >= top)
        .unwrap_or(10.0 * magnitude);
    ((top / step).ceil() * step, step)
}

/// "131k", "55k", "1.2m", "900" for the axis.
fn short_amount(v: f64) -> String {
    if v >= 1_000_000.0 {
        let m = v / 1_000_000.0;
        if m.fract() == 0.0 {
            format!("{m:.0}m")
        } else {
            format!("{m:.1}m")
        }
    } else if v >= 1000.0 {
        let k = v / 1000.0;
        if k.fract() == 0.0 {
            format!("{k:.0}k")
        } else {
            format!("{k:.1}k")
        }
    } else {
        format_amount(v)
    }
}

/// The yearly pay of every advert with a figure, highest first, as horizontal
/// bars on one scale from 0: a light track up to the bottom of the range, a dark
/// band across it, and an arrow after a figure with no upper end.
fn write_chart(page: &mut String, c: &Comparison) {
    page.push_str("<section id=\"pay\">\n<h2>Yearly pay, highest first</h2>\n");
    let paid = c.by_pay();
    if paid.is_empty() {
        page.push_str("<p class=\"none\">No advert gives a pay figure.</p>\n</section>\n");
        return;
    }
    let mark = c.mixed_currencies();
    let top = paid
        .iter()
        .filter_map(|a| a.yearly.as_ref().map(Yearly::top))
        .fold(0.0_f64, f64::max);
    let (scale, step) = nice_scale(top);
    let (width, left, right, row, head) = (1080.0, 300.0, 170.0, 40.0, 28.0);
    let track = width - left - right;
    let height = head + row * paid.len() as f64 + 10.0;
    let x = |v: f64| left + (v / scale).clamp(0.0, 1.0) * track;
    let _ = write!(
        page,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"chart-title\">\n\
         <title id=\"chart-title\">Yearly pay of each advert, highest first, on one scale from 0</title>\n"
    );
    let mut v = 0.0;
    while v <= scale + step / 2.0 {
        let gx = x(v);
        let _ = writeln!(
            page,
            "<line class=\"grid\" x1=\"{gx:.1}\" y1=\"{:.1}\" x2=\"{gx:.1}\" y2=\"{:.1}\"/>\
             <text class=\"tick\" x=\"{gx:.1}\" y=\"14\" text-anchor=\"middle\">{}</text>",
            head - 6.0,
            height - 6.0,
            short_amount(v)
        );
        v += step;
    }
    for (i, a) in paid.iter().enumerate() {
        let Some(y) = &a.yearly else { continue };
        let mid = head + row * i as f64 + row / 2.0;
        let (bar_y, bar_h) = (mid - 9.0, 18.0);
        let label: String = {
            let full = format!("{}. {}", a.number, title_of(a));
            if full.chars().count() > 38 {
                let mut s: String = full.chars().take(37).collect();
                s.push('…');
                s
            } else {
                full
            }
        };
        let _ = write!(
            page,
            "<g class=\"bar\"><title>{}</title>\n<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>\n",
            escape(&format!("{}: {}", title_of(a), yearly_text(y, true))),
            left - 12.0,
            mid + 4.5,
            escape(&label)
        );
        let end = match (y.min, y.max) {
            (Some(lo), Some(hi)) => {
                let (x0, x1) = (x(lo), x(hi).max(x(lo) + 4.0));
                let _ = writeln!(
                    page,
                    "<rect class=\"track\" x=\"{left:.1}\" y=\"{bar_y:.1}\" width=\"{:.1}\" height=\"{bar_h}\"/>\
                     <rect class=\"band\" x=\"{x0:.1}\" y=\"{bar_y:.1}\" width=\"{:.1}\" height=\"{bar_h}\" rx=\"2\"/>",
                    x0 - left,
                    x1 - x0
                );
                x1
            }
            (Some(lo), None) => {
                let x0 = x(lo);
                let _ = writeln!(
                    page,
                    "<rect class=\"track\" x=\"{left:.1}\" y=\"{bar_y:.1}\" width=\"{:.1}\" height=\"{bar_h}\"/>\
                     <rect class=\"band\" x=\"{:.1}\" y=\"{bar_y:.1}\" width=\"6\" height=\"{bar_h}\"/>\
                     <path class=\"band\" d=\"M{:.1} {:.1} l14 9 l-14 9 z\"/>",
                    x0 - left,
                    x0 - 3.0,
                    x0 + 5.0,
                    bar_y
                );
                x0 + 20.0
            }
            (None, Some(hi)) => {
                let x1 = x(hi);
                let _ = writeln!(
                    page,
                    "<rect class=\"track\" x=\"{left:.1}\" y=\"{bar_y:.1}\" width=\"{:.1}\" height=\"{bar_h}\"/>\
                     <rect class=\"band\" x=\"{:.1}\" y=\"{bar_y:.1}\" width=\"4\" height=\"{bar_h}\"/>",
                    x1 - left,
                    x1 - 4.0
                );
                x1
            }
            (None, None) => left,
        };
        let _ = writeln!(
            page,
            "<text x=\"{:.1}\" y=\"{:.1}\">{}</text></g>",
            end + 8.0,
            mid + 4.5,
            escape(&yearly_text(y, mark))
        );
    }
    page.push_str("</svg>\n");
    page.push_str(
        "<div class=\"legend\"><span><span class=\"swatch\" style=\"background:#2f6db5\"></span>the advertised range \
         (an arrow: no upper figure given)</span>\
         <span><span class=\"swatch\" style=\"background:#e4e9f1\"></span>from 0 to the bottom of the range</span></div>\n",
    );
    let unpaid: Vec<String> = c
        .adverts
        .iter()
        .filter(|a| a.yearly.is_none())
        .map(|a| escape(&format!("{}. {}", a.number, title_of(a))))
        .collect();
    if !unpaid.is_empty() {
        let _ = writeln!(
            page,
            "<p class=\"note\">No pay figure: {}.</p>",
            unpaid.join("; ")
        );
    }
    if mark {
        page.push_str(
            "<p class=\"warn\">The adverts pay in different currencies: each figure is marked \
             with its own, and none is converted, so the bars compare numbers, not money.</p>\n",
        );
    }
    page.push_str("</section>\n");
}

fn level_of<'a>(a: &'a Column, id: &str) -> Option<&'a Asked> {
    a.skills.iter().find(|s| s.id == id)
}

fn level_cell(asked: Option<&Asked>) -> String {
    match asked.map(|s| s.level) {
        Some(SkillLevel::Essential) => {
            "<td class=\"level-essential\" title=\"essential\">● essential</td>".to_string()
        }
        Some(SkillLevel::Desirable) => {
            "<td class=\"level-desirable\" title=\"desirable\">○ desirable</td>".to_string()
        }
        _ => "<td class=\"none\">—</td>".to_string(),
    }
}

/// Skills asked for by more than one advert as a grid of advert by level, then
/// each advert's own skills, then how alike each pair is.
fn write_skills(page: &mut String, c: &Comparison) {
    page.push_str("<section id=\"skills\">\n<h2>Skills</h2>\n");
    let in_common: Vec<&SkillRef> = c
        .skills
        .shared
        .iter()
        .chain(c.skills.some.iter().map(|s| &s.skill))
        .collect();
    let all = if c.adverts.len() == 2 {
        "both adverts".to_string()
    } else {
        format!("all {} adverts", c.adverts.len())
    };
    let (shared, some) = (c.skills.shared.len(), c.skills.some.len());
    let _ = writeln!(
        page,
        "<p>Asked for by {all}: {}. Asked for by more than one advert but not all: {}.</p>",
        count(shared, "skill", "skills").to_lowercase(),
        count(some, "skill", "skills").to_lowercase(),
    );
    if !in_common.is_empty() {
        page.push_str(
            "<div class=\"scroll\">\n<table class=\"matrix\">\n<thead><tr><th>Skill in common</th>",
        );
        for a in &c.adverts {
            let _ = write!(
                page,
                "<th scope=\"col\"><span class=\"num\">{}</span>{}</th>",
                a.number,
                escape(&title_of(a))
            );
        }
        page.push_str("</tr></thead>\n<tbody>\n");
        for skill in in_common {
            let _ = write!(page, "<tr><td class=\"skill\">{}</td>", escape(&skill.name));
            for a in &c.adverts {
                page.push_str(&level_cell(level_of(a, &skill.id)));
            }
            page.push_str("</tr>\n");
        }
        page.push_str("</tbody>\n</table>\n</div>\n");
    }
    page.push_str("<h3>Asked for by one advert only</h3>\n");
    for (a, only) in c.adverts.iter().zip(&c.skills.only) {
        let _ = writeln!(
            page,
            "<p><span class=\"num\">{}</span>{}: {}</p>",
            a.number,
            escape(&title_of(a)),
            count(only.len(), "skill", "skills")
        );
        if only.is_empty() {
            continue;
        }
        page.push_str("<ul class=\"chips\">");
        for s in only {
            let desirable = level_of(a, &s.id).is_some_and(|x| x.level == SkillLevel::Desirable);
            let _ = write!(
                page,
                "<li{}>{}</li>",
                if desirable {
                    " class=\"desirable\" title=\"desirable\""
                } else {
                    " title=\"essential\""
                },
                escape(&s.name)
            );
        }
        page.push_str("</ul>\n");
    }
    page.push_str(
        "<p class=\"note\">A solid outline marks an essential skill, a dashed one a desirable skill.</p>\n",
    );
    page.push_str("<h3>How alike the skills asked for are</h3>\n<table>\n<thead><tr><th>Adverts</th><th>Skills in common</th><th>Similarity</th></tr></thead>\n<tbody>\n");
    for p in &c.similarity {
        let score = p
            .jaccard
            .map(|j| format!("{:.0}%", j * 100.0))
            .unwrap_or_else(|| "—".to_string());
        let _ = writeln!(
            page,
            "<tr><td><span class=\"num\">{}</span> and <span class=\"num\">{}</span></td>\
             <td>{} of {}</td><td>{score}</td></tr>",
            p.a, p.b, p.shared, p.union
        );
    }
    page.push_str("</tbody>\n</table>\n<p class=\"note\">Similarity is the skills both ask for as a share of the skills either asks for (Jaccard).</p>\n</section>\n");
}

fn count(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("No {many}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Period, Posting, SkillMention};
    use crate::report::compare::Assumptions;

    fn posting(title: &str, min: Option<f64>, max: Option<f64>, skills: &[&str]) -> Posting {
        let mut p = Posting {
            source: format!("{}.md", title.len()),
            title: Some(title.to_string()),
            ..Posting::default()
        };
        p.salary.min = min;
        p.salary.max = max;
        p.salary.period = Some(Period::Year);
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

    fn page(postings: &[Posting]) -> String {
        let c = Comparison::build(postings, Assumptions::default());
        let mut out = Vec::new();
        write(&mut out, &c, "0.0.0").unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn values_from_adverts_are_escaped() {
        let mut hostile = posting("<script>alert('x')</script> & \"Co\"", Some(1.0), None, &[]);
        hostile.employer = Some("<img src=x onerror=alert(1)>".into());
        hostile.skills = vec![SkillMention {
            id: "evil".into(),
            name: "<b>bold</b>".into(),
            category: "x".into(),
            level: SkillLevel::Essential,
            lines: vec![1],
        }];
        let html = page(&[hostile, posting("Plain", Some(2.0), Some(3.0), &[])]);
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<b>bold"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;")
        );
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(html.contains("&lt;b&gt;bold&lt;/b&gt;"));
    }

    #[test]
    fn the_page_stands_alone() {
        let html = page(&[
            posting("A", Some(30000.0), Some(40000.0), &["sql"]),
            posting("B", Some(50000.0), None, &["sql", "go"]),
        ]);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.trim_end().ends_with("</html>"));
        for fetch in [
            "<script", "<link", "<img", "@import", "url(", "src=", "href=",
        ] {
            assert!(!html.contains(fetch), "{fetch} in the page");
        }
        assert!(html.contains("<style>"));
        assert!(html.contains("<svg"));
    }

    #[test]
    fn chart_is_highest_first_on_one_scale() {
        let html = page(&[
            posting("Low", Some(20000.0), Some(25000.0), &[]),
            posting("High", Some(90000.0), Some(100000.0), &[]),
            posting("Middle", Some(50000.0), None, &[]),
            posting("Unpaid", None, None, &[]),
        ]);
        let svg = &html[html.find("<svg").unwrap()..html.find("</svg>").unwrap()];
        let at = |t: &str| svg.find(t).unwrap_or_else(|| panic!("{t} not in chart"));
        assert!(at("2. High") < at("3. Middle") && at("3. Middle") < at("1. Low"));
        assert!(!svg.contains("Unpaid"));
        assert!(html.contains("No pay figure: 4. Unpaid."));
        // One scale: 100,000 rounds up to an axis ending at 100k, with 0 at the start.
        assert!(
            svg.contains(">0</text>") && svg.contains(">100k</text>"),
            "{svg}"
        );
    }

    #[test]
    fn skills_in_common_and_alone() {
        let html = page(&[
            posting("A", None, None, &["sql", "go"]),
            posting("B", None, None, &["sql", "rust"]),
        ]);
        let grid = &html[html.find("class=\"matrix\"").unwrap()..];
        assert!(grid.contains("<td class=\"skill\">SQL</td>"));
        assert!(html.contains("<li title=\"essential\">GO</li>"));
        assert!(html.contains("<li title=\"essential\">RUST</li>"));
        assert!(html.contains("<td>1 of 3</td><td>33%</td>"), "{html}");
    }

    #[test]
    fn scale_ends_on_a_round_number() {
        assert_eq!(nice_scale(131000.0), (150000.0, 50000.0));
        assert_eq!(nice_scale(70000.0), (80000.0, 20000.0));
        assert_eq!(nice_scale(100000.0), (100000.0, 20000.0));
        assert_eq!(short_amount(150000.0), "150k");
        assert_eq!(short_amount(2_500_000.0), "2.5m");
    }
}
