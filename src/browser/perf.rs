//! Performance marks the benchmark (`make bench`) reads.

/// `performance.mark("bg:content-ready")`: a section's content is on screen.
pub const CONTENT_READY: &str = "bg:content-ready";

/// `performance.mark("bg:app-ready")`: the app has taken over the page.
pub const APP_READY: &str = "bg:app-ready";

/// Sets a performance mark named `name`.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
