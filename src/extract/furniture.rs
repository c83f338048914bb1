//! Page furniture: what a job board or careers site puts around an advert,
//! which a reader copies with it when they select a whole page ("Skip to
//! main content", the site's menu, a trail of links, "Apply now  Save",
//! "Similar jobs" with other adverts' titles, places and pay, the site's
//! own address and copyright line).
//!
//! None of it is the advert's, and each piece looks like something the
//! readers want: a menu's "Sign in" stands alone as a headline does, a list
//! of similar jobs holds titles, towns and pay, and the footer's address is
//! the board's office. So the blocks that are only furniture are left out
//! of the advert, as a preamble is. The HTML reader already leaves out
//! `nav`, `aside`, `footer` and form controls; this finds the same things by
//! their words in text and Markdown, and in HTML that does not mark them.

use crate::document::{BlockKind, Document};

/// Per block, true when it is page furniture (see the module's comment).
pub(super) fn furniture(doc: &Document) -> Vec<bool> {
    let n = doc.blocks.len();
    let mut out = vec![false; n];
    let mut i = 0;
    while i < n {
        let block = &doc.blocks[i];
        if matches!(block.kind, BlockKind::Code | BlockKind::Break) {
            i += 1;
            continue;
        }
        let first = block.text.lines().next().unwrap_or("").trim();
        if other_adverts_heading(first) {
            // The list runs to the next heading of its own level or above.
            // After a marker that is no heading (a page copied as text, where
            // a listed job's title may look like a heading) it runs to the
            // end of the page when it is in the page's second half, where
            // such lists stand, else to the next heading.
            let (level, to_end) = match block.kind {
                BlockKind::Heading { level } => (level, false),
                _ => (u8::MAX, 2 * i >= n),
            };
            out[i] = true;
            i += 1;
            while i < n {
                match doc.blocks[i].kind {
                    BlockKind::Heading { level: l } if !to_end && l <= level => break,
                    _ => out[i] = true,
                }
                i += 1;
            }
            continue;
        }
        // A copyright line ends the page: it and what follows are the site's.
        // Only in the page's second half, and its block only when the line
        // opens it or the block is short (a page copied as one block of
        // lines keeps its advert).
        if 2 * i >= n
            && let Some(at) = block.text.lines().position(is_copyright_line)
        {
            let from = if at == 0 || block.text.lines().count() <= 6 {
                i
            } else {
                i + 1
            };
            out[from..].iter_mut().for_each(|x| *x = true);
            break;
        }
        // A button that links to the application form is the advert's own.
        let applies = doc
            .links
            .iter()
            .any(|l| l.block == Some(i) && l.text.trim().to_lowercase().starts_with("apply"));
        out[i] = if applies {
            false
        } else if block.is_heading() {
            // A line standing alone reads as a heading in text: "Sign in",
            // a trail. A heading may be a button's words and still head the
            // advert's own section ("Apply", "Email").
            is_furniture_line(first)
                && !matches!(
                    folded(first).as_str(),
                    "apply" | "apply now" | "email" | "back"
                )
        } else {
            is_furniture_block(&block.text)
        };
        i += 1;
    }
    out
}

/// "Similar jobs", "Jobs you may be interested in", "Job seekers also
/// viewed", "Other jobs at Acme": a heading over other adverts.
fn other_adverts_heading(line: &str) -> bool {
    let line = line.trim_end_matches(':').trim();
    // (Most lines are prose: a cheap look first.)
    if line.len() > 80 || line.ends_with('.') {
        return false;
    }
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    const LISTS: &[&str] = &[
        "jobs",
        "vacancies",
        "roles",
        "positions",
        "openings",
        "opportunities",
        "listings",
        "adverts",
        "ads",
    ];
    const OPENERS: &[&str] = &[
        "similar",
        "related",
        "recommended",
        "featured",
        "latest",
        "other",
        "more",
        "recent",
    ];
    // "Similar jobs", "Other open roles", "More jobs at Acme", "Recommended
    // jobs for you", "Similar jobs near Kelowna".
    if OPENERS.contains(&w[0])
        && w.iter()
            .skip(1)
            .take(2)
            .any(|x| LISTS.contains(x) || x.trim_end_matches('s') == "job")
    {
        return true;
    }
    // "Jobs you may be interested in", "Jobs you might also like".
    if LISTS.contains(&w[0]) && w.get(1) == Some(&"you") {
        return true;
    }
    // "Job seekers also viewed", "People also viewed", "You may also like".
    let joined = w.join(" ");
    joined.ends_with("also viewed")
        || joined.ends_with("also applied for")
        || joined == "you may also like"
        || joined == "you might also like"
}

