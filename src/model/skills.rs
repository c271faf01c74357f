//! `skills.json`: the skill cards, and the logic of browsing them
//! (search, category filter, sort, the URL that holds that state).

use std::collections::HashSet;

use serde::Deserialize;

use super::validate::{field, index, non_blank, non_empty, unique_ids, Invalid, Validate};

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

/// How the list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// By name, A to Z.
    #[default]
    Name,
    /// Languages by first release year, oldest first; other skills after them, A to Z.
    Year,
}

impl Sort {
    pub fn key(self) -> &'static str {
        match self {
            Sort::Name => "name",
            Sort::Year => "year",
        }
    }

    pub fn parse(key: &str) -> Option<Sort> {
        match key {
            "name" => Some(Sort::Name),
            "year" => Some(Sort::Year),
            _ => None,
        }
    }
}

/// The list view's state, as it lives in the query string:
/// `?q=py&category=language&category=data&sort=year`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SkillQuery {
    pub q: String,
    pub categories: Vec<String>,
    pub sort: Sort,
}

impl SkillQuery {
    /// Reads the state from query pairs. Unknown keys and values are ignored,
    /// so a hand-edited URL never fails; repeated or comma-joined categories both work.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut query = SkillQuery::default();
        for (key, value) in pairs {
            match key {
                "q" => query.q = value.chars().take(200).collect(),
                "category" => {
                    for c in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                        if !query.categories.iter().any(|have| have == c) {
                            query.categories.push(c.to_string());
                        }
                    }
                }
                "sort" => query.sort = Sort::parse(value).unwrap_or_default(),
                _ => {}
            }
        }
        query
    }

    /// The query string without `?`; empty for the default view.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(format!("q={}", encode(&self.q)));
        }
        if !self.categories.is_empty() {
            parts.push(format!("category={}", encode(&self.categories.join(","))));
        }
        if self.sort != Sort::default() {
            parts.push(format!("sort={}", self.sort.key()));
        }
        parts.join("&")
    }

    pub fn is_filtered(&self) -> bool {
        !self.q.trim().is_empty() || !self.categories.is_empty()
    }

    pub fn toggled(&self, category: &str) -> SkillQuery {
        let mut next = self.clone();
        if let Some(i) = next.categories.iter().position(|c| c == category) {
            next.categories.remove(i);
        } else {
            next.categories.push(category.to_string());
        }
        next
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay as they are).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b',' => out.push(','),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A skill prepared for searching: lower-cased text computed once per load,
/// so a keystroke costs one substring test per card.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    haystacks: Vec<String>,
    /// Lower-cased names, so sorting 10,000 cards allocates nothing per comparison.
    sort_names: Vec<String>,
}

impl SearchIndex {
    pub fn new(file: &SkillsFile) -> Self {
        let haystacks = file
            .skills
            .iter()
            .map(|s| {
                let mut text = format!("{}\n{}", s.name, s.summary);
                for tag in &s.tags {
                    text.push('\n');
                    text.push_str(tag);
                }
                text.to_lowercase()
            })
            .collect();
        let sort_names = file.skills.iter().map(|s| s.name.to_lowercase()).collect();
        Self {
            haystacks,
            sort_names,
        }
    }
}

impl SkillsFile {
    /// Indices into `skills` of the cards the query shows, in display order.
    /// Search matches name, summary and tags, case-insensitively; every word
    /// of the query must match.
    pub fn matching(&self, index: &SearchIndex, query: &SkillQuery) -> Vec<usize> {
        let needle = query.q.to_lowercase();
        let words: Vec<&str> = needle.split_whitespace().collect();
        let mut shown: Vec<usize> = (0..self.skills.len())
            .filter(|&i| {
                let skill = &self.skills[i];
                (query.categories.is_empty() || query.categories.contains(&skill.category))
                    && words.iter().all(|w| index.haystacks[i].contains(w))
            })
            .collect();
        let by_name = |a: &usize, b: &usize| index.sort_names[*a].cmp(&index.sort_names[*b]);
        match query.sort {
            Sort::Name => shown.sort_by(by_name),
            Sort::Year => shown.sort_by(|a, b| {
                let year = |i: &usize| match (
                    self.skills[*i].is_language(),
                    self.skills[*i].first_release,
                ) {
                    (true, Some(y)) => y,
                    _ => u16::MAX,
                };
                year(a).cmp(&year(b)).then_with(|| by_name(a, b))
            }),
        }
        shown
    }

    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.skills.iter().find(|s| s.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }
}

