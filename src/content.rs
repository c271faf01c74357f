//! The only module that touches the network.
//!
//! [`fetch`] loads one content file, decodes it and checks it; every failure
//! is a [`LoadError`] whose message names the file and, where it applies, the
//! JSON path and the reason. [`decode`] is the part without IO, shared with
//! native tests so the app and the tests apply exactly the same rules.

use serde::de::DeserializeOwned;

use crate::model::validate::decode_path;
use crate::model::{Careers, Comparison, Invalid, Overview, Site, SkillsFile, Validate};

/// How long a content file may take to arrive before we give up and offer Retry.
pub const TIMEOUT_MS: i32 = 8_000;

/// The largest content file the guide reads. The shipped files are a few
/// kilobytes; this stops a runaway file (or a wrong URL) from freezing the tab.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

/// Every content file the guide reads, for the content checker.
pub const FILES: &[&str] = &[
    Site::FILE,
    Overview::FILE,
    SkillsFile::FILE,
    Comparison::FILE,
    Careers::FILE,
];

/// Decodes and validates `text` as the content file named `file`, whichever
/// type that is. The content checker and the fixture tests go through here.
pub fn check(file: &str, text: &str) -> Result<(), LoadError> {
    match file {
        Site::FILE => decode::<Site>(file, text).map(drop),
        Overview::FILE => decode::<Overview>(file, text).map(drop),
        SkillsFile::FILE => decode::<SkillsFile>(file, text).map(drop),
        Careers::FILE => decode::<Careers>(file, text).map(drop),
        Comparison::FILE => decode::<Comparison>(file, text).map(drop),
        _ => Err(LoadError::Decode {
            file: file.to_string(),
            path: WHOLE_FILE.into(),
            message: format!("not a file the guide reads (it reads {})", FILES.join(", ")),
        }),
    }
}

/// A content file type and the file it lives in.
pub trait ContentFile: DeserializeOwned + Validate + Clone + 'static {
    const FILE: &'static str;
}

impl ContentFile for Site {
    const FILE: &'static str = "site.json";
}

impl ContentFile for Overview {
    const FILE: &'static str = "overview.json";
}

impl ContentFile for SkillsFile {
    const FILE: &'static str = "skills.json";
}

impl ContentFile for Comparison {
    const FILE: &'static str = "comparison.json";
}

impl ContentFile for Careers {
    const FILE: &'static str = "careers.json";
}

/// Why a content file could not be used. The `Display` text is the copy the
/// reader sees, so it always starts with the file name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("{file}: the server could not be reached ({reason})")]
    Network { file: String, reason: String },
    #[error("{file}: the server did not answer within {seconds} seconds")]
    Timeout { file: String, seconds: u32 },
    #[error("{file}: the server answered HTTP {status}")]
    Status { file: String, status: u16 },
    #[error("{file}: the server sent {content_type} instead of JSON")]
    NotJson { file: String, content_type: String },
    #[error("{file}: {path}: {message}")]
    Decode {
        file: String,
        path: String,
        message: String,
    },
    #[error("{file}: {path}: {message}")]
    Invalid {
        file: String,
        path: String,
        message: String,
    },
}

impl LoadError {
    pub fn file(&self) -> &str {
        match self {
            LoadError::Network { file, .. }
            | LoadError::Timeout { file, .. }
            | LoadError::Status { file, .. }
            | LoadError::NotJson { file, .. }
            | LoadError::Decode { file, .. }
            | LoadError::Invalid { file, .. } => file,
        }
    }

    /// The JSON path of the offending value, for decode and validation errors.
    pub fn path(&self) -> Option<&str> {
        match self {
            LoadError::Decode { path, .. } | LoadError::Invalid { path, .. } => Some(path),
            _ => None,
        }
    }

    /// The reason without the file name, for layouts that show the file apart.
    pub fn reason(&self) -> String {
        let full = self.to_string();
        full.strip_prefix(self.file())
            .map(|r| r.trim_start_matches(": ").to_string())
            .unwrap_or(full)
    }
}

/// The path shown for an error that belongs to the file as a whole.
pub const WHOLE_FILE: &str = "(whole file)";

