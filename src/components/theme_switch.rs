use leptos::prelude::*;

use crate::model::theme::Theme;
use crate::storage;

/// The theme in force, provided once at the root. Applied as `data-theme` on
/// `<html>` (absent for auto, so CSS follows `prefers-color-scheme`).
#[derive(Clone, Copy)]
pub struct ThemeChoice(pub RwSignal<Theme>);

impl ThemeChoice {
    /// Starts from the stored choice, or from `initial` when given (embeds
    /// pass their `theme=` parameter, which is not stored).
    pub fn provide(initial: Option<Theme>) -> ThemeChoice {
        let choice = ThemeChoice(RwSignal::new(
            initial.or_else(storage::load_theme).unwrap_or_default(),
        ));
        Effect::new(move |_| apply(choice.0.get()));
        provide_context(choice);
        choice
    }
}

fn apply(theme: Theme) {
    let Some(root) = document().document_element() else {
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
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(next) = Theme::parse(&event_target_value(&ev)) {
            theme.set(next);
            storage::save_theme(next);
        }
    };
    view! {
        <label class="bg-theme" for="theme-switch">
            <span class="bg-theme__label">"Theme"</span>
            <select id="theme-switch" class="bg-theme__select" prop:value=move || theme.get().key() on:change=on_change>
                {Theme::ALL
                    .map(|t| view! { <option value=t.key()>{t.label()}</option> })
                    .into_iter()
                    .collect_view()}
            </select>
        </label>
    }
}
