use leptos::prelude::*;

/// The link out of an embed (iframe or inline) to the same view on the full
/// site, in a new tab. A `footer`, so it sits in a landmark like the rest.
#[component]
pub fn OpenInGuide(#[prop(into)] href: Signal<String>) -> impl IntoView {
    view! {
        <footer class="bg-embed__open">
            <a class="bg-embed__open-link" href=href target="_blank" rel="noopener">
                "Open in Backend Guide"
                <span class="bg-visually-hidden">" (opens in a new tab)"</span>
            </a>
        </footer>
    }
}