/// Decodes and validates the text of `file`. No IO: the app and the native
/// tests both go through here.
pub fn decode<T: DeserializeOwned + Validate>(file: &str, text: &str) -> Result<T, LoadError> {
    let decode_error = |path: String, message: String| LoadError::Decode {
        file: file.to_string(),
        path,
        message,
    };
    if text.len() > MAX_BYTES {
        return Err(decode_error(
            WHOLE_FILE.into(),
            format!(
                "the file is {:.1} MB; content files may be at most {} MB",
                text.len() as f64 / (1024.0 * 1024.0),
                MAX_BYTES / (1024 * 1024)
            ),
        ));
    }
    // Editors on Windows may save a byte-order mark; it is not an error.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(decode_error(WHOLE_FILE.into(), "the file is empty".into()));
    }
    if text.trim_start().starts_with('<') {
        return Err(decode_error(
            WHOLE_FILE.into(),
            "this is an HTML page, not JSON (is the file missing on the server?)".into(),
        ));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = decode_path(e.path()).unwrap_or_else(|| WHOLE_FILE.to_string());
        decode_error(path, e.into_inner().to_string())
    })?;
    de.end()
        .map_err(|e| decode_error(WHOLE_FILE.into(), e.to_string()))?;
    value
        .validate()
        .map_err(|Invalid { path, message }| LoadError::Invalid {
            file: file.to_string(),
            path,
            message,
        })?;
    Ok(value)
}

/// Where content files are fetched from: an absolute URL ending in `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentRoot(String);

impl ContentRoot {
    /// `base_uri` is the document's base URL (from `<base href>`), so a build
    /// served under a sub-path fetches its content under that path too.
    pub fn under(base_uri: &str) -> Self {
        Self::under_dir(base_uri, "content")
    }

    /// Like [`ContentRoot::under`], with another folder than `content`.
    pub fn under_dir(base_uri: &str, dir: &str) -> Self {
        let mut root = base_uri
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .to_string();
        if !root.ends_with('/') {
            // A base URL names a document; its directory is what we want.
            match root.rfind('/') {
                Some(i) => root.truncate(i + 1),
                None => root.push('/'),
            }
        }
        root.push_str(dir.trim_matches('/'));
        root.push('/');
        Self(root)
    }

    pub fn url(&self, file: &str) -> String {
        format!("{}{file}", self.0)
    }
}

/// Loads, decodes and validates one content file.
pub async fn fetch<T: ContentFile>(root: ContentRoot) -> Result<T, LoadError> {
    let text = fetch_text(&root.url(T::FILE), T::FILE).await?;
    decode(T::FILE, &text)
}

async fn fetch_text(url: &str, file: &str) -> Result<String, LoadError> {
    use gloo_net::http::Request;

    let network = |reason: String| LoadError::Network {
        file: file.to_string(),
        reason,
    };
    let deadline = Deadline::start(TIMEOUT_MS);
    let timed_out = || LoadError::Timeout {
        file: file.to_string(),
        seconds: TIMEOUT_MS as u32 / 1000,
    };
    let response = Request::get(url)
        .abort_signal(deadline.signal().as_ref())
        .send()
        .await
        .map_err(|e| {
            if deadline.expired() {
                timed_out()
            } else {
                network(e.to_string())
            }
        })?;
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
    response.text().await.map_err(|e| {
        if deadline.expired() {
            timed_out()
        } else {
            network(e.to_string())
        }
    })
}

/// Aborts a request after a number of milliseconds.
struct Deadline {
    controller: Option<web_sys::AbortController>,
    expired: std::rc::Rc<std::cell::Cell<bool>>,
    timer: Option<i32>,
}

