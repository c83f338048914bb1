//! Unfinished text: template fields, notes to the author, bullets cut short,
//! text pasted twice. These read every line, the preamble included: text
//! that must never reach a candidate is worst where the extractor skips it.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{Group, find_all, re};
use crate::check::{Advert, At, Category, Config, Hit, Rule, Severity};
use crate::document::{BlockKind, Line};

pub const GROUP: Group = Group {
    rules: RULES,
    check,
};

pub const RULES: &[Rule] = &[
    Rule {
        id: "placeholder",
        category: Category::Unfinished,
        severity: Severity::Error,
        summary: "Template text left in the advert: `[Insert Date]`, `[Company]`, `{{salary}}`, `TODO`, `XXX`, `£XX,XXX`, lorem ipsum.",
        hint: "Replace the placeholder with the real value, or remove the line.",
        rationale: "A placeholder that reaches candidates shows the advert was not finished: it loses the fact it stood for (often the closing date or a contact), and it makes the employer look careless.",
        source: "Plain reason: `[Insert …]`, `{{name}}` and `XXX` are how document templates, mail merges and Mustache-style templates (mustache.github.io) mark a value still to fill in; lorem ipsum is the usual filler text",
        bad: "# Payroll Officer\n\n**Application Deadline**: [Insert Date]\n",
        good: "# Payroll Officer\n\n**Application Deadline**: 14 June 2025\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "to-be-confirmed",
        category: Category::Unfinished,
        severity: Severity::Warning,
        summary: "A fact given as `TBC`, `TBA` or `to be confirmed`.",
        hint: "Give the fact if it is known by now; if not, say when it will be (e.g. `Interviews: week of 7 July`).",
        rationale: "\"TBC\" is honest when a date is not fixed yet, but it is also what a template says before it is filled in, and candidates cannot plan around it. It is a warning, not an error: an advert can be published with an interview date to be confirmed.",
        source: "Plain reason: TBC and TBA stand for a fact the employer has not given yet (\"Interviews After Date: TBC\")",
        bad: "# Payroll Officer\n\nInterview date: TBC\n",
        good: "# Payroll Officer\n\nInterview date: 1 July 2025\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "assistant-leftover",
        category: Category::Unfinished,
        severity: Severity::Error,
        summary: "Text addressed to the author, not the candidate: a writing assistant's preamble or sign-off, a prompt, a note that the text was generated.",
        hint: "Delete the note to the author; the advert should start with the job and end with how to apply.",
        rationale: "Adverts drafted with a writing assistant often keep its framing: \"I've created a comprehensive job description…\", \"Here is…\", a \"Key Features:\" summary of the draft, \"Feel free to adjust…\". Published, it tells candidates nobody read the advert, and it can carry the prompt with it.",
        source: "Plain reason: the sentences a chat assistant puts around a draft (\"Here is…\", \"Feel free to adjust…\") are addressed to whoever asked for it, not to a candidate",
        bad: "I've created a comprehensive job description for a Payroll Officer at Brightwater Housing.\n\n# Payroll Officer\n\nWe are hiring.\n",
        good: "# Payroll Officer\n\nWe are hiring.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "truncated-item",
        category: Category::Unfinished,
        severity: Severity::Warning,
        summary: "A bullet or sentence that stops mid-phrase: it ends on \"and\", \"of\", \"such as\", or names a standards body with no standard (\"A good understanding of ISO\").",
        hint: "Finish the item (e.g. name the standard: `ISO 27001`), or remove it.",
        rationale: "A requirement cut short cannot be met or judged: a candidate cannot tell which ISO standard, or what comes after \"such as\". It usually means text was lost in copying or never written.",
        source: "Plain reason: an item that ends on a joining word, or names ISO (which publishes numbered standards, iso.org) with no number, has lost its end",
        bad: "# Developer\n\n## Knowledge\n\n- A good understanding of ISO\n- Experience with tools such as\n",
        good: "# Developer\n\n## Knowledge\n\n- A good understanding of ISO 27001\n- Experience with tools such as Git\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "duplicate-item",
        category: Category::Unfinished,
        severity: Severity::Warning,
        summary: "The same bullet or paragraph appears more than once.",
        hint: "Keep one copy; if the repeat was meant to say something else, write that instead.",
        rationale: "Repeated items make an advert longer without saying more, and a list of requirements with a bullet three times reads as careless. A repeated item is often a placeholder for one that was never written.",
        source: "Plain reason: a second copy of an item adds length but no information",
        bad: "# Developer\n\n- A good understanding of SQL\n- A good understanding of SQL\n",
        good: "# Developer\n\n- A good understanding of SQL\n- A good understanding of Git\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "repeated-words",
        category: Category::Unfinished,
        severity: Severity::Info,
        summary: "A word or phrase written twice in a row: \"the the\", \"be able to be able to\".",
        hint: "Delete the second copy.",
        rationale: "A doubled word or phrase is a slip of editing (a phrase pasted twice, a sentence rewritten halfway). Readers notice it, and it makes the advert look unchecked. The copies must follow each other with only spaces between them; words rightly doubled (\"that that\", \"had had\"), emphasis (\"very very\") and numbers are left alone.",
        source: "Plain reason; the doubled-word warnings of word processors, and the \"lexical illusions\" checks of prose linters such as write-good and proselint",
        bad: "# Clerk\n\nYou must be able to be able to type. Send the the form to us.\n",
        good: "# Clerk\n\nYou must be able to type. Send the form to us.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "empty-section",
        category: Category::Unfinished,
        severity: Severity::Warning,
        summary: "A heading that names a part of the advert (Benefits, Salary, How to apply, Requirements…) with nothing under it, in Markdown and HTML, where headings are marked as such.",
        hint: "Write the section, or remove its heading.",
        rationale: "An empty \"Benefits\" or \"How to apply\" section is a template slot that was never filled: it promises information the advert does not give.",
        source: "Common advert templates",
        bad: "# Payroll Officer\n\nWe are hiring.\n\n## Benefits\n\n## How to apply\n\nApply online.\n",
        good: "# Payroll Officer\n\nWe are hiring.\n\n## Benefits\n\n- 28 days annual leave\n\n## How to apply\n\nApply online.\n",
        example_config: "",
        settings: &[],
    },
];

