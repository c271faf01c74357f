//! `skills.json`: the skill cards, their categories and the rules they follow.
//! Browsing them lives beside: [`query`] (the list's URL state), [`search`]
//! (filter and sort), [`side_by_side`] (the table of two or three skills).

use std::collections::HashSet;

use serde::Deserialize;

mod query;
mod search;
mod side_by_side;

pub use query::{SkillQuery, Sort};
pub use search::SearchIndex;
pub use side_by_side::{side_by_side, MAX_SIDE_BY_SIDE};

use crate::content_file::content_file;
use crate::date::Date;
use crate::validate::{field, index, Problems, Validate};

/// The category whose skills are programming languages; they must carry a
/// first release year and what they are known for.
pub const LANGUAGE: &str = "language";

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SkillsFile {
    /// The file's JSON Schema, for editors: `schema/skills.schema.json`.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The day this file's facts were last reviewed (`YYYY-MM-DD`).
    pub checked: Date,
    pub categories: Vec<Category>,
    pub skills: Vec<Skill>,
    /// The words of the skills pages around the cards.
    pub page: SkillsWords,
}

content_file!(SkillsFile => "skills.json");

/// The words of /skills, a skill's page and the side-by-side table.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SkillsWords {
    /// Under the cards: where the five languages come from, and where Node.js and Go are.
    pub languages_note: String,
    pub labels: SkillLabels,
    /// `/skills/side-by-side`.
    pub compare: SideBySideWords,
}

