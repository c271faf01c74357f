//! One module per route family.

mod careers;
mod compare;
mod not_found;
mod overview;
mod path;
mod section_page;
mod widget;

pub use careers::{CareersPage, ChartPage};
pub use compare::ComparePage;
pub use not_found::NotFound;
pub use overview::{OverviewInline, OverviewPage};
pub use path::PathPage;
pub use section_page::SectionHead;
pub use widget::WidgetPage;

mod skills;
pub use skills::{SkillDetail, SkillsInline, SkillsList, SkillsSection, SkillsSideBySide};

use guide_model::base::AppBase;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// `use_navigate` for app paths with their query: an embed view keeps its
/// `theme=` on every navigation ([`AppBase::route`]). Call while rendering,
/// where the router is in reach; the function it returns may run anywhere.
pub fn use_app_navigate() -> impl Fn(&str, NavigateOptions) + Clone + Send + Sync + 'static {
    let navigate = use_navigate();
    let base = expect_context::<AppBase>();
    move |path: &str, options| navigate(&base.route(path), options)
}

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