/// Bracketed template fields: "[Insert Date]", "[Company Name]", "[HR Contact Email]".
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\[\s*(?:(?:insert|add|enter|include|replace|fill in|type|your|company|employer|organi[sz]ation|hiring|recruiter|contact|job title|role title|x{2,}|tbc|tbd|todo|placeholder)\b[^\[\]\n]{0,60}|[^\[\]\n]{0,60}\b(?:name|date|dates|date range|email|e-mail|address|number|link|url|salary|location|title|details|amount|here)\s*)\]",
    )
});
/// Other template syntaxes and filler.
static OTHER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\{\{[^{}\n]{0,60}\}\}|\{%[^%\n]{0,60}%\}|\$\{[A-Za-z_][^{}\n]{0,40}\}|<<[A-Za-z][^<>\n]{0,40}>>|\b(?:TODO|FIXME|TKTK)\b|\bXXX+\b|[£$€]\s?[Xx]{1,3}(?:[,.][Xx]{3})+|[£$€]\s?[Xx]{2,}\b|\b[Xx]{2}/[Xx]{2}/(?:[Xx]{2,4}|20[Xx]{2})\b|(?i:\blorem ipsum(?: dolor sit amet)?\b)",
    )
});
static TBC: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:TBC|TBA|TBD|[Tt]o be (?:confirmed|announced|determined|advised))\b")
});

