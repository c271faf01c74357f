//! trunk's `index.html` as the frame of every page: its head keeps the
//! stylesheets, the theme script and the wasm start-up; each page gets its
//! own title, description, preview tags, body, and the content preloads
//! that the start-up script activates once the page has painted.

use std::path::Path;

use guide_model::html::escape;

pub struct Shell {
    html: String,
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

const TITLE: (&str, &str) = ("<title>", "</title>");
const DESCRIPTION: (&str, &str) = ("<meta name=\"description\"", ">");
const HTML: &str = "<html lang=\"en\"";
const BODY: (&str, &str) = ("<body>", "</body>");

impl Shell {
    pub fn read(path: &Path) -> Result<Self, String> {
        let html = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: {e} (run trunk build first)", path.display()))?;
        if html.contains("data-bg-content") {
            return Err(format!(
                "{} is a page this tool wrote, not trunk's shell: build again with trunk",
                path.display()
            ));
        }
        for (name, marker) in [
            ("<title>", TITLE.0),
            ("the description", DESCRIPTION.0),
            ("<html lang=\"en\">", HTML),
            ("<body>", BODY.0),
            ("</head>", "</head>"),
        ] {
            if !html.contains(marker) {
                return Err(format!("{}: has no {name}", path.display()));
            }
        }
        Ok(Self {
            html: cors_assets(&html),
        })
    }

    pub fn page(&self, page: &Page) -> Result<String, String> {
        let mut html = self.html.clone();
        let mut attrs = format!("<html lang=\"{}\"", escape(page.lang));
        if page.embed {
            // style/embed.css drops the site's full-viewport layout in embeds.
            attrs.push_str(" class=\"bg-embed-page\"");
        }
        html = html.replacen(HTML, &attrs, 1);
        // The page's head takes the shell's title's place; its description goes.
        cut(&mut html, DESCRIPTION)?;
        let at = cut(&mut html, TITLE)?;
        // What the app needs to start (its content files and the JS glue)
        // waits in an inert <template> until the page has painted: the
        // start-up script moves it into the head once the content painted
        // (scripts/boot-module.mjs). Requested while the page parses, each
        // cost the first paint more than it saved the takeover (docs/benchmarks.md,
        // "First content"). The wasm is never preloaded: the glue fetches it.
        drop_link(&mut html, "<link rel=\"preload\"", "_bg.wasm\"");
        let glue = drop_link(&mut html, "<link rel=\"modulepreload\"", ".js\"");
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
            .chain(glue)
            .collect();
        html.insert_str(
            at,
            &format!(
                "{}\n    <template data-bg-after-paint>{preloads}</template>\n    ",
                page.head
            ),
        );
        let start = html.find(BODY.0).ok_or("no <body>")? + BODY.0.len();
        let end = html.rfind(BODY.1).ok_or("no </body>")?;
        html.replace_range(start..end, &format!("\n{}\n", page.body));
        Ok(html)
    }
}

/// Adds `crossorigin="anonymous"` to the shell's stylesheets and classic
/// scripts. An embed view in WordPress's `sandbox="allow-scripts"` iframe has
/// a null origin, so every asset is cross-origin to it: fetched without CORS,
/// a response is opaque and fails its integrity check. With CORS (the server
/// sends `Access-Control-Allow-Origin: *` on hashed assets) it passes; on the
/// site itself these requests stay same-origin.
fn cors_assets(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        let asset = tag.starts_with("<link rel=\"stylesheet\"")
            || (tag.starts_with("<script ")
                && tag.contains(" src=")
                && !tag.contains("type=\"module\""));
        if asset && !tag.contains("crossorigin") {
            let close = if tag.ends_with("/>") {
                end - 2
            } else {
                end - 1
            };
            out.push_str(&tag[..close]);
            out.push_str(" crossorigin=\"anonymous\"");
            out.push_str(&tag[close..]);
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Removes the first link that starts with `start` and names a file ending
/// in `suffix` (trunk's preload of the wasm, its modulepreload of the glue),
/// and returns it.
fn drop_link(html: &mut String, start: &str, suffix: &str) -> Option<String> {
    let mut from = 0;
    while let Some(i) = html[from..].find(start).map(|i| from + i) {
        let end = html[i..].find('>').map(|e| i + e + 1)?;
        if html[i..end].contains(suffix) {
            let link = html[i..end].to_string();
            html.replace_range(i..end, "");
            return Some(link);
        }
        from = end;
    }
    None
}

/// Removes the first `open…close` span (and the line break and indent after
/// it); returns where it was.
fn cut(html: &mut String, (open, close): (&str, &str)) -> Result<usize, String> {
    let start = html.find(open).ok_or_else(|| format!("no {open}"))?;
    let end = html[start..]
        .find(close)
        .map(|i| start + i + close.len())
        .ok_or_else(|| format!("no end of {open}"))?;
    let rest = &html[end..];
    let end = end + rest.len() - rest.trim_start().len();
    html.replace_range(start..end, "");
    Ok(start)
}
