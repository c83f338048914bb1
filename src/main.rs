use std::io;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use vacancy::cli::Cli;
use vacancy::commands::ui;

fn main() -> ExitCode {
    // `--color` and NO_COLOR govern clap's own help and usage errors too, which
    // are written before the arguments are known.
    let choice = ui::color_from_args(std::env::args_os());
    let matches = Cli::command().color(choice).get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
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
            let mut message = String::new();
            for (i, cause) in err.chain().enumerate() {
                if i > 0 {
                    message.push_str(": ");
                }
                message.push_str(&cause.to_string());
            }
            eprintln!("{}", ui::error_line(&message));
            ExitCode::from(vacancy::ExitStatus::Failure as u8)
        }
    }
}
