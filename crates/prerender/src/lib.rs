//! Renders every page of Backend Guide to HTML at build time, through the
//! app's own components (Leptos with the `ssr` feature), so a reader, a
//! search engine or a link preview gets the words before any wasm arrives.
//!
//! ```text
//! prerender <build folder> [--public-url /guide/] [--site-url https://guide.example]
//! ```
//!
//! trunk's post_build hook (scripts/post-build.sh) runs it on the staging
//! folder: it reads trunk's `index.html` as the shell and the content files
//! trunk copied to `content/`, and writes one HTML file per page (see
//! `guide_model::pages`), each page's oEmbed answer (`oembed/…json`),
//! `sitemap.xml` and `robots.txt`. A content file
//! that does not pass the model's rules stops the build with its messages.
//! The site's public address comes from `--site-url` or `BG_SITE_URL`.

mod render;
mod shell;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use guide_model::content::{check_files, FILES};
use guide_model::content_file::{decode, ContentFile};
use guide_model::date::Date;
use guide_model::locale::Locale;
use guide_model::oembed::OEmbed;
use guide_model::pages::{all_pages, meta, robots, sitemap, HeadContent, PageKind};
use guide_model::parity::{check_parity, KeptTerms};
use guide_model::{Careers, Overview, Site, SkillsFile};

/// Each content file's text, by file name.
type Texts = HashMap<String, Result<String, guide_model::LoadError>>;

/// Where a build that names no public address says it lives.
pub const DEFAULT_SITE_URL: &str = "http://127.0.0.1:8080";

/// Addresses that show another page (whose canonical link names the real
/// one): the side-by-side table's old address, and the overview's other
/// names, `/overview` and `/embed/`, which the router takes as the overview.
/// The same hold under each locale's folder.
const ALIASES: &[(&str, &str)] = &[
    ("overview/index.html", "index.html"),
    ("embed/index.html", "embed/overview/index.html"),
    (
        "skills/compare/index.html",
        "skills/side-by-side/index.html",
    ),
    (
        "embed/skills/compare/index.html",
        "embed/skills/side-by-side/index.html",
    ),
];

/// What to build.
pub struct Options {
    /// trunk's build folder: its `index.html` is the shell, `content/` the content.
    pub dist: PathBuf,
    /// The base path, `/` or `/guide/`.
    pub public_url: String,
    /// The site's public address, without the base path: `https://guide.example`.
    pub site_url: String,
}

/// Writes every page, `sitemap.xml` and `robots.txt` into `options.dist`;
/// returns a one-line summary, or every problem that stopped the build.
pub fn build(options: &Options) -> Result<String, String> {
    let base = options.public_url.trim_end_matches('/').to_string();
    if !(base.is_empty() || base.starts_with('/')) {
        return Err(format!(
            "the public URL must be a path such as /guide/, not {:?}",
            options.public_url
        ));
    }
    let root = format!("{}{base}/", options.site_url.trim_end_matches('/'));
    let shell = shell::Shell::read(&options.dist.join("index.html"), &base)?;
    let content_dir = options.dist.join("content");
    let english = read_content(&content_dir)?;
    let mut every_page = Vec::new();
    for locale in Locale::ALL {
        let texts = match locale {
            Locale::En => english.clone(),
            other => {
                let texts = read_content(&content_dir.join(other.path_prefix()))
                    .map_err(|e| e.replace("\n  ", &format!("\n  {}", other.path_prefix())))?;
                check_translation(&content_dir, &english, &texts)?;
                texts
            }
        };
        every_page.extend(build_locale(options, &shell, &base, &root, locale, &texts)?);
    }
    for locale in Locale::ALL {
        for (alias, page) in ALIASES {
            let prefix = locale.path_prefix();
            let html = std::fs::read_to_string(options.dist.join(format!("{prefix}{page}")))
                .map_err(|e| e.to_string())?;
            write(&options.dist.join(format!("{prefix}{alias}")), &html)?;
        }
    }
    write(
        &options.dist.join("sitemap.xml"),
        &sitemap(&every_page, &root),
    )?;
    write(&options.dist.join("robots.txt"), &robots(&root))?;
    Ok(format!(
        "{} pages under {} (site {})",
        every_page.len() + Locale::ALL.len() * ALIASES.len(),
        options.dist.display(),
        root
    ))
}

