use std::time::Duration;

use leptos::ev;
use leptos::leptos_dom::helpers::{
    set_interval_with_handle, window_event_listener, IntervalHandle,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use crate::dom;
use crate::model::comparison::{Flow, Side};
use crate::model::CompareQuery;

/// How long Play stays on each step.
const PLAY_STEP: Duration = Duration::from_millis(1500);

/// One request drawn as a path of step buttons on a frontend lane and a
/// backend lane. Arrow keys, Home and End move the selection (roving focus);
/// the selected step's position and owner are announced in a polite live
/// region; Play walks through the steps and stops on any key or click.
///
/// The full version keeps the selected step in the URL (`?step=…`, next to
/// `?aspect=…`); the `compact` one, for the overview, keeps it to itself.
#[component]
pub fn RequestFlow(flow: Flow, #[prop(optional)] compact: bool) -> impl IntoView {
    let prefix = if compact { "flow-compact" } else { "flow" };
    let count = flow.steps.len();
    let flow = StoredValue::new(flow);
    let step_dom_id =
        move |i: usize| flow.with_value(|f| format!("{prefix}-step-{}", f.steps[i].id));

    let selection = Selection::new(flow, compact);
    let selected = selection.selected;

    // Play: an interval that advances one step per tick, cleared on stop.
    let playing = RwSignal::new(false);
    let timer = StoredValue::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
        playing.set(false);
    };
    let start = move || {
        let first = match selected.get_untracked() {
            Some(i) if i + 1 < count => i + 1,
            _ => 0,
        };
        selection.select(Some(first));
        playing.set(true);
        let handle = set_interval_with_handle(
            move || match selected.get_untracked() {
                Some(i) if i + 1 < count => {
                    selection.select(Some(i + 1));
                    if i + 2 == count {
                        stop();
                    }
                }
                _ => stop(),
            },
            PLAY_STEP,
        );
        timer.set_value(handle.ok());
    };
    on_cleanup(stop);

    // Any key or click anywhere stops Play, except the Play button's own
    // Enter/Space/click, which the button turns into its toggle.
    let play_id = format!("{prefix}-play");
    let is_play_button = {
        let play_id = play_id.clone();
        move |target: Option<web_sys::EventTarget>| {
            target
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(&format!("#{play_id}")).ok().flatten())
                .is_some()
        }
    };
    let keys = {
        let is_play_button = is_play_button.clone();
        window_event_listener(ev::keydown, move |e| {
            let toggle_key = matches!(e.key().as_str(), "Enter" | " ");
            if playing.get_untracked() && !(toggle_key && is_play_button(e.target())) {
                stop();
            }
        })
    };
    let clicks = window_event_listener(ev::click, move |e| {
        if playing.get_untracked() && !is_play_button(e.target()) {
            stop();
        }
    });
    on_cleanup(move || {
        keys.remove();
        clicks.remove();
    });

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
        dom::focus_id(&step_dom_id(next));
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
                    class=format!("bg-flow__item bg-flow__item--{}", side.key())
                    // Grid line: the lane labels take the first column (row on phones).
                    // Set through the CSSOM (`style:`), which the strict CSP allows.
                    style:--bg-flow-pos=(i + 2).to_string()
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
                        <span class="bg-visually-hidden">{format!(" ({})", side.key())}</span>
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
                    {side.label()}
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

    view! {
        <section class="bg-flow" class:bg-flow--compact=compact aria-labelledby=labelled_by>
            <h2 id=heading_id class="bg-flow__title">{title}</h2>
            <p class="bg-flow__intro">{intro}</p>
            <div class="bg-flow__bar">
                <button
                    type="button"
                    id=play_id
                    class="bg-button bg-flow__play"
                    on:click=move |_| {
                        if playing.get_untracked() { stop() } else { start() }
                    }
                >
                    {move || if playing.get() { "Stop" } else { "Play" }}
                </button>
            </div>
            <ol
                class="bg-flow__steps"
                style:--bg-flow-count=count.to_string()
                on:keydown=on_keydown
            >
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
                                <p class="bg-flow__hint">
                                    "Choose a step, use the arrow keys, or press Play."
                                </p>
                            },
                        )
                    } else {
                        None
                    }
                }}
                {detail}
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

/// The selected step and how to change it: through the URL on `/compare`,
/// in a local signal in the compact copy.
#[derive(Clone, Copy)]
struct Selection {
    selected: Signal<Option<usize>>,
    local: RwSignal<Option<usize>>,
    flow: StoredValue<Flow>,
    url: Option<UrlSync>,
}

/// `use_navigate`'s closure, boxed so it can be stored in a `Copy` handle.
type Navigate = Box<dyn Fn(&str, NavigateOptions) + Send + Sync>;

#[derive(Clone, Copy)]
struct UrlSync {
    query: Memo<leptos_router::params::ParamsMap>,
    navigate: StoredValue<Navigate>,
}

impl Selection {
    fn new(flow: StoredValue<Flow>, compact: bool) -> Self {
        let local = RwSignal::new(None);
        let url = (!compact).then(|| UrlSync {
            query: use_query_map(),
            navigate: StoredValue::new(Box::new(use_navigate()) as Navigate),
        });
        let selected = match url {
            Some(UrlSync { query, .. }) => Signal::derive(move || {
                let step = query.with(|q| CompareQuery::from_pairs(q.latest_values()).step)?;
                flow.with_value(|f| f.step_index(&step))
            }),
            None => local.into(),
        };
        Self {
            selected,
            local,
            flow,
            url,
        }
    }

    fn select(self, i: Option<usize>) {
        let Some(UrlSync { query, navigate }) = self.url else {
            self.local.set(i);
            return;
        };
        let step = i.and_then(|i| {
            self.flow
                .with_value(|f| f.steps.get(i).map(|s| s.id.clone()))
        });
        let mut next = query.with_untracked(|q| CompareQuery::from_pairs(q.latest_values()));
        next.step = step;
        navigate.with_value(|go| {
            go(
                &next.path(),
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            )
        });
    }
}
