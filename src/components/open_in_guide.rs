use leptos::prelude::*;

use crate::words::use_words;

/// The link out of an embed (iframe or inline) to the same view on the full
/// site, in a new tab. A `footer`, so it sits in a landmark like the rest.
#[component]
pub fn OpenInGuide(#[prop(into)] href: Signal<String>) -> impl IntoView {
    let words = use_words();
    view! {
        <footer class="bg-embed__open">
            <a class="bg-embed__open-link" href=href target="_blank" rel="noopener">
                {words.open_in_guide}
                <span class="bg-visually-hidden">{words.opens_in_new_tab}</span>
            </a>
        </footer>
    }
}
