//! Timers that belong to a view: a newer start replaces the older timer,
//! and the view's cleanup clears whatever is still pending.

use std::time::Duration;

use leptos::prelude::*;

/// A repeating timer (Play in the request flow).
#[derive(Clone, Copy)]
pub struct Repeat(StoredValue<Option<IntervalHandle>>);

/// A [`Repeat`] owned by the current view, whose cleanup stops it.
pub fn use_repeat() -> Repeat {
    let timer = Repeat(StoredValue::new(None));
    on_cleanup(move || timer.stop());
    timer
}

impl Repeat {
    /// Calls `tick` every `every` until [`Repeat::stop`].
    pub fn start(self, every: Duration, tick: impl Fn() + 'static) {
        self.stop();
        let handle = set_interval_with_handle(tick, every).ok();
        let _ = self.0.try_set_value(handle);
    }

    pub fn stop(self) {
        if let Some(handle) = self.0.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}

/// A one-off timer that a newer one replaces: a delayed hide, a debounce.
#[derive(Clone, Copy)]
pub struct Delay(StoredValue<Option<TimeoutHandle>>);

/// A [`Delay`] owned by the current view, whose cleanup cancels it.
pub fn use_delay() -> Delay {
    let timer = Delay(StoredValue::new(None));
    on_cleanup(move || timer.cancel());
    timer
}

impl Delay {
    /// Runs `then` after `after`, unless cancelled or started again first.
    pub fn start(self, after: Duration, then: impl FnOnce() + 'static) {
        self.cancel();
        let handle = set_timeout_with_handle(then, after).ok();
        let _ = self.0.try_set_value(handle);
    }

    pub fn cancel(self) {
        if let Some(handle) = self.0.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}
