//! `comparison.json`: frontend and backend side by side, and one request
//! followed from the screen to the database and back.

use serde::Deserialize;

use crate::content_file::content_file;
use crate::date::Date;
use crate::validate::{field, index, Problems, Validate};

/// The page needs enough rows to be a comparison, not a teaser (issue 5).
pub const MIN_ASPECTS: usize = 8;
/// A request needs at least click, request, routing, logic, data, response, render.
pub const MIN_STEPS: usize = 7;
/// The diagram's stylesheet places up to twelve steps (style/flow.css).
pub const MAX_STEPS: usize = 12;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// The file's JSON Schema, for editors: `schema/comparison.schema.json`.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The day this file's facts were last reviewed (`YYYY-MM-DD`).
    pub checked: Date,
    pub intro: String,
    pub aspects: Vec<Aspect>,
    pub flow: Flow,
    /// The words of /compare around the table, and of the overview's flow preview.
    pub page: CompareWords,
}

content_file!(Comparison => "comparison.json");

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CompareWords {
    /// The `h2` over the aspects.
    pub aspects_heading: String,
    pub table_caption: String,
    /// The header of the aspects' column.
    pub aspect_column: String,
    /// Column headers and card labels of the two sides.
    pub side_names: SideNames,
    /// Put before what both sides share ("Both: …").
    pub shared_label: String,
    /// The overview's link from the compact flow to /compare.
    pub preview_link: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SideNames {
    pub frontend: String,
    pub backend: String,
}

impl SideNames {
    pub fn of(&self, side: Side) -> &str {
        match side {
            Side::Frontend => &self.frontend,
            Side::Backend => &self.backend,
        }
    }
}

/// One row of the comparison: how each side handles the same concern.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Aspect {
    pub id: String,
    pub name: String,
    pub frontend: String,
    pub backend: String,
    /// What both sides have in common; `null` or absent when nothing is worth saying.
    #[serde(default)]
    pub shared: Option<String>,
}

/// A user action traced through the system, step by step.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Flow {
    pub title: String,
    pub intro: String,
    pub steps: Vec<FlowStep>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FlowStep {
    pub id: String,
    pub name: String,
    /// Who owns the step. Required: a step without an owner is a decode error.
    pub side: Side,
    pub text: String,
}

/// The two halves of web development.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Frontend,
    Backend,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::Frontend, Side::Backend];

    /// The capitalised name used in headings and buttons.
    pub fn label(self) -> &'static str {
        match self {
            Side::Frontend => "Frontend",
            Side::Backend => "Backend",
        }
    }

    /// The lowercase key used in CSS class names and running text.
    pub fn key(self) -> &'static str {
        match self {
            Side::Frontend => "frontend",
            Side::Backend => "backend",
        }
    }
}

impl Aspect {
    pub fn text(&self, side: Side) -> &str {
        match side {
            Side::Frontend => &self.frontend,
            Side::Backend => &self.backend,
        }
    }
}

impl Comparison {
    pub fn aspect_index(&self, id: &str) -> Option<usize> {
        self.aspects.iter().position(|a| a.id == id)
    }
}

impl Flow {
    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }

    /// The sentence announced when a step is selected, e.g.
    /// "Step 5 of 7: Database update — handled by the backend".
    pub fn announcement(&self, i: usize) -> Option<String> {
        let step = self.steps.get(i)?;
        Some(format!(
            "Step {} of {}: {} — handled by the {}",
            i + 1,
            self.steps.len(),
            step.name,
            step.side.key()
        ))
    }
}

impl Validate for Comparison {
    fn validate(&self, p: &mut Problems) {
        p.non_blank("intro", &self.intro);
        p.check(at_least("aspects", self.aspects.len(), MIN_ASPECTS));
        p.unique_ids("aspects", &self.aspects, |a| &a.id);
        for (i, aspect) in self.aspects.iter().enumerate() {
            let path = index("aspects", i);
            p.non_blank(field(&path, "name"), &aspect.name);
            p.non_blank(field(&path, "frontend"), &aspect.frontend);
            p.non_blank(field(&path, "backend"), &aspect.backend);
            if let Some(shared) = &aspect.shared {
                p.non_blank(field(&path, "shared"), shared);
            }
        }
        p.non_blank("flow.title", &self.flow.title);
        p.non_blank("flow.intro", &self.flow.intro);
        p.check(at_least("flow.steps", self.flow.steps.len(), MIN_STEPS));
        if self.flow.steps.len() > MAX_STEPS {
            p.add(
                "flow.steps",
                format!(
                    "must list at most {MAX_STEPS} steps, not {}",
                    self.flow.steps.len()
                ),
            );
        }
        p.unique_ids("flow.steps", &self.flow.steps, |s| &s.id);
        for (i, step) in self.flow.steps.iter().enumerate() {
            let path = index("flow.steps", i);
            p.non_blank(field(&path, "name"), &step.name);
            p.non_blank(field(&path, "text"), &step.text);
        }
        let w = &self.page;
        for (name, text) in [
            ("aspects_heading", &w.aspects_heading),
            ("table_caption", &w.table_caption),
            ("aspect_column", &w.aspect_column),
            ("side_names.frontend", &w.side_names.frontend),
            ("side_names.backend", &w.side_names.backend),
            ("shared_label", &w.shared_label),
            ("preview_link", &w.preview_link),
        ] {
            p.non_blank(field("page", name), text);
        }
    }
}

