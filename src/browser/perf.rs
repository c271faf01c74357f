//! Performance marks the benchmark (`make bench`) reads.

/// `performance.mark("bg:content-ready")`: a section's content is on screen.
pub const CONTENT_READY: &str = "bg:content-ready";

/// `performance.mark("bg:app-ready")`: the app has taken over the page.
pub const APP_READY: &str = "bg:app-ready";

/// `performance.mark("bg:app-start")`: the app's code runs (the wasm is
/// fetched, compiled and instantiated).
pub const APP_START: &str = "bg:app-start";

/// `performance.mark("bg:content-decoded")`: the takeover has the page's
/// content files fetched and decoded.
pub const CONTENT_DECODED: &str = "bg:content-decoded";

/// `performance.mark("bg:takeover-part")`: the takeover built one more part
/// of the page (`components::TakeoverPart`), in a task of its own.
pub const TAKEOVER_PART: &str = "bg:takeover-part";

/// Sets a performance mark named `name`.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
