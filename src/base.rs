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
        let base_uri = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_else(|| "/".to_string());
        Self::new(&base_uri)
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
    fn home_link_under_a_sub_path_keeps_its_slash() {
        assert_eq!(AppBase::new("http://h/guide/").href("/"), "/guide/");
        assert_eq!(AppBase::new("http://h/").href("/"), "/");
    }
}
