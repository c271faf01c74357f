//! Where the app lives: its base path (for links and routes) and the URL its
//! content is fetched from. Both follow `<base href>`, which trunk writes from
//! `--public-url`, so one build works at `/` or under a sub-path.

use crate::content::ContentRoot;

/// Provided once at the root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppBase {
    /// The path prefix without a trailing slash: `""` or `"/guide"`.
    path: String,
    pub content: ContentRoot,
}

impl AppBase {
    pub fn new(base_uri: &str) -> Self {
        Self {
            path: path_of(base_uri),
            content: ContentRoot::under(base_uri),
        }
    }

    /// Reads the document's base URL; falls back to the site root.
    pub fn from_document() -> Self {
        let window = web_sys::window();
        let base_uri = window
            .as_ref()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_else(|| "/".to_string());
        let mut base = Self::new(&base_uri);
        let search = window
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        if let Some(dir) = bench_content_dir(&search) {
            base.content = ContentRoot::under_dir(&base_uri, &dir);
        }
        base
    }

    /// The base for `leptos_router`'s `<Router base=…>`.
    pub fn router_base(&self) -> String {
        self.path.clone()
    }

    /// An app path such as `/skills` as an `href` under the base.
    pub fn href(&self, app_path: &str) -> String {
        format!("{}{}", self.path, app_path)
    }
}

/// The benchmark (`make bench`) points the app at generated content with
/// `?content-dir=bench/1000`. Only folders under `bench/` with safe names are
/// accepted, so a crafted link cannot make the guide read anything else.
pub fn bench_content_dir(search: &str) -> Option<String> {
    let value = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("content-dir="))?;
    let rest = value.strip_prefix("bench/")?;
    let safe = !rest.is_empty()
        && rest.len() <= 32
        && rest
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    safe.then(|| format!("bench/{rest}"))
}

/// The path part of a base URL, without its trailing slash or document name.
fn path_of(base_uri: &str) -> String {
    let after_scheme = base_uri
        .split_once("://")
        .map_or(base_uri, |(_, rest)| rest);
    let path = match after_scheme.find('/') {
        Some(i) if base_uri.contains("://") => &after_scheme[i..],
        Some(_) => after_scheme,
        None => "/",
    };
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    dir.trim_end_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_comes_from_the_base_url() {
        // Links must keep the sub-path, or a click under /guide/ leaves the app.
        let check = |base: &str, path: &str, skills: &str| {
            let b = AppBase::new(base);
            assert_eq!(b.router_base(), path, "{base}");
            assert_eq!(b.href("/skills"), skills, "{base}");
        };
        check("http://127.0.0.1:8080/", "", "/skills");
        check("http://127.0.0.1:8080/guide/", "/guide", "/guide/skills");
        check(
            "http://127.0.0.1:8080/guide/index.html",
            "/guide",
            "/guide/skills",
        );
        check("http://h/a/b/?q=1", "/a/b", "/a/b/skills");
        check("/", "", "/skills");
    }

    #[test]
    fn only_bench_folders_can_replace_the_content_folder() {
        // The override exists for the benchmark; it must not open other paths.
        let check = |search: &str, expected: Option<&str>| {
            assert_eq!(bench_content_dir(search).as_deref(), expected, "{search}");
        };
        check("?content-dir=bench/1000", Some("bench/1000"));
        check("?q=py&content-dir=bench/100&sort=year", Some("bench/100"));
        check("", None);
        check("?content-dir=content", None);
        check("?content-dir=bench/", None);
        check("?content-dir=bench/../secret", None);
        check("?content-dir=bench/a/b", None);
        check("?content-dir=bench/%2e%2e", None);
        check("?content-dir=https://evil.example/", None);
        assert_eq!(
            ContentRoot::under_dir("http://h/guide/", "bench/100").url("skills.json"),
            "http://h/guide/bench/100/skills.json"
        );
    }

    #[test]
    fn home_link_under_a_sub_path_keeps_its_slash() {
        assert_eq!(AppBase::new("http://h/guide/").href("/"), "/guide/");
        assert_eq!(AppBase::new("http://h/").href("/"), "/");
    }
}
