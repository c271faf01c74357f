//! Yielding to the browser: a new task, or the next animation frame.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Resolves in a task of its own, after the browser has had a turn.
pub async fn next_task() {
    let task = js_sys::Promise::new(&mut |resolve, _| {
        let posted = TASKS.with(|tasks| tasks.as_ref().map(|tasks| tasks.post(resolve.clone())));
        if posted.is_none() {
            let _ = window().set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(task).await;
}

thread_local! {
    static TASKS: Option<Tasks> = Tasks::new();
}

/// New tasks by message: a zero timeout set from a timer's task waits at
/// least 4 ms once such timeouts nest five deep, and the takeover's parts
/// take a dozen tasks in a row. The channel lives as long as the page.
struct Tasks {
    channel: web_sys::MessageChannel,
    waiting: Rc<RefCell<VecDeque<js_sys::Function>>>,
    _on_message: Closure<dyn FnMut()>,
}

impl Tasks {
    fn new() -> Option<Self> {
        let channel = web_sys::MessageChannel::new().ok()?;
        let waiting = Rc::new(RefCell::new(VecDeque::<js_sys::Function>::new()));
        let queue = waiting.clone();
        let on_message = Closure::<dyn FnMut()>::new(move || {
            let next = queue.borrow_mut().pop_front();
            if let Some(resolve) = next {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        });
        channel
            .port1()
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Some(Self {
            channel,
            waiting,
            _on_message: on_message,
        })
    }

    fn post(&self, resolve: js_sys::Function) {
        self.waiting.borrow_mut().push_back(resolve);
        let _ = self.channel.port2().post_message(&JsValue::UNDEFINED);
    }
}

/// Resolves in the next animation frame's callbacks, before it paints.
pub async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
}
