//! Watching the page's height, for an embed view's host.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `on_height` with the height of `<html>`, rounded up, each time it
/// changes while `root` or the page resizes, for as long as the page lives.
pub fn watch_page_height(root: &web_sys::Element, on_height: impl Fn(f64) + 'static) {
    let last = std::cell::Cell::new(0.0_f64);
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        let Some(html) = leptos::prelude::document().document_element() else {
            return;
        };
        let height = html.get_bounding_client_rect().height().ceil();
        if height != last.get() {
            last.set(height);
            on_height(height);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(root);
        if let Some(html) = leptos::prelude::document().document_element() {
            observer.observe(&html);
        }
    }
    // The observer lives as long as the page does, and so does its callback.
    on_resize.forget();
}
