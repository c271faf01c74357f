//! JSON Schemas of the content files, generated from the types that read
//! them, so an editor that follows a file's `$schema` completes and checks
//! exactly what the guide accepts. Behind the `schema` feature: only the
//! content checker writes and compares them; the app never carries this.

use schemars::gen::SchemaSettings;
use schemars::JsonSchema;

use crate::content_file::ContentFile;
use crate::path::LearningPath;
use crate::{Careers, Comparison, Overview, Site, SkillsFile};

/// Each content file's schema: (`<stem>.schema.json`, its pretty JSON text
/// ending in a newline), in the order of [`crate::content::FILES`].
pub fn schemas() -> Vec<(String, String)> {
    vec![
        schema_of::<Site>(),
        schema_of::<Overview>(),
        schema_of::<SkillsFile>(),
        schema_of::<Comparison>(),
        schema_of::<Careers>(),
        schema_of::<LearningPath>(),
    ]
}

fn schema_of<T: ContentFile + JsonSchema>() -> (String, String) {
    let generator = SchemaSettings::draft07().into_generator();
    let mut schema = generator.into_root_schema_for::<T>();
    let stem = T::FILE.trim_end_matches(".json");
    schema.schema.metadata().title = Some(format!("Backend Guide: {}", T::FILE));
    schema.schema.metadata().description = Some(format!(
        "public/content/{} of Backend Guide. Generated from the Rust types by `cargo run -p content-check -- --write-schemas public/content/schema`; do not edit by hand.",
        T::FILE
    ));
    let text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    (format!("{stem}.schema.json"), format!("{text}\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_content_file_has_a_schema_named_as_its_files_point_to_it() {
        let names: Vec<String> = schemas().into_iter().map(|(name, _)| name).collect();
        let expected: Vec<String> = crate::content::FILES
            .iter()
            .map(|f| format!("{}.schema.json", f.trim_end_matches(".json")))
            .collect();
        assert_eq!(names, expected);
    }
}
