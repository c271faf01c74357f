use leptos::prelude::*;

use crate::components::{use_guide_root, NeedsJs, Snippet, ThemeChoice};
use crate::words::use_words;
use guide_model::base::{AppBase, Mode};
use guide_model::embed::SnippetRequest;
use guide_model::widget::builder_path;
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
    let base = expect_context::<AppBase>();
    let builder = move || base.href(&builder_path(section, theme.get(), locale));
    let root = use_guide_root();
    let open = move |_| {
        let search = window().location().search().unwrap_or_default();
        let request = SnippetRequest::section(
            &root,
            section,
            theme.get_untracked(),
            locale,
            search.trim_start_matches('?'),
        );
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
            <p class="bg-embed-dialog__more">
                <a href=builder>{words.embed_builder}</a>
            </p>
            <div class="bg-embed-dialog__actions">
                <button type="button" class="bg-button" on:click=close>
                    {words.close}
                </button>
            </div>
        </dialog>
    }
}
