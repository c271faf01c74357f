//! The only code that touches the network: [`fetch_text`] reads one content
//! file, and [`fetch`] also decodes and checks it with the model's rules.
//! Every failure is a [`LoadError`] whose message names the file.

use gloo_net::http::Request;
use guide_model::content_file::{decode, ContentFile, LoadError, MAX_BYTES};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How long a content file may take to arrive before we give up and offer Retry.
pub const TIMEOUT_MS: u32 = 8_000;

/// Loads, decodes and validates one content file.
pub async fn fetch<T: ContentFile>(url: String) -> Result<T, LoadError> {
    let text = fetch_text(&url, T::FILE).await?;
    decode(T::FILE, &text)
}

/// Loads the text of content file `file` from `url`.
pub async fn fetch_text(url: &str, file: &str) -> Result<String, LoadError> {
    // The browser's own deadline: no timer of ours to clear, no closure to free.
    let deadline = web_sys::AbortSignal::timeout_with_u32(TIMEOUT_MS);
    let failed = |reason: String| {
        if deadline.aborted() {
            LoadError::Timeout {
                file: file.to_string(),
                seconds: TIMEOUT_MS / 1000,
            }
        } else {
            LoadError::Network {
                file: file.to_string(),
                reason,
            }
        }
    };
    let response = Request::get(url)
        .abort_signal(Some(&deadline))
        .send()
        .await
        .map_err(|e| failed(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status {
            file: file.to_string(),
            status: response.status(),
        });
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if content_type.starts_with("text/html") {
        return Err(LoadError::NotJson {
            file: file.to_string(),
            content_type: "an HTML page".into(),
        });
    }
    read_capped(&response, file, failed).await
}

/// The body as text, read a chunk at a time: a body that passes
/// [`MAX_BYTES`] is refused, and its download cancelled, as soon as it does,
/// so a runaway file never fills the tab's memory. A declared length over
/// the limit is refused before any of it is read.
async fn read_capped(
    response: &gloo_net::http::Response,
    file: &str,
    failed: impl Fn(String) -> LoadError,
) -> Result<String, LoadError> {
    let declared = response.headers().get("content-length");
    if let Some(length) = declared.and_then(|l| l.parse::<usize>().ok()) {
        if length > MAX_BYTES {
            return Err(LoadError::too_large(file, Some(length)));
        }
    }
    let Some(body) = response.body() else {
        return Ok(String::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let field = |object: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(object, &name.into()).unwrap_or_default()
    };
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|e| failed(e.as_string().unwrap_or_else(|| format!("{e:?}"))))?;
        if field(&chunk, "done").is_truthy() {
            break;
        }
        let value: js_sys::Uint8Array = field(&chunk, "value").unchecked_into();
        let start = bytes.len();
        let end = start + value.length() as usize;
        if end > MAX_BYTES {
            let _ = reader.cancel();
            return Err(LoadError::too_large(file, None));
        }
        bytes.resize(end, 0);
        value.copy_to(&mut bytes[start..]);
    }
    String::from_utf8(bytes).map_err(|e| LoadError::Decode {
        file: file.to_string(),
        path: guide_model::content_file::WHOLE_FILE.into(),
        message: format!("not valid UTF-8 ({e})"),
    })
}
