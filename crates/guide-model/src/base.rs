//! Where the app lives: its base path (for links and routes) and where its
//! content is fetched from. Both follow `<base href>`, which trunk writes from
//! `--public-url`, so one build works at `/` or under a sub-path. Pure: the
//! browser side reads the document's base URL and hands its parts in.

use crate::locale::Locale;
use crate::pages::EMBED_PREFIX;
use crate::theme::Theme;
use crate::url::{query_pairs, query_string, split_query, with_query};

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
    /// `""` on the guide's own pages; the guide's origin when inline.
    origin: String,
    /// The path prefix without the locale and without a trailing slash:
    /// `""` or `"/guide"`. The English pages are here.
    root: String,
    locale: Locale,
    /// `root` with the locale's own prefix: `""`, `"/hi"`, `"/guide/hi"`.
    path: String,
    /// What links to the full site start with: the path, or for inline mode
    /// the guide's origin and path.
    site: String,
    pub mode: Mode,
    pub content: ContentRoot,
    /// The theme an embed view was asked for (`?theme=`): every link and
    /// navigation inside the embed keeps it, so a reload keeps the theme.
    embed_theme: Option<Theme>,
}

impl AppBase {
    /// The site at `base` (`/`, `/guide/` or `/guide`).
    pub fn new(base: &str) -> Self {
        Self::at("", base, Mode::Site)
    }

    /// The app mounted in another page: `origin` and `path` are the guide's
    /// (`https://guide.example`, `/guide`); content and links point there.
    pub fn inline(origin: &str, path: &str) -> Self {
        Self::at(origin, path, Mode::Inline)
    }

    fn at(origin: &str, base: &str, mode: Mode) -> Self {
        let root = base.trim_end_matches('/').to_string();
        Self {
            origin: origin.to_string(),
            site: format!("{origin}{root}"),
            content: ContentRoot(format!("{origin}{root}/content/")),
            path: root.clone(),
            root,
            locale: Locale::En,
            mode,
            embed_theme: None,
        }
    }

