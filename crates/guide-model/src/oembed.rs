//! oEmbed (oembed.com): what WordPress, Ghost and other consumers read to
//! turn a pasted page address into the page's embed view. Each embeddable
//! page has a static answer, `oembed/<page>.json`, written at build time,
//! and its head points to it (`Meta::oembed`).

use serde::Serialize;

use crate::embed::{iframe_html, FIXED_HEIGHT, OEMBED_WIDTH};
use crate::pages::{Meta, Page, PREVIEW_SIZE};
use crate::site::Site;

/// How long (seconds) a consumer may keep an answer: a day, as content changes rarely.
pub const CACHE_AGE: u32 = 86_400;

/// A `rich` oEmbed answer: an iframe of the page's embed view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OEmbed {
    pub version: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: String,
    pub provider_name: String,
    pub provider_url: String,
    pub cache_age: u32,
    pub html: String,
    pub width: u32,
    pub height: u32,
    pub thumbnail_url: String,
    pub thumbnail_width: u32,
    pub thumbnail_height: u32,
}

impl OEmbed {
    /// The answer for `page` (whose head is `meta`), or `None` if the page
    /// has no embed view to offer. `root` is the guide's absolute address
    /// with its sub-path and a trailing slash.
    pub fn of(page: &Page, meta: &Meta, site: &Site, root: &str) -> Option<Self> {
        page.oembed_file()?;
        let src = format!("{root}{}", page.embed_address());
        let frame_title = format!("{}: {}", site.name, meta.heading);
        let (thumbnail_width, thumbnail_height) = PREVIEW_SIZE;
        Some(Self {
            version: "1.0",
            kind: "rich",
            title: meta.title.clone(),
            provider_name: site.name.clone(),
            provider_url: format!("{root}{}", page.locale.path_prefix()),
            cache_age: CACHE_AGE,
            html: iframe_html(&src, &frame_title, FIXED_HEIGHT, None),
            width: OEMBED_WIDTH,
            height: FIXED_HEIGHT,
            thumbnail_url: meta.image.clone(),
            thumbnail_width,
            thumbnail_height,
        })
    }

    /// The file's text.
    pub fn to_json(&self) -> String {
        // A struct of strings and numbers always serializes.
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }
}

/// The `title` of an oEmbed answer's JSON text; `None` if it has none.
pub fn title_in(json: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Titled {
        title: String,
    }
    crate::read::from_str::<Titled>(json).ok().map(|t| t.title)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content_file::decode;
    use crate::locale::Locale;
    use crate::pages::{meta, HeadContent, PageKind};
    use crate::site::SectionId;
    use crate::{Overview, SkillsFile};

    const ROOT: &str = "https://guide.example/guide/";

    fn answer(page: Page) -> Option<serde_json::Value> {
        let (site, overview, skills): (Site, Overview, SkillsFile) = (
            decode("site.json", include_str!("../fixtures/site.json")).unwrap(),
            decode("overview.json", include_str!("../fixtures/overview.json")).unwrap(),
            crate::skills::tests::fixture(),
        );
        let content = HeadContent {
            site: &site,
            overview: &overview,
            skills: &skills,
            careers: &decode("careers.json", include_str!("../fixtures/careers.json")).unwrap(),
        };
        let head = meta(&page, content, ROOT);
        OEmbed::of(&page, &head, &site, ROOT).map(|o| serde_json::from_str(&o.to_json()).unwrap())
    }

    #[test]
    fn a_page_answers_with_an_iframe_of_its_embed_view() {
        // WordPress and Ghost embed exactly what `html` says, sized by width
        // and height; every address must be absolute.
        let python = answer(Page::site(PageKind::Skill("python".into()))).unwrap();
        assert_eq!(
            python,
            serde_json::json!({
                "version": "1.0",
                "type": "rich",
                "title": "Python — Backend Guide",
                "provider_name": "Backend Guide",
                "provider_url": ROOT,
                "cache_age": 86400,
                "html": "<iframe src=\"https://guide.example/guide/embed/skills/python\" title=\"Backend Guide: Python\" width=\"720\" height=\"600\" loading=\"lazy\"></iframe>",
                "width": 720,
                "height": 600,
                "thumbnail_url": "https://guide.example/guide/og/skills.png",
                "thumbnail_width": 1200,
                "thumbnail_height": 630,
            })
        );
        let home = answer(Page::site(PageKind::Section(SectionId::Overview))).unwrap();
        assert!(home["html"]
            .as_str()
            .unwrap()
            .starts_with("<iframe src=\"https://guide.example/guide/embed/overview\""));
    }

    #[test]
    fn a_hindi_page_answers_in_hindi_with_its_hindi_embed_view() {
        let page = Page::site(PageKind::Section(SectionId::Skills)).in_locale(Locale::Hi);
        let hindi = answer(page).unwrap();
        let html = hindi["html"].as_str().unwrap();
        assert!(
            html.starts_with("<iframe src=\"https://guide.example/guide/hi/embed/skills\""),
            "{html}"
        );
        assert_eq!(hindi["provider_url"], "https://guide.example/guide/hi/");
        assert_eq!(
            hindi["thumbnail_url"],
            "https://guide.example/guide/og/hi/skills.png"
        );
    }

    #[test]
    fn only_pages_with_an_embed_view_answer() {
        // An embed view or the not-found page is not a page to paste.
        assert_eq!(answer(Page::site(PageKind::NotFound)), None);
        assert_eq!(answer(Page::embed(PageKind::Skill("python".into()))), None);
        let file = |page: Page| page.oembed_file();
        assert_eq!(
            file(Page::site(PageKind::Section(SectionId::Overview))).as_deref(),
            Some("oembed/index.json")
        );
        assert_eq!(
            file(Page::site(PageKind::Skill("python".into())).in_locale(Locale::Hi)).as_deref(),
            Some("oembed/hi/skills/python.json")
        );
        assert_eq!(
            file(Page::site(PageKind::Section(SectionId::Overview)).in_locale(Locale::Hi))
                .as_deref(),
            Some("oembed/hi/index.json")
        );
    }
}
