//! Reading a content file: decoding its text and checking its rules.
//!
//! No IO: the app fetches the text, the content checker and the build-time
//! renderer read it from disk, and all of them go through [`decode`], so
//! they apply exactly the same rules and give the same messages.

use serde::de::DeserializeOwned;

use crate::validate::decode_path;
use crate::{Careers, Comparison, Invalid, Overview, Site, SkillsFile, Validate};

/// The largest content file the guide reads. The shipped files are a few
/// kilobytes; this stops a runaway file (or a wrong URL) from freezing the tab.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

/// Every content file the guide reads, for the content checker.
pub const FILES: &[&str] = &[
    Site::FILE,
    Overview::FILE,
    SkillsFile::FILE,
    Comparison::FILE,
    Careers::FILE,
];

/// Decodes and validates `text` as the content file named `file`, whichever
/// type that is. The content checker and the fixture tests go through here.
pub fn check(file: &str, text: &str) -> Result<(), LoadError> {
    match file {
        Site::FILE => decode::<Site>(file, text).map(drop),
        Overview::FILE => decode::<Overview>(file, text).map(drop),
        SkillsFile::FILE => decode::<SkillsFile>(file, text).map(drop),
        Careers::FILE => decode::<Careers>(file, text).map(drop),
        Comparison::FILE => decode::<Comparison>(file, text).map(drop),
        _ => Err(LoadError::Decode {
            file: file.to_string(),
            path: WHOLE_FILE.into(),
            message: format!("not a file the guide reads (it reads {})", FILES.join(", ")),
        }),
    }
}

/// A content file type and the file it lives in.
pub trait ContentFile: DeserializeOwned + Validate + Clone + 'static {
    const FILE: &'static str;
}

impl ContentFile for Site {
    const FILE: &'static str = "site.json";
}

impl ContentFile for Overview {
    const FILE: &'static str = "overview.json";
}

impl ContentFile for SkillsFile {
    const FILE: &'static str = "skills.json";
}

impl ContentFile for Comparison {
    const FILE: &'static str = "comparison.json";
}

impl ContentFile for Careers {
    const FILE: &'static str = "careers.json";
}

/// Why a content file could not be used. The `Display` text is the copy the
/// reader sees, so it always starts with the file name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("{file}: the server could not be reached ({reason})")]
    Network { file: String, reason: String },
    #[error("{file}: the server did not answer within {seconds} seconds")]
    Timeout { file: String, seconds: u32 },
    #[error("{file}: the server answered HTTP {status}")]
    Status { file: String, status: u16 },
    #[error("{file}: the server sent {content_type} instead of JSON")]
    NotJson { file: String, content_type: String },
    #[error("{file}: {path}: {message}")]
    Decode {
        file: String,
        path: String,
        message: String,
    },
    #[error("{file}: {path}: {message}")]
    Invalid {
        file: String,
        path: String,
        message: String,
    },
}

impl LoadError {
    pub fn file(&self) -> &str {
        match self {
            LoadError::Network { file, .. }
            | LoadError::Timeout { file, .. }
            | LoadError::Status { file, .. }
            | LoadError::NotJson { file, .. }
            | LoadError::Decode { file, .. }
            | LoadError::Invalid { file, .. } => file,
        }
    }

    /// The JSON path of the offending value, for decode and validation errors.
    pub fn path(&self) -> Option<&str> {
        match self {
            LoadError::Decode { path, .. } | LoadError::Invalid { path, .. } => Some(path),
            _ => None,
        }
    }

    /// The reason without the file name, for layouts that show the file apart.
    pub fn reason(&self) -> String {
        let full = self.to_string();
        full.strip_prefix(self.file())
            .map(|r| r.trim_start_matches(": ").to_string())
            .unwrap_or(full)
    }
}

/// The path shown for an error that belongs to the file as a whole.
pub const WHOLE_FILE: &str = "(whole file)";

