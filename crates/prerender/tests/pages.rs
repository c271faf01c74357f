//! The prerendered pages, read as files (no browser): every page has its own
//! head (title, description, canonical URL, OpenGraph and Twitter tags,
//! JSON-LD), the strict CSP's rules hold (no inline script but the JSON-LD
//! data, no `style` attribute), the sub-path shows in every address, and
//! hostile content stays text wherever it lands.

use std::path::{Path, PathBuf};

use guide_model::content::FILES;
use guide_model::locale::Locale;
use guide_model::pages::{all_pages, Page, PageKind};
use guide_model::{Careers, SkillsFile};
use prerender::{build, Options};

/// trunk's shell, as it looks after the build (the parts the tool relies on).
const SHELL: &str = r#"<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="The shell's description." />
    <meta name="backend-guide" content="app" />
    <base href="__BASE__" />
    <title>Backend Guide</title>
    <script src="__BASE__page-0123456789abcdef.js"></script>
    <script type="module">
import init, * as bindings from '__BASE__backend-guide-0123456789abcdef.js';
const wasm = await init({ module_or_path: '__BASE__backend-guide-0123456789abcdef_bg.wasm' });
</script>
    <link rel="stylesheet" href="__BASE__main-0123456789abcdef.css"/>
    <link rel="preload" href="__BASE__backend-guide-0123456789abcdef_bg.wasm" crossorigin="anonymous" integrity="sha384-wasm" as="fetch" type="application/wasm">
    <link rel="modulepreload" href="__BASE__backend-guide-0123456789abcdef.js" crossorigin="anonymous" integrity="sha384-glue">
  </head>
  <body>
    <!-- Each page's content, rendered at build time by crates/prerender. -->
  </body>
</html>
"#;

/// The JS glue, as scripts/glue.mjs left it.
const GLUE: &str = "export function start(){}";

/// The shell's own scripts (theme and start-up), before any page adds its JSON-LD.
const SHELL_SCRIPTS: usize = 2;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../guide-model/fixtures")
}

/// A build folder like trunk's, with `edit` applied to the fixture content.
fn build_folder(name: &str, base: &str, edit: impl Fn(&str, &mut serde_json::Value)) -> PathBuf {
    try_build(name, base, edit).unwrap()
}

/// The same, with the build's outcome.
fn try_build(
    name: &str,
    base: &str,
    edit: impl Fn(&str, &mut serde_json::Value),
) -> Result<PathBuf, String> {
    let dist = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(dist.join("content")).unwrap();
    std::fs::create_dir_all(dist.join("og")).unwrap();
    std::fs::write(dist.join("index.html"), SHELL.replace("__BASE__", base)).unwrap();
    std::fs::write(dist.join("backend-guide-0123456789abcdef.js"), GLUE).unwrap();
    for locale in Locale::ALL {
        let dir = locale.path_prefix();
        std::fs::create_dir_all(dist.join("content").join(dir)).unwrap();
        for file in FILES {
            let name = format!("{dir}{file}");
            let text = std::fs::read_to_string(fixtures().join(&name)).unwrap();
            let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
            edit(&name, &mut json);
            std::fs::write(dist.join("content").join(&name), json.to_string()).unwrap();
        }
    }
    let kept = guide_model::parity::KeptTerms::FILE;
    std::fs::copy(fixtures().join(kept), dist.join("content").join(kept)).unwrap();
    for locale in Locale::ALL {
        let dir = dist.join("og").join(locale.path_prefix());
        std::fs::create_dir_all(&dir).unwrap();
        for section in ["overview", "skills", "careers", "compare", "path"] {
            std::fs::write(dir.join(format!("{section}.png")), b"png").unwrap();
        }
    }
    build(&Options {
        dist: dist.clone(),
        public_url: base.into(),
        site_url: "https://guide.example".into(),
    })?;
    Ok(dist)
}

