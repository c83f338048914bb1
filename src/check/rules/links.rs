//! Links and contacts: every link and email address the document found,
//! linked or written out, the preamble included.

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{Group, re};
use crate::check::{Advert, At, Category, Config, Hit, Rule, Severity};
use crate::document::Line;

pub const GROUP: Group = Group {
    rules: RULES,
    check,
};

pub const RULES: &[Rule] = &[
    Rule {
        id: "insecure-link",
        category: Category::Links,
        severity: Severity::Warning,
        summary: "A link that uses `http://` instead of `https://`.",
        hint: "Use the `https://` address; most application systems have one, and browsers warn on forms sent over http.",
        rationale: "Candidates send personal details through application links. Over plain http anyone on the network can read or change the page, browsers mark such forms as not secure, and some block them.",
        source: "OWASP, \"Transport Layer Security Cheat Sheet\"; browser warnings on forms over http",
        bad: "# Developer\n\n[Apply now](http://jobs.example.org/apply/123)\n",
        good: "# Developer\n\n[Apply now](https://jobs.example.org/apply/123)\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "shortened-link",
        category: Category::Links,
        severity: Severity::Warning,
        summary: "A link through a URL shortener (bit.ly, tinyurl.com, t.co…).",
        hint: "Link to the real address, so candidates can see where the link goes.",
        rationale: "Candidates cannot see where a shortened link goes, which is exactly how phishing links look; careful candidates will not click it, and the link dies if the shortening service closes or the account lapses.",
        source: "UK National Cyber Security Centre, guidance on spotting suspicious links (phishing)",
        bad: "# Developer\n\nTry our coding test at https://bit.ly/3a2K4It\n",
        good: "# Developer\n\nTry our coding test at https://jobs.example.org/coding-test\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "broken-email",
        category: Category::Links,
        severity: Severity::Warning,
        summary: "An email address that cannot work: no domain ending (`jobs@acme`), two `@`, a space or a stray dot.",
        hint: "Write the full address, e.g. `jobs@acme.co.uk`, and send a test message to it.",
        rationale: "Applications sent to a broken address bounce or vanish, and the candidate believes they applied.",
        source: "RFC 5321 and RFC 5322 (the form of an email address)",
        bad: "# Developer\n\nSend your CV to jobs@brightwater\n",
        good: "# Developer\n\nSend your CV to jobs@brightwater.org.uk\n",
        example_config: "",
        settings: &[],
    },
];

/// Hosts of URL shorteners.
const SHORTENERS: &[&str] = &[
    "bit.ly",
    "bitly.com",
    "tinyurl.com",
    "t.co",
    "goo.gl",
    "ow.ly",
    "is.gd",
    "buff.ly",
    "rebrand.ly",
    "cutt.ly",
    "shorturl.at",
    "lnkd.in",
    "rb.gy",
    "tiny.cc",
    "t.ly",
    "s.id",
    "bl.ink",
    "short.io",
    "tr.im",
    "v.gd",
    "shorte.st",
    "adf.ly",
    "tiny.one",
    "qrco.de",
    "forms.gle",
];

/// What follows the `@` of a working address.
static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?i)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$")
});
static LOCAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?i)[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
/// Anything written like an address: letters, an `@`, more letters.
static ADDRESS_LIKE: LazyLock<Regex> =
    LazyLock::new(|| re(r"[A-Za-z0-9._%+-]+@@?[A-Za-z0-9._-]*[A-Za-z0-9_-]\.?"));

fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
    let host = &rest[..end];
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    host.strip_prefix("www.").unwrap_or(host)
}

/// Why an address cannot work, if it cannot.
pub fn email_problem(address: &str) -> Option<&'static str> {
    let address = address.trim();
    if address.chars().any(char::is_whitespace) {
        return Some("it has a space in it");
    }
    let Some((local, domain)) = address.split_once('@') else {
        return Some("it has no @");
    };
    if domain.contains('@') {
        return Some("it has two @ signs");
    }
    if local.is_empty() || !LOCAL.is_match(local) {
        return Some("the part before the @ is not valid");
    }
    if domain.ends_with('.') || domain.contains("..") || domain.starts_with('.') {
        return Some("the domain has a stray dot");
    }
    if !domain.contains('.') {
        return Some("the domain has no ending such as .com or .org.uk");
    }
    if !DOMAIN.is_match(domain) {
        return Some("the domain is not valid");
    }
    None
}