/// Phrases that talk to the author.
static ASSISTANT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bI(?:['’]ve| have) (?:created|written|drafted|prepared|put together|generated|produced|updated|revised|tailored)\b|\bas an ai\b|\b(?:an? )?(?:ai|large) language model\b|\bgenerated (?:entirely |automatically |wholly )?(?:by|with|using) (?:an? )?(?:ai|chatgpt|gpt-?\d*|claude|gemini|copilot|llm)\b|\bfeel free to (?:adjust|modify|customi[sz]e|edit|tailor|tweak|change)\b|\blet me know if you(?:['’]d| would)? (?:like|want|need)\b|\bwould you like me to\b|\bi hope this helps\b|\byou (?:can|may|might want to) (?:adjust|customi[sz]e|tailor|modify|tweak) (?:this|the|it)\b",
    )
});
/// Replies that open with the assistant's voice, at the start of a block.
static ASSISTANT_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:sure|certainly|absolutely|of course)[!,.]|here(?:['’]s| is) (?:a|an|the|your) (?:\w+ )?(?:job description|job advert|advert|draft|version|job posting|posting|description)\b)",
    )
});
/// Headings that frame a prompt and its output.
static ASSISTANT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(?:(?:ai|chatgpt|llm|gpt) (?:prompt|output|response|answer)|prompt|output|response)$")
});
/// The summary a writing assistant puts before its draft.
static SUMMARY_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:key features|highlights|summary of changes)\s*:?$"));

/// Words an item cannot end on: an article, a conjunction, a lead-in.
static DANGLING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[\s(])(?:the|a|an|and|or|of|such as|including|e\.g\.?|i\.e\.?|eg|ie|as well as|&|/)$",
    )
});
/// Words that may end an item on "of".
static FINE_OF: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:proud|fond|made|think|dream|heard|sure|afraid) of$"));
/// A relative clause, whose preposition may end it ("that you can be proud of").
static RELATIVE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:that|which|who|whom|you|you['’]ll|we|we['’]ll|they)\b"));
/// Standards bodies that need a number after them.
static STANDARD_BODY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|\s)(?:ISO|IEC|ISO/IEC|IEEE|RFC)$"));

fn check(ad: &Advert, config: &Config, out: &mut Vec<Hit>) {
    let all: Vec<Line> = ad.all_lines().collect();
    placeholders(ad, &all, out);
    assistant(ad, &all, out);
    truncated(ad, out);
    if config.enabled("duplicate-item") {
        duplicates(ad, out);
    }
    empty_sections(ad, out);
    repeated_words(ad, out);
}

/// Words rightly written twice ("that that", "had had") or for emphasis.
const DOUBLED_RIGHTLY: &[&str] = &[
    "that", "had", "is", "do", "bye", "very", "so", "really", "no", "yes", "ha", "ho", "far",
    "more", "many", "much", "knock", "tut", "chop", "pom", "again", "round", "on", "over",
];