/// "© 2026 Acme Jobs Ltd", "Copyright 2026 …", "All rights reserved",
/// "Powered by Acme ATS": a site's last line. Only a short line: a long one is a paragraph of the
/// advert that happens to carry the sign.
fn is_copyright_line(line: &str) -> bool {
    let line = line.trim();
    // (A cheap look for the sign or the words first.)
    if !(line.contains('©')
        || line.contains("opyright")
        || line.contains("ights reserved")
        || line.contains("owered by")
        || line.starts_with("(c)")
        || line.starts_with("(C)"))
        || line.split_whitespace().count() > 14
    {
        return false;
    }
    let lower = line.to_lowercase();
    parts(&lower).iter().any(|p| p.starts_with('©'))
        || lower.starts_with("powered by ")
        || lower.starts_with("(c) 20")
        || lower.starts_with("copyright ©")
        || lower.starts_with("copyright 20")
        || lower.contains("all rights reserved")
}

/// A block whose every line is furniture: a menu, a trail of links, a row
/// of buttons, a "Skip to content" link. A block that opens with "Skip to"
/// is the page's navigation whatever short lines follow in it; a page
/// copied with no blank line in it, the advert's prose and all, is not.
fn is_furniture_block(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let Some(first) = lines.next() else {
        return false;
    };
    if is_skip_link(first) && !text.lines().any(|l| l.len() > 200) {
        return true;
    }
    // A thread's title over its stamp ("Ask HN: Who is hiring? (March
    // 2027)" / "412 points by whoishiring 5 days ago | hide | …").
    let rest: Vec<&str> = lines.collect();
    if let Some(last) = rest.last()
        && rest.len() <= 2
        && post_stamp(&parts(last))
    {
        return true;
    }
    is_furniture_line(first) && rest.into_iter().all(is_furniture_line)
}

fn is_skip_link(line: &str) -> bool {
    line.get(..8)
        .is_some_and(|head| head.eq_ignore_ascii_case("skip to "))
        && line.split_whitespace().count() <= 6
}

fn is_furniture_line(line: &str) -> bool {
    // "Sam Te Aho is with Kirsty Brandt.": a social post's line of who
    // posted it, with whom.
    if let Some((who, with)) = line.trim_end_matches('.').split_once(" is with ")
        && [who, with].iter().all(|name| {
            let words: Vec<&str> = name.split_whitespace().collect();
            (1..=4).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
        })
    {
        return true;
    }
    // A menu, a trail or a row of buttons is short, and no sentence.
    if line.len() > 200 || line.ends_with(['.', '?', '!']) {
        return false;
    }
    if is_skip_link(line) {
        return true;
    }
    // "You are here:": the trail's own label.
    if folded(line.trim_end_matches(':')) == "you are here" {
        return true;
    }
    // "-----Original Message-----", "---------- Forwarded message ---------":
    // an email's divider over the message it forwards.
    let bare = line.trim_matches(|c: char| matches!(c, '-' | '=' | '_' | '*' | '>' | ' '));
    if line.starts_with(['-', '=', '_'])
        && matches!(
            folded(bare).as_str(),
            "original message" | "forwarded message" | "begin forwarded message" | "message"
        )
    {
        return true;
    }
    // A social post's comment bar: "Most relevant", "View more comments",
    // "22 comments  9 shares".
    if matches!(
        folded(line).as_str(),
        "most relevant" | "newest" | "all comments" | "top comments" | "view more comments"
    ) {
        return true;
    }
    let parts = parts(line);
    controls(&parts)
        || menu(&parts)
        || trail(line, &parts)
        || post_stamp(&parts)
        || chat_furniture(line, &parts)
}

