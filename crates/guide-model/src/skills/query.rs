//! The skills list's state as it lives in the query string:
//! `?q=py&category=language,data&sort=year`.

use crate::url::query_string;

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

/// What the list shows: search text, chosen categories, order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SkillQuery {
    pub q: String,
    pub categories: Vec<String>,
    pub sort: Sort,
}

impl SkillQuery {
    /// Reads the state from decoded query pairs. Unknown keys and values are
    /// ignored, so a hand-edited URL never fails; repeated or comma-joined
    /// categories both work.
    pub fn from_pairs<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> Self
    where
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut query = SkillQuery::default();
        for (key, value) in pairs {
            let value = value.as_ref();
            match key.as_ref() {
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
        let categories = self.categories.join(",");
        let pairs = [
            ("q", self.q.as_str()),
            ("category", categories.as_str()),
            ("sort", self.sort.key()),
        ];
        query_string(pairs.into_iter().filter(|(key, value)| match *key {
            "sort" => self.sort != Sort::default(),
            _ => !value.is_empty(),
        }))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::query_pairs;

    fn parse(query: &str) -> SkillQuery {
        SkillQuery::from_pairs(query_pairs(query))
    }

    #[test]
    fn query_string_round_trips() {
        // A copied URL must reproduce the same view.
        let check = |input: &str, expected: &str| {
            let q = parse(input);
            assert_eq!(q.to_query_string(), expected, "{input}");
            assert_eq!(parse(&q.to_query_string()), q, "{input}");
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
        check("q=two+words", "q=two%20words");
    }

    #[test]
    fn search_text_with_url_characters_survives_a_round_trip() {
        // `&`, `+`, `%`, `#` and non-ASCII text are all things readers type.
        for text in [
            "c#",
            "a&b",
            "c++",
            "100%",
            "%2B",
            "naïve",
            "データベース",
            "a=b?c",
        ] {
            let q = SkillQuery {
                q: text.into(),
                ..Default::default()
            };
            assert_eq!(parse(&q.to_query_string()), q, "{text}");
        }
    }
}
