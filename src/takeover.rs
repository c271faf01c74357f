//! Taking over a prerendered page without a seam.
//!
//! Every page arrives as HTML rendered at build time by the same components
//! (crates/prerender). Before the app mounts, [`fetch_page_content`] fetches
//! the content files the page lists as preloads, so the app then renders
//! with its data ready. [`replace_page`] builds it off the page, a part per
//! task (`Later`), and swaps the new nodes for the prerendered ones in one
//! task, before the browser paints: nothing flashes and nothing moves. What
//! the reader typed, ticked, opened or focused meanwhile is carried over,
//! and the scroll position is kept.
//! The app still reads its content at run time, so a file edited since the
//! build shows as it is now.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use guide_model::base::ContentRoot;
use guide_model::content::LoadError;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::browser::early;
use crate::components::BuildStages;
use crate::content::fetch_text;

/// `url` resolved against the document's base, as a link's `href` reads.
fn absolute(url: &str) -> String {
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(url, &base)
        .map(|u| u.href())
        .unwrap_or_default()
}

/// `<link rel="preload" as="fetch" data-bg-content href="content/site.json">`:
/// the files the page was rendered from, which the app needs first.
const PRELOADS: &str = "link[rel=preload][data-bg-content]";

/// Fetches the page's content files (the browser has them in flight from
/// the preloads already), where they are the files the app reads from
/// `root` (the benchmark's `?content-dir=` reads others). A failure is kept
/// as the file's value: the app then shows that part's error with Retry, as
/// it would for any load.
pub async fn fetch_page_content(root: &ContentRoot) -> HashMap<String, Result<String, LoadError>> {
    let links = document().query_selector_all(PRELOADS).ok();
    let files: Vec<(String, String)> = links
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlLinkElement>().ok())
                .map(|link| {
                    let url = link.href();
                    let file = url.rsplit('/').next().unwrap_or_default().to_string();
                    (file, url)
                })
                .filter(|(file, url)| absolute(&root.url(file)) == *url)
                .collect()
        })
        .unwrap_or_default();
    let fetches = files.into_iter().map(|(file, url)| async move {
        let text = fetch_text(&url, &file).await;
        (file, text)
    });
    futures::future::join_all(fetches)
        .await
        .into_iter()
        .collect()
}

/// Builds the app off the page with `mount`, one [`BuildStages`] part per
/// task, then puts it in place of the prerendered nodes in one task and
/// carries the reader's input across. The input is applied in the next
/// animation frame, which runs before the browser paints, so no frame shows
/// a page in between.
pub async fn replace_page(mount: impl FnOnce(web_sys::HtmlElement), stages: &BuildStages) {
    let Some(body) = document().body() else {
        return;
    };
    let Ok(staging) = document().create_element("div") else {
        return;
    };
    mount(staging.clone().unchecked_into());
    stages.build_all().await;
    // Taken now, so what the reader did while the app was being built counts.
    let before = Snapshot::take(&body);
    let old: Vec<web_sys::Node> = children(&body)
        .into_iter()
        .filter(|node| node.node_name() != "SCRIPT")
        .collect();
    for node in children(&staging) {
        let _ = body.append_child(&node);
    }
    for node in old {
        if let Some(parent) = node.parent_node() {
            let _ = parent.remove_child(&node);
        }
    }
    next_frame().await;
    before.restore(&body);
    stages.placed();
}

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
async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
}

fn children(node: &web_sys::Node) -> Vec<web_sys::Node> {
    let list = node.child_nodes();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// What the reader did on the prerendered page before the app arrived.
struct Snapshot {
    /// Buttons clicked meanwhile (public/page.js kept them), by their index
    /// among the page's buttons.
    clicks: Vec<usize>,
    /// Each form control and `<details>`, in document order, with its id;
    /// `None` when untouched.
    controls: Vec<(String, Option<Changed>)>,
    /// The focused element's index among the focusable ones, and its text selection.
    focus: Option<(usize, Option<(u32, u32)>)>,
    scroll: (f64, f64),
}

enum Changed {
    Value(String),
    Checked(bool),
    Open(bool),
}

const CONTROLS: &str = "input, select, textarea, details";
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    root.query_selector_all(selector)
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into().ok())
                .collect()
        })
        .unwrap_or_default()
}

