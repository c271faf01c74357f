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
