//! Filtering and ordering the skill cards for the list view.

use super::{SkillQuery, SkillsFile, Sort};

/// The skills prepared for searching, once per load: their lower-cased
/// text in one string, so a keystroke is one scan of it per word, and the
/// cards in each sort order, so a keystroke filters a list already in
/// order and sorts nothing. Linear in the text, with a tight inner loop
/// (issue 14: a search over 10,000 cards within a frame). It remembers
/// the skills each of the last few query words matched: a word seen again
/// costs nothing, and a word that holds a remembered one (the next key of
/// the same word) is looked for only among that word's skills.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    /// Each skill's name, summary, tags and aliases, lower-cased, one skill after
    /// another, every part ending in a line break (so no word of a query,
    /// which never holds whitespace, matches across two parts).
    text: String,
    /// Where each skill's part of `text` starts, in the skills' order.
    starts: Vec<usize>,
    /// Indices of the skills A–Z by name (case-insensitive).
    by_name: Vec<usize>,
    /// Indices of the languages by first release, then everything else,
    /// each group A–Z.
    by_year: Vec<usize>,
    /// The last words searched for, oldest first, each with the skills (in
    /// ascending order) whose text holds it.
    recent: Vec<(String, Vec<usize>)>,
}

/// How many words [`SearchIndex`] remembers.
const RECENT: usize = 8;

impl SearchIndex {
    pub fn new(file: &SkillsFile) -> Self {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(file.skills.len());
        for s in &file.skills {
            starts.push(text.len());
            for part in [&s.name, &s.summary]
                .into_iter()
                .chain(&s.tags)
                .chain(&s.aliases)
            {
                text.push_str(&part.to_lowercase());
                text.push('\n');
            }
        }
        let names: Vec<String> = file.skills.iter().map(|s| s.name.to_lowercase()).collect();
        let mut by_name: Vec<usize> = (0..file.skills.len()).collect();
        by_name.sort_by(|a, b| names[*a].cmp(&names[*b]));
        let year = |i: usize| match (file.skills[i].is_language(), file.skills[i].first_release) {
            (true, Some(y)) => y,
            _ => u16::MAX,
        };
        // Stable, so each year keeps the A–Z order.
        let mut by_year = by_name.clone();
        by_year.sort_by_key(|&i| year(i));
        Self {
            text,
            starts,
            by_name,
            by_year,
            recent: Vec::new(),
        }
    }

    /// Skill `i`'s part of `text`.
    fn part(&self, i: usize) -> &str {
        let end = self.starts.get(i + 1).copied().unwrap_or(self.text.len());
        &self.text[self.starts[i]..end]
    }

    /// The skills whose text holds `word`, in ascending order.
    fn skills_with(&mut self, word: &str) -> Vec<usize> {
        if let Some(at) = self.recent.iter().position(|(w, _)| w == word) {
            let seen = self.recent.remove(at);
            let skills = seen.1.clone();
            self.recent.push(seen);
            return skills;
        }
        // Text that holds `word` holds every part of it: only the skills of
        // the narrowest remembered part can match.
        let narrowest = self
            .recent
            .iter()
            .filter(|(w, _)| word.contains(w.as_str()))
            .min_by_key(|(_, skills)| skills.len());
        let skills: Vec<usize> = match narrowest {
            Some((_, candidates)) => candidates
                .iter()
                .copied()
                .filter(|&i| self.part(i).contains(word))
                .collect(),
            None => {
                // One scan of all texts; matches come in order, so walk the
                // skills along with them.
                let mut skills = Vec::new();
                let mut skill = 0;
                for (at, _) in self.text.match_indices(word) {
                    while skill + 1 < self.starts.len() && self.starts[skill + 1] <= at {
                        skill += 1;
                    }
                    if skills.last() != Some(&skill) {
                        skills.push(skill);
                    }
                }
                skills
            }
        };
        if self.recent.len() == RECENT {
            self.recent.remove(0);
        }
        self.recent.push((word.to_string(), skills.clone()));
        skills
    }
}

