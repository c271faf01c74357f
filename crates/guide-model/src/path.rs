//! `path.json`: "Where to start", an ordered learning path. Each step names
//! the skill cards it draws on and a range of hours; the reader's progress
//! (skills marked Known) says which steps are done, and their hours per
//! week turn the open steps into a range of weeks.

use std::collections::HashSet;

use serde::Deserialize;

use crate::content_file::{content_file, ContentFile};
use crate::date::Date;
use crate::progress::{Level, ProgressState, HOURS_PER_WEEK};
use crate::skills::SkillsFile;
use crate::template::fill;
use crate::validate::{field, id, index, Invalid, Problems, Validate};

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LearningPath {
    /// The file's JSON Schema, for editors: `schema/path.schema.json`.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The day this file's facts were last reviewed (`YYYY-MM-DD`).
    pub checked: Date,
    /// Paragraphs under the page's head (its `h1` and lead are site.json's nav entry).
    pub intro: Vec<String>,
    /// Where the hours come from, and that they are an estimate.
    pub estimate_note: String,
    /// Template: `{low}`–`{high}`, the whole path's hours.
    pub total: String,
    /// The `h2` over the steps.
    pub steps_heading: String,
    pub labels: StepLabels,
    pub progress: ProgressWords,
    pub planner: PlannerWords,
    /// In the order a learner takes them.
    pub steps: Vec<Step>,
}