impl Deadline {
    fn start(ms: i32) -> Self {
        use wasm_bindgen::{closure::Closure, JsCast};

        let expired = std::rc::Rc::new(std::cell::Cell::new(false));
        let controller = web_sys::AbortController::new().ok();
        let timer = controller.as_ref().and_then(|controller| {
            let controller = controller.clone();
            let flag = expired.clone();
            let abort = Closure::once_into_js(move || {
                flag.set(true);
                controller.abort();
            });
            web_sys::window()?
                .set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), ms)
                .ok()
        });
        Self {
            controller,
            expired,
            timer,
        }
    }

    fn signal(&self) -> Option<web_sys::AbortSignal> {
        self.controller.as_ref().map(|c| c.signal())
    }

    fn expired(&self) -> bool {
        self.expired.get()
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let (Some(timer), Some(window)) = (self.timer, web_sys::window()) {
            window.clear_timeout_with_handle(timer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &str) {
        let got = match decode::<Overview>("overview.json", text) {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        };
        assert_eq!(got, expected, "input: {text}");
    }

    const GOOD: &str = r#"{"title":"Backend Guide","lead":"Lead.","sections":[
        {"id":"what","heading":"What","paragraphs":["Text."]}]}"#;

    #[test]
    fn decode_errors_name_file_path_and_reason() {
        // The reader must be able to find the broken value without a debugger.
        check(GOOD, "ok");
        check("", "overview.json: (whole file): the file is empty");
        check(
            "{",
            "overview.json: (whole file): EOF while parsing an object at line 1 column 1",
        );
        check(
            r#"{"title":5,"lead":"x","sections":[]}"#,
            "overview.json: title: invalid type: integer `5`, expected a string at line 1 column 10",
        );
        check(
            r#"{"title":"T","lead":"L","sections":[{"id":"a","heading":7,"paragraphs":[]}]}"#,
            "overview.json: sections[0].heading: invalid type: integer `7`, expected a string at line 1 column 57",
        );
        check(
            r#"{"title":"T","lead":"L"}"#,
            "overview.json: (whole file): missing field `sections` at line 1 column 24",
        );
        check(
            r#"{"title":"T","lead":"L","sections":[],"extra":1}"#,
            "overview.json: extra: unknown field `extra`, expected one of `title`, `lead`, `sections` at line 1 column 45",
        );
        check(
            &format!("{GOOD} trailing"),
            "overview.json: (whole file): trailing characters at line 2 column 65",
        );
    }

    #[test]
    fn empty_key_error_names_a_path() {
        // Found by fuzzing: an empty key gave "overview.json: : unknown field ``".
        check(
            r#"{"":1}"#,
            "overview.json: \"\": unknown field ``, expected one of `title`, `lead`, `sections` at line 1 column 3",
        );
    }

    #[test]
    fn validation_errors_name_the_json_path() {
        check(
            r#"{"title":"T","lead":"L","sections":[]}"#,
            "overview.json: sections: must list at least one entry",
        );
        check(
            r#"{"title":"T","lead":"L","sections":[{"id":"a","heading":"H","paragraphs":["x"]},
                {"id":"a","heading":"H2","paragraphs":["y"]}]}"#,
            "overview.json: sections[1].id: duplicate id \"a\"",
        );
        check(
            r#"{"title":"T","lead":"L","sections":[{"id":"a","heading":"H","paragraphs":["x", " "]}]}"#,
            "overview.json: sections[0].paragraphs[1]: must not be empty",
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        // serde_json stops at depth 128; a hand-made file must never overflow the stack.
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let err = decode::<Overview>("overview.json", &deep).unwrap_err();
        assert!(err.to_string().starts_with("overview.json: "), "{err}");
    }

    #[test]
    fn content_root_follows_the_base_url() {
        // A build under /guide/ must fetch /guide/content/…, not /content/….
        let url = |base: &str| ContentRoot::under(base).url("site.json");
        assert_eq!(url("http://h/"), "http://h/content/site.json");
        assert_eq!(url("http://h/guide/"), "http://h/guide/content/site.json");
        assert_eq!(
            url("http://h/guide/index.html"),
            "http://h/guide/content/site.json"
        );
        assert_eq!(
            url("http://h/guide/?x=1#y"),
            "http://h/guide/content/site.json"
        );
    }

    #[test]
    fn bad_content_fixtures_give_the_expected_errors() {
        // tests/fixtures/bad-content/<file>--<case>.json, checked as <file>.json;
        // expected.tsv holds the exact message (or "ok" for hostile but valid text).
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bad-content/");
        let expected = std::fs::read_to_string(format!("{dir}expected.tsv")).unwrap();
        let mut seen = 0;
        for line in expected.lines().filter(|l| !l.trim().is_empty()) {
            let (fixture, message) = line.split_once('\t').unwrap();
            let text = std::fs::read_to_string(format!("{dir}{fixture}")).unwrap();
            let file = format!("{}.json", fixture.split("--").next().unwrap());
            let got = match super::check(&file, &text) {
                Ok(()) => "ok".to_string(),
                Err(e) => e.to_string(),
            };
            assert_eq!(got, message, "{fixture}");
            seen += 1;
        }
        let on_disk = std::fs::read_dir(dir).unwrap().filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "json")
        });
        assert_eq!(
            seen,
            on_disk.count(),
            "every fixture has a line in expected.tsv"
        );
        assert!(seen >= 30);
    }

    #[test]
    fn a_ten_megabyte_file_is_refused_with_its_size() {
        let big = format!("{{\"title\":\"{}\"}}", "x".repeat(10 * 1024 * 1024));
        assert_eq!(
            super::check("overview.json", &big).unwrap_err().to_string(),
            "overview.json: (whole file): the file is 10.0 MB; content files may be at most 8 MB"
        );
    }

    #[test]
    fn files_lists_careers_json() {
        // careers.json was missing from FILES, so the content checker and the
        // shipped-content test never looked at it. Every shipped file must be listed.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/public/content/");
        let mut shipped: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|name| name.ends_with(".json"))
            .collect();
        shipped.sort();
        let mut listed: Vec<String> = FILES.iter().map(|f| f.to_string()).collect();
        listed.sort();
        assert_eq!(listed, shipped);
        assert!(FILES.contains(&Careers::FILE));
    }

    #[test]
    fn shipped_content_is_valid() {
        // The files in public/content must pass the same rules the app applies.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/public/content/");
        for file in FILES {
            let text = std::fs::read_to_string(format!("{dir}{file}")).unwrap();
            assert_eq!(super::check(file, &text), Ok(()), "{file}");
        }
    }
}
