//! Every page the guide serves as a file, and what search engines and link
//! previews read about it: title, description, canonical URL, preview
//! image, breadcrumbs and structured data. The build-time renderer writes
//! one HTML file per [`Page`]; the app's views take their document titles
//! from the same functions, so the title never changes when the app takes
//! over a prerendered page.

use serde_json::json;

use crate::html::{escape, script_json};
use crate::locale::Locale;
use crate::site::{SectionId, Site};
use crate::skills::SkillsFile;
use crate::{Careers, Overview};

/// The path prefix of embed views, after the app's base path.
pub const EMBED_PREFIX: &str = "/embed";

/// Width and height of the link-preview images (`Page::preview`).
pub const PREVIEW_SIZE: (u32, u32) = (1200, 630);

/// What a page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageKind {
    /// A section's own page (the overview is `/`).
    Section(SectionId),
    /// One skill: `/skills/<id>`.
    Skill(String),
    /// The side-by-side table with nothing chosen yet.
    SideBySide,
    /// One chart of the careers page: `/careers/charts/<key>`
    /// ([`crate::careers::chart_key`]).
    Chart(String),
    /// The widget builder for site owners: `/widget`. A page of the site
    /// only, with no embed view.
    Widget,
    /// Any address the guide does not know (served with status 404).
    NotFound,
}

/// A page, whether it is the embed view of it, and its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub kind: PageKind,
    pub embed: bool,
    pub locale: Locale,
}

impl Page {
    pub fn site(kind: PageKind) -> Self {
        Self {
            kind,
            embed: false,
            locale: Locale::En,
        }
    }

    pub fn embed(kind: PageKind) -> Self {
        Self {
            kind,
            embed: true,
            locale: Locale::En,
        }
    }

    /// The same page in `locale`.
    pub fn in_locale(self, locale: Locale) -> Self {
        Self { locale, ..self }
    }

    /// The page's route inside the app, as the router sees it (under the
    /// base, and under `/embed` for an embed view): `/`, `/skills/python`.
    pub fn route(&self) -> String {
        match &self.kind {
            PageKind::Section(SectionId::Overview) if self.embed => "/overview".into(),
            PageKind::Section(section) => section.path().into(),
            PageKind::Skill(id) => format!("/skills/{id}"),
            PageKind::SideBySide => "/skills/side-by-side".into(),
            PageKind::Chart(key) => format!("/careers/charts/{key}"),
            PageKind::Widget => "/widget".into(),
            PageKind::NotFound => "/404".into(),
        }
    }

    /// The page's address under its locale's base path: `/skills`,
    /// `/embed/overview` (both in English and in Hindi, under `/hi`).
    pub fn path(&self) -> String {
        if self.embed {
            format!("{EMBED_PREFIX}{}", self.route())
        } else {
            self.route()
        }
    }

    /// The file it is written to, relative to the build folder. A page is
    /// `<path>/index.html`, so `/skills` is served without a redirect; the
    /// not-found pages are `404.html` and `embed/404.html`, which the server
    /// sends with status 404 for any unknown address.
    /// A Hindi page is the same under `hi/`.
    pub fn file(&self) -> String {
        let file = match self.kind {
            PageKind::NotFound if self.embed => format!("{}/404.html", &EMBED_PREFIX[1..]),
            PageKind::NotFound => "404.html".into(),
            _ => {
                let path = self.path();
                let dir = path.trim_matches('/');
                if dir.is_empty() {
                    "index.html".into()
                } else {
                    format!("{dir}/index.html")
                }
            }
        };
        format!("{}{file}", self.locale.path_prefix())
    }

    /// The page's address relative to the site's root, locale included:
    /// `skills`, `hi/skills`, `hi/` (what follows `https://guide.example/guide/`).
    pub fn address(&self, locale: Locale) -> String {
        format!(
            "{}{}",
            locale.path_prefix(),
            self.route().trim_start_matches('/')
        )
    }

