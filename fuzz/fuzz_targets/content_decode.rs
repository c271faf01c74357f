//! Content decoding and validation: any bytes, checked as any content file,
//! give `Ok` or an error that names the file — never a panic.
//!
//! Input: the first byte picks the file from `content::FILES` (modulo its
//! length); the rest is the file's text, decoded lossily as UTF-8 the way the
//! browser's `response.text()` does.

#![no_main]

use guide_model::content::{check, FILES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let file = FILES[selector as usize % FILES.len()];
    let text = String::from_utf8_lossy(rest);
    if let Err(e) = check(file, &text) {
        // The message the reader sees always starts with the file name and
        // points at a JSON path.
        assert_eq!(e.file(), file);
        let shown = e.to_string();
        assert!(shown.starts_with(&format!("{file}: ")), "{shown}");
        let path = e.path().expect("decode and validation errors carry a path");
        assert!(!path.is_empty(), "{shown}");
        assert!(!e.reason().is_empty(), "{shown}");
    }
});
