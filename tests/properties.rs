//! Property tests for the salary and date parsers: whatever the input, they
//! give a sane value or nothing, and never panic; and figures and dates
//! written in the usual ways are read back as written.

use proptest::prelude::*;
use vacancy::extract::dates::{Date, find_dates};
use vacancy::extract::pay::{Pay, amounts, parse_all, parse_line, parse_number};

/// Lines made of the pieces pay lines are made of, in any order: more likely
/// to reach the parser's corners than arbitrary text.
fn pay_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("£".to_string()),
        Just("$".to_string()),
        Just("€".to_string()),
        Just("US$".to_string()),
        Just("GBP".to_string()),
        Just("EUR ".to_string()),
        Just("k".to_string()),
        Just("K".to_string()),
        Just("m".to_string()),
        "[0-9]{1,9}",
        "[0-9]{1,3}([,.' \u{a0}][0-9]{3}){1,4}",
        "[0-9]{1,6}[.,][0-9]{1,2}",
        Just(" - ".to_string()),
        Just("–".to_string()),
        Just(" to ".to_string()),
        Just("-".to_string()),
        Just("/".to_string()),
        Just(" per annum".to_string()),
        Just(" an hour".to_string()),
        Just("/hr".to_string()),
        Just(" a day".to_string()),
        Just(" pro rata".to_string()),
        Just("Band 5".to_string()),
        Just("Grade 7".to_string()),
        Just("up to ".to_string()),
        Just("from ".to_string()),
        Just("+".to_string()),
        Just(" bonus".to_string()),
        Just("Salary: ".to_string()),
        Just(" ".to_string()),
        Just("é".to_string()),
        Just("\u{202f}".to_string()),
        "\\PC{0,3}",
    ];
    prop::collection::vec(piece, 0..16).prop_map(|pieces| pieces.concat())
}

/// Text made of date-shaped pieces.
fn date_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,4}",
        Just("/".to_string()),
        Just("-".to_string()),
        Just(".".to_string()),
        Just(" ".to_string()),
        Just(", ".to_string()),
        Just("st".to_string()),
        Just("th".to_string()),
        Just(" of ".to_string()),
        Just("'".to_string()),
        Just("T".to_string()),
        "(Jan|February|Mar|April|May|June|Jul|August|Sep|Sept|October|Nov|December)\\.?",
        Just("Closing date: ".to_string()),
        "\\PC{0,3}",
    ];
    prop::collection::vec(piece, 0..16).prop_map(|pieces| pieces.concat())
}

fn check_pay(line: &str, pay: &Pay) {
    assert!(pay.min.is_some() || pay.max.is_some(), "{line:?}: {pay:?}");
    for v in [pay.min, pay.max].into_iter().flatten() {
        assert!(v.is_finite() && v >= 0.0, "{line:?}: {pay:?}");
    }
    if let (Some(lo), Some(hi)) = (pay.min, pay.max) {
        assert!(lo <= hi, "{line:?}: {pay:?}");
    }
    if let Some(c) = pay.currency {
        // An ISO 4217 code some country uses, whichever the advert meant.
        assert!(vacancy::places::is_currency(c), "{line:?}: {c}");
    }
    assert!(line.is_char_boundary(pay.start) && pay.start <= line.len());
    assert!(!pay.text.is_empty(), "{line:?}: {pay:?}");
}

fn check_amounts(line: &str) {
    let found = amounts(line);
    let mut last_end = 0;
    for a in &found {
        assert!(a.value.is_finite() && a.value >= 0.0, "{line:?}: {a:?}");
        assert!(a.start < a.end && a.end <= line.len(), "{line:?}: {a:?}");
        assert!(line.is_char_boundary(a.start) && line.is_char_boundary(a.end));
        assert!(a.start >= last_end, "{line:?}: amounts overlap or go back");
        last_end = a.end;
    }
}

fn check_pays(line: &str) {
    check_amounts(line);
    for labelled in [false, true] {
        let all = parse_all(line, labelled);
        for pay in &all {
            check_pay(line, pay);
        }
        assert_eq!(parse_line(line, labelled).as_ref(), all.first());
    }
}