/// What a chat shows around its messages: the channel's header with its
/// count of members ("Nairobi Devs · 2,431 members · …"), a day's divider
/// ("Today"), a message's sender and time ("Wanjiru Kamau  10:42 AM").
fn chat_furniture(line: &str, parts: &[&str]) -> bool {
    let members = |p: &&str| {
        let mut words = p.split_whitespace();
        matches!(
            (words.next(), words.next(), words.next()),
            (Some(n), Some("members" | "followers" | "subscribers" | "online"), None)
                if n.starts_with(|c: char| c.is_ascii_digit())
                    && n.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'k' | 'K' | '+'))
        )
    };
    let time = |p: &str| {
        let p = p.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ' ' || c == '.');
        let (h, m) = p.split_once(':').unwrap_or(("", ""));
        (1..=2).contains(&h.len())
            && h.chars().all(|c| c.is_ascii_digit())
            && m.len() == 2
            && m.chars().all(|c| c.is_ascii_digit())
    };
    (parts.len() >= 2 && parts.iter().any(members))
        || (line.len() <= 12 && matches!(folded(line).as_str(), "today" | "yesterday"))
        || (parts.len() == 2
            && time(parts[1])
            && parts[0].split_whitespace().count() <= 4
            && parts[0].starts_with(char::is_uppercase))
}

/// "412 points by whoishiring 5 days ago | hide | past | favorite | 688
/// comments", "mvieira 4 days ago | prev | next [–]": a forum's or thread's
/// line over a post, its stamp and its links.
fn post_stamp(parts: &[&str]) -> bool {
    const LINKS: &[&str] = &[
        "hide",
        "past",
        "favorite",
        "favourite",
        "prev",
        "next",
        "parent",
        "root",
        "context",
        "reply",
        "flag",
        "edit",
        "delete",
        "vouch",
        "web",
        "discuss",
        "unvote",
        "link",
        "share",
        "report",
        "save",
    ];
    let stamp = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        words.len() <= 8
            && words.len() >= 3
            && words[words.len() - 1].eq_ignore_ascii_case("ago")
            && {
                let unit = words[words.len() - 2].trim_end_matches('s').to_lowercase();
                matches!(
                    unit.as_str(),
                    "second" | "minute" | "min" | "hour" | "hr" | "day" | "week" | "month" | "year"
                )
            }
            && (words[words.len() - 3].chars().all(|c| c.is_ascii_digit())
                || matches!(words[words.len() - 3], "a" | "an"))
    };
    let link = |p: &str| {
        let f = folded(p);
        LINKS.contains(&f.as_str())
            || f.split_whitespace()
                .next()
                .is_some_and(|w| LINKS.contains(&w))
                && p.contains('[')
            || f.split_once(' ').is_some_and(|(n, what)| {
                n.chars().all(|c| c.is_ascii_digit() || c == ',')
                    && matches!(
                        what,
                        "comment" | "comments" | "point" | "points" | "replies" | "reply"
                    )
            })
    };
    parts.len() >= 2 && stamp(parts[0]) && parts[1..].iter().all(|p| link(p))
}

/// The parts of a line set apart by a separator a menu or a trail uses:
/// two spaces or more, a tab, "·", "|", "•", "›", "»", "❯", " > ", " / ".
fn parts(line: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let sep_len = match c {
            '·' | '|' | '•' | '›' | '»' | '❯' => c.len_utf8(),
            '\t' => 1,
            ' ' => {
                let rest = &line[i..];
                if rest.starts_with("  ") {
                    rest.len() - rest.trim_start().len()
                } else if rest.starts_with(" > ") || rest.starts_with(" / ") {
                    3
                } else {
                    0
                }
            }
            _ => 0,
        };
        if sep_len > 0 {
            parts.push(line[start..i].trim());
            start = i + sep_len;
            while chars.peek().is_some_and(|&(j, _)| j < start) {
                chars.next();
            }
        }
    }
    parts.push(line[start.min(line.len())..].trim());
    parts.retain(|p| !p.is_empty());
    parts
}