    /// The address of its embed view relative to the site's root, locale
    /// included: `embed/skills`, `hi/embed/overview`.
    pub fn embed_address(&self) -> String {
        let view = Page {
            embed: true,
            ..self.clone()
        };
        format!(
            "{}{}",
            self.locale.path_prefix(),
            view.path().trim_start_matches('/')
        )
    }

    /// Whether the page has an embed view: every page but the builder.
    pub fn embeddable(&self) -> bool {
        self.kind != PageKind::Widget
    }

    /// Its oEmbed answer's file (`crate::oembed`), relative to the build
    /// folder: `oembed/skills/python.json`, `oembed/hi/index.json`. Only the
    /// site's own pages that have an embed view have one: an embed view or
    /// the not-found page is not a page to paste.
    pub fn oembed_file(&self) -> Option<String> {
        (self.indexed() && self.embeddable()).then(|| {
            let route = self.route();
            let name = match route.trim_matches('/') {
                "" => "index",
                other => other,
            };
            format!("oembed/{}{name}.json", self.locale.path_prefix())
        })
    }

    /// Whether search engines should list it: embed views and the not-found
    /// page are not pages of their own.
    pub fn indexed(&self) -> bool {
        !self.embed && self.kind != PageKind::NotFound
    }

    /// The section the page belongs to (its preview image and breadcrumb).
    pub fn section(&self) -> SectionId {
        match self.kind {
            PageKind::Section(section) => section,
            PageKind::Skill(_) | PageKind::SideBySide => SectionId::Skills,
            PageKind::Chart(_) => SectionId::Careers,
            PageKind::Widget | PageKind::NotFound => SectionId::Overview,
        }
    }

    /// Its link-preview image, relative to the site's root: its section's,
    /// drawn in its language (`og/hi/skills.png`).
    pub fn preview(&self) -> String {
        format!(
            "og/{}{}.png",
            self.locale.path_prefix(),
            self.section().key()
        )
    }
}

/// Every page to write in `locale`: each section, each skill in `skills.json`,
/// each careers chart, the empty side-by-side table and the not-found page,
/// on the site and as embed views, and the widget builder. A skill or chart
/// added to the content gets its pages with no code change.
pub fn all_pages(skills: &SkillsFile, careers: &Careers, locale: Locale) -> Vec<Page> {
    let mut kinds: Vec<PageKind> = SectionId::ALL.into_iter().map(PageKind::Section).collect();
    kinds.extend(skills.skills.iter().map(|s| PageKind::Skill(s.id.clone())));
    kinds.extend(careers.chart_keys().into_iter().map(PageKind::Chart));
    kinds.push(PageKind::SideBySide);
    kinds.push(PageKind::NotFound);
    kinds.push(PageKind::Widget);
    let embeds: Vec<Page> = kinds
        .iter()
        .cloned()
        .map(Page::embed)
        .filter(Page::embeddable)
        .collect();
    kinds
        .into_iter()
        .map(Page::site)
        .chain(embeds)
        .map(|page| page.in_locale(locale))
        .collect()
}

/// The document title of a page whose heading is `heading`.
pub fn document_title(heading: &str, site: &Site) -> String {
    format!("{heading} — {}", site.name)
}

/// The heading of a page of `kind` in `locale`; `None` for the overview,
/// whose heading is in `overview.json`.
fn heading_of(
    kind: &PageKind,
    locale: Locale,
    site: &Site,
    skills: &SkillsFile,
    careers: &Careers,
) -> Option<String> {
    Some(match kind {
        PageKind::Section(SectionId::Overview) => return None,
        PageKind::Section(section) => site
            .nav_item(*section)
            .map_or(site.name.clone(), |i| i.title.clone()),
        PageKind::Skill(id) => skills.skill(id).map_or(id.clone(), |s| s.name.clone()),
        PageKind::SideBySide => skills.page.compare.title.clone(),
        PageKind::Chart(key) => careers
            .chart_in(key, locale)
            .map_or(key.clone(), |c| c.title),
        PageKind::Widget => site.widget.title.clone(),
        PageKind::NotFound => site.not_found.title.clone(),
    })
}