impl Snapshot {
    fn take(body: &web_sys::HtmlElement) -> Self {
        let controls = all(body, CONTROLS)
            .iter()
            .map(|el| (el.id(), changed(el)))
            .collect();
        let buttons = all(body, "button");
        let clicks = early::clicks()
            .iter()
            .filter_map(|clicked| buttons.iter().position(|b| b == clicked))
            .collect();
        let active = document().active_element();
        let focus = active.and_then(|active| {
            let index = all(body, FOCUSABLE).iter().position(|el| *el == active)?;
            let selection = active
                .dyn_ref::<web_sys::HtmlInputElement>()
                .and_then(|input| {
                    Some((input.selection_start().ok()??, input.selection_end().ok()??))
                });
            Some((index, selection))
        });
        let window = window();
        Self {
            clicks,
            controls,
            focus,
            scroll: (
                window.scroll_x().unwrap_or_default(),
                window.scroll_y().unwrap_or_default(),
            ),
        }
    }

    /// Applies what changed to the app's controls, as the reader's own input
    /// (events included, so the app's state follows), then focus and scroll.
    fn restore(self, body: &web_sys::HtmlElement) {
        let now = all(body, CONTROLS);
        // A control with an id is the one with the same id. Others pair by
        // position, which holds only if the app rendered the same tree as the
        // prerenderer (not so for a link with a search in it, or content
        // edited since the build).
        let same_tree = now.len() == self.controls.len();
        for (i, (id, change)) in self.controls.into_iter().enumerate() {
            let Some(change) = change else { continue };
            let target = if id.is_empty() {
                now.get(i).filter(|_| same_tree)
            } else {
                now.iter().find(|el| el.id() == id)
            };
            if let Some(element) = target {
                apply(element, change);
            }
        }
        let buttons = all(body, "button");
        let clicks = if same_tree { self.clicks } else { Vec::new() };
        for index in clicks {
            if let Some(button) = buttons
                .get(index)
                .and_then(|b| b.dyn_ref::<web_sys::HtmlElement>())
            {
                button.click();
            }
        }
        if let Some((index, selection)) = self.focus {
            if let Some(element) = all(body, FOCUSABLE).get(index) {
                if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
                if let (Some(input), Some((start, end))) =
                    (element.dyn_ref::<web_sys::HtmlInputElement>(), selection)
                {
                    let _ = input.set_selection_range(start, end);
                }
            }
        }
        let window = window();
        let (x, y) = self.scroll;
        if (
            window.scroll_x().unwrap_or_default(),
            window.scroll_y().unwrap_or_default(),
        ) != (x, y)
        {
            window.scroll_to_with_x_and_y(x, y);
        }
    }
}

/// How `element` differs from the way the page was served, if it does.
fn changed(element: &web_sys::Element) -> Option<Changed> {
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        return match input.type_().as_str() {
            "checkbox" => (input.checked() != input.default_checked())
                .then(|| Changed::Checked(input.checked())),
            // The radio the reader picked; the one it unchecked follows from it.
            "radio" => {
                (input.checked() && !input.default_checked()).then_some(Changed::Checked(true))
            }
            "file" => None,
            _ => (input.value() != input.default_value()).then(|| Changed::Value(input.value())),
        };
    }
    if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let default = area.default_value().unwrap_or_default();
        return (area.value() != default).then(|| Changed::Value(area.value()));
    }
    if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
        let options = select.options();
        let default = (0..options.length())
            .filter_map(|i| {
                options
                    .item(i)?
                    .dyn_into::<web_sys::HtmlOptionElement>()
                    .ok()
            })
            .find(|o| o.default_selected())
            .or_else(|| options.item(0)?.dyn_into().ok())
            .map(|o| o.value())
            .unwrap_or_default();
        return (select.value() != default).then(|| Changed::Value(select.value()));
    }
    if let Some(details) = element.dyn_ref::<web_sys::HtmlDetailsElement>() {
        return (details.open() != details.has_attribute("open"))
            .then(|| Changed::Open(details.open()));
    }
    None
}

fn apply(element: &web_sys::Element, change: Changed) {
    let event = match change {
        Changed::Value(value) => {
            if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
                input.set_value(&value);
                "input"
            } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                area.set_value(&value);
                "input"
            } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
                select.set_value(&value);
                "change"
            } else {
                return;
            }
        }
        Changed::Checked(checked) => match element.dyn_ref::<web_sys::HtmlInputElement>() {
            Some(input) => {
                input.set_checked(checked);
                "change"
            }
            None => return,
        },
        Changed::Open(open) => {
            if let Some(details) = element.dyn_ref::<web_sys::HtmlDetailsElement>() {
                details.set_open(open);
            }
            return;
        }
    };
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(event, &init) {
        let _ = element.dispatch_event(&event);
    }
}
