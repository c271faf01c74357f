//! Embedding the guide in other sites: the messages a host page may send,
//! the full-page link of an embed view, and the snippets the Embed dialog
//! offers. Pure functions, tested natively; the DOM side is `crate::frame`.

use serde_json::Value;

use super::site::SectionId;
use super::theme::Theme;

/// The path prefix of embed views, after the app's base path.
pub const EMBED_PREFIX: &str = "/embed";

/// Heights (CSS px) the loader script accepts; the same bounds are in `embed.js`.
pub const MAX_HEIGHT: f64 = 100_000.0;

/// What a host page may ask of an embed view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostMessage {
    SetTheme(Theme),
}

/// Reads `{ "backendGuide": { "setTheme": "dark" } }`. Anything else — another
/// shape, extra keys on `backendGuide`, a non-string or unknown theme — is
/// `None`, so a stray or hostile message changes nothing.
pub fn parse_host_message(data: &Value) -> Option<HostMessage> {
    let inner = data.as_object()?.get("backendGuide")?.as_object()?;
    if inner.len() != 1 {
        return None;
    }
    let theme = inner.get("setTheme")?.as_str()?;
    Theme::parse(theme).map(HostMessage::SetTheme)
}

/// The message an embed view sends its parent when its height changes.
pub fn height_message(height: f64) -> Option<String> {
    (height.is_finite() && height > 0.0).then(|| {
        let px = height.ceil().min(MAX_HEIGHT);
        format!(r#"{{"backendGuide":{{"height":{px}}}}}"#)
    })
}

/// The origin of a URL such as `document.referrer`, for `postMessage`'s target.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if !matches!(scheme, "http" | "https") {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty() && !host.contains('@')).then(|| format!("{scheme}://{host}"))
}

/// The guide's root URL (with a trailing slash) from its `<base href>`.
pub fn guide_root(base_uri: &str) -> String {
    let url = base_uri.split(['?', '#']).next().unwrap_or_default();
    match url.rfind('/') {
        Some(i) if url.contains("://") && i > url.find("://").unwrap_or(0) + 2 => {
            url[..=i].to_string()
        }
        _ => format!("{}/", url.trim_end_matches('/')),
    }
}

/// The value of `key` in a query string (`?a=1&b=2` or `a=1&b=2`), raw.
pub fn query_value<'a>(search: &'a str, key: &str) -> Option<&'a str> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// The theme an embed view starts in: its `theme=` parameter, or auto.
pub fn theme_from_query(search: &str) -> Theme {
    query_value(search, "theme")
        .and_then(Theme::parse)
        .unwrap_or_default()
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
    let query = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some("theme"))
        .collect::<Vec<_>>()
        .join("&");
    if query.is_empty() {
        route.to_string()
    } else {
        format!("{route}?{query}")
    }
}

/// The embed route of a section: `/overview`, `/skills`, `/skills/rust`, …
pub fn embed_route(section: SectionId, skill: Option<&str>) -> String {
    match (section, skill) {
        (SectionId::Overview, _) => "/overview".to_string(),
        (SectionId::Skills, Some(id)) => format!("/skills/{id}"),
        (other, _) => other.path().to_string(),
    }
}

/// What the Embed dialog offers for one section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetRequest<'a> {
    /// The guide's root URL with a trailing slash: `https://guide.example/`.
    pub guide_root: &'a str,
    pub section: SectionId,
    pub skill: Option<&'a str>,
    pub theme: Theme,
    /// The section's options (`q=py&category=language`), without `?` or `theme`.
    pub query: &'a str,
}

impl SnippetRequest<'_> {
    /// The `<script>` that loads the section in an iframe.
    pub fn loader(&self) -> String {
        let mut attrs = vec![
            ("src", format!("{}embed.js", self.guide_root)),
            ("data-section", self.section.key().to_string()),
        ];
        if let (SectionId::Skills, Some(skill)) = (self.section, self.skill) {
            attrs.push(("data-skill", skill.to_string()));
        }
        attrs.push(("data-theme", self.theme.key().to_string()));
        let query = full_page_path("/", self.query);
        if let Some(query) = query.strip_prefix("/?") {
            attrs.push(("data-query", query.to_string()));
        }
        format!("<script{} async></script>", render_attrs(&attrs))
    }

    /// The module script and the `<backend-guide>` element (no iframe).
    pub fn inline(&self) -> String {
        let attrs = [
            ("section", self.section.key().to_string()),
            ("theme", self.theme.key().to_string()),
        ];
        format!(
            "<script type=\"module\" src=\"{}\"></script>\n<backend-guide{}></backend-guide>",
            escape_attr(&format!("{}backend-guide-element.js", self.guide_root)),
            render_attrs(&attrs)
        )
    }
}

