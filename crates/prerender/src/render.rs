//! One page's body, rendered by the app's own component tree.

use std::collections::HashMap;
use std::sync::Arc;

use backend_guide::app::App;
use backend_guide::components::{GuideRoot, Progress, ThemeChoice};
use backend_guide::content::ContentStore;
use guide_model::base::AppBase;
use guide_model::pages::Page;
use guide_model::theme::Theme;
use guide_model::LoadError;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

/// The body's HTML and the content files it was made from, in the order
/// the views asked for them (the page preloads them for the takeover).
pub struct Rendered {
    pub body: String,
    pub used: Vec<&'static str>,
}

/// Renders `page` under the base path `base` (the guide's public address
/// is `root`) with the content `texts`,
/// exactly as the browser's app would render it with the same content, a
/// reader with no stored progress and the "auto" theme.
pub fn page(
    page: &Page,
    base: &str,
    root: &str,
    texts: &HashMap<String, Result<String, LoadError>>,
) -> Rendered {
    // A server-side context: browser-only helpers (window listeners) see
    // that they are not in a browser.
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let rendered = owner.with(|| {
        let mut app_base = AppBase::new(base).localized(page.locale);
        if page.embed {
            app_base = app_base.embedded(None);
        }
        provide_context(RequestUrl::new(&format!(
            "{}{}",
            app_base.path(),
            page.path()
        )));
        let store = ContentStore::offline(app_base.content.clone(), texts.clone()).provide();
        ThemeChoice::provide(Theme::Auto, None);
        Progress::provide_in_memory();
        provide_context(app_base);
        provide_context(GuideRoot(root.to_string()));
        // The renderer marks text boundaries with empty comments for
        // hydration; the app replaces the page instead, so they can go (no
        // content can hold them: text and attributes escape `<`).
        let body = view! { <App /> }
            .to_html()
            .replace("<!>", "")
            .replace("<!--<() />-->", "");
        Rendered {
            body,
            used: store.used(),
        }
    });
    owner.cleanup();
    rendered
}
