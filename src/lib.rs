//! Backend Guide: an interactive guide to backend development.
//!
//! See ARCHITECTURE.md for the code map and the rules the code keeps.

pub mod app;
pub mod browser;
pub mod components;
pub mod content;
pub mod frame;
pub mod inline;
pub mod routes;
pub mod takeover;
pub mod words;

use guide_model::base::{AppBase, Mode};
use leptos::prelude::*;

use crate::components::{PartQueue, Progress, ThemeChoice};
use crate::content::ContentStore;

/// Takes over the page as the guide. Called by the binary's `main`, which
/// also runs when `<backend-guide>` loads this module into another site's
/// page: there only [`inline::mount_inline`] may mount, so the app mounts
/// only on a page that says it is the guide
/// (`<meta name="backend-guide" content="app">`).
///
/// The page is already there, rendered at build time; see [`takeover`].
pub fn start() {
    if !is_guide_page() {
        return;
    }
    browser::perf::mark(browser::perf::APP_START);
    let base = browser::location::app_base();
    wasm_bindgen_futures::spawn_local(take_over(base));
}

/// Fetches the page's content, then builds the app and swaps it in. While
/// that content cannot be had, the page stays as it is, and the reader
/// may try again.
async fn take_over(base: AppBase) {
    let content = loop {
        let texts = takeover::fetch_page_content(&base.content).await;
        // The content is decoded in this task and the page built in the
        // next, so neither is one long task with the other.
        let content = Owner::new().with(|| {
            let store = ContentStore::online(base.content.clone(), texts);
            store.decode_handed_in();
            store
        });
        let errors = content.handed_in_errors();
        if errors.is_empty() {
            break content;
        }
        takeover::keep_page(&errors).await;
    };
    browser::perf::mark(browser::perf::CONTENT_DECODED);
    let site = (base.mode == Mode::Site).then(|| base.clone());
    browser::tasks::next_task().await;
    takeover::dismiss();
    let queue = PartQueue::default();
    let provided = queue.clone();
    takeover::replace_page(
        move |root| {
            leptos::mount::mount_to(root, move || {
                provide_browser_context(base, content);
                provided.provide();
                view! { <app::App /> }
            })
            .forget();
        },
        &queue,
    )
    .await;
    browser::perf::mark(browser::perf::APP_READY);
    if let Some(base) = site {
        browser::offline::register(&base);
    }
}

/// What the app reads from the browser before it renders: the content
/// source, the theme and the reader's progress. Embed views keep both in
/// memory: their theme comes from the host, and the reader's storage is
/// the guide's own pages' business.
fn provide_browser_context(base: AppBase, content: ContentStore) {
    content.provide();
    match base.mode {
        Mode::Embed => {
            let theme = browser::early::embed_theme().or(base.embed_theme());
            let choice = ThemeChoice::provide(theme.unwrap_or_default(), None);
            frame::accept_host_messages(choice.0);
            Progress::provide_in_memory();
            // Lets style/embed.css drop the full-viewport layout of the site.
            if let Some(html) = document().document_element() {
                let _ = html.class_list().add_1("bg-embed-page");
            }
        }
        Mode::Site | Mode::Inline => {
            ThemeChoice::provide(browser::storage::load_theme().unwrap_or_default(), None);
            Progress::provide_stored();
        }
    }
    provide_context(base);
}

fn is_guide_page() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=\"backend-guide\"]")
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .is_some_and(|content| content == "app")
}