fn render_attrs(attrs: &[(&str, String)]) -> String {
    attrs
        .iter()
        .map(|(name, value)| format!(" {name}=\"{}\"", escape_attr(value)))
        .collect()
}

/// Escapes a value for a double-quoted HTML attribute.
pub fn escape_attr(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_a_well_formed_set_theme_is_a_host_message() {
        // A host page (or any script in it) can post anything; only the one
        // documented shape with a known theme may act.
        let check = |data: Value, expected: Option<HostMessage>| {
            assert_eq!(parse_host_message(&data), expected, "{data}");
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
    fn origins_come_from_http_urls_only() {
        assert_eq!(
            origin_of("https://blog.example:8443/post/1?x#y").as_deref(),
            Some("https://blog.example:8443")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:18433/").as_deref(),
            Some("http://127.0.0.1:18433")
        );
        assert_eq!(origin_of(""), None);
        assert_eq!(origin_of("about:blank"), None);
        assert_eq!(origin_of("file:///tmp/x.html"), None);
        assert_eq!(origin_of("https://user@evil.example/"), None);
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
        assert_eq!(theme_from_query("?q=py&theme=dark"), Theme::Dark);
        assert_eq!(theme_from_query("theme=light"), Theme::Light);
        assert_eq!(theme_from_query("?theme=Dark"), Theme::Auto);
        assert_eq!(theme_from_query("?themes=dark"), Theme::Auto);
        assert_eq!(theme_from_query(""), Theme::Auto);
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
    }

    #[test]
    fn snippets_name_the_section_theme_and_options() {
        let request = SnippetRequest {
            guide_root: "https://guide.example/",
            section: SectionId::Skills,
            skill: None,
            theme: Theme::Dark,
            query: "q=py&category=language&theme=light",
        };
        assert_eq!(
            request.loader(),
            "<script src=\"https://guide.example/embed.js\" data-section=\"skills\" data-theme=\"dark\" data-query=\"q=py&amp;category=language\" async></script>"
        );
        assert_eq!(
            request.inline(),
            "<script type=\"module\" src=\"https://guide.example/backend-guide-element.js\"></script>\n<backend-guide section=\"skills\" theme=\"dark\"></backend-guide>"
        );
        let detail = SnippetRequest {
            skill: Some("rust\"><x"),
            query: "",
            theme: Theme::Auto,
            ..request
        };
        assert_eq!(
            detail.loader(),
            "<script src=\"https://guide.example/embed.js\" data-section=\"skills\" data-skill=\"rust&quot;&gt;&lt;x\" data-theme=\"auto\" async></script>"
        );
        let overview = SnippetRequest {
            section: SectionId::Overview,
            skill: Some("ignored"),
            ..detail
        };
        assert!(overview
            .loader()
            .contains("data-section=\"overview\" data-theme=\"auto\" async"));
    }

    #[test]
    fn the_guide_root_keeps_its_sub_path() {
        assert_eq!(guide_root("http://h:1/"), "http://h:1/");
        assert_eq!(guide_root("http://h:1/guide/"), "http://h:1/guide/");
        assert_eq!(
            guide_root("http://h:1/guide/index.html?x"),
            "http://h:1/guide/"
        );
        assert_eq!(guide_root("http://h:1"), "http://h:1/");
    }

    #[test]
    fn embed_routes_per_section() {
        assert_eq!(embed_route(SectionId::Overview, None), "/overview");
        assert_eq!(embed_route(SectionId::Skills, Some("go")), "/skills/go");
        assert_eq!(embed_route(SectionId::Careers, Some("go")), "/careers");
    }
}
