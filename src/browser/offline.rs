//! The service worker (`sw.js`, built from public/sw.js by
//! scripts/service-worker.mjs): registered on the site's own pages once the
//! app has taken over, in release builds served over http(s); never in an
//! embed view or `<backend-guide>`. When a new version is waiting, a polite
//! notice offers Reload; nothing reloads by itself.

use std::cell::RefCell;

use guide_model::base::AppBase;
use guide_model::locale::Locale;
use guide_model::words::Words;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Asks the worker to cache this page's language (its content and shell).
const WARM: &str = "bg:warm";
/// Asks the waiting worker to take over.
const SKIP_WAITING: &str = "bg:skip-waiting";

thread_local! {
    static REGISTRATION: RefCell<Option<web_sys::ServiceWorkerRegistration>> =
        const { RefCell::new(None) };
}

/// Registers the worker for the site at `base` (scope: the public URL).
pub fn register(base: &AppBase) {
    if cfg!(debug_assertions) {
        return;
    }
    let protocol = window().location().protocol().unwrap_or_default();
    let has_workers =
        js_sys::Reflect::has(&window().navigator(), &"serviceWorker".into()).unwrap_or(false);
    if !(protocol == "http:" || protocol == "https:") || !has_workers {
        return;
    }
    let scope = base.site_href_in(Locale::En, "/");
    let words = base.locale().words();
    let notice = RwSignal::new(Notice::None);
    show_notice(words, notice);
    listen_for_failures(notice);
    wasm_bindgen_futures::spawn_local(async move {
        // The page works the same without a worker; the reader is told once.
        if run(scope, notice).await.is_err() {
            notice.set(Notice::Failed);
        }
    });
}

/// What the notice at the end of the page says, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Notice {
    None,
    /// A new version waits: Reload.
    Update,
    /// The guide could not be kept offline: storage is full, or another failure.
    Quota,
    Failed,
}

/// The worker's `{ bgOffline: 'quota' | 'failed' }`, posted when caching fails.
fn listen_for_failures(notice: RwSignal<Notice>) {
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let reason = js_sys::Reflect::get(&event.data(), &"bgOffline".into())
                .ok()
                .and_then(|r| r.as_string());
            let failure = match reason.as_deref() {
                Some("quota") => Notice::Quota,
                Some("failed") => Notice::Failed,
                _ => return,
            };
            if notice.get_untracked() != Notice::Update {
                notice.set(failure);
            }
        });
    window()
        .navigator()
        .service_worker()
        .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}

async fn run(scope: String, notice: RwSignal<Notice>) -> Result<(), JsValue> {
    let container = window().navigator().service_worker();
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(&scope);
    let registration =
        JsFuture::from(container.register_with_options(&format!("{scope}sw.js"), &options)).await?;
    // A browser that blocks workers (as Playwright's option does) gives none.
    let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
        return Ok(());
    };
    REGISTRATION.with_borrow_mut(|r| *r = Some(registration.clone()));
    watch_updates(&registration, notice);
    // Save-Data: nothing is cached beyond what the reader opens.
    if !save_data() {
        let active = JsFuture::from(container.ready()?).await?;
        if let Some(worker) = active
            .dyn_into::<web_sys::ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.active())
        {
            worker.post_message(&WARM.into())?;
        }
    }
    Ok(())
}

/// Sets `ready` once a new worker waits while an old one controls the page
/// (the first worker of all is no update). The update may have been found
/// before the page asked, so a worker already installing counts too.
fn watch_updates(registration: &web_sys::ServiceWorkerRegistration, ready: RwSignal<Notice>) {
    if registration.waiting().is_some() && controlled() {
        ready.set(Notice::Update);
    }
    if let Some(worker) = registration.installing() {
        announce_when_installed(worker, ready);
    }
    let watched = registration.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        if let Some(worker) = watched.installing() {
            announce_when_installed(worker, ready);
        }
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

fn announce_when_installed(worker: web_sys::ServiceWorker, ready: RwSignal<Notice>) {
    let installing = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        if installing.state() == web_sys::ServiceWorkerState::Installed && controlled() {
            ready.set(Notice::Update);
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

fn controlled() -> bool {
    window().navigator().service_worker().controller().is_some()
}

/// The waiting worker takes over; the page reloads once it controls.
fn reload_into_update() {
    let Some(waiting) = REGISTRATION.with_borrow(|r| r.as_ref().and_then(|r| r.waiting())) else {
        let _ = window().location().reload();
        return;
    };
    let reload = Closure::once_into_js(|| {
        let _ = window().location().reload();
    });
    window()
        .navigator()
        .service_worker()
        .set_oncontrollerchange(Some(reload.unchecked_ref()));
    let _ = waiting.post_message(&SKIP_WAITING.into());
}

/// `navigator.connection.saveData` (Chromium only; elsewhere false).
fn save_data() -> bool {
    js_sys::Reflect::get(&window().navigator(), &"connection".into())
        .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()))
        .is_ok_and(|v| v.is_truthy())
}

/// An empty live region at the end of the body, filled when an update waits,
/// so screen readers announce it.
fn show_notice(words: &'static Words, notice: RwSignal<Notice>) {
    let Some(body) = document().body() else {
        return;
    };
    let Ok(host) = document().create_element("div") else {
        return;
    };
    if body.append_child(&host).is_err() {
        return;
    }
    leptos::mount::mount_to(host.unchecked_into(), move || {
        view! { <UpdateNotice words notice /> }
    })
    .forget();
}

#[component]
fn UpdateNotice(words: &'static Words, notice: RwSignal<Notice>) -> impl IntoView {
    let text = move || match notice.get() {
        Notice::None => None,
        Notice::Update => Some(words.update_ready),
        Notice::Quota => Some(words.offline_quota),
        Notice::Failed => Some(words.offline_failed),
    };
    view! {
        <div class="bg-update" role="status">
            <Show when=move || text().is_some()>
                <div class="bg-update__box">
                    <p class="bg-update__text">{text}</p>
                    <Show
                        when=move || notice.get() == Notice::Update
                        fallback=move || {
                            view! {
                                <button
                                    type="button"
                                    class="bg-button"
                                    on:click=move |_| notice.set(Notice::None)
                                >
                                    {words.close}
                                </button>
                            }
                        }
                    >
                        <button type="button" class="bg-button" on:click=|_| reload_into_update()>
                            {words.update_reload}
                        </button>
                    </Show>
                </div>
            </Show>
        </div>
    }
}
