//! Where the guide is, read from the page. The browser parses the URLs
//! (`web_sys::Url`); the model decides what the parts mean.

use guide_model::base::{bench_content_dir, AppBase};
use guide_model::embed::{is_embed_path, theme_from_query};
use guide_model::locale::Locale;
use guide_model::url::base_path;
use leptos::prelude::*;

/// The document's base URL, which trunk writes from `--public-url`.
fn base_uri() -> String {
    document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_else(|| "/".to_string())
}

/// The page's language, from `<html lang>` (the prerenderer writes it).
pub fn page_locale() -> Locale {
    document()
        .document_element()
        .and_then(|html| Locale::parse(&html.get_attribute("lang")?))
        .unwrap_or_default()
}

/// The app's base, its language, and whether this page is an embed view.
pub fn app_base() -> AppBase {
    let path = web_sys::Url::new(&base_uri())
        .map(|url| base_path(&url.pathname()))
        .unwrap_or_default();
    let location = window().location();
    let pathname = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let mut base = AppBase::new(&path).localized(page_locale());
    if let Some(dir) = bench_content_dir(&search) {
        base = base.with_content_dir(&dir);
    }
    if is_embed_path(base.path(), &pathname) {
        base.embedded(theme_from_query(&search))
    } else {
        base
    }
}

/// The guide's root URL with its sub-path and a trailing slash
/// (`https://guide.example/guide/`), for the Embed dialog's snippets.
pub fn guide_root() -> String {
    web_sys::Url::new_with_base(".", &base_uri())
        .map(|url| url.href())
        .unwrap_or_default()
}

/// The origin of an `http(s)` URL such as `document.referrer`.
pub fn http_origin(url: &str) -> Option<String> {
    let url = web_sys::Url::new(url).ok()?;
    matches!(url.protocol().as_str(), "http:" | "https:").then(|| url.origin())
}

/// `origin` and base path of the guide's root URL (inline mode).
pub fn split_root(root: &str) -> Option<(String, String)> {
    let url = web_sys::Url::new(root).ok()?;
    Some((url.origin(), base_path(&url.pathname())))
}