/// Decodes and validates the text of `file`. No IO: the app and the native
/// tests both go through here.
pub fn decode<T: DeserializeOwned + Validate>(file: &str, text: &str) -> Result<T, LoadError> {
    let decode_error = |path: String, message: String| LoadError::Decode {
        file: file.to_string(),
        path,
        message,
    };
    if text.len() > MAX_BYTES {
        return Err(decode_error(
            WHOLE_FILE.into(),
            format!(
                "the file is {:.1} MB; content files may be at most {} MB",
                text.len() as f64 / (1024.0 * 1024.0),
                MAX_BYTES / (1024 * 1024)
            ),
        ));
    }
    // Editors on Windows may save a byte-order mark; it is not an error.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(decode_error(WHOLE_FILE.into(), "the file is empty".into()));
    }
    if text.trim_start().starts_with('<') {
        return Err(decode_error(
            WHOLE_FILE.into(),
            "this is an HTML page, not JSON (is the file missing on the server?)".into(),
        ));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = decode_path(e.path()).unwrap_or_else(|| WHOLE_FILE.to_string());
        decode_error(path, e.into_inner().to_string())
    })?;
    de.end()
        .map_err(|e| decode_error(WHOLE_FILE.into(), e.to_string()))?;
    value
        .validate()
        .map_err(|Invalid { path, message }| LoadError::Invalid {
            file: file.to_string(),
            path,
            message,
        })?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &str) {
        let got = match decode::<Overview>("overview.json", text) {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        };
        assert_eq!(got, expected, "input: {text}");
    }

    const GOOD: &str = r#"{"title":"Backend Guide","lead":"Lead.","sections":[
        {"id":"what","heading":"What","paragraphs":["Text."]}]}"#;

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
            r#"{"title":5,"lead":"x","sections":[]}"#,
            "overview.json: title: invalid type: integer `5`, expected a string at line 1 column 10",
        );
        check(
            r#"{"title":"T","lead":"L","sections":[{"id":"a","heading":7,"paragraphs":[]}]}"#,
            "overview.json: sections[0].heading: invalid type: integer `7`, expected a string at line 1 column 57",
        );
        check(
            r#"{"title":"T","lead":"L"}"#,
            "overview.json: (whole file): missing field `sections` at line 1 column 24",
        );
        check(
            r#"{"title":"T","lead":"L","sections":[],"extra":1}"#,
            "overview.json: extra: unknown field `extra`, expected one of `title`, `lead`, `sections` at line 1 column 45",
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
            "overview.json: \"\": unknown field ``, expected one of `title`, `lead`, `sections` at line 1 column 3",
        );
    }

    #[test]
    fn validation_errors_name_the_json_path() {
        check(
            r#"{"title":"T","lead":"L","sections":[]}"#,
            "overview.json: sections: must list at least one entry",
        );
        check(
            r#"{"title":"T","lead":"L","sections":[{"id":"a","heading":"H","paragraphs":["x"]},
                {"id":"a","heading":"H2","paragraphs":["y"]}]}"#,
            "overview.json: sections[1].id: duplicate id \"a\"",
        );
        check(
            r#"{"title":"T","lead":"L","sections":[{"id":"a","heading":"H","paragraphs":["x", " "]}]}"#,
            "overview.json: sections[0].paragraphs[1]: must not be empty",
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        // serde_json stops at depth 128; a hand-made file must never overflow the stack.
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let err = decode::<Overview>("overview.json", &deep).unwrap_err();
        assert!(err.to_string().starts_with("overview.json: "), "{err}");
    }

    #[test]
    fn bad_content_fixtures_give_the_expected_errors() {
        // tests/fixtures/bad-content/<file>--<case>.json, checked as <file>.json;
        // expected.tsv holds the exact message (or "ok" for hostile but valid text).
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/bad-content/"
        );
        let expected = std::fs::read_to_string(format!("{dir}expected.tsv")).unwrap();
        let mut seen = 0;
        for line in expected.lines().filter(|l| !l.trim().is_empty()) {
            let (fixture, message) = line.split_once('\t').unwrap();
            let text = std::fs::read_to_string(format!("{dir}{fixture}")).unwrap();
            let file = format!("{}.json", fixture.split("--").next().unwrap());
            let got = match super::check(&file, &text) {
                Ok(()) => "ok".to_string(),
                Err(e) => e.to_string(),
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
    fn a_ten_megabyte_file_is_refused_with_its_size() {
        let big = format!("{{\"title\":\"{}\"}}", "x".repeat(10 * 1024 * 1024));
        assert_eq!(
            super::check("overview.json", &big).unwrap_err().to_string(),
            "overview.json: (whole file): the file is 10.0 MB; content files may be at most 8 MB"
        );
    }

    #[test]
    fn shipped_content_is_valid() {
        // The one test that reads public/content: every file there is one the
        // guide reads (careers.json was once missing from FILES, so nothing
        // checked it), and each passes the same rules the app applies.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/content/");
        let mut shipped: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|name| name.ends_with(".json"))
            .collect();
        shipped.sort();
        let mut listed: Vec<String> = FILES.iter().map(|f| f.to_string()).collect();
        listed.sort();
        assert_eq!(listed, shipped);
        for file in FILES {
            let text = std::fs::read_to_string(format!("{dir}{file}")).unwrap();
            assert_eq!(super::check(file, &text), Ok(()), "{file}");
        }
    }
}