/// The same word or run of up to four words twice in a row on one line,
/// with only spaces between: "the the", "be able to be able to".
fn repeated_words(ad: &Advert, out: &mut Vec<Hit>) {
    for line in ad.lines() {
        let text = line.text;
        let mut tokens: Vec<(usize, usize)> = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            // A hyphen keeps a word whole: "in in-service" is no doubled word.
            let word = c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
            match (word, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    tokens.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            tokens.push((s, text.len()));
        }
        let word = |k: usize| &text[tokens[k].0..tokens[k].1];
        let spaced = |a: usize, b: usize| {
            (a..b).all(|k| text[tokens[k].1..tokens[k + 1].0].chars().all(|c| c == ' '))
        };
        let mut i = 0;
        while i < tokens.len() {
            let found = (1..=4).rev().find(|&n| {
                i + 2 * n <= tokens.len()
                    && (0..n).all(|k| word(i + k).eq_ignore_ascii_case(word(i + n + k)))
                    && spaced(i, i + 2 * n - 1)
                    && (n > 1 || {
                        let w = word(i).to_lowercase();
                        !DOUBLED_RIGHTLY.contains(&w.as_str())
                            && !w.chars().all(|c| c.is_ascii_digit())
                            && (w.chars().count() > 1 || w == "a")
                    })
                    // Two words or more: at least one of them a word, not a number.
                    && (0..n).any(|k| word(i + k).chars().any(char::is_alphabetic))
                    // "face to face to discuss", "day to day to": "X to X" read on.
                    && !(n == 2
                        && word(i).eq_ignore_ascii_case(word(i + 2))
                        && ["to", "by", "in", "on", "for", "after"]
                            .contains(&word(i + 1).to_lowercase().as_str())
                        && i + 4 < tokens.len()
                        && !word(i + 4).eq_ignore_ascii_case(word(i)))
            });
            match found {
                Some(n) => {
                    let (from, to) = (tokens[i + n].0, tokens[i + 2 * n - 1].1);
                    let phrase = &text[from..to];
                    out.push(Hit::new(
                        "repeated-words",
                        ad.words(line, from, to),
                        format!("\"{phrase}\" is written twice in a row"),
                    ));
                    i += 2 * n;
                }
                None => i += 1,
            }
        }
    }
}

/// Whether a line may hold one of [`OTHER`]'s placeholders: each of them
/// holds one of these pieces ("{{", "TODO", two x's in a row, "lorem"…), so
/// a line with none is passed over, and an advert with none does not
/// compile the pattern.
fn may_hold_other(text: &str) -> bool {
    ["{{", "{%", "${", "<<", "TODO", "FIXME", "TKTK"]
        .iter()
        .any(|piece| text.contains(piece))
        || text
            .as_bytes()
            .windows(2)
            .any(|w| w[0].eq_ignore_ascii_case(&b'x') && w[1].eq_ignore_ascii_case(&b'x'))
        || text.to_ascii_lowercase().contains("lorem")
}

fn placeholders(ad: &Advert, all: &[Line], out: &mut Vec<Hit>) {
    // Every bracketed field is in brackets, every other placeholder holds
    // one of `may_hold_other`'s pieces: lines without are passed over.
    let bracketed: Vec<Line> = all
        .iter()
        .filter(|l| l.text.contains('['))
        .copied()
        .collect();
    let other: Vec<Line> = all
        .iter()
        .filter(|l| may_hold_other(l.text))
        .copied()
        .collect();
    let mut found = Vec::new();
    if !bracketed.is_empty() {
        found.extend(find_all(ad, &bracketed, &BRACKETED));
    }
    if !other.is_empty() {
        found.extend(find_all(ad, &other, &OTHER));
    }
    for (_, at, text) in found {
        out.push(Hit::new(
            "placeholder",
            at,
            format!("Placeholder text \"{text}\" left in the advert"),
        ));
    }
    for (_, at, text) in find_all(ad, all, &TBC) {
        out.push(Hit::new(
            "to-be-confirmed",
            at,
            format!("\"{text}\": a fact the advert has not filled in"),
        ));
    }
}

fn assistant(ad: &Advert, all: &[Line], out: &mut Vec<Hit>) {
    for (_, at, text) in find_all(ad, all, &ASSISTANT) {
        out.push(Hit::new(
            "assistant-leftover",
            at,
            format!("\"{text}\" is addressed to the author, not the candidate"),
        ));
    }
    for (i, block) in ad.doc.blocks.iter().enumerate() {
        let Some((line_no, first)) = block.text_lines().next() else {
            continue;
        };
        let line = Line {
            block: i,
            line: line_no,
            text: first,
        };
        let trimmed = first.trim();
        let message = if block.is_heading() && ASSISTANT_HEADING.is_match(trimmed) {
            Some(format!(
                "The heading \"{trimmed}\" frames a prompt or its output, not the advert"
            ))
        } else if !block.is_heading()
            && ASSISTANT_OPENING.is_match(trimmed)
            && !ASSISTANT.is_match(trimmed)
        {
            Some(format!(
                "\"{}\" opens a reply to the author, not the advert",
                crate::extract::clip(trimmed, 60)
            ))
        } else if ad.excluded(i) && SUMMARY_LABEL.is_match(trimmed) {
            Some(format!(
                "\"{trimmed}\" introduces a summary of the draft, not the advert"
            ))
        } else {
            None
        };
        if let Some(message) = message {
            let at = ad.words(
                &line,
                first.len() - first.trim_start().len(),
                first.trim_end().len(),
            );
            out.push(Hit::new("assistant-leftover", at, message));
        }
    }
}

