use guide_model::base::{AppBase, Mode};
use leptos::prelude::*;

/// Keeps `document.title` in step with the view, so tabs, history and screen
/// readers name the page the reader is on.
/// Inline mode leaves the host page's title alone.
pub fn use_page_title(title: impl Fn() -> Option<String> + 'static) {
    if use_context::<AppBase>().is_some_and(|b| b.mode == Mode::Inline) {
        return;
    }
    Effect::new(move |_| {
        if let (Some(title), Some(document)) =
            (title(), web_sys::window().and_then(|w| w.document()))
        {
            document.set_title(&title);
        }
    });
}
