//! URL state: any query string parses without panicking, and a query the app
//! prints parses back to the same state (a copied link reproduces the view).
//!
//! - `SkillQuery` (`/skills?q=…&category=…&sort=…`): the app hands it already
//!   decoded pairs, so this target splits and percent-decodes the pairs itself.
//! - `CompareQuery` (`/compare?aspect=…&step=…`): parses the raw string, and
//!   must agree with `from_pairs` over this target's plain decoder.
//! - `Theme::parse`: strict; only the three keys parse, each to itself.

#![no_main]

use backend_guide::model::skills::SkillQuery;
use backend_guide::model::theme::Theme;
use backend_guide::model::CompareQuery;
use libfuzzer_sys::fuzz_target;

/// `key=value&…` → decoded pairs, as a browser's URLSearchParams would give
/// them: `+` is a space, `%XX` a byte, a malformed escape stays as written.
fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let hex = |b: Option<&u8>| b.and_then(|&b| (b as char).to_digit(16));
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (hex(bytes.get(i + 1)), hex(bytes.get(i + 2))) {
                (Some(hi), Some(lo)) => {
                    out.push((hi * 16 + lo) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn skill_query(text: &str) -> SkillQuery {
    let pairs = pairs(text);
    SkillQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);

    let skills = skill_query(&text);
    let printed = skills.to_query_string();
    let again = skill_query(&printed);
    assert_eq!(again, skills, "{text:?} printed as {printed:?}");
    assert_eq!(again.to_query_string(), printed);

    let compare = CompareQuery::parse(&text);
    // Its own decoder must agree with a plain URLSearchParams-style one.
    assert_eq!(
        compare,
        CompareQuery::from_pairs(pairs(&text)),
        "{text:?} decodes differently"
    );
    let printed = compare.to_query_string();
    let again = CompareQuery::parse(&printed);
    assert_eq!(again, compare, "{text:?} printed as {printed:?}");
    assert_eq!(again.to_query_string(), printed);
    assert!(compare.path().starts_with("/compare"));

    for candidate in
        std::iter::once(text.to_string()).chain(pairs(&text).into_iter().map(|(_, value)| value))
    {
        if let Some(theme) = Theme::parse(&candidate) {
            assert_eq!(theme.key(), candidate);
        }
    }
});
