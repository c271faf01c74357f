//! Embedding the guide in other sites: the messages a host page may send,
//! the full-page link of an embed view, and the snippets the Embed dialog
//! offers. Pure functions, tested natively; the DOM side is the app's
//! `frame` module and `browser::resize`.

use serde::Deserialize;

use crate::html::escape;
use crate::locale::Locale;
use crate::pages::{Page, PageKind};
use crate::site::SectionId;
use crate::theme::Theme;
use crate::url::{query_pairs, query_string, query_value, with_query};

pub use crate::pages::EMBED_PREFIX;

/// Heights (CSS px) the loader script accepts; the same bounds are in `embed.js`.
pub const MAX_HEIGHT: f64 = 100_000.0;

/// The height (CSS px) of an iframe that is never told the real one: the
/// plain-iframe snippet and the oEmbed answer. The loader's default too.
pub const FIXED_HEIGHT: u32 = 600;

/// The width (px) the oEmbed answer gives its iframe.
pub const OEMBED_WIDTH: u32 = 720;

/// What a host page may ask of an embed view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostMessage {
    SetTheme(Theme),
}

/// `{ "backendGuide": … }`; other keys beside it belong to someone else.
#[derive(Deserialize)]
struct Envelope {
    #[serde(rename = "backendGuide")]
    backend_guide: Object<Request>,
}

/// The one request there is; any other key makes the message not ours.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Request {
    #[serde(rename = "setTheme")]
    set_theme: String,
}

/// Reads `{ "backendGuide": { "setTheme": "dark" } }` from a message's JSON
/// text (`JSON.stringify(event.data)`). Anything else — another shape, extra
/// keys on `backendGuide`, a non-string or unknown theme — is `None`, so a
/// stray or hostile message changes nothing.
pub fn parse_host_message(json: &str) -> Option<HostMessage> {
    let Object(envelope) = crate::read::from_str::<Object<Envelope>>(json).ok()?;
    let Object(request) = envelope.backend_guide;
    Theme::parse(&request.set_theme).map(HostMessage::SetTheme)
}

/// A struct read from a JSON object only. serde's derived structs also accept
/// an array of their fields in order (`{"backendGuide": ["dark"]}`), which is
/// not a shape the host messages have.
struct Object<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Visit<T> {
            type Value = T;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer
            .deserialize_map(Visit(std::marker::PhantomData))
            .map(Object)
    }
}

