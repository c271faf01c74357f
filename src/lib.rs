//! Backend Guide: an interactive guide to backend development.
//!
//! See ARCHITECTURE.md for the code map and the rules the code keeps.

pub mod app;
pub mod base;
pub mod components;
pub mod content;
pub mod dom;
pub mod model;
pub mod routes;
pub mod storage;

/// Mounts the guide on `<body>`. Called by the binary's `main`.
pub fn start() {
    // index.html paints a placeholder before the wasm arrives; the app's own
    // skeletons take over from here.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("bg-boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