/// The document title of a page of `kind` in `locale`: what its tab, its
/// oEmbed answer and the iframes that show it are called.
pub fn title_of(
    kind: &PageKind,
    locale: Locale,
    site: &Site,
    skills: &SkillsFile,
    careers: &Careers,
) -> String {
    heading_of(kind, locale, site, skills, careers).map_or_else(
        || home_title(site),
        |heading| document_title(&heading, site),
    )
}

/// The overview's document title: the guide's name and what it is for.
pub fn home_title(site: &Site) -> String {
    format!("{} — {}", site.name, site.tagline)
}

/// The content a page's head is made from.
#[derive(Debug, Clone, Copy)]
pub struct HeadContent<'a> {
    pub site: &'a Site,
    pub overview: &'a Overview,
    pub skills: &'a SkillsFile,
    pub careers: &'a Careers,
}

/// What a page's `<head>` says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    pub title: String,
    /// The page's heading, for structured data and image descriptions.
    pub heading: String,
    pub description: String,
    /// The page's absolute address; `None` for pages that are not indexed.
    pub canonical: Option<String>,
    /// The page's language.
    pub locale: Locale,
    /// (hreflang, absolute URL) of the page in every language, and
    /// `x-default` (the English page); empty for pages that are not indexed.
    pub alternates: Vec<(String, String)>,
    /// The link-preview image, absolute.
    pub image: String,
    /// (name, absolute URL) from the home page down to this page.
    pub breadcrumbs: Vec<(String, String)>,
    /// One skill's page is an article; the rest are web pages.
    pub article: bool,
    /// The page's oEmbed answer, absolute; `None` for pages without one.
    pub oembed: Option<String>,
    /// The web app manifest of the page's language, relative to `<base>`
    /// (`hi/manifest.webmanifest`); `None` for embed views.
    pub manifest: Option<String>,
}

/// The name of each language's web app manifest, written beside its pages
/// by scripts/service-worker.mjs.
pub const MANIFEST_FILE: &str = "manifest.webmanifest";

/// The browser's colour around the page (`theme-color`), light and dark:
/// the page colour of style/main.css, as in the manifest.
pub const THEME_COLORS: [(&str, &str); 2] = [("light", "#fbfaf7"), ("dark", "#15171c")];

