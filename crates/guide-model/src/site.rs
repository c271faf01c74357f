//! `site.json`: the product's name, its navigation and its footer.

use serde::Deserialize;

use crate::content_file::content_file;
use crate::date::Date;
use crate::validate::{field, index, Problems, Validate};

/// The top-level sections of the guide, in the header's order. Routes are
/// fixed in code; their words come from `site.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum SectionId {
    Overview,
    Skills,
    Careers,
    Compare,
    Path,
}

impl SectionId {
    pub const ALL: [SectionId; 5] = [
        SectionId::Overview,
        SectionId::Skills,
        SectionId::Careers,
        SectionId::Compare,
        SectionId::Path,
    ];

    /// The route of the section, relative to the app's base path.
    pub fn path(self) -> &'static str {
        match self {
            SectionId::Overview => "/",
            SectionId::Skills => "/skills",
            SectionId::Careers => "/careers",
            SectionId::Compare => "/compare",
            SectionId::Path => "/path",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            SectionId::Overview => "overview",
            SectionId::Skills => "skills",
            SectionId::Careers => "careers",
            SectionId::Compare => "compare",
            SectionId::Path => "path",
        }
    }

    /// The content files whose facts a section's pages show, for the
    /// "checked" line in their footer. (The overview shows the request flow
    /// from comparison.json; the path names skill cards.)
    pub fn files(self) -> &'static [&'static str] {
        match self {
            SectionId::Overview => &["overview.json", "comparison.json"],
            SectionId::Skills => &["skills.json"],
            SectionId::Careers => &["careers.json"],
            SectionId::Compare => &["comparison.json"],
            SectionId::Path => &["path.json", "skills.json"],
        }
    }

    /// The section a route belongs to (`/skills/python` → skills); `None`
    /// for a path the guide does not know.
    pub fn of_route(route: &str) -> Option<SectionId> {
        let first = route
            .trim_start_matches('/')
            .split(['/', '?', '#'])
            .next()?;
        match first {
            "" | "overview" => Some(SectionId::Overview),
            other => SectionId::ALL
                .into_iter()
                .find(|s| s != &SectionId::Overview && s.key() == other),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// The file's JSON Schema, for editors: `schema/site.schema.json`.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The day this file's facts were last reviewed (`YYYY-MM-DD`).
    pub checked: Date,
    pub name: String,
    pub tagline: String,
    /// Accessible name of the main navigation landmark.
    pub nav_label: String,
    pub nav: Vec<NavItem>,
    pub footer: Footer,
    pub not_found: NotFound,
    pub widget: WidgetPage,
    /// The words before a date in the footer: "Facts checked" 29 Nov 2026.
    pub checked_label: String,
    /// Accessible name of the overview's cards linking the other sections.
    pub explore_label: String,
}

content_file!(Site => "site.json");

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NavItem {
    pub section: SectionId,
    /// Short link text in the header.
    pub label: String,
    /// Heading of the section's page.
    pub title: String,
    /// One sentence on what the section offers.
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Footer {
    pub text: String,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NotFound {
    pub title: String,
    pub text: String,
    pub home_link: String,
}

/// The widget builder's page (`/widget`), and the footer's link to it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WidgetPage {
    /// The footer's link to the page, on every page of the site.
    pub link: String,
    pub title: String,
    pub lead: String,
    /// Heading of the choices.
    pub choose: String,
    /// Label of the list of what to show, and the names of its groups.
    pub what: String,
    pub sections: String,
    pub skills: String,
    pub charts: String,
    /// Labels of the widget's language and theme.
    pub language: String,
    pub theme: String,
    /// Legend of the loading modes, then each mode.
    pub load: String,
    pub load_lazy: Choice,
    pub load_eager: Choice,
    pub load_click: Choice,
    pub height: String,
    pub height_help: String,
    /// A height that is not a whole number in range: `{value}`, `{min}`, `{max}`.
    pub height_error: String,
    /// The optional accessible name of the widget.
    pub name: String,
    pub name_help: String,
    pub preview: String,
    pub preview_help: String,
    /// Heading of the snippets, and a line under it.
    pub code: String,
    pub code_intro: String,
    /// What each snippet is for: the script, the plain iframe, the inline element.
    pub script_help: String,
    pub iframe_help: String,
    pub inline_help: String,
    /// The inline element shows sections only: `{section}` is the one it shows.
    pub inline_note: String,
    /// The page's address, for WordPress and Ghost: its label and what to do.
    pub link_label: String,
    pub link_help: String,
    /// An address that asked for something the guide does not have:
    /// `{name}` (the query key) and `{value}`.
    pub unknown: String,
}

/// One option of a choice: its label and a line on what it does.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub label: String,
    pub text: String,
}

impl Site {
    pub fn nav_item(&self, section: SectionId) -> Option<&NavItem> {
        self.nav.iter().find(|item| item.section == section)
    }
}

impl Validate for Site {
    fn validate(&self, p: &mut Problems) {
        p.non_blank("name", &self.name);
        p.non_blank("tagline", &self.tagline);
        p.non_blank("nav_label", &self.nav_label);
        for (i, item) in self.nav.iter().enumerate() {
            let path = index("nav", i);
            if self.nav[..i]
                .iter()
                .any(|earlier| earlier.section == item.section)
            {
                p.add(
                    field(&path, "section"),
                    format!("section {:?} is listed twice", item.section.key()),
                );
            }
            p.non_blank(field(&path, "label"), &item.label);
            p.non_blank(field(&path, "title"), &item.title);
            p.non_blank(field(&path, "summary"), &item.summary);
        }
        for missing in SectionId::ALL
            .iter()
            .filter(|s| self.nav_item(**s).is_none())
        {
            p.add("nav", format!("section {:?} has no entry", missing.key()));
        }
        let w = &self.widget;
        for (name, text) in [
            ("link", &w.link),
            ("title", &w.title),
            ("lead", &w.lead),
            ("choose", &w.choose),
            ("what", &w.what),
            ("sections", &w.sections),
            ("skills", &w.skills),
            ("charts", &w.charts),
            ("language", &w.language),
            ("theme", &w.theme),
            ("load", &w.load),
            ("load_lazy.label", &w.load_lazy.label),
            ("load_lazy.text", &w.load_lazy.text),
            ("load_eager.label", &w.load_eager.label),
            ("load_eager.text", &w.load_eager.text),
            ("load_click.label", &w.load_click.label),
            ("load_click.text", &w.load_click.text),
            ("height", &w.height),
            ("height_help", &w.height_help),
            ("name", &w.name),
            ("name_help", &w.name_help),
            ("preview", &w.preview),
            ("preview_help", &w.preview_help),
            ("code", &w.code),
            ("code_intro", &w.code_intro),
            ("script_help", &w.script_help),
            ("iframe_help", &w.iframe_help),
            ("inline_help", &w.inline_help),
            ("link_label", &w.link_label),
            ("link_help", &w.link_help),
        ] {
            p.non_blank(field("widget", name), text);
        }
        p.template(
            "widget.height_error",
            &w.height_error,
            &["value", "min", "max"],
        );
        p.template("widget.inline_note", &w.inline_note, &["section"]);
        p.template("widget.unknown", &w.unknown, &["name", "value"]);
        p.non_blank("footer.text", &self.footer.text);
        p.non_empty("footer.sources", &self.footer.sources);
        for (i, source) in self.footer.sources.iter().enumerate() {
            let path = index("footer.sources", i);
            p.non_blank(field(&path, "name"), &source.name);
            p.non_blank(field(&path, "detail"), &source.detail);
        }
        p.non_blank("not_found.title", &self.not_found.title);
        p.non_blank("not_found.text", &self.not_found.text);
        p.non_blank("not_found.home_link", &self.not_found.home_link);
        p.non_blank("checked_label", &self.checked_label);
        p.non_blank("explore_label", &self.explore_label);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_belong_to_their_section() {
        // The footer's "checked" date follows the section a route is in.
        let check = |route: &str, expected: Option<SectionId>| {
            assert_eq!(SectionId::of_route(route), expected, "{route}");
        };
        check("/", Some(SectionId::Overview));
        check("", Some(SectionId::Overview));
        check("/overview", Some(SectionId::Overview));
        check("/skills/python", Some(SectionId::Skills));
        check("/skills/side-by-side?ids=a,b", Some(SectionId::Skills));
        check("/careers?region=in", Some(SectionId::Careers));
        check("/compare", Some(SectionId::Compare));
        check("/path", Some(SectionId::Path));
        check("/paths", None);
        check("/no/such/page", None);
        for section in SectionId::ALL {
            assert_eq!(SectionId::of_route(section.path()), Some(section));
        }
    }
}
