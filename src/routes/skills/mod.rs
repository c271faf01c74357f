//! `/skills`, `/skills/:id`, `/skills/side-by-side`: the skill cards.

mod card;
mod catalog;
mod detail;
mod list;
mod progress_tools;
mod side_by_side;

pub use detail::SkillDetail;
pub use list::{SkillsList, SkillsListLocal};
pub use side_by_side::SkillsSideBySide;

use guide_model::skills::SkillQuery;
use guide_model::url::with_query;
use guide_model::SkillsFile;
use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::NavigateOptions;

use crate::content::{use_content, ContentResource};
use crate::routes::use_app_navigate;

/// State shared by the skills views while the reader moves between them:
/// the file, where to return to, and the side-by-side selection.
#[derive(Clone, Copy)]
pub struct SkillsUi {
    pub file: ContentResource<SkillsFile>,
    /// The list's query string when the reader opened a card.
    pub list_query: RwSignal<String>,
    /// The card to give focus back to when the list shows again.
    pub return_focus: RwSignal<Option<String>>,
    /// Skill ids ticked for the side-by-side table, in the order they were ticked.
    pub side_by_side: RwSignal<Vec<String>>,
    /// Whether the reader has moved between views since the section loaded.
    /// A detail view opened that way takes focus; one opened by a deep link
    /// leaves it at the start, so the first Tab still reaches "Skip to content".
    pub navigated: RwSignal<bool>,
}

impl SkillsUi {
    fn provide() -> SkillsUi {
        let ui = SkillsUi {
            file: use_content::<SkillsFile>(),
            list_query: RwSignal::new(String::new()),
            return_focus: RwSignal::new(None),
            side_by_side: RwSignal::new(Vec::new()),
            navigated: RwSignal::new(false),
        };
        provide_context(ui);
        ui
    }
}

/// Parent of the skills routes: their shared state.
#[component]
pub fn SkillsSection() -> impl IntoView {
    let ui = SkillsUi::provide();
    let location = leptos_router::hooks::use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            ui.navigated.set(true);
        }
        path
    });
    view! { <Outlet /> }
}

/// The skills list for inline mode: no router, no `Outlet`.
#[component]
pub fn SkillsInline() -> impl IntoView {
    SkillsUi::provide();
    view! { <SkillsListLocal /> }
}

/// The list URL for a query, relative to the app base (navigate adds the base).
pub fn list_path(query: &SkillQuery) -> String {
    with_query("/skills", &query.to_query_string())
}

pub fn card_link_id(skill_id: &str) -> String {
    format!("skill-link-{skill_id}")
}

/// A callback that goes back to the list the reader came from, focusing the
/// card they opened. Created while rendering, where the router is in reach.
pub fn close_detail(ui: SkillsUi) -> Callback<Option<String>> {
    let navigate = use_app_navigate();
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