/// The head of `page`. `root` is the guide's absolute address with its
/// sub-path and a trailing slash: `https://guide.example/guide/`.
pub fn meta(page: &Page, content: HeadContent, root: &str) -> Meta {
    let HeadContent {
        site,
        overview,
        skills,
        careers,
    } = content;
    let prefix = page.locale.path_prefix();
    let url = |path: &str| format!("{root}{prefix}{}", path.trim_start_matches('/'));
    let nav = |section: SectionId| site.nav_item(section);
    let heading = heading_of(&page.kind, page.locale, site, skills, careers)
        .unwrap_or_else(|| overview.title.clone());
    let title = title_of(&page.kind, page.locale, site, skills, careers);
    let description = match &page.kind {
        PageKind::Section(SectionId::Overview) => overview.lead.clone(),
        PageKind::Section(section) => {
            nav(*section).map_or(site.tagline.clone(), |i| i.summary.clone())
        }
        PageKind::Skill(id) => skills
            .skill(id)
            .map_or(String::new(), |s| s.summary.clone()),
        PageKind::SideBySide => nav(SectionId::Skills).map_or(String::new(), |i| i.summary.clone()),
        PageKind::Chart(key) => careers
            .chart_in(key, page.locale)
            .map_or(String::new(), |c| c.caption),
        PageKind::Widget => site.widget.lead.clone(),
        PageKind::NotFound => site.not_found.text.clone(),
    };
    let mut breadcrumbs = vec![(site.name.clone(), url("/"))];
    if page.section() != SectionId::Overview {
        let label = nav(page.section()).map_or(site.name.clone(), |i| i.label.clone());
        breadcrumbs.push((label, url(page.section().path())));
    }
    if matches!(
        page.kind,
        PageKind::Skill(_) | PageKind::SideBySide | PageKind::Chart(_) | PageKind::Widget
    ) {
        breadcrumbs.push((heading.clone(), url(&page.route())));
    }
    let mut alternates: Vec<(String, String)> = Vec::new();
    if page.indexed() {
        for locale in Locale::ALL {
            alternates.push((
                locale.code().into(),
                format!("{root}{}", page.address(locale)),
            ));
        }
        alternates.push((
            "x-default".into(),
            format!("{root}{}", page.address(Locale::En)),
        ));
    }
    Meta {
        canonical: page.indexed().then(|| url(&page.route())),
        locale: page.locale,
        alternates,
        image: format!("{root}{}", page.preview()),
        breadcrumbs,
        article: matches!(page.kind, PageKind::Skill(_)),
        oembed: page.oembed_file().map(|file| format!("{root}{file}")),
        manifest: (!page.embed).then(|| format!("{prefix}{MANIFEST_FILE}")),
        title,
        heading,
        description,
    }
}

impl Meta {
    /// The tags that go into `<head>`: title, description, canonical URL,
    /// OpenGraph and Twitter card, and JSON-LD. Every value is escaped.
    pub fn head_html(&self, site: &Site) -> String {
        let mut tags = vec![
            format!("<title>{}</title>", escape(&self.title)),
            meta_tag("name", "description", &self.description),
        ];
        match &self.canonical {
            Some(url) => tags.push(format!("<link rel=\"canonical\" href=\"{}\">", escape(url))),
            None => tags.push(meta_tag("name", "robots", "noindex")),
        }
        if let Some(href) = &self.manifest {
            tags.push(format!("<link rel=\"manifest\" href=\"{}\">", escape(href)));
        }
        tags.extend(THEME_COLORS.iter().map(|(scheme, color)| {
            format!(
                "<meta name=\"theme-color\" media=\"(prefers-color-scheme: {scheme})\" content=\"{color}\">"
            )
        }));
        tags.extend(self.alternates.iter().map(|(lang, url)| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
                escape(lang),
                escape(url)
            )
        }));
        if let Some(url) = &self.oembed {
            tags.push(format!(
                "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
                escape(url),
                escape(&self.title)
            ));
        }
        let kind = if self.article { "article" } else { "website" };
        let image_alt = format!("{}: {}", site.name, self.heading);
        let (width, height) = PREVIEW_SIZE;
        let mut og = vec![
            ("og:type", kind.to_string()),
            ("og:site_name", site.name.clone()),
            ("og:title", self.title.clone()),
            ("og:description", self.description.clone()),
            ("og:locale", og_locale(self.locale).to_string()),
        ];
        og.extend(
            Locale::ALL
                .into_iter()
                .filter(|l| *l != self.locale)
                .map(|l| ("og:locale:alternate", og_locale(l).to_string())),
        );
        if let Some(url) = &self.canonical {
            og.push(("og:url", url.clone()));
        }
        og.extend([
            ("og:image", self.image.clone()),
            ("og:image:type", "image/png".to_string()),
            ("og:image:width", width.to_string()),
            ("og:image:height", height.to_string()),
            ("og:image:alt", image_alt.clone()),
        ]);
        tags.extend(og.iter().map(|(p, v)| meta_tag("property", p, v)));
        tags.extend(
            [
                ("twitter:card", "summary_large_image".to_string()),
                ("twitter:title", self.title.clone()),
                ("twitter:description", self.description.clone()),
                ("twitter:image", self.image.clone()),
                ("twitter:image:alt", image_alt),
            ]
            .iter()
            .map(|(n, v)| meta_tag("name", n, v)),
        );
        tags.push(format!(
            "<script type=\"application/ld+json\">{}</script>",
            script_json(&self.structured_data(site))
        ));
        tags.join("\n    ")
    }

    /// JSON-LD: the page (`Article` or `WebPage`) and its `BreadcrumbList`.
    pub fn structured_data(&self, site: &Site) -> serde_json::Value {
        let root = self.breadcrumbs.first().map(|(_, url)| url.clone());
        let mut page = json!({
            "@context": "https://schema.org",
            "@type": if self.article { "Article" } else { "WebPage" },
            "name": self.heading,
            "headline": self.heading,
            "description": self.description,
            "inLanguage": self.locale.code(),
            "image": self.image,
            "isPartOf": { "@type": "WebSite", "name": site.name, "url": root },
        });
        if let Some(url) = &self.canonical {
            page["url"] = json!(url);
        }
        let items: Vec<serde_json::Value> = self
            .breadcrumbs
            .iter()
            .enumerate()
            .map(|(i, (name, url))| {
                json!({ "@type": "ListItem", "position": i + 1, "name": name, "item": url })
            })
            .collect();
        json!([page, {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": items,
        }])
    }
}