fn truncated(ad: &Advert, out: &mut Vec<Hit>) {
    for (i, block) in ad.doc.blocks.iter().enumerate() {
        // Plain text keeps its hard-wrapped lines, so a paragraph's last line
        // can end anywhere: there only bullets are judged.
        let paragraph_ok = ad.doc.format != crate::document::Format::Text;
        let judged = match block.kind {
            BlockKind::ListItem { .. } => true,
            BlockKind::Paragraph => paragraph_ok,
            _ => false,
        };
        if ad.excluded(i) || !judged {
            continue;
        }
        let Some((line_no, last)) = block.text_lines().last() else {
            continue;
        };
        let end = last.trim_end().trim_end_matches([',', ';']).trim_end();
        if end.is_empty()
            || end.ends_with(['.', '!', '?', ':'])
                && !end.ends_with("e.g.")
                && !end.ends_with("i.e.")
        {
            continue;
        }
        let words = block.text.split_whitespace().count();
        let line = Line {
            block: i,
            line: line_no,
            text: last,
        };
        let dangling = DANGLING.find(end).filter(|m| {
            let word = m
                .as_str()
                .trim_start_matches([' ', '('])
                .trim()
                .to_lowercase();
            let before = end[..m.start()].trim_end();
            // "…; or" and "… degree. Or" join an item to the next one.
            let joins_next = matches!(word.as_str(), "and" | "or" | "&")
                && before.ends_with([';', ',', '.', ':']);
            // "problems you can take ownership of": the object came earlier.
            let stranded = word == "of" && (FINE_OF.is_match(end) || RELATIVE.is_match(before));
            words >= 2 && !joins_next && !stranded
        });
        let body = STANDARD_BODY.find(end).filter(|_| words >= 3);
        if let Some(m) = dangling {
            let word = m.as_str().trim_start_matches([' ', '(']).trim();
            let start = end.len() - word.len();
            out.push(Hit::new(
                "truncated-item",
                ad.words(&line, start, end.len()),
                format!("This item stops mid-phrase, on \"{word}\""),
            ));
        } else if let Some(m) = body {
            let word = m.as_str().trim();
            let start = end.len() - word.len();
            out.push(
                Hit::new(
                    "truncated-item",
                    ad.words(&line, start, end.len()),
                    format!("This item names {word} but no {word} standard"),
                )
                .hint(format!(
                    "Name the standard, e.g. `{word} 27001`, or remove the item."
                )),
            );
        }
    }
}

/// A block's text for comparing: lower case, single spaces, no closing punctuation.
fn key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_end_matches(['.', ',', ';', ':', '!'])
        .to_string()
}

