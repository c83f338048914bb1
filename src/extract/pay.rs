//! Salary: amounts, range, currency, period, pay band.

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{Context, Out, Period, re};
use crate::text::{ceil_char, floor_char};

/// One amount of money in a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    pub value: f64,
    pub currency: Option<&'static str>,
    /// Byte range in the line.
    pub start: usize,
    pub end: usize,
    /// Written with a "k" (thousands) suffix.
    pub thousands: bool,
    /// Written in lakhs (100,000): "12 lakhs", "18 LPA".
    pub lakhs: bool,
    /// The currency came from a sign several currencies share (`$`, `R`):
    /// the advert's country says which one it is.
    pub shared_sign: bool,
    /// The period the unit itself gives ("12 LPA": lakh per annum).
    pub period: Option<Period>,
}

/// A salary read from one line.
#[derive(Debug, Clone, PartialEq)]
pub struct Pay {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub currency: Option<&'static str>,
    pub period: Option<Period>,
    /// Every two weeks: the amounts are per fortnight.
    pub biweekly: bool,
    pub pro_rata: bool,
    /// The currency came from a sign several currencies share (see [`Amount::shared_sign`]).
    pub shared_sign: bool,
    /// The range was written high to low ("$185,000 – $150,000"); `min` and
    /// `max` hold it in order.
    pub inverted: bool,
    /// The words the pay was read from.
    pub text: String,
    pub start: usize,
}

/// ISO 4217 codes of further currencies, read before or after a figure
/// like the ones the pattern names ("GEL 4,500", "850 000 CRC"). Codes that
/// are English words in capitals ("ALL", "TOP", "CUP", "SOS", "MOP") are left out.
const MORE_CODES: &str = "AFN|AMD|AOA|AWG|AZN|BBD|BGN|BHD|BIF|BMD|BND|BSD|BTN|BYN|BZD|CDF|CRC|CVE|DJF|DZD|ERN|ETB|FJD|GEL|GMD|GNF|GTQ|GYD|HNL|HTG|IQD|IRR|JMD|JOD|KGS|KHR|KMF|KWD|KYD|KZT|LAK|LBP|LRD|LSL|LYD|MDL|MGA|MKD|MMK|MNT|MRU|MVR|MWK|MZN|NAD|NIO|OMR|PAB|PGK|PYG|RSD|RUB|RWF|SBD|SCR|SDG|SLE|SRD|SSP|SYP|SZL|TJS|TMT|TND|TTD|UAH|UZS|VES|VUV|WST|XAF|XCD|XOF|YER|ZMW|ZWG";

/// Whether the words after a figure make it a number of payments: "12
/// monthly instalments", "13 salaries a year", "14 payments".
fn counts_payments(after: &str) -> bool {
    let mut words = after.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    });
    let mut word = words.next();
    if word
        .as_deref()
        .is_some_and(|w| matches!(w, "monthly" | "annual" | "yearly" | "weekly" | "equal"))
    {
        word = words.next();
    }
    word.as_deref().is_some_and(|w| {
        matches!(
            w,
            "instalments"
                | "installments"
                | "payments"
                | "salaries"
                | "paychecks"
                | "paycheques"
                | "pays"
        )
    })
}

/// Currencies in which salaries are written in millions: a figure in
/// millions of them may be pay, where in pounds or dollars it is a budget.
const PAID_IN_MILLIONS: &[&str] = &[
    "JPY", "KRW", "IDR", "VND", "COP", "CLP", "PYG", "UGX", "TZS", "MNT", "LAK", "KHR", "IRR",
    "UZS", "HUF", "ARS",
];

static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    re(&r"(?ix)
        (?P<pre>US\$\s?|USD\s?|(?-i:J\$|TT\$|FJ\$|EC\$|BZ\$|BDS\$|Bds\$|N\$)\s?|CA\$\s?|C\$\s?|CAD\s?|A\$\s?|AU\$\s?|AUD\s?|NZ\$\s?|NZD\s?|S\$\s?|SGD\s?|HK\$\s?|HKD\s?|ZAR\s?|GBP\s?|EUR\s?|CHF\s?|PLN\s?|INR\s?|Rs\.?\s?|SEK\s?|NOK\s?|DKK\s?|(?-i:AED|Dhs?\.?|SAR|QAR|MYR|RM|PHP|KES|Kshs?\.?|KSh\.?|KSHS?\.?|TShs?\.?|UShs?\.?|GHS|GH₵|GH¢|NGN|JPY|CNY|RMB|KRW|THB|IDR|Rp\.?|TRY|BRL|R\$|MXN|CZK|HUF|ILS|PKR|LKR|BDT|UGX|TZS|EGP|VND|MAD|ISK|PEN|S/\.?|TWD|NT\$|MUR|NPR|ARS|COP|CLP|UYU|DOP|BWP|RON|Tk\.?|P|N|MORE_CODES)\s?|[Kk]r\.?\s?|৳\s?|₡\s?|₾\s?|₮\s?|₸\s?|₴\s?|֏\s?|₱\s?|₵\s?|₦\s?|₩\s?|฿\s?|₺\s?|₪\s?|£\s?|€\s?|\$\s?|₹\s?|¥\s?|R\s?)?
        (?P<num>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[,.'\u{a0}\u{202f}\x20]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)
        (?P<mult>\s?(?:k|K)\b|\s?(?:m|M|mn|million|bn|billion|trillion)\b|\s?(?:lakhs?|lacs?|LPA|lpa)\b)?
        (?P<post>\s?(?:GBP|USD|EUR|AUD|NZD|CAD|SGD|ZAR|CHF|PLN|SEK|NOK|DKK|INR|HKD)\b|\s?(?-i:AED|SAR|QAR|MYR|PHP|KES|GHS|NGN|JPY|CNY|KRW|THB|IDR|TRY|BRL|MXN|CZK|HUF|ILS|PKR|LKR|BDT|UGX|TZS|EGP|VND|MAD|CLP|COP|ARS|DH|Dhs|ISK|PEN|TWD|MUR|NPR|BWP|RON|lei|UYU|DOP|MORE_CODES)\b|\s?(?:€|zł|₱|₦|₵|₩|₺|₪|₡|₾|₮|₸|₴|֏)|\s?(?:kr\.|(?:kr|kronor|kroner|krona|krone|kronur)\b))?
    ".replace("MORE_CODES", MORE_CODES))
});
/// What may stand between the two ends of a range.
static RANGE_SEP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:[A-Z]{3}\s*)?(?:/\s?[a-z]{1,5}\.?|hourly|per hour|an hour|per annum|a year|per year|annually|yearly|monthly|per month)?\s*(?:to\s*[-–]|-|–|—|to|and|until|à|a|et|bis|tot)\s*$",
    )
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(per\s+annum|per\s+anum|p\.\s?a\.?|\bpa\b|per\s+year|a\s+year|/\s?(?:yr|year|annum|pa|a)\b|\bannual(?:ly)?\b|\byearly\b|\bper\s+yr\b)",
    )
});
static HOUR: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(per\s+hour|an\s+hour|/\s?(?:hr|hour|h)\b|\bhourly\b|\bp/?h\b|\bper\s+hr\b)")
});
static DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(per\s+day|a\s+day|/\s?day\b|\bdaily\b|\bday\s+rate\b|\bper\s+diem\b)")
});
static WEEK: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(per\s+week|a\s+week|/\s?(?:wk|week)\b|\bweekly\b|\bp/w\b)"));
static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(per\s+month|a\s+month|/\s?(?:mo|mth|month)\b|\bmonthly\b|\bpcm\b|\bp/m\b)")
});
static BIWEEKLY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(bi-?weekly|every\s+(?:two|2)\s+weeks|fortnightly|per\s+pay\s+period)")
});
/// Words that make a line about pay.
static PAY_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(salary|salaries|pay|paid|compensation|remuneration|wages?|earn|earning|ote|base|stipend|rate|package|income|band)\b",
    )
});
static SOFT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(starting|from|up\s*to|depending|doe|pro[- ]rata|negotiable|per|plus|range)\b")
});
/// Words that make an amount something other than pay, when they stand next to it.
static NOT_PAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(budget|bonus|bonuses|billion|investment|invested|funding|funded|fund|revenue|turnover|raised|relocation|allowance|worth|spend|spent|grant|fees?|costs?|prize|valuation|sign-?on|signing|donations?|price|save|saves|saving|savings|loan|deposit|referral|reimburse\w*|equipment|stipend|commission|per head|market cap|award|contribut\w*|deferred|match|matching|insurance|voucher|discount|pension|expenses|credit|credits|shoe|golden|hello|retention|tips?|gratuit\w*|service charge|mileage|miles?|km|kilomet\w*|premium|enhancement|uplift|weighting|supplement|incentive|membership|flexible benefits?|wellness|gym|differentials?|bilingual|on-?call|standby|courses?|tuition|(?:education(?:al)?|study|learning|training|development|wellbeing|childcare|home[- ]office|commut\w*|travel)\s+support|accommodation|rent|housing|lodging|packaging)\b",
    )
});
/// What a sum is spent on, after "for": "$2,000 a year for learning and
/// conferences", "£500 for books".
static SPENT_ON: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:your\s+|our\s+|the\s+|a\s+|an\s+)?(?:learning|conferences?|books?|courses?|training|certifications?|equipment|home[- ]office|gym|wellbeing|wellness|professional development|hardware|software|meals?|lunch|travel|phone|internet|childcare)\b",
    )
});
/// What joins a starting figure to the one it grows to.
static RISING: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^[^.;]{0,80}?\b(?:rising|increasing|progressing|going up|growing)\s+to\s+")
});
/// Names of pay that hold a word [`NOT_PAY`] lists.
static PAY_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(cost to company|ctc|total cost of employment|(?:internship|intern|trainee|apprentice|training|living|monthly|stipend) allowance|(?:monthly|living|phd|doctoral|research|internship|trainee) stipend|^\s*stipend\s*:)",
    )
});
/// Words that make every later figure of their sentence something other
/// than pay, unless a pay word stands between: "a relocation package meaning
/// you can claim up to £8k", "a share of tips (about £2 an hour)", "a driver
/// doing 1000 miles a month will receive £450".
static NOT_PAY_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(relocation|relocating|golden hello|sign-?on|signing|joining bonus|retention|tips|gratuit\w*|service charge|mileage|miles|kilomet\w*|expenses|reimburse\w*|for example|examples?|e\.g\.|budget|funding|grant|revenue|turnover|valuation|raised|price|prices|costs?|fees?|donations?|wallet|credit|discount|voucher|referral|parking|canteen|meals?|subsidi[sz]ed|tickets?|fares?|bonus|bonuses|allowance|accommodation)\b",
    )
});
static MIN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(from|starting(\s+(at|from|on))?|over|more\s+than|minimum(\s+of)?|min\.?|at\s+least|in\s+excess\s+of|upwards\s+of|above)\s*$",
    )
});
static MAX_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(up\s*to|to|max\.?|maximum(\s+of)?|not\s+exceeding|no\s+more\s+than|under)\s*$")
});
static MIN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(\+|\s+starting\b|\s+and\s+above\b|\s+or\s+more\b|\s+minimum\b|\s+\+\s*$)")
});
/// Words that may follow an amount and belong to the salary's text.
static SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\+?(?:\s*(?:starting|pro[- ]rata|fte|per\s+annum|per\s+anum|per\s+year|a\s+year|per\s+hour|an\s+hour|per\s+day|a\s+day|per\s+week|a\s+week|per\s+month|a\s+month|annually|hourly|daily|weekly|monthly|bi-?weekly|p\.\s?a\.?|pa\b|pcm|/\s?(?:hr|hour|yr|year|annum|day|week|month|wk|mo|h)\b)\.?)*",
    )
});
static PAY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(salary|pay|compensation|remuneration|wage|rate|package|ote|hiring range|stipend)\b")
});
static COMPETITIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(competitive|competative|negotiable|attractive|market[- ]rate|doe|depending on (skills and )?experience|dependent on experience)\b",
    )
});
static BAND: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bband\s*([1-9])\s*([a-d])?\b(?:\s*(?:[-–/]|to)\s*([1-9])\s*([a-d])?\b)?")
});
/// "Grade 7", "Grade C": a band only on a line about pay.
static GRADE: LazyLock<Regex> = LazyLock::new(|| re(r"\bGrade\s+([1-9][0-9]?|[A-H][1-9]?)\b"));
static BAND_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(grade|band|pay band|pay grade|job grade|salary band|salary grade)$"));

