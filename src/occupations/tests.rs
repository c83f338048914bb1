use super::*;

fn matched(title: &str) -> Option<(&'static str, &'static str, How)> {
    for_title(title).map(|m| (m.occupation.name, m.occupation.isco, m.how))
}

#[test]
fn a_preferred_label_matches_exactly() {
    assert_eq!(
        matched("Physiotherapist"),
        Some(("physiotherapist", "2264", How::Exact))
    );
    assert_eq!(
        matched("chief technology officer"),
        Some(("chief technology officer", "1330", How::Exact))
    );
}

#[test]
fn an_alternative_label_matches_exactly() {
    // "CTO" and "software engineer" are alternative labels.
    assert_eq!(
        matched("CTO"),
        Some(("chief technology officer", "1330", How::Exact))
    );
    assert_eq!(
        matched("Software Engineer"),
        Some(("software developer", "2512", How::Exact))
    );
}

#[test]
fn seniority_grades_brackets_and_gender_markers_are_stripped() {
    for title in [
        "Senior Software Developer",
        "Lead Software Developer (Payments)",
        "Principal Software Developer - London",
        "Software Developer (m/f/d)",
        "Junior Software Developer, Band 6",
    ] {
        assert_eq!(
            matched(title).map(|m| m.0),
            Some("software developer"),
            "{title}"
        );
    }
}

#[test]
fn a_preferred_label_beats_an_alternative_with_a_seniority_word() {
    // ESCO files "senior data analyst" under call centre analyst.
    assert_eq!(
        matched("Senior Data Analyst").map(|m| m.0),
        Some("data analyst")
    );
}

#[test]
fn the_head_noun_chooses_the_occupation() {
    // The title holds "physiotherapist" as its head: the occupation is that.
    assert_eq!(
        matched("Musculoskeletal Physiotherapist"),
        Some(("physiotherapist", "2264", How::Contained))
    );
    // The head is the noun before "of" or "in", not the last word.
    assert_eq!(
        matched("Consultant in General Genetics").map(|m| m.0),
        None,
        "not an army general"
    );
    // A one-word label must be the last word: "laborer" is the head here.
    assert_eq!(matched("General Laborer").map(|m| m.0), None);
    // The head of "Regional Program Manager" is manager; "program" is
    // spelt as ESCO spells it.
    assert_eq!(
        matched("Regional Program Manager").map(|m| m.1),
        Some("1213")
    );
}

#[test]
fn a_label_with_words_the_title_lacks_is_not_taken() {
    // "futures contracts manager" (a futures trader) is not a contracts manager.
    assert_eq!(matched("Contracts Manager"), None);
    // "domestic plumbing supervisor" is not a domestic supervisor.
    assert_eq!(matched("Domestic Supervisor"), None);
    // The word before the head must be the label's: a flight software
    // engineer is no flight engineer, a software support specialist no
    // "software specialist".
    assert_eq!(
        matched("Flight Software Engineer").map(|m| m.1),
        Some("2512")
    );
    assert_eq!(matched("Software Support Specialist"), None);
}

#[test]
fn a_generic_word_alone_names_no_occupation() {
    for title in ["Engineer", "Manager", "Developer", "Consultant"] {
        assert_eq!(matched(title), None, "{title}");
    }
}

#[test]
fn nonsense_names_nothing() {
    assert_eq!(matched("Flibbertigibbet Wrangler"), None);
    assert_eq!(matched("Job Opportunities"), None);
    assert_eq!(matched(""), None);
}

#[test]
fn titles_esco_lacks_come_from_our_additions() {
    assert_eq!(matched("Lead DevOps Engineer").map(|m| m.1), Some("2522"));
    assert_eq!(
        matched("Senior Backend Engineer").map(|m| m.1),
        Some("2512")
    );
    assert_eq!(matched("Full-Stack Developer").map(|m| m.1), Some("2512"));
    assert_eq!(matched("Staff Nurse").map(|m| m.1), Some("2221"));
}

#[test]
fn a_phrase_must_start_with_a_label() {
    assert_eq!(
        for_phrase("Field Sales Representative, You Will").map(|m| m.occupation.isco),
        Some("3322")
    );
    assert_eq!(
        for_phrase("pharmacist to join our team").map(|m| m.occupation.name),
        Some("pharmacist")
    );
    // "general" is an alternative label of army general, and one word.
    assert_eq!(for_phrase("general guide to the post"), None);
    assert_eq!(for_phrase("result of the review"), None);
}

#[test]
fn search_finds_by_word_starts_and_by_code() {
    let names: Vec<&str> = search("softw dev").iter().map(|e| e.name).collect();
    assert!(names.contains(&"software developer"), "{names:?}");
    assert_eq!(search("software developer")[0].name, "software developer");
    assert!(search("2512").iter().all(|e| e.isco == "2512"));
    assert!(!search("2512").is_empty());
    assert!(search("zzzqqq").is_empty());
}

#[test]
fn every_occupation_has_a_uri_a_code_and_a_group_name() {
    assert_eq!(all().len(), count());
    assert_eq!(count(), 2942);
    for e in all() {
        assert_eq!(e.isco.len(), 4, "{}", e.name);
        assert!(!e.isco_group().is_empty(), "{} {}", e.name, e.isco);
        assert!(e.uri().starts_with(URI_PREFIX));
        assert!(!e.name.is_empty());
    }
    let sd = named("software developer").expect("software developer");
    assert_eq!(sd.isco_group(), "Software developers");
    assert_eq!(
        sd.uri(),
        "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"
    );
}

#[test]
fn the_data_files_are_sorted_and_well_formed() {
    let ids: Vec<&str> = OCCUPATIONS
        .lines()
        .map(|l| l.split('\t').next().unwrap_or(""))
        .collect();
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]),
        "sorted by id, no repeats"
    );
    for line in OCCUPATIONS.lines() {
        assert_eq!(line.split('\t').count(), 4, "{line}");
    }
    let codes: Vec<&str> = ISCO.lines().map(|l| &l[..4]).collect();
    assert!(codes.windows(2).all(|w| w[0] < w[1]));
}
