//! trunk's `index.html` as the frame of every page: its head keeps the
//! stylesheets, the theme script and the wasm start-up; each page gets its
//! own title, description, preview tags, body, and the content preloads
//! that the start-up script activates once the page has painted.

use std::cell::{Cell, RefCell};
use std::path::Path;

use base64::Engine;
use guide_model::html::escape;
use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, text, RewriteStrSettings};
use sha2::Digest;

/// trunk's page, and the glue's integrity as it is now: scripts/glue.mjs
/// minified the glue after trunk hashed it.
pub struct Shell {
    html: String,
    glue_integrity: String,
}

/// What one page puts into the shell.
pub struct Page<'a> {
    /// Title, description and the other head tags (already escaped).
    pub head: &'a str,
    /// The page's language: `<html lang>`.
    pub lang: &'a str,
    /// Where its content files are, relative to the base: `content/hi/`.
    pub content_dir: &'a str,
    /// Content files to preload, for the app's takeover.
    pub preloads: &'a [&'static str],
    pub body: &'a str,
    pub embed: bool,
}

/// The elements of trunk's page the prerenderer edits; a build whose page
/// lacks one stops, naming it.
const EXPECTED: [&str; 6] = [
    "<html>",
    "<title>",
    "<meta name=\"description\">",
    "trunk's preload of the wasm",
    "trunk's modulepreload of the JS glue",
    "<body>",
];
const WASM_PRELOAD: &str = "link[rel=preload][href$='_bg.wasm']";
const GLUE_PRELOAD: &str = "link[rel=modulepreload][href$='.js']";

/// trunk's inline start-up module.
const INLINE_MODULE: &str = "script[type=module]:not([src])";

/// What waits for the page's first paint before trunk's start-up runs.
const BOOT_JS: &str = include_str!("boot.js");