/// The message an embed view sends its parent when its height changes.
pub fn height_message(height: f64) -> Option<String> {
    (height.is_finite() && height > 0.0).then(|| {
        let px = height.ceil().min(MAX_HEIGHT);
        format!(r#"{{"backendGuide":{{"height":{px}}}}}"#)
    })
}

/// The secret WordPress puts in an embed's address (`#?secret=Ab12…`) to tell
/// its iframes apart: only letters and digits, as WordPress makes them, so
/// nothing else is ever echoed. `hash` is `location.hash`, with its `#`.
pub fn wordpress_secret(hash: &str) -> Option<String> {
    let rest = hash.strip_prefix("#?")?;
    let secret = query_value(rest, "secret")?;
    let valid =
        (1..=64).contains(&secret.len()) && secret.chars().all(|c| c.is_ascii_alphanumeric());
    valid.then_some(secret)
}

/// WordPress's height message, `{secret, message: "height", value}`, which its
/// `wp-embed` script uses to size the iframe whose `data-secret` matches.
pub fn wordpress_height_message(secret: &str, height: f64) -> Option<String> {
    (height.is_finite() && height > 0.0).then(|| {
        let px = height.ceil().min(MAX_HEIGHT) as u64;
        serde_json::json!({ "secret": secret, "message": "height", "value": px }).to_string()
    })
}

/// The theme an embed view was asked for with `theme=`, if a valid one.
pub fn theme_from_query(search: &str) -> Option<Theme> {
    query_value(search, "theme").and_then(|t| Theme::parse(&t))
}

/// Whether `pathname` (as in `location.pathname`) is an embed view of the
/// app whose base path is `base` (`""` or `"/guide"`).
pub fn is_embed_path(base: &str, pathname: &str) -> bool {
    pathname
        .strip_prefix(base)
        .and_then(|rest| rest.strip_prefix(EMBED_PREFIX))
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// The full guide page an embed view shows, as an app path with its query
/// (without `theme`, which belongs to the embed): `/embed/skills?q=py&theme=dark`
/// → `/skills?q=py`; `/embed/overview` → `/`.
pub fn full_page_path(embed_route: &str, search: &str) -> String {
    let route = match embed_route.trim_end_matches('/') {
        "" | "/overview" => "/",
        other => other,
    };
    let pairs = query_pairs(search)
        .into_iter()
        .filter(|(k, _)| k != "theme");
    with_query(route, &query_string(pairs))
}

/// What a widget shows: a section, one skill card or one careers chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WidgetItem {
    Section(SectionId),
    Skill(String),
    /// A chart's key ([`crate::careers::chart_key`]).
    Chart(String),
}

impl WidgetItem {
    /// The section the widget belongs to: `embed.js`'s `data-section`.
    pub fn section(&self) -> SectionId {
        match self {
            WidgetItem::Section(section) => *section,
            WidgetItem::Skill(_) => SectionId::Skills,
            WidgetItem::Chart(_) => SectionId::Careers,
        }
    }

    /// The page it shows, as a [`PageKind`].
    pub fn kind(&self) -> PageKind {
        match self {
            WidgetItem::Section(section) => PageKind::Section(*section),
            WidgetItem::Skill(id) => PageKind::Skill(id.clone()),
            WidgetItem::Chart(key) => PageKind::Chart(key.clone()),
        }
    }

    /// Its name in the builder's address and list: `skills`, `skill:python`,
    /// `chart:jobs`.
    pub fn key(&self) -> String {
        match self {
            WidgetItem::Section(section) => section.key().to_string(),
            WidgetItem::Skill(id) => format!("skill:{id}"),
            WidgetItem::Chart(key) => format!("chart:{key}"),
        }
    }

    /// Reads [`WidgetItem::key`]; whether the skill or chart exists is the
    /// caller's to check.
    pub fn parse(key: &str) -> Option<WidgetItem> {
        if let Some(id) = key.strip_prefix("skill:") {
            return is_slug(id).then(|| WidgetItem::Skill(id.to_string()));
        }
        if let Some(chart) = key.strip_prefix("chart:") {
            return is_slug(chart).then(|| WidgetItem::Chart(chart.to_string()));
        }
        SectionId::ALL
            .into_iter()
            .find(|s| s.key() == key)
            .map(WidgetItem::Section)
    }
}

/// An id as `embed.js` accepts it (`/^[a-z0-9][a-z0-9-]*$/`).
fn is_slug(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// When `embed.js` loads the widget: `data-load`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LoadMode {
    /// When it scrolls near the viewport (the iframe's `loading="lazy"`).
    #[default]
    Lazy,
    Eager,
    /// Behind a click-to-load facade.
    Click,
}

impl LoadMode {
    pub const ALL: [LoadMode; 3] = [LoadMode::Lazy, LoadMode::Eager, LoadMode::Click];

    pub fn key(self) -> &'static str {
        match self {
            LoadMode::Lazy => "lazy",
            LoadMode::Eager => "eager",
            LoadMode::Click => "click",
        }
    }

    pub fn parse(key: &str) -> Option<LoadMode> {
        LoadMode::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// The heights (CSS px) `embed.js` accepts as `data-height`; the same
/// bounds are in `embed.js`.
pub const HEIGHT_RANGE: std::ops::RangeInclusive<u32> = 50..=5000;

/// What the Embed dialog and the widget builder make snippets from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetRequest<'a> {
    /// The guide's root URL with a trailing slash: `https://guide.example/`.
    pub guide_root: &'a str,
    pub item: WidgetItem,
    pub theme: Theme,
    /// The widget's language.
    pub locale: Locale,
    /// The section's options (`q=py&category=language`), without `?` or `theme`.
    pub query: &'a str,
    pub load: LoadMode,
    /// The height kept before the widget loads, and the plain iframe's;
    /// `None` for [`FIXED_HEIGHT`].
    pub height: Option<u32>,
    /// The widget's accessible name, if the site owner gave one.
    pub name: Option<&'a str>,
}

impl SnippetRequest<'_> {
    /// A section as it is, in `locale`, with `embed.js`'s defaults.
    pub fn section<'a>(
        guide_root: &'a str,
        section: SectionId,
        theme: Theme,
        locale: Locale,
        query: &'a str,
    ) -> SnippetRequest<'a> {
        SnippetRequest {
            guide_root,
            item: WidgetItem::Section(section),
            theme,
            locale,
            query,
            load: LoadMode::Lazy,
            height: None,
            name: None,
        }
    }

    /// The site page the widget shows, in its language.
    pub fn page(&self) -> Page {
        Page::site(self.item.kind()).in_locale(self.locale)
    }

    /// The section's options from `query`, without `theme`.
    fn options(&self) -> String {
        let options = full_page_path("/", self.query);
        options.strip_prefix("/?").unwrap_or("").to_string()
    }

    /// The `<script>` that loads the widget in an iframe.
    pub fn loader(&self) -> String {
        format!(
            "<script{} async></script>",
            render_attrs(&self.loader_attrs())
        )
    }

    /// The attributes of [`SnippetRequest::loader`]'s script, unescaped:
    /// the builder's preview makes the same element.
    pub fn loader_attrs(&self) -> Vec<(&'static str, String)> {
        let mut attrs = vec![
            ("src", format!("{}embed.js", self.guide_root)),
            ("data-section", self.item.section().key().to_string()),
        ];
        match &self.item {
            WidgetItem::Section(_) => {}
            WidgetItem::Skill(id) => attrs.push(("data-skill", id.clone())),
            WidgetItem::Chart(key) => attrs.push(("data-chart", key.clone())),
        }
        attrs.push(("data-theme", self.theme.key().to_string()));
        if self.locale != Locale::En {
            attrs.push(("data-lang", self.locale.code().to_string()));
        }
        if self.load != LoadMode::Lazy {
            attrs.push(("data-load", self.load.key().to_string()));
        }
        if let Some(height) = self.height {
            attrs.push(("data-height", height.to_string()));
        }
        if let Some(name) = self.name {
            attrs.push(("data-title", name.to_string()));
        }
        let options = self.options();
        if !options.is_empty() {
            attrs.push(("data-query", options));
        }
        attrs
    }

    /// The embed view's address, with its options and theme: what the plain
    /// iframe and `embed.js` load.
    pub fn embed_url(&self) -> String {
        format!("{}{}", self.guide_root, self.embed_path())
    }

    /// [`SnippetRequest::embed_url`] relative to the guide's root:
    /// `hi/embed/skills?theme=dark`.
    pub fn embed_path(&self) -> String {
        let options = self.options();
        let theme = query_string([("theme", self.theme.key())]);
        let query = if options.is_empty() {
            theme
        } else {
            format!("{options}&{theme}")
        };
        format!("{}?{query}", self.page().embed_address())
    }

    /// The full page's address, with the section's options: the link under
    /// the plain iframe, and what to paste into WordPress or Ghost.
    pub fn page_url(&self) -> String {
        let page = self.page();
        with_query(
            &format!("{}{}", self.guide_root, page.address(page.locale)),
            &self.options(),
        )
    }

    /// A plain iframe of the widget's embed view, for sites that strip
    /// scripts (WordPress.com, Medium, Notion): a fixed height, its name
    /// (or `title`, the page's title) as its accessible name, and a link to
    /// the full page below it.
    pub fn iframe(&self, title: &str) -> String {
        let name = self.name.unwrap_or(title);
        let height = self.height.unwrap_or(FIXED_HEIGHT);
        iframe_html(&self.embed_url(), name, height, Some("100%"))
            + &format!(
                "\n<p><a href=\"{}\">{}</a></p>",
                escape(&self.page_url()),
                escape(name)
            )
    }

    /// The module script and the `<backend-guide>` element (no iframe). It
    /// shows whole sections: for a card or a chart, its section.
    pub fn inline(&self) -> String {
        let mut attrs = vec![
            ("section", self.item.section().key().to_string()),
            ("theme", self.theme.key().to_string()),
        ];
        if self.locale != Locale::En {
            attrs.push(("lang", self.locale.code().to_string()));
        }
        format!(
            "<script type=\"module\" src=\"{}\"></script>\n<backend-guide{}></backend-guide>",
            escape(&format!("{}backend-guide-element.js", self.guide_root)),
            render_attrs(&attrs)
        )
    }
}

