//! Copying text to the clipboard.

use wasm_bindgen::JsCast;

/// Writes `text` to the clipboard. `Err` when the clipboard is missing (an
/// insecure origin, an old browser) or the browser refused.
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let navigator = leptos::prelude::window().navigator();
    // `navigator.clipboard` is undefined outside secure contexts, which
    // web-sys's getter does not model.
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .map(|c| c.unchecked_into::<web_sys::Clipboard>())
        .ok_or(())?;
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(drop)
        .map_err(drop)
}
