use guide_model::skills::SkillQuery;
use guide_model::SectionId;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::NavigateOptions;

use super::catalog::SkillCatalog;
use super::{list_path, SkillsUi};
use crate::components::Loaded;
use crate::routes::{use_app_navigate, SectionHead};

/// `/skills`: search, filter, sort, compare and track the skill cards.
/// The query lives in the URL, so a link or a reload keeps it.
#[component]
pub fn SkillsList() -> impl IntoView {
    let ui = expect_context::<SkillsUi>();
    let query_map = use_query_map();
    let query = Memo::new(move |_| {
        query_map.with(|m| {
            let pairs = crate::routes::query_pairs(m, &["q", "category", "sort"]);
            SkillQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        })
    });
    let navigate = use_app_navigate();
    let set_query = Callback::new(move |(next, replace): (SkillQuery, bool)| {
        navigate(
            &list_path(&next),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    });
    view! {
        <SectionHead section=SectionId::Skills />
        <Loaded resource=ui.file skeleton=ListSkeleton render=move |file| view! { <SkillCatalog file query=query.into() set_query /> } />
    }
}

/// The skills list without a router (inline mode): the query is a local signal.
#[component]
pub fn SkillsListLocal() -> impl IntoView {
    let ui = expect_context::<SkillsUi>();
    let local = RwSignal::new(SkillQuery::default());
    let set_query = Callback::new(move |(next, _replace): (SkillQuery, bool)| local.set(next));
    view! {
        <SectionHead section=SectionId::Skills />
        <Loaded resource=ui.file skeleton=ListSkeleton render=move |file| view! { <SkillCatalog file query=local.into() set_query /> } />
    }
}

#[component]
fn ListSkeleton() -> impl IntoView {
    view! {
        <div class="bg-skills" aria-hidden="true">
            <div class="bg-skeleton bg-skills__toolbar-skeleton"></div>
            <ul class="bg-skill-grid">
                {(0..6).map(|_| view! { <li class="bg-skeleton bg-skill-card--skeleton"></li> }).collect_view()}
            </ul>
        </div>
    }
}
