use leptos::prelude::*;

/// Says, next to a control, that it works only once the app runs. Shown
/// only when scripts are off: the page's first script (public/page.js) sets `data-js` on
/// `<html>` before anything paints, and main.css hides `.bg-without-js` then.
/// A `span`, so it may sit inside a label or a paragraph.
#[component]
pub fn NeedsJs(#[prop(into)] text: String) -> impl IntoView {
    view! { <span class="bg-needs-js bg-without-js">{text}</span> }
}
