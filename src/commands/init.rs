//! `vacancy init`: writes a commented vacancy.toml from the rule catalogue.

use anyhow::{Result, bail};

use super::{ui, with_output};
use crate::ExitStatus;
use crate::cli::InitArgs;
use crate::report::check::init;

pub fn run(args: InitArgs) -> Result<ExitStatus> {
    let version = env!("CARGO_PKG_VERSION");
    if args.path.as_os_str() == "-" {
        with_output(None, |out| init::write(out, version))?;
        return Ok(ExitStatus::Success);
    }
    let path = &args.path;
    if path.is_dir() {
        bail!(
            "{}: is a directory; name the file, e.g. vacancy init {}",
            path.display(),
            path.join("vacancy.toml").display()
        );
    }
    if path.exists() && !args.force {
        bail!(
            "{}: already exists; it was left as it is (vacancy init --force replaces it)",
            path.display()
        );
    }
    with_output(Some(path), |out| init::write(out, version))?;
    if let Some(line) = ui::note_line(&format!(
        "wrote {}: every rule at its default; edit it to change them",
        path.display()
    )) {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("{line}");
        }
    }
    Ok(ExitStatus::Success)
}
