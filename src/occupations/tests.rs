use super::*;

fn isco(title: &str) -> Option<&'static str> {
    for_title(title).map(|m| m.occupation.isco)
}

fn name(title: &str) -> Option<&'static str> {
    for_title(title).map(|m| m.occupation.name)
}

#[test]
fn probe() {
    for t in [
        "Senior Software Developer",
        "Lead DevOps Engineer",
        "Chief Technology Officer",
        "Head of Digital",
        "Senior Data Engineer",
        "Musculoskeletal Physiotherapist",
        "Community Volunteer Coordinator",
        "Senior Backend Engineer",
        "Regional Program Manager",
        "HVAC Maintenance Technician",
        "Senior Policy Adviser",
        "Data Analyst",
        "Grants Officer",
        "Flibbertigibbet Wrangler",
        "Staff Nurse",
        "Staff Nurse| Surgical Ward",
        "ER Registered Nurse",
        "Senior Data Analyst",
        "Communications Manager",
        "Elections Clerk",
        "Bank Housekeeper",
        "Swahili Teacher",
        "Senior Python Developer",
        "Contracts Manager",
        "Domestic Supervisor",
        "Early Voting Assistant Manager",
        "Program Officer",
        "Policy Specialist",
        "Industrial Business Development Manager",
        "Director of Election Information Technology",
    ] {
        eprintln!("{t:40} -> {:?}", for_title(t).map(|m| (m.occupation.name, m.occupation.isco, m.label, m.how, m.score)));
    }
    let _ = (isco("x"), name("x"));
}
