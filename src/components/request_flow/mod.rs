mod play;
mod selection;

use leptos::ev;
use leptos::prelude::*;

use self::play::use_play;
use self::selection::use_step_selection;
use crate::browser::focus;
use crate::components::NeedsJs;
use crate::words::use_words;
use guide_model::comparison::{Flow, Side};

/// One request drawn as a path of step buttons on a frontend lane and a
/// backend lane. Arrow keys, Home and End move the selection (roving focus);
/// the selected step's position and owner are announced in a polite live
/// region; Play walks through the steps and stops on any key or click.
///
/// The full version keeps the selected step in the URL (`?step=…`, next to
/// `?aspect=…`); the `compact` one, for the overview, keeps it to itself.
#[component]
pub fn RequestFlow(flow: Flow, #[prop(optional)] compact: bool) -> impl IntoView {
    let words = use_words();
    let prefix = if compact { "flow-compact" } else { "flow" };
    let count = flow.steps.len();
    let flow = StoredValue::new(flow);
    let step_dom_id =
        move |i: usize| flow.with_value(|f| format!("{prefix}-step-{}", f.steps[i].id));

    let selection = use_step_selection(flow, compact);
    let selected = selection.selected;
    let play_id = format!("{prefix}-play");
    let play = use_play(selection, count, play_id.clone());

    let on_keydown = move |e: ev::KeyboardEvent| {
        if count == 0 {
            return;
        }
        let current = selected.get_untracked().unwrap_or(0);
        let next = match e.key().as_str() {
            "ArrowRight" | "ArrowDown" => (current + 1).min(count - 1),
            "ArrowLeft" | "ArrowUp" => current.saturating_sub(1),
            "Home" => 0,
            "End" => count - 1,
            _ => return,
        };
        e.prevent_default();
        selection.select(Some(next));
        if let Some(node) = focus::event_node(&e) {
            focus::focus_id_near(&node, &step_dom_id(next));
        }
    };

    let (title, intro) = flow.with_value(|f| (f.title.clone(), f.intro.clone()));
    let heading_id = format!("{prefix}-title");
    let labelled_by = heading_id.clone();
    let steps = (0..count)
        .map(|i| {
            let (name, side, next) = flow.with_value(|f| {
                let step = &f.steps[i];
                let next = f.steps.get(i + 1).map(|n| lane_change(step.side, n.side));
                (step.name.clone(), step.side, next)
            });
            let is_selected = move || selected.get() == Some(i);
            // Roving tabindex: only the selected step (or the first) is a tab stop.
            let tabindex = move || {
                if selected.get().unwrap_or(0) == i {
                    "0"
                } else {
                    "-1"
                }
            };
            view! {
                <li
                    // Grid line: the lane labels take the first column (row on
                    // phones). A class, not a `style` attribute: the strict CSP
                    // forbids those in prerendered HTML.
                    class=format!("bg-flow__item bg-flow__item--{} bg-flow__item--at-{}", side.key(), i + 2)
                    data-next=next
                >
                    <button
                        type="button"
                        id=step_dom_id(i)
                        class="bg-flow__step"
                        class:bg-flow__step--selected=is_selected
                        aria-current=move || is_selected().then_some("step")
                        tabindex=tabindex
                        on:click=move |_| selection.select(Some(i))
                    >
                        <span class="bg-flow__num">{i + 1}</span>
                        <span class="bg-flow__name">{name}</span>
                        <span class="bg-visually-hidden">{format!(" ({})", words.side_in_text(side))}</span>
                    </button>
                </li>
            }
        })
        .collect_view();

    // Drawn lane labels; each step names its own side to assistive tech.
    let lanes = Side::BOTH
        .map(|side| {
            view! {
                <li class=format!("bg-flow__lane bg-flow__lane--{}", side.key()) aria-hidden="true">
                    {words.side(side)}
                </li>
            }
        })
        .collect_view();

    let status = move || {
        selected
            .get()
            .and_then(|i| flow.with_value(|f| f.announcement(i)))
            .unwrap_or_default()
    };
    let detail = move || {
        selected.get().and_then(|i| {
            flow.with_value(|f| f.steps.get(i).cloned()).map(|step| {
                view! {
                    <p class=format!("bg-flow__text bg-flow__text--{}", step.side.key())>
                        {step.text}
                    </p>
                }
            })
        })
    };

    // Every step's text, for readers without scripts (the diagram's buttons
    // need the app); hidden once scripts run.
    let all_steps = flow.with_value(|f| {
        f.steps
            .iter()
            .map(|step| {
                view! {
                    <li class=format!("bg-flow__text bg-flow__text--{}", step.side.key())>
                        <strong>{step.name.clone()}</strong>
                        {format!(" ({}): ", words.side_in_text(step.side))}
                        {step.text.clone()}
                    </li>
                }
            })
            .collect_view()
    });

    view! {
        <section class="bg-flow" class:bg-flow--compact=compact aria-labelledby=labelled_by>
            <h2 id=heading_id class="bg-flow__title">{title}</h2>
            <p class="bg-flow__intro">{intro}</p>
            <div class="bg-flow__bar">
                <button
                    type="button"
                    id=play_id
                    class="bg-button bg-flow__play"
                    on:click=move |_| play.toggle()
                >
                    {move || if play.playing.get() { words.stop } else { words.play }}
                </button>
                <NeedsJs text=words.needs_js_flow />
            </div>
            <ol class="bg-flow__steps" on:keydown=on_keydown>
                {lanes}
                {steps}
            </ol>
            <div class="bg-flow__detail">
                <p class="bg-flow__status" role="status" aria-live="polite">
                    {status}
                </p>
                {move || {
                    if selected.get().is_none() {
                        Some(
                            view! {
                                <p class="bg-flow__hint bg-with-js">
                                    {words.flow_hint}
                                </p>
                            },
                        )
                    } else {
                        None
                    }
                }}
                {detail}
                <ol class="bg-flow__all bg-without-js">{all_steps}</ol>
            </div>
        </section>
    }
}

/// Where the path goes from one step to the next, for the drawn arrow.
fn lane_change(from: Side, to: Side) -> &'static str {
    match (from, to) {
        (Side::Frontend, Side::Backend) => "to-backend",
        (Side::Backend, Side::Frontend) => "to-frontend",
        _ => "stay",
    }
}
