//! Play: walks through the request flow's steps on a timer, and stops on
//! any key or click except the Play button's own.

use std::time::Duration;

use leptos::ev;
use leptos::leptos_dom::helpers::WindowListenerHandle;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::selection::StepSelection;
use crate::browser::timers::use_repeat;

/// How long Play stays on each step.
const PLAY_STEP: Duration = Duration::from_millis(1500);

/// Play's state and its toggle.
#[derive(Clone, Copy)]
pub struct Play {
    pub playing: ReadSignal<bool>,
    toggle: Callback<()>,
}

impl Play {
    /// Starts from the step after the selected one, or stops.
    pub fn toggle(self) {
        self.toggle.run(());
    }
}

/// Play for `count` steps of `selection`; `button_id` is the Play button's id.
/// Call while rendering; nothing is attached to the page until Play starts,
/// and the timer and listeners end when it stops or the view goes.
pub fn use_play(selection: StepSelection, count: usize, button_id: String) -> Play {
    let (playing, set_playing) = signal(false);
    let timer = use_repeat();
    let listeners = StoredValue::new_local(Vec::<WindowListenerHandle>::new());
    let selected = selection.selected;
    let stop = move || {
        timer.stop();
        for handle in listeners
            .try_update_value(std::mem::take)
            .unwrap_or_default()
        {
            handle.remove();
        }
        let _ = set_playing.try_set(false);
    };
    on_cleanup(stop);

    // Any key or click anywhere stops Play, except the Play button's own
    // Enter/Space/click, which the button turns into its toggle.
    let is_play_button = move |target: Option<web_sys::EventTarget>| {
        target
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(&format!("#{button_id}")).ok().flatten())
            .is_some()
    };
    let listen = move || {
        let keys = {
            let is_play_button = is_play_button.clone();
            window_event_listener(ev::keydown, move |e| {
                let toggle_key = matches!(e.key().as_str(), "Enter" | " ");
                if !(toggle_key && is_play_button(e.target())) {
                    stop();
                }
            })
        };
        let is_play_button = is_play_button.clone();
        let clicks = window_event_listener(ev::click, move |e| {
            if !is_play_button(e.target()) {
                stop();
            }
        });
        listeners.set_value(vec![keys, clicks]);
    };

    let start = move || {
        let first = match selected.get_untracked() {
            Some(i) if i + 1 < count => i + 1,
            _ => 0,
        };
        selection.select(Some(first));
        set_playing.set(true);
        listen();
        timer.start(PLAY_STEP, move || match selected.get_untracked() {
            Some(i) if i + 1 < count => {
                selection.select(Some(i + 1));
                if i + 2 == count {
                    stop();
                }
            }
            _ => stop(),
        });
    };

    Play {
        playing,
        toggle: Callback::new(move |()| {
            if playing.get_untracked() {
                stop()
            } else {
                start()
            }
        }),
    }
}
