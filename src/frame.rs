//! An embed view's side of the conversation with the page that frames it:
//! it reports its height and accepts theme changes. DOM and `postMessage`
//! only, no network; what a message means is decided by the pure
//! [`crate::model::embed`].

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::embed::{height_message, origin_of, parse_host_message, HostMessage};
use crate::model::theme::Theme;

/// The window that frames this one, if any.
fn parent_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// Posts `{ backendGuide: { height } }` to the parent whenever the page's
/// height changes. The height is the `<html>` box, which embed views keep
/// free of `100vh`, so a taller iframe never makes the content taller.
pub fn report_height(root: &web_sys::Element) {
    let Some(parent) = parent_window() else {
        return;
    };
    // Heights are harmless to reveal, but say them only to the host when we know it.
    let target = origin_of(&document().referrer()).unwrap_or_else(|| "*".to_string());
    let last = std::cell::Cell::new(0.0_f64);
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        let Some(html) = document().document_element() else {
            return;
        };
        let height = html.get_bounding_client_rect().height().ceil();
        if height == last.get() {
            return;
        }
        last.set(height);
        if let Some(message) = height_message(height).and_then(|m| js_sys::JSON::parse(&m).ok()) {
            let _ = parent.post_message(&message, &target);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(root);
        if let Some(html) = document().document_element() {
            observer.observe(&html);
        }
    }
    // The observer lives as long as the page does.
    on_resize.forget();
}

/// Applies `{ backendGuide: { setTheme } }` from the parent window to
/// `theme`. Messages from any other window, and malformed ones, are ignored.
pub fn accept_host_messages(theme: RwSignal<Theme>) {
    let handle = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        let from_parent = match (ev.source(), parent_window()) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        if !from_parent {
            return;
        }
        // JSON.stringify throws on cycles and yields undefined for functions:
        // both are simply not a message for us.
        let Some(text) = js_sys::JSON::stringify(&ev.data())
            .ok()
            .and_then(|s| s.as_string())
        else {
            return;
        };
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
            return;
        };
        match parse_host_message(&value) {
            Some(HostMessage::SetTheme(next)) => theme.set(next),
            None => {}
        }
    });
    on_cleanup(move || handle.remove());
}
