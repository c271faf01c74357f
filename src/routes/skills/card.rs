use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::progress_tools::LevelSelect;
use super::{card_link_id, SkillsUi};
use crate::routes::use_app_navigate;
use guide_model::base::{AppBase, Mode};
use guide_model::skills::{Skill, MAX_SIDE_BY_SIDE};

/// One skill in the grid. The name links to the detail view; clicking
/// anywhere else on the card, or Space on the link, opens it too.
#[component]
pub fn SkillCard(skill: Skill, category: String) -> impl IntoView {
    let ui = expect_context::<SkillsUi>();
    let base = expect_context::<AppBase>();
    let id = StoredValue::new(skill.id.clone());
    let heading_id = format!("skill-{}-name", skill.id);
    let detail_path = format!("/skills/{}", skill.id);
    let href = base.href(&detail_path);
    // Inline mode has no router: the card opens the guide's page in a new tab.
    let inline = base.mode == Mode::Inline;

    let navigate = (!inline).then(use_app_navigate);
    let open = {
        let href = href.clone();
        move || match &navigate {
            Some(navigate) => navigate(&detail_path, Default::default()),
            None => {
                let _ = window().open_with_url_and_target_and_features(&href, "_blank", "noopener");
            }
        }
    };
    let on_card_click = {
        let open = open.clone();
        move |ev: leptos::ev::MouseEvent| {
            let on_control = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a, button, input, select, label").ok().flatten())
                .is_some();
            if !on_control {
                open();
            }
        }
    };
    let on_link_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == " " {
            ev.prevent_default();
            open();
        }
    };

    let chosen = move || id.with_value(|id| ui.side_by_side.with(|c| c.contains(id)));
    let compare_full = move || !chosen() && ui.side_by_side.with(|c| c.len() >= MAX_SIDE_BY_SIDE);
    let on_compare = move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        id.with_value(|id| {
            ui.side_by_side.update(|c| {
                c.retain(|have| have != id);
                if checked && c.len() < MAX_SIDE_BY_SIDE {
                    c.push(id.clone());
                }
            })
        });
    };
    let compare_id = format!("compare-{}", skill.id);
    let compare_for = compare_id.clone();
    let labelled_by = heading_id.clone();
    let year = skill.is_language().then_some(skill.first_release).flatten();

    view! {
        <article class="bg-skill-card" aria-labelledby=labelled_by on:click=on_card_click>
            <p class="bg-skill-card__category">{category}</p>
            <h2 class="bg-skill-card__title" id=heading_id>
                <a
                    class="bg-skill-card__link"
                    id=card_link_id(&skill.id)
                    href=href
                    target=inline.then_some("_blank")
                    rel=inline.then_some("noopener")
                    on:keydown=on_link_key
                >
                    {skill.name.clone()}
                </a>
            </h2>
            <p class="bg-skill-card__summary">{skill.summary}</p>
            {year.map(|y| view! { <p class="bg-skill-card__year">"First released " {y}</p> })}
            <div class="bg-skill-card__controls">
                <label class="bg-check" for=compare_for>
                    <input
                        id=compare_id
                        type="checkbox"
                        prop:checked=chosen
                        disabled=compare_full
                        on:change=on_compare
                    />
                    "Compare"
                    <span class="bg-visually-hidden">" " {skill.name.clone()}</span>
                </label>
                <LevelSelect skill_id=skill.id.clone() skill_name=skill.name />
            </div>
        </article>
    }
}
