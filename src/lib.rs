//! Backend Guide: an interactive guide to backend development.
//!
//! See ARCHITECTURE.md for the code map and the rules the code keeps.

pub mod app;
pub mod base;
pub mod components;
pub mod content;
pub mod dom;
pub mod frame;
pub mod inline;
pub mod model;
pub mod routes;
pub mod storage;

/// Mounts the guide on `<body>`. Called by the binary's `main`, which also
/// runs when `<backend-guide>` loads this module into another site's page:
/// there only [`inline::mount_inline`] may mount, so the app mounts only on
/// a page that says it is the guide (`<meta name="backend-guide" content="app">`).
pub fn start() {
    if is_guide_page() {
        // index.html paints a placeholder before the wasm arrives; the app's
        // own skeletons take over from here.
        if let Some(boot) = leptos::prelude::document().get_element_by_id("bg-boot") {
            boot.remove();
        }
        leptos::mount::mount_to_body(app::App);
    }
}

fn is_guide_page() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=\"backend-guide\"]")
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .is_some_and(|content| content == "app")
}
