//! An embed view's side of the conversation with the page that frames it:
//! it reports its height and accepts theme changes. What a message means is
//! decided by the pure `guide_model::embed`.

use guide_model::embed::{
    height_message, parse_host_message, wordpress_height_message, wordpress_secret, HostMessage,
};
use guide_model::theme::Theme;
use leptos::prelude::*;

use crate::browser::location::http_origin;
use crate::browser::resize::watch_page_height;

/// The window that frames this one, if any.
fn parent_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// Posts `{ backendGuide: { height } }` to the parent whenever the page's
/// height changes, and WordPress's `{ secret, message: "height", value }`
/// too when the address carries WordPress's `#?secret=` (an oEmbed of the
/// guide in a WordPress post). The height is the `<html>` box, which embed
/// views keep free of `100vh`, so a taller iframe never makes the content taller.
pub fn report_height(root: &web_sys::Element) {
    let Some(parent) = parent_window() else {
        return;
    };
    // Heights are harmless to reveal, but say them only to the host when we know it.
    let target = http_origin(&document().referrer()).unwrap_or_else(|| "*".to_string());
    let secret = window()
        .location()
        .hash()
        .ok()
        .and_then(|hash| wordpress_secret(&hash));
    watch_page_height(root, move |height| {
        let wordpress = secret
            .as_deref()
            .and_then(|secret| wordpress_height_message(secret, height));
        for message in [height_message(height), wordpress].into_iter().flatten() {
            if let Ok(message) = js_sys::JSON::parse(&message) {
                let _ = parent.post_message(&message, &target);
            }
        }
    });
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
        match parse_host_message(&text) {
            Some(HostMessage::SetTheme(next)) => theme.set(next),
            None => {}
        }
    });
    on_cleanup(move || handle.remove());
}