/// Currencies written with a bare "$".
const DOLLARS: &[&str] = &[
    "USD", "AUD", "NZD", "CAD", "SGD", "HKD", "TWD", "MXN", "JMD", "TTD", "BSD", "BBD", "BZD",
    "FJD", "NAD", "LRD", "GYD", "SBD", "XCD", "BMD", "KYD", "BND", "CLP", "COP", "ARS", "UYU",
    "DOP",
];

/// Signs several countries' currencies share, each with the currency it is
/// read as, the marks that make it that one whatever the country, and the
/// countries whose own currency it is in their adverts: "Rs." is the rupee
/// of Sri Lanka, Pakistan, Nepal, Mauritius and the Seychelles, and India's
/// elsewhere; "kr." the krona or krone of Sweden, Norway, Iceland, the Faroes
/// and Greenland, and Denmark's elsewhere.
const SHARED_SIGNS: &[(&str, &[&str], &[&str])] = &[
    ("INR", &["INR", "₹"], &["LK", "PK", "NP", "MU", "SC"]),
    ("DKK", &["DKK"], &["SE", "NO", "IS", "FO", "GL"]),
];

/// Reads a number written with thousands separators or a decimal point or comma.
pub fn parse_number(s: &str) -> Option<f64> {
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, '\'' | '\u{a0}' | '\u{202f}' | ' '))
        .collect();
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    let cleaned = if commas > 0 && dots > 0 {
        // The later mark is the decimal point.
        if s.rfind(',') > s.rfind('.') {
            s.replace('.', "").replace(',', ".")
        } else {
            s.replace(',', "")
        }
    } else if commas > 0 {
        let last = s.rsplit(',').next().unwrap_or("");
        if commas == 1 && last.len() <= 2 {
            s.replace(',', ".")
        } else {
            s.replace(',', "")
        }
    } else if dots > 0 {
        let groups: Vec<&str> = s.split('.').collect();
        // "60.000" and "1.250.000" are European thousands.
        if groups.len() > 1 && groups[1..].iter().all(|g| g.len() == 3) && groups[0].len() <= 3 {
            s.replace('.', "")
        } else {
            s
        }
    } else {
        s
    };
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn currency_code(sym: &str) -> Option<&'static str> {
    // Upper case beyond ASCII too: "zł" is "ZŁ".
    let s = sym.trim().to_uppercase();
    Some(match s.as_str() {
        "£" | "GBP" => "GBP",
        "€" | "EUR" => "EUR",
        "$" | "US$" | "USD" => "USD",
        "CA$" | "C$" | "CAD" => "CAD",
        "S$" | "SGD" => "SGD",
        "HK$" | "HKD" => "HKD",
        "R" | "ZAR" => "ZAR",
        "RS" | "RS." => "INR",
        "A$" | "AU$" | "AUD" => "AUD",
        "NZ$" | "NZD" => "NZD",
        "J$" | "JMD" => "JMD",
        "TT$" | "TTD" => "TTD",
        "FJ$" | "FJD" => "FJD",
        "EC$" | "XCD" => "XCD",
        "BZ$" | "BZD" => "BZD",
        "BDS$" | "BBD" => "BBD",
        "N$" | "NAD" => "NAD",
        "TSH" | "TSHS" | "TSH." | "TSHS." => "TZS",
        "USH" | "USHS" | "USH." | "USHS." => "UGX",
        // "N250,000": the naira in Nigeria, and no currency anywhere else (see `extract`).
        "N" => "NGN",
        "CHF" => "CHF",
        "PLN" | "ZŁ" => "PLN",
        "INR" | "₹" => "INR",
        "SEK" => "SEK",
        "NOK" => "NOK",
        "DKK" => "DKK",
        "¥" | "JPY" => "JPY",
        "AED" | "DH" | "DHS" | "DH." | "DHS." => "AED",
        "SAR" => "SAR",
        "QAR" => "QAR",
        "MYR" | "RM" => "MYR",
        "PHP" | "₱" => "PHP",
        "KES" | "KSH" | "KSHS" | "KSH." | "KSHS." => "KES",
        "GHS" | "GH₵" | "GH¢" | "₵" => "GHS",
        "NGN" | "₦" => "NGN",
        "CNY" | "RMB" => "CNY",
        "KRW" | "₩" => "KRW",
        "THB" | "฿" => "THB",
        "IDR" | "RP" | "RP." => "IDR",
        "TRY" | "₺" => "TRY",
        "BRL" | "R$" => "BRL",
        "MXN" => "MXN",
        "CZK" => "CZK",
        "HUF" => "HUF",
        "ILS" | "₪" => "ILS",
        "PKR" => "PKR",
        "LKR" => "LKR",
        "BDT" | "TK" | "TK." | "৳" => "BDT",
        "BWP" => "BWP",
        // "P 21,840": the pula in Botswana, the peso in the Philippines (see `extract`).
        "P" => "BWP",
        "RON" | "LEI" => "RON",
        "UYU" => "UYU",
        "DOP" => "DOP",
        "UGX" => "UGX",
        "TZS" => "TZS",
        "EGP" => "EGP",
        "VND" => "VND",
        "MAD" => "MAD",
        "CLP" => "CLP",
        "COP" => "COP",
        "ARS" => "ARS",
        "ISK" => "ISK",
        "PEN" | "S/" | "S/." => "PEN",
        "TWD" | "NT$" => "TWD",
        "MUR" => "MUR",
        "NPR" => "NPR",
        // "kr." is the krone or krona of the advert's country (see `extract`).
        "KR" | "KR." | "KRONER" | "KRONE" => "DKK",
        // Sweden's and Iceland's own words.
        "KRONOR" | "KRONA" => "SEK",
        "KRONUR" => "ISK",
        "₡" => "CRC",
        "₾" => "GEL",
        "₮" => "MNT",
        "₸" => "KZT",
        "₴" => "UAH",
        "֏" => "AMD",
        other => return MORE_CODES.split('|').find(|c| *c == other),
    })
}

/// The parts of one match of [`MONEY`], as its named groups would give them.
#[derive(Debug, PartialEq, Eq)]
struct MoneyParts<'t> {
    pre: Option<&'t str>,
    num: &'t str,
    mult: Option<&'t str>,
    post: Option<&'t str>,
}

/// Splits a match of [`MONEY`] into the currency before, the number, the
/// multiplier and the currency after. Asking the pattern for its groups cost
/// several times as much as finding the match, on every figure of every
/// advert; the parts can be told apart in the match alone, because none of
/// them can begin with what ends the one before: the currency before holds no
/// digit, the number is digits with separators between them, and what follows
/// it starts with an optional space and a letter or a currency sign
/// (a multiplier is one of a few words, told from a currency code by the word).
fn money_parts(m: &str) -> MoneyParts<'_> {
    let digit = m.find(|c: char| c.is_ascii_digit()).unwrap_or(m.len());
    let bytes = m.as_bytes();
    let mut end = digit;
    loop {
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        let mut next = m[end..].chars();
        match (next.next(), next.next()) {
            (Some(sep @ (',' | '.' | '\'' | '\u{a0}' | '\u{202f}' | ' ')), Some(d))
                if d.is_ascii_digit() =>
            {
                end += sep.len_utf8();
            }
            _ => break,
        }
    }
    let rest = &m[end..];
    let space = rest
        .chars()
        .next()
        .filter(|c| c.is_whitespace())
        .map_or(0, char::len_utf8);
    let word = &rest[space..];
    // A multiplier is one of the pattern's words ("k", "million", "LPA"); a
    // currency code after the figure may start with the same letters ("MYR",
    // "KES", "THB").
    let word_len = word
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(word.len());
    let is_mult = matches!(
        word[..word_len].to_ascii_lowercase().as_str(),
        "k" | "m"
            | "mn"
            | "million"
            | "bn"
            | "billion"
            | "trillion"
            | "lakh"
            | "lakhs"
            | "lac"
            | "lacs"
            | "lpa"
    );
    let mult = if is_mult { space + word_len } else { 0 };
    MoneyParts {
        pre: (digit > 0).then(|| &m[..digit]),
        num: &m[digit..end],
        mult: (mult > 0).then(|| &rest[..mult]),
        post: (mult < rest.len()).then(|| &rest[mult..]),
    }
}

