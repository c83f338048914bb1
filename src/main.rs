use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use vacancy::cli::Cli;
use vacancy::commands::ui;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // `--color` and NO_COLOR govern clap's own help and usage errors too, which
    // are written before the arguments are known.
    let choice = ui::color_from_args(std::env::args_os());
    let parsed = Cli::command()
        .color(choice)
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => usage_error(e, choice),
    };
    match vacancy::run(cli) {
        Ok(status) => ExitCode::from(status as u8),
        Err(err) => {
            // A closed pipe (`vacancy export … | head`) is not an error.
            let broken_pipe = err.chain().any(|cause| {
                cause
                    .downcast_ref::<io::Error>()
                    .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            let message = ui::chain_message(err.chain().map(|cause| cause.to_string()));
            eprintln!("{}", ui::error_line(&message));
            ExitCode::from(vacancy::ExitStatus::Failure as u8)
        }
    }
}

/// Help and `--version` go to standard output as clap writes them. An argument
/// error is clap's message behind the same `vacancy: ` the tool's own errors
/// carry, and exits 2.
fn usage_error(e: clap::Error, choice: clap::ColorChoice) -> ! {
    use clap::error::ErrorKind;
    if !e.use_stderr() {
        e.exit();
    }
    let choice = match choice {
        clap::ColorChoice::Always => vacancy::cli::ColorChoice::Always,
        clap::ColorChoice::Never => vacancy::cli::ColorChoice::Never,
        clap::ColorChoice::Auto => vacancy::cli::ColorChoice::Auto,
    };
    let colour = ui::colour_for(
        choice,
        io::stderr().is_terminal(),
        std::env::var("NO_COLOR").ok().as_deref(),
        std::env::var("TERM").ok().as_deref(),
    );
    let rendered = e.render();
    let text = if colour {
        rendered.ansi().to_string()
    } else {
        rendered.to_string()
    };
    // With no arguments at all clap prints the help, which is not an error line.
    let prefix = if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        ""
    } else {
        "vacancy: "
    };
    let _ = write!(io::stderr(), "{prefix}{text}");
    std::process::exit(vacancy::ExitStatus::Failure as i32);
}
