//! When the page's content cannot be fetched at takeover, the prerendered
//! page stays as it is, in its no-script form (everything readable, nothing
//! that waits for the app), and a quiet notice offers Retry.

use std::cell::RefCell;

use guide_model::content_file::LoadError;
use guide_model::locale::Locale;
use guide_model::words::Words;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The notice while it is on the page.
struct Notice {
    host: web_sys::Element,
    offline: RwSignal<bool>,
    reason: RwSignal<String>,
    trying: RwSignal<bool>,
}

thread_local! {
    static NOTICE: RefCell<Option<Notice>> = const { RefCell::new(None) };
    /// Resolves the wait of [`keep_page`] when the reader asks to try again.
    static RETRY: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Keeps the page the reader has and says why the app cannot take it over
/// (`errors`, each naming its file); resolves when the reader presses Retry.
pub async fn keep_page(errors: &[LoadError]) {
    if let Some(root) = document().document_element() {
        // page.js set this for the app; without the app the page reads best
        // as it does without scripts (tables shown, nothing waiting).
        let _ = root.remove_attribute("data-js");
    }
    // Clicks kept for the app would be replayed long after the fact.
    let _ = crate::browser::early::clicks();
    let offline = !window().navigator().on_line();
    let words = page_words();
    let reason = errors
        .first()
        .map(|e| e.message_in(words))
        .unwrap_or_default();
    NOTICE.with_borrow_mut(|notice| match notice {
        Some(notice) => {
            notice.offline.set(offline);
            notice.reason.set(reason);
            notice.trying.set(false);
        }
        None => *notice = show(words, offline, reason),
    });
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        RETRY.with_borrow_mut(|retry| *retry = Some(resolve));
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
}

/// Removes the notice, if there is one, and gives the page back to the app.
pub fn dismiss() {
    if let Some(notice) = NOTICE.with_borrow_mut(Option::take) {
        notice.host.remove();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-js", "");
        }
    }
}

/// The words of the page's language. The notice is mounted outside the app,
/// where no `AppBase` is provided, so it reads `<html lang>`, which the
/// prerenderer writes for each locale's pages.
fn page_words() -> &'static Words {
    document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|lang| Locale::parse(&lang))
        .unwrap_or_default()
        .words()
}

fn show(words: &'static Words, offline: bool, reason: String) -> Option<Notice> {
    let host = document().create_element("div").ok()?;
    document().body()?.append_child(&host).ok()?;
    let (offline, reason, trying) = (
        RwSignal::new(offline),
        RwSignal::new(reason),
        RwSignal::new(false),
    );
    leptos::mount::mount_to(host.clone().unchecked_into(), move || {
        view! { <KeptPageNotice words offline reason trying /> }
    })
    .forget();
    Some(Notice {
        host,
        offline,
        reason,
        trying,
    })
}

#[component]
fn KeptPageNotice(
    words: &'static Words,
    offline: RwSignal<bool>,
    reason: RwSignal<String>,
    trying: RwSignal<bool>,
) -> impl IntoView {
    let retry = move |_| {
        if trying.get_untracked() {
            return;
        }
        trying.set(true);
        if let Some(resolve) = RETRY.with_borrow_mut(Option::take) {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    };
    view! {
        <div class="bg-kept" role="status" aria-labelledby="bg-kept-title">
            <p class="bg-kept__title" id="bg-kept-title">
                {move || {
                    if offline.get() {
                        words.kept_offline
                    } else {
                        words.kept_unreachable
                    }
                }}
            </p>
            <p class="bg-kept__text">{words.kept_text}</p>
            <p class="bg-kept__reason">{move || reason.get()}</p>
            <button
                type="button"
                class="bg-button bg-kept__retry"
                aria-disabled=move || trying.get().then_some("true")
                on:click=retry
            >
                {move || if trying.get() { words.retrying } else { words.retry }}
            </button>
        </div>
    }
}
