//! Parts of a page the takeover builds one task at a time.
//!
//! Building /careers in one go is one long task (about 185 ms at 4× CPU
//! slowdown), and the browser can do nothing else meanwhile. During the
//! takeover the app is built off the page (see `crate::takeover`), so its
//! parts can come one task after another without the reader seeing a half
//! page; the finished page then replaces the prerendered one at once.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use leptos::either::Either;
use leptos::prelude::*;

use crate::browser::perf;
use crate::browser::tasks::next_task;

/// The takeover's parts in the order they appeared, and how far it has
/// built them: parts numbered up to `built` are built. Without this context (at build time, in `<backend-guide>`) and once the
/// takeover is over, a [`TakeoverPart`] is built at once.
#[derive(Clone, Default)]
pub struct PartQueue {
    built: ArcRwSignal<u32>,
    parts: Arc<AtomicU32>,
    /// The finished page is in the document, with the reader's input and
    /// scroll position carried over.
    placed: Arc<AtomicBool>,
    /// What waits for that ([`on_page`]).
    waiting: Arc<Mutex<Vec<OnPage>>>,
}

type OnPage = Box<dyn FnOnce() + Send + Sync>;

impl PartQueue {
    pub fn provide(&self) {
        provide_context(self.clone());
    }

    fn over(&self) -> bool {
        self.built.get_untracked() == u32::MAX
    }

    /// Puts a new part at the end of the queue, and tells when it may be built.
    fn enqueue(&self) -> Memo<bool> {
        let number = self.parts.fetch_add(1, Ordering::Relaxed) + 1;
        let built = self.built.clone();
        Memo::new(move |_| built.get() >= number)
    }

    /// Builds one part per task, parts that appear meanwhile included, until
    /// every part is built; from then on parts are built at once. The first
    /// task lets the router render its route (it does so in microtasks).
    pub async fn build_all(&self) {
        loop {
            next_task().await;
            let built = self.built.get_untracked();
            if built >= self.parts.load(Ordering::Relaxed) {
                break;
            }
            self.built.set(built + 1);
            perf::mark(perf::TAKEOVER_PART);
        }
        self.built.set(u32::MAX);
    }

    /// The finished page is in place: runs what [`on_page`] kept waiting.
    pub fn placed(&self) {
        self.placed.store(true, Ordering::Relaxed);
        let waiting = std::mem::take(&mut *self.waiting.lock().unwrap_or_else(|e| e.into_inner()));
        for run in waiting {
            run();
        }
    }
}

/// Runs `run` once the view being built is in the document: in the next
/// animation frame, or during the takeover once the finished page has
/// replaced the prerendered one and the reader's scroll position is back
/// (so a scroll of the app's own, such as a deep link's, comes after it).
/// Call it where a view's context is in reach (while rendering, in an effect).
pub fn on_page(run: impl FnOnce() + Send + Sync + 'static) {
    match use_context::<PartQueue>().filter(|queue| !queue.placed.load(Ordering::Relaxed)) {
        Some(queue) => queue
            .waiting
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(Box::new(run)),
        None => request_animation_frame(run),
    }
}

/// A part of a page that may be built in a task of its own during the
/// takeover. It adds no element: the HTML is the same with or without it.
#[component]
pub fn TakeoverPart(children: Children) -> impl IntoView {
    match use_context::<PartQueue>().filter(|queue| !queue.over()) {
        None => Either::Left(children()),
        Some(queue) => {
            let ready = queue.enqueue();
            // Built once: `ready` turns true once and never back.
            let children = StoredValue::new_local(Some(children));
            Either::Right(move || {
                ready
                    .get()
                    .then(|| children.try_update_value(Option::take).flatten())
                    .flatten()
                    .map(untrack)
            })
        }
    }
}