fn check(ad: &Advert, _: &Config, out: &mut Vec<Hit>) {
    for link in &ad.doc.links {
        let url = link.url.trim();
        let at = At::Words {
            line: link.pos.line,
            column: link.pos.column,
            text: url.to_string(),
        };
        let lower = url.to_ascii_lowercase();
        if lower.starts_with("mailto:") {
            continue;
        }
        let h = host(url).to_ascii_lowercase();
        if lower.starts_with("http://") && !matches!(h.as_str(), "localhost" | "127.0.0.1") {
            out.push(Hit::new(
                "insecure-link",
                at.clone(),
                format!("The link {url} is not secure (http, not https)"),
            ));
        }
        if SHORTENERS.contains(&h.as_str()) {
            out.push(Hit::new(
                "shortened-link",
                at,
                format!("The link {url} goes through a URL shortener ({h}), hiding where it leads"),
            ));
        }
    }
    // Addresses from `mailto:` links, which the document keeps with the emails.
    let mut reported = std::collections::HashSet::new();
    for email in &ad.doc.emails {
        if let Some(problem) = email_problem(&email.address) {
            reported.insert((email.pos.line, email.address.clone()));
            out.push(Hit::new(
                "broken-email",
                At::Words {
                    line: email.pos.line,
                    column: email.pos.column,
                    text: email.address.clone(),
                },
                format!(
                    "The email address \"{}\" cannot work: {problem}",
                    email.address
                ),
            ));
        }
    }
    let lines: Vec<Line> = ad.all_lines().collect();
    for line in &lines {
        for m in ADDRESS_LIKE.find_iter(line.text) {
            let text = m.as_str().trim_end_matches('.');
            // A handle ("@acme") or an address the document already read as valid.
            let before = line.text[..m.start()].chars().last();
            if before.is_some_and(|c| c == '/' || c == ':' || c.is_alphanumeric())
                || text.contains("://")
            {
                continue;
            }
            let raw = m.as_str();
            // "Hospital@Night" is a name, not an address: an address without a
            // domain ending is reported only when written like one, in lower case.
            if !text.split_once('@').is_some_and(|(_, d)| d.contains('.'))
                && text.chars().any(char::is_uppercase)
            {
                continue;
            }
            let problem = email_problem(text).or_else(|| {
                // "jobs@acme.org." is fine (a full stop), "jobs@acme..org" is not.
                raw.ends_with("..").then_some("the domain has a stray dot")
            });
            if let Some(problem) = problem
                && reported.insert((line.line, text.to_string()))
            {
                out.push(Hit::new(
                    "broken-email",
                    ad.words(line, m.start(), m.start() + text.len()),
                    format!("The email address \"{text}\" cannot work: {problem}"),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::{lines, run};

    #[test]
    fn http_links_are_underlined_where_they_are() {
        let md = "# Job\n\n|Apply|[Apply Now](http://jobs.example.org/v/1)|\n|-|-|\n\nSee http://localhost:8080 and https://example.org\n";
        let f = run("insecure-link", md);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].line, f[0].column, f[0].end_column), (3, 20, 47));
    }

    #[test]
    fn shorteners_by_host() {
        assert_eq!(host("https://www.bit.ly/x?y"), "bit.ly");
        let md = "# Job\n\n[test](https://bit.ly/3a2K4It) and https://tinyurl.com/abc and https://bitlyish.com/\n";
        assert_eq!(lines("shortened-link", md), [3, 3]);
    }

    #[test]
    fn email_problems() {
        assert_eq!(email_problem("jobs@acme.co.uk"), None);
        assert_eq!(email_problem("first.last+cv@sub.acme.org"), None);
        assert!(email_problem("jobs@acme").unwrap().contains("no ending"));
        assert!(email_problem("jobs@@acme.org").unwrap().contains("two @"));
        assert!(
            email_problem("jobs@acme..org")
                .unwrap()
                .contains("stray dot")
        );
        assert!(email_problem("jo bs@acme.org").unwrap().contains("space"));
    }

    #[test]
    fn broken_addresses_in_text_and_links() {
        let md = "# Job\n\nEmail jobs@acme or [us](mailto:hr@acme..org). Follow @acme on X. Write to hr@acme.org. Ask Hospital@Night.\n";
        let f = run("broken-email", md);
        let messages: Vec<&str> = f.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "The email address \"jobs@acme\" cannot work: the domain has no ending such as .com or .org.uk",
                "The email address \"hr@acme..org\" cannot work: the domain has a stray dot",
            ]
        );
    }
}
