use leptos::prelude::*;

/// Marks a `<details>` this component opened for printing, so only those
/// close again afterwards.
const OPENED_FOR_PRINT: &str = "data-bg-print-opened";

/// Opens every closed `<details>` while the page prints, and closes the same
/// ones again afterwards. Closed `<details>` content is not rendered at all,
/// so the print stylesheet alone cannot show it in every browser.
#[component]
pub fn PrintDetails() -> impl IntoView {
    // Listens once the view is in a browser (never while rendering).
    Effect::new(|_| {
        let before = window_event_listener_untyped("beforeprint", |_| {
            let document = document();
            while let Ok(Some(details)) = document.query_selector("details:not([open])") {
                let _ = details.set_attribute(OPENED_FOR_PRINT, "");
                if details.set_attribute("open", "").is_err() {
                    break;
                }
            }
        });
        let after = window_event_listener_untyped("afterprint", |_| {
            let document = document();
            while let Ok(Some(details)) = document.query_selector(&format!("[{OPENED_FOR_PRINT}]"))
            {
                let _ = details.remove_attribute("open");
                if details.remove_attribute(OPENED_FOR_PRINT).is_err() {
                    break;
                }
            }
        });
        on_cleanup(move || {
            before.remove();
            after.remove();
        });
    });
}