fn days_in(year: Option<i32>, month: u32) -> u32 {
    let leap = year.is_none_or(|y| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn check_dates(text: &str) {
    for day_first in [true, false] {
        let found = find_dates(text, day_first);
        let mut last_end = 0;
        for &(d, start, end) in &found {
            assert!((1..=12).contains(&d.month), "{text:?}: {d:?}");
            assert!(
                d.day >= 1 && d.day <= days_in(d.year, d.month),
                "{text:?}: {d:?}"
            );
            if let Some(y) = d.year {
                assert!((1900..=2200).contains(&y), "{text:?}: {d:?}");
                let iso = d.iso().expect("a dated year gives ISO");
                assert_eq!(iso.len(), 10, "{iso}");
            }
            assert!(start < end && end <= text.len(), "{text:?}");
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            assert!(start >= last_end, "{text:?}: dates overlap or go back");
            last_end = end;
        }
    }
}

/// A number with a thousands separator every three digits.
fn grouped(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// The suffix of an ordinal day: "st" for 1 and 21, "th" for 11, and so on.
fn ordinal(day: u32) -> &'static str {
    match (day % 10, day % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

const MONTH_NAMES: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A valid calendar date with a four-digit year.
fn calendar_date() -> impl Strategy<Value = Date> {
    (1950i32..=2150, 1u32..=12)
        .prop_flat_map(|(y, m)| (Just(y), Just(m), 1..=days_in(Some(y), m)))
        .prop_map(|(y, m, d)| Date {
            year: Some(y),
            month: m,
            day: d,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_gives_sane_pay_or_none(line in "\\PC{0,80}") {
        check_pays(&line);
    }

    #[test]
    fn pay_shaped_text_gives_sane_pay_or_none(line in pay_like()) {
        check_pays(&line);
    }

    #[test]
    fn any_text_gives_a_finite_number_or_none(s in "\\PC{0,40}") {
        if let Some(v) = parse_number(&s) {
            prop_assert!(v.is_finite());
        }
    }

    #[test]
    fn figures_as_pay_lines_write_them_give_a_non_negative_number_or_none(
        s in "[0-9]{1,3}([,.' \u{a0}\u{202f}][0-9]{3}){1,4}([.,][0-9]{1,2})?|[0-9]{1,9}([.,][0-9]{1,2})?"
    ) {
        // "1,000.000,5" is ambiguous and may give none; whatever is read is a real amount.
        let v = parse_number(&s);
        prop_assert!(v.is_none_or(|v| v.is_finite() && v >= 0.0), "{s:?}: {v:?}");
    }

    #[test]
    fn grouped_thousands_read_back(
        n in 1_000u64..100_000_000,
        cents in prop::option::of(0u64..100),
        marks in prop::sample::select(vec![(',', '.'), ('.', ','), ('\u{a0}', '.'), ('\'', '.')]),
    ) {
        let (sep, point) = marks;
        let s = match cents {
            Some(c) => format!("{}{point}{c:02}", grouped(n, sep)),
            None => grouped(n, sep),
        };
        // The nearest double to the decimal written, as the standard library reads it.
        let want: f64 = format!("{n}.{:02}", cents.unwrap_or(0)).parse().expect("a decimal");
        prop_assert_eq!(parse_number(&s), Some(want), "{}", s);
    }

    #[test]
    fn a_written_range_reads_back(lo in 10_000u64..200_000, extra in 0u64..50_000) {
        let hi = lo + extra;
        let line = format!("Salary: £{} - £{} per annum", grouped(lo, ','), grouped(hi, ','));
        let pay = parse_line(&line, false).expect("a salary range");
        prop_assert_eq!(pay.min, Some(lo as f64));
        prop_assert_eq!(pay.max, Some(hi as f64));
        prop_assert_eq!(pay.currency, Some("GBP"));
    }

    #[test]
    fn any_text_gives_valid_dates_or_none(text in "\\PC{0,80}") {
        check_dates(&text);
    }

    #[test]
    fn date_shaped_text_gives_valid_dates_or_none(text in date_like()) {
        check_dates(&text);
    }

    #[test]
    fn written_dates_read_back(d in calendar_date(), style in 0usize..5) {
        let (y, m, day) = (d.year.expect("a year"), d.month, d.day);
        let month = MONTH_NAMES[m as usize - 1];
        let text = match style {
            0 => format!("Closing date: {y:04}-{m:02}-{day:02}"),
            1 => format!("Closing date: {day} {month} {y}"),
            2 => format!("Closing date: {month} {day}, {y}"),
            3 => format!("Closing date: {day:02}/{m:02}/{y}"),
            _ => format!("Closing date: {day}{} of {month} {y}", ordinal(day)),
        };
        let found = find_dates(&text, true);
        prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
        prop_assert_eq!(found[0].0, d, "{}", text);
    }
}
