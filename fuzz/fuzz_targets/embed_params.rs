//! Embed parameters and messages: whatever a host page puts in an embed URL
//! or posts to the iframe, parsing never panics, and only well-formed values
//! take effect.
//!
//! - `parse_host_message`: only `{"backendGuide":{"setTheme":<key>}}` with one
//!   of the three theme keys is accepted, and it yields exactly that theme.
//! - `theme_from_query`: the `theme=` value if it is a theme key, else auto.
//! - `full_page_path`: the link out of an embed never carries `theme=`.
//! - `origin_of`: an origin is `http(s)://host` with no path or credentials.
//! - `height_message`: a finite, positive height, capped, as JSON.

#![no_main]

use backend_guide::model::embed::{
    full_page_path, height_message, is_embed_path, origin_of, parse_host_message,
    query_value, theme_from_query, HostMessage, MAX_HEIGHT,
};
use backend_guide::model::theme::Theme;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);

    if let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) {
        if let Some(HostMessage::SetTheme(theme)) = parse_host_message(&value) {
            let inner = value["backendGuide"].as_object().expect("accepted an object");
            assert_eq!(inner.len(), 1, "only setTheme may be present");
            assert_eq!(inner["setTheme"].as_str(), Some(theme.key()));
        }
    }

    let theme = theme_from_query(&text);
    let expected = query_value(&text, "theme").and_then(Theme::parse).unwrap_or_default();
    assert_eq!(theme, expected);

    let (route, search) = text.split_once('?').unwrap_or((&text, ""));
    let link = full_page_path(route, search);
    if let Some((_, query)) = link.split_once('?') {
        assert!(query.split('&').all(|pair| pair.split('=').next() != Some("theme")), "{link}");
    }
    let _ = is_embed_path(route, search);

    if let Some(origin) = origin_of(&text) {
        let rest = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://"));
        let host = rest.expect("http(s) scheme");
        assert!(!host.is_empty() && !host.contains(['/', '@', '?', '#']), "{origin}");
    }

    if data.len() >= 8 {
        let height = f64::from_le_bytes(data[..8].try_into().expect("eight bytes"));
        if let Some(message) = height_message(height) {
            let v: serde_json::Value = serde_json::from_str(&message).expect("valid JSON");
            let h = v["backendGuide"]["height"].as_f64().expect("a number");
            assert!(h.is_finite() && h > 0.0 && h <= MAX_HEIGHT, "{message}");
        }
    }
});
