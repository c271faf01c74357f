//! Reading JSON text as a model type: serde_json, with serde_path_to_error
//! adding the JSON path of the value that did not fit.

use serde::de::DeserializeOwned;

/// Why a text could not be read as the type asked for. `path` is `None` when
/// the problem belongs to the text as a whole (a syntax error outside any
/// value, a missing field of the root object).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub path: Option<String>,
    /// serde_json's reason, ending with ` at line L column C`.
    pub message: String,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{path}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

/// Reads `text` (one JSON value, surrounded by whitespace at most) as `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| Error {
        path: path_string(e.path()),
        message: e.inner().to_string(),
    })?;
    // Trailing characters are an error of the text as a whole.
    deserializer.end().map_err(|e| Error {
        path: None,
        message: e.to_string(),
    })?;
    Ok(value)
}

/// `s` as a JSON string literal, escaped as serde_json writes it.
pub fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// A path in the notation of the validation errors (`sections[0].id`), or
/// `None` for no steps. A key that would not read as a path (empty, or
/// holding `.`, `[`, `]`, `"`, spaces or control characters) is shown
/// JSON-quoted, so the path never comes out blank or ambiguous.
fn path_string(path: &serde_path_to_error::Path) -> Option<String> {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    let mut any = false;
    for segment in path.iter() {
        if !matches!(segment, Segment::Unknown) {
            any = true;
        }
        match segment {
            Segment::Seq { index } => out = crate::validate::index(&out, *index),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                let plain = !key.is_empty()
                    && !key.chars().any(|c| {
                        matches!(c, '.' | '[' | ']' | '"') || c.is_whitespace() || c.is_control()
                    });
                let shown = if plain { key.clone() } else { quote(key) };
                out = crate::validate::field(&out, &shown);
            }
            // A value whose key was not read yet (a syntax error inside it):
            // the path stops at its parent.
            Segment::Unknown => break,
        }
    }
    any.then_some(out)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
        items: Vec<Item>,
        #[serde(default)]
        map: BTreeMap<String, u8>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        n: u32,
    }

    fn check(text: &str, expected: &str) {
        let got = match from_str::<Doc>(text) {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        };
        assert_eq!(got, expected, "input: {text}");
    }

    #[test]
    fn errors_name_the_path_and_the_place() {
        // An author must find the broken value from the message alone: its
        // JSON path, serde_json's reason, and the line and column.
        check(r#"{"title":"t","items":[{"id":"a","n":1}]}"#, "ok");
        check("{", "EOF while parsing an object at line 1 column 1");
        check(
            r#"{"title":"t","items":[]} x"#,
            "trailing characters at line 1 column 26",
        );
        check(
            r#"{"title":"t","items":[{"id":"a","n":-1}]}"#,
            "items[0].n: invalid value: integer `-1`, expected u32 at line 1 column 38",
        );
        check(
            "{\"title\":\"t\",\n\"items\":[{\"id\":\"a\",\"n\":1,\"x\":2}]}",
            "items[0].x: unknown field `x`, expected `id` or `n` at line 2 column 28",
        );
        check(
            r#"{"title":"t","items":[],"map":{"a.b":300}}"#,
            r#"map."a.b": invalid value: integer `300`, expected u8 at line 1 column 40"#,
        );
        check(
            r#"{"title":"t"}"#,
            "missing field `items` at line 1 column 13",
        );
    }

    #[test]
    fn quote_escapes_as_serde_json() {
        // Chart CSV/JSON cells are quoted with this; a stray quote or control
        // character must not break the file a reader downloads.
        assert_eq!(quote("a\"b\\c\n\u{1}"), r#""a\"b\\c\n\u0001""#);
    }
}
