use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::NavigateOptions;

use crate::components::{on_page, Loaded, NeedsJs, RequestFlow};
use crate::content::use_content;
use crate::routes::{use_app_navigate, SectionHead};
use crate::words::use_words;
use guide_model::base::AppBase;
use guide_model::comparison::{Aspect, SideNames};
use guide_model::{CompareQuery, Comparison, SectionId, Side};

/// `/compare`: frontend and backend side by side, and one request followed
/// through both. State lives in the URL: `?aspect=…&step=…`.
#[component]
pub fn ComparePage() -> impl IntoView {
    let comparison = use_content::<Comparison>();
    view! {
        <SectionHead section=SectionId::Compare />
        <Loaded
            resource=comparison
            skeleton=CompareSkeleton
            render=|comparison: Comparison| {
                let flow = comparison.flow.clone();
                view! {
                    <AspectTable comparison />
                    <RequestFlow flow />
                }
            }
        />
    }
}

/// The aspects as a table on wide screens and as cards with a side switch on
/// phones. Both are rendered; CSS shows one, and `display: none` keeps the
/// other out of the accessibility tree.
#[component]
fn AspectTable(comparison: Comparison) -> impl IntoView {
    let base = expect_context::<AppBase>();
    let query = use_query_map();
    let navigate = StoredValue::new(use_app_navigate());
    let content = StoredValue::new(comparison.clone());
    let url_state = Memo::new(move |_| {
        let raw = query.with(|q| CompareQuery::from_pairs(q.latest_values()));
        content.with_value(|c| raw.known_to(c))
    });
    let focused = Memo::new(move |_| url_state.get().aspect);
    let shown = RwSignal::new(Side::Frontend);
    let words = comparison.page.clone();
    let kept = use_words();
    let names = StoredValue::new(words.side_names.clone());
    let shared_label = format!("{}: ", words.shared_label);

    // A deep link scrolls its row into view once the page is in the DOM.
    // Scrolling an element without a box (the hidden table or cards) is a no-op.
    Effect::new(move |_| {
        if let Some(id) = focused.get_untracked() {
            on_page(move || {
                for el_id in [format!("aspect-{id}"), format!("aspect-card-{id}")] {
                    if let Some(el) = document().get_element_by_id(&el_id) {
                        el.scroll_into_view();
                    }
                }
            });
        }
    });

    // Choosing an aspect is a navigation, so Back returns to the previous one.
    let link = move |id: String| {
        let base = base.clone();
        let is_current = {
            let id = id.clone();
            Signal::derive(move || focused.get().as_deref() == Some(id.as_str()))
        };
        let path = move || {
            let mut next = url_state.get();
            next.aspect = Some(id.clone());
            next.path()
        };
        let href = {
            let path = path.clone();
            move || base.href(&path())
        };
        let on_click = move |e: ev::MouseEvent| {
            if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
                return; // let the browser open a new tab or window
            }
            e.prevent_default();
            let path = path();
            navigate.with_value(|go| {
                go(
                    &path,
                    NavigateOptions {
                        scroll: false,
                        ..Default::default()
                    },
                )
            });
        };
        (href, on_click, is_current)
    };

    let rows = comparison
        .aspects
        .iter()
        .cloned()
        .map(|aspect| {
            let (href, on_click, is_current) = link(aspect.id.clone());
            let shared_label = shared_label.clone();
            let shared_row = aspect.shared.clone().map(|shared| {
                view! {
                    <tr class="bg-compare__row bg-compare__row--shared" class:bg-compare__row--current=is_current>
                        <td colspan="2" class="bg-compare__shared">
                            <span class="bg-compare__shared-label">{shared_label}</span>
                            {shared}
                        </td>
                    </tr>
                }
            });
            let rowspan = aspect.shared.is_some().then_some("2");
            view! {
                <tr
                    id=format!("aspect-{}", aspect.id)
                    class="bg-compare__row"
                    class:bg-compare__row--current=is_current
                >
                    <th scope="row" rowspan=rowspan class="bg-compare__aspect">
                        <a
                            href=href
                            class="bg-compare__aspect-link"
                            aria-current=move || is_current.get().then_some("true")
                            on:click=on_click
                        >
                            {aspect.name}
                        </a>
                    </th>
                    <td class="bg-compare__cell bg-compare__cell--frontend">{aspect.frontend}</td>
                    <td class="bg-compare__cell bg-compare__cell--backend">{aspect.backend}</td>
                </tr>
                {shared_row}
            }
        })
        .collect_view();

    let cards = comparison
        .aspects
        .iter()
        .map(|aspect| {
            let (href, on_click, is_current) = link(aspect.id.clone());
            let id = format!("aspect-card-{}", aspect.id);
            let name = aspect.name.clone();
            let shared = aspect.shared.clone();
            let shared_label = shared_label.clone();
            view! {
                <li id=id class="bg-compare__card" class:bg-compare__card--current=is_current>
                    <h3 class="bg-compare__card-title">
                        <a
                            href=href
                            class="bg-compare__aspect-link"
                            aria-current=move || is_current.get().then_some("true")
                            on:click=on_click
                        >
                            {name}
                        </a>
                    </h3>
                    {Side::BOTH.map(|side| names.with_value(|names| card_side(aspect, side, shown, names)))}
                    {shared
                        .map(|s| {
                            view! {
                                <p class="bg-compare__card-shared">
                                    <span class="bg-compare__shared-label">{shared_label}</span>
                                    {s}
                                </p>
                            }
                        })}
                </li>
            }
        })
        .collect_view();

    let switch = Side::BOTH
        .map(|side| {
            view! {
                <button
                    type="button"
                    class=format!("bg-compare__switch-button bg-compare__switch-button--{}", side.key())
                    aria-pressed=move || (shown.get() == side).to_string()
                    on:click=move |_| shown.set(side)
                >
                    {kept.side(side)}
                </button>
            }
        })
        .collect_view();

    view! {
        <p class="bg-compare__intro">{comparison.intro}</p>
        <section class="bg-compare" aria-labelledby="compare-aspects-title">
            <h2 id="compare-aspects-title" class="bg-compare__title">{words.aspects_heading}</h2>
            <table class="bg-compare__table">
                <caption class="bg-compare__caption">{words.table_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="bg-compare__head">{words.aspect_column}</th>
                        <th scope="col" class="bg-compare__head bg-compare__head--frontend">
                            {words.side_names.frontend.clone()}
                        </th>
                        <th scope="col" class="bg-compare__head bg-compare__head--backend">
                            {words.side_names.backend.clone()}
                        </th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <div class="bg-compare__cards">
                <div class="bg-compare__switch" role="group" aria-label=kept.side_to_show>
                    {switch}
                </div>
                <NeedsJs text=kept.needs_js_side_switch />
                <ul class="bg-compare__card-list">{cards}</ul>
            </div>
        </section>
    }
}

/// One side of an aspect's card. Both are rendered; while scripts run, the
/// switch shows one at a time (without them, both show).
fn card_side(
    aspect: &Aspect,
    side: Side,
    shown: RwSignal<Side>,
    names: &SideNames,
) -> impl IntoView {
    view! {
        <p
            class=format!("bg-compare__card-side bg-compare__card-side--{}", side.key())
            class:bg-compare__card-side--off=move || shown.get() != side
        >
            <span class="bg-compare__card-label">{names.of(side).to_string()}</span>
            {aspect.text(side).to_string()}
        </p>
    }
}

#[component]
fn CompareSkeleton() -> impl IntoView {
    view! {
        <div class="bg-compare bg-compare--skeleton" aria-hidden="true">
            <div class="bg-skeleton bg-skeleton--lead"></div>
            <div class="bg-skeleton bg-skeleton--h2"></div>
            <div class="bg-skeleton bg-compare__skeleton-table"></div>
        </div>
    }
}
