//! The link to this page in the other language: a real link (it works
//! without scripts), keeping the query and the hash, so a search, a compared
//! aspect or a request-flow step carries over. And a one-line suggestion of
//! the other language to a reader whose browser prefers it (never a redirect).

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use guide_model::base::AppBase;
use guide_model::locale::Locale;

use wasm_bindgen::JsCast;

use crate::browser::storage::{load_locale, save_locale};

/// The same page in the other language, with the router's query and hash.
fn other_language_href() -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let base = StoredValue::new(expect_context::<AppBase>());
    let location = use_location();
    let other = base.with_value(|b| b.locale().other());
    let (pathname, search) = (location.pathname, location.search);
    move || {
        let pathname = pathname.get();
        let router_base = base.with_value(AppBase::router_base);
        let route = pathname.strip_prefix(&router_base).unwrap_or(&pathname);
        let route = if route.is_empty() { "/" } else { route };
        // The router's search has no `?`. The hash, which only a browser
        // knows, is added when the link is followed (`follow`).
        let search = search.get();
        let query = if search.is_empty() { "" } else { "?" };
        let app_path = format!("{route}{query}{search}");
        base.with_value(|b| b.site_href_in(other, &app_path))
    }
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let other = expect_context::<AppBase>().locale().other();
    view! {
        <a
            class="bg-button bg-button--quiet bg-language"
            href=other_language_href()
            // A whole page load: the other language is another app (its own
            // base, content and words), so the router must not take the link.
            rel="external"
            hreflang=other.code()
            lang=other.code()
            on:click=move |ev| follow(ev, other)
        >
            {other.native_name()}
        </a>
    }
}

/// Remembers `locale` as the reader's choice and carries the page's hash
/// (a section anchor) over to the link about to be followed.
fn follow(ev: leptos::ev::MouseEvent, locale: Locale) {
    save_locale(locale);
    let hash = window().location().hash().unwrap_or_default();
    let link = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let (false, Some(link)) = (hash.is_empty(), link) {
        link.set_hash(&hash);
    }
}

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect()
}

/// "यह गाइड हिन्दी में भी है", in Hindi, shown on an English page after the
/// takeover when the browser prefers Hindi and the reader has not chosen
/// English. Only English pages suggest: a reader on a Hindi page went there
/// (many Hindi readers' browsers are set to English). Closing it remembers
/// English as the choice.
#[component]
pub fn LanguageSuggestion() -> impl IntoView {
    let here = expect_context::<AppBase>().locale();
    let other = here.other();
    let words = other.words();
    let href = other_language_href();
    let shown = RwSignal::new(false);
    Effect::new(move |_| {
        let languages = browser_languages();
        let prefers_other = Locale::preferred(languages.iter().map(String::as_str)) == Some(other);
        shown.set(here == Locale::En && prefers_other && load_locale() != Some(here));
    });
    move || {
        shown.get().then(|| {
            view! {
                <aside class="bg-suggest" lang=other.code() aria-label=words.language_suggestion>
                    <p class="bg-suggest__text">
                        {words.language_suggestion} " "
                        <a
                            href=href
                            rel="external"
                            hreflang=other.code()
                            on:click=move |ev| follow(ev, other)
                        >
                            {words.language_suggestion_link}
                        </a>
                    </p>
                    <button
                        type="button"
                        class="bg-button bg-button--quiet bg-suggest__close"
                        on:click=move |_| {
                            save_locale(here);
                            shown.set(false);
                        }
                    >
                        {words.language_suggestion_dismiss}
                    </button>
                </aside>
            }
        })
    }
}