fn careers(locale: Locale) -> Careers {
    let path = fixtures().join(format!("{}careers.json", locale.path_prefix()));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn pages() -> Vec<Page> {
    let skills: SkillsFile =
        serde_json::from_str(&std::fs::read_to_string(fixtures().join("skills.json")).unwrap())
            .unwrap();
    all_pages(&skills, &careers(Locale::En), Locale::En)
}

/// The text between the first `open` and the next `close`.
fn between<'a>(html: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = html.find(open)? + open.len();
    let end = html[start..].find(close)? + start;
    Some(&html[start..end])
}

fn attr<'a>(html: &'a str, tag_start: &str) -> Option<&'a str> {
    let tag = between(html, tag_start, ">")?;
    between(tag, "content=\"", "\"").or_else(|| between(tag, "href=\"", "\""))
}

fn json_ld(html: &str) -> serde_json::Value {
    let text = between(html, "<script type=\"application/ld+json\">", "</script>").unwrap();
    serde_json::from_str(text).unwrap()
}

#[test]
fn every_page_has_its_own_head() {
    let dist = build_folder("site", "/", |_, _| {});
    let mut titles = Vec::new();
    for page in pages() {
        let file = page.file();
        let html = std::fs::read_to_string(dist.join(&file)).unwrap();
        let title = between(&html, "<title>", "</title>").unwrap();
        assert!(
            !title.is_empty() && title != "Backend Guide",
            "{file}: {title}"
        );
        assert_eq!(html.matches("<title>").count(), 1, "{file}");
        let description = attr(&html, "<meta name=\"description\"").unwrap();
        assert!(description.len() > 10, "{file}: {description}");
        assert!(!html.contains("The shell's description."), "{file}");
        for tag in [
            "og:title",
            "og:description",
            "og:image",
            "og:image:width",
            "og:image:height",
        ] {
            let value = attr(&html, &format!("<meta property=\"{tag}\"")).unwrap_or_default();
            assert!(!value.is_empty(), "{file}: {tag}");
        }
        assert_eq!(
            attr(&html, "<meta name=\"twitter:card\""),
            Some("summary_large_image"),
            "{file}"
        );
        let image = attr(&html, "<meta property=\"og:image\"").unwrap();
        assert!(
            image.starts_with("https://guide.example/og/") && image.ends_with(".png"),
            "{image}"
        );
        let ld = json_ld(&html);
        let types: Vec<&str> = ld
            .as_array()
            .unwrap()
            .iter()
            .map(|item| item["@type"].as_str().unwrap())
            .collect();
        let kind = if matches!(page.kind, PageKind::Skill(_)) {
            "Article"
        } else {
            "WebPage"
        };
        assert_eq!(types, [kind, "BreadcrumbList"], "{file}");
        if page.indexed() {
            let canonical = attr(&html, "<link rel=\"canonical\"").unwrap();
            assert_eq!(
                canonical,
                format!("https://guide.example{}", page.route()),
                "{file}"
            );
            assert_eq!(
                attr(&html, "<meta property=\"og:url\""),
                Some(canonical),
                "{file}"
            );
            assert_eq!(ld[0]["url"], canonical, "{file}");
            titles.push(title.to_string());
        } else {
            assert!(!html.contains("rel=\"canonical\""), "{file}");
            assert!(
                html.contains("<meta name=\"robots\" content=\"noindex\">"),
                "{file}"
            );
        }
        // The strict CSP: no style attribute, no inline script but the JSON-LD.
        assert!(!html.contains(" style=\""), "{file}");
        assert_eq!(html.matches("<script").count(), SHELL_SCRIPTS + 1, "{file}");
        // One h1 per page, in the body.
        assert_eq!(html.matches("<h1").count(), 1, "{file}");
        assert_eq!(
            html.contains("class=\"bg-embed-page\""),
            page.embed,
            "{file}"
        );
        // Nothing but the stylesheets and the two scripts is fetched before
        // the first paint: the content the page was made from and the glue
        // (with its integrity) wait in a template for the start-up script,
        // and the wasm is never preloaded.
        let parked = between(&html, "<template data-bg-after-paint>", "</template>")
            .unwrap_or_else(|| panic!("{file}: no parked preloads"));
        assert!(
            parked.contains("<link rel=\"preload\" href=\"content/site.json\" as=\"fetch\""),
            "{file}"
        );
        assert!(
            parked.contains(
                "backend-guide-0123456789abcdef.js\" crossorigin=\"anonymous\" integrity=\"sha384-"
            ),
            "{file}"
        );
        let outside = html.replacen(parked, "", 1);
        assert!(!outside.contains("preload"), "{file}: {outside}");
        assert!(!html.contains("_bg.wasm"), "{file}");
    }
    let mut unique = titles.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        titles.len(),
        "every indexed page has its own title"
    );

    let sitemap = std::fs::read_to_string(dist.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://guide.example/skills/python</loc>"));
    let robots = std::fs::read_to_string(dist.join("robots.txt")).unwrap();
    assert!(robots.contains("Sitemap: https://guide.example/sitemap.xml"));
    // The old address of the side-by-side table still has its page.
    assert!(dist.join("skills/compare/index.html").is_file());
}

