//! The only module that touches `localStorage`.
//!
//! Storage may be missing, may throw on access (privacy modes, sandboxed
//! iframes), may be full, or may hold something we cannot read. Each case is
//! a [`StorageProblem`] with a sentence for the reader; none of them stops
//! the app, and stored data we cannot read is kept aside, never overwritten.

use guide_model::locale::Locale;
use guide_model::progress::ProgressState;
use guide_model::theme::Theme;

/// Versioned so a future shape can live beside this one.
pub const PROGRESS_KEY: &str = "backend-guide.progress.v1";
/// The reader's theme choice.
pub const THEME_KEY: &str = "backend-guide.theme.v1";
/// The language the reader last chose with the switch.
pub const LOCALE_KEY: &str = "backend-guide.locale.v1";
/// Where unreadable progress is kept, so a later fix can still recover it.
pub const PROGRESS_BACKUP_KEY: &str = "backend-guide.progress.v1.unreadable";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageProblem(pub String);

fn local_storage() -> Result<web_sys::Storage, StorageProblem> {
    let unavailable = || {
        StorageProblem(
            "This browser does not let the guide store anything, so your progress lasts only until you close the page."
                .into(),
        )
    };
    web_sys::window()
        .ok_or_else(unavailable)?
        .local_storage()
        .map_err(|_| unavailable())?
        .ok_or_else(unavailable)
}

/// Reads stored progress. On a problem, returns empty progress and says why.
pub fn load_progress() -> (ProgressState, Option<StorageProblem>) {
    let storage = match local_storage() {
        Ok(s) => s,
        Err(problem) => return (ProgressState::default(), Some(problem)),
    };
    let Ok(Some(text)) = storage.get_item(PROGRESS_KEY) else {
        return (ProgressState::default(), None);
    };
    match ProgressState::parse(&text) {
        Ok(state) => (state, None),
        Err(reason) => {
            // Keep the unreadable copy before anything can overwrite it.
            let kept = storage.set_item(PROGRESS_BACKUP_KEY, &text).is_ok();
            let _ = kept && storage.remove_item(PROGRESS_KEY).is_ok();
            let where_kept = if kept {
                format!(" A copy was kept under “{PROGRESS_BACKUP_KEY}”.")
            } else {
                String::new()
            };
            (
                ProgressState::default(),
                Some(StorageProblem(format!(
                    "Your saved progress could not be read ({reason}), so the guide started fresh.{where_kept}"
                ))),
            )
        }
    }
}

/// Calls `changed` with the progress another tab of the guide saved, each
/// time one does (the `storage` event fires in every other tab). Progress
/// another tab saved in a form this one cannot read is left alone.
pub fn on_progress_saved_elsewhere(changed: impl Fn(ProgressState) + 'static) {
    let handle = leptos::prelude::window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() != Some(PROGRESS_KEY) {
            return;
        }
        // A cleared key (another tab's storage reset) means no progress.
        let state = match event.new_value() {
            Some(text) => ProgressState::parse(&text).ok(),
            None => Some(ProgressState::default()),
        };
        if let Some(state) = state {
            changed(state);
        }
    });
    // Listens as long as the page lives.
    std::mem::forget(handle);
}

/// Writes progress; a full or locked storage is reported, not thrown.
pub fn save_progress(state: &ProgressState) -> Result<(), StorageProblem> {
    local_storage()?.set_item(PROGRESS_KEY, &state.to_json()).map_err(|_| {
        StorageProblem(
            "Your progress could not be saved: the browser’s storage is full or locked. Export it to keep a copy."
                .into(),
        )
    })
}

/// The stored theme choice; anything unreadable counts as no choice.
pub fn load_theme() -> Option<Theme> {
    let text = local_storage().ok()?.get_item(THEME_KEY).ok()??;
    Theme::parse(&text)
}

/// Remembers the theme choice; failing to is harmless (the choice still applies now).
pub fn save_theme(theme: Theme) {
    if let Ok(storage) = local_storage() {
        let _ = storage.set_item(THEME_KEY, theme.key());
    }
}

/// The language the reader last chose, if any.
pub fn load_locale() -> Option<Locale> {
    let text = local_storage().ok()?.get_item(LOCALE_KEY).ok()??;
    Locale::parse(&text)
}

/// Remembers the reader's language; failing to is harmless.
pub fn save_locale(locale: Locale) {
    if let Ok(storage) = local_storage() {
        let _ = storage.set_item(LOCALE_KEY, locale.code());
    }
}
