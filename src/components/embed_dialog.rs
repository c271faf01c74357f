use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::{clipboard, location};
use crate::components::{NeedsJs, ThemeChoice};
use crate::words::use_words;
use guide_model::base::{AppBase, Mode};
use guide_model::embed::SnippetRequest;
use guide_model::SectionId;

/// "Embed" and its dialog: the snippets that put this section, with its
/// current options and theme, on another site. Only on the site itself.
#[component]
pub fn EmbedButton(section: SectionId) -> impl IntoView {
    let base = expect_context::<AppBase>();
    (base.mode == Mode::Site).then(|| view! { <EmbedDialog section /> })
}

#[component]
fn EmbedDialog(section: SectionId) -> impl IntoView {
    let words = use_words();
    let ThemeChoice(theme) = expect_context();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let button = NodeRef::<leptos::html::Button>::new();
    let loader = RwSignal::new(String::new());
    let inline = RwSignal::new(String::new());
    let plain = RwSignal::new(String::new());
    let title_id = format!("embed-{}-title", section.key());
    let labelled_by = title_id.clone();

    let locale = crate::words::use_locale();
    let open = move |_| {
        let root = location::guide_root();
        let search = window().location().search().unwrap_or_default();
        let request = SnippetRequest {
            guide_root: &root,
            section,
            theme: theme.get_untracked(),
            locale,
            query: search.trim_start_matches('?'),
        };
        loader.set(request.loader());
        inline.set(request.inline());
        // The page's title, in its language, names the iframe and its link.
        plain.set(request.iframe(&document().title()));
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    // Esc and Close both end here; focus goes back to the button that opened it.
    let on_close = move |_| {
        if let Some(button) = button.get() {
            let _ = button.focus();
        }
    };

    view! {
        <button
            type="button"
            class="bg-button bg-button--quiet bg-embed-button"
            aria-haspopup="dialog"
            node_ref=button
            on:click=open
        >
            {words.embed}
            <span class="bg-visually-hidden">{words.embed_what}</span>
        </button>
        <NeedsJs text=words.needs_js_embed />
        <dialog class="bg-embed-dialog" aria-labelledby=labelled_by node_ref=dialog on:close=on_close>
            <h2 id=title_id class="bg-embed-dialog__title">
                {words.embed_title}
            </h2>
            <p class="bg-embed-dialog__intro">
                {words.embed_intro}
            </p>
            <Snippet
                id=format!("embed-{}-loader", section.key())
                label=words.embed_iframe
                text=loader
            />
            <Snippet
                id=format!("embed-{}-inline", section.key())
                label=words.embed_inline
                text=inline
            />
            <Snippet
                id=format!("embed-{}-plain", section.key())
                label=words.embed_plain
                text=plain
            />
            <div class="bg-embed-dialog__actions">
                <button type="button" class="bg-button" on:click=close>
                    {words.close}
                </button>
            </div>
        </dialog>
    }
}

/// One snippet, read-only, with a Copy button and a status line.
#[component]
fn Snippet(id: String, label: &'static str, text: RwSignal<String>) -> impl IntoView {
    let words = use_words();
    let status = RwSignal::new(String::new());
    let field_id = id.clone();
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
    view! {
        <div class="bg-embed-dialog__snippet">
            <label class="bg-field__label" for=id.clone()>
                {label}
            </label>
            <textarea
                id=id
                class="bg-embed-dialog__code"
                readonly
                rows="4"
                spellcheck="false"
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
