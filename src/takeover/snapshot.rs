//! What the reader did on the prerendered page, carried onto the app's.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::early;

/// What the reader did on the prerendered page before the app arrived.
/// Every element is named by its [`identity`], never by its position: if
/// content changed between the build and now, an input meant for one
/// control is dropped rather than given to another.
pub(super) struct Snapshot {
    /// Buttons clicked meanwhile (public/page.js kept them).
    clicks: Vec<String>,
    /// Each changed form control and `<details>`.
    controls: Vec<(String, Changed)>,
    /// The focused element, and its text selection.
    focus: Option<(String, Option<(u32, u32)>)>,
    scroll: (f64, f64),
}

enum Changed {
    Value(String),
    Checked(bool),
    Open(bool),
}

const CONTROLS: &str = "input, select, textarea, details";
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";
/// Marks an element that holds repeated controls (a skill card, a chart):
/// its key (`skill:python`) tells its controls apart from their twins.
const KEYED: &str = "[id], [data-key]";

fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    root.query_selector_all(selector)
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// A name for `element` that does not depend on where it stands: its id, or
/// its `data-key`, or else what it says (a radio's name and value, its
/// label) inside the nearest element with an id or key. `None` when it has
/// nothing to be named by.
fn identity(element: &web_sys::Element) -> Option<String> {
    if let Some(key) = key(element) {
        return Some(key);
    }
    let attr = |name: &str| element.get_attribute(name).filter(|v| !v.is_empty());
    let text = |el: &web_sys::Element| {
        let text = el.text_content().unwrap_or_default();
        Some(text.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|t| !t.is_empty())
    };
    let own = match (attr("name"), attr("value")) {
        (Some(name), Some(value)) => Some(format!("{name}={value}")),
        _ => attr("aria-label")
            .or_else(|| {
                let label = element.closest("label").ok().flatten()?;
                text(&label)
            })
            .or_else(|| {
                let summary = element.query_selector("summary").ok().flatten();
                text(summary.as_ref().unwrap_or(element))
            }),
    }?;
    let scope = element
        .parent_element()
        .and_then(|parent| parent.closest(KEYED).ok().flatten())
        .and_then(|keyed| key(&keyed))
        .unwrap_or_default();
    Some(format!("{scope}>{}:{own}", element.tag_name()))
}

/// `element`'s own stable name: `#id`, else `[data-key]`.
fn key(element: &web_sys::Element) -> Option<String> {
    let id = element.id();
    if !id.is_empty() {
        return Some(format!("#{id}"));
    }
    Some(format!("[{}]", element.get_attribute("data-key")?))
}

/// The one element under `root` matching `selector` whose identity is
/// `wanted`; `None` if there is none, or more than one.
fn find(root: &web_sys::Element, selector: &str, wanted: &str) -> Option<web_sys::Element> {
    let mut matches = all(root, selector)
        .into_iter()
        .filter(|el| identity(el).as_deref() == Some(wanted));
    let first = matches.next()?;
    matches.next().is_none().then_some(first)
}

/// Whether `wanted` names exactly one element of `elements`.
fn unique(elements: &[web_sys::Element], wanted: &str) -> bool {
    elements
        .iter()
        .filter(|el| identity(el).as_deref() == Some(wanted))
        .count()
        == 1
}

impl Snapshot {
    pub(super) fn take(body: &web_sys::HtmlElement) -> Self {
        let controls = all(body, CONTROLS);
        let named = |el: &web_sys::Element, among: &[web_sys::Element]| {
            identity(el).filter(|id| unique(among, id))
        };
        let changed_controls = controls
            .iter()
            .filter_map(|el| Some((named(el, &controls)?, changed(el)?)))
            .collect();
        let buttons = all(body, "button");
        let clicks = early::clicks()
            .iter()
            .filter_map(|clicked| named(clicked, &buttons))
            .collect();
        let focusable = all(body, FOCUSABLE);
        let focus = document().active_element().and_then(|active| {
            let name = named(&active, &focusable)?;
            let selection = active
                .dyn_ref::<web_sys::HtmlInputElement>()
                .and_then(|input| {
                    Some((input.selection_start().ok()??, input.selection_end().ok()??))
                });
            Some((name, selection))
        });
        let window = window();
        Self {
            clicks,
            controls: changed_controls,
            focus,
            scroll: (
                window.scroll_x().unwrap_or_default(),
                window.scroll_y().unwrap_or_default(),
            ),
        }
    }

    /// Applies what changed to the app's controls, as the reader's own input
    /// (events included, so the app's state follows), then focus and scroll.
    /// What no longer names exactly one element is dropped.
    pub(super) fn restore(self, body: &web_sys::HtmlElement) {
        for (name, change) in self.controls {
            if let Some(element) = find(body, CONTROLS, &name) {
                apply(&element, change);
            }
        }
        for name in self.clicks {
            if let Some(button) = find(body, "button", &name) {
                if let Some(button) = button.dyn_ref::<web_sys::HtmlElement>() {
                    button.click();
                }
            }
        }
        if let Some((name, selection)) = self.focus {
            if let Some(element) = find(body, FOCUSABLE, &name) {
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
