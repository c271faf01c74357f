//! One module per route family.

mod careers;
mod compare;
mod not_found;
mod overview;
mod section_page;

pub use careers::CareersPage;
pub use compare::ComparePage;
pub use not_found::NotFound;
pub use overview::{OverviewInline, OverviewPage};
pub use section_page::SectionHead;

mod skills;
pub use skills::{SkillDetail, SkillsCompare, SkillsInline, SkillsList, SkillsSection};

/// The query pairs for `keys`, every value of repeated keys included, in a
/// shape the model's `from_pairs` parsers take.
pub fn query_pairs(map: &leptos_router::params::ParamsMap, keys: &[&str]) -> Vec<(String, String)> {
    keys.iter()
        .flat_map(|key| {
            map.get_all(key)
                .unwrap_or_default()
                .into_iter()
                .map(move |value| (key.to_string(), value))
        })
        .collect()
}