fn duplicates(ad: &Advert, out: &mut Vec<Hit>) {
    // The blocks compared, in order: list items and paragraphs of the advert proper.
    // Front matter (its tags, its contact) is metadata, not the advert's text.
    let blocks: Vec<usize> = (0..ad.doc.blocks.len())
        .filter(|&i| {
            !ad.excluded(i)
                && ad.doc.blocks[i].pos.line > ad.doc.front_matter
                && matches!(
                    ad.doc.blocks[i].kind,
                    BlockKind::ListItem { .. } | BlockKind::Paragraph
                )
        })
        .collect();
    let doc = ad.doc;
    // Which run of consecutive list items each block is in.
    let mut list_of = HashMap::new();
    let mut list = 0;
    for i in 0..doc.blocks.len() {
        match doc.blocks[i].kind {
            BlockKind::ListItem { .. } => {
                list_of.insert(i, list);
            }
            _ => list += 1,
        }
    }
    let mut first_seen: HashMap<String, usize> = HashMap::new();
    // (position in `blocks` of the repeat, position of the original)
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    for (n, &i) in blocks.iter().enumerate() {
        let k = key(&doc.blocks[i].text);
        if k.is_empty() || !k.chars().any(char::is_alphabetic) {
            continue;
        }
        match first_seen.get(&k) {
            Some(&m) => {
                let same_list =
                    list_of.contains_key(&i) && list_of.get(&i) == list_of.get(&blocks[m]);
                let continues_run = repeats
                    .last()
                    .is_some_and(|&(rn, rm)| rn + 1 == n && rm + 1 == m);
                if same_list || continues_run || k.split(' ').count() >= 3 {
                    repeats.push((n, m));
                }
            }
            None => {
                first_seen.insert(k, n);
            }
        }
    }
    // Runs of repeats whose originals are consecutive too: a pasted section.
    let mut r = 0;
    while r < repeats.len() {
        let mut end = r;
        while end + 1 < repeats.len()
            && repeats[end + 1].0 == repeats[end].0 + 1
            && repeats[end + 1].1 == repeats[end].1 + 1
        {
            end += 1;
        }
        let (first, orig) = repeats[r];
        let (last, orig_last) = repeats[end];
        let line_of = |n: usize| {
            doc.blocks[blocks[n]]
                .lines
                .first()
                .copied()
                .unwrap_or(doc.blocks[blocks[n]].pos.line)
        };
        let last_line_of = |n: usize| {
            doc.blocks[blocks[n]]
                .lines
                .last()
                .copied()
                .unwrap_or(doc.blocks[blocks[n]].pos.line)
        };
        let kind = |n: usize| match doc.blocks[blocks[n]].kind {
            BlockKind::ListItem { .. } => "item",
            _ => "paragraph",
        };
        let hit = if r == end {
            Hit::new(
                "duplicate-item",
                ad.block_at(blocks[first]),
                format!("This {} repeats line {}", kind(first), line_of(orig)),
            )
        } else {
            Hit::new(
                "duplicate-item",
                At::Lines(line_of(first), last_line_of(last)),
                format!(
                    "Lines {}–{} repeat lines {}–{}",
                    line_of(first),
                    last_line_of(last),
                    line_of(orig),
                    last_line_of(orig_last)
                ),
            )
        };
        out.push(hit);
        r = end + 1;
    }
}

/// The names of the parts of an advert that hold its facts.
static SECTION_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:the\s+)?(?:benefits|perks|what we offer|what you(?:'|’)ll get|rewards?|salary|pay|package|compensation|how to apply|to apply|applying|application process|contact(?: us| details)?|closing date|key dates|location|hours|working hours|about (?:us|the (?:role|company|team|job))|responsibilities|key responsibilities|duties|main duties|requirements|qualifications|skills|essential|desirable|person specification|job description|overview|summary)\s*:?$",
    )
});

