use std::io;
use std::process::ExitCode;

use clap::Parser;
use vacancy::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
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
            let mut message = String::from("vacancy: error");
            for cause in err.chain() {
                message.push_str(": ");
                message.push_str(&cause.to_string());
            }
            eprintln!("{message}");
            ExitCode::from(vacancy::ExitStatus::Failure as u8)
        }
    }
}