/// `<iframe src title width height loading="lazy">`, every value escaped;
/// `width` is px unless given (`100%` fills the host's column).
pub fn iframe_html(src: &str, title: &str, height: u32, width: Option<&str>) -> String {
    let attrs = [
        ("src", src.to_string()),
        ("title", title.to_string()),
        (
            "width",
            width.map_or_else(|| OEMBED_WIDTH.to_string(), str::to_string),
        ),
        ("height", height.to_string()),
        ("loading", "lazy".to_string()),
    ];
    format!("<iframe{}></iframe>", render_attrs(&attrs))
}

fn render_attrs(attrs: &[(&str, String)]) -> String {
    attrs
        .iter()
        .map(|(name, value)| format!(" {name}=\"{}\"", escape(value)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_a_well_formed_set_theme_is_a_host_message() {
        // A host page (or any script in it) can post anything; only the one
        // documented shape with a known theme may act.
        let check = |data: serde_json::Value, expected: Option<HostMessage>| {
            assert_eq!(parse_host_message(&data.to_string()), expected, "{data}");
        };
        check(
            json!({"backendGuide": {"setTheme": "dark"}}),
            Some(HostMessage::SetTheme(Theme::Dark)),
        );
        check(
            json!({"backendGuide": {"setTheme": "auto"}, "other": 1}),
            Some(HostMessage::SetTheme(Theme::Auto)),
        );
        check(json!({"backendGuide": {"setTheme": "blue"}}), None);
        check(json!({"backendGuide": {"setTheme": "Dark"}}), None);
        check(json!({"backendGuide": {"setTheme": 1}}), None);
        check(json!({"backendGuide": {"setTheme": null}}), None);
        check(json!({"backendGuide": {"setTheme": ["dark"]}}), None);
        check(json!({"backendGuide": {"setTheme": "dark", "x": 1}}), None);
        check(json!({"backendGuide": {"height": 300}}), None);
        check(json!({"backendGuide": "dark"}), None);
        check(json!({"setTheme": "dark"}), None);
        check(json!("dark"), None);
        check(json!(null), None);
        check(json!([{"backendGuide": {"setTheme": "dark"}}]), None);
        check(json!({"backendGuide": ["dark"]}), None);
        check(json!([{"setTheme": "dark"}]), None);
        assert_eq!(parse_host_message("not json"), None);
    }

    #[test]
    fn height_messages_are_rounded_up_and_bounded() {
        // The loader sizes the iframe from this; a fraction rounded down would clip a line.
        assert_eq!(
            height_message(412.2).as_deref(),
            Some(r#"{"backendGuide":{"height":413}}"#)
        );
        assert_eq!(
            height_message(1e9).as_deref(),
            Some(r#"{"backendGuide":{"height":100000}}"#)
        );
        assert_eq!(height_message(f64::NAN), None);
        assert_eq!(height_message(0.0), None);
        assert_eq!(height_message(-3.0), None);
    }

    #[test]
    fn only_a_wordpress_shaped_secret_is_echoed() {
        // The secret goes back to the parent verbatim: nothing but WordPress's
        // letters and digits may pass, or a crafted address could say anything.
        let check = |hash: &str, expected: Option<&str>| {
            assert_eq!(wordpress_secret(hash).as_deref(), expected, "{hash}");
        };
        check("#?secret=abc", Some("abc"));
        check("#?secret=Ab12Cd34Ef", Some("Ab12Cd34Ef"));
        check("#?x=1&secret=abc", Some("abc"));
        check("#?secret=", None);
        check("#?secret=a%22b", None);
        check("#?secret=a<b", None);
        check("#?secret=a+b", None);
        check(&format!("#?secret={}", "a".repeat(65)), None);
        check("#secret=abc", None);
        check("?secret=abc", None);
        check("", None);
        assert_eq!(
            wordpress_height_message("abc", 412.2).as_deref(),
            Some(r#"{"message":"height","secret":"abc","value":413}"#)
        );
        assert_eq!(wordpress_height_message("abc", f64::NAN), None);
        assert_eq!(wordpress_height_message("abc", 0.0), None);
    }

    #[test]
    fn embed_paths_are_recognised_under_the_base() {
        assert!(is_embed_path("", "/embed/skills"));
        assert!(is_embed_path("", "/embed"));
        assert!(is_embed_path("/guide", "/guide/embed/skills/rust"));
        assert!(!is_embed_path("", "/embedded"));
        assert!(!is_embed_path("", "/skills"));
        assert!(!is_embed_path("/guide", "/embed/skills"));
    }

    #[test]
    fn the_theme_parameter_is_read_strictly() {
        assert_eq!(theme_from_query("?q=py&theme=dark"), Some(Theme::Dark));
        assert_eq!(theme_from_query("theme=light"), Some(Theme::Light));
        assert_eq!(theme_from_query("?theme=Dark"), None);
        assert_eq!(theme_from_query("?themes=dark"), None);
        assert_eq!(theme_from_query(""), None);
    }

    #[test]
    fn the_full_page_keeps_the_section_options_but_not_the_theme() {
        // "Open in Backend Guide" must land on the same view, in the reader's own theme.
        let check = |route: &str, search: &str, expected: &str| {
            assert_eq!(full_page_path(route, search), expected, "{route}{search}");
        };
        check("/overview", "?theme=dark", "/");
        check("/", "", "/");
        check(
            "/skills",
            "?q=py&theme=dark&category=language",
            "/skills?q=py&category=language",
        );
        check("/skills/rust", "?theme=auto", "/skills/rust");
        check("/careers", "?region=eu", "/careers?region=eu");
        check(
            "/skills",
            "?q=c%23+%26+c%2B%2B",
            "/skills?q=c%23%20%26%20c%2B%2B",
        );
    }

    #[test]
    fn snippets_name_the_section_theme_and_options() {
        let request = SnippetRequest::section(
            "https://guide.example/",
            SectionId::Skills,
            Theme::Dark,
            Locale::En,
            "q=py&category=language&theme=light",
        );
        assert_eq!(
            request.loader(),
            "<script src=\"https://guide.example/embed.js\" data-section=\"skills\" data-theme=\"dark\" data-query=\"q=py&amp;category=language\" async></script>"
        );
        assert_eq!(
            request.inline(),
            "<script type=\"module\" src=\"https://guide.example/backend-guide-element.js\"></script>\n<backend-guide section=\"skills\" theme=\"dark\"></backend-guide>"
        );
        assert_eq!(
            request.iframe("Skills — Backend Guide"),
            "<iframe src=\"https://guide.example/embed/skills?q=py&amp;category=language&amp;theme=dark\" title=\"Skills — Backend Guide\" width=\"100%\" height=\"600\" loading=\"lazy\"></iframe>\n<p><a href=\"https://guide.example/skills?q=py&amp;category=language\">Skills — Backend Guide</a></p>"
        );
        let hostile = SnippetRequest::section(
            "https://guide.example/\"><x/",
            SectionId::Overview,
            Theme::Auto,
            Locale::En,
            "",
        );
        assert_eq!(
            hostile.loader(),
            "<script src=\"https://guide.example/&quot;&gt;&lt;x/embed.js\" data-section=\"overview\" data-theme=\"auto\" async></script>"
        );
        // Whatever the builder is given stays inside its attribute or text.
        let injected = SnippetRequest::section(
            "https://guide.example/\"><script>",
            SectionId::Overview,
            Theme::Auto,
            Locale::En,
            "q=\"><script>alert(1)</script>",
        );
        for snippet in [
            injected.loader(),
            injected.inline(),
            injected.iframe("\"><script>alert(2)</script>"),
        ] {
            assert!(!snippet.contains("<script>"), "{snippet}");
            assert!(!snippet.contains("</script><"), "{snippet}");
        }
        assert!(injected
            .iframe("t")
            .starts_with("<iframe src=\"https://guide.example/&quot;&gt;&lt;script&gt;embed/overview?q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E&amp;theme=auto\""));
        let hindi = SnippetRequest::section(
            "https://guide.example/",
            SectionId::Path,
            Theme::Light,
            Locale::Hi,
            "",
        );
        assert_eq!(
            hindi.loader(),
            "<script src=\"https://guide.example/embed.js\" data-section=\"path\" data-theme=\"light\" data-lang=\"hi\" async></script>"
        );
        assert_eq!(
            hindi.iframe("पाथ — बैकएंड गाइड"),
            "<iframe src=\"https://guide.example/hi/embed/path?theme=light\" title=\"पाथ — बैकएंड गाइड\" width=\"100%\" height=\"600\" loading=\"lazy\"></iframe>\n<p><a href=\"https://guide.example/hi/path\">पाथ — बैकएंड गाइड</a></p>"
        );
        assert!(hindi.inline().ends_with(
            "<backend-guide section=\"path\" theme=\"light\" lang=\"hi\"></backend-guide>"
        ));
    }
}
