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

use crate::validate::{field, index, non_blank, non_empty, unique_ids, Invalid, Validate};

/// The category whose skills are programming languages; they must carry a
/// first release year and what they are known for.
pub const LANGUAGE: &str = "language";

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillsFile {
    pub categories: Vec<Category>,
    pub skills: Vec<Skill>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
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
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

impl Validate for SkillsFile {
    fn validate(&self) -> Result<(), Invalid> {
        non_empty("categories", &self.categories)?;
        unique_ids("categories", &self.categories, |c| &c.id)?;
        for (i, c) in self.categories.iter().enumerate() {
            non_blank(field(&index("categories", i), "name"), &c.name)?;
            non_blank(
                field(&index("categories", i), "description"),
                &c.description,
            )?;
        }
        non_empty("skills", &self.skills)?;
        unique_ids("skills", &self.skills, |s| &s.id)?;
        let ids: HashSet<&str> = self.skills.iter().map(|s| s.id.as_str()).collect();
        for (i, skill) in self.skills.iter().enumerate() {
            skill.validate_at(&index("skills", i), self, &ids)?;
        }
        Ok(())
    }
}

impl Skill {
    pub fn is_language(&self) -> bool {
        self.category == LANGUAGE
    }

    fn validate_at(
        &self,
        path: &str,
        file: &SkillsFile,
        ids: &HashSet<&str>,
    ) -> Result<(), Invalid> {
        let at = |name: &str| field(path, name);
        non_blank(at("name"), &self.name)?;
        if !file.categories.iter().any(|c| c.id == self.category) {
            return Err(Invalid::new(
                at("category"),
                format!("unknown category {:?}", self.category),
            ));
        }
        non_blank(at("summary"), &self.summary)?;
        for (name, list) in [
            ("description", &self.description),
            ("tools", &self.tools),
            ("used_for", &self.used_for),
            ("strengths", &self.strengths),
            ("tradeoffs", &self.tradeoffs),
        ] {
            non_empty(at(name), list)?;
            for (i, text) in list.iter().enumerate() {
                non_blank(index(&at(name), i), text)?;
            }
        }
        for (i, tag) in self.tags.iter().enumerate() {
            non_blank(index(&at("tags"), i), tag)?;
        }
        for (i, fact) in self.facts.iter().enumerate() {
            non_blank(field(&index(&at("facts"), i), "label"), &fact.label)?;
            non_blank(field(&index(&at("facts"), i), "value"), &fact.value)?;
        }
        if self.is_language() {
            match self.first_release {
                None => {
                    return Err(Invalid::new(
                        at("first_release"),
                        "a language needs its first release year",
                    ))
                }
                Some(year) if !(1950..=2100).contains(&year) => {
                    return Err(Invalid::new(
                        at("first_release"),
                        format!("{year} is not a plausible year"),
                    ))
                }
                Some(_) => {}
            }
            match &self.known_for {
                None => {
                    return Err(Invalid::new(
                        at("known_for"),
                        "a language needs what it is known for",
                    ))
                }
                Some(text) => non_blank(at("known_for"), text)?,
            }
        }
        for (i, related) in self.related.iter().enumerate() {
            let path = index(&at("related"), i);
            if related == &self.id {
                return Err(Invalid::new(path, "a skill cannot be related to itself"));
            }
            if !ids.contains(related.as_str()) {
                return Err(Invalid::new(path, format!("unknown skill id {related:?}")));
            }
        }
        Ok(())
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
    use crate::content::decode;

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
    }
}