/// Words of a site's menu and footer.
const MENU: &[&str] = &[
    "about",
    "about us",
    "accessibility",
    "apps",
    "blog",
    "browse jobs",
    "candidates",
    "career advice",
    "careers",
    "careers advice",
    "companies",
    "company reviews",
    "contact",
    "contact us",
    "cookie policy",
    "cookie settings",
    "cookies",
    "employer site",
    "employers",
    "explore careers",
    "faq",
    "faqs",
    "find jobs",
    "for employers",
    "for recruiters",
    "help",
    "help centre",
    "help center",
    "home",
    "imprint",
    "job search",
    "jobs",
    // The same in the languages of boards that carry English adverts.
    "jobs finden",
    "gehalt",
    "unternehmen",
    "ratgeber",
    "anmelden",
    "für arbeitgeber",
    "vacatures",
    "werkgevers",
    "inloggen",
    "emplois",
    "entreprises",
    "connexion",
    "career planning",
    "trend analysis",
    "log in",
    "login",
    "my account",
    "post a job",
    "press",
    "privacy",
    "privacy policy",
    "profile",
    "recruiters",
    "register",
    "salaries",
    "salary planner",
    "search",
    "search jobs",
    "sign in",
    "sign up",
    "site map",
    "sitemap",
    "terms",
    "terms & conditions",
    "terms and conditions",
    "terms of use",
    "terms of service",
    // A social group's tabs: "About   Discussion   Featured   Topics   Members   Events".
    "discussion",
    "featured",
    "topics",
    "members",
    "events",
    "media",
    "files",
];

/// Words of an advert's buttons and a page's switches.
const CONTROLS: &[&str] = &[
    "apply",
    "apply now",
    "apply for this job",
    "apply on company site",
    "back",
    "back to jobs",
    "back to results",
    "back to search",
    "back to search results",
    "back to all jobs",
    "easy apply",
    "copy link",
    "email",
    "email job",
    "facebook",
    "search facebook",
    "français",
    "linkedin",
    "log in",
    "menu",
    "print",
    "report job",
    "report this job",
    "report this job ad",
    "report this ad",
    "save",
    "save job",
    "save to favourites",
    "saved",
    "share",
    "share job",
    "sign in",
    "twitter",
    "view all jobs",
    "whatsapp",
];