content_file!(LearningPath => "path.json");

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StepLabels {
    pub why: String,
    pub practice: String,
    pub skills: String,
    /// Template: `{low}`, `{high}`.
    pub hours: String,
    /// Badge of a done step.
    pub done: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProgressWords {
    /// Template: `{done}` of `{total}` steps.
    pub template: String,
    /// What makes a step done.
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlannerWords {
    pub heading: String,
    pub intro: String,
    pub hours_label: String,
    /// Template: `{low}`, `{high}` weeks at `{hours}` a week.
    pub estimate: String,
    /// Template: `{weeks}`, `{hours}`: both ends the same.
    pub estimate_single: String,
    /// Template: `{hours}`: at most a week.
    pub estimate_one_week: String,
    /// While the hours field is empty or out of range.
    pub prompt: String,
    pub all_done: String,
    /// Where the hours are kept (this browser only).
    pub privacy: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable: the step's anchor, `#step-{id}`.
    pub id: String,
    pub title: String,
    pub why: String,
    pub practice: Vec<String>,
    /// Ids of skill cards in skills.json.
    pub skills: Vec<String>,
    /// Focused hours for a beginner: our own estimate, as a range.
    pub hours: Hours,
    /// Whether all the step's skills must be Known for it to count as
    /// done, or any one of them (a first language: one is the point).
    #[serde(default)]
    pub done_when: DoneWhen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Hours {
    pub low: u16,
    pub high: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum DoneWhen {
    #[default]
    All,
    Any,
}

/// What the planner says for the open steps at the reader's pace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Estimate {
    /// No valid hours per week yet.
    NeedHours,
    /// Every step is done.
    AllDone,
    /// Weeks for the open steps, each end rounded up: `low ≤ high`.
    Weeks { low: u32, high: u32, hours: u16 },
}

impl Step {
    /// Whether the reader's progress completes this step.
    pub fn is_done(&self, progress: &ProgressState) -> bool {
        let known = |id: &String| progress.level(id) == Some(Level::Known);
        match self.done_when {
            DoneWhen::All => self.skills.iter().all(known),
            DoneWhen::Any => self.skills.iter().any(known),
        }
    }
}

impl LearningPath {
    /// How many steps the reader's progress completes.
    pub fn done_count(&self, progress: &ProgressState) -> usize {
        self.steps.iter().filter(|s| s.is_done(progress)).count()
    }

    /// The whole path's hours, the low end rounded down and the high end
    /// up to a multiple of ten: a rough total should not look precise.
    pub fn total_hours(&self) -> (u32, u32) {
        let (low, high) = sum(self.steps.iter());
        (low / 10 * 10, high.div_ceil(10) * 10)
    }

    /// The hours of the steps not yet done.
    pub fn open_hours(&self, progress: &ProgressState) -> (u32, u32) {
        sum(self.steps.iter().filter(|s| !s.is_done(progress)))
    }

    /// The planner's estimate at `hours` a week (`None` or out of range:
    /// it asks for them), counting only the steps not yet done.
    pub fn estimate(&self, progress: &ProgressState, hours: Option<u16>) -> Estimate {
        let (low, high) = self.open_hours(progress);
        match hours.filter(|h| HOURS_PER_WEEK.contains(h)) {
            _ if high == 0 => Estimate::AllDone,
            None => Estimate::NeedHours,
            Some(hours) => Estimate::Weeks {
                low: low.div_ceil(u32::from(hours)),
                high: high.div_ceil(u32::from(hours)),
                hours,
            },
        }
    }

    /// The planner's sentence for `estimate`, in the file's words.
    pub fn estimate_text(&self, estimate: Estimate) -> String {
        let words = &self.planner;
        match estimate {
            Estimate::NeedHours => words.prompt.clone(),
            Estimate::AllDone => words.all_done.clone(),
            Estimate::Weeks { low, high, hours } => {
                let hours = hours.to_string();
                if high <= 1 {
                    fill(&words.estimate_one_week, &[("hours", &hours)])
                } else if low == high {
                    fill(
                        &words.estimate_single,
                        &[("weeks", &high.to_string()), ("hours", &hours)],
                    )
                } else {
                    fill(
                        &words.estimate,
                        &[
                            ("low", &low.to_string()),
                            ("high", &high.to_string()),
                            ("hours", &hours),
                        ],
                    )
                }
            }
        }
    }

    /// "3 of 9 steps: all their skills Known".
    pub fn progress_text(&self, progress: &ProgressState) -> String {
        fill(
            &self.progress.template,
            &[
                ("done", &self.done_count(progress).to_string()),
                ("total", &self.steps.len().to_string()),
            ],
        )
    }

    /// The rule across files: every skill a step names is a card in
    /// skills.json. Each problem names both files and the JSON path.
    pub fn skill_problems(&self, skills: &SkillsFile) -> Vec<Invalid> {
        let known: HashSet<&str> = skills.skills.iter().map(|s| s.id.as_str()).collect();
        self.steps
            .iter()
            .enumerate()
            .flat_map(|(i, step)| {
                let path = field(&index("steps", i), "skills");
                let known = &known;
                step.skills
                    .iter()
                    .enumerate()
                    .filter(move |(_, id)| !known.contains(id.as_str()))
                    .map(move |(s, id)| {
                        Invalid::new(
                            index(&path, s),
                            format!("unknown skill id {id:?} (not in {})", SkillsFile::FILE),
                        )
                    })
            })
            .collect()
    }
}

fn sum<'a>(steps: impl Iterator<Item = &'a Step>) -> (u32, u32) {
    steps.fold((0, 0), |(low, high), step| {
        (
            low + u32::from(step.hours.low),
            high + u32::from(step.hours.high),
        )
    })
}

impl Validate for LearningPath {
    fn validate(&self, p: &mut Problems) {
        p.texts("intro", &self.intro);
        p.non_blank("estimate_note", &self.estimate_note);
        p.template("total", &self.total, &["low", "high"]);
        p.non_blank("steps_heading", &self.steps_heading);
        let l = &self.labels;
        p.non_blank("labels.why", &l.why);
        p.non_blank("labels.practice", &l.practice);
        p.non_blank("labels.skills", &l.skills);
        p.template("labels.hours", &l.hours, &["low", "high"]);
        p.non_blank("labels.done", &l.done);
        p.template(
            "progress.template",
            &self.progress.template,
            &["done", "total"],
        );
        p.non_blank("progress.note", &self.progress.note);
        let w = &self.planner;
        for (name, text) in [
            ("heading", &w.heading),
            ("intro", &w.intro),
            ("hours_label", &w.hours_label),
            ("prompt", &w.prompt),
            ("all_done", &w.all_done),
            ("privacy", &w.privacy),
        ] {
            p.non_blank(field("planner", name), text);
        }
        p.template("planner.estimate", &w.estimate, &["low", "high", "hours"]);
        p.template(
            "planner.estimate_single",
            &w.estimate_single,
            &["weeks", "hours"],
        );
        p.template(
            "planner.estimate_one_week",
            &w.estimate_one_week,
            &["hours"],
        );
        p.non_empty("steps", &self.steps);
        p.unique_ids("steps", &self.steps, |s| &s.id);
        for (i, step) in self.steps.iter().enumerate() {
            let path = index("steps", i);
            let at = |name: &str| field(&path, name);
            p.non_blank(at("title"), &step.title);
            p.non_blank(at("why"), &step.why);
            p.texts(&at("practice"), &step.practice);
            p.non_empty(at("skills"), &step.skills);
            let mut seen = HashSet::new();
            for (s, skill) in step.skills.iter().enumerate() {
                let skill_path = index(&at("skills"), s);
                if p.check(id(skill_path.clone(), skill)) && !seen.insert(skill) {
                    p.add(skill_path, format!("skill {skill:?} is listed twice"));
                }
            }
            let Hours { low, high } = step.hours;
            if low == 0 {
                p.add(field(&at("hours"), "low"), "must be at least 1");
            }
            if low > high {
                p.add(
                    field(&at("hours"), "low"),
                    format!("the range's low ({low}) is above its high ({high})"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::content_file::decode;

    fn fixture_text() -> String {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/path.json");
        std::fs::read_to_string(path).unwrap()
    }

    fn fixture() -> LearningPath {
        decode(LearningPath::FILE, &fixture_text()).unwrap()
    }

    /// Applies `edit` to the fixture and checks every problem it causes.
    fn check(edit: impl FnOnce(&mut Value), expected: &[&str]) {
        let mut value: Value = serde_json::from_str(&fixture_text()).unwrap();
        edit(&mut value);
        let got = match decode::<LearningPath>(LearningPath::FILE, &value.to_string()) {
            Ok(_) => vec![],
            Err(e) => e
                .lines()
                .iter()
                .map(|l| l.split(" at line ").next().unwrap().to_string())
                .collect(),
        };
        assert_eq!(got, expected);
    }

    /// Progress with `known` skills marked Known and `learning` ones Learning.
    fn progress(known: &[&str], learning: &[&str]) -> ProgressState {
        let mut state = ProgressState::default();
        for id in known {
            state.set_level(id, Some(Level::Known));
        }
        for id in learning {
            state.set_level(id, Some(Level::Learning));
        }
        state
    }

    #[test]
    fn the_fixture_is_valid() {
        check(|_| {}, &[]);
    }

    #[test]
    fn steps_need_words_skills_and_sane_hours() {
        // Each slip an editor can make points at the value to fix, all at once.
        check(
            |v| {
                v["steps"][1]["title"] = json!(" ");
                v["steps"][1]["practice"] = json!([]);
                v["steps"][2]["hours"] = json!({"low": 30, "high": 20});
                v["steps"][0]["skills"][1] = json!("python");
                v["steps"][3]["id"] = json!("sql-database");
                v["steps"][2]["skills"] = json!([]);
            },
            &[
                "path.json: steps[3].id: duplicate id \"sql-database\"",
                "path.json: steps[0].skills[1]: skill \"python\" is listed twice",
                "path.json: steps[1].title: must not be empty",
                "path.json: steps[1].practice: must list at least one entry",
                "path.json: steps[2].skills: must list at least one entry",
                "path.json: steps[2].hours.low: the range's low (30) is above its high (20)",
            ],
        );
        check(
            |v| v["steps"][0]["hours"]["low"] = json!(0),
            &["path.json: steps[0].hours.low: must be at least 1"],
        );
        check(
            |v| v["steps"][0]["done_when"] = json!("some"),
            &["path.json: steps[0].done_when: unknown variant `some`, expected `all` or `any`"],
        );
        check(
            |v| v["planner"]["estimate"] = json!("About {low} weeks"),
            &[
                "path.json: planner.estimate: must use the placeholder {high}",
                "path.json: planner.estimate: must use the placeholder {hours}",
            ],
        );
    }

    #[test]
    fn an_unknown_skill_names_both_files_and_the_path() {
        // Issue 15: the cross-file rule; a typo in an id would be a dead link.
        let skills = crate::skills::tests::fixture();
        let mut path = fixture();
        assert_eq!(path.skill_problems(&skills), []);
        path.steps[2].skills.push("graphql".into());
        assert_eq!(
            path.skill_problems(&skills)
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            ["steps[2].skills[1]: unknown skill id \"graphql\" (not in skills.json)"]
        );
        // `content::check_files` puts it with the file's own problems: see
        // its test `a_cross_file_problem_joins_the_files_own_problems`.
    }

    #[test]
    fn a_step_is_done_when_its_skills_are_known() {
        // Learning is not Known; the first step needs only one language.
        let path = fixture();
        let check = |state: ProgressState, expected: &[bool]| {
            let got: Vec<bool> = path.steps.iter().map(|s| s.is_done(&state)).collect();
            assert_eq!(got, expected);
        };
        check(progress(&[], &[]), &[false, false, false, false]);
        check(progress(&["ruby"], &[]), &[true, false, false, false]);
        check(
            progress(&[], &["python", "java"]),
            &[false, false, false, false],
        );
        check(progress(&["apis"], &["sql"]), &[false, true, false, false]);
        check(
            progress(&["java", "apis", "sql"], &[]),
            &[true, true, true, false],
        );
        assert_eq!(
            path.progress_text(&progress(&["java", "apis"], &[])),
            "2 of 4 steps: all their skills Known"
        );
    }

    #[test]
    fn the_planner_counts_only_open_steps_at_the_readers_pace() {
        // Issue 15: "about 9–17 weeks at 6 h a week", never a single promise.
        // The fixture's steps: 60–120, 15–30, 40–80, 8–15 hours; the last
        // needs python, apis and sql.
        let path = fixture();
        let check = |state: ProgressState, hours: Option<u16>, expected: &str| {
            assert_eq!(
                path.estimate_text(path.estimate(&state, hours)),
                expected,
                "{hours:?}"
            );
        };
        let none = || progress(&[], &[]);
        check(
            none(),
            Some(6),
            "About 21–41 weeks at 6 h a week for the steps still open.",
        );
        check(
            none(),
            Some(10),
            "About 13–25 weeks at 10 h a week for the steps still open.",
        );
        check(
            progress(&["ruby", "apis", "sql"], &[]),
            Some(6),
            "About 2–3 weeks at 6 h a week for the steps still open.",
        );
        check(
            progress(&["ruby", "apis", "sql"], &[]),
            Some(8),
            "About 1–2 weeks at 8 h a week for the steps still open.",
        );
        check(
            progress(&["ruby", "apis", "sql"], &[]),
            Some(15),
            "About a week at 15 h a week for the steps still open.",
        );
        check(
            progress(&["ruby", "apis", "sql"], &[]),
            Some(12),
            "About 1–2 weeks at 12 h a week for the steps still open.",
        );
        check(
            progress(&["python", "apis"], &[]),
            Some(80),
            "About 1–2 weeks at 80 h a week for the steps still open.",
        );
        check(
            none(),
            None,
            "Enter your hours per week to see an estimate.",
        );
        check(
            none(),
            Some(0),
            "Enter your hours per week to see an estimate.",
        );
        check(
            none(),
            Some(81),
            "Enter your hours per week to see an estimate.",
        );
        check(
            progress(&["python", "apis", "sql"], &[]),
            Some(6),
            "Every step is done, so there is nothing left to plan.",
        );
        assert_eq!(
            path.estimate(&none(), Some(6)),
            Estimate::Weeks {
                low: 21,
                high: 41,
                hours: 6
            }
        );
    }

    #[test]
    fn equal_ends_read_as_one_number() {
        let mut path = fixture();
        path.steps.truncate(1);
        path.steps[0].hours = Hours { low: 12, high: 12 };
        let text =
            |hours| path.estimate_text(path.estimate(&ProgressState::default(), Some(hours)));
        assert_eq!(
            text(6),
            "About 2 weeks at 6 h a week for the steps still open."
        );
        assert_eq!(
            text(12),
            "About a week at 12 h a week for the steps still open."
        );
    }

    #[test]
    fn the_total_is_rounded_outwards_to_tens() {
        // The shipped steps sum to 213–420 hours and read "about 210–420".
        let mut path = fixture();
        assert_eq!(path.total_hours(), (120, 250));
        path.steps[0].hours = Hours { low: 65, high: 121 };
        assert_eq!(path.total_hours(), (120, 250));
        path.steps[0].hours = Hours { low: 55, high: 120 };
        assert_eq!(path.total_hours(), (110, 250));
    }
}