/// Every amount in a line. Figures in millions or billions are left out: no salary is written so.
pub fn amounts(line: &str) -> Vec<Amount> {
    let mut out = Vec::new();
    // Every amount has a digit: most lines have none, and are passed over in one quick scan.
    if !crate::text::has_digit(line) {
        return out;
    }
    // Pay bands ("Band 5-6") are blanked out first, keeping every offset.
    let mut masked = line.to_string();
    for m in BAND.find_iter(line).chain(GRADE.find_iter(line)) {
        masked.replace_range(m.range(), &" ".repeat(m.len()));
    }
    // "62 000 Kč", "25.000.000 ₫": signs written with a letter the pattern's
    // "k" for thousands would take, read as their codes (the same number of
    // bytes, so every offset stays).
    for (sign, code) in [("Kč", "CZK"), ("₫", "VND")] {
        if masked.contains(sign) {
            masked = masked.replace(sign, code);
        }
    }
    let matches: Vec<crate::pattern::Match> = MONEY.find_iter(&masked).collect();
    for (k, whole) in matches.iter().enumerate() {
        let c = money_parts(whole.as_str());
        // A figure glued to letters or digits ("AZ-400", "B2B", "2021-03") is not money.
        let before = line[..whole.start()].chars().next_back();
        let has_pre = c.pre.is_some();
        let glued = !has_pre
            && match before {
                Some(b) if b.is_alphanumeric() => true,
                // "(01/03/2026)": a date's year, not an amount.
                Some('/') => line[..whole.start() - 1].ends_with(|c: char| c.is_ascii_digit()),
                // "AZ-400" is a code; "30k-35k" and "£30k-£35k" are ranges.
                Some('-') => {
                    let word = line[..whole.start() - 1]
                        .rsplit(char::is_whitespace)
                        .next()
                        .unwrap_or("");
                    !word.is_empty() && !word.chars().any(|c| c.is_ascii_digit())
                }
                _ => false,
            };
        // A currency written with letters ("R", "Rs", "USD") begins a word:
        // "HR2" and "PR 4" hold no money.
        let letter_glued = c
            .pre
            .is_some_and(|p| p.starts_with(|ch: char| ch.is_ascii_alphabetic()))
            && before.is_some_and(char::is_alphanumeric);
        if glued || letter_glued {
            continue;
        }
        // Clock times ("08:30 - 16:30", "9am", "5.30pm") are not money.
        let rest = &line[whole.end()..];
        let is_time = {
            let bytes = rest.as_bytes();
            let colon_next =
                bytes.first() == Some(&b':') && bytes.get(1).is_some_and(u8::is_ascii_digit);
            let colon_before = before == Some(':')
                && line[..whole.start() - 1].ends_with(|ch: char| ch.is_ascii_digit());
            let meridiem = {
                let r = rest.trim_start_matches(' ');
                let r = r[..ceil_char(r, r.len().min(4))].to_ascii_lowercase();
                r.starts_with("a.m")
                    || r.starts_with("p.m")
                    || ((r.starts_with("am") || r.starts_with("pm"))
                        && !r[2..].starts_with(|ch: char| ch.is_ascii_alphabetic()))
            };
            colon_next || colon_before || (meridiem && c.mult.is_none())
        };
        if is_time && c.pre.is_none() {
            continue;
        }
        let after = line[whole.end()..].chars().next();
        if !has_pre
            && after.is_some_and(|a| {
                a.is_alphanumeric()
                    || a == '/'
                        && c.pre.is_none()
                        && !line[whole.end()..].starts_with("/h")
                        && !line[whole.end()..].starts_with("/y")
                        && !line[whole.end()..].starts_with("/d")
                        && !line[whole.end()..].starts_with("/w")
                        && !line[whole.end()..].starts_with("/m")
            })
        {
            continue;
        }
        // "paid in 12 monthly instalments", "13 monthly salaries": a count
        // of payments, not an amount.
        if !has_pre && c.post.is_none() && counts_payments(&line[whole.end()..]) {
            continue;
        }
        // "Band 5-6", "Grade 7", "Level 3": numbers that name a grade, not an amount.
        let word_before = line[..whole.start()]
            .trim_end_matches([' ', '-', '–'])
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if c.pre.is_none()
            && matches!(
                word_before.as_str(),
                "band" | "grade" | "level" | "step" | "point" | "scale" | "spine"
            )
        {
            continue;
        }
        // "CONRAISS 08", "Job Group 07": a figure written with a leading
        // zero and no currency is a code or a level, not an amount.
        if c.pre.is_none()
            && c.post.is_none()
            && c.num.len() >= 2
            && c.num.starts_with('0')
            && c.num[1..].starts_with(|ch: char| ch.is_ascii_digit())
        {
            continue;
        }
        // New currency codes are matched in capitals only ("TRY 3", "Php 8" are words).
        // A code after the figure names the currency a shared sign before it
        // leaves open: "$14,200 MXN" is in pesos, "R 5 000 ZAR" in rand.
        let post_code = c
            .post
            .map(str::trim)
            .filter(|p| p.len() == 3 && p.chars().all(|ch| ch.is_ascii_uppercase()))
            .filter(|p| currency_code(p).is_some());
        let written = match (c.pre.map(str::trim), post_code) {
            (Some("$" | "R" | "P" | "N" | "kr" | "Kr" | "kr." | "Kr."), Some(code)) => Some(code),
            _ => c.pre.or(c.post).map(str::trim),
        };
        let currency = written.and_then(currency_code);
        // Groups split by plain spaces ("R350 000", "€45 000") are one figure
        // only beside a currency; otherwise "25 100" is two numbers.
        // … or as the other end of a range whose end has one ("PLN 16 000 –
        // 21 000", "16 000 – 21 000 PLN").
        let in_range = |other: Option<&crate::pattern::Match>, between: &str| {
            other.is_some_and(|o| {
                let p = money_parts(o.as_str());
                p.num.contains(' ')
                    && p.pre
                        .or(p.post)
                        .and_then(|w| currency_code(w.trim()))
                        .is_some()
                    && RANGE_SEP.is_match(between)
            })
        };
        let spaced_range = currency.is_none()
            && (k > 0
                && in_range(
                    matches.get(k - 1),
                    &line[matches[k - 1].end()..whole.start()],
                )
                || matches
                    .get(k + 1)
                    .is_some_and(|n| in_range(Some(n), &line[whole.end()..n.start()])));
        let (num, end) = match c.num.find(' ') {
            Some(space) if currency.is_none() && !spaced_range => {
                let num_at = whole.as_str().find(c.num).unwrap_or(0);
                (&c.num[..space], whole.start() + num_at + space)
            }
            _ => (c.num, whole.end()),
        };
        let Some(mut value) = parse_number(num) else {
            continue;
        };
        // "PHP 8.2" is the language; pesos in letters come in thousands.
        let currency = currency.filter(|&code| {
            !(code == "PHP" && value < 1000.0 && written.is_some_and(|w| w.starts_with('P')))
        });
        let mult = if end == whole.end() {
            c.mult.map(|m| m.trim().to_ascii_lowercase())
        } else {
            None
        };
        let thousands = mult.as_deref() == Some("k");
        let mut period = None;
        let mut currency = currency;
        match mult.as_deref() {
            Some("k") => value *= 1000.0,
            // Indian figures in lakhs (100,000); "LPA" is lakhs per annum.
            Some("lakh" | "lakhs" | "lac" | "lacs") => {
                value *= 100_000.0;
                currency = currency.or(Some("INR"));
            }
            Some("lpa") => {
                value *= 100_000.0;
                currency = currency.or(Some("INR"));
                period = Some(Period::Year);
            }
            // "¥8M–¥11M", "IDR 12 juta": where a month's or a year's pay
            // runs to millions of the currency, a figure in millions is one.
            Some("m" | "mn" | "million")
                if currency.is_some_and(|c| PAID_IN_MILLIONS.contains(&c)) =>
            {
                value *= 1_000_000.0;
            }
            Some(_) => continue,
            None => {}
        }
        let shared_sign = post_code.is_none()
            && c.pre
                .is_some_and(|p| matches!(p.trim(), "$" | "R" | "P" | "N"));
        out.push(Amount {
            value,
            currency,
            start: whole.start(),
            end,
            thousands,
            lakhs: matches!(
                mult.as_deref(),
                Some("lakh" | "lakhs" | "lac" | "lacs" | "lpa")
            ),
            shared_sign,
            period,
        });
    }
    out
}

/// Finds the first pay stated in one line, if any.
pub fn parse_line(line: &str, labelled: bool) -> Option<Pay> {
    parse_all(line, labelled).into_iter().next()
}

/// Every pay stated in one line: ranges, or single figures with their
/// qualifier ("from", "up to", "+"). `labelled` lets figures without a
/// currency count, for lines whose label says they are pay and that show no currency.
pub fn parse_all(line: &str, labelled: bool) -> Vec<Pay> {
    let all = amounts(line);
    let any_currency = all.iter().any(|a| a.currency.is_some());
    let labelled = labelled && !any_currency;
    let mut found = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let a = &all[i];
        let next = all.get(i + 1);
        let range_with = next.filter(|b| RANGE_SEP.is_match(&line[a.end..b.start]));
        let has_currency = a.currency.is_some() || range_with.is_some_and(|b| b.currency.is_some());
        if !(has_currency || (labelled && a.value >= 5.0)) {
            i += 1;
            continue;
        }
        // "€55,614 – €57,445 – … – €76,718 (LSI 1) – €79,409 (LSI 2)": a
        // scale of points, rising, from its first to its last.
        let mut last = i + 1;
        if range_with.is_some() {
            let mut k = last + 1;
            while let Some(c) = all.get(k) {
                let prev = &all[last];
                // (A figure inside a note in brackets, "(LSI 1)", is passed over.)
                let gap = &line[prev.end..c.start];
                if c.currency.is_none() && gap.rfind('(').is_some_and(|o| !gap[o..].contains(')')) {
                    k += 1;
                    continue;
                }
                let between = without_short_notes(gap);
                if RANGE_SEP.is_match(&between)
                    && c.value > prev.value
                    && c.currency == prev.currency
                {
                    last = k;
                    k += 1;
                } else {
                    break;
                }
            }
        }
        let range_with = if last > i + 1 {
            all.get(last)
        } else {
            range_with
        };
        let (mut lo, end) = match range_with {
            Some(b) => (a.value, b.end),
            None => (a.value, a.end),
        };
        let mut hi = range_with.map(|b| b.value);
        // "$150-190k", "$50-56,000": the thousands belong to both ends.
        if let Some(b) = range_with {
            let abbreviated = b.value >= 1000.0
                && lo < 1000.0
                && (lo * 1000.0 >= b.value * 0.3 && lo * 1000.0 <= b.value * 1.5);
            if (b.thousands && !a.thousands && lo < 1000.0) || abbreviated {
                lo *= 1000.0;
            }
            // "12 - 18 LPA": the lakhs belong to both ends.
            if b.lakhs && !a.lakhs && lo < 1000.0 {
                lo *= 100_000.0;
            }
            hi = Some(b.value);
            // "Dublin 2 - €600/day": a bare figure a twentieth of the sum
            // after it, which alone has the currency, is no end of a range
            // (a district's number, a count); the sum stands alone.
            if a.currency.is_none() && b.currency.is_some() && lo * 20.0 < b.value {
                i += 1;
                continue;
            }
        }
        // A range written high to low ("$185,000 – $150,000") is kept, in
        // order; a far smaller second figure ("£30k - 35", "$140.88 - $49.69")
        // is something else, or a slip nobody can mend.
        let mut inverted = false;
        if let Some(h) = hi.filter(|&h| h < lo) {
            if h < lo / 2.0 {
                i += 2;
                continue;
            }
            inverted = true;
            hi = Some(lo);
            lo = h;
        }
        // Only the words near the figure qualify it: a window keeps a long
        // line linear.
        let before_at = floor_char(line, a.start.saturating_sub(60));
        let before = &line[before_at..a.start];
        let after = &line[end..ceil_char(line, (end + 200).min(line.len()))];
        let suffix_len = SUFFIX.find(after).map_or(0, |m| m.end());
        let (mut min, mut max) = (Some(lo), hi.or(Some(lo)));
        let mut start = a.start;
        if hi.is_none() {
            if let Some(m) = MAX_BEFORE.find(before).filter(|m| {
                // "to" alone is a range's end only after another figure.
                !m.as_str().trim().eq_ignore_ascii_case("to")
            }) {
                min = None;
                start = before_at + m.start();
            } else if let Some(m) = MIN_BEFORE.find(before) {
                max = None;
                start = before_at + m.start();
            } else if MIN_AFTER.is_match(after) {
                max = None;
            }
        }
        let text_end = end + suffix_len;
        let near = format!(
            "{} {}",
            &line[floor_char(line, a.start.saturating_sub(30))..a.start],
            &line[end..ceil_char(line, (end + 30).min(line.len()))]
        );
        let period = a
            .period
            .or_else(|| range_with.and_then(|b| b.period))
            .or_else(|| period_of(&line[end..ceil_char(line, (end + 30).min(line.len()))]))
            .or_else(|| {
                period_before(&line[floor_char(line, a.start.saturating_sub(30))..a.start])
            });
        let biweekly = BIWEEKLY.is_match(&near);
        let pro_rata = near.to_ascii_lowercase().contains("pro rata")
            || near.to_ascii_lowercase().contains("pro-rata");
        // "$140k-$170k CAD": a code after the range's end names the currency
        // the shared sign before its start leaves open.
        let (currency, shared_sign) = match range_with {
            Some(b) if a.shared_sign && b.currency.is_some() && !b.shared_sign => {
                (b.currency, false)
            }
            _ => (
                a.currency.or_else(|| range_with.and_then(|b| b.currency)),
                a.shared_sign || range_with.is_some_and(|b| b.shared_sign),
            ),
        };
        found.push(Pay {
            min,
            max,
            currency,
            period,
            biweekly,
            pro_rata,
            shared_sign,
            inverted,
            text: line[start..text_end].trim().to_string(),
            start,
        });
        i = if range_with.is_some() {
            last + 1
        } else {
            i + 1
        };
    }
    found
}

/// The words between two figures without a short note in brackets: " (LSI
/// 1) – " is " – ".
fn without_short_notes(between: &str) -> String {
    let mut out = String::with_capacity(between.len());
    let mut rest = between;
    while let Some(open) = rest.find('(') {
        match rest[open..].find(')') {
            Some(close) if close <= 24 => {
                out.push_str(&rest[..open]);
                rest = &rest[open + close + 1..];
            }
            _ => break,
        }
    }
    out.push_str(rest);
    out
}

const PERIODS: [(&LazyLock<Regex>, Period); 5] = [
    (&HOUR, Period::Hour),
    (&DAY, Period::Day),
    (&WEEK, Period::Week),
    (&MONTH, Period::Month),
    (&YEAR, Period::Year),
];

/// Whether a period word at `at` in `s` counts time worked, not pay:
/// "40 hours per week", "3 days a week".
fn counts_time(s: &str, at: usize) -> bool {
    let before = s[..at].trim_end().to_ascii_lowercase();
    // "€ 29,400, paid in 14 monthly instalments": how a year's pay is paid
    // out, not the period of the figure.
    let mut words = before.rsplit(' ');
    let instalments = matches!(
        (words.next(), words.next()),
        (
            Some("12" | "13" | "14" | "15" | "twelve" | "thirteen" | "fourteen" | "fifteen"),
            Some("in" | "over" | "into" | "across")
        )
    );
    instalments
        || ["hours", "hrs", "hour", "days", "shifts", "nights"]
            .iter()
            .any(|w| before.ends_with(w))
}