fn folded(part: &str) -> String {
    part.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Apply now     Save", "Save to favourites    Print    Share", "Sign in".
fn controls(parts: &[&str]) -> bool {
    !parts.is_empty()
        && parts.iter().any(|p| !folded(p).is_empty())
        // (Pictures alone, "🏠  👥  🔔", are a bar's icons.)
        && parts.iter().all(|p| {
            let f = folded(p);
            f.is_empty() || CONTROLS.contains(&f.as_str()) || f.starts_with("share:")
        })
}

/// "Jobs  ·  Companies  ·  Career advice  ·  Log in": three or more short
/// parts, two of them a menu's words and none of them a sentence.
fn menu(parts: &[&str]) -> bool {
    parts.len() >= 3
        && parts.iter().all(|p| p.split_whitespace().count() <= 4)
        && parts
            .iter()
            .filter(|p| MENU.contains(&folded(p).as_str()))
            .count()
            >= 2
}

/// "Home › Jobs › Warehousing": a trail of links from the site's home page.
fn trail(line: &str, parts: &[&str]) -> bool {
    parts.len() >= 2
        && folded(parts[0]) == "home"
        && ["›", "»", ">", "❯", "/"].iter().any(|s| line.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn kept(text: &str, format: Format) -> Vec<String> {
        let doc = Document::parse(text, format);
        let out = furniture(&doc);
        doc.blocks
            .iter()
            .zip(out)
            .filter(|(_, f)| !f)
            .map(|(b, _)| b.text.clone())
            .collect()
    }

    fn is_control(line: &str) -> bool {
        controls(&parts(line))
    }

    fn is_menu(line: &str) -> bool {
        menu(&parts(line))
    }

    fn is_trail(line: &str) -> bool {
        trail(line, &parts(line))
    }

    #[test]
    fn a_page_copied_as_text_keeps_only_its_advert() {
        let page = "Skip to content\nBoardly\nFind jobs    Company reviews    Salaries\nSign in\n\n\
                    Home  ›  Jobs  ›  Catering\n\n\
                    Kitchen Porter\nThe Old Mill Inn\nLlandudno\n\n\
                    Apply now     Save\n\n\
                    We need a kitchen porter for our busy pub kitchen.\n\n\
                    People also viewed\nChef de Partie\nHarbour Hotel\nConwy\n£14 an hour\n\n\
                    Sous Chef\nCastle Rooms\nBangor\n\n\
                    Help centre    Privacy    Terms\nBoardly Ltd, 4 Quay Street, Cardiff CF10 1AB\n© 2026 Boardly Ltd\n";
        assert_eq!(
            kept(page, Format::Text),
            [
                "Kitchen Porter",
                "The Old Mill Inn\nLlandudno",
                "We need a kitchen porter for our busy pub kitchen."
            ]
        );
    }

    #[test]
    fn a_page_copied_with_no_blank_line_is_not_all_navigation() {
        // The skip link opens the only block, which holds the advert's prose.
        let prose = "We are a busy family practice looking for a friendly Medical Receptionist to join our front desk team part time, greeting patients, answering phones, booking and confirming appointments and keeping the waiting room tidy. Pay: $25.00 per hour.";
        let page = format!("Skip to main content\nMedical Receptionist\n{prose}\n");
        assert_eq!(kept(&page, Format::Text).len(), 1);
        assert!(is_furniture_block(
            "Skip to main content\nHome\nJobs\nSign in"
        ));
    }

    #[test]
    fn a_social_site_s_bars_tabs_and_who_posted() {
        for line in [
            "facebook        🔍 Search Facebook        🏠  👥  🔔  Menu",
            "About   Discussion   Featured   Topics   Members   Events",
            "Aroha Ngata is with Tom Reid.",
            "-----Original Message-----",
        ] {
            assert!(super::is_furniture_line(line), "{line}");
        }
        assert!(!super::is_furniture_line(
            "Vineyard Hand at Wairau Terrace, Renwick"
        ));
        assert!(!super::is_furniture_line(
            "The team is with you from day one."
        ));
    }

    #[test]
    fn a_heading_over_other_jobs_leaves_out_its_section_only() {
        let page = "# Welder\n\nSteelworks in Hull.\n\n## Other vacancies\n\n- Fitter, Leeds\n- Painter, York\n\n# Apply\n\nEmail us.\n";
        assert_eq!(
            kept(page, Format::Markdown),
            ["Welder", "Steelworks in Hull.", "Apply", "Email us."]
        );
    }

    #[test]
    fn a_button_to_the_application_form_is_kept() {
        let page = "# Welder\n\nSteelworks in Hull.\n\n[Apply now](https://jobs.example.org/apply/7)   [Save](#)\n\n[Save](#)   [Share](#)\n";
        assert_eq!(
            kept(page, Format::Markdown),
            ["Welder", "Steelworks in Hull.", "Apply now   Save"]
        );
    }

    #[test]
    fn a_copyright_line_inside_the_advert_s_only_block_leaves_it_whole() {
        let page = "Data Engineer\nWe move money across West Africa.\nApply with a CV.\nEnglish\nEnglish\nMore about us.\nOur blog.\n© Kora Pay Inc.\nCompany\nCareers\n";
        assert!(
            kept(page, Format::Text)
                .iter()
                .any(|b| b.contains("We move money across West Africa."))
        );
        // Early in a page, a copyright line is not its end.
        let page =
            "© 2026 Kora Pay Inc.\n\n# Data Engineer\n\nWe move money.\n\nApply with a CV.\n";
        assert_eq!(
            kept(page, Format::Markdown),
            [
                "© 2026 Kora Pay Inc.",
                "Data Engineer",
                "We move money.",
                "Apply with a CV."
            ]
        );
    }

    #[test]
    fn words_of_the_advert_are_not_furniture() {
        // A sentence about other roles, a heading of the advert's own, a
        // long paragraph with a copyright sign, a line of the job's facts.
        for line in [
            "Other duties as required",
            "More about the role",
            "Our jobs board lists every role we have",
        ] {
            assert!(!other_adverts_heading(line), "{line}");
        }
        assert!(!is_copyright_line(
            "© 2024 Acme. Acme is an equal opportunity employer and considers every applicant without regard to race or sex."
        ));
        assert!(!is_furniture_block("Full time  ·  Permanent  ·  Leeds"));
        assert!(!is_furniture_block("Home care assistant / support worker"));
        assert!(!is_furniture_block("Sign in to the rota each morning."));
    }

    #[test]
    fn menus_trails_and_buttons() {
        assert!(is_menu(
            "Jobs  ·  Companies  ·  Salary planner  ·  Career advice  ·  For employers  ·  Log in"
        ));
        assert!(is_trail("Home > Search jobs > Job posting"));
        assert!(is_menu(
            "StepStone   Jobs finden   Gehalt   Unternehmen   Ratgeber      Anmelden | Für Arbeitgeber"
        ));
        assert!(is_furniture_line("You are here:"));
        assert!(is_furniture_line("Most relevant"));
        assert!(is_control(
            "Save to favourites    Print    Share: Email · Facebook"
        ));
        assert!(is_control("Apply now   ♡ Save   Share"));
        assert!(other_adverts_heading("Similar jobs near Kelowna"));
        assert!(other_adverts_heading("Jobs you might be interested in"));
        assert!(other_adverts_heading("Job seekers also viewed"));
        assert!(other_adverts_heading(
            "Other jobs at Prairie Lantern Food Bank"
        ));
        assert!(other_adverts_heading("Recommended jobs for you"));
    }

    #[test]
    fn a_chat_s_channel_header_day_and_sender() {
        let text = "Lagos Devs · 5,120 members · Jobs only please\n\nYesterday\n\nTunde Bakare  9:15 AM\nWe are hiring!\nQA Engineer @ Korede Pay — Lagos, hybrid\n";
        assert_eq!(
            kept(text, Format::Text),
            ["We are hiring!\nQA Engineer @ Korede Pay — Lagos, hybrid"]
        );
        assert!(!is_furniture_block("Meet us at 10:30 on Friday"));
    }

    #[test]
    fn a_thread_s_stamps_over_its_posts() {
        let stamp = |line: &str| post_stamp(&parts(line));
        assert!(stamp(
            "97 points by jobsbot 3 days ago | hide | past | favorite | 140 comments"
        ));
        assert!(stamp("kwame_dev 2 hours ago | parent | next [–]"));
        assert!(stamp("priya 1 day ago | prev | next [-]"));
        assert!(!stamp("Posted 3 days ago | Full time | Leeds"));
        assert!(!stamp("We shipped it 3 days ago | and it worked"));
        // A thread's title and its stamp go together; the post under them stays.
        let text = "Ask HN: Who wants to be hired? (May 2027)\n55 points by jobsbot 2 days ago | hide | past | favorite | 98 comments\n\ndmitri 1 day ago | prev | next [–]\n\nFernhill Labs | Data Engineer | Porto | ONSITE\n\nWe build sensors.\n";
        assert_eq!(
            kept(text, Format::Text),
            [
                "Fernhill Labs | Data Engineer | Porto | ONSITE",
                "We build sensors."
            ]
        );
    }
}
