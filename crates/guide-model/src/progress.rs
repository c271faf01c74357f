//! The reader's progress: which skills they are learning or know, which
//! responsibilities they recognise in themselves, and the hours a week they
//! plan to learn (the path's pace planner). Stored by stable id, so content
//! edits never lose it; exported and imported as the same JSON, and never
//! sent anywhere.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// The hours per week the path's planner accepts, stored here as the
/// reader's own setting (`hours_per_week`).
pub const HOURS_PER_WEEK: std::ops::RangeInclusive<u16> = 1..=80;

/// Bumped when the stored shape changes; older shapes get a migration.
pub const VERSION: u32 = 1;

/// The largest progress file the guide reads. An export of every skill and
/// role is a few KB; a bigger file is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 1_000_000;

/// Why a picked file of `bytes` is too big to be a progress file, if it is.
pub fn check_file_size(bytes: u64) -> Result<(), String> {
    if bytes <= MAX_FILE_BYTES {
        return Ok(());
    }
    Err(format!(
        "it is {:.1} MB, and a progress file is at most {} MB, so it was not read",
        bytes as f64 / 1e6,
        MAX_FILE_BYTES / 1_000_000
    ))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Learning,
    Known,
}

impl Level {
    pub fn key(self) -> &'static str {
        match self {
            Level::Learning => "learning",
            Level::Known => "known",
        }
    }

    pub fn parse(key: &str) -> Option<Level> {
        match key {
            "learning" => Some(Level::Learning),
            "known" => Some(Level::Known),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressState {
    pub version: u32,
    #[serde(default)]
    pub skills: BTreeMap<String, Level>,
    /// Ids of responsibilities marked "this is me".
    #[serde(default)]
    pub roles: BTreeSet<String>,
    /// Hours a week for the learning path's planner. Optional, so files
    /// exported before the planner existed still import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_per_week: Option<u16>,
}

impl Default for ProgressState {
    fn default() -> Self {
        Self {
            version: VERSION,
            skills: BTreeMap::new(),
            roles: BTreeSet::new(),
            hours_per_week: None,
        }
    }
}

/// Which ids exist in the loaded content; `None` where that file is not
/// loaded, in which case ids of that kind are kept unchecked.
#[derive(Debug, Clone, Default)]
pub struct KnownIds {
    pub skills: Option<BTreeSet<String>>,
    pub roles: Option<BTreeSet<String>>,
}

/// What an import did, for the message shown to the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub state: ProgressState,
    pub imported: usize,
    /// Ids that the content does not know, skipped.
    pub skipped: Vec<String>,
}

impl ProgressState {
    pub fn level(&self, skill: &str) -> Option<Level> {
        self.skills.get(skill).copied()
    }

    pub fn set_level(&mut self, skill: &str, level: Option<Level>) {
        match level {
            Some(level) => self.skills.insert(skill.to_string(), level),
            None => self.skills.remove(skill),
        };
    }

    /// How many of `ids` are marked known.
    pub fn known_among<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> usize {
        ids.into_iter()
            .filter(|id| self.level(id) == Some(Level::Known))
            .count()
    }

    pub fn has_role(&self, role: &str) -> bool {
        self.roles.contains(role)
    }

    pub fn set_role(&mut self, role: &str, mine: bool) {
        if mine {
            self.roles.insert(role.to_string());
        } else {
            self.roles.remove(role);
        }
    }

    /// Sets the planner's hours a week; `None` (or a value out of range) clears them.
    pub fn set_hours_per_week(&mut self, hours: Option<u16>) {
        self.hours_per_week = hours.filter(|h| HOURS_PER_WEEK.contains(h));
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads stored or exported progress; the error names the JSON path.
    pub fn parse(text: &str) -> Result<ProgressState, String> {
        if text.trim().is_empty() {
            return Err("the file is empty".into());
        }
        let state: ProgressState = crate::read::from_str(text).map_err(|e| e.to_string())?;
        if state.version != VERSION {
            return Err(format!(
                "version: this file is version {}, the guide reads version {VERSION}",
                state.version
            ));
        }
        let hours = HOURS_PER_WEEK;
        if let Some(h) = state.hours_per_week.filter(|h| !hours.contains(h)) {
            return Err(format!(
                "hours_per_week: {h} is not between {} and {}",
                hours.start(),
                hours.end()
            ));
        }
        Ok(state)
    }

    /// Merges an exported file into this progress. Invalid files change
    /// nothing (the error says what is wrong); unknown ids are skipped and listed.
    pub fn import(&self, text: &str, known: &KnownIds) -> Result<ImportReport, String> {
        let incoming = Self::parse(text)?;
        let mut state = self.clone();
        let mut imported = 0;
        let mut skipped = Vec::new();
        let allowed =
            |set: &Option<BTreeSet<String>>, id: &str| set.as_ref().is_none_or(|s| s.contains(id));
        for (id, level) in incoming.skills {
            if allowed(&known.skills, &id) {
                state.skills.insert(id, level);
                imported += 1;
            } else {
                skipped.push(id);
            }
        }
        for id in incoming.roles {
            if allowed(&known.roles, &id) {
                state.roles.insert(id);
                imported += 1;
            } else {
                skipped.push(id);
            }
        }
        if let Some(hours) = incoming.hours_per_week {
            state.hours_per_week = Some(hours);
            imported += 1;
        }
        Ok(ImportReport {
            state,
            imported,
            skipped,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> KnownIds {
        KnownIds {
            skills: Some(["python", "java"].map(String::from).into()),
            roles: Some(["apis"].map(String::from).into()),
        }
    }

    #[test]
    fn export_then_import_round_trips() {
        // Moving progress to another browser must reproduce it exactly.
        let mut state = ProgressState::default();
        state.set_level("python", Some(Level::Known));
        state.set_level("java", Some(Level::Learning));
        state.set_role("apis", true);
        state.set_hours_per_week(Some(6));
        let report = ProgressState::default()
            .import(&state.to_json(), &known())
            .unwrap();
        assert_eq!(report.state, state);
        assert_eq!(report.imported, 4);
        assert!(report.skipped.is_empty());
    }

    #[test]
    fn files_from_before_the_planner_still_import() {
        // Exports made before hours_per_week existed have no such field;
        // importing one keeps the hours already set here.
        let mut here = ProgressState::default();
        here.set_hours_per_week(Some(10));
        let old = r#"{"version":1,"skills":{"python":"known"},"roles":["apis"]}"#;
        let report = here.import(old, &known()).unwrap();
        assert_eq!(report.imported, 2);
        assert_eq!(report.state.hours_per_week, Some(10));
        assert_eq!(report.state.level("python"), Some(Level::Known));
        // And an export without hours says nothing about them.
        assert!(!ProgressState::default().to_json().contains("hours"));
    }

    #[test]
    fn hours_per_week_stay_in_range() {
        let check = |hours: Option<u16>, expected: Option<u16>| {
            let mut state = ProgressState::default();
            state.set_hours_per_week(hours);
            assert_eq!(state.hours_per_week, expected, "{hours:?}");
        };
        check(Some(6), Some(6));
        check(Some(80), Some(80));
        check(Some(0), None);
        check(Some(81), None);
        check(None, None);
        assert_eq!(
            ProgressState::parse(r#"{"version":1,"hours_per_week":0}"#).unwrap_err(),
            "hours_per_week: 0 is not between 1 and 80"
        );
    }

    #[test]
    fn import_errors_say_what_is_wrong() {
        // A bad file must be rejected with a reason, never half-applied.
        let check = |text: &str, expected: &str| {
            assert_eq!(
                ProgressState::default().import(text, &known()).unwrap_err(),
                expected,
                "{text}"
            );
        };
        check("", "the file is empty");
        check("{", "EOF while parsing an object at line 1 column 1");
        check(r#"{"version":1,"skills":{"python":"expert"}}"#,
            "skills.python: unknown variant `expert`, expected `learning` or `known` at line 1 column 40");
        check(
            r#"{"version":2}"#,
            "version: this file is version 2, the guide reads version 1",
        );
        check(
            r#"{"skills":{}}"#,
            "missing field `version` at line 1 column 13",
        );
        check(
            r#"{"version":1,"skills":[]}"#,
            "skills: invalid type: sequence, expected a map at line 1 column 22",
        );
    }

    #[test]
    fn unknown_ids_are_skipped_and_reported() {
        // Content may drop a skill; an old export must still import the rest.
        let text = r#"{"version":1,"skills":{"python":"known","cobol":"learning"},"roles":["apis","juggling"]}"#;
        let report = ProgressState::default().import(text, &known()).unwrap();
        assert_eq!(report.imported, 2);
        assert_eq!(
            report.skipped,
            vec!["cobol".to_string(), "juggling".to_string()]
        );
        assert_eq!(report.state.level("python"), Some(Level::Known));
        assert_eq!(report.state.level("cobol"), None);
    }

    #[test]
    fn ids_are_unchecked_when_their_content_is_not_loaded() {
        let text = r#"{"version":1,"roles":["anything"]}"#;
        let known = KnownIds {
            skills: None,
            roles: None,
        };
        assert!(ProgressState::default()
            .import(text, &known)
            .unwrap()
            .state
            .has_role("anything"));
    }

    #[test]
    fn known_count_only_counts_known() {
        let mut state = ProgressState::default();
        state.set_level("a", Some(Level::Known));
        state.set_level("b", Some(Level::Learning));
        state.set_level("c", Some(Level::Known));
        state.set_level("c", None);
        assert_eq!(state.known_among(["a", "b", "c"]), 1);
    }

    #[test]
    fn a_file_too_big_to_be_progress_is_refused_by_its_size() {
        assert_eq!(check_file_size(MAX_FILE_BYTES), Ok(()));
        assert_eq!(
            check_file_size(20 * 1024 * 1024),
            Err("it is 21.0 MB, and a progress file is at most 1 MB, so it was not read".into())
        );
    }
}
