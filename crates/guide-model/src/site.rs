//! `site.json`: the product's name, its navigation and its footer.

use serde::Deserialize;

use crate::validate::{field, index, non_blank, non_empty, Invalid, Validate};

/// The four top-level sections of the guide. Routes are fixed in code; their
/// words come from `site.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionId {
    Overview,
    Skills,
    Careers,
    Compare,
}

impl SectionId {
    pub const ALL: [SectionId; 4] = [
        SectionId::Overview,
        SectionId::Skills,
        SectionId::Careers,
        SectionId::Compare,
    ];

    /// The route of the section, relative to the app's base path.
    pub fn path(self) -> &'static str {
        match self {
            SectionId::Overview => "/",
            SectionId::Skills => "/skills",
            SectionId::Careers => "/careers",
            SectionId::Compare => "/compare",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            SectionId::Overview => "overview",
            SectionId::Skills => "skills",
            SectionId::Careers => "careers",
            SectionId::Compare => "compare",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub name: String,
    pub tagline: String,
    /// Accessible name of the main navigation landmark.
    pub nav_label: String,
    pub nav: Vec<NavItem>,
    pub footer: Footer,
    pub not_found: NotFound,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
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
#[serde(deny_unknown_fields)]
pub struct Footer {
    pub text: String,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
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
    fn validate(&self) -> Result<(), Invalid> {
        non_blank("name", &self.name)?;
        non_blank("tagline", &self.tagline)?;
        non_blank("nav_label", &self.nav_label)?;
        for (i, item) in self.nav.iter().enumerate() {
            let path = index("nav", i);
            if self.nav[..i]
                .iter()
                .any(|earlier| earlier.section == item.section)
            {
                return Err(Invalid::new(
                    field(&path, "section"),
                    format!("section {:?} is listed twice", item.section.key()),
                ));
            }
            non_blank(field(&path, "label"), &item.label)?;
            non_blank(field(&path, "title"), &item.title)?;
            non_blank(field(&path, "summary"), &item.summary)?;
        }
        if let Some(missing) = SectionId::ALL.iter().find(|s| self.nav_item(**s).is_none()) {
            return Err(Invalid::new(
                "nav",
                format!("section {:?} has no entry", missing.key()),
            ));
        }
        non_blank("footer.text", &self.footer.text)?;
        non_empty("footer.sources", &self.footer.sources)?;
        for (i, source) in self.footer.sources.iter().enumerate() {
            let path = index("footer.sources", i);
            non_blank(field(&path, "name"), &source.name)?;
            non_blank(field(&path, "detail"), &source.detail)?;
        }
        non_blank("not_found.title", &self.not_found.title)?;
        non_blank("not_found.text", &self.not_found.text)?;
        non_blank("not_found.home_link", &self.not_found.home_link)?;
        Ok(())
    }
}