impl SkillsFile {
    /// Indices into `skills` of the cards the query shows, in display order.
    /// Search matches name, summary and tags, case-insensitively; every word
    /// of the query must match.
    pub fn matching(&self, index: &mut SearchIndex, query: &SkillQuery) -> Vec<usize> {
        let needle = query.q.to_lowercase();
        let mut keep = vec![true; self.skills.len()];
        for word in needle.split_whitespace() {
            let mut found = vec![false; keep.len()];
            for i in index.skills_with(word) {
                found[i] = true;
            }
            for (keep, found) in keep.iter_mut().zip(found) {
                *keep &= found;
            }
        }
        let order = match query.sort {
            Sort::Name => &index.by_name,
            Sort::Year => &index.by_year,
        };
        order
            .iter()
            .copied()
            .filter(|&i| {
                keep[i]
                    && (query.categories.is_empty()
                        || query.categories.contains(&self.skills[i].category))
            })
            .collect()
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
        let mut index = SearchIndex::new(&file);
        file.matching(&mut index, &q)
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
    fn an_alias_finds_its_skill_in_either_script() {
        let mut file = fixture();
        let sql = file.skills.iter_mut().find(|s| s.id == "sql").unwrap();
        sql.aliases = vec!["database".into(), "डेटाबेस".into()];
        let find = |file: &SkillsFile, q: &str| {
            let mut index = SearchIndex::new(file);
            let q = SkillQuery::from_pairs(query_pairs(q));
            let found: Vec<String> = file
                .matching(&mut index, &q)
                .into_iter()
                .map(|i| file.skills[i].id.clone())
                .collect();
            found
        };
        assert_eq!(find(&file, "q=database"), vec!["sql"]);
        assert_eq!(
            find(&file, "q=%E0%A4%A1%E0%A5%87%E0%A4%9F%E0%A4%BE"),
            vec!["sql"]
        );
    }

    #[test]
    fn a_word_matches_within_one_part_of_one_skill() {
        // The texts are searched as one string: a word must never match
        // across a skill's name and summary, or across two skills.
        let mut file = fixture();
        for (i, skill) in file.skills.iter_mut().enumerate() {
            skill.name = format!("n{i}x");
            skill.summary = format!("y{i}s");
            skill.tags = vec![format!("t{i}z")];
        }
        let mut index = SearchIndex::new(&file);
        let mut count = |q: &str| {
            let query = SkillQuery {
                q: q.to_string(),
                ..Default::default()
            };
            file.matching(&mut index, &query).len()
        };
        assert_eq!(count("0x"), 1);
        assert_eq!(count("xy"), 0, "name then summary");
        assert_eq!(count("zn"), 0, "one skill's tag then the next one's name");
        assert_eq!(count("n0x y0s t0z"), 1, "every word, each in its own part");
        assert_eq!(count("n0x y1s"), 0, "every word in the same skill");
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

    #[test]
    fn remembered_words_give_what_a_fresh_search_gives() {
        // Typing on, backspacing and retyping reuse what earlier words
        // matched; every answer must equal a search with nothing remembered.
        let mut file = fixture();
        for (i, skill) in file.skills.iter_mut().enumerate() {
            skill.tags.push(format!("k{}", i % 3));
        }
        let mut typed = SearchIndex::new(&file);
        let keys = [
            "j", "ja", "jav", "java", "jav", "ja", "a", "an", "and", "k", "k1", "k", "k2", "s",
            "sq", "sql", "ql", "l", "p", "py", "pyt", "x", "xy", "", "k0 s", "k0 sq", "e", "es",
            "est", "res", "rest", "e", "a", "b", "c", "d", "f", "g", "h", "i", "ja",
        ];
        for q in keys {
            let query = SkillQuery {
                q: q.to_string(),
                ..Default::default()
            };
            let fresh = file.matching(&mut SearchIndex::new(&file), &query);
            assert_eq!(
                file.matching(&mut typed, &query),
                fresh,
                "after typing {q:?}"
            );
        }
        assert!(typed.recent.len() <= RECENT);
    }
}
