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
    leptos::mount::mount_to_body(app::App);
}
