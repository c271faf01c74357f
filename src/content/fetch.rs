//! The only code that touches the network: [`fetch_text`] reads one content
//! file, and [`fetch`] also decodes and checks it with the model's rules.
//! Every failure is a [`LoadError`] whose message names the file.

use gloo_net::http::Request;
use guide_model::content_file::{decode, ContentFile, LoadError};

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
    response.text().await.map_err(|e| failed(e.to_string()))
}
