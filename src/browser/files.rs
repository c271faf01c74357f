//! Reading a file the reader picked in an `<input type="file">`.

/// Reads the first picked file as text, unless `fits` refuses its size in
/// bytes (checked before anything is read); `None` when nothing was picked.
pub async fn read_picked_file(
    input: &web_sys::HtmlInputElement,
    fits: impl Fn(u64) -> Result<(), String>,
) -> Option<Result<String, String>> {
    let file = input.files()?.get(0)?;
    if let Err(reason) = fits(file.size() as u64) {
        return Some(Err(reason));
    }
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
