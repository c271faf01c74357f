//! The page's own content files, fetched before the app mounts.

use std::collections::HashMap;

use guide_model::base::ContentRoot;
use guide_model::content_file::LoadError;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::fetch_text;

/// `url` resolved against the document's base, as a link's `href` reads.
fn absolute(url: &str) -> String {
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(url, &base)
        .map(|u| u.href())
        .unwrap_or_default()
}

/// `<link rel="preload" as="fetch" data-bg-content href="content/site.json">`:
/// the files the page was rendered from, which the app needs first.
const PRELOADS: &str = "link[rel=preload][data-bg-content]";

/// Fetches the page's content files (the browser has them in flight from
/// the preloads already), where they are the files the app reads from
/// `root` (the benchmark's `?content-dir=` reads others). A failure is kept
/// as the file's value.
pub async fn fetch_page_content(root: &ContentRoot) -> HashMap<String, Result<String, LoadError>> {
    let links = document().query_selector_all(PRELOADS).ok();
    let files: Vec<(String, String)> = links
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlLinkElement>().ok())
                .map(|link| {
                    let url = link.href();
                    let file = url.rsplit('/').next().unwrap_or_default().to_string();
                    (file, url)
                })
                .filter(|(file, url)| absolute(&root.url(file)) == *url)
                .collect()
        })
        .unwrap_or_default();
    let fetches = files.into_iter().map(|(file, url)| async move {
        let text = fetch_text(&url, &file).await;
        (file, text)
    });
    futures::future::join_all(fetches)
        .await
        .into_iter()
        .collect()
}