/// The period word nearest the start of `s` (the words after a figure).
fn period_of(s: &str) -> Option<Period> {
    PERIODS
        .iter()
        .filter_map(|(r, p)| {
            r.find_iter(s)
                .find(|m| !counts_time(s, m.start()))
                .map(|m| (m.start(), *p))
        })
        .min_by_key(|&(at, _)| at)
        .map(|(_, p)| p)
}

/// The period word nearest the end of `s` (the words before a figure):
/// "40 hours per week. Hourly Rate: $25" is hourly.
fn period_before(s: &str) -> Option<Period> {
    PERIODS
        .iter()
        .filter_map(|(r, p)| {
            r.find_iter(s)
                .filter(|m| !counts_time(s, m.start()))
                .last()
                .map(|m| (m.end(), *p))
        })
        .max_by_key(|&(at, _)| at)
        .map(|(_, p)| p)
}

/// How likely a line's pay is the advert's salary, from the words around it.
#[cfg(test)]
fn score(line: &str, pay: &Pay, headline: bool) -> i32 {
    score_with_cue(line, pay, headline, PAY_CUE.is_match(line))
}

/// [`score`], with whether the line has a pay cue worked out once per line.
fn score_with_cue(line: &str, pay: &Pay, headline: bool, line_cue: bool) -> i32 {
    let mut score = 0;
    let before = &line[floor_char(line, pay.start.saturating_sub(40))..pay.start];
    let end = pay.start + pay.text.len();
    let after_words: Vec<&str> = line[end.min(line.len())..]
        .split_whitespace()
        .take(3)
        .collect();
    // Words just before the figure, or just after it, that make it something else
    // ("£1,500 annual learning budget"); words after a connector add to the pay
    // instead ("$80,000 along with commission", "£50,000 + bonus").
    let connector = |w: &str| {
        matches!(
            w.to_ascii_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '+' && c != '&'),
            "+" | "plus"
                | "and"
                | "with"
                | "&"
                | "along"
                | "including"
                | "includes"
                | "excluding"
                | "excl"
                | "incl"
        )
    };
    // They stop at the end of the sentence: "£28,407 per annum. A relocation
    // package…" is pay.
    let mut qualifying: Vec<&str> = Vec::new();
    let ended = pay.text.ends_with(['.', ';']) && !pay.text.ends_with("p.a.");
    for w in after_words.iter().copied().filter(|_| !ended) {
        if connector(w) || w.starts_with(['.', ';', '!', '?']) {
            break;
        }
        qualifying.push(w);
        if w.ends_with(['.', ';', '!', '?', ')']) {
            break;
        }
    }
    let qualifying = qualifying.join(" ");
    // Names of pay that hold a word of something else: "cost to company",
    // "total cost of employment", an intern's or trainee's "allowance".
    let own_pay = |s: &str| PAY_NAMES.is_match(s);
    let clause_before = before.rsplit([',', ';', '.']).next().unwrap_or(before);
    let just_after = &line[end.min(line.len())..ceil_char(line, (end + 48).min(line.len()))];
    // "a $12 bench scraper", "a $900 espresso machine": a figure after "a"
    // and before a thing that is not pay is a price.
    let priced = {
        let b = before.trim_end().to_ascii_lowercase();
        (b.ends_with(" a") || b.ends_with(" an") || b == "a" || b == "an")
            && pay.period.is_none()
            && !qualifying.is_empty()
            && !PAY_CUE.is_match(&qualifying)
            && pay.min == pay.max
    };
    // "$2,000 a year for learning and conferences", "£1,000 a year towards
    // professional development": what the sum is for, named after "for"
    // or "towards" (not "for the right candidate").
    let for_something_else = [" for ", " towards ", " toward "]
        .iter()
        .filter_map(|w| just_after.split_once(w))
        .min_by_key(|(head, _)| head.len())
        .is_some_and(|(head, purpose)| {
            head.split_whitespace().count() <= 3
                && !connector(head.trim())
                && (NOT_PAY.is_match(purpose) || SPENT_ON.is_match(purpose))
        });
    if priced
        || for_something_else
        || (NOT_PAY.is_match(clause_before) && !own_pay(clause_before))
        || (NOT_PAY.is_match(&qualifying) && !own_pay(just_after))
        || (!PAY_CUE.is_match(&qualifying)
            && !own_pay(&qualifying)
            && !own_pay(clause_before)
            && not_pay_sentence(line, pay.start))
    {
        return -10;
    }
    if line_cue {
        score += 5;
    }
    if pay.period.is_some() {
        score += 3;
    }
    // ("plus a $300 yearly clothing allowance": "plus" before a figure
    // adds something to the pay; it is no cue that the figure is the pay.)
    let add_on = {
        let b = before.trim_end().to_ascii_lowercase();
        let b = b
            .strip_suffix(" a")
            .or_else(|| b.strip_suffix(" an"))
            .unwrap_or(&b);
        b.ends_with("plus") || b.ends_with('+')
    };
    if SOFT_CUE.is_match(&pay.text) || (SOFT_CUE.is_match(before) && !add_on) {
        score += 2;
    }
    if headline {
        score += 2;
    }
    if pay.min.or(pay.max).is_some_and(|v| v >= 10_000.0) {
        score += 1;
    }
    if pay.max.is_some() && pay.min.is_some() && pay.min != pay.max {
        score += 1;
    }
    score
}

/// Whether the sentence before `at` names something other than pay with no
/// pay word after it (see [`NOT_PAY_SENTENCE`]).
fn not_pay_sentence(line: &str, at: usize) -> bool {
    let window = &line[floor_char(line, at.saturating_sub(160))..at];
    // The sentence: after the last full stop followed by a space, or a
    // semicolon, bullet or exclamation/question mark.
    let start = window
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, ';' | '!' | '?' | '•')
                || (c == '.' && window[i + 1..].starts_with(' ') && !window[..i].ends_with("e.g"))
        })
        .map(|(i, c)| i + c.len_utf8())
        .next_back()
        .unwrap_or(0);
    let sentence = &window[start..];
    let Some(last_not_pay) = NOT_PAY_SENTENCE.find_iter(sentence).last() else {
        return false;
    };
    // ("A £500 welcome bonus – paid in two halves, £250 after…": "paid"
    // says how the bonus is paid, and names no pay.)
    !PAY_CUE
        .find_iter(sentence)
        .any(|m| m.start() > last_not_pay.start() && !m.as_str().eq_ignore_ascii_case("paid"))
}

/// "Min" and "Max" each alone on a line, each followed by one figure: one range.
fn min_max_box<'a>(cx: &'a Context) -> Option<(Pay, usize, &'a str)> {
    let is = |t: &str, words: &[&str]| words.iter().any(|w| t.trim().eq_ignore_ascii_case(w));
    let lines: Vec<_> = cx
        .lines
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .collect();
    let single = |i: usize| -> Option<Pay> {
        let l = lines.get(i)?;
        let mut pays = parse_all(l.text, false);
        (pays.len() == 1 && pays[0].min == pays[0].max).then(|| pays.remove(0))
    };
    for i in 0..lines.len().saturating_sub(3) {
        if !is(lines[i].text, &["min", "minimum", "min."]) {
            continue;
        }
        let (Some(lo), true) = (
            single(i + 1),
            is(lines[i + 2].text, &["max", "maximum", "max."]),
        ) else {
            continue;
        };
        let Some(hi) = single(i + 3) else { continue };
        if lo.currency != hi.currency || lo.period != hi.period || hi.min < lo.min {
            continue;
        }
        let mut pay = lo.clone();
        pay.max = hi.max;
        pay.text = format!("{} – {}", lo.text, hi.text);
        return Some((pay, lines[i + 1].line, lines[i + 1].text));
    }
    None
}

/// A pay scale set out as a table under a pay heading: "SALARY", then rows
/// of a point and its amount ("1  €45,431", "2  €47,131", …). Three rows or
/// more, each with one amount in one currency, rising: the scale's first and
/// last points are the range, a year's pay when the rows or the heading
/// over them say "annual".
fn scale_table<'a>(cx: &'a Context) -> Option<(Pay, usize, &'a str)> {
    let lines: Vec<_> = cx
        .lines
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .collect();
    let heading = lines.iter().position(|l| {
        let t = l.text.trim().trim_end_matches(':').to_ascii_lowercase();
        matches!(
            t.as_str(),
            "salary"
                | "pay"
                | "salary scale"
                | "pay scale"
                | "remuneration"
                | "salary and benefits"
        )
    })?;
    let mut rows: Vec<Pay> = Vec::new();
    let mut first = None;
    let mut annual = false;
    for l in lines.iter().skip(heading + 1).take(16) {
        let pays = parse_all(l.text, true);
        match pays.as_slice() {
            [one] if one.min.is_some() && one.min == one.max && one.currency.is_some() => {
                first.get_or_insert((l.line, l.text));
                rows.push(one.clone());
            }
            // Words between the heading and the table, or a rule under the
            // table's own heading; a row of another kind ends the table.
            [] if rows.is_empty() => {
                annual |= l.text.to_ascii_lowercase().contains("annual");
            }
            _ => break,
        }
    }
    let (lo, hi) = (rows.first()?, rows.last()?);
    let rising = rows.windows(2).all(|w| w[0].min < w[1].min);
    if rows.len() < 3 || !rising || rows.iter().any(|r| r.currency != lo.currency) {
        return None;
    }
    let mut pay = lo.clone();
    pay.max = hi.max;
    if annual && pay.period.is_none() {
        pay.period = Some(Period::Year);
    }
    pay.text = format!("{} – {}", lo.text, hi.text);
    let (line, text) = first?;
    Some((pay, line, text))
}

/// Whether a line states a salary (pay, not a budget or a bonus).
pub fn states_salary(line: &str) -> bool {
    let pays = parse_all(line, false);
    let cue = !pays.is_empty() && PAY_CUE.is_match(line);
    pays.iter()
        .any(|p| score_with_cue(line, p, false, cue) >= 2 && (p.min.is_some() || p.max.is_some()))
}

/// A range of thousands as a part of a header ("SmarterDx | 150-250k+ +
/// equity + benefits | Remote (US only)"): pay, though it has no currency.
static HEADER_PAY_PART: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^[$£€]?\d{2,3}(?:\.\d)?\s*[kK]?\s*[-–]\s*[$£€]?\d{2,3}(?:\.\d)?\s*[kK]\+?(?:\s|$)")
});

/// Whether a header of parts split by " | " has a part that is a range of thousands.
fn header_pay(text: &str) -> bool {
    super::header_of_parts(text)
        && text
            .split(" | ")
            .any(|p| HEADER_PAY_PART.is_match(p.trim()))
}