#[test]
fn every_embeddable_page_has_an_oembed_answer_its_head_points_to() {
    // WordPress and Ghost read the head's discovery link, then the answer's
    // html; both must be absolute and in the page's language.
    let dist = build_folder("oembed", "/guide/", |_, _| {});
    let mut answers = 0;
    for locale in Locale::ALL {
        let skills: SkillsFile = serde_json::from_str(
            &std::fs::read_to_string(
                fixtures().join(format!("{}skills.json", locale.path_prefix())),
            )
            .unwrap(),
        )
        .unwrap();
        for page in all_pages(&skills, &careers(locale), locale) {
            let html = std::fs::read_to_string(dist.join(page.file())).unwrap();
            let link = between(
                &html,
                "<link rel=\"alternate\" type=\"application/json+oembed\"",
                ">",
            );
            let Some(file) = page.oembed_file() else {
                assert_eq!(link, None, "{}", page.file());
                continue;
            };
            let href = between(link.unwrap(), "href=\"", "\"").unwrap();
            assert_eq!(href, format!("https://guide.example/guide/{file}"));
            let text = std::fs::read_to_string(dist.join(&file)).unwrap();
            let answer: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(answer["version"], "1.0", "{file}");
            assert_eq!(answer["type"], "rich", "{file}");
            assert_eq!(
                answer["title"],
                between(&html, "<title>", "</title>").unwrap()
            );
            let frame = answer["html"].as_str().unwrap();
            let src = format!(
                "src=\"https://guide.example/guide/{}\"",
                page.embed_address()
            );
            assert!(frame.starts_with(&format!("<iframe {src}")), "{frame}");
            assert!(frame.contains("loading=\"lazy\""), "{frame}");
            assert!(
                dist.join(page.embed_address()).join("index.html").is_file(),
                "{frame}"
            );
            let thumbnail = answer["thumbnail_url"].as_str().unwrap();
            assert_eq!(
                thumbnail,
                format!("https://guide.example/guide/{}", page.preview())
            );
            assert_eq!(
                (&answer["thumbnail_width"], &answer["thumbnail_height"]),
                (&serde_json::json!(1200), &serde_json::json!(630))
            );
            answers += 1;
        }
    }
    assert!(dist.join("oembed/hi/skills/python.json").is_file());
    assert_eq!(answers, 2 * (pages().len() / 2 - 1));
}

#[test]
fn stylesheets_and_classic_scripts_are_fetched_with_cors() {
    // In WordPress's sandboxed iframe the embed has a null origin: without
    // CORS its stylesheets fail their integrity check.
    let dist = build_folder("cors", "/", |_, _| {});
    let html = std::fs::read_to_string(dist.join("embed/skills/index.html")).unwrap();
    assert!(html.contains(
        "<link rel=\"stylesheet\" href=\"/main-0123456789abcdef.css\" crossorigin=\"anonymous\" />"
    ));
    assert!(html
        .contains("<script src=\"/page-0123456789abcdef.js\" crossorigin=\"anonymous\"></script>"));
    // A module script is fetched with CORS anyway.
    let boot = between(&html, "<script type=\"module\" src=\"/boot-", "</script>").unwrap();
    assert!(!boot.contains("crossorigin"), "{boot}");
}