fn at_least(path: &str, len: usize, min: usize) -> Result<(), crate::Invalid> {
    if len < min {
        Err(crate::Invalid::new(
            path,
            format!("must list at least {min} entries, found {len}"),
        ))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::content_file::decode;

    /// The tests' own copy of a valid file, as a JSON value each test bends in one place.
    fn fixture() -> Value {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/comparison.json");
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn check(edit: impl FnOnce(&mut Value), expected: &str) {
        let mut value = fixture();
        edit(&mut value);
        let got = match decode::<Comparison>("comparison.json", &value.to_string()) {
            Ok(_) => "ok".to_string(),
            // serde's "at line 1 column N" depends on the re-serialised text, not the file.
            Err(e) => e.to_string().split(" at line ").next().unwrap().to_string(),
        };
        assert_eq!(got, expected);
    }

    #[test]
    fn the_fixture_is_valid() {
        check(|_| {}, "ok");
    }

    #[test]
    fn duplicate_ids_are_named_by_path() {
        // Ids are deep-link targets: two rows with one id would make a link ambiguous.
        check(
            |v| v["aspects"][3]["id"] = json!("what-it-is"),
            "comparison.json: aspects[3].id: duplicate id \"what-it-is\"",
        );
        check(
            |v| v["flow"]["steps"][4]["id"] = json!("click"),
            "comparison.json: flow.steps[4].id: duplicate id \"click\"",
        );
        check(
            |v| v["flow"]["steps"][2]["id"] = json!("Bad Id"),
            "comparison.json: flow.steps[2].id: id \"Bad Id\" must be 1–64 lowercase letters, digits or inner hyphens",
        );
    }

    #[test]
    fn every_step_has_a_known_owner() {
        // The diagram puts each step on a lane; a step without one has nowhere to go.
        check(
            |v| {
                v["flow"]["steps"][2]
                    .as_object_mut()
                    .unwrap()
                    .remove("side");
            },
            "comparison.json: flow.steps[2]: missing field `side`",
        );
        check(
            |v| v["flow"]["steps"][1]["side"] = json!("database"),
            "comparison.json: flow.steps[1].side: unknown variant `database`, expected `frontend` or `backend`",
        );
    }

    #[test]
    fn blank_text_and_short_lists_are_rejected() {
        check(
            |v| v["aspects"][0]["backend"] = json!("  "),
            "comparison.json: aspects[0].backend: must not be empty",
        );
        check(
            |v| v["aspects"][1]["shared"] = json!(""),
            "comparison.json: aspects[1].shared: must not be empty",
        );
        check(
            |v| v["flow"]["steps"][6]["text"] = json!(""),
            "comparison.json: flow.steps[6].text: must not be empty",
        );
        check(
            |v| {
                v["aspects"].as_array_mut().unwrap().pop();
            },
            "comparison.json: aspects: must list at least 8 entries, found 7",
        );
        check(
            |v| {
                v["flow"]["steps"].as_array_mut().unwrap().pop();
            },
            "comparison.json: flow.steps: must list at least 7 entries, found 6",
        );
    }

    #[test]
    fn shared_note_is_optional() {
        // `null` and a missing field both mean "nothing in common worth saying".
        check(|v| v["aspects"][0]["shared"] = Value::Null, "ok");
        check(
            |v| {
                v["aspects"][0].as_object_mut().unwrap().remove("shared");
            },
            "ok",
        );
    }

    #[test]
    fn unknown_fields_are_rejected() {
        check(
            |v| v["flow"]["steps"][0]["owner"] = json!("frontend"),
            "comparison.json: flow.steps[0].owner: unknown field `owner`, expected one of `id`, `name`, `side`, `text`",
        );
        check(
            |v| v["page"]["side_names"]["backend"] = json!(" "),
            "comparison.json: page.side_names.backend: must not be empty",
        );
    }

    #[test]
    fn announcement_names_position_and_owner() {
        let c: Comparison = serde_json::from_value(fixture()).unwrap();
        let db = c.flow.step_index("database").unwrap();
        assert_eq!(
            c.flow.announcement(db).unwrap(),
            "Step 5 of 7: Database update — handled by the backend"
        );
        assert_eq!(c.flow.announcement(99), None);
    }
}