    /// The same app in `locale`: pages under `/hi/…`, content from
    /// `content/hi/`.
    pub fn localized(self, locale: Locale) -> Self {
        let path = format!("{}{}", self.root, locale_segment(locale));
        Self {
            site: format!("{}{path}", self.origin),
            content: ContentRoot(format!(
                "{}{}/content/{}",
                self.origin,
                self.root,
                locale.path_prefix()
            )),
            path,
            locale,
            ..self
        }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The `href` of `app_path` (with its query and hash) on the full site in
    /// `locale`: what the language switch links to.
    pub fn site_href_in(&self, locale: Locale, app_path: &str) -> String {
        format!(
            "{}{}{}{app_path}",
            self.origin,
            self.root,
            locale_segment(locale)
        )
    }

    /// The app as an embed view: routes and links stay under `/embed`, with
    /// the embed's `theme=` if it was given one.
    pub fn embedded(self, theme: Option<Theme>) -> Self {
        Self {
            mode: Mode::Embed,
            embed_theme: theme,
            ..self
        }
    }

    /// Reads content from `dir` (under the base) instead of `content/`.
    pub fn with_content_dir(self, dir: &str) -> Self {
        let prefix = self.site.clone();
        Self {
            content: ContentRoot(format!("{prefix}/{}/", dir.trim_matches('/'))),
            ..self
        }
    }

    /// The base path without a trailing slash: `""` or `"/guide"`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The base for `leptos_router`'s `<Router base=…>`: embed views route
    /// under `/embed`, so every in-app link and navigation stays embedded.
    pub fn router_base(&self) -> String {
        match self.mode {
            Mode::Embed => format!("{}{EMBED_PREFIX}", self.path),
            Mode::Site | Mode::Inline => self.path.clone(),
        }
    }

    /// An app path (with its query) as the router should navigate to it:
    /// an embed view adds its `theme=`.
    pub fn route(&self, app_path: &str) -> String {
        let Some(theme) = self.embed_theme.filter(|_| self.mode == Mode::Embed) else {
            return app_path.to_string();
        };
        let (path, query) = split_query(app_path);
        let mut pairs: Vec<(String, String)> = query_pairs(query)
            .into_iter()
            .filter(|(k, _)| k != "theme")
            .collect();
        pairs.push(("theme".into(), theme.key().into()));
        with_query(path, &query_string(pairs))
    }

    /// An app path such as `/skills` as an `href` under the base.
    pub fn href(&self, app_path: &str) -> String {
        match self.mode {
            Mode::Inline => self.site_href(app_path),
            Mode::Site | Mode::Embed => format!("{}{}", self.router_base(), self.route(app_path)),
        }
    }

    /// An app path as an `href` to the full site, also from an embed view.
    pub fn site_href(&self, app_path: &str) -> String {
        format!("{}{}", self.site, app_path)
    }

    /// The theme an embed view was asked for with `?theme=`.
    pub fn embed_theme(&self) -> Option<Theme> {
        self.embed_theme
    }

    pub fn is_embedded(&self) -> bool {
        self.mode != Mode::Site
    }
}

/// A locale's path segment: `""` for English, `"/hi"` for Hindi.
fn locale_segment(locale: Locale) -> String {
    match locale.path_prefix().trim_end_matches('/') {
        "" => String::new(),
        prefix => format!("/{prefix}"),
    }
}

/// Where content files are fetched from: a URL or absolute path ending in `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentRoot(String);

impl ContentRoot {
    pub fn url(&self, file: &str) -> String {
        format!("{}{file}", self.0)
    }
}

/// The benchmark (`make bench`) points the app at generated content with
/// `?content-dir=bench/1000`. Only folders under `bench/` with safe names are
/// accepted, so a crafted link cannot make the guide read anything else.
pub fn bench_content_dir(search: &str) -> Option<String> {
    let value = crate::url::query_value(search, "content-dir")?;
    let rest = value.strip_prefix("bench/")?;
    let safe = !rest.is_empty()
        && rest.len() <= 32
        && rest
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    safe.then(|| format!("bench/{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_has_its_own_pages_and_content() {
        // Hindi pages must link among themselves and read Hindi content, at
        // the root and under a sub-path, and the switch must find the other.
        let check = |base: AppBase, router: &str, content: &str, en: &str, hi: &str| {
            assert_eq!(base.router_base(), router);
            assert_eq!(base.content.url("skills.json"), content);
            assert_eq!(base.site_href_in(Locale::En, "/skills?q=sql"), en);
            assert_eq!(base.site_href_in(Locale::Hi, "/skills?q=sql"), hi);
        };
        let hi = |b: AppBase| b.localized(Locale::Hi);
        check(
            hi(AppBase::new("/")),
            "/hi",
            "/content/hi/skills.json",
            "/skills?q=sql",
            "/hi/skills?q=sql",
        );
        check(
            hi(AppBase::new("/guide/")),
            "/guide/hi",
            "/guide/content/hi/skills.json",
            "/guide/skills?q=sql",
            "/guide/hi/skills?q=sql",
        );
        check(
            hi(AppBase::new("/guide/")).embedded(None),
            "/guide/hi/embed",
            "/guide/content/hi/skills.json",
            "/guide/skills?q=sql",
            "/guide/hi/skills?q=sql",
        );
        check(
            AppBase::new("/guide/").localized(Locale::En),
            "/guide",
            "/guide/content/skills.json",
            "/guide/skills?q=sql",
            "/guide/hi/skills?q=sql",
        );
        let inline = hi(AppBase::inline("https://g.example", "/guide"));
        assert_eq!(inline.href("/skills"), "https://g.example/guide/hi/skills");
        assert_eq!(
            inline.content.url("site.json"),
            "https://g.example/guide/content/hi/site.json"
        );
    }

    #[test]
    fn links_keep_the_base_path() {
        // Links must keep the sub-path, or a click under /guide/ leaves the app.
        let check = |base: &str, router: &str, skills: &str, content: &str| {
            let b = AppBase::new(base);
            assert_eq!(b.router_base(), router, "{base}");
            assert_eq!(b.href("/skills"), skills, "{base}");
            assert_eq!(b.content.url("site.json"), content, "{base}");
        };
        check("/", "", "/skills", "/content/site.json");
        check("", "", "/skills", "/content/site.json");
        check(
            "/guide/",
            "/guide",
            "/guide/skills",
            "/guide/content/site.json",
        );
        check(
            "/guide",
            "/guide",
            "/guide/skills",
            "/guide/content/site.json",
        );
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
            AppBase::new("/guide/")
                .with_content_dir("bench/100")
                .content
                .url("skills.json"),
            "/guide/bench/100/skills.json"
        );
    }

    #[test]
    fn embed_views_route_under_embed_and_link_out_to_the_site() {
        // In-app links of an embed must stay embedded; "Open in Backend Guide" must not.
        let b = AppBase::new("/guide/").embedded(None);
        assert_eq!(b.router_base(), "/guide/embed");
        assert_eq!(b.href("/skills/go"), "/guide/embed/skills/go");
        assert_eq!(b.site_href("/skills/go"), "/guide/skills/go");
        let inline = AppBase::inline("https://g.example", "/guide/");
        assert_eq!(inline.href("/skills"), "https://g.example/guide/skills");
        assert_eq!(
            inline.content.url("site.json"),
            "https://g.example/guide/content/site.json"
        );
    }

    #[test]
    fn an_embed_keeps_its_theme_on_every_link_and_navigation() {
        // The region switch, the skills search and the aspect links rebuilt the
        // query string and dropped `theme=`, so a reload lost the host's theme.
        let b = AppBase::new("/").embedded(Some(Theme::Dark));
        assert_eq!(
            b.route("/careers?region=in"),
            "/careers?region=in&theme=dark"
        );
        assert_eq!(b.route("/skills"), "/skills?theme=dark");
        assert_eq!(
            b.route("/skills?theme=light&q=a%20b"),
            "/skills?q=a%20b&theme=dark"
        );
        assert_eq!(
            b.href("/compare?aspect=pay"),
            "/embed/compare?aspect=pay&theme=dark"
        );
        // The site and an embed without a theme leave paths alone.
        assert_eq!(
            AppBase::new("/").route("/careers?region=in"),
            "/careers?region=in"
        );
        assert_eq!(AppBase::new("/").embedded(None).route("/skills"), "/skills");
        // The link out to the full site never carries the embed's theme.
        assert_eq!(b.site_href("/skills"), "/skills");
    }

    #[test]
    fn home_link_under_a_sub_path_keeps_its_slash() {
        assert_eq!(AppBase::new("/guide/").href("/"), "/guide/");
        assert_eq!(AppBase::new("/").href("/"), "/");
    }
}
