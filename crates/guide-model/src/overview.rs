//! `overview.json`: what backend development is and who does it.

use serde::Deserialize;

use crate::validate::{field, index, non_blank, non_empty, unique_ids, Invalid, Validate};

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overview {
    /// The page's `h1`: the product's name.
    pub title: String,
    pub lead: String,
    pub sections: Vec<OverviewSection>,
}

/// One headed part of the overview: paragraphs, then an optional list of
/// defined terms (the parts of a back end, the four CRUD operations, …).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverviewSection {
    pub id: String,
    pub heading: String,
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub terms: Vec<Term>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub term: String,
    pub text: String,
}

impl Validate for Overview {
    fn validate(&self) -> Result<(), Invalid> {
        non_blank("title", &self.title)?;
        non_blank("lead", &self.lead)?;
        non_empty("sections", &self.sections)?;
        unique_ids("sections", &self.sections, |s| &s.id)?;
        for (i, section) in self.sections.iter().enumerate() {
            let path = index("sections", i);
            non_blank(field(&path, "heading"), &section.heading)?;
            let paragraphs = field(&path, "paragraphs");
            non_empty(paragraphs.clone(), &section.paragraphs)?;
            for (p, text) in section.paragraphs.iter().enumerate() {
                non_blank(index(&paragraphs, p), text)?;
            }
            for (t, term) in section.terms.iter().enumerate() {
                let term_path = index(&field(&path, "terms"), t);
                non_blank(field(&term_path, "term"), &term.term)?;
                non_blank(field(&term_path, "text"), &term.text)?;
            }
        }
        Ok(())
    }
}
