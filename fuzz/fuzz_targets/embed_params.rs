//! Embed parameters and messages: whatever a host page puts in an embed URL
//! or posts to the iframe, parsing never panics, and only well-formed values
//! take effect.
//!
//! - `parse_host_message`: only `{"backendGuide":{"setTheme":<key>}}` (other
//!   keys beside `backendGuide` allowed) with one of the three theme keys is
//!   accepted, and it yields exactly that theme.
//! - `theme_from_query`: the `theme=` value if it is a theme key, else none.
//! - `full_page_path`: the link out of an embed never carries `theme=`.
//! - `AppBase::route`: an embed's in-app paths always carry its theme, once.
//! - `height_message`: a finite, positive height, capped, as JSON.

#![no_main]

use guide_model::base::AppBase;
use guide_model::embed::{
    full_page_path, height_message, is_embed_path, parse_host_message, theme_from_query,
    HostMessage, MAX_HEIGHT,
};
use guide_model::theme::Theme;
use guide_model::url::{query_pairs, query_value, split_query};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);

    if let Some(HostMessage::SetTheme(theme)) = parse_host_message(&text) {
        let value: serde_json::Value = serde_json::from_str(&text).expect("accepted valid JSON");
        let inner = value["backendGuide"].as_object().expect("accepted an object");
        assert_eq!(inner.len(), 1, "only setTheme may be present");
        assert_eq!(inner["setTheme"].as_str(), Some(theme.key()));
    }

    let theme = theme_from_query(&text);
    let expected = query_value(&text, "theme").and_then(|t| Theme::parse(&t));
    assert_eq!(theme, expected);

    let (route, search) = split_query(&text);
    let link = full_page_path(route, search);
    let (_, query) = split_query(&link);
    assert!(query_pairs(query).iter().all(|(k, _)| k != "theme"), "{link}");
    let _ = is_embed_path(route, search);

    let embed = AppBase::new("/").embedded(Some(Theme::Dark));
    let routed = embed.route(&text);
    let (_, query) = split_query(&routed);
    let themes: Vec<String> = query_pairs(query)
        .into_iter()
        .filter(|(k, _)| k == "theme")
        .map(|(_, v)| v)
        .collect();
    assert_eq!(themes, vec!["dark".to_string()], "{routed}");

    if data.len() >= 8 {
        let height = f64::from_le_bytes(data[..8].try_into().expect("eight bytes"));
        if let Some(message) = height_message(height) {
            let v: serde_json::Value = serde_json::from_str(&message).expect("valid JSON");
            let h = v["backendGuide"]["height"].as_f64().expect("a number");
            assert!(h.is_finite() && h > 0.0 && h <= MAX_HEIGHT, "{message}");
        }
    }
});
