use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::{clipboard, location};
use crate::words::use_words;
use guide_model::html::escape;

/// The guide's root URL with its sub-path and a trailing slash
/// (`https://guide.example/guide/`), which snippets load the guide from.
/// The prerenderer provides the public one; in the browser it is the page's.
#[derive(Debug, Clone)]
pub struct GuideRoot(pub String);

/// [`GuideRoot`]: call while rendering.
pub fn use_guide_root() -> String {
    use_context::<GuideRoot>().map_or_else(location::guide_root, |root| root.0)
}

/// One snippet of code for another site, read-only, with a Copy button and
/// a status line; the Embed dialog's and the widget builder's. Its text is
/// in the HTML too, so it reads without scripts.
#[component]
pub fn Snippet(
    id: String,
    #[prop(into)] label: String,
    /// A line under the label on what the snippet is for.
    #[prop(optional, into)]
    help: Option<Signal<String>>,
    #[prop(into)] text: Signal<String>,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let words = use_words();
    let status = RwSignal::new(String::new());
    let field_id = id.clone();
    let help_id = format!("{id}-help");
    let copy = move |_| {
        status.set(String::new());
        let value = text.get_untracked();
        let field_id = field_id.clone();
        leptos::task::spawn_local(async move {
            match clipboard::copy_text(&value).await {
                Ok(()) => status.set(words.copied.to_string()),
                Err(()) => status.set(select_instead(&field_id, words.copy_by_hand)),
            }
        });
    };
    // A new snippet makes an old "Copied" untrue.
    Effect::new(move |_| {
        text.track();
        status.set(String::new());
    });
    let described_by = help.is_some().then(|| help_id.clone());
    let help = help.map(|help| {
        view! {
            <p id=help_id class="bg-snippet__help">
                {help}
            </p>
        }
    });
    view! {
        <div class="bg-embed-dialog__snippet">
            <label class="bg-field__label" for=id.clone()>
                {label.clone()}
            </label>
            {help}
            <textarea
                id=id
                class="bg-embed-dialog__code"
                readonly
                rows=rows
                spellcheck="false"
                aria-describedby=described_by
                // The first text as escaped HTML: the renderer writes a
                // textarea's text as it is, and a snippet holds tags.
                inner_html=escape(&text.get_untracked())
                prop:value=move || text.get()
            ></textarea>
            <div class="bg-embed-dialog__copy">
                <button type="button" class="bg-button" on:click=copy>
                    {words.copy}
                    <span class="bg-visually-hidden">" " {label}</span>
                </button>
                <span class="bg-embed-dialog__status" role="status">
                    {move || status.get()}
                </span>
            </div>
        </div>
    }
}

/// Selects the snippet so the reader can copy it by hand, and says so
/// (`copy_by_hand`).
fn select_instead(field_id: &str, copy_by_hand: &str) -> String {
    if let Some(field) = document()
        .get_element_by_id(field_id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = field.focus();
        field.select();
    }
    copy_by_hand.to_string()
}
