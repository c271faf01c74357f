//! The set of content files the guide reads, checked together.
//!
//! Each file decodes and checks its own rules through
//! [`crate::content_file::decode`]. Where a trustworthy clock and every file
//! are at hand (the content checker, the native tests), [`check_files`] adds
//! what a reader's browser cannot judge: a `checked` date in the future, and
//! the rules across files. This module depends on every content file's
//! module, and none of them on it.

use crate::content_file::{decode_with_problems, ContentFile, LoadError, WHOLE_FILE};
use crate::date::Date;
use crate::validate::Problems;
use crate::{Careers, Comparison, LearningPath, Overview, Site, SkillsFile};

/// Every content file the guide reads, for the content checker.
pub const FILES: &[&str] = &[
    Site::FILE,
    Overview::FILE,
    SkillsFile::FILE,
    Comparison::FILE,
    Careers::FILE,
    LearningPath::FILE,
];

/// Decodes and validates `text` as the content file named `file`, whichever
/// type that is, by its own rules alone. The fuzz targets go through here.
pub fn check(file: &str, text: &str) -> Result<(), LoadError> {
    check_files(&[(file, text)], None)
        .into_iter()
        .next()
        .map_or(Ok(()), Err)
}

/// Checks content files as a set, the way the content checker does: each
/// file by its own rules, its `checked` date against `today` (when a
/// trustworthy clock gives one), and the rules across files (every skill a
/// path step names exists in skills.json) where both files are in the set.
/// Returns one error per file that breaks any rule, in the order given.
pub fn check_files(files: &[(&str, &str)], today: Option<Date>) -> Vec<LoadError> {
    let mut skills = None;
    let mut path = None;
    let mut results: Vec<(String, Result<Problems, LoadError>)> = Vec::new();
    for (file, text) in files {
        let result = match *file {
            Site::FILE => own_problems::<Site>(text, today).map(|(_, p)| p),
            Overview::FILE => own_problems::<Overview>(text, today).map(|(_, p)| p),
            SkillsFile::FILE => own_problems::<SkillsFile>(text, today).map(|(value, p)| {
                skills = Some(value);
                p
            }),
            Careers::FILE => own_problems::<Careers>(text, today).map(|(_, p)| p),
            Comparison::FILE => own_problems::<Comparison>(text, today).map(|(_, p)| p),
            LearningPath::FILE => own_problems::<LearningPath>(text, today).map(|(value, p)| {
                path = Some((results.len(), value));
                p
            }),
            _ => Err(LoadError::Decode {
                file: file.to_string(),
                path: WHOLE_FILE.into(),
                message: format!("not a file the guide reads (it reads {})", FILES.join(", ")),
            }),
        };
        results.push((file.to_string(), result));
    }
    if let (Some((at, path)), Some(skills)) = (path, skills) {
        if let Ok(problems) = &mut results[at].1 {
            problems.extend(path.skill_problems(&skills));
        }
    }
    results
        .into_iter()
        .filter_map(|(file, result)| match result {
            Ok(problems) => LoadError::invalid(&file, problems.into_vec()),
            Err(error) => Some(error),
        })
        .collect()
}

/// Decodes `text` as `T` and lists the rules it breaks on its own (and its
/// date against `today`), so cross-file rules can add to the same list.
fn own_problems<T: ContentFile>(
    text: &str,
    today: Option<Date>,
) -> Result<(T, Problems), LoadError> {
    let (value, mut problems) = decode_with_problems::<T>(T::FILE, text)?;
    if let Some(today) = today {
        if value.checked() > today {
            problems.add(
                "checked",
                format!("{} is in the future (today is {today})", value.checked()),
            );
        }
    }
    Ok((value, problems))
}

#[cfg(test)]
mod tests {
    // Decoding is `content_file`'s, but its tests decode the real files,
    // which only this module may name.
    use super::*;
    use crate::content_file::decode;

