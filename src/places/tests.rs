use super::*;

fn countries_of(places: &[Place]) -> Vec<&'static str> {
    places.iter().map(|p| p.country).collect()
}

#[test]
fn normalise_folds_case_diacritics_and_spacing() {
    assert_eq!(normalise("  Köln "), "koln");
    assert_eq!(normalise("STRAßE"), "strasse");
    assert_eq!(normalise("Stoke-on-Trent"), "stoke on trent");
    assert_eq!(normalise("King's   Lynn"), "kings lynn");
    assert_eq!(normalise("King’s Lynn"), "kings lynn");
    assert_eq!(normalise("St. Helens"), "st helens");
    assert_eq!(normalise("Łódź"), "lodz");
    assert_eq!(normalise(""), "");
    assert_eq!(normalise("--"), "");
}

#[test]
fn manchester_is_the_english_one_first_then_americas() {
    let found = cities("Manchester");
    let first = found[0];
    assert_eq!(first.name, "Manchester");
    assert_eq!(first.country, "GB");
    assert_eq!(first.region, Some("England"));
    assert_eq!(first.region_code, Some("GB-ENG"));
    assert_eq!(first.county, Some("Greater Manchester"));
    assert!(first.population > 400_000);
    assert!(found.iter().any(|p| p.country == "US"));
    let nh = found.iter().find(|p| p.country == "US").unwrap();
    assert_eq!(nh.region_code, Some("US-NH"));
    let own: Vec<_> = found.iter().filter(|p| p.name == "Manchester").collect();
    assert!(own.windows(2).all(|w| w[0].population >= w[1].population));
}

#[test]
fn newport_has_several_counties_in_gb() {
    let found = cities("newport");
    let mut counties: Vec<_> = found
        .iter()
        .filter(|p| p.country == "GB")
        .filter_map(|p| p.county)
        .collect();
    counties.sort_unstable();
    counties.dedup();
    assert!(counties.len() >= 3, "{counties:?}");
    assert!(counties.contains(&"Isle of Wight"));
    assert!(counties.contains(&"Shropshire"));
}

#[test]
fn cologne_in_any_spelling() {
    for name in ["Köln", "Koln", "KÖLN", "Cologne", "cologne"] {
        let first = cities(name)[0];
        assert_eq!(
            (first.country, first.geonames_id),
            ("DE", 2_886_242),
            "{name}"
        );
        assert_eq!(first.region_code, Some("DE-NW"), "{name}");
    }
}

#[test]
fn wellington_includes_new_zealand() {
    assert!(countries_of(&cities("Wellington")).contains(&"NZ"));
}

#[test]
fn own_name_beats_a_far_bigger_place_s_stray_alternate() {
    let york = cities("York")[0];
    assert_eq!((york.name, york.country), ("York", "GB"));
    assert_eq!(york.county, Some("North Yorkshire"));
}

#[test]
fn saint_and_st_are_one() {
    let a = cities("St Albans");
    let b = cities("Saint Albans");
    assert!(!a.is_empty());
    assert_eq!(a, b);
    assert_eq!(cities("St. Helens")[0].country, "GB");
}

#[test]
fn words_that_are_not_places_find_nothing() {
    for word in ["Experience", "", "   ", "-", "Salary", "Requirements"] {
        assert!(cities(word).is_empty(), "{word:?}");
    }
}

#[test]
fn odd_input_does_not_panic() {
    let long = "Manchester ".repeat(50_000);
    for s in [
        "\u{0}",
        "\t\n",
        "曼彻斯特",
        "Манчестер",
        "🙂🙂",
        "\u{10FFFF}",
        "é\u{301}",
        long.as_str(),
        "zzzzzzzzzzzzzzzzzzzzzzzz",
        "~~~~",
        "0",
    ] {
        let _ = cities(s);
        let _ = country(s);
        let _ = country_by_code(s);
        let _ = regions(s, None);
        let _ = regions(s, Some("GB"));
        let _ = regions("ON", Some(s));
    }
}

#[test]
fn countries_by_name_alias_and_code() {
    for q in [
        "United Kingdom",
        "UK",
        "GB",
        "GBR",
        "Great Britain",
        "Britain",
    ] {
        assert_eq!(country(q).map(|c| c.code), Some("GB"), "{q}");
    }
    for q in [
        "USA",
        "US",
        "United States",
        "America",
        "united states of america",
    ] {
        assert_eq!(country(q).map(|c| c.code), Some("US"), "{q}");
    }
    assert_eq!(country("Holland").unwrap().code, "NL");
    assert_eq!(country("The Netherlands").unwrap().code, "NL");
    assert_eq!(country("Deutschland").unwrap().code, "DE");
    assert_eq!(country("germany").unwrap().code, "DE");
    assert_eq!(country("NZ").unwrap().code, "NZ");
    assert_eq!(country("New Zealand").unwrap().name, "New Zealand");
    assert_eq!(country("Aotearoa").unwrap().code, "NZ");
    assert_eq!(country("England"), None);
    // Lower-case codes are ordinary words.
    assert_eq!(country("us"), None);
    assert_eq!(country("in"), None);
    assert_eq!(country("Experience"), None);
    assert_eq!(country(""), None);
}