/// Headings of a skill's page and row headings of the side-by-side table.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SkillLabels {
    pub category: String,
    pub summary: String,
    pub first_release: String,
    pub known_for: String,
    pub used_for: String,
    pub strengths: String,
    pub tradeoffs: String,
    pub facts: String,
    pub tools: String,
    pub related: String,
    /// An empty cell of the side-by-side table.
    pub none: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SideBySideWords {
    /// The page's `h1`, and its title before the site's name.
    pub title: String,
    /// Shown when fewer than two known skills are chosen.
    pub empty: String,
    /// Template: `{ids}`, the ids not found, comma-separated.
    pub unknown: String,
    /// Accessible name of the scrollable table.
    pub table_label: String,
    /// Template: `{names}`, the skills compared, comma-separated.
    pub caption: String,
    pub back_link: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub category: String,
    pub summary: String,
    pub description: Vec<String>,
    pub first_release: Option<u16>,
    pub known_for: Option<String>,
    pub facts: Vec<Fact>,
    pub tools: Vec<String>,
    pub used_for: Vec<String>,
    pub strengths: Vec<String>,
    pub tradeoffs: Vec<String>,
    pub related: Vec<String>,
    pub tags: Vec<String>,
    /// Other names a reader may search for, in either script ("database"
    /// on a Hindi page, डेटाबेस on an English one). Searched, never shown;
    /// each language lists its own.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

impl Validate for SkillsFile {
    fn validate(&self, p: &mut Problems) {
        p.non_empty("categories", &self.categories);
        p.unique_ids("categories", &self.categories, |c| &c.id);
        for (i, c) in self.categories.iter().enumerate() {
            p.non_blank(field(&index("categories", i), "name"), &c.name);
            p.non_blank(
                field(&index("categories", i), "description"),
                &c.description,
            );
        }
        p.non_empty("skills", &self.skills);
        p.unique_ids("skills", &self.skills, |s| &s.id);
        let ids: HashSet<&str> = self.skills.iter().map(|s| s.id.as_str()).collect();
        for (i, skill) in self.skills.iter().enumerate() {
            skill.validate_at(&index("skills", i), self, &ids, p);
        }
        self.page.validate_at("page", p);
    }
}

impl SkillsWords {
    fn validate_at(&self, path: &str, p: &mut Problems) {
        let at = |name: &str| field(path, name);
        p.non_blank(at("languages_note"), &self.languages_note);
        let l = &self.labels;
        for (name, text) in [
            ("category", &l.category),
            ("summary", &l.summary),
            ("first_release", &l.first_release),
            ("known_for", &l.known_for),
            ("used_for", &l.used_for),
            ("strengths", &l.strengths),
            ("tradeoffs", &l.tradeoffs),
            ("facts", &l.facts),
            ("tools", &l.tools),
            ("related", &l.related),
            ("none", &l.none),
        ] {
            p.non_blank(field(&at("labels"), name), text);
        }
        let c = &self.compare;
        p.non_blank(at("compare.title"), &c.title);
        p.non_blank(at("compare.empty"), &c.empty);
        p.template(at("compare.unknown"), &c.unknown, &["ids"]);
        p.non_blank(at("compare.table_label"), &c.table_label);
        p.template(at("compare.caption"), &c.caption, &["names"]);
        p.non_blank(at("compare.back_link"), &c.back_link);
    }
}

impl Skill {
    pub fn is_language(&self) -> bool {
        self.category == LANGUAGE
    }

    fn validate_at(&self, path: &str, file: &SkillsFile, ids: &HashSet<&str>, p: &mut Problems) {
        let at = |name: &str| field(path, name);
        p.non_blank(at("name"), &self.name);
        if !file.categories.iter().any(|c| c.id == self.category) {
            p.add(
                at("category"),
                format!("unknown category {:?}", self.category),
            );
        }
        p.non_blank(at("summary"), &self.summary);
        for (name, list) in [
            ("description", &self.description),
            ("tools", &self.tools),
            ("used_for", &self.used_for),
            ("strengths", &self.strengths),
            ("tradeoffs", &self.tradeoffs),
        ] {
            p.texts(&at(name), list);
        }
        for (i, tag) in self.tags.iter().enumerate() {
            p.non_blank(index(&at("tags"), i), tag);
        }
        for (i, alias) in self.aliases.iter().enumerate() {
            p.non_blank(index(&at("aliases"), i), alias);
        }
        for (i, fact) in self.facts.iter().enumerate() {
            p.non_blank(field(&index(&at("facts"), i), "label"), &fact.label);
            p.non_blank(field(&index(&at("facts"), i), "value"), &fact.value);
        }
        if self.is_language() {
            match self.first_release {
                None => p.add(
                    at("first_release"),
                    "a language needs its first release year",
                ),
                Some(year) if !(1950..=2100).contains(&year) => p.add(
                    at("first_release"),
                    format!("{year} is not a plausible year"),
                ),
                Some(_) => {}
            }
            match &self.known_for {
                None => p.add(at("known_for"), "a language needs what it is known for"),
                Some(text) => {
                    p.non_blank(at("known_for"), text);
                }
            }
        }
        for (i, related) in self.related.iter().enumerate() {
            let path = index(&at("related"), i);
            if related == &self.id {
                p.add(path, "a skill cannot be related to itself");
            } else if !ids.contains(related.as_str()) {
                p.add(path, format!("unknown skill id {related:?}"));
            }
        }
    }
}

impl SkillsFile {
    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.skills.iter().find(|s| s.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::content_file::decode;

    /// A small skills file of the tests' own: five languages, two other skills.
    pub(crate) fn fixture() -> SkillsFile {
        decode("skills.json", FIXTURE).unwrap()
    }

    const FIXTURE: &str = include_str!("../../fixtures/skills.json");

    fn check_invalid(edit: impl Fn(&mut serde_json::Value), expected: &str) {
        let mut value: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
        edit(&mut value);
        let err = decode::<SkillsFile>("skills.json", &value.to_string())
            .unwrap_err()
            .to_string();
        // serde's messages end with the line and column, which depend on the file.
        let without_position = err.split(" at line ").next().unwrap_or_default();
        assert_eq!(without_position, expected);
    }

    #[test]
    fn validation_errors_name_the_path() {
        // Each slip a content author can make must point at the value to fix.
        check_invalid(
            |v| v["skills"][2]["related"][0] = "cobol".into(),
            "skills.json: skills[2].related[0]: unknown skill id \"cobol\"",
        );
        check_invalid(
            |v| v["skills"][3]["id"] = "php".into(),
            "skills.json: skills[3].id: duplicate id \"php\"",
        );
        check_invalid(
            |v| {
                v["skills"][1].as_object_mut().unwrap().remove("summary");
            },
            "skills.json: skills[1]: missing field `summary`",
        );
        check_invalid(
            |v| v["skills"][0]["first_release"] = serde_json::Value::Null,
            "skills.json: skills[0].first_release: a language needs its first release year",
        );
        check_invalid(
            |v| v["skills"][0]["category"] = "languages".into(),
            "skills.json: skills[0].category: unknown category \"languages\"",
        );
        check_invalid(
            |v| v["skills"][4]["related"][0] = v["skills"][4]["id"].clone(),
            "skills.json: skills[4].related[0]: a skill cannot be related to itself",
        );
        check_invalid(
            |v| v["skills"][5]["tools"] = serde_json::json!([]),
            "skills.json: skills[5].tools: must list at least one entry",
        );
        check_invalid(
            |v| v["page"]["compare"]["caption"] = "Comparing {skills}".into(),
            "skills.json: page.compare.caption: unknown placeholder {skills}",
        );
    }

    #[test]
    fn a_missing_name_and_a_dangling_id_are_both_reported() {
        // The example of issue 15: content-check used to stop at the first.
        let mut value: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
        value["skills"][1]["name"] = "".into();
        value["skills"][2]["related"][0] = "cobol".into();
        let error = decode::<SkillsFile>("skills.json", &value.to_string()).unwrap_err();
        assert_eq!(
            error.lines(),
            [
                "skills.json: skills[1].name: must not be empty",
                "skills.json: skills[2].related[0]: unknown skill id \"cobol\"",
            ]
        );
    }
}
