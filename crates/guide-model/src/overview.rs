//! `overview.json`: what backend development is and who does it.

use serde::Deserialize;

use crate::content_file::content_file;
use crate::date::Date;
use crate::validate::{field, index, Problems, Validate};

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Overview {
    /// The file's JSON Schema, for editors: `schema/overview.schema.json`.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The day this file's facts were last reviewed (`YYYY-MM-DD`).
    pub checked: Date,
    /// The page's `h1`: the product's name.
    pub title: String,
    pub lead: String,
    pub sections: Vec<OverviewSection>,
}

content_file!(Overview => "overview.json");

/// One headed part of the overview: paragraphs, then an optional list of
/// defined terms (the parts of a back end, the four CRUD operations, …).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OverviewSection {
    pub id: String,
    pub heading: String,
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub terms: Vec<Term>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub term: String,
    pub text: String,
}

impl Validate for Overview {
    fn validate(&self, p: &mut Problems) {
        p.non_blank("title", &self.title);
        p.non_blank("lead", &self.lead);
        p.non_empty("sections", &self.sections);
        p.unique_ids("sections", &self.sections, |s| &s.id);
        for (i, section) in self.sections.iter().enumerate() {
            let path = index("sections", i);
            p.non_blank(field(&path, "heading"), &section.heading);
            p.texts(&field(&path, "paragraphs"), &section.paragraphs);
            for (t, term) in section.terms.iter().enumerate() {
                let term_path = index(&field(&path, "terms"), t);
                p.non_blank(field(&term_path, "term"), &term.term);
                p.non_blank(field(&term_path, "text"), &term.text);
            }
        }
    }
}