fn empty_sections(ad: &Advert, out: &mut Vec<Hit>) {
    let doc = ad.doc;
    // Plain text has headings only by their shape, and a label line ("Posting
    // Date") above its value reads as a heading: only marked-up headings count.
    if doc.format == crate::document::Format::Text {
        return;
    }
    for (i, block) in doc.blocks.iter().enumerate() {
        let BlockKind::Heading { level } = block.kind else {
            continue;
        };
        if ad.excluded(i) || block.text.trim().is_empty() {
            continue;
        }
        // A heading used as bold text (a tagline, "Salary: £30,000", "Apply
        // today!", a title block) is no section: only a short name is.
        let name = block.text.trim();
        let words = name.split_whitespace().count();
        // Only a heading that names a part every advert fills ("Benefits",
        // "How to apply") promises something; a parent heading whose parts
        // follow at its own level, or a notice set as a heading, does not.
        if !SECTION_NAME.is_match(name) {
            continue;
        }
        if words > 5
            || name.contains('\n')
            || name.ends_with(['!', '?', '.'])
            || name
                .chars()
                .any(|c| c.is_ascii_digit() || "£$€|".contains(c))
            || (name.contains(':') && !name.ends_with(':'))
        {
            continue;
        }
        // The next block that is not a thematic break.
        let next = doc.blocks[i + 1..]
            .iter()
            .find(|b| b.kind != BlockKind::Break);
        let empty = match next {
            None => i > 0,
            Some(b) => matches!(b.kind, BlockKind::Heading { level: l } if l <= level),
        };
        if empty {
            out.push(Hit::new(
                "empty-section",
                ad.block_at(i),
                format!(
                    "The section \"{}\" is empty",
                    crate::extract::clip(block.text.lines().next().unwrap_or("").trim(), 60)
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{lines, run};

    #[test]
    fn words_and_phrases_written_twice() {
        let md = "# Clerk\n\nYou must be able to be able to type. Send the the form. A a clerk.\n";
        let f = run("repeated-words", md);
        let said: Vec<&str> = f.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            said,
            [
                "\"be able to\" is written twice in a row",
                "\"the\" is written twice in a row",
                "\"a\" is written twice in a row"
            ]
        );
        assert_eq!((f[0].line, f[0].column), (3, 21));
        for md in [
            "# Clerk\n\nHe said that that was fine. It had had no effect. Very very good.\n",
            "# Clerk\n\nYes | Yes\n\nMonday, Monday. Shifts 9 9 9.\n",
            "# Clerk\n\nThe team\n\nThe team is small.\n",
            "# Clerk\n\nWe meet face to face to plan the week.\n",
        ] {
            assert!(run("repeated-words", md).is_empty(), "{md}");
        }
    }

    #[test]
    fn placeholders_of_every_kind() {
        let md = "# Job\n\nJoin [Company Name] as our [Job Title].\n\nPay: £XX,XXX. Start: XX/XX/20XX.\n\nHello {{first_name}}.\n\nTODO: add benefits\n\nLorem ipsum dolor sit amet.\n\nContact: [HR Contact Email]\n";
        let found: Vec<String> = run("placeholder", md)
            .iter()
            .map(|f| format!("{}:{}", f.line, f.message))
            .collect();
        assert_eq!(
            found,
            [
                "3:Placeholder text \"[Company Name]\" left in the advert",
                "3:Placeholder text \"[Job Title]\" left in the advert",
                "5:Placeholder text \"£XX,XXX\" left in the advert",
                "5:Placeholder text \"XX/XX/20XX\" left in the advert",
                "7:Placeholder text \"{{first_name}}\" left in the advert",
                "9:Placeholder text \"TODO\" left in the advert",
                "11:Placeholder text \"Lorem ipsum dolor sit amet\" left in the advert",
                "13:Placeholder text \"[HR Contact Email]\" left in the advert",
            ]
        );
    }

    #[test]
    fn ordinary_brackets_and_capitals_are_not_placeholders() {
        let md = "# Job\n\nWe use C# [and .NET] daily. See [our site](https://example.org).\n\nThe XXL team. Todo lists. Salary: £30,000 (pro rata).\n";
        assert!(run("placeholder", md).is_empty());
    }

    #[test]
    fn the_placeholder_is_underlined_exactly() {
        let f = &run(
            "placeholder",
            "# Job\n\n**Application Deadline**: [Insert Date]\n",
        )[0];
        assert_eq!((f.line, f.column, f.end_column), (3, 27, 40));
    }

    #[test]
    fn tbc_is_a_warning_of_its_own() {
        assert_eq!(
            lines(
                "to-be-confirmed",
                "# Job\n\n|||\n|-|-|\n|Interview | TBC |\n"
            ),
            [5]
        );
        assert!(lines("placeholder", "# Job\n\nInterview: TBC\n").is_empty());
        assert!(lines("to-be-confirmed", "# Job\n\nA table-based layout.\n").is_empty());
    }

    #[test]
    fn assistant_framing_is_found_in_the_preamble() {
        let md = "# Lead Engineer\n\nThis job description is a fictitious example, generated entirely by AI.\n\n## AI prompt\n\n```\nWrite a job description.\n```\n\n## AI output\n\nI've created a comprehensive job description. It includes:\n\n**Key Features:**\n- Cloud skills\n\n---\n\n## Overview\n\nWe are hiring. Feel free to adjust the salary.\n";
        assert_eq!(lines("assistant-leftover", md), [3, 5, 11, 13, 15, 22]);
    }

    #[test]
    fn adverts_that_mention_ai_are_not_leftovers() {
        let md = "# ML Engineer\n\nYou will build AI tools and train language models. Here is what you'll do:\n\n## Key features of the role\n\n- Output: dashboards\n";
        assert!(run("assistant-leftover", md).is_empty());
    }

    #[test]
    fn truncated_items() {
        let md = "# Job\n\n- A good understanding of ISO\n- Experience of Python and\n- Tools such as\n- Knowledge of ISO 9001\n- Something to be proud of\n- Comfortable with risk\n- Python, Go and so on;\n- A degree in nursing. Or\n- A licence to practise; and\n- Problems that you can take ownership of\n";
        assert_eq!(lines("truncated-item", md), [3, 4, 5]);
        let f = &run("truncated-item", md)[0];
        assert_eq!((f.column, f.end_column), (27, 30));
        assert_eq!(f.message, "This item names ISO but no ISO standard");
    }

    #[test]
    fn front_matter_tags_are_no_duplicates() {
        let md = "---\ntitle: Developer\ntags:\n  - python\n  - python\n---\n\n# Developer\n\n- Python\n";
        assert!(run("duplicate-item", md).is_empty());
    }

    #[test]
    fn duplicates_singly_and_as_pasted_runs() {
        let md = "# Job\n\n- A good understanding of ISO\n- A good understanding of ISO\n- A good understanding of ISO\n\n## Benefits\n\n- Pension scheme for all\n- Free parking on site\n\n## Again\n\n- Pension scheme for all\n- Free parking on site\n";
        let found: Vec<String> = run("duplicate-item", md)
            .iter()
            .map(|f| format!("{}-{}:{}", f.line, f.end_line, f.message))
            .collect();
        assert_eq!(
            found,
            [
                "4-4:This item repeats line 3",
                "5-5:This item repeats line 3",
                "14-15:Lines 14–15 repeat lines 9–10"
            ]
        );
    }

    #[test]
    fn short_items_repeat_only_within_one_list() {
        let md = "# Job\n\n## Essential\n\n- Python\n\n## Desirable\n\n- Python\n";
        assert!(run("duplicate-item", md).is_empty());
        assert_eq!(
            lines("duplicate-item", "# Job\n\n- Python\n- Go\n- Python\n"),
            [5]
        );
    }

    #[test]
    fn empty_sections() {
        let md = "# Job\n\n## Benefits\n\n## Apply\n\nOnline.\n\n## Team\n\n### Leeds\n\nTen people.\n\n## Contact\n";
        assert_eq!(lines("empty-section", md), [3, 15]);
        // Headings used as bold text are no sections.
        let md = "# Job\n\n## Join a team that cares about every patient we see\n\n## Hours: 37.5 a week\n\n## Apply today!\n\n## About\n\nText.\n";
        assert!(run("empty-section", md).is_empty());
    }
}
