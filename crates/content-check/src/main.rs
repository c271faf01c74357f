//! Checks content files with exactly the rules and messages the app uses.
//!
//!     cargo run --bin content-check -- public/content
//!     cargo run --bin content-check -- public/content/skills.json
//!
//! A directory must hold every file the guide reads; a file is checked as the
//! content file its name says (`skills.json`, or `skills--anything.json`).
//! Exits 1 if any file has an error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use guide_model::content::{check, FILES};

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let targets = if args.is_empty() {
        vec![PathBuf::from("public/content")]
    } else {
        args
    };
    // Output may go to a closed pipe (`| head`); that is not an error worth a panic.
    let mut out = std::io::stdout().lock();
    let mut failed = 0;
    let mut checked = 0;
    for target in &targets {
        for (name, path) in files_of(target) {
            checked += 1;
            match std::fs::read(&path) {
                Err(e) => {
                    failed += 1;
                    let _ = writeln!(out, "error  {name}: cannot be read: {e}");
                }
                Ok(bytes) => match String::from_utf8(bytes) {
                    Err(e) => {
                        failed += 1;
                        let _ = writeln!(out, "error  {name}: (whole file): not valid UTF-8 ({e})");
                    }
                    Ok(text) => match check(&name, &text) {
                        Ok(()) => {
                            let _ = writeln!(out, "ok     {}", path.display());
                        }
                        Err(e) => {
                            failed += 1;
                            let _ = writeln!(out, "error  {e}");
                        }
                    },
                },
            }
        }
    }
    let _ = writeln!(out, "{} checked, {} with errors", checked, failed);
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The files to check under `target`, each with the content file name it is checked as.
fn files_of(target: &Path) -> Vec<(String, PathBuf)> {
    if target.is_dir() {
        FILES
            .iter()
            .map(|f| (f.to_string(), target.join(f)))
            .collect()
    } else {
        let base = target
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let kind = base
            .split("--")
            .next()
            .unwrap_or(base)
            .trim_end_matches(".json");
        vec![(format!("{kind}.json"), target.to_path_buf())]
    }
}
