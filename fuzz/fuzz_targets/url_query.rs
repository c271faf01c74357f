//! URL state: any query string parses without panicking, and a query the app
//! prints parses back to the same state (a copied link reproduces the view).
//!
//! - `guide_model::url`: the one query-string module. Printed pairs parse
//!   back to themselves.
//! - `SkillQuery` (`/skills?q=…&category=…&sort=…`) and `CompareQuery`
//!   (`/compare?aspect=…&step=…`) read the decoded pairs the router gives
//!   them; what they print reads back to the same state and prints the same.
//! - `Theme::parse`: strict; only the three keys parse, each to itself.

#![no_main]

use guide_model::skills::SkillQuery;
use guide_model::theme::Theme;
use guide_model::url::{query_pairs, query_string};
use guide_model::CompareQuery;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let pairs = query_pairs(&text);

    let printed = query_string(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    assert_eq!(query_pairs(&printed), pairs, "{text:?} printed as {printed:?}");

    let skills = SkillQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let printed = skills.to_query_string();
    let again = SkillQuery::from_pairs(query_pairs(&printed));
    assert_eq!(again, skills, "{text:?} printed as {printed:?}");
    assert_eq!(again.to_query_string(), printed);

    let compare = CompareQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let printed = compare.to_query_string();
    let again = CompareQuery::from_pairs(query_pairs(&printed));
    assert_eq!(again, compare, "{text:?} printed as {printed:?}");
    assert_eq!(again.to_query_string(), printed);
    assert!(compare.path().starts_with("/compare"));

    for candidate in std::iter::once(text.to_string()).chain(pairs.into_iter().map(|(_, v)| v)) {
        if let Some(theme) = Theme::parse(&candidate) {
            assert_eq!(theme.key(), candidate);
        }
    }
});
