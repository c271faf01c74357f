//! Rules a content file must follow beyond its shape.
//!
//! serde checks types and required fields; these checks catch what a type
//! cannot say: empty text, duplicate or dangling ids, impossible numbers.
//! Every failure names the JSON path it was found at, in the same notation
//! the decoder's errors use (`crate::read`), so the author sees one format
//! for every error.

use std::collections::HashSet;
use std::fmt;

/// A content rule that failed, with the JSON path of the offending value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub path: String,
    pub message: String,
}

impl Invalid {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Implemented by every top-level content file type: adds every rule the
/// value breaks to `problems`, so an editor sees them all at once.
pub trait Validate {
    fn validate(&self, problems: &mut Problems);
}

/// Every rule a file breaks, in the order they were found, each with its
/// JSON path. The checks never stop at the first problem, the way a
/// compiler lists all its errors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems(Vec<Invalid>);

impl Problems {
    pub fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Invalid::new(path, message));
    }

    /// Keeps a rule's outcome; `false` when it failed.
    pub fn check(&mut self, outcome: Result<(), Invalid>) -> bool {
        match outcome {
            Ok(()) => true,
            Err(problem) => {
                self.0.push(problem);
                false
            }
        }
    }

    /// The found value, or `None` with the problem kept.
    pub fn found<T>(&mut self, outcome: Result<T, Invalid>) -> Option<T> {
        outcome.map_err(|problem| self.0.push(problem)).ok()
    }

    pub fn non_blank(&mut self, path: impl Into<String>, value: &str) -> bool {
        self.check(non_blank(path, value))
    }

    pub fn non_empty<T>(&mut self, path: impl Into<String>, items: &[T]) -> bool {
        self.check(non_empty(path, items))
    }

    /// A list of paragraphs or items: at least one, none blank.
    pub fn texts(&mut self, path: &str, items: &[String]) {
        self.non_empty(path, items);
        for (i, text) in items.iter().enumerate() {
            self.non_blank(index(path, i), text);
        }
    }

    /// Checks each id's form and that no id appears twice in `items`; every
    /// copy after the first is named. `list_path` is the path of the array.
    pub fn unique_ids<'a, T: 'a>(
        &mut self,
        list_path: &str,
        items: impl IntoIterator<Item = &'a T>,
        id_of: impl Fn(&T) -> &str,
    ) {
        let mut seen = HashSet::new();
        for (i, item) in items.into_iter().enumerate() {
            let value = id_of(item);
            let path = field(&index(list_path, i), "id");
            if self.check(id(path.clone(), value)) && !seen.insert(value.to_string()) {
                self.add(path, format!("duplicate id {value:?}"));
            }
        }
    }

    /// A text with `{name}` placeholders: the template must be non-blank,
    /// use every placeholder in `names`, and no other.
    pub fn template(&mut self, path: impl Into<String>, text: &str, names: &[&str]) {
        let path = path.into();
        if !self.non_blank(path.clone(), text) {
            return;
        }
        let used = crate::template::placeholders(text);
        for name in &used {
            if !names.contains(&name.as_str()) {
                self.add(path.clone(), format!("unknown placeholder {{{name}}}"));
            }
        }
        for name in names {
            if !used.iter().any(|u| u == name) {
                self.add(path.clone(), format!("must use the placeholder {{{name}}}"));
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_vec(self) -> Vec<Invalid> {
        self.0
    }

    pub fn extend(&mut self, more: impl IntoIterator<Item = Invalid>) {
        self.0.extend(more);
    }
}

/// Joins a parent path and a field name: `sections[3].heading`.
pub fn field(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_string()
    } else {
        format!("{parent}.{name}")
    }
}

/// Joins a parent path and a sequence index.
pub fn index(parent: &str, i: usize) -> String {
    format!("{parent}[{i}]")
}

/// Text fields must carry words: an empty or blank string is an authoring slip.
pub fn non_blank(path: impl Into<String>, value: &str) -> Result<(), Invalid> {
    if value.trim().is_empty() {
        Err(Invalid::new(path, "must not be empty"))
    } else {
        Ok(())
    }
}

/// Lists that the page renders as content must have at least one entry.
pub fn non_empty<T>(path: impl Into<String>, items: &[T]) -> Result<(), Invalid> {
    if items.is_empty() {
        Err(Invalid::new(path, "must list at least one entry"))
    } else {
        Ok(())
    }
}

/// Ids are used in URLs and as storage keys, so they are kept to a safe, stable alphabet.
pub fn id(path: impl Into<String>, value: &str) -> Result<(), Invalid> {
    let ok = !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !value.starts_with('-')
        && !value.ends_with('-');
    if ok {
        Ok(())
    } else {
        Err(Invalid::new(
            path,
            format!("id {value:?} must be 1–64 lowercase letters, digits or inner hyphens"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_rule_accepts_url_safe_ids_only() {
        // Ids end up in URLs and localStorage keys; a space or capital would break deep links.
        let check = |value: &str, ok: bool| assert_eq!(id("x", value).is_ok(), ok, "{value:?}");
        check("python", true);
        check("where-code-runs", true);
        check("a1", true);
        check("", false);
        check("Python", false);
        check("two words", false);
        check("-lead", false);
        check("trail-", false);
        check(&"a".repeat(65), false);
    }

    #[test]
    fn duplicate_ids_name_every_later_occurrence() {
        // Authors need the path of each copy, not the original, to find their slip.
        struct Item(&'static str);
        let items = [Item("a"), Item("b"), Item("a"), Item("B"), Item("b")];
        let mut problems = Problems::default();
        problems.unique_ids("skills", &items, |i| i.0);
        assert_eq!(
            problems.into_vec(),
            [
                Invalid::new("skills[2].id", "duplicate id \"a\""),
                Invalid::new(
                    "skills[3].id",
                    "id \"B\" must be 1–64 lowercase letters, digits or inner hyphens"
                ),
                Invalid::new("skills[4].id", "duplicate id \"b\""),
            ]
        );
    }

    #[test]
    fn templates_use_exactly_their_placeholders() {
        // A misspelt placeholder would reach the reader as "{cont}" in the text.
        let check = |text: &str, expected: &[&str]| {
            let mut problems = Problems::default();
            problems.template("t", text, &["done", "total"]);
            let got: Vec<String> = problems.into_vec().iter().map(|p| p.to_string()).collect();
            assert_eq!(got, expected, "{text}");
        };
        check("{done} of {total}", &[]);
        check("{total}: {done}, {done}", &[]);
        check(
            "{done} of {count}",
            &[
                "t: unknown placeholder {count}",
                "t: must use the placeholder {total}",
            ],
        );
        check(" ", &["t: must not be empty"]);
    }

    #[test]
    fn paths_join_with_dots_and_brackets() {
        assert_eq!(field("", "sections"), "sections");
        assert_eq!(
            field(&index("sections", 3), "heading"),
            "sections[3].heading"
        );
    }
}
