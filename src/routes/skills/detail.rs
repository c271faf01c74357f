use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::progress_tools::LevelSelect;
use super::{close_detail, SkillsUi};
use crate::components::{use_page_title, Loaded, NeedsJs};
use crate::content::use_content;
use crate::routes::NotFound;
use crate::words::use_words;
use guide_model::base::AppBase;
use guide_model::pages::document_title;
use guide_model::{Site, SkillsFile};

/// `/skills/:id`: everything about one skill. Esc or Close returns to the
/// list the reader came from, with focus on the card they opened.
#[component]
pub fn SkillDetail() -> impl IntoView {
    let ui = expect_context::<SkillsUi>();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let site = use_content::<Site>();
    use_page_title(move || {
        let file = ui.file.loaded()?;
        let name = id.with(|id| file.skill(id).map(|s| s.name.clone()))?;
        Some(document_title(&name, &site.loaded()?))
    });

    let close_to_list = close_detail(ui);
    let close = move || close_to_list.run(Some(id.get_untracked()));
    // Listens once the view is in a browser (never while rendering).
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.key() == "Escape" && !ev.default_prevented() {
                close();
            }
        });
        on_cleanup(move || handle.remove());
    });

    view! {
        <Loaded
            resource=ui.file
            skeleton=|| view! { <div class="bg-skeleton bg-skill-detail__skeleton"></div> }
            render=move |file: SkillsFile| move || detail_view(&file, &id.get(), close)
        />
    }
}

fn detail_view(
    file: &SkillsFile,
    id: &str,
    close: impl Fn() + Copy + Send + Sync + 'static,
) -> AnyView {
    let base = expect_context::<AppBase>();
    let words = use_words();
    let labels = file.page.labels.clone();
    // The same view the server's not-found page shows (it sends that page,
    // with status 404, for an unknown skill's address).
    let Some(skill) = file.skill(id).cloned() else {
        return view! { <NotFound /> }.into_any();
    };
    let category = file
        .category(&skill.category)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let related = skill
        .related
        .iter()
        .filter_map(|r| file.skill(r))
        .map(|r| {
            view! {
                <li>
                    <a href=base.href(&format!("/skills/{}", r.id))>{r.name.clone()}</a>
                    " — "
                    {r.summary.clone()}
                </li>
            }
        })
        .collect_view();
    let list = |items: Vec<String>| {
        view! { <ul class="bg-skill-detail__list">{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }
    };
    let mut facts: Vec<(String, String)> = Vec::new();
    if let (true, Some(year)) = (skill.is_language(), skill.first_release) {
        facts.push((labels.first_release.clone(), year.to_string()));
    }
    if let Some(known_for) = skill.known_for.clone() {
        facts.push((labels.known_for.clone(), known_for));
    }
    facts.extend(
        skill
            .facts
            .iter()
            .map(|f| (f.label.clone(), f.value.clone())),
    );

    let facts_label = labels.facts.clone();
    // Focus the heading, so screen readers start reading at the new content.
    // Checked a frame later, once the route change has been recorded.
    let navigated = expect_context::<SkillsUi>().navigated;
    Effect::new(move |_| {
        request_animation_frame(move || {
            if navigated.try_get_untracked().unwrap_or(false) {
                crate::browser::focus::focus_id("skill-detail-title");
            }
        });
    });

    view! {
        <article class="bg-skill-detail" aria-labelledby="skill-detail-title">
            <div class="bg-skill-detail__bar">
                <button type="button" class="bg-button bg-button--quiet" on:click=move |_| close()>
                    {words.close}
                    <span class="bg-visually-hidden">{words.close_to_list}</span>
                </button>
                <NeedsJs text=words.needs_js_close />
            </div>
            <header class="bg-page-head">
                <p class="bg-skill-card__category">{category}</p>
                <h1 id="skill-detail-title" class="bg-page-head__title" tabindex="-1">
                    {skill.name.clone()}
                </h1>
                <p class="bg-page-head__lead">{skill.summary.clone()}</p>
                <LevelSelect skill_id=skill.id.clone() skill_name=skill.name.clone() />
                <NeedsJs text=words.needs_js_progress />
            </header>
            <div class="bg-skill-detail__body">
                <div class="bg-skill-detail__text">
                    {skill.description.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                    <h2>{labels.used_for}</h2>
                    {list(skill.used_for.clone())}
                    <h2>{labels.strengths}</h2>
                    {list(skill.strengths.clone())}
                    <h2>{labels.tradeoffs}</h2>
                    {list(skill.tradeoffs.clone())}
                </div>
                <aside class="bg-skill-detail__aside" aria-label=facts_label>
                    <h2>{labels.facts}</h2>
                    <dl class="bg-facts">
                        {facts
                            .into_iter()
                            .map(|(label, value)| {
                                view! {
                                    <div class="bg-facts__row">
                                        <dt>{label}</dt>
                                        <dd>{value}</dd>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </dl>
                    <h2>{labels.tools}</h2>
                    {list(skill.tools.clone())}
                    <h2>{labels.related}</h2>
                    <ul class="bg-skill-detail__list">{related}</ul>
                </aside>
            </div>
        </article>
    }
    .into_any()
}
