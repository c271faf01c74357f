use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::progress_tools::LevelSelect;
use super::{card_link_id, SkillsUi};
use crate::routes::use_app_navigate;
use crate::words::use_words;
use guide_model::base::{AppBase, Mode};
use guide_model::skills::{Skill, MAX_SIDE_BY_SIDE};
use guide_model::template::fill;
use guide_model::SkillsFile;

/// One place in the grid, showing whichever skill `index` points at. A
/// keystroke changes what the places show, not the places: updating a
/// card's texts and attributes costs a fraction of building a new one, so
/// a keystroke over 10,000 skills costs no more than over 100 (issue 14).
/// The name links to the detail view; clicking anywhere else on the card,
/// or Space on the link, opens it too.
#[component]
pub fn SkillCard(file: StoredValue<SkillsFile>, place: usize, index: Memo<usize>) -> impl IntoView {
    let ui = expect_context::<SkillsUi>();
    let base = expect_context::<AppBase>();
    let words = use_words();
    // What the card reads of its skill; a place being removed may briefly
    // point past the list, and reads as empty.
    let read = move |f: fn(&SkillsFile, &Skill) -> String| {
        move || {
            file.with_value(|file| {
                file.skills
                    .get(index.get())
                    .map_or_else(String::new, |s| f(file, s))
            })
        }
    };
    let id = Memo::new(move |_| read(|_, s| s.id.clone())());
    let name = Signal::derive(read(|_, s| s.name.clone()));
    let category = read(|file, s| {
        file.category(&s.category)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    });
    let summary = read(|_, s| s.summary.clone());
    let year = move || {
        file.with_value(|file| {
            let skill = file.skills.get(index.get())?;
            skill.is_language().then_some(skill.first_release).flatten()
        })
    };
    // Ids that only tie the card together are the place's, so they stay put.
    let heading_id = format!("skill-card-{place}-name");
    let labelled_by = heading_id.clone();
    let detail_path = move || format!("/skills/{}", id.read());
    // Inline mode has no router: the card opens the guide's page in a new tab.
    let inline = base.mode == Mode::Inline;
    let base = StoredValue::new(base);
    let href = move || base.with_value(|b| b.href(&detail_path()));

    let navigate = (!inline).then(use_app_navigate);
    let open = move || match &navigate {
        Some(navigate) => navigate(&untrack(detail_path), Default::default()),
        None => {
            let _ = window().open_with_url_and_target_and_features(
                &untrack(href),
                "_blank",
                "noopener",
            );
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

    let chosen = move || id.with(|id| ui.side_by_side.with(|c| c.contains(id)));
    let compare_full = move || !chosen() && ui.side_by_side.with(|c| c.len() >= MAX_SIDE_BY_SIDE);
    let on_compare = move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        id.with_untracked(|id| {
            ui.side_by_side.update(|c| {
                c.retain(|have| have != id);
                if checked && c.len() < MAX_SIDE_BY_SIDE {
                    c.push(id.clone());
                }
            })
        });
    };

    view! {
        // data-key: the takeover tells this card's controls from its twins'.
        <article
            class="bg-skill-card"
            data-key=move || format!("skill:{}", id.read())
            aria-labelledby=labelled_by
            on:click=on_card_click
        >
            <p class="bg-skill-card__category">{category}</p>
            <h2 class="bg-skill-card__title" id=heading_id>
                <a
                    class="bg-skill-card__link"
                    id=move || card_link_id(&id.read())
                    href=href
                    target=inline.then_some("_blank")
                    rel=inline.then_some("noopener")
                    on:keydown=on_link_key
                >
                    {name}
                </a>
            </h2>
            <p class="bg-skill-card__summary">{summary}</p>
            {move || {
                year()
                    .map(|y| {
                        let text = fill(words.first_released, &[("year", &y.to_string())]);
                        view! { <p class="bg-skill-card__year">{text}</p> }
                    })
            }}
            <div class="bg-skill-card__controls">
                // The label holds its control: no ids to keep in step.
                <label class="bg-check">
                    <input
                        type="checkbox"
                        prop:checked=chosen
                        disabled=compare_full
                        on:change=on_compare
                    />
                    {words.compare}
                    <span class="bg-visually-hidden">" " {name}</span>
                </label>
                <LevelSelect skill_id=id skill_name=name />
            </div>
        </article>
    }
}
