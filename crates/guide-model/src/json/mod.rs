//! The guide's JSON decoder: text → a tree of values ([`parse`]) → any
//! `Deserialize` type ([`de`]), with every error naming the JSON path and
//! the line and column of the offending value.
//!
//! It replaces serde_json + serde_path_to_error for reading (issue 14):
//! their code was compiled once per content type and once more per
//! wrapper, about 240 KB of the wasm. Here the parser is one non-generic
//! function and the serde side a thin walk over the tree, so what is
//! compiled per type is little more than serde's derived code; the wasm is
//! 114 KB smaller raw, 19 KB gzip. The messages are serde_json's and
//! serde_path_to_error's, word for word and at the same line and column
//! (the tests compare them on thousands of broken texts), with two
//! exceptions: a struct is read from an object only, and a syntax error
//! anywhere wins over a type error before it (the whole text is parsed
//! first).

mod de;
mod parse;

use std::fmt;

use serde::de::{DeserializeOwned, Expected, Unexpected};

/// Why a text could not be read as the type asked for. `path` is `None` when
/// the problem belongs to the text as a whole (a syntax error outside any
/// value, a missing field of the root object).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub path: Option<String>,
    /// The reason, ending with ` at line L column C`.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{path}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

/// Reads `text` (one JSON value, surrounded by whitespace at most) as `T`.
/// Unknown fields are rejected where `T` says so (`deny_unknown_fields`).
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    let result = parse::parse(text).and_then(|root| T::deserialize(de::Value(&root)));
    result.map_err(|e| e.finish(text))
}

/// `s` as a JSON string literal: quoted, with `"`, `\` and control
/// characters escaped the way serde_json writes them.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One step of a JSON path, innermost first while an error travels out.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Index(usize),
    Key(String),
}

/// An error on its way out of the parser or the tree walk: the steps it
/// has passed so far, and where in the text it happened (a byte count in
/// serde_json's sense: the column is the count of bytes on its line up to
/// and including the offending one). Boxed, like serde_json's error, so
/// that every `Result` in the code compiled per type stays one word wide.
#[derive(Debug)]
pub(crate) struct Partial(Box<Inner>);

#[derive(Debug)]
struct Inner {
    message: String,
    path: Vec<Segment>,
    at: Option<usize>,
}

impl Partial {
    pub(crate) fn new(message: impl Into<String>, at: usize) -> Self {
        Partial(Box::new(Inner {
            message: message.into(),
            path: Vec::new(),
            at: Some(at),
        }))
    }

    /// Where the error happened, if known yet.
    pub(crate) fn at(&self) -> Option<usize> {
        self.0.at
    }

    /// Places an error that has no place yet at byte count `at`.
    fn at_value(mut self, at: usize) -> Self {
        self.0.at.get_or_insert(at);
        self
    }

    fn in_index(mut self, i: usize) -> Self {
        self.0.path.push(Segment::Index(i));
        self
    }

    fn in_key(mut self, key: &str) -> Self {
        self.0.path.push(Segment::Key(key.to_string()));
        self
    }

    fn finish(self, text: &str) -> Error {
        let Inner { message, path, at } = *self.0;
        let (line, column) = line_column(text, at.unwrap_or(text.len()));
        Error {
            path: path_string(path.iter().rev()),
            message: format!("{message} at line {line} column {column}"),
        }
    }
}

impl fmt::Display for Partial {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl std::error::Error for Partial {}

impl serde::de::Error for Partial {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Partial(Box::new(Inner {
            message: message.to_string(),
            path: Vec::new(),
            at: None,
        }))
    }

    /// serde says "unit value" where JSON has `null`; say `null`, as serde_json does.
    fn invalid_type(unexpected: Unexpected, expected: &dyn Expected) -> Self {
        match unexpected {
            Unexpected::Unit => {
                Self::custom(format_args!("invalid type: null, expected {expected}"))
            }
            _ => Self::custom(format_args!(
                "invalid type: {unexpected}, expected {expected}"
            )),
        }
    }

    fn invalid_value(unexpected: Unexpected, expected: &dyn Expected) -> Self {
        match unexpected {
            Unexpected::Unit => {
                Self::custom(format_args!("invalid value: null, expected {expected}"))
            }
            _ => Self::custom(format_args!(
                "invalid value: {unexpected}, expected {expected}"
            )),
        }
    }
}

/// serde_json's line and column of byte count `at`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..at.min(text.len())];
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let column = before.len()
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
    (line, column)
}

/// A path in the notation of the validation errors (`sections[0].id`), or
/// `None` for no steps. A key that would not read as a path (empty, or
/// holding `.`, `[`, `]`, `"`, spaces or control characters) is shown
/// JSON-quoted, so the path never comes out blank or ambiguous.
fn path_string<'a>(segments: impl Iterator<Item = &'a Segment>) -> Option<String> {
    let mut out = String::new();
    let mut any = false;
    for segment in segments {
        any = true;
        match segment {
            Segment::Index(i) => out = crate::validate::index(&out, *i),
            Segment::Key(key) => {
                let plain = !key.is_empty()
                    && !key.chars().any(|c| {
                        matches!(c, '.' | '[' | ']' | '"') || c.is_whitespace() || c.is_control()
                    });
                let shown = if plain { key.clone() } else { quote(key) };
                out = crate::validate::field(&out, &shown);
            }
        }
    }
    any.then_some(out)
}

#[cfg(test)]
mod tests;
