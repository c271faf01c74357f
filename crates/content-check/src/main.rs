//! Checks content files with exactly the rules and messages the app uses,
//! and writes their JSON Schemas.
//!
//!     cargo run -p content-check -- public/content
//!     cargo run -p content-check -- public/content/skills.json
//!     cargo run -p content-check -- --write-schemas public/content/schema
//!
//! A directory must hold every file the guide reads; they are checked
//! together, so the rules across files apply (a path step's skill ids must
//! exist in skills.json). A single file is checked as the content file its
//! name says (`skills.json`, or `skills--anything.json`), by its own rules.
//! Every problem is printed, one per line, as `file: JSON path: message`,
//! and each file's `checked` date must not be after today by this machine's
//! clock. A directory with a `hi/` folder is checked in Hindi too: that set
//! by the same rules, and each Hindi file against its English original
//! (`guide_model::parity`). Exits 1 if any file has an error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use guide_model::content::{check_files, FILES};
use guide_model::locale::Locale;
use guide_model::parity::{check_parity, KeptTerms};
use guide_model::schema::schemas;
use guide_model::Date;

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if args.first().is_some_and(|a| a == "--write-schemas") {
        let dir = args
            .get(1)
            .cloned()
            .unwrap_or_else(|| PathBuf::from("public/content/schema"));
        return write_schemas(&dir);
    }
    let targets = if args.is_empty() {
        vec![PathBuf::from("public/content")]
    } else {
        args
    };
    // Output may go to a closed pipe (`| head`); that is not an error worth a panic.
    let mut out = std::io::stdout().lock();
    let today = today();
    let mut failed = 0;
    let mut checked = 0;
    let mut sets: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
    for target in &targets {
        sets.push((target.clone(), None));
        let hindi = target.join(Locale::Hi.path_prefix());
        if target.is_dir() && hindi.is_dir() {
            sets.push((hindi, Some(target.clone())));
        }
    }
    for (target, original) in &sets {
        let mut texts = Vec::new();
        for (name, path) in files_of(target) {
            checked += 1;
            match read(&path) {
                Err(reason) => {
                    failed += 1;
                    let _ = writeln!(out, "error  {name}: {reason}");
                }
                Ok(text) => texts.push((name, path, text)),
            }
        }
        let set: Vec<(&str, &str)> = texts
            .iter()
            .map(|(name, _, text)| (name.as_str(), text.as_str()))
            .collect();
        let errors = check_files(&set, Some(today));
        let parity = original
            .as_deref()
            .map(|original| translation_problems(original, &set))
            .unwrap_or_default();
        let prefix = if original.is_some() {
            Locale::Hi.path_prefix()
        } else {
            ""
        };
        for (name, path, _) in &texts {
            let own = errors.iter().find(|e| e.file() == name);
            let translated: Vec<&String> = parity
                .iter()
                .filter(|(file, _)| file == name)
                .map(|(_, line)| line)
                .collect();
            if own.is_none() && translated.is_empty() {
                let _ = writeln!(out, "ok     {}", path.display());
                continue;
            }
            failed += 1;
            for line in own.iter().flat_map(|e| e.lines()) {
                let _ = writeln!(out, "error  {prefix}{line}");
            }
            for line in translated {
                let _ = writeln!(out, "error  {line}");
            }
        }
        // Problems of a file not in the set (kept-terms.json, a missing original).
        for (file, line) in &parity {
            if !texts.iter().any(|(name, _, _)| name == file) {
                failed += 1;
                let _ = writeln!(out, "error  {line}");
            }
        }
    }
    let _ = writeln!(out, "{checked} checked, {failed} with errors");
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Each Hindi file of `set` against its English original in `original`,
/// as (the file's content name, one line per problem).
fn translation_problems(original: &Path, set: &[(&str, &str)]) -> Vec<(String, String)> {
    let english: Vec<(String, String)> = files_of(original)
        .into_iter()
        .filter_map(|(name, path)| Some((name, read(&path).ok()?)))
        .collect();
    let english: Vec<(&str, &str)> = english
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    let kept_path = original.join(KeptTerms::FILE);
    let kept = match read(&kept_path).map(|text| guide_model::read::from_str::<KeptTerms>(&text)) {
        Ok(Ok(kept)) => kept.kept,
        Ok(Err(e)) => return vec![(KeptTerms::FILE.into(), format!("{}: {e}", KeptTerms::FILE))],
        Err(reason) => {
            return vec![(
                KeptTerms::FILE.into(),
                format!("{}: {reason}", KeptTerms::FILE),
            )]
        }
    };
    check_parity(&english, set, &kept)
        .into_iter()
        .map(|p| (p.en_file.clone(), p.to_string()))
        .collect()
}

fn read(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot be read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("(whole file): not valid UTF-8 ({e})"))
}

/// Today by this machine's clock (UTC), against which `checked` dates must not be later.
fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_unix_days((seconds / 86_400) as i64)
}

/// Writes every content file's schema into `dir`, replacing what is there.
fn write_schemas(dir: &Path) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("error  {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    for (name, text) in schemas() {
        let path = dir.join(&name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("error  {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote  {}", path.display());
    }
    ExitCode::SUCCESS
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_schemas_are_fresh() {
        // The schemas in public/content/schema are generated from the types;
        // a type changed without regenerating them would let an editor's
        // autocompletion accept what the guide rejects, or the reverse.
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/content/schema");
        let mut stale = Vec::new();
        for (name, text) in schemas() {
            let committed = std::fs::read_to_string(dir.join(&name)).unwrap_or_default();
            if committed != text {
                stale.push(name);
            }
        }
        assert!(
            stale.is_empty(),
            "stale schemas {stale:?}: run `cargo run -p content-check -- --write-schemas public/content/schema`"
        );
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        on_disk.sort();
        let mut expected: Vec<String> = schemas().into_iter().map(|(name, _)| name).collect();
        expected.sort();
        assert_eq!(
            on_disk, expected,
            "no schema for a file the guide does not read"
        );
    }

    #[test]
    fn every_shipped_file_names_its_schema() {
        // `$schema` is what makes an editor pick the schema up while typing.
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/content");
        for file in FILES {
            let text = std::fs::read_to_string(dir.join(file)).unwrap();
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            let stem = file.trim_end_matches(".json");
            assert_eq!(
                value["$schema"],
                format!("schema/{stem}.schema.json"),
                "{file}"
            );
        }
    }

    #[test]
    fn a_file_name_says_which_content_file_it_is() {
        let check = |path: &str, expected: &str| {
            let files = files_of(Path::new(path));
            assert_eq!(files[0].0, expected, "{path}");
        };
        check("x/skills.json", "skills.json");
        check(
            "tests/fixtures/bad-content/path--unknown-skill.json",
            "path.json",
        );
    }
}