#[test]
fn countries_by_code_with_currency() {
    let za = country_by_code("ZA").unwrap();
    assert_eq!((za.name, za.currency), ("South Africa", Some("ZAR")));
    assert_eq!(country_by_code("gb").unwrap().currency, Some("GBP"));
    assert_eq!(country_by_code("DE").unwrap().currency, Some("EUR"));
    assert_eq!(country_by_code("XX"), None);
    assert_eq!(country_by_code("GBR"), None);
}

#[test]
fn regions_by_name_and_code() {
    let nsw = regions("NSW", Some("AU"));
    assert_eq!(nsw.len(), 1);
    assert_eq!(nsw[0].name, "New South Wales");
    assert_eq!(nsw[0].code, Some("AU-NSW"));
    assert_eq!(regions("nsw", Some("Australia"))[0].code, Some("AU-NSW"));
    assert_eq!(regions("NSW", None)[0].code, Some("AU-NSW"));
    assert_eq!(regions("New South Wales", None)[0].country, "AU");
    assert_eq!(regions("Ontario", None)[0].code, Some("CA-ON"));
    assert_eq!(regions("ON", Some("CA"))[0].code, Some("CA-ON"));
    assert_eq!(regions("TX", None)[0].name, "Texas");
    assert_eq!(regions("AU-NSW", None)[0].name, "New South Wales");
    assert_eq!(regions("Bayern", None)[0].code, Some("DE-BY"));
    assert_eq!(regions("Bavaria", None)[0].code, Some("DE-BY"));
    // Ambiguous, lower-case or foreign abbreviations need a country.
    assert!(regions("WA", None).is_empty());
    assert!(regions("tx", None).is_empty());
    assert!(regions("on", None).is_empty());
    assert_eq!(regions("WA", Some("AU"))[0].name, "Western Australia");
    assert_eq!(regions("WA", Some("US"))[0].name, "Washington");
    assert!(regions("TX", Some("GB")).is_empty());
}

#[test]
fn gb_counties_are_regions() {
    for name in [
        "Shropshire",
        "Greater Manchester",
        "West Yorkshire",
        "Kent",
        "Glamorgan",
    ] {
        let found = regions(name, Some("GB"));
        assert_eq!(found.first().map(|r| r.name), Some(name), "{name}");
    }
    assert_eq!(regions("Kent", Some("GB"))[0].code, Some("GB-KEN"));
    assert_eq!(regions("England", None)[0].code, Some("GB-ENG"));
}

/// The binary search compares names without normalising them first: it
/// must order every name exactly as its normalised form would.
#[test]
fn comparing_unnormalised_names_agrees_with_their_keys() {
    let names = [
        "Köln",
        "  Köln ",
        "STRAßE",
        "King's   Lynn",
        "St. Helens",
        "Łódź",
        "",
        "--",
        "a",
        "a-b",
        "ab",
        "a b ",
        "Zürich",
        "zurich",
        "Ōsaka",
        "東京",
        "São Paulo",
        "sao paul",
    ];
    for s in names {
        for key in names
            .iter()
            .map(|k| normalise(k))
            .chain(["".into(), "s".into(), "z".into()])
        {
            assert_eq!(
                cmp_normalised(s, &key),
                normalise(s).cmp(&key),
                "{s:?} against {key:?}"
            );
        }
    }
    // And the whole cities file, line by line against its neighbour's key.
    let mut previous = String::new();
    for line in CITIES.lines().step_by(7) {
        let name = crate::table::field(line, 0);
        assert_eq!(
            cmp_normalised(name, &previous),
            normalise(name).cmp(&previous),
            "{line}"
        );
        previous = normalise(name);
    }
}

/// The index is only as good as its order: every sorted file must be sorted
/// by the key this module computes, or lookups silently miss.
#[test]
fn embedded_files_are_sorted_by_our_keys() {
    fn check(text: &'static str, key: impl Fn(&'static str) -> String) {
        let mut previous = String::new();
        for (n, line) in text.lines().enumerate() {
            let k = key(line);
            assert!(previous.as_bytes() <= k.as_bytes(), "line {n}: {line}");
            previous = k;
        }
    }
    check(CITIES, |l| normalise(crate::table::field(l, 0)));
    check(NAMES, |l| crate::table::field(l, 0).to_string());
    check(REGIONS, |l| crate::table::field(l, 0).to_string());
    check(ADMIN1, |l| crate::table::field(l, 0).to_string());
    check(crate::fold::FOLD, |l| crate::table::field(l, 0).to_string());
    // Every alternate-name entry points at the start of a cities line.
    for line in NAMES.lines() {
        let offset: usize = crate::table::field(line, 1).parse().unwrap();
        assert!(
            offset == 0 || CITIES.as_bytes()[offset - 1] == b'\n',
            "{line}"
        );
    }
}

/// Prints how long lookups take; run with
/// `cargo test --release --lib places::tests::timing -- --nocapture`.
#[test]
#[allow(clippy::print_stderr)]
fn timing() {
    let start = std::time::Instant::now();
    let found = cities("Manchester");
    let cold = start.elapsed();
    let start = std::time::Instant::now();
    for _ in 0..1000 {
        std::hint::black_box(cities(std::hint::black_box("Manchester")));
    }
    let warm = start.elapsed() / 1000;
    eprintln!(
        "cities(\"Manchester\"): {} places, first call {cold:?}, then {warm:?} per call",
        found.len()
    );
}