/// OpenGraph's language_TERRITORY form: the guide is written for readers in India.
fn og_locale(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "en_IN",
        Locale::Hi => "hi_IN",
    }
}

fn meta_tag(attr: &str, key: &str, value: &str) -> String {
    format!("<meta {attr}=\"{key}\" content=\"{}\">", escape(value))
}

/// `sitemap.xml`: the address of every indexed page, each with its page in
/// every language (`xhtml:link` alternates, as search engines read them).
pub fn sitemap(pages: &[Page], root: &str) -> String {
    let urls: String = pages
        .iter()
        .filter(|p| p.indexed())
        .map(|p| {
            let url = format!("{root}{}", p.address(p.locale));
            let links: String = Locale::ALL
                .into_iter()
                .map(|l| (l.code(), p.address(l)))
                .chain([("x-default", p.address(Locale::En))])
                .map(|(lang, address)| {
                    format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\"/>",
                        escape(&format!("{root}{address}"))
                    )
                })
                .collect();
            format!("  <url><loc>{}</loc>{links}</url>\n", escape(&url))
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n{urls}</urlset>\n"
    )
}

/// `robots.txt`: everything may be crawled; the sitemap lists the pages.
pub fn robots(root: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {root}sitemap.xml\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content_file::decode;

    fn site() -> Site {
        decode("site.json", include_str!("../fixtures/site.json")).unwrap()
    }

    fn overview() -> Overview {
        decode("overview.json", include_str!("../fixtures/overview.json")).unwrap()
    }

    fn skills() -> SkillsFile {
        crate::skills::tests::fixture()
    }

    fn careers() -> Careers {
        decode("careers.json", include_str!("../fixtures/careers.json")).unwrap()
    }

    const ROOT: &str = "https://guide.example/guide/";

    fn meta_of(kind: PageKind) -> Meta {
        let (site, overview, skills) = (site(), overview(), skills());
        let content = HeadContent {
            site: &site,
            overview: &overview,
            skills: &skills,
            careers: &careers(),
        };
        meta(&Page::site(kind), content, ROOT)
    }

    #[test]
    fn every_skill_gets_a_page_and_an_embed_view() {
        // Adding a skill to skills.json must add its pages with no code change.
        let pages = all_pages(&skills(), &careers(), Locale::En);
        let files: Vec<String> = pages.iter().map(Page::file).collect();
        for expected in [
            "index.html",
            "skills/index.html",
            "skills/python/index.html",
            "skills/apis/index.html",
            "skills/side-by-side/index.html",
            "careers/index.html",
            "compare/index.html",
            "404.html",
            "embed/overview/index.html",
            "embed/skills/sql/index.html",
            "embed/404.html",
        ] {
            assert!(
                files.contains(&expected.to_string()),
                "{expected} in {files:?}"
            );
        }
        let mut unique = files.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), files.len(), "no two pages share a file");
        // Each section, skill and chart, the table and the not-found page,
        // twice (site and embed view); the builder once.
        let charts = careers().chart_keys();
        assert!(!charts.is_empty());
        for key in &charts {
            assert!(files.contains(&format!("careers/charts/{key}/index.html")));
            assert!(files.contains(&format!("embed/careers/charts/{key}/index.html")));
        }
        assert!(files.contains(&"widget/index.html".to_string()));
        assert!(!files.iter().any(|f| f.contains("embed/widget")));
        assert_eq!(
            pages.len(),
            2 * (SectionId::ALL.len() + skills().skills.len() + charts.len() + 2) + 1
        );
    }

    #[test]
    fn heads_name_the_page_and_its_place() {
        let python = meta_of(PageKind::Skill("python".into()));
        assert_eq!(python.title, format!("Python — {}", site().name));
        assert_eq!(python.description, "Readable and general.");
        assert_eq!(
            python.canonical.as_deref(),
            Some("https://guide.example/guide/skills/python")
        );
        assert_eq!(python.image, "https://guide.example/guide/og/skills.png");
        assert!(python.article);
        let crumbs: Vec<&str> = python.breadcrumbs.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(crumbs, [site().name.as_str(), "Skills", "Python"]);

        let home = meta_of(PageKind::Section(SectionId::Overview));
        assert_eq!(home.title, home_title(&site()));
        assert_eq!(home.canonical.as_deref(), Some(ROOT));
        assert_eq!(home.breadcrumbs.len(), 1);

        // WordPress and Ghost find the oEmbed answer from this link.
        assert_eq!(
            python.oembed.as_deref(),
            Some("https://guide.example/guide/oembed/skills/python.json")
        );
        assert!(python.head_html(&site()).contains(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://guide.example/guide/oembed/skills/python.json\" title=\"Python — Backend Guide\">"
        ));

        let missing = meta_of(PageKind::NotFound);
        assert_eq!(missing.canonical, None);
        assert_eq!(missing.oembed, None);
        assert!(missing
            .head_html(&site())
            .contains("<meta name=\"robots\" content=\"noindex\">"));
    }

    #[test]
    fn hostile_content_stays_in_its_place() {
        // A title or description may hold anything an editor types.
        let mut site = site();
        site.name = "</title><script>alert(1)</script>".into();
        let mut overview = overview();
        overview.lead = "\"><script>alert(2)</script> <!-- -->".into();
        let skills = skills();
        let content = HeadContent {
            site: &site,
            overview: &overview,
            skills: &skills,
            careers: &careers(),
        };
        let head = meta(
            &Page::site(PageKind::Section(SectionId::Overview)),
            content,
            ROOT,
        )
        .head_html(&site);
        assert_eq!(head.matches("<script").count(), 1, "{head}");
        assert_eq!(head.matches("</script>").count(), 1, "{head}");
        assert_eq!(head.matches("</title>").count(), 1, "{head}");
        assert!(!head.contains("<!--"), "{head}");
        assert!(
            head.contains("&lt;/title&gt;&lt;script&gt;alert(1)"),
            "{head}"
        );
    }

    #[test]
    fn a_hindi_page_lives_under_hi_and_names_its_english_twin() {
        // Search engines must find each language's page from the other's.
        let pages = all_pages(&skills(), &careers(), Locale::Hi);
        let files: Vec<String> = pages.iter().map(Page::file).collect();
        for expected in [
            "hi/index.html",
            "hi/skills/python/index.html",
            "hi/404.html",
            "hi/embed/404.html",
        ] {
            assert!(
                files.contains(&expected.to_string()),
                "{expected} in {files:?}"
            );
        }
        let (site, overview, skills) = (site(), overview(), skills());
        let content = HeadContent {
            site: &site,
            overview: &overview,
            skills: &skills,
            careers: &careers(),
        };
        let page = Page::site(PageKind::Skill("python".into())).in_locale(Locale::Hi);
        let head = meta(&page, content, ROOT);
        assert_eq!(
            head.canonical.as_deref(),
            Some("https://guide.example/guide/hi/skills/python")
        );
        let alternates: Vec<(&str, &str)> = head
            .alternates
            .iter()
            .map(|(l, u)| (l.as_str(), u.as_str()))
            .collect();
        assert_eq!(
            alternates,
            [
                ("en", "https://guide.example/guide/skills/python"),
                ("hi", "https://guide.example/guide/hi/skills/python"),
                ("x-default", "https://guide.example/guide/skills/python"),
            ]
        );
        let html = head.head_html(&site);
        assert!(
            html.contains("<meta property=\"og:locale\" content=\"hi_IN\">"),
            "{html}"
        );
        assert!(
            html.contains("<meta property=\"og:locale:alternate\" content=\"en_IN\">"),
            "{html}"
        );
        assert!(html.contains("\"inLanguage\":\"hi\""), "{html}");
        let xml = sitemap(&pages, ROOT);
        assert!(xml.contains("<loc>https://guide.example/guide/hi/skills/python</loc><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://guide.example/guide/skills/python\"/>"), "{xml}");
    }

    #[test]
    fn site_pages_link_their_languages_manifest() {
        // The browser installs the guide from the manifest a page links: each
        // language's own (its name, start page and scope), relative to
        // `<base>` so the sub-path holds; embed views are not installable.
        let (site, overview, skills) = (site(), overview(), skills());
        let content = HeadContent {
            site: &site,
            overview: &overview,
            skills: &skills,
            careers: &careers(),
        };
        let check = |page: Page, expected: Option<&str>| {
            let head = meta(&page, content, ROOT);
            assert_eq!(head.manifest.as_deref(), expected, "{page:?}");
            let html = head.head_html(&site);
            let link = expected.map(|href| format!("<link rel=\"manifest\" href=\"{href}\">"));
            assert_eq!(
                html.matches("rel=\"manifest\"").count(),
                usize::from(link.is_some())
            );
            if let Some(link) = link {
                assert!(html.contains(&link), "{html}");
            }
            assert!(html.contains("<meta name=\"theme-color\" media=\"(prefers-color-scheme: dark)\" content=\"#15171c\">"), "{html}");
        };
        check(
            Page::site(PageKind::Section(SectionId::Overview)),
            Some("manifest.webmanifest"),
        );
        check(Page::site(PageKind::NotFound), Some("manifest.webmanifest"));
        check(
            Page::site(PageKind::Skill("python".into())).in_locale(Locale::Hi),
            Some("hi/manifest.webmanifest"),
        );
        check(Page::embed(PageKind::Section(SectionId::Skills)), None);
        check(Page::embed(PageKind::NotFound).in_locale(Locale::Hi), None);
    }

    #[test]
    fn the_sitemap_lists_indexed_pages_only() {
        let pages = all_pages(&skills(), &careers(), Locale::En);
        let xml = sitemap(&pages, ROOT);
        assert!(xml.contains("<loc>https://guide.example/guide/</loc><xhtml:link"));
        assert!(xml.contains("<loc>https://guide.example/guide/skills/python</loc>"));
        assert!(!xml.contains("embed"));
        assert!(!xml.contains("404"));
        assert_eq!(
            xml.matches("<url><loc>").count(),
            pages.iter().filter(|p| p.indexed()).count()
        );
        assert_eq!(
            robots(ROOT),
            "User-agent: *\nAllow: /\n\nSitemap: https://guide.example/guide/sitemap.xml\n"
        );
    }
}
