//! The `/compare` page's state in its URL: `?aspect=where-code-runs&step=database`.
//!
//! Parsing and printing are pure so the round trip is tested natively; the
//! view only hands in the router's query pairs and navigates to [`CompareQuery::path`].

use crate::comparison::Comparison;
use crate::url::{query_string, with_query};

/// Which aspect row is focused and which request-flow step is selected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompareQuery {
    pub aspect: Option<String>,
    pub step: Option<String>,
}

/// The route the query belongs to, relative to the app's base path.
pub const COMPARE_PATH: &str = "/compare";

impl CompareQuery {
    /// Reads the two keys from already-decoded query pairs. Other keys are
    /// ignored, an empty value counts as absent, and the last value of a
    /// repeated key wins (as in the router's `ParamsMap::get`).
    pub fn from_pairs<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> Self
    where
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut query = Self::default();
        for (key, value) in pairs {
            let value = value.as_ref().trim();
            let value = (!value.is_empty()).then(|| value.to_string());
            match key.as_ref() {
                "aspect" => query.aspect = value,
                "step" => query.step = value,
                _ => {}
            }
        }
        query
    }

    /// Keeps only ids the content knows, so a stale or mistyped link shows
    /// the page unfocused instead of failing.
    pub fn known_to(self, comparison: &Comparison) -> Self {
        Self {
            aspect: self
                .aspect
                .filter(|id| comparison.aspect_index(id).is_some()),
            step: self
                .step
                .filter(|id| comparison.flow.step_index(id).is_some()),
        }
    }

    /// `?aspect=…&step=…`, or `""` when neither is set.
    pub fn to_query_string(&self) -> String {
        let query = query_string(
            [("aspect", &self.aspect), ("step", &self.step)]
                .into_iter()
                .filter_map(|(key, value)| value.as_deref().map(|v| (key, v))),
        );
        with_query("", &query)
    }

    /// The app path of the page in this state, for links and `use_navigate`.
    pub fn path(&self) -> String {
        format!("{COMPARE_PATH}{}", self.to_query_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The query as the app receives it: decoded by the router, like `URLSearchParams`.
    fn parse(text: &str) -> CompareQuery {
        CompareQuery::from_pairs(crate::url::query_pairs(text))
    }

    fn q(aspect: Option<&str>, step: Option<&str>) -> CompareQuery {
        CompareQuery {
            aspect: aspect.map(str::to_string),
            step: step.map(str::to_string),
        }
    }

    #[test]
    fn query_round_trips() {
        // A link the page prints must bring the reader back to the same state.
        let check = |query: CompareQuery, text: &str| {
            assert_eq!(query.to_query_string(), text, "{query:?}");
            assert_eq!(parse(text), query, "{text}");
        };
        check(q(None, None), "");
        check(q(Some("where-code-runs"), None), "?aspect=where-code-runs");
        check(q(None, Some("database")), "?step=database");
        check(q(Some("pay"), Some("render")), "?aspect=pay&step=render");
        check(q(Some("a b&c=d"), None), "?aspect=a%20b%26c%3Dd");
        check(q(None, Some("café")), "?step=caf%C3%A9");
    }

    #[test]
    fn odd_urls_parse_without_panicking() {
        // Hand-edited URLs must never crash the page; odd parts are dropped.
        let check = |text: &str, expected: CompareQuery| {
            assert_eq!(parse(text), expected, "{text}");
        };
        check("?", q(None, None));
        check("aspect=pay", q(Some("pay"), None));
        check("?aspect=&step=", q(None, None));
        check("?aspect", q(None, None));
        check("?utm=x&step=logic&&", q(None, Some("logic")));
        check("?step=a&step=b", q(None, Some("b")));
        check("?step=%zz%", q(None, Some("%zz%")));
        check("?step=%FF", q(None, Some("\u{FFFD}")));
        check("?aspect=a+b", q(Some("a b"), None));
    }

    #[test]
    fn percent_plus_digit_is_not_an_escape() {
        // Found by fuzzing: "%+9" decoded to a tab because u8::from_str_radix
        // accepts a leading '+'. Browsers keep a malformed escape as written.
        let check = |text: &str, expected: CompareQuery| {
            assert_eq!(parse(text), expected, "{text}");
        };
        check("?step=%+9", q(None, Some("% 9")));
        check("?step=a%+Fb", q(None, Some("a% Fb")));
        check("?step=%2B9", q(None, Some("+9")));
    }

    #[test]
    fn unknown_ids_are_ignored() {
        // A link to a row that was renamed shows the page unfocused, not an error.
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/comparison.json");
        let text = std::fs::read_to_string(path).unwrap();
        let comparison: Comparison = serde_json::from_str(&text).unwrap();
        let check = |query: CompareQuery, expected: CompareQuery| {
            assert_eq!(query.clone().known_to(&comparison), expected, "{query:?}");
        };
        check(
            q(Some("pay"), Some("database")),
            q(Some("pay"), Some("database")),
        );
        check(q(Some("nope"), Some("database")), q(None, Some("database")));
        check(q(Some("pay"), Some("nope")), q(Some("pay"), None));
        check(q(Some("database"), Some("pay")), q(None, None));
    }

    #[test]
    fn path_is_under_compare() {
        assert_eq!(q(None, None).path(), "/compare");
        assert_eq!(q(None, Some("click")).path(), "/compare?step=click");
    }
}
