//! Building the app off the page, then swapping it in at once.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::snapshot::Snapshot;
use crate::browser::tasks::next_frame;
use crate::components::PartQueue;

/// Builds the app off the page with `mount`, one part per task in the
/// order of the [`PartQueue`], then puts it in place of the prerendered
/// nodes in one task and carries the reader's input across. The input is applied in the next
/// animation frame, which runs before the browser paints, so no frame shows
/// a page in between.
pub async fn replace_page(mount: impl FnOnce(web_sys::HtmlElement), queue: &PartQueue) {
    let Some(body) = document().body() else {
        return;
    };
    let Ok(staging) = document().create_element("div") else {
        return;
    };
    mount(staging.clone().unchecked_into());
    queue.build_all().await;
    // Taken now, so what the reader did while the app was being built counts.
    let before = Snapshot::take(&body);
    let old: Vec<web_sys::Node> = children(&body)
        .into_iter()
        .filter(|node| node.node_name() != "SCRIPT")
        .collect();
    for node in children(&staging) {
        let _ = body.append_child(&node);
    }
    for node in old {
        if let Some(parent) = node.parent_node() {
            let _ = parent.remove_child(&node);
        }
    }
    next_frame().await;
    before.restore(&body);
    queue.placed();
}

pub(super) fn children(node: &web_sys::Node) -> Vec<web_sys::Node> {
    let list = node.child_nodes();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}