/// Writes every page of `locale` from its content `texts`; returns them.
fn build_locale(
    options: &Options,
    shell: &shell::Shell,
    base: &str,
    root: &str,
    locale: Locale,
    texts: &Texts,
) -> Result<Vec<guide_model::pages::Page>, String> {
    let site: Site = load(texts)?;
    let overview: Overview = load(texts)?;
    let skills: SkillsFile = load(texts)?;
    let careers: Careers = load(texts)?;
    let content = HeadContent {
        site: &site,
        overview: &overview,
        skills: &skills,
        careers: &careers,
    };
    let pages = all_pages(&skills, &careers, locale);
    for page in &pages {
        let preview = page.preview();
        if !options.dist.join(&preview).is_file() {
            return Err(format!("{preview} is missing (make og-images draws it)"));
        }
        let mut rendered = render::page(page, base, root, texts);
        if page.kind == PageKind::NotFound && !rendered.used.contains(&SkillsFile::FILE) {
            // The server sends this page for an unknown skill's address too,
            // where the app reads skills.json to say so: have it ready.
            rendered.used.push(SkillsFile::FILE);
        }
        let head_meta = meta(page, content, root);
        let head = head_meta.head_html(&site);
        let html = shell.page(&shell::Page {
            head: &head,
            lang: locale.code(),
            content_dir: &format!("content/{}", locale.path_prefix()),
            preloads: &rendered.used,
            body: &rendered.body,
            embed: page.embed,
        })?;
        write(&options.dist.join(page.file()), &html)?;
        if let (Some(file), Some(answer)) = (
            page.oembed_file(),
            OEmbed::of(page, &head_meta, &site, root),
        ) {
            write(&options.dist.join(file), &answer.to_json())?;
        }
        if page.kind == PageKind::NotFound && !page.embed {
            let shell = app_shell(&html, &site.name)?;
            write(
                &options
                    .dist
                    .join(format!("{}{SHELL_FILE}", locale.path_prefix())),
                &shell,
            )?;
        }
    }
    Ok(pages)
}

/// Each language's app shell, beside its pages: what the service worker
/// (public/sw.js) answers offline for a page it has not cached, and the app
/// takes over at the address asked for, rendering that route into it.
pub const SHELL_FILE: &str = "shell.html";

/// The shell from the not-found page: its head, header and footer, the
/// site's name as its title and a skeleton in `<main>`, so no "not found"
/// shows before the app has rendered the route.
fn app_shell(not_found: &str, name: &str) -> Result<String, String> {
    use lol_html::html_content::ContentType;
    use lol_html::{element, rewrite_str, RewriteStrSettings};
    let (title, main) = (std::cell::Cell::new(false), std::cell::Cell::new(false));
    let shell = rewrite_str(
        not_found,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("title", |el| {
                    title.set(true);
                    el.set_inner_content(name, ContentType::Text);
                    Ok(())
                }),
                element!("main", |el| {
                    main.set(true);
                    el.set_inner_content(
                        "<div class=\"bg-skeleton bg-page-head__skeleton\"></div>",
                        ContentType::Html,
                    );
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::new()
        },
    )
    .map_err(|e| e.to_string())?;
    match (title.get(), main.get()) {
        (true, true) => Ok(shell),
        _ => Err("the not-found page has no <title> or no <main>".into()),
    }
}

/// A translation must keep every id, figure and placeholder of the English
/// (`guide_model::parity`): the build stops on any difference, naming each.
fn check_translation(
    content_dir: &Path,
    english: &Texts,
    translated: &Texts,
) -> Result<(), String> {
    let kept_path = content_dir.join(KeptTerms::FILE);
    let kept = std::fs::read_to_string(&kept_path)
        .map_err(|e| e.to_string())
        .and_then(|text| guide_model::read::from_str::<KeptTerms>(&text).map_err(|e| e.to_string()))
        .map_err(|e| format!("{}: {e}", KeptTerms::FILE))?;
    let (en, hi) = (pairs(english), pairs(translated));
    let problems = check_parity(&en, &hi, &kept.kept);
    if problems.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    Err(format!(
        "the translation differs from the English where it must not:\n  {}",
        lines.join("\n  ")
    ))
}

/// Every content file, checked as the content checker does (each file's
/// rules, the rules across files, and no `checked` date after today by this
/// machine's clock): the build stops on any problem, naming each one.
fn read_content(dir: &Path) -> Result<Texts, String> {
    let mut texts = HashMap::new();
    let mut problems = Vec::new();
    for file in FILES {
        match std::fs::read_to_string(dir.join(file)) {
            Ok(text) => {
                texts.insert(file.to_string(), Ok(text));
            }
            Err(e) => problems.push(format!("{file}: cannot be read: {e}")),
        }
    }
    problems.extend(
        check_files(&pairs(&texts), Some(today()))
            .iter()
            .map(|e| e.to_string()),
    );
    if problems.is_empty() {
        Ok(texts)
    } else {
        Err(format!(
            "the content has problems:\n  {}",
            problems.join("\n  ")
        ))
    }
}

/// The texts that could be read, as (file, text).
fn pairs(texts: &Texts) -> Vec<(&str, &str)> {
    texts
        .iter()
        .filter_map(|(file, text)| Some((file.as_str(), text.as_deref().ok()?)))
        .collect()
}

/// Today by this machine's clock (UTC).
fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_unix_days((seconds / 86_400) as i64)
}

/// One of the content files read by [`read_content`], decoded.
fn load<T: ContentFile>(texts: &Texts) -> Result<T, String> {
    let text = texts
        .get(T::FILE)
        .cloned()
        .unwrap_or_else(|| Ok(String::new()))
        .map_err(|e| e.to_string())?;
    decode(T::FILE, &text).map_err(|e| e.to_string())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