/// The skills chosen for side-by-side comparison: `?ids=python,java`.
/// Returns the known skills (at most three, in the order given, no repeats)
/// and the ids that do not exist.
pub fn compare_selection<'a>(file: &'a SkillsFile, ids: &str) -> (Vec<&'a Skill>, Vec<String>) {
    let mut found: Vec<&Skill> = Vec::new();
    let mut unknown = Vec::new();
    for id in ids.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        match file.skill(id) {
            Some(skill) if !found.iter().any(|s| s.id == skill.id) && found.len() < MAX_COMPARE => {
                found.push(skill)
            }
            Some(_) => {}
            None => unknown.push(id.chars().take(64).collect()),
        }
    }
    (found, unknown)
}

/// Comparison tables stay readable on a phone with up to three columns.
pub const MAX_COMPARE: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::decode;

    fn shipped() -> SkillsFile {
        let text = include_str!("../../public/content/skills.json");
        decode::<SkillsFile>("skills.json", text).unwrap()
    }

    fn names(file: &SkillsFile, query: &str) -> Vec<String> {
        let q = SkillQuery::from_pairs(pairs(query).iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let index = SearchIndex::new(file);
        file.matching(&index, &q)
            .into_iter()
            .map(|i| file.skills[i].id.clone())
            .collect()
    }

    fn pairs(query: &str) -> Vec<(String, String)> {
        query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (k.to_string(), v.replace("%20", " ").replace("%2C", ","))
            })
            .collect()
    }

    #[test]
    fn query_string_round_trips() {
        // A copied URL must reproduce the same view.
        let check = |input: &str, expected: &str| {
            let q =
                SkillQuery::from_pairs(pairs(input).iter().map(|(k, v)| (k.as_str(), v.as_str())));
            assert_eq!(q.to_query_string(), expected, "{input}");
            let again = SkillQuery::from_pairs(
                pairs(&q.to_query_string())
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str())),
            );
            assert_eq!(again, q, "{input}");
        };
        check("", "");
        check("q=py", "q=py");
        check(
            "q=py&category=language&sort=year",
            "q=py&category=language&sort=year",
        );
        check("category=language&category=data", "category=language,data");
        check("category=language,data,language", "category=language,data");
        check("sort=name", "");
        check("sort=bogus&zzz=1", "");
        check("q=two%20words", "q=two%20words");
    }

    #[test]
    fn search_matches_name_summary_and_tags() {
        let file = shipped();
        assert_eq!(names(&file, "q=py"), vec!["python"]);
        assert_eq!(names(&file, "q=PYTHON"), vec!["python"]);
        assert!(names(&file, "q=zzzz").is_empty());
        // "django" is only a tag of Python.
        assert_eq!(names(&file, "q=django"), vec!["python"]);
    }

    #[test]
    fn categories_filter_and_combine() {
        let file = shipped();
        assert_eq!(names(&file, "category=language").len(), 5);
        assert_eq!(
            names(&file, "category=language,data").len(),
            5 + file.skills.iter().filter(|s| s.category == "data").count()
        );
        assert_eq!(names(&file, "category=nope").len(), 0);
    }

    #[test]
    fn sorts_by_name_and_by_release_year() {
        let file = shipped();
        let by_name = names(&file, "category=language");
        assert_eq!(by_name, vec!["dotnet", "java", "php", "python", "ruby"]);
        let by_year = names(&file, "category=language&sort=year");
        // 1991 Python; 1995 Java, PHP, Ruby (A–Z); 2002 .NET.
        assert_eq!(by_year, vec!["python", "java", "php", "ruby", "dotnet"]);
        let all = names(&file, "sort=year");
        assert_eq!(
            &all[..5],
            &by_year[..],
            "languages come first when sorting by year"
        );
    }

    #[test]
    fn compare_selection_keeps_order_and_reports_unknown_ids() {
        let file = shipped();
        let ids = |s: &str| {
            let (found, unknown) = compare_selection(&file, s);
            (
                found
                    .iter()
                    .map(|s| s.id.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
                unknown.join(","),
            )
        };
        assert_eq!(ids("python,java"), ("python,java".into(), "".into()));
        assert_eq!(ids("java,java,python"), ("java,python".into(), "".into()));
        assert_eq!(ids("python,cobol"), ("python".into(), "cobol".into()));
        assert_eq!(
            ids("php,python,java,ruby"),
            ("php,python,java".into(), "".into())
        );
        assert_eq!(ids(""), ("".into(), "".into()));
    }

    fn check_invalid(edit: impl Fn(&mut serde_json::Value), expected: &str) {
        let mut value: serde_json::Value =
            serde_json::from_str(include_str!("../../public/content/skills.json")).unwrap();
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
