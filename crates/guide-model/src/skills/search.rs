//! Filtering and ordering the skill cards for the list view.

use super::{SkillQuery, SkillsFile, Sort};

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
}

#[cfg(test)]
mod tests {
    use crate::skills::tests::fixture;
    use crate::skills::SkillQuery;
    use crate::url::query_pairs;

    use super::*;

    fn ids(query: &str) -> Vec<String> {
        let file = fixture();
        let q = SkillQuery::from_pairs(query_pairs(query));
        let index = SearchIndex::new(&file);
        file.matching(&index, &q)
            .into_iter()
            .map(|i| file.skills[i].id.clone())
            .collect()
    }

    #[test]
    fn search_matches_name_summary_and_tags() {
        assert_eq!(ids("q=py"), vec!["python"]);
        assert_eq!(ids("q=PYTHON"), vec!["python"]);
        assert!(ids("q=zzzz").is_empty());
        // "django" is only a tag of Python; "jvm" only in Java's summary.
        assert_eq!(ids("q=django"), vec!["python"]);
        assert_eq!(ids("q=jvm"), vec!["java"]);
        // Every word must match, in any order.
        assert_eq!(ids("q=tables+queries"), vec!["sql"]);
        assert!(ids("q=tables+django").is_empty());
    }

    #[test]
    fn categories_filter_and_combine() {
        assert_eq!(ids("category=language").len(), 5);
        assert_eq!(ids("category=language,data").len(), 6);
        assert_eq!(ids("category=nope").len(), 0);
        assert_eq!(ids("category=web&q=rest"), vec!["apis"]);
    }

    #[test]
    fn sorts_by_name_and_by_release_year() {
        assert_eq!(
            ids("category=language"),
            vec!["dotnet", "java", "php", "python", "ruby"]
        );
        let by_year = ids("category=language&sort=year");
        // 1991 Python; 1995 Java, PHP, Ruby (A–Z); 2002 .NET.
        assert_eq!(by_year, vec!["python", "java", "php", "ruby", "dotnet"]);
        let all = ids("sort=year");
        assert_eq!(&all[..5], &by_year[..], "languages come first by year");
        assert_eq!(&all[5..], &["apis", "sql"], "then the rest A–Z");
    }
}