#[test]
fn pages_render_their_content_not_a_skeleton() {
    let dist = build_folder("content", "/", |_, _| {});
    let python = std::fs::read_to_string(dist.join("skills/python/index.html")).unwrap();
    assert!(python.contains(">Python<"));
    assert!(python.contains("Readable and general."));
    assert!(!python.contains("aria-busy"), "no loading state");
    let careers = std::fs::read_to_string(dist.join("careers/index.html")).unwrap();
    // Bars are SVG with their geometry as attributes; the tables have rows.
    assert!(careers.contains("<svg") && careers.contains("<rect"));
    assert!(careers.contains("<td>"));
    assert!(careers.contains("$87K"));
    let missing = std::fs::read_to_string(dist.join("404.html")).unwrap();
    assert!(
        missing.contains("href=\"content/skills.json\""),
        "404 preloads skills.json"
    );
    // An unknown skill in a widget (a mistyped data-skill) offers the list.
    let embed_missing = std::fs::read_to_string(dist.join("embed/404.html")).unwrap();
    assert!(
        embed_missing.contains("href=\"/embed/skills\""),
        "{embed_missing}"
    );
}

#[test]
fn each_language_has_an_app_shell_with_nothing_in_main() {
    // The service worker answers an uncached page offline with the shell,
    // and the app renders the route asked for into it: before it does, the
    // reader must see the guide's frame, not "page not found".
    let dist = build_folder("shell", "/guide/", |_, _| {});
    for (file, lang) in [("shell.html", "en"), ("hi/shell.html", "hi")] {
        let shell = std::fs::read_to_string(dist.join(file)).unwrap();
        let missing = std::fs::read_to_string(dist.join(file.replace("shell", "404"))).unwrap();
        assert!(shell.contains(&format!("<html lang=\"{lang}\"")), "{file}");
        let main = between(&shell, "<main ", "</main>").unwrap();
        assert!(
            main.ends_with("<div class=\"bg-skeleton bg-page-head__skeleton\"></div>"),
            "{main}"
        );
        assert!(!shell.contains("<h1"), "{file}");
        assert_eq!(shell.matches("<main ").count(), 1);
        // The not-found page's frame, preloads and head, under the site's name.
        assert_eq!(
            between(&shell, "<footer", "</footer>"),
            between(&missing, "<footer", "</footer>")
        );
        assert_eq!(
            between(&shell, "<template data-bg-after-paint>", "</template>"),
            between(&missing, "<template data-bg-after-paint>", "</template>")
        );
        let site_json = if lang == "hi" {
            "hi/site.json"
        } else {
            "site.json"
        };
        let site: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(fixtures().join(site_json)).unwrap())
                .unwrap();
        assert_eq!(
            between(&shell, "<title>", "</title>"),
            site["name"].as_str()
        );
        assert!(shell.contains("<meta name=\"robots\" content=\"noindex\">"));
    }
}