    fn check(text: &str, expected: &str) {
        let got = match decode::<Overview>("overview.json", text) {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        };
        assert_eq!(got, expected, "input: {text}");
    }

    const GOOD: &str = r#"{"checked":"2026-11-29","title":"Backend Guide","lead":"Lead.","sections":[
        {"id":"what","heading":"What","paragraphs":["Text."]}]}"#;

    /// The day the tests take as today, so their messages never change.
    fn today() -> Date {
        Date::new(2026, 11, 29).unwrap()
    }

    #[test]
    fn decode_errors_name_file_path_and_reason() {
        // The reader must be able to find the broken value without a debugger.
        check(GOOD, "ok");
        check("", "overview.json: (whole file): the file is empty");
        check(
            "{",
            "overview.json: (whole file): EOF while parsing an object at line 1 column 1",
        );
        check(
            r#"{"checked":"2026-11-29","title":5,"lead":"x","sections":[]}"#,
            "overview.json: title: invalid type: integer `5`, expected a string at line 1 column 33",
        );
        check(
            r#"{"checked":"2026-11-29","title":"T","lead":"L","sections":[{"id":"a","heading":7,"paragraphs":[]}]}"#,
            "overview.json: sections[0].heading: invalid type: integer `7`, expected a string at line 1 column 80",
        );
        check(
            r#"{"checked":"2026-11-29","title":"T","lead":"L"}"#,
            "overview.json: (whole file): missing field `sections` at line 1 column 47",
        );
        check(
            r#"{"checked":"2026-11-29","title":"T","lead":"L","sections":[],"extra":1}"#,
            "overview.json: extra: unknown field `extra`, expected one of `$schema`, `checked`, `title`, `lead`, `sections` at line 1 column 68",
        );
        check(
            &format!("{GOOD} trailing"),
            "overview.json: (whole file): trailing characters at line 2 column 65",
        );
    }

    #[test]
    fn empty_key_error_names_a_path() {
        // Found by fuzzing: an empty key gave "overview.json: : unknown field ``".
        check(
            r#"{"":1}"#,
            "overview.json: \"\": unknown field ``, expected one of `$schema`, `checked`, `title`, `lead`, `sections` at line 1 column 3",
        );
    }

    #[test]
    fn a_checked_date_is_required_and_real() {
        // The footer shows this date; a missing or impossible one is the editor's slip.
        check(
            r#"{"title":"T","lead":"L","sections":[]}"#,
            "overview.json: (whole file): missing field `checked` at line 1 column 38",
        );
        check(
            &GOOD.replace("2026-11-29", "2026-11-31"),
            "overview.json: checked: \"2026-11-31\" is not a day of the calendar at line 1 column 23",
        );
        check(
            &GOOD.replace("2026-11-29", "29/11/2026"),
            "overview.json: checked: \"29/11/2026\" is not a date in the form YYYY-MM-DD at line 1 column 23",
        );
    }

    #[test]
    fn a_date_in_the_future_is_an_error_only_where_the_clock_is_trusted() {
        // content-check and the native tests know today; a reader whose clock
        // is behind must still see the page, so `decode` lets it through.
        let future = GOOD.replace("2026-11-29", "2026-11-30");
        check(&future, "ok");
        let got: Vec<String> = check_files(&[("overview.json", &future)], Some(today()))
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            got,
            ["overview.json: checked: 2026-11-30 is in the future (today is 2026-11-29)"]
        );
        assert_eq!(check_files(&[("overview.json", GOOD)], Some(today())), []);
    }

    #[test]
    fn schema_must_name_the_files_own_schema() {
        // An editor follows this path to the schema; another file's schema would mislead.
        check(
            &GOOD.replacen('{', r#"{"$schema":"schema/overview.schema.json","#, 1),
            "ok",
        );
        check(
            &GOOD.replacen('{', r#"{"$schema":"schema/skills.schema.json","#, 1),
            "overview.json: $schema: must be \"schema/overview.schema.json\" (\"../schema/overview.schema.json\" in a language folder)",
        );
    }

    #[test]
    fn validation_errors_name_the_json_path() {
        check(
            r#"{"checked":"2026-11-29","title":"T","lead":"L","sections":[]}"#,
            "overview.json: sections: must list at least one entry",
        );
        check(
            r#"{"checked":"2026-11-29","title":"T","lead":"L","sections":[{"id":"a","heading":"H","paragraphs":["x"]},
                {"id":"a","heading":"H2","paragraphs":["y"]}]}"#,
            "overview.json: sections[1].id: duplicate id \"a\"",
        );
        check(
            r#"{"checked":"2026-11-29","title":"T","lead":"L","sections":[{"id":"a","heading":"H","paragraphs":["x", " "]}]}"#,
            "overview.json: sections[0].paragraphs[1]: must not be empty",
        );
    }

    #[test]
    fn every_problem_in_a_file_is_listed_with_its_path() {
        // Issue 15: a missing name and a dangling id used to report only the first.
        let text = r#"{"checked":"2026-11-29","title":" ","lead":"L","sections":[
            {"id":"a","heading":"","paragraphs":["x"]},
            {"id":"a","heading":"H","paragraphs":[]}]}"#;
        let error = decode::<Overview>("overview.json", text).unwrap_err();
        assert_eq!(error.to_string(), "overview.json: title: must not be empty");
        assert_eq!(
            error.lines(),
            [
                "overview.json: title: must not be empty",
                "overview.json: sections[1].id: duplicate id \"a\"",
                "overview.json: sections[0].heading: must not be empty",
                "overview.json: sections[1].paragraphs: must list at least one entry",
            ]
        );
        // Decode errors stop at the first: the rest of the file cannot be read.
        assert_eq!(
            decode::<Overview>("overview.json", "{")
                .unwrap_err()
                .lines()
                .len(),
            1
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        // serde_json stops at depth 128; a hand-made file must never overflow the stack.
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let err = decode::<Overview>("overview.json", &deep).unwrap_err();
        assert!(err.to_string().starts_with("overview.json: "), "{err}");
    }

    /// The model's own fixtures, by the content file they stand in for: the
    /// other files a fixture is checked together with (cross-file rules).
    fn companions() -> Vec<(&'static str, String)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/");
        vec![(
            SkillsFile::FILE,
            std::fs::read_to_string(format!("{dir}skills.json")).unwrap(),
        )]
    }

    #[test]
    fn bad_content_fixtures_give_the_expected_errors() {
        // tests/fixtures/bad-content/<file>--<case>.json, checked as <file>.json
        // together with the model's fixtures of the other files (so a path
        // step's skill ids are checked); expected.tsv holds the exact first
        // line (or "ok" for hostile but valid text).
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/bad-content/"
        );
        let expected = std::fs::read_to_string(format!("{dir}expected.tsv")).unwrap();
        let companions = companions();
        let mut seen = 0;
        for line in expected.lines().filter(|l| !l.trim().is_empty()) {
            let (fixture, message) = line.split_once('\t').unwrap();
            let text = std::fs::read_to_string(format!("{dir}{fixture}")).unwrap();
            let file = format!("{}.json", fixture.split("--").next().unwrap());
            let mut files = vec![(file.as_str(), text.as_str())];
            files.extend(
                companions
                    .iter()
                    .filter(|(name, _)| *name != file)
                    .map(|(name, text)| (*name, text.as_str())),
            );
            let errors = check_files(&files, Some(today()));
            let got = match errors.iter().find(|e| e.file() == file) {
                None => "ok".to_string(),
                Some(e) => e.to_string(),
            };
            assert_eq!(got, message, "{fixture}");
            seen += 1;
        }
        let on_disk = std::fs::read_dir(dir).unwrap().filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "json")
        });
        assert_eq!(
            seen,
            on_disk.count(),
            "every fixture has a line in expected.tsv"
        );
        assert!(seen >= 30);
    }

    #[test]
    fn a_cross_file_problem_joins_the_files_own_problems() {
        // Issue 15: content-check lists an unknown skill id in a path step
        // under path.json, with that file's own problems, in one error.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/");
        let read = |file: &str| std::fs::read_to_string(format!("{dir}{file}")).unwrap();
        let mut path: serde_json::Value = serde_json::from_str(&read("path.json")).unwrap();
        path["steps"][2]["skills"]
            .as_array_mut()
            .unwrap()
            .push("graphql".into());
        path["steps"][1]["why"] = "".into();
        let path_text = path.to_string();
        let skills_text = read("skills.json");
        let errors = check_files(
            &[("path.json", &path_text), ("skills.json", &skills_text)],
            None,
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].lines(),
            [
                "path.json: steps[1].why: must not be empty",
                "path.json: steps[2].skills[1]: unknown skill id \"graphql\" (not in skills.json)",
            ]
        );
    }

    #[test]
    fn a_ten_megabyte_file_is_refused_with_its_size() {
        let big = format!("{{\"title\":\"{}\"}}", "x".repeat(10 * 1024 * 1024));
        assert_eq!(
            super::check("overview.json", &big).unwrap_err().to_string(),
            "overview.json: (whole file): the file is 10.0 MB; content files may be at most 8 MB"
        );
    }

    /// Today by the system clock: the native tests run where it can be trusted.
    fn system_today() -> Date {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        Date::from_unix_days((seconds / 86_400) as i64)
    }

    #[test]
    fn shipped_content_is_valid() {
        // The one test that reads public/content: every file there is one the
        // guide reads (careers.json was once missing from FILES, so nothing
        // checked it), and together they pass the rules the content checker
        // applies, the cross-file rules and the checked dates included. The
        // same holds for each translation, which also keeps every fact of
        // the English (crate::parity).
        let english = shipped("");
        for locale in crate::locale::Locale::ALL {
            let texts = shipped(locale.path_prefix());
            let files: Vec<(&str, &str)> = texts.iter().map(|(f, t)| (*f, t.as_str())).collect();
            let errors: Vec<Vec<String>> = check_files(&files, Some(system_today()))
                .iter()
                .map(LoadError::lines)
                .collect();
            assert_eq!(errors, Vec::<Vec<String>>::new(), "{locale:?}");
            if locale == crate::locale::Locale::En {
                continue;
            }
            let kept_file = format!("{SHIPPED}{}", crate::parity::KeptTerms::FILE);
            let kept: crate::parity::KeptTerms =
                crate::read::from_str(&std::fs::read_to_string(kept_file).unwrap()).unwrap();
            let en: Vec<(&str, &str)> = english.iter().map(|(f, t)| (*f, t.as_str())).collect();
            let problems: Vec<String> = crate::parity::check_parity(&en, &files, &kept.kept)
                .iter()
                .map(ToString::to_string)
                .collect();
            assert_eq!(problems, Vec::<String>::new(), "{locale:?}");
        }
    }

    const SHIPPED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/content/");

    /// The content files in a locale's folder under public/content, after
    /// checking that the folder holds those and no other content file.
    fn shipped(prefix: &str) -> Vec<(&'static str, String)> {
        let dir = format!("{SHIPPED}{prefix}");
        let mut found: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|name| name.ends_with(".json") && name != "kept-terms.json")
            .collect();
        found.sort();
        let mut listed: Vec<String> = FILES.iter().map(|f| f.to_string()).collect();
        listed.sort();
        assert_eq!(listed, found, "{dir}");
        FILES
            .iter()
            .map(|file| {
                (
                    *file,
                    std::fs::read_to_string(format!("{dir}{file}")).unwrap(),
                )
            })
            .collect()
    }
}
