use anyhow::{Result, bail};

use super::{Skills, ui, with_output};
use crate::ExitStatus;
use crate::cli::{ListFormat, TaxonomyAction, TaxonomyArgs};
use crate::report::{json, table};
use crate::taxonomy::{CATEGORIES, Skill};

pub fn run(args: TaxonomyArgs) -> Result<ExitStatus> {
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
        None | Some(TaxonomyAction::List) => taxonomy.skills().iter().collect(),
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
