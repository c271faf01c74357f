use std::time::Duration;

use guide_model::skills::SkillQuery;
use guide_model::SectionId;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::NavigateOptions;

use super::catalog::SkillCatalog;
use super::{list_path, SkillsUi};
use crate::browser::timers::use_delay;
use crate::components::Loaded;
use crate::routes::{use_app_navigate, SectionHead};

/// `/skills`: search, filter, sort, compare and track the skill cards.
/// The query lives in the URL, so a link or a reload keeps it. The list
/// follows a local copy of it at once; while the reader types, the URL is
/// written once typing pauses ([`URL_PAUSE`]), since a navigation per
/// keystroke cost more than the filter (issue 14). Other changes (a
/// category, the sort, Clear) are written at once, as history entries.
#[component]
pub fn SkillsList() -> impl IntoView {
    let ui = expect_context::<SkillsUi>();
    let query_map = use_query_map();
    let from_url = Memo::new(move |_| {
        query_map.with(|m| {
            let pairs = crate::routes::query_pairs(m, &["q", "category", "sort"]);
            SkillQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        })
    });
    let query = RwSignal::new(from_url.get_untracked());
    // The query string this view last wrote to the URL.
    let written = StoredValue::new(None::<String>);
    let pending = use_delay();
    // A URL this view did not write (a link, Back, Forward) wins over
    // whatever was typed and not yet written.
    Effect::new(move |_| {
        let next = from_url.get();
        let ours = written.with_value(|w| w.as_deref() == Some(next.to_query_string().as_str()));
        if !ours {
            pending.cancel();
            if query.get_untracked() != next {
                query.set(next);
            }
        }
    });
    let navigate = use_app_navigate();
    let set_query = Callback::new(move |(next, typing): (SkillQuery, bool)| {
        query.set(next.clone());
        let navigate = navigate.clone();
        let write = move || {
            written.set_value(Some(next.to_query_string()));
            navigate(
                &list_path(&next),
                NavigateOptions {
                    replace: typing,
                    scroll: false,
                    ..Default::default()
                },
            );
        };
        if typing {
            pending.start(URL_PAUSE, write);
        } else {
            pending.cancel();
            write();
        }
    });
    view! {
        <SectionHead section=SectionId::Skills />
        <Loaded resource=ui.file skeleton=ListSkeleton render=move |file| view! { <SkillCatalog file query=query.into() set_query /> } />
    }
}

/// How long typing pauses before the search is written to the URL.
pub const URL_PAUSE: Duration = Duration::from_millis(300);

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
