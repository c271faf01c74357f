//! `/skills`, `/skills/:id`, `/skills/compare`: the skill cards.

mod card;
mod compare;
mod detail;
mod list;
mod progress_tools;

pub use compare::SkillsCompare;
pub use detail::SkillDetail;
pub use list::{SkillsList, SkillsListLocal};

use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::NavigateOptions;

use crate::app::ContentResource;
use crate::model::skills::SkillQuery;
use crate::model::SkillsFile;

/// State shared by the skills views while the reader moves between them:
/// the file (loaded once), where to return to, and the compare selection.
#[derive(Clone, Copy)]
pub struct SkillsUi {
    pub file: ContentResource<SkillsFile>,
    /// The list's query string when the reader opened a card.
    pub list_query: RwSignal<String>,
    /// The card to give focus back to when the list shows again.
    pub return_focus: RwSignal<Option<String>>,
    /// Skill ids ticked for comparison, in the order they were ticked.
    pub compare: RwSignal<Vec<String>>,
    /// Whether the reader has moved between views since the section loaded.
    /// A detail view opened that way takes focus; one opened by a deep link
    /// leaves it at the start, so the first Tab still reaches "Skip to content".
    pub navigated: RwSignal<bool>,
}

/// Parent of the skills routes: loads `skills.json` once for all of them.
#[component]
pub fn SkillsSection() -> impl IntoView {
    let navigated = RwSignal::new(false);
    provide_context(SkillsUi {
        file: ContentResource::<SkillsFile>::load(),
        list_query: RwSignal::new(String::new()),
        return_focus: RwSignal::new(None),
        compare: RwSignal::new(Vec::new()),
        navigated,
    });
    let location = leptos_router::hooks::use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            navigated.set(true);
        }
        path
    });
    view! { <Outlet /> }
}

/// The skills list for inline mode: no router, no `Outlet`.
#[component]
pub fn SkillsInline() -> impl IntoView {
    provide_context(SkillsUi {
        file: ContentResource::<SkillsFile>::load(),
        list_query: RwSignal::new(String::new()),
        return_focus: RwSignal::new(None),
        compare: RwSignal::new(Vec::new()),
        navigated: RwSignal::new(false),
    });
    view! { <SkillsListLocal /> }
}

/// The list URL for a query, relative to the app base (navigate adds the base).
pub fn list_path(query: &SkillQuery) -> String {
    with_query("/skills", &query.to_query_string())
}

pub fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

pub fn card_link_id(skill_id: &str) -> String {
    format!("skill-link-{skill_id}")
}

/// A callback that goes back to the list the reader came from, focusing the
/// card they opened. Created while rendering, where the router is in reach.
pub fn close_detail(ui: SkillsUi) -> Callback<Option<String>> {
    let navigate = leptos_router::hooks::use_navigate();
    Callback::new(move |skill_id: Option<String>| {
        ui.return_focus.set(skill_id);
        navigate(
            &with_query("/skills", &ui.list_query.get_untracked()),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    })
}
