//! Inline mode: `<backend-guide section="skills">` on another site.
//!
//! `public/backend-guide-element.js` attaches a shadow root, adopts the
//! guide's CSS into it, loads this wasm from the guide's origin and calls
//! [`mount_inline`]. No `leptos_router` and no `leptos_meta` here: a router
//! would take over the host page's links and URL. Sections whose views need
//! the router (careers, compare, a skill's page) link to the guide instead;
//! the learning path keeps no state in the URL, so it renders inline too.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use std::collections::HashMap;

use guide_model::base::AppBase;
use guide_model::locale::Locale;
use guide_model::theme::Theme;
use guide_model::{SectionId, Site};

use crate::browser::location::split_root;
use crate::components::{Loaded, OpenInGuide, Progress, ThemeChoice};
use crate::content::{use_content, ContentStore};
use crate::routes::{OverviewInline, PathPage, SkillsInline};
use crate::words::use_words;

/// A section mounted by [`mount_inline`]. `unmount()` (the element's
/// `disconnectedCallback`) takes it out of the shadow root and disposes of
/// its reactive tree, its effects and their listeners.
#[wasm_bindgen]
pub struct InlineMount {
    /// leptos's `UnmountHandle`, which unmounts when dropped.
    handle: Option<Box<dyn std::any::Any>>,
    mount: web_sys::HtmlElement,
}

#[wasm_bindgen]
impl InlineMount {
    /// Removes the section; calling it again does nothing.
    pub fn unmount(&mut self) {
        if self.handle.take().is_some() {
            self.mount.remove();
        }
    }
}

/// Mounts `section` into `host`'s shadow root, in `lang` (`en` or `hi`). `origin` is the guide's root
/// URL (`https://guide.example/` or `…/guide/`); content is fetched from it.
#[wasm_bindgen]
pub fn mount_inline(
    host: web_sys::HtmlElement,
    section: String,
    theme: String,
    lang: String,
    origin: String,
) -> Result<InlineMount, JsValue> {
    let shadow = host
        .shadow_root()
        .ok_or_else(|| JsValue::from_str("backend-guide: attach a shadow root first"))?;
    let mount: web_sys::HtmlElement = document().create_element("div")?.unchecked_into();
    mount.set_class_name("bg-inline");
    shadow.append_child(&mount)?;

    let section = SectionId::ALL
        .into_iter()
        .find(|s| s.key() == section)
        .unwrap_or(SectionId::Overview);
    let theme = Theme::parse(&theme).unwrap_or_default();
    let (origin, path) = split_root(&origin)
        .ok_or_else(|| JsValue::from_str("backend-guide: the guide's URL is not a URL"))?;
    let locale = Locale::parse(&lang).unwrap_or_else(|| {
        web_sys::console::warn_1(
            &format!("Backend Guide: lang=\"{lang}\" is not en or hi; showing English").into(),
        );
        Locale::En
    });
    let base = AppBase::inline(&origin, &path).localized(locale);
    let host: web_sys::Element = host.into();
    let handle = leptos::mount::mount_to(mount.clone(), move || {
        view! { <InlineApp section theme host=host.clone() base=base.clone() /> }
    });
    Ok(InlineMount {
        handle: Some(Box::new(handle)),
        mount,
    })
}

#[component]
fn InlineApp(
    section: SectionId,
    theme: Theme,
    host: web_sys::Element,
    base: AppBase,
) -> impl IntoView {
    let open_href = base.site_href(section.path());
    ContentStore::online(base.content.clone(), HashMap::new()).provide();
    provide_context(base);
    Progress::provide_in_memory();
    ThemeChoice::provide(theme, Some(host));
    let body = match section {
        SectionId::Overview => view! { <OverviewInline /> }.into_any(),
        SectionId::Skills => view! { <SkillsInline /> }.into_any(),
        SectionId::Path => view! { <PathPage /> }.into_any(),
        other => view! { <NotInline section=other /> }.into_any(),
    };
    view! {
        <div class="bg-inline__body">{body}</div>
        <OpenInGuide href=open_href />
    }
}

/// Careers and compare keep their state in the URL, so inline mode points to
/// the iframe embed or the guide itself.
#[component]
fn NotInline(section: SectionId) -> impl IntoView {
    let site = use_content::<Site>();
    let words = use_words();
    view! {
        <Loaded
            resource=site
            skeleton=|| view! { <div class="bg-skeleton bg-page-head__skeleton"></div> }
            render=move |site: Site| {
                let title = site.nav_item(section).map(|i| i.title.clone()).unwrap_or_default();
                view! {
                    <header class="bg-page-head">
                        <h2 class="bg-page-head__title">{title}</h2>
                        <p class="bg-page-head__lead">{words.not_inline}</p>
                    </header>
                }
            }
        />
    }
}
