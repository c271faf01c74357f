//! Every query string the guide reads or writes goes through here.
//!
//! Parsing is `form_urlencoded` (what a browser's `URLSearchParams` does:
//! `+` is a space, a malformed escape stays as written); values are written
//! with `percent-encoding`. Nothing else in the guide decodes or encodes a
//! URL by hand. Where the browser must take a whole URL apart (the document's
//! base URL, a referrer), the app uses `web_sys::Url` and hands the parts here.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What a query value keeps as written: RFC 3986's unreserved characters,
/// and `,`, which separates the items of a list (`category=language,data`).
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b',');

/// The decoded `(key, value)` pairs of a query string, with or without its `?`.
pub fn query_pairs(search: &str) -> Vec<(String, String)> {
    let search = search.strip_prefix('?').unwrap_or(search);
    form_urlencoded::parse(search.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The decoded value of the last `key` in a query string.
pub fn query_value(search: &str, key: &str) -> Option<String> {
    query_pairs(search)
        .into_iter()
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v)
        .next_back()
}

/// `key=value&…` (without `?`) from decoded pairs.
pub fn query_string<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> String
where
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut out = String::new();
    for (key, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.extend(utf8_percent_encode(key.as_ref(), QUERY_VALUE));
        out.push('=');
        out.extend(utf8_percent_encode(value.as_ref(), QUERY_VALUE));
    }
    out
}

/// `path?query`, or just `path` when the query is empty.
pub fn with_query(path: &str, query: &str) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

/// Splits an app path into its path and its query (without `?`).
pub fn split_query(path: &str) -> (&str, &str) {
    path.split_once('?').unwrap_or((path, ""))
}

/// The base path of the app from the pathname of its base URL, without a
/// trailing slash: `/` → `""`, `/guide/` → `"/guide"`, `/guide/index.html` → `"/guide"`.
pub fn base_path(pathname: &str) -> String {
    let dir = &pathname[..pathname.rfind('/').map_or(0, |i| i + 1)];
    dir.trim_end_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_through_the_query_string() {
        // A copied link must give back exactly what the reader typed, including
        // the characters that mean something in a URL and text beyond ASCII.
        for value in [
            "",
            "py",
            "two words",
            "a&b=c",
            "1+1",
            "100%",
            "%zz",
            "#top",
            "c#",
            "x?y",
            "a,b",
            "naïve café",
            "データ",
            "🙂",
            "tab\there",
            "new\nline",
            "/skills/compare",
            "%+9",
        ] {
            let query = query_string([("q", value), ("k&=", value)]);
            assert_eq!(
                query_pairs(&query),
                vec![("q".into(), value.into()), ("k&=".into(), value.into())],
                "{value:?} as {query}"
            );
            assert!(!query.contains('#') && !query.contains(' '), "{query}");
        }
    }

    #[test]
    fn parsing_follows_url_search_params() {
        // The router hands the app what URLSearchParams decodes; fuzzing and
        // tests must agree with it, malformed escapes included.
        let check = |search: &str, expected: &[(&str, &str)]| {
            let want: Vec<(String, String)> = expected
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            assert_eq!(query_pairs(search), want, "{search}");
        };
        check("", &[]);
        check("?", &[]);
        check("?a=1&b=2", &[("a", "1"), ("b", "2")]);
        check("a+b=c+d", &[("a b", "c d")]);
        check("?step=%+9", &[("step", "% 9")]);
        check("?step=%zz%", &[("step", "%zz%")]);
        check("?step=%FF", &[("step", "\u{FFFD}")]);
        check("?x&&y=", &[("x", ""), ("y", "")]);
        check("?q=%E3%83%87", &[("q", "デ")]);
        assert_eq!(query_value("?step=a&step=b", "step").as_deref(), Some("b"));
        assert_eq!(query_value("?steps=a", "step"), None);
    }

    #[test]
    fn lists_keep_their_commas() {
        assert_eq!(
            query_string([("category", "language,data")]),
            "category=language,data"
        );
        assert_eq!(query_string([("q", "a b&c")]), "q=a%20b%26c");
    }

    #[test]
    fn base_path_is_the_directory_without_its_slash() {
        assert_eq!(base_path("/"), "");
        assert_eq!(base_path(""), "");
        assert_eq!(base_path("/guide/"), "/guide");
        assert_eq!(base_path("/guide/index.html"), "/guide");
        assert_eq!(base_path("/a/b/"), "/a/b");
        assert_eq!(with_query("/skills", ""), "/skills");
        assert_eq!(with_query("/skills", "?q=1"), "/skills?q=1");
        assert_eq!(split_query("/skills?q=1"), ("/skills", "q=1"));
    }
}
