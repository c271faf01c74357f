//! Where the app lives: its base path (for links and routes) and the URL its
//! content is fetched from. Both follow `<base href>`, which trunk writes from
//! `--public-url`, so one build works at `/` or under a sub-path.

use crate::content::ContentRoot;
use crate::model::embed::{is_embed_path, EMBED_PREFIX};

/// How the guide is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The whole site, with header and footer.
    Site,
    /// An `/embed/…` view, framed by another site.
    Embed,
    /// Mounted by `<backend-guide>` into a host page's shadow root: no router,
    /// links lead to the guide's own pages.
    Inline,
}

/// Provided once at the root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppBase {
    /// The path prefix without a trailing slash: `""` or `"/guide"`.
    path: String,
    /// What links to the full site start with: the path, or for inline mode
    /// the guide's origin and path.
    site: String,
    pub mode: Mode,
    pub content: ContentRoot,
}

impl AppBase {
    pub fn new(base_uri: &str) -> Self {
        let path = path_of(base_uri);
        Self {
            site: path.clone(),
            path,
            mode: Mode::Site,
            content: ContentRoot::under(base_uri),
        }
    }

    /// The app as an embed view: routes and links stay under `/embed`.
    pub fn embedded(self) -> Self {
        Self {
            mode: Mode::Embed,
            ..self
        }
    }

    /// The app mounted in another page: `guide_root` is the guide's URL
    /// (`https://guide.example/`); content and links point there.
    pub fn inline(guide_root: &str) -> Self {
        let base = Self::new(guide_root);
        let origin = crate::model::embed::origin_of(guide_root).unwrap_or_default();
        Self {
            site: format!("{origin}{}", base.path),
            mode: Mode::Inline,
            ..base
        }
    }

    /// Reads the document's base URL and whether this is an embed view.
    pub fn from_document() -> Self {
        let window = web_sys::window();
        let base_uri = window
            .as_ref()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_else(|| "/".to_string());
        let location = window.map(|w| w.location());
        let pathname = location
            .as_ref()
            .and_then(|l| l.pathname().ok())
            .unwrap_or_default();
        let search = location.and_then(|l| l.search().ok()).unwrap_or_default();
        let mut base = Self::new(&base_uri);
        if let Some(dir) = bench_content_dir(&search) {
            base.content = ContentRoot::under_dir(&base_uri, &dir);
        }
        if is_embed_path(&base.path, &pathname) {
            base.embedded()
        } else {
            base
        }
    }

    /// The base for `leptos_router`'s `<Router base=…>`: embed views route
    /// under `/embed`, so every in-app link and navigation stays embedded.
    pub fn router_base(&self) -> String {
        match self.mode {
            Mode::Embed => format!("{}{EMBED_PREFIX}", self.path),
            Mode::Site | Mode::Inline => self.path.clone(),
        }
    }

    /// An app path such as `/skills` as an `href` under the base.
    pub fn href(&self, app_path: &str) -> String {
        match self.mode {
            Mode::Inline => self.site_href(app_path),
            Mode::Site | Mode::Embed => format!("{}{}", self.router_base(), app_path),
        }
    }

    /// An app path as an `href` to the full site, also from an embed view.
    pub fn site_href(&self, app_path: &str) -> String {
        format!("{}{}", self.site, app_path)
    }

    pub fn is_embedded(&self) -> bool {
        self.mode != Mode::Site
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
    fn embed_views_route_under_embed_and_link_out_to_the_site() {
        // In-app links of an embed must stay embedded; "Open in Backend Guide" must not.
        let b = AppBase::new("http://h/guide/").embedded();
        assert_eq!(b.router_base(), "/guide/embed");
        assert_eq!(b.href("/skills/go"), "/guide/embed/skills/go");
        assert_eq!(b.site_href("/skills/go"), "/guide/skills/go");
        let inline = AppBase::inline("https://g.example/guide/");
        assert_eq!(inline.href("/skills"), "https://g.example/guide/skills");
        assert_eq!(
            inline.content,
            ContentRoot::under("https://g.example/guide/")
        );
    }

    #[test]
    fn home_link_under_a_sub_path_keeps_its_slash() {
        assert_eq!(AppBase::new("http://h/guide/").href("/"), "/guide/");
        assert_eq!(AppBase::new("http://h/").href("/"), "/");
    }
}
