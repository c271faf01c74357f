//! What the page's first script (public/page.js) kept while the app was on
//! its way: buttons the reader clicked, and the theme an embed's host asked
//! for. Each is read once, when the app takes over.

use guide_model::theme::Theme;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The buttons clicked before the app took over; ends the list, so the
/// script keeps no more and later clicks are the app's alone.
pub fn clicks() -> Vec<web_sys::Element> {
    let list = take("__bgEarlyClicks");
    list.dyn_into::<js_sys::Array>()
        .map(|list| list.iter().filter_map(|b| b.dyn_into().ok()).collect())
        .unwrap_or_default()
}

/// The last theme an embed's parent asked for before the app took over.
pub fn embed_theme() -> Option<Theme> {
    take("__bgEmbedTheme")
        .as_string()
        .and_then(|t| Theme::parse(&t))
}

fn take(key: &str) -> wasm_bindgen::JsValue {
    let window = window();
    let key = wasm_bindgen::JsValue::from_str(key);
    let value = js_sys::Reflect::get(&window, &key).unwrap_or_default();
    let _ = js_sys::Reflect::set(&window, &key, &wasm_bindgen::JsValue::UNDEFINED);
    value
}
