//! Small browser helpers that are neither network nor storage: downloads,
//! focus, reading a picked file.

use wasm_bindgen::JsCast;

/// Offers `text` to the reader as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| format!("The browser refused to save {file_name}.");
    let parts = js_sys_array(text);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = leptos::prelude::document();
    let anchor: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

fn js_sys_array(text: &str) -> wasm_bindgen::JsValue {
    let array = js_sys::Array::new();
    array.push(&wasm_bindgen::JsValue::from_str(text));
    array.into()
}

/// Moves keyboard focus to the element with `id`, if it exists.
pub fn focus_id(id: &str) -> bool {
    leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|el| el.focus().is_ok())
        .unwrap_or(false)
}

/// Reads the first file picked in an `<input type="file">` as text.
pub async fn read_picked_file(input: &web_sys::HtmlInputElement) -> Option<Result<String, String>> {
    let file = input.files()?.get(0)?;
    let promise = file.text();
    Some(
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(|_| format!("{} could not be read.", file.name()))
            .and_then(|v| {
                v.as_string()
                    .ok_or_else(|| format!("{} is not text.", file.name()))
            }),
    )
}

/// Marks the moment a section's content is on screen, for the benchmark
/// (`performance.mark("bg:content-ready")`).
pub fn mark_content_ready() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("bg:content-ready");
    }
}
