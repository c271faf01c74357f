use leptos::prelude::*;

/// Keeps `document.title` in step with the view, so tabs, history and screen
/// readers name the page the reader is on.
pub fn use_page_title(title: impl Fn() -> Option<String> + 'static) {
    Effect::new(move |_| {
        if let (Some(title), Some(document)) =
            (title(), web_sys::window().and_then(|w| w.document()))
        {
            document.set_title(&title);
        }
    });
}