pub fn extract(cx: &Context, out: &mut Out) {
    let headline = cx.first_heading().map(|(i, _)| i);
    let pay_label = &*PAY_LABEL;
    let mut best: Option<(i32, Pay, usize, &str)> = None;
    let mut ranges: Vec<(i32, Pay, usize, &str)> = Vec::new();
    // Lines whose labelled value holds a figure and names pay, found once:
    // "Salary: Freelance" after "Hours per week: 10" on one line does not
    // make the 10 pay.
    // The lines of labelled values that hold a figure and name pay, and of
    // those whose label is only pay's name ("Salary"; not "Pay and
    // conditions"), found once. (By line alone: a definition list's value
    // is a block of its own.)
    let mut pay_facts = std::collections::HashSet::new();
    let mut pay_values = std::collections::HashSet::new();
    for f in cx.facts.iter().filter(|f| crate::text::has_digit(&f.value)) {
        if pay_label.is_match(&f.label) {
            pay_facts.insert(f.line);
        }
        if matches!(
            f.label.as_str(),
            "salary"
                | "pay"
                | "wage"
                | "wages"
                | "compensation"
                | "salary range"
                | "pay range"
                | "annual salary"
                | "base salary"
                | "hourly rate"
                | "rate of pay"
        ) {
            pay_values.insert(f.line);
        }
    }
    for (n, line) in cx.lines.iter().enumerate() {
        // Every pay has a figure: a line without a digit is passed over at once.
        if !crate::text::has_digit(line.text) {
            continue;
        }
        let labelled = super::label_line(line.text)
            .is_some_and(|(label, _)| pay_label.is_match(&label.to_lowercase()))
            || pay_facts.contains(&line.line)
            || (line.line <= super::HEADER_LINES && header_pay(line.text));
        let mut pays = parse_all(line.text, labelled);
        // "$6,000 to $8,500" / "Monthly": a board's figures with their
        // period alone on the line below, which names them as pay.
        // (Asked only of lines that hold pay.)
        const PERIODS: &[(&str, Period)] = &[
            ("monthly", Period::Month),
            ("per month", Period::Month),
            ("a month", Period::Month),
            ("annually", Period::Year),
            ("yearly", Period::Year),
            ("per annum", Period::Year),
            ("per year", Period::Year),
            ("a year", Period::Year),
            ("hourly", Period::Hour),
            ("per hour", Period::Hour),
            ("an hour", Period::Hour),
            ("weekly", Period::Week),
            ("per week", Period::Week),
            ("daily", Period::Day),
            ("per day", Period::Day),
        ];
        let period_below = cx
            .lines
            .get(n + 1)
            .filter(|l| !pays.is_empty() && l.line == line.line + 1)
            .and_then(|l| {
                let below = l.text.trim();
                PERIODS
                    .iter()
                    .find(|(word, _)| below.eq_ignore_ascii_case(word))
                    .map(|&(_, period)| period)
            });
        if let Some(period) = period_below {
            for pay in pays.iter_mut().filter(|p| p.period.is_none()) {
                pay.period = Some(period);
            }
        }
        // (A label that is only pay's name, on the line above, names the
        // pay as well as one on the line: "Salary" / "$61,963.20 -
        // $79,081.60 Annually"; "Pay and conditions" heads more than pay.)
        let line_cue = !pays.is_empty()
            && (PAY_CUE.is_match(line.text)
                || pay_values.contains(&line.line)
                || period_below.is_some());
        for pay in pays {
            // A bare "R" is the rand only in South Africa (or where nothing
            // says which country the advert is in).
            if pay.shared_sign
                && pay.currency == Some("ZAR")
                && out.posting.country.as_deref().is_some_and(|c| c != "ZA")
            {
                continue;
            }
            // A bare "P" is the pula in Botswana and the peso in the
            // Philippines, and no currency anywhere else.
            let mut pay = pay;
            if pay.shared_sign && pay.currency == Some("BWP") {
                match out.posting.country.as_deref() {
                    Some("BW") => {}
                    Some("PH") => pay.currency = Some("PHP"),
                    _ => continue,
                }
            }
            // A bare "N" before a figure is the naira only in Nigeria.
            if pay.shared_sign
                && pay.currency == Some("NGN")
                && out.posting.country.as_deref() != Some("NG")
            {
                continue;
            }
            let s = score_with_cue(line.text, &pay, Some(line.block) == headline, line_cue)
                + if labelled { 3 } else { 0 };
            if s >= 2 {
                // A range that holds another candidate's figure as an end is
                // kept aside: the same pay, stated in full.
                if pay.min.is_some() && pay.max.is_some() && pay.min < pay.max {
                    ranges.push((s, pay.clone(), line.line, line.text));
                }
                if best.as_ref().is_none_or(|(b, ..)| s > *b) {
                    best = Some((s, pay, line.line, line.text));
                }
            }
        }
    }
    // "from $52,000 per year" in the text and "Salary: $52,000-$78,500" in
    // the facts: a figure with one end, or one figure, gives way to a range
    // elsewhere that has it as an end ("DOE" leaves the range no period, and
    // the sentence wins on its period word alone).
    if let Some((_, b, ..)) = &best
        && (b.max.is_none() || b.min.is_none() || b.min == b.max)
        && let Some(fuller) = ranges.iter().find(|(_, r, ..)| {
            let figure = b.min.or(b.max);
            (r.min == figure || r.max == figure)
                && (r.currency.is_none() || b.currency.is_none() || r.currency == b.currency)
        })
    {
        best = Some(fuller.clone());
    }

    // "$27.35 - $36.92 Hourly" near the top and "Annual salary range:
    // $56,888 - $76,793.60" further down: the same pay in two periods, and
    // the advert states it first in the one it pays by.
    if let Some((_, b, b_line, _)) = &best
        && let (Some(b_min), Some(b_period)) = (b.min, b.period)
        && let Some(earlier) = ranges
            .iter()
            .filter(|(_, r, line, _)| *line < *b_line && r.period.is_some() && r.period != b.period)
            .find(|(_, r, ..)| {
                r.min.zip(r.period).is_some_and(|(r_min, r_period)| {
                    let per_year = |p: Period| match p {
                        Period::Hour => 2080.0,
                        Period::Day => 260.0,
                        Period::Week => 52.0,
                        Period::Month => 12.0,
                        Period::Year => 1.0,
                    };
                    let ratio = (r_min * per_year(r_period)) / (b_min * per_year(b_period));
                    (0.85..=1.15).contains(&ratio) && r.currency == b.currency
                })
            })
            .cloned()
    {
        best = Some(earlier);
    }

    // A pay box that gives the ends on lines of their own: "Min", "USD
    // $75,000.00/Yr.", "Max", "USD $95,000.00/Yr.".
    if let Some((pay, line, text)) = min_max_box(cx) {
        let s = score_with_cue(text, &pay, false, true) + 3;
        if best.as_ref().is_none_or(|(b, ..)| s > *b) {
            best = Some((s, pay, line, text));
        }
    }

    // A scale of points under a pay heading, where nothing else gives the pay.
    if best.is_none()
        && let Some((pay, line, text)) = scale_table(cx)
    {
        best = Some((3, pay, line, text));
    }

    let salary = &mut out.posting.salary;
    if let Some((_, mut pay, line, text)) = best {
        // "EUR 2.770 a month in the first year, rising to EUR 3.539 in the
        // fourth": one figure that grows to another is a range.
        if pay.min.is_some() && pay.min == pay.max {
            let after = pay.start + pay.text.len();
            if let Some(m) = RISING.find(&text[after.min(text.len())..]) {
                let rest = &text[after + m.end()..];
                if let Some(next) = amounts(rest).first().filter(|a| {
                    a.start == 0
                        && (a.currency.is_none() || a.currency == pay.currency)
                        && pay.max.is_some_and(|lo| a.value > lo && a.value < lo * 3.0)
                }) {
                    pay.max = Some(next.value);
                    pay.text = format!(
                        "{}{}{}",
                        pay.text,
                        &text[after..after + m.end()],
                        &rest[..next.end]
                    );
                }
            }
        }
        salary.min = pay.min;
        salary.max = pay.max;
        salary.currency = pay.currency.map(str::to_string);
        // A bare "$" is the dollar of the advert's country.
        if pay.shared_sign && pay.currency == Some("USD") {
            let local = out
                .posting
                .country
                .as_deref()
                .and_then(crate::places::country_by_code)
                .and_then(|c| c.currency)
                .filter(|c| DOLLARS.contains(c));
            if let Some(code) = local {
                salary.currency = Some(code.to_string());
            }
        }
        // "Rs. 65,000", "kr. 42.000": a sign several countries share is the
        // currency of the advert's country among them, unless the figure
        // gives its code (or India's "₹").
        if let Some((_, marks, countries)) = SHARED_SIGNS
            .iter()
            .find(|(read, ..)| pay.currency == Some(*read))
            && !marks.iter().any(|m| pay.text.contains(m))
            && let Some(code) = out
                .posting
                .country
                .as_deref()
                .filter(|c| countries.contains(c))
                .and_then(crate::places::country_by_code)
                .and_then(|c| c.currency)
        {
            salary.currency = Some(code.to_string());
        }
        // "13,000 DH": the dirham of Morocco in a Moroccan advert, not the UAE's.
        if pay.currency == Some("AED") && out.posting.country.as_deref() == Some("MA") {
            salary.currency = Some("MAD".to_string());
        }
        salary.text = Some(pay.text.clone());
        let mut period = pay.period;
        let mut notes = Vec::new();
        // "$12.50/hr, paid every two weeks": the figure's own period wins
        // over how often it is paid.
        if pay.biweekly && matches!(pay.period, None | Some(Period::Week)) {
            salary.min = salary.min.map(|v| v / 2.0);
            salary.max = salary.max.map(|v| v / 2.0);
            period = Some(Period::Week);
            notes.push("salary given every two weeks; halved to a weekly figure".to_string());
        }
        // "Hourly Pay Rate based on experience: $18-34": a period word further
        // back on the line than the figure's own window is stated, not assumed.
        // Only its own sentence counts: "required during overtime periods.
        // Salary: $84,528" states no period.
        if period.is_none() && pay.start <= text.len() {
            let before = &text[..floor_char(text, pay.start)];
            let sentence = before
                .rfind(". ")
                .into_iter()
                .chain(before.rfind("; "))
                .chain(before.rfind("! "))
                .chain(before.rfind("? "))
                .max()
                .map_or(before, |at| &before[at + 2..]);
            period = period_before(sentence);
        }
        // "Monthly salary | COP 3.600.000": a labelled value's period may be
        // in its label alone.
        if period.is_none() {
            period = cx
                .facts
                .iter()
                .filter(|f| f.line == line && pay_label.is_match(&f.label))
                .find_map(|f| period_before(&f.label));
        }
        if period.is_none() {
            let v = pay.min.or(pay.max).unwrap_or(0.0);
            let guess = if v < 100.0 {
                Period::Hour
            } else if v < 10_000.0 {
                Period::Month
            } else {
                Period::Year
            };
            period = Some(guess);
            notes.push(format!(
                "salary period assumed {} from the amount",
                match guess {
                    Period::Hour => "hourly",
                    Period::Month => "monthly",
                    _ => "yearly",
                }
            ));
        }
        if pay.currency.is_none() {
            notes.push("salary currency not stated".to_string());
        }
        if pay.pro_rata {
            notes.push("salary is pro rata: the full-time figure is shown".to_string());
        }
        if pay.inverted {
            notes.push(format!(
                "salary range written high to low (\"{}\"); read lowest first",
                pay.text
            ));
        }
        salary.period = period;
        out.evidence("salary", line, &pay.text);
        for n in notes {
            out.note(n);
        }
    } else {
        // No figure: say how pay was described, if at all.
        let described = cx
            .facts_matching(pay_label)
            .find(|f| COMPETITIVE.is_match(&f.value))
            .map(|f| (f.line, f.value.clone()))
            .or_else(|| {
                cx.lines
                    .iter()
                    .find(|l| {
                        PAY_CUE.is_match(l.text)
                            && COMPETITIVE.find(l.text).is_some_and(|m| {
                                let near = &l.text[floor_char(l.text, m.start().saturating_sub(25))
                                    ..ceil_char(l.text, (m.end() + 25).min(l.text.len()))];
                                PAY_CUE.is_match(near)
                            })
                    })
                    .map(|l| (l.line, l.text.trim().to_string()))
            });
        if let Some((line, text)) = described {
            let word = COMPETITIVE
                .find(&text)
                .map_or("competitive".to_string(), |m| m.as_str().to_lowercase());
            out.posting.salary.text = Some(super::clip(&text, 120));
            out.evidence("salary", line, &text);
            out.note(format!("pay described only as {word}, with no figure"));
        }
    }

    // The pay band, from a labelled fact or a "Band N" anywhere.
    let band = cx
        .facts
        .iter()
        .find(|f| BAND_LABEL.is_match(&f.label) && !f.value.is_empty() && f.value.len() <= 40)
        .map(|f| {
            let value = f.value.trim();
            // "Grade: 7" names the grade by its number alone.
            let band = if value.chars().all(|c| c.is_ascii_alphanumeric()) && value.len() <= 2 {
                format!("{} {value}", capitalise(&f.label))
            } else {
                normalise_band(value)
            };
            (f.line, band)
        })
        .or_else(|| {
            cx.lines.iter().find_map(|l| {
                BAND.find(l.text)
                    .map(|m| (l.line, normalise_band(m.as_str())))
                    .or_else(|| {
                        let pay_line = PAY_CUE.is_match(l.text) || !amounts(l.text).is_empty();
                        GRADE
                            .find(l.text)
                            .filter(|_| pay_line)
                            .map(|m| (l.line, m.as_str().to_string()))
                    })
            })
        });
    if let Some((line, band)) = band {
        out.evidence("salary.band", line, &band);
        out.posting.salary.band = Some(band);
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "band 8A" -> "Band 8a", "Band 5-6" -> "Band 5–6"; other grades as written.
fn normalise_band(value: &str) -> String {
    match BAND.captures(value) {
        Some(c) => {
            let mut band = format!("Band {}", &c[1]);
            if let Some(letter) = c.get(2) {
                band.push_str(&letter.as_str().to_lowercase());
            }
            if let Some(upper) = c.get(3) {
                band.push('–');
                band.push_str(upper.as_str());
                if let Some(letter) = c.get(4) {
                    band.push_str(&letter.as_str().to_lowercase());
                }
            }
            band
        }
        None => value.trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_same_pay_in_two_periods_is_the_one_stated_first() {
        let s = salary_of(
            "# Technician\n\nPay: $25.00 - $32.00 hourly\n\nThe work is varied.\n\nAnnual salary range: $52,000 - $66,560.\n",
        );
        assert_eq!(
            (s.min, s.max, s.period),
            (Some(25.0), Some(32.0), Some(Period::Hour))
        );
        // Two different pays are not one pay in two periods: the chooser's
        // own ranking stands (here the later, labelled range).
        let s = salary_of(
            "# Technician\n\nPay: $25.00 - $32.00 hourly\n\nAnnual salary range: $90,000 - $110,000.\n",
        );
        assert_eq!((s.min, s.period), (Some(90_000.0), Some(Period::Year)));
    }

    #[test]
    fn pesos_taka_pula_and_lei_by_their_codes_and_signs() {
        let s = salary_of(
            "# Developer\n\nLocation: Córdoba, Argentina\n\n## Salary\n\nARS 2.900.000 – 3.700.000 gross per month\n",
        );
        assert_eq!(
            (s.min, s.max, s.currency.as_deref()),
            (Some(2_900_000.0), Some(3_700_000.0), Some("ARS"))
        );
        let s = salary_of(
            "# Merchandiser\n\nLocation: Chattogram\n\nSalary: Tk. 48,000 - 60,000 (Monthly)\n",
        );
        assert_eq!(
            (s.min, s.currency.as_deref()),
            (Some(48_000.0), Some("BDT"))
        );
        let s = salary_of(
            "# Engineer\n\nLocation: Iași, Romania\n\nSalary: 7.800 – 9.900 lei net / month\n",
        );
        assert_eq!((s.max, s.currency.as_deref()), (Some(9_900.0), Some("RON")));
        // Any ISO 4217 code that is no English word, and the signs of the
        // colón, lari, tögrög, tenge, hryvnia and dram.
        let s = salary_of(
            "# Engineer\n\nLocation: Batumi, Georgia\n\nSalary: GEL 6,000 – 7,500 per month\n",
        );
        assert_eq!((s.min, s.currency.as_deref()), (Some(6_000.0), Some("GEL")));
        let s = salary_of(
            "# Agent\n\nLocation: Cartago, Costa Rica\n\nSalary: ₡700 000 – ₡820 000 a month\n",
        );
        assert_eq!(
            (s.max, s.currency.as_deref()),
            (Some(820_000.0), Some("CRC"))
        );
        let s = salary_of("# Clerk\n\nSalary: 380 JOD per month\n");
        assert_eq!(s.currency.as_deref(), Some("JOD"));
        // A bare "P" is the pula in Botswana, the peso in the Philippines, and
        // no currency elsewhere.
        let s = salary_of(
            "# Clerk\n\nLocation: Maun, Botswana\n\nSALARY: P 9,120 - P 11,400 per month\n",
        );
        assert_eq!((s.min, s.currency.as_deref()), (Some(9_120.0), Some("BWP")));
        let s = salary_of(
            "# Clerk\n\nLocation: Cebu City, Philippines\n\nSalary: P 18,000 per month\n",
        );
        assert_eq!(s.currency.as_deref(), Some("PHP"));
        let s = salary_of("# Clerk\n\nLocation: Leeds, England\n\nSalary: P 18,000 per month\n");
        assert_ne!(s.currency.as_deref(), Some("BWP"));
        // Dollars that carry their country's letters, and East Africa's shillings.
        for (text, code) in [
            ("Salary: J$2,400,000 per annum", "JMD"),
            ("Salary: TT$9,500 per month", "TTD"),
            ("Salary: FJ$31,000 per annum", "FJD"),
            ("Salary: TSh 1,150,000 per month", "TZS"),
            ("Salary: USh 1,900,000 per month", "UGX"),
        ] {
            let s = salary_of(&format!("# Clerk\n\n{text}\n"));
            assert_eq!(s.currency.as_deref(), Some(code), "{text}");
        }
        // A bare "N" is the naira in Nigeria, and no currency elsewhere.
        let s = salary_of("# Clerk\n\nLocation: Ibadan, Nigeria\n\nSalary: N180,000 monthly\n");
        assert_eq!(
            (s.min, s.currency.as_deref()),
            (Some(180_000.0), Some("NGN"))
        );
        let s = salary_of("# Clerk\n\nLocation: Leeds, England\n\nSalary: N180,000 monthly\n");
        assert_ne!(s.currency.as_deref(), Some("NGN"));
        // A labelled value's period may be in its label alone.
        let doc = crate::document::Document::parse(
            "<h1>Agent</h1><dl><dt>Location</dt><dd>Medellín, Colombia</dd><dt>Monthly salary</dt><dd>COP 3.100.000 gross</dd></dl>",
            crate::document::Format::Html,
        );
        let s = crate::extract::extract(&doc, "t.html").salary;
        assert_eq!(
            (s.min, s.currency.as_deref(), s.period),
            (Some(3_100_000.0), Some("COP"), Some(Period::Month))
        );
    }

    #[test]
    fn koruna_dong_dirham_and_peso_by_their_signs_and_the_country() {
        let s = salary_of(
            "# Programmer\n\nLocation: Brno, Czech Republic\n\nSalary: 48 000 – 62 000 Kč per month\n",
        );
        assert_eq!(
            (s.min, s.max, s.currency.as_deref()),
            (Some(48000.0), Some(62000.0), Some("CZK"))
        );
        let s = salary_of(
            "# Officer\n\nLocation: Agadir, Morocco\n\nSalary: 13,000 DH net per month\n",
        );
        assert_eq!(s.currency.as_deref(), Some("MAD"));
        let s = salary_of(
            "# Planner\n\nLocation: Puerto Montt, Chile\n\nSalary: $1.950.000 per month\n",
        );
        assert_eq!(
            (s.min, s.currency.as_deref()),
            (Some(1950000.0), Some("CLP"))
        );
        // "Rs." is the rupee of the advert's country; "INR" is India's.
        let s = salary_of(
            "# Receptionist\n\nLocation: Kandy, Sri Lanka\n\nSalary: Rs. 65,000 per month\n",
        );
        assert_eq!(s.currency.as_deref(), Some("LKR"));
        let s = salary_of(
            "# Pharmacist\n\nLocation: Lahore, Pakistan\n\nSalary: Rs. 180,000 per month\n",
        );
        assert_eq!(s.currency.as_deref(), Some("PKR"));
        let s = salary_of("# Analyst\n\nLocation: Pune, India\n\nSalary: Rs. 9,00,000 a year\n");
        assert_eq!(s.currency.as_deref(), Some("INR"));
        let s = salary_of(
            "# Consultant\n\nLocation: Colombo, Sri Lanka\n\nSalary: INR 90,000 per month\n",
        );
        assert_eq!(s.currency.as_deref(), Some("INR"));
        // Kronur, soles and kroner by their codes and signs.
        let s = salary_of(
            "# Guide\n\nLocation: Akureyri, Iceland\n\nMonthly salary of 690.000 ISK (gross).\n",
        );
        assert_eq!(
            (s.min, s.currency.as_deref()),
            (Some(690000.0), Some("ISK"))
        );
        let s = salary_of(
            "# Store Manager\n\nLocation: Arequipa, Peru\n\nSalary: S/ 6,500 – S/ 7,800 per month\n",
        );
        assert_eq!(
            (s.min, s.max, s.currency.as_deref()),
            (Some(6500.0), Some(7800.0), Some("PEN"))
        );
        let s = salary_of(
            "# Hydrologist\n\nLocation: Silkeborg, Denmark\n\nThe expected salary is kr. 42.000–47.500 per month.\n",
        );
        assert_eq!(
            (s.min, s.max, s.currency.as_deref()),
            (Some(42000.0), Some(47500.0), Some("DKK"))
        );
        let s = salary_of("# Welder\n\nLocation: Bergen, Norway\n\nLønn: kr 520 000 per year.\n");
        assert_eq!(s.currency.as_deref(), Some("NOK"));
        // The sign after the figure, as Swedes, Norwegians and Poles write it;
        // a comma for the decimal point, a space between the thousands.
        let s = salary_of(
            "# Fish Farmer\n\nLocation: Umeå, Sweden\n\nMonthly salary of 29 500–33 000 kr, depending on experience.\n",
        );
        assert_eq!(
            (s.min, s.max, s.currency.as_deref()),
            (Some(29500.0), Some(33000.0), Some("SEK"))
        );
        let s = salary_of("# Welder\n\nWe pay 41 000 kroner a month.\n");
        assert_eq!((s.min, s.currency.as_deref()), (Some(41000.0), Some("DKK")));
        let s = salary_of("# Driver\n\nPay: 28,40 zł gross per hour\n");
        assert_eq!(
            (s.min, s.currency.as_deref(), s.period),
            (Some(28.4), Some("PLN"), Some(Period::Hour))
        );
        let s = salary_of("# Driver\n\nPay: 5 200 zł gross per month\n");
        assert_eq!((s.min, s.currency.as_deref()), (Some(5200.0), Some("PLN")));
        // A code after the figure names the currency a "$" before it leaves open.
        let s = salary_of("# Ramp Agent\n\nMonthly salary: $16,800 MXN gross\n");
        assert_eq!((s.min, s.currency.as_deref()), (Some(16800.0), Some("MXN")));
        let s = salary_of("# Analyst\n\nSalary: $95,000 CAD a year\n");
        assert_eq!(s.currency.as_deref(), Some("CAD"));
        // A board's label on the line above its range beats a supplement's
        // labelled figure; USAJOBS's "to -" joins a range.
        let s = salary_of(
            "Mechanic\n\nSalary\n$61,963.20 - $79,081.60 Annually\nLocation\nRedding, CA\n\nBilingual Pay: $100 per month for certified staff.\n",
        );
        assert_eq!((s.min, s.max), (Some(61_963.2), Some(79_081.6)));
        let s = salary_of("Technician\n\nSalary\n$47,766 to - $76,091 per year\n");
        assert_eq!((s.min, s.max), (Some(47_766.0), Some(76_091.0)));
        // An intern's stipend, labelled, is the pay; a later job's CTC is not.
        let s = salary_of(
            "# Data Analyst Intern\n\nStipend: ₹25,000 per month\n\nInterns who do well are offered a full-time role (CTC ₹6–8 LPA).\n",
        );
        assert_eq!(s.min, Some(25_000.0));
        // A period alone on the line below a board's figures.
        let s = salary_of(
            "Regulatory Affairs Specialist\n\n$6,000 to $8,500\nMonthly\n\n- Flexible benefits of $1,200 a year\n",
        );
        assert_eq!(
            (s.min, s.max, s.period),
            (Some(6_000.0), Some(8_500.0), Some(Period::Month))
        );
        // A definition list's salary beats a pension's contribution.
        let doc = crate::document::Document::parse(
            "<h1>Transit Supervisor</h1><dl><dt>Salary</dt><dd>$5,104.53 - $6,841.07 Monthly</dd></dl><p>Deferred compensation: the District contributes $75 per month.</p>",
            crate::document::Format::Html,
        );
        let s = crate::extract::extract(&doc, "t.html").salary;
        assert_eq!(s.min, Some(5_104.53));
        // Parking at so much a day is no pay.
        let s = salary_of(
            "# Healthcare Assistant\n\nStaff car parking is available at both hospitals at £4 a day.\n",
        );
        assert_eq!(s.min, None);
        // The code after a range's end names the currency of both ends.
        let s = salary_of("# Analyst\n\nSalary: $140k-$170k CAD\n");
        assert_eq!(s.currency.as_deref(), Some("CAD"));
        assert_eq!(s.min, Some(140_000.0));
        // A year's pay paid out in fourteen monthly instalments, as in Italy.
        let s = salary_of(
            "# Curator\n\nGross annual salary: € 31.200, paid in 14 monthly instalments\n",
        );
        assert_eq!((s.min, s.period), (Some(31200.0), Some(Period::Year)));
        // Training courses paid for are not the pay.
        let s = salary_of(
            "# Technician\n\n- Paid training courses (around EUR 2,500 per year)\n\nWe pay EUR 3,650 gross per month.\n",
        );
        assert_eq!(s.min, Some(3650.0));
    }

    #[test]
    fn millions_of_a_currency_paid_in_millions_and_counts_of_payments() {
        let pay = |text: &str| {
            crate::extract::extract(
                &crate::document::Document::parse(text, crate::document::Format::Markdown),
                "-",
            )
            .salary
        };
        let s = pay("# Data Engineer\n\n- Annual salary: ₩55M–₩70M, depending on experience\n");
        assert_eq!(
            (s.min, s.max, s.currency.as_deref()),
            (Some(55_000_000.0), Some(70_000_000.0), Some("KRW"))
        );
        // In pounds a figure in millions is a budget, not pay.
        let s = pay("# Data Engineer\n\nYou will manage a £2M budget.\n");
        assert_eq!(s.min, None);
        // "paid in 13 monthly instalments" counts payments.
        let s = pay("# Data Engineer\n\n- Salary: competitive, paid in 13 monthly instalments\n");
        assert_eq!(s.min, None);
    }

    #[test]
    fn a_scale_of_points_runs_from_its_first_to_its_last() {
        let p = parse_line(
            "€41,220 – €43,010 – €44,870 (LSI 1) – €46,690 (LSI 2) per annum",
            false,
        )
        .unwrap();
        assert_eq!((p.min, p.max), (Some(41220.0), Some(46690.0)));
        // Two figures are a range as before; a falling third is not a point.
        let p = parse_line("£28,000 - £32,000 - £5,000 bonus", false).unwrap();
        assert_eq!((p.min, p.max), (Some(28000.0), Some(32000.0)));
    }

    #[test]
    fn a_hiring_range_is_pay_and_a_shift_differential_is_not() {
        let text = "# Plant Operator\n\n**Hiring range:** $19.85 – $23.40 per hour\n\nA shift differential of $1.00 per hour is paid for nights.\n";
        let p = crate::extract::extract(
            &crate::document::Document::parse(text, crate::document::Format::Markdown),
            "-",
        );
        let s = p.salary;
        assert_eq!((s.min, s.max), (Some(19.85), Some(23.4)));
    }

    #[test]
    fn money_parts_are_the_patterns_groups() {
        let check = |text: &str| {
            for c in super::MONEY.captures_iter(text) {
                let by_groups = super::MoneyParts {
                    pre: c.name("pre").map(|m| m.as_str()),
                    num: c.name("num").map_or("", |m| m.as_str()),
                    mult: c.name("mult").map(|m| m.as_str()),
                    post: c.name("post").map(|m| m.as_str()),
                };
                assert_eq!(super::money_parts(&c[0]), by_groups, "{text:?}");
            }
        };
        for text in [
            "£30,000 - £35,000 per annum",
            "US$ 120k-150K USD",
            "€45.000,50 EUR and 1'234 CHF",
            "$50 million, 3bn, 2 trillion, 5 mn, 7 Million",
            "1\u{a0}234\u{202f}567 zł or 40\u{a0}k",
            "40 kilos, 12 km, 5 kGBP, 10GBP, 10 €",
        ] {
            check(text);
        }
        for text in crate::text::random_texts(
            "0123456789,.'\u{a0}\u{202f} kKmMnbBilotrGBPUSD$£€złCA-",
            20_000,
            16,
            11,
        ) {
            check(&text);
        }
    }

    use super::*;

    fn pay(
        s: &str,
    ) -> (
        Option<f64>,
        Option<f64>,
        Option<&'static str>,
        Option<Period>,
    ) {
        let p = parse_line(s, false).unwrap_or_else(|| panic!("no pay in {s:?}"));
        (p.min, p.max, p.currency, p.period)
    }

    #[test]
    fn numbers_in_every_notation() {
        assert_eq!(parse_number("38,890"), Some(38890.0));
        assert_eq!(parse_number("60.000"), Some(60000.0));
        assert_eq!(parse_number("1.250.000"), Some(1_250_000.0));
        assert_eq!(parse_number("28.50"), Some(28.5));
        assert_eq!(parse_number("1.234,56"), Some(1234.56));
        assert_eq!(parse_number("1,234.56"), Some(1234.56));
        assert_eq!(parse_number("45"), Some(45.0));
        assert_eq!(parse_number("12,5"), Some(12.5));
    }

    #[test]
    fn ranges_and_single_figures() {
        let y = Some(Period::Year);
        let gbp = Some("GBP");
        assert_eq!(
            pay("£55,000 - £70,000 per annum"),
            (Some(55000.0), Some(70000.0), gbp, y)
        );
        assert_eq!(pay("£30k-£35k"), (Some(30000.0), Some(35000.0), gbp, None));
        // A level written with a leading zero is no amount.
        assert!(parse_line("CONRAISS 08", true).is_none());
        assert!(
            parse_line(
                "The salary scale for the post is (01/03/2026), per annum:",
                true
            )
            .is_none()
        );
        assert!(parse_line("Job Group 07", true).is_none());
        // A district's number before a dash is no end of a range.
        assert_eq!(
            pay("Java Developer - Dublin 2 - €600/day"),
            (Some(600.0), Some(600.0), Some("EUR"), Some(Period::Day))
        );
        assert_eq!(
            pay("15 - €18 an hour"),
            (Some(15.0), Some(18.0), Some("EUR"), Some(Period::Hour))
        );
        assert_eq!(pay("£38,890 starting"), (Some(38890.0), None, gbp, None));
        assert_eq!(pay("Salary £131,000+"), (Some(131000.0), None, gbp, None));
        assert_eq!(
            pay("a salary of over £131,000"),
            (Some(131000.0), None, gbp, None)
        );
        assert_eq!(
            pay("up to $120,000"),
            (None, Some(120000.0), Some("USD"), None)
        );
        assert_eq!(
            pay("$45/hr"),
            (Some(45.0), Some(45.0), Some("USD"), Some(Period::Hour))
        );
        assert_eq!(
            pay("€60.000"),
            (Some(60000.0), Some(60000.0), Some("EUR"), None)
        );
        assert_eq!(
            pay("$150-190k"),
            (Some(150000.0), Some(190000.0), Some("USD"), None)
        );
        assert_eq!(
            pay("$28.50 - $34.00 per hour"),
            (Some(28.5), Some(34.0), Some("USD"), Some(Period::Hour))
        );
        assert_eq!(
            pay("$80,000.00/yr - $100,000.00/yr"),
            (
                Some(80000.0),
                Some(100000.0),
                Some("USD"),
                Some(Period::Year)
            )
        );
        assert_eq!(
            pay("€45.000 to €55.000 a year"),
            (Some(45000.0), Some(55000.0), Some("EUR"), y)
        );
        assert_eq!(
            pay("from £14.20 an hour"),
            (Some(14.2), None, gbp, Some(Period::Hour))
        );
        assert_eq!(
            pay("50,000 - 60,000 EUR"),
            (Some(50000.0), Some(60000.0), Some("EUR"), None)
        );
        assert_eq!(
            pay("£450 per day"),
            (Some(450.0), Some(450.0), gbp, Some(Period::Day))
        );
        assert_eq!(
            pay("USD 90,000 annually"),
            (Some(90000.0), Some(90000.0), Some("USD"), y)
        );
        assert_eq!(
            pay("£2,500 per month"),
            (Some(2500.0), Some(2500.0), gbp, Some(Period::Month))
        );
    }

    #[test]
    fn messy_notations() {
        assert_eq!(
            pay("Compensation$22.00-24.00 per hour"),
            (Some(22.0), Some(24.0), Some("USD"), Some(Period::Hour))
        );
        assert_eq!(
            pay("$ 90000 - $ 113500"),
            (Some(90000.0), Some(113500.0), Some("USD"), None)
        );
        assert_eq!(
            pay("Salary: $60.00 USD Hourly - $65.00 USD Hourly"),
            (Some(60.0), Some(65.0), Some("USD"), Some(Period::Hour))
        );
        assert_eq!(
            pay("Salaire : 45K à 60K €"),
            (Some(45000.0), Some(60000.0), Some("EUR"), None)
        );
        assert_eq!(
            pay("$50-56,000"),
            (Some(50000.0), Some(56000.0), Some("USD"), None)
        );
        assert_eq!(
            pay("Base Salary: $51,500On Target Earnings: $86,500+").0,
            Some(51500.0)
        );
    }

    #[test]
    fn every_figure_on_a_line_is_a_candidate() {
        let all = parse_all("$200 Sign-On Bonus!!! Pay Range: $20 - $25 Per Hour", false);
        assert_eq!(all.len(), 2);
        assert_eq!((all[1].min, all[1].max), (Some(20.0), Some(25.0)));
        // Bare figures count on a pay line only when it shows no currency.
        let all = parse_all(
            "Pay: 12 to 20 hours a week, the pay range is $14 - $20 an hour",
            true,
        );
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].min, Some(14.0));
    }

    #[test]
    fn a_min_max_pay_box_is_one_range() {
        let doc = crate::document::Document::parse(
            "Base pay range\n\nMin\n\nUSD $61,000.00/Yr.\n\nMax\n\nUSD $82,000.00/Yr.\n",
            crate::document::Format::Text,
        );
        let p = crate::extract::extract(&doc, "-");
        assert_eq!((p.salary.min, p.salary.max), (Some(61000.0), Some(82000.0)));
        assert_eq!(p.salary.period, Some(Period::Year));
    }

    #[test]
    fn a_scale_of_points_under_a_pay_heading_is_one_range() {
        let doc = crate::document::Document::parse(
            "Research Fellow\n\nSALARY\n\nResearch Fellow, Level 2\n\n  Point   Annual salary\n  1       €51,200\n  2       €52,900\n  3       €54,650\n\nThe scale follows national pay policy.\n",
            crate::document::Format::Text,
        );
        let p = crate::extract::extract(&doc, "-");
        assert_eq!((p.salary.min, p.salary.max), (Some(51200.0), Some(54650.0)));
        assert_eq!(p.salary.currency.as_deref(), Some("EUR"));
        assert_eq!(p.salary.period, Some(Period::Year));
        // Amounts that do not rise are no scale.
        let doc = crate::document::Document::parse(
            "Research Fellow\n\nSALARY\n\n  1       €51,200\n  2       €50,900\n  3       €54,650\n",
            crate::document::Format::Text,
        );
        assert_ne!(crate::extract::extract(&doc, "-").salary.max, Some(54650.0));
    }

    #[test]
    fn text_keeps_qualifiers_and_period() {
        // A qualifier far along a long line is found where it stands.
        let long = format!(
            "{} and a salary of up to £45,000 a year",
            "words ".repeat(40)
        );
        assert_eq!(
            parse_line(&long, false).unwrap().text,
            "up to £45,000 a year"
        );
        assert_eq!(
            parse_line("- £38,890 starting", false).unwrap().text,
            "£38,890 starting"
        );
        assert_eq!(
            parse_line(
                "Salary Range: £55,000 - £70,000 per annum (depending on experience)",
                false
            )
            .unwrap()
            .text,
            "£55,000 - £70,000 per annum"
        );
        assert_eq!(
            parse_line("up to $120,000", false).unwrap().text,
            "up to $120,000"
        );
    }

    #[test]
    fn not_money() {
        assert!(parse_line("Certified: AZ-400 and AZ-305", false).is_none());
        assert!(parse_line("an investment of more than £1 billion a year", false).is_none());
        assert!(parse_line("raised $12m in funding", false).is_none());
        assert!(parse_line("Closing 31/03/2021", false).is_none());
        assert!(parse_line("5+ years with Azure", false).is_none());
    }

    #[test]
    fn bands_and_grades_are_not_amounts() {
        assert!(parse_line("Pay band: Band 5-6", true).is_none());
        assert!(parse_line("Grade 7", true).is_none());
        assert_eq!(normalise_band("band 8A"), "Band 8a");
        assert_eq!(normalise_band("Band 5-6"), "Band 5–6");
        assert_eq!(normalise_band("Band 8a to 8b"), "Band 8a–8b");
    }

    #[test]
    fn labelled_lines_accept_bare_figures() {
        let p = parse_line("Salary: 30,000 - 35,000", true).unwrap();
        assert_eq!(
            (p.min, p.max, p.currency),
            (Some(30000.0), Some(35000.0), None)
        );
    }

    #[test]
    fn scoring_prefers_pay_over_budgets() {
        let line = "Annual training budget of £3,000 for certifications";
        let p = parse_line(line, false).unwrap();
        assert!(score(line, &p, false) < 0);
        let line = "£50,000 + bonus";
        let p = parse_line(line, false).unwrap();
        assert!(score(line, &p, false) > 0);
        let line = "$80,000 - $125,000 along with commission";
        let p = parse_line(line, false).unwrap();
        assert!(score(line, &p, false) > 0);
        let line = "£1,500 annual learning budget";
        let p = parse_line(line, false).unwrap();
        assert!(score(line, &p, false) < 0);
        let line = "A £500 welcome bonus";
        let p = parse_line(line, false).unwrap();
        assert!(score(line, &p, false) < 0);
    }

    /// The salary the whole extractor settles on for a short advert.
    fn salary_of(text: &str) -> crate::extract::Salary {
        let doc = crate::document::Document::parse(text, crate::document::Format::Markdown);
        crate::extract::extract(&doc, "t.md").salary
    }

    #[test]
    fn amounts_that_are_not_pay_are_never_the_salary() {
        // Each line names a figure that is something other than the pay;
        // an advert with only such figures has no salary.
        for line in [
            "A relocation package means you can claim up to £8k in expenses when you move.",
            "***£2500 Golden Hello Incentive available for this post",
            "Mileage is paid at 45p per mile; a driver doing 1000 miles a month receives £450.00.",
            "Every employee gets a £100 monthly credit to their wallet account.",
            "We pay a £1,000 retention payment after two years.",
            "Tips average £30 a shift.",
            "Mileage reimbursed at $0.85 per km.",
            "• Education support of up to €3,000 a year",
            "Childcare support worth $200 a month.",
            "- $2,000 a year for learning and conferences",
            "£1,000 a year towards professional development",
            "A yearly allowance of €600 for books and courses.",
            "Staff accommodation is available next door for €95 per week.",
            "Salary packaging up to $15,900 a year to increase your take-home pay",
            "A £400 welcome bonus - paid in two halves, £200 after 4 weeks and £200 after 12 weeks",
        ] {
            let salary = salary_of(&format!("# Care Assistant\n\n{line}\n"));
            assert_eq!((salary.min, salary.max), (None, None), "{line}");
        }
    }

    #[test]
    fn an_add_on_after_plus_is_no_cue() {
        let salary = salary_of(
            "# Farm Hand\n\n## Wages\n\n- $20.50 - $23.00/hr depending on experience\n- Boots provided, plus a $250 yearly\n  clothing allowance\n",
        );
        assert_eq!((salary.min, salary.max), (Some(20.5), Some(23.0)));
    }

    #[test]
    fn a_range_without_a_period_beats_a_yearly_sum_for_something_else() {
        let salary = salary_of(
            "# iOS Engineer\n\n## What we offer\n\n- $150,000 – $175,000 + super\n- $2,000 a year for learning and conferences\n",
        );
        assert_eq!((salary.min, salary.max), (Some(150000.0), Some(175000.0)));
        // "for" the person, not a thing, is pay.
        let salary = salary_of("# Chef\n\n£32,000 a year for the right candidate.\n");
        assert_eq!(salary.min, Some(32000.0));
    }

    #[test]
    fn an_add_on_after_the_pay_does_not_replace_it() {
        let salary = salary_of(
            "# Bar Staff\n\nPay: £15.50 an hour plus an equal share of tips (about £2 an hour extra).\n",
        );
        assert_eq!((salary.min, salary.max), (Some(15.5), Some(15.5)));
        assert_eq!(salary.period, Some(Period::Hour));
        let salary = salary_of(
            "# Nurse\n\nSalary: £28,407 - £34,581 per annum. A relocation package of up to £8,000 is available.\n",
        );
        assert_eq!((salary.min, salary.max), (Some(28_407.0), Some(34_581.0)));
    }

    #[test]
    fn clock_times_are_not_amounts() {
        for line in [
            "Band 6, Monday - Friday, 08:30 - 16:30.",
            "Shifts 7am - 3pm",
            "Hours: 9.30am to 5.30pm",
        ] {
            assert!(
                amounts(line)
                    .iter()
                    .all(|a| a.value >= 6.0 && a.value != 8.0),
                "{line}: {:?}",
                amounts(line)
            );
            assert!(parse_all(line, true).is_empty(), "{line}");
        }
    }

    #[test]
    fn a_period_stated_far_before_the_figure_is_not_assumed() {
        let notes = |text: &str| {
            let doc = crate::document::Document::parse(text, crate::document::Format::Markdown);
            let posting = crate::extract::extract(&doc, "t.md");
            (posting.salary.period, posting.notes)
        };
        let (period, notes_for) =
            notes("# Labourer\n\nHourly Pay Rate based on experience:$18-34\n");
        assert_eq!(period, Some(Period::Hour));
        assert!(
            !notes_for.iter().any(|n| n.contains("assumed")),
            "{notes_for:?}"
        );
        // The period word decides even against the amount's guess.
        let (period, _) =
            notes("# Nurse\n\nMonthly salary, depending on experience: 4,200 - 4,800 EUR\n");
        assert_eq!(period, Some(Period::Month));
        // A period word in an earlier sentence of the line is not the pay's.
        let (period, _) = notes(
            "# Manager\n\nReports monthly to the board and helps staff in busy periods at the polls. Salary: $84,528-$102,748.\n",
        );
        assert_eq!(period, Some(Period::Year));
        // With no period word on the line, the guess is still a note.
        let (_, notes_for) = notes("# Labourer\n\nPay based on experience: $18-34\n");
        assert!(
            notes_for.iter().any(|n| n.contains("assumed hourly")),
            "{notes_for:?}"
        );
    }

    #[test]
    fn a_range_written_high_to_low_is_kept_in_order_with_a_note() {
        let p = parse_line("Salary: $185,000 – $150,000 per year", false).unwrap();
        assert_eq!((p.min, p.max), (Some(150_000.0), Some(185_000.0)));
        assert!(p.inverted);
        let text = "# Engineer\n\nSalary: $185,000 – $150,000 per year\n";
        let doc = crate::document::Document::parse(text, crate::document::Format::Markdown);
        let posting = crate::extract::extract(&doc, "t.md");
        assert!(posting.notes.iter().any(|n| n.contains("high to low")));
        // A far smaller second figure is not a range written backwards.
        assert!(
            parse_all("Pay: £30k - 35", false)
                .iter()
                .all(|p| !p.inverted)
        );
    }

    #[test]
    fn hourly_wording_makes_the_period_hourly() {
        for line in [
            "Pay: $25/hr",
            "£12.50 ph",
            "Hourly Rate: $25",
            "F/T 40 hours per week. Hourly Rate: $25",
            "$22 p/h",
        ] {
            assert_eq!(pay(line).3, Some(Period::Hour), "{line}");
        }
        // Hours worked a week are not a weekly pay period.
        assert_ne!(pay("37.5 hours per week, £24,000").3, Some(Period::Week));
    }

    #[test]
    fn figures_in_lakhs_and_with_spaces() {
        let p = parse_line("CTC: 12 - 18 LPA", false).unwrap();
        assert_eq!((p.min, p.max), (Some(1_200_000.0), Some(1_800_000.0)));
        assert_eq!((p.currency, p.period), (Some("INR"), Some(Period::Year)));
        let p = parse_line("Salary: R350 000 per annum", false).unwrap();
        assert_eq!((p.min, p.currency), (Some(350_000.0), Some("ZAR")));
        assert!(p.shared_sign);
        // Without a currency, numbers split by a space are two numbers.
        assert!(amounts("25 100").iter().all(|a| a.value < 1000.0));
        // A currency in letters starts a word: "HR2" holds no rand.
        assert!(amounts("HR2 form").is_empty());
        // The other end of a range beside a currency is one figure too.
        let p = parse_line("Salary: PLN 16 000 – 21 000 gross per month", false).unwrap();
        assert_eq!((p.min, p.max), (Some(16_000.0), Some(21_000.0)));
        let p = parse_line("Salary: 16 000 – 21 000 PLN per month", false).unwrap();
        assert_eq!(
            (p.min, p.max, p.currency),
            (Some(16_000.0), Some(21_000.0), Some("PLN"))
        );
    }

    #[test]
    fn a_figure_gives_way_to_a_range_that_has_it_as_an_end() {
        let s = salary_of(
            "# Teacher\n\nSalary: $52,000-$78,500 DOE\n\nThe schedule runs from $52,000 per year (Step 1) to $78,500 (Step 12).\n",
        );
        assert_eq!((s.min, s.max), (Some(52000.0), Some(78500.0)));
    }

    #[test]
    fn currencies_of_more_countries_by_sign_and_code() {
        for (line, min, max, code) in [
            (
                "Salary: RM 5,500 - RM 7,800 per month",
                5500.0,
                7800.0,
                "MYR",
            ),
            (
                "Salary: ₱28,000 – ₱32,000 per month",
                28000.0,
                32000.0,
                "PHP",
            ),
            (
                "Salary: AED 14,500 - 17,000 per month",
                14500.0,
                17000.0,
                "AED",
            ),
            (
                "Salary: GH₵ 9,500 – GH₵ 12,000 per month",
                9500.0,
                12000.0,
                "GHS",
            ),
            ("Salary: Kshs. 85,000 per month", 85000.0, 85000.0, "KES"),
            (
                "BASIC SALARY: KSHS. 38,270 – KSHS. 51,220 PER MONTH",
                38270.0,
                51220.0,
                "KES",
            ),
            ("Salary: 5,500 MYR per month", 5500.0, 5500.0, "MYR"),
            ("Salary: ₦450,000 monthly", 450000.0, 450000.0, "NGN"),
        ] {
            let p = parse_line(line, false).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (p.min, p.max, p.currency),
                (Some(min), Some(max), Some(code)),
                "{line}"
            );
        }
        // Codes are capitals: "try 3 times" and "Php 8" hold no lira or pesos,
        // and "PHP 8.2" is a language's version.
        for line in [
            "Please try 3 times",
            "Experience with PHP 8.2",
            "Rs are fine",
        ] {
            assert!(
                amounts(line).iter().all(|a| a.currency.is_none()),
                "{line}: {:?}",
                amounts(line)
            );
        }
        // A sign glued to a word before it is still the dollar ("for$130,000").
        let p = parse_line("eligible for$130,000 - $160,000 base salary", false).unwrap();
        assert_eq!(
            (p.min, p.max, p.currency),
            (Some(130000.0), Some(160000.0), Some("USD"))
        );
    }
}
