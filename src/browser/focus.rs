//! Moving keyboard focus by element id. Inline mode renders into a shadow
//! root, where `document.getElementById` finds nothing, so the lookup goes
//! through the tree the given node lives in.

use wasm_bindgen::JsCast;

/// Focuses the element with `id` in the same tree as `near`: the document,
/// or the shadow root of an inline `<backend-guide>`. Returns whether it did.
pub fn focus_id_near(near: &web_sys::Node, id: &str) -> bool {
    let root = near.get_root_node();
    let element = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => root
            .dyn_ref::<web_sys::Document>()
            .and_then(|d| d.get_element_by_id(id)),
    };
    focus(element)
}

/// Focuses the element with `id` in the document (the site and embed views,
/// which never render into a shadow root).
pub fn focus_id(id: &str) -> bool {
    focus(leptos::prelude::document().get_element_by_id(id))
}

/// The node an event happened on, as a starting point for [`focus_id_near`].
pub fn event_node(ev: &web_sys::Event) -> Option<web_sys::Node> {
    ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok())
}

fn focus(element: Option<web_sys::Element>) -> bool {
    element
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| el.focus().is_ok())
}
