//! One content file: the trait its type implements, decoding its text and
//! checking its own rules, and the error a reader sees when it cannot be used.
//!
//! No IO: the app fetches the text, the content checker and the build-time
//! renderer read it from disk, and all of them go through [`decode`], so
//! they apply exactly the same rules and give the same messages. Each
//! content file's module (`site`, `skills`, `path`…) depends on this one;
//! the set of all the files and the rules across them are `crate::content`'s,
//! which depends on them, never the other way round.

use serde::de::DeserializeOwned;

use crate::date::Date;
use crate::validate::{Invalid, Problems, Validate};

/// The largest content file the guide reads. The shipped files are a few
/// kilobytes; this stops a runaway file (or a wrong URL) from freezing the tab.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

/// A content file type, the file it lives in, and the two fields every
/// content file has: the JSON Schema it names and the day its facts were checked.
pub trait ContentFile: DeserializeOwned + Validate + Clone + 'static {
    const FILE: &'static str;

    /// The day this file's facts were last reviewed.
    fn checked(&self) -> Date;

    /// The `$schema` the file names, if any.
    fn schema(&self) -> Option<&str>;

    /// The only `$schema` a file may name: its schema, relative to the file.
    fn schema_path() -> String {
        format!(
            "schema/{}.schema.json",
            Self::FILE.trim_end_matches(".json")
        )
    }
}

/// Implements [`ContentFile`] for a type with the `schema` and `checked`
/// fields; each content file's module names its own file with it.
macro_rules! content_file {
    ($type:ty => $file:literal) => {
        impl $crate::content_file::ContentFile for $type {
            const FILE: &'static str = $file;

            fn checked(&self) -> $crate::date::Date {
                self.checked
            }

            fn schema(&self) -> Option<&str> {
                self.schema.as_deref()
            }
        }
    };
}
pub(crate) use content_file;

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
    /// The file parsed but breaks the guide's rules: the first problem
    /// (which is what `Display` shows) and every further one.
    #[error("{file}: {path}: {message}")]
    Invalid {
        file: String,
        path: String,
        message: String,
        more: Vec<Invalid>,
    },
}

impl LoadError {
    /// The error for every problem in `problems`, or `None` when there is none.
    pub fn invalid(file: &str, problems: Vec<Invalid>) -> Option<LoadError> {
        let mut problems = problems.into_iter();
        let first = problems.next()?;
        Some(LoadError::Invalid {
            file: file.to_string(),
            path: first.path,
            message: first.message,
            more: problems.collect(),
        })
    }

    /// A file over [`MAX_BYTES`]: `bytes` is its size if known (a download
    /// stopped at the limit knows only that it is over).
    pub fn too_large(file: &str, bytes: Option<usize>) -> LoadError {
        let limit = MAX_BYTES / (1024 * 1024);
        let size = match bytes {
            Some(bytes) => format!("the file is {:.1} MB", bytes as f64 / (1024.0 * 1024.0)),
            None => format!("the file is over {limit} MB"),
        };
        LoadError::Decode {
            file: file.to_string(),
            path: WHOLE_FILE.into(),
            message: format!("{size}; content files may be at most {limit} MB"),
        }
    }

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

    /// Every problem after the first, as `path: message` (validation errors only).
    pub fn more(&self) -> &[Invalid] {
        match self {
            LoadError::Invalid { more, .. } => more,
            _ => &[],
        }
    }

    /// Every problem, one line each, each starting with the file name: what
    /// the content checker prints.
    pub fn lines(&self) -> Vec<String> {
        std::iter::once(self.to_string())
            .chain(self.more().iter().map(|p| format!("{}: {p}", self.file())))
            .collect()
    }
}

/// The path shown for an error that belongs to the file as a whole.
pub const WHOLE_FILE: &str = "(whole file)";

/// Decodes and validates the text of `file`. No IO: the app and the native
/// tests both go through here. A date in the future is not checked here:
/// a reader whose clock is behind must still see the page.
pub fn decode<T: ContentFile>(file: &str, text: &str) -> Result<T, LoadError> {
    let (value, problems) = decode_with_problems::<T>(file, text)?;
    match LoadError::invalid(file, problems.into_vec()) {
        Some(error) => Err(error),
        None => Ok(value),
    }
}

/// Decodes `text` as `T` and lists every rule it breaks on its own, without
/// failing on them: the set of files (`crate::content`) adds its date and
/// cross-file rules to the same list.
pub(crate) fn decode_with_problems<T: ContentFile>(
    file: &str,
    text: &str,
) -> Result<(T, Problems), LoadError> {
    let value = parse::<T>(file, text)?;
    let problems = problems_of(&value);
    Ok((value, problems))
}

/// Every rule `value` breaks on its own, its `$schema` included.
fn problems_of<T: ContentFile>(value: &T) -> Problems {
    let mut problems = Problems::default();
    if let Some(schema) = value.schema() {
        let expected = T::schema_path();
        // A translation (`hi/skills.json`) sits a folder deeper.
        if schema != expected && schema.strip_prefix("../") != Some(expected.as_str()) {
            problems.add(
                "$schema",
                format!("must be {expected:?} (\"../{expected}\" in a language folder)"),
            );
        }
    }
    value.validate(&mut problems);
    problems
}

/// Decodes the text of `file` as `T`: its shape, without the rules.
fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, LoadError> {
    let decode_error = |path: String, message: String| LoadError::Decode {
        file: file.to_string(),
        path,
        message,
    };
    if text.len() > MAX_BYTES {
        return Err(LoadError::too_large(file, Some(text.len())));
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
    // serde reads a struct from an array of its fields in order too; a
    // content file is one object, and an array at its root is named plainly.
    if text.trim_start().starts_with('[') {
        return Err(decode_error(
            WHOLE_FILE.into(),
            "the file holds an array; it must hold one JSON object ({ … })".into(),
        ));
    }
    let value: T = crate::read::from_str(text)
        .map_err(|e| decode_error(e.path.unwrap_or_else(|| WHOLE_FILE.to_string()), e.message))?;
    Ok(value)
}
