//! The guide's JSON decoder against serde_json, which read the content files
//! before issue 14: any text gives the same value from both, or an error
//! from both with the same words at the same line and column.
//!
//! Input: the bytes, decoded lossily as UTF-8 the way the browser's
//! `response.text()` does.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let ours = guide_model::json::from_str::<serde_json::Value>(&text).map_err(|e| e.message);
    let theirs = serde_json::from_str::<serde_json::Value>(&text).map_err(|e| e.to_string());
    assert_eq!(ours, theirs, "{text:?}");
});
