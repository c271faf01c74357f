//! What the reader did on the prerendered page, carried onto the app's.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::early;

/// What the reader did on the prerendered page before the app arrived.
pub(super) struct Snapshot {
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
    pub(super) fn take(body: &web_sys::HtmlElement) -> Self {
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
    pub(super) fn restore(self, body: &web_sys::HtmlElement) {
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