impl Shell {
    /// Reads trunk's page at `path` and moves its inline start-up module
    /// into files beside it (see [`move_start_up`]); `base` is the public
    /// path without a trailing slash (`""`, `"/guide"`).
    pub fn read(path: &Path, base: &str) -> Result<Self, String> {
        let html = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: {e} (run trunk build first)", path.display()))?;
        if html.contains("data-bg-content") {
            return Err(format!(
                "{} is a page this tool wrote, not trunk's shell: build again with trunk",
                path.display()
            ));
        }
        let glue = RefCell::new(None);
        rewrite_str(
            &html,
            RewriteStrSettings {
                element_content_handlers: vec![element!(GLUE_PRELOAD, |el| {
                    glue.replace(el.get_attribute("href"));
                    Ok(())
                })],
                ..RewriteStrSettings::new()
            },
        )
        .map_err(|e| format!("{}: {e}", path.display()))?;
        let href = glue
            .into_inner()
            .ok_or_else(|| format!("{}: has no {}", path.display(), EXPECTED[4]))?;
        let file = path.with_file_name(href.rsplit('/').next().unwrap_or_default());
        let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let digest = base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(&bytes));
        let (html, files) =
            move_start_up(&html, base).map_err(|e| format!("{}: {e}", path.display()))?;
        for (name, code) in files {
            let file = path.with_file_name(&name);
            std::fs::write(&file, code).map_err(|e| format!("{}: {e}", file.display()))?;
        }
        Ok(Self {
            html,
            glue_integrity: format!("sha384-{digest}"),
        })
    }

    /// The page: trunk's head and start-up with the page's head tags in place
    /// of its title and description, and its body. What the app needs to
    /// start (its content files and the JS glue) waits in an inert
    /// `<template>` until the page has painted: the start-up script moves it
    /// into the head then (boot.js). Requested while the page
    /// parses, each cost the first paint more than it saved the takeover
    /// (docs/benchmarks.md, "First content"). The wasm is never preloaded:
    /// the glue fetches it.
    pub fn page(&self, page: &Page) -> Result<String, String> {
        let seen: [Cell<bool>; 6] = Default::default();
        let preloads: String = page
            .preloads
            .iter()
            .map(|file| {
                format!(
                    "<link rel=\"preload\" href=\"{}{}\" as=\"fetch\" crossorigin=\"anonymous\" data-bg-content>",
                    escape(page.content_dir),
                    escape(file)
                )
            })
            .collect();
        let html = rewrite_str(
            &self.html,
            RewriteStrSettings {
                element_content_handlers: vec![
                    element!("html", |el| {
                        seen[0].set(true);
                        el.set_attribute("lang", page.lang)?;
                        if page.embed {
                            // style/embed.css drops the site's full-viewport layout in embeds.
                            el.set_attribute("class", "bg-embed-page")?;
                        }
                        Ok(())
                    }),
                    element!("title", |el| {
                        seen[1].set(true);
                        el.replace(page.head, ContentType::Html);
                        Ok(())
                    }),
                    element!("meta[name=description]", |el| {
                        seen[2].set(true);
                        el.remove();
                        Ok(())
                    }),
                    element!(WASM_PRELOAD, |el| {
                        seen[3].set(true);
                        el.remove();
                        Ok(())
                    }),
                    element!(GLUE_PRELOAD, |el| {
                        seen[4].set(true);
                        let glue = format!(
                            "<link rel=\"modulepreload\" href=\"{}\" crossorigin=\"anonymous\" integrity=\"{}\">",
                            escape(&el.get_attribute("href").unwrap_or_default()),
                            self.glue_integrity
                        );
                        el.replace(
                            &format!("<template data-bg-after-paint>{preloads}{glue}</template>"),
                            ContentType::Html,
                        );
                        Ok(())
                    }),
                    // An embed view in WordPress's `sandbox="allow-scripts"`
                    // iframe has a null origin, so its stylesheets and classic
                    // scripts are cross-origin: fetched without CORS they are
                    // opaque and fail their integrity check. With CORS (the
                    // server sends `Access-Control-Allow-Origin: *` on hashed
                    // assets) they pass; on the site they stay same-origin.
                    element!(
                        "link[rel=stylesheet]:not([crossorigin]), script[src]:not([type=module]):not([crossorigin])",
                        |el| {
                            el.set_attribute("crossorigin", "anonymous")?;
                            Ok(())
                        }
                    ),
                    element!("body", |el| {
                        seen[5].set(true);
                        el.set_inner_content(&format!("\n{}\n", page.body), ContentType::Html);
                        Ok(())
                    }),
                ],
                ..RewriteStrSettings::new()
            },
        )
        .map_err(|e| e.to_string())?;
        match seen.iter().position(|s| !s.get()) {
            Some(missing) => Err(format!("trunk's index.html has no {}", EXPECTED[missing])),
            None => Ok(html),
        }
    }
}

/// Moves trunk's inline start-up module out of its page, so the site's CSP
/// can forbid inline scripts: trunk's code, as it is, into
/// `trunk-start-<hash>.js`, and [`BOOT_JS`] with an import of that file at
/// its end into `boot-<hash>.js`, which the page then loads instead. Returns
/// the page and the two files (name, text).
fn move_start_up(html: &str, base: &str) -> Result<(String, [(String, String); 2]), String> {
    let code = RefCell::new(String::new());
    let found = Cell::new(false);
    rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!(INLINE_MODULE, |_| {
                    found.set(true);
                    Ok(())
                }),
                text!(INLINE_MODULE, |chunk| {
                    code.borrow_mut().push_str(chunk.as_str());
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::new()
        },
    )
    .map_err(|e| e.to_string())?;
    let code = code.into_inner();
    if !found.get() || code.trim().is_empty() {
        return Err("has no inline start-up module (<script type=\"module\">) from trunk".into());
    }
    let named = |stem: &str, text: &str| {
        let hash = format!("{:x}", sha2::Sha256::digest(text.as_bytes()));
        format!("{stem}-{}.js", &hash[..16])
    };
    let start_name = named("trunk-start", &code);
    let boot = format!("{BOOT_JS}await import('./{start_name}');\n");
    let boot_name = named("boot", &boot);
    let tag = format!(
        "<script type=\"module\" src=\"{}/{}\"></script>",
        escape(base),
        boot_name
    );
    let page = rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![element!(INLINE_MODULE, |el| {
                el.replace(&tag, ContentType::Html);
                Ok(())
            })],
            ..RewriteStrSettings::new()
        },
    )
    .map_err(|e| e.to_string())?;
    Ok((page, [(start_name, code), (boot_name, boot)]))
}