#[test]
fn a_sub_path_shows_in_every_address() {
    let dist = build_folder("sub", "/guide/", |_, _| {});
    let html = std::fs::read_to_string(dist.join("skills/python/index.html")).unwrap();
    assert_eq!(
        attr(&html, "<link rel=\"canonical\""),
        Some("https://guide.example/guide/skills/python")
    );
    assert!(
        html.contains("href=\"/guide/skills\""),
        "links keep the base path"
    );
    assert!(!html.contains("href=\"/skills\""));
    let sitemap = std::fs::read_to_string(dist.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://guide.example/guide/</loc>"));
}

#[test]
fn hostile_content_stays_in_its_place() {
    // An editor may type anything; none of it may end an element, open a
    // script or a comment, or leave an attribute.
    const HOSTILE: &str = "</title><script>alert(1)</script> \"quoted\" --> <!--";
    let dist = build_folder("hostile", "/", |file, json| match file {
        "site.json" => {
            json["name"] = HOSTILE.into();
            json["tagline"] = HOSTILE.into();
            for item in json["nav"].as_array_mut().unwrap() {
                item["title"] = HOSTILE.into();
                item["summary"] = HOSTILE.into();
            }
        }
        "overview.json" => {
            json["title"] = HOSTILE.into();
            json["lead"] = HOSTILE.into();
        }
        "skills.json" => {
            json["skills"][0]["name"] = HOSTILE.into();
            json["skills"][0]["summary"] = HOSTILE.into();
        }
        _ => {}
    });
    for page in pages() {
        let file = page.file();
        let html = std::fs::read_to_string(dist.join(&file)).unwrap();
        assert_eq!(html.matches("<title>").count(), 1, "{file}");
        assert_eq!(html.matches("</title>").count(), 1, "{file}");
        assert_eq!(html.matches("<script").count(), SHELL_SCRIPTS + 1, "{file}");
        assert_eq!(
            html.matches("</script>").count(),
            SHELL_SCRIPTS + 1,
            "{file}"
        );
        // No comment at all: none can be opened or closed by content.
        assert_eq!(html.matches("<!--").count(), 0, "{file}");
        assert_eq!(html.matches("-->").count(), 0, "{file}");
        // The words are there, as text.
        assert!(
            html.contains("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{file}"
        );
        // Structured data reads back to exactly what was written.
        let ld = json_ld(&html);
        assert_eq!(ld[0]["isPartOf"]["name"], HOSTILE, "{file}");
    }
}

#[test]
fn content_that_breaks_a_rule_stops_the_build_with_every_problem() {
    // A page must never be built from content the app would refuse.
    let problems = try_build("broken", "/", |file, json| match file {
        "site.json" => json["name"] = " ".into(),
        "overview.json" => json["checked"] = "2999-01-01".into(),
        "path.json" => json["steps"][0]["skills"][0] = "cobol".into(),
        _ => {}
    })
    .unwrap_err();
    assert!(
        problems.contains("site.json: name: must not be empty"),
        "{problems}"
    );
    assert!(problems.contains("overview.json: checked:"), "{problems}");
    // The rule across files names the other file too: a bare "skills.json"
    // would be found in path.json's own message whatever that said.
    assert!(
        problems.contains(
            "path.json: steps[0].skills[0]: unknown skill id \"cobol\" (not in skills.json)"
        ),
        "{problems}"
    );
}

#[test]
fn a_translation_that_changes_a_fact_stops_the_build() {
    // A translation may change words, never an id, a date or a figure.
    let problems = try_build("bad-translation", "/", |file, json| match file {
        "hi/site.json" => json["checked"] = "2026-01-01".into(),
        "hi/overview.json" => json["sections"][0]["id"] = "elsewhere".into(),
        _ => {}
    })
    .unwrap_err();
    for expected in [
        "hi/site.json (vs site.json): checked",
        "hi/overview.json (vs overview.json): sections[0].id",
    ] {
        assert!(problems.contains(expected), "{expected} in {problems}");
    }
}

#[test]
fn a_broken_translation_names_its_own_file() {
    // The author must know the Hindi file is the broken one.
    let problems = try_build("broken-translation", "/", |file, json| {
        if file == "hi/site.json" {
            json["name"] = " ".into();
        }
    })
    .unwrap_err();
    assert!(
        problems.contains("hi/site.json: name: must not be empty"),
        "{problems}"
    );
}

#[test]
fn hindi_pages_say_their_language_and_read_hindi_content() {
    let dist = build_folder("hindi", "/guide/", |_, _| {});
    let html = std::fs::read_to_string(dist.join("hi/skills/index.html")).unwrap();
    assert!(html.contains("<html lang=\"hi\">"), "{html}");
    assert!(html.contains("href=\"content/hi/skills.json\""), "{html}");
    assert!(html.contains(
        "<link rel=\"alternate\" hreflang=\"en\" href=\"https://guide.example/guide/skills\">"
    ));
    assert!(
        html.contains("<link rel=\"canonical\" href=\"https://guide.example/guide/hi/skills\">")
    );
    assert_eq!(
        attr(&html, "<meta property=\"og:image\""),
        Some("https://guide.example/guide/og/hi/skills.png")
    );
    let english = std::fs::read_to_string(dist.join("skills/index.html")).unwrap();
    assert!(english.contains("<html lang=\"en\">"));
    assert_ne!(
        between(&html, "<title>", "</title>"),
        between(&english, "<title>", "</title>")
    );
    for file in [
        "hi/404.html",
        "hi/embed/404.html",
        "hi/embed/skills/index.html",
    ] {
        assert!(dist.join(file).is_file(), "{file}");
    }
}

#[test]
fn the_glue_preload_waits_with_its_current_integrity() {
    let dist = build_folder("glue", "/", |_, _| {});
    let html = std::fs::read_to_string(dist.join("skills/index.html")).unwrap();
    let template = between(&html, "<template data-bg-after-paint>", "</template>").unwrap();
    // sha384 of GLUE, as `openssl dgst -sha384 -binary | base64` prints it.
    assert!(
        template.contains(
            "integrity=\"sha384-yOQ0VhgBMuBf8Hlp2DTdcq1rboxg8Ic5lBeJjnuJ94dIBe3nuOrW2LXY3YghMRWV\""
        ),
        "{template}"
    );
    assert!(!html.contains("_bg.wasm"), "the wasm is never preloaded");
}

#[test]
fn a_shell_without_what_the_prerenderer_edits_stops_the_build() {
    for (name, line, named) in [
        ("no-glue", "modulepreload", "modulepreload of the JS glue"),
        (
            "no-start-up",
            "<script type=\"module\">",
            "inline start-up module",
        ),
    ] {
        let dist = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        let _ = std::fs::remove_dir_all(&dist);
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("backend-guide-0123456789abcdef.js"), GLUE).unwrap();
        let shell = SHELL.replace("__BASE__", "/");
        let without = shell.replace(line, "<script>");
        std::fs::write(dist.join("index.html"), without).unwrap();
        let error = build(&Options {
            dist: dist.clone(),
            public_url: "/".into(),
            site_url: "https://guide.example".into(),
        })
        .unwrap_err();
        assert!(error.contains(named), "{error}");
    }
}

#[test]
fn trunks_start_up_moves_into_files_and_waits_for_the_paint() {
    // The CSP forbids inline scripts: every page loads boot-<hash>.js, which
    // runs trunk's own start-up, unchanged, once the page has painted.
    let dist = build_folder("start-up", "/guide/", |_, _| {});
    let html = std::fs::read_to_string(dist.join("skills/index.html")).unwrap();
    let boot = between(&html, "<script type=\"module\" src=\"/guide/", "\"")
        .expect("a start-up module by its address");
    assert!(boot.starts_with("boot-") && boot.ends_with(".js"), "{boot}");
    assert!(!html.contains("import init"), "no inline start-up is left");
    let boot_code = std::fs::read_to_string(dist.join(boot)).unwrap();
    assert!(boot_code.contains("first-contentful-paint"), "{boot_code}");
    let start = between(&boot_code, "await import('./", "');").expect("imports trunk's start-up");
    let start_code = std::fs::read_to_string(dist.join(start)).unwrap();
    assert!(start_code
        .contains("import init, * as bindings from '/guide/backend-guide-0123456789abcdef.js';"));
    // The same page names the same files: the hashes follow the code.
    let again = std::fs::read_to_string(dist.join("careers/index.html")).unwrap();
    assert!(again.contains(boot));
}
