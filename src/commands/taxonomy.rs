use anyhow::{Result, bail};

use super::{Skills, ui, with_output};
use crate::ExitStatus;
use crate::cli::{ListFormat, OccupationsAction, TaxonomyAction, TaxonomyArgs};
use crate::occupations::{self, Entry};
use crate::report::{json, table};
use crate::taxonomy::{CATEGORIES, Skill};

pub fn run(args: TaxonomyArgs) -> Result<ExitStatus> {
    if let Some(TaxonomyAction::Occupations { action }) = &args.action {
        if args.category.is_some() || args.taxonomy.is_some() {
            bail!("--category and --taxonomy are for skills, not occupations");
        }
        return occupations(action.as_ref(), args.format);
    }
    let skills = Skills::load(args.taxonomy.as_deref())?;
    let taxonomy = skills.get();
    if let Some(category) = &args.category
        && !CATEGORIES.contains(&category.as_str())
    {
        bail!(
            "unknown category {category:?}; the categories are: {}",
            CATEGORIES.join(", ")
        );
    }
    let mut chosen: Vec<&Skill> = match &args.action {
        Some(TaxonomyAction::Search { query }) => taxonomy.search(query),
        None | Some(TaxonomyAction::List) | Some(TaxonomyAction::Occupations { .. }) => {
            taxonomy.skills().iter().collect()
        }
    };
    if let Some(category) = &args.category {
        chosen.retain(|s| &s.category == category);
    }
    let width = table::terminal_width();
    with_output(None, |out| match args.format {
        ListFormat::Json => json::write_taxonomy(out, &chosen),
        ListFormat::Table => table::write_taxonomy(out, &chosen, width, ui::stdout_paint()),
    })?;
    Ok(ExitStatus::Success)
}

/// `vacancy taxonomy occupations [search Q]`.
fn occupations(action: Option<&OccupationsAction>, format: ListFormat) -> Result<ExitStatus> {
    let found: Vec<&Entry> = match action {
        Some(OccupationsAction::Search { query }) => occupations::search(&query.join(" ")),
        None => {
            let mut all: Vec<&Entry> = occupations::all().iter().collect();
            all.sort_by_key(|e| e.name);
            all
        }
    };
    let width = table::terminal_width();
    with_output(None, |out| match format {
        ListFormat::Json => json::write_occupations(out, &found),
        ListFormat::Table => table::write_occupations(out, &found, width, ui::stdout_paint()),
    })?;
    Ok(ExitStatus::Success)
}
