use leptos::prelude::*;

use guide_model::theme::Theme;

use crate::browser::storage;
use crate::components::NeedsJs;
use crate::words::use_words;

/// The theme in force, provided once at the root. Applied as `data-theme` on
/// `<html>` (absent for auto, so CSS follows `prefers-color-scheme`).
#[derive(Clone, Copy)]
pub struct ThemeChoice(pub RwSignal<Theme>);

impl ThemeChoice {
    /// Starts from `initial` (the site reads it from storage first; embeds and
    /// inline mode take it from the host, whose choice must not change the
    /// reader's on the guide itself). Applied to `target` (a shadow host), or
    /// to `<html>` when `None`, once the view is in a browser.
    pub fn provide(initial: Theme, target: Option<web_sys::Element>) -> ThemeChoice {
        let choice = ThemeChoice(RwSignal::new(initial));
        Effect::new(move |_| apply(choice.0.get(), target.clone()));
        provide_context(choice);
        choice
    }
}

fn apply(theme: Theme, target: Option<web_sys::Element>) {
    let Some(root) = target.or_else(|| document().document_element()) else {
        return;
    };
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        other => root.set_attribute("data-theme", other.key()),
    };
}

/// Auto / Light / Dark, in the header; the choice is remembered locally.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let ThemeChoice(theme) = expect_context();
    let words = use_words();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(next) = Theme::parse(&event_target_value(&ev)) {
            theme.set(next);
            storage::save_theme(next);
        }
    };
    view! {
        <label class="bg-theme" for="theme-switch">
            <span class="bg-theme__label">{words.theme}</span>
            <NeedsJs text=words.needs_js_theme />
            <select id="theme-switch" class="bg-theme__select" prop:value=move || theme.get().key() on:change=on_change>
                {Theme::ALL
                    .map(|t| view! { <option value=t.key()>{words.theme_name(t)}</option> })
                    .into_iter()
                    .collect_view()}
            </select>
        </label>
    }
}
