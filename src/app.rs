use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::base::AppBase;
use crate::components::{
    OpenInGuide, PrintDetails, Progress, ProgressNotice, SiteFooter, SiteHeader, ThemeChoice,
};
use crate::content::{self, ContentFile, LoadError};
use crate::frame;
use crate::model::embed::{full_page_path, theme_from_query};
use crate::model::Site;
use crate::routes::{
    CareersPage, ComparePage, NotFound, OverviewPage, SkillDetail, SkillsCompare, SkillsList,
    SkillsSection,
};

/// A content file loading through a resource. Copy, so views can share it.
pub struct ContentResource<T: 'static>(pub LocalResource<Result<T, LoadError>>);

impl<T: 'static> Clone for ContentResource<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: 'static> Copy for ContentResource<T> {}

impl<T: ContentFile> ContentResource<T> {
    /// Starts loading `T::FILE` from the app's content root.
    pub fn load() -> Self {
        let root = expect_context::<AppBase>().content;
        Self(LocalResource::new(move || {
            content::fetch::<T>(root.clone())
        }))
    }
}

impl<T: Clone + 'static> ContentResource<T> {
    /// The data once it has loaded without error; tracks the resource.
    pub fn loaded(&self) -> Option<T> {
        self.0.get().and_then(Result::ok)
    }
}

/// `site.json`, loaded once and shared by the header, footer and pages.
#[derive(Clone, Copy)]
pub struct SiteContent(pub LocalResource<Result<Site, LoadError>>);

/// The whole guide: the site (header, routed main content, footer), or an
/// embed view (`/embed/…`: the same sections, no chrome) for other sites' iframes.
#[component]
pub fn App() -> impl IntoView {
    let base = AppBase::from_document();
    let router_base = base.router_base();
    let embedded = base.is_embedded();
    provide_context(base);
    provide_context(SiteContent(ContentResource::<Site>::load().0));
    Progress::provide();

    if embedded {
        let search = window().location().search().unwrap_or_default();
        let choice = ThemeChoice::provide(theme_from_query(&search), None);
        frame::accept_host_messages(choice.0);
        // Lets style/embed.css drop the full-viewport layout of the site.
        if let Some(html) = document().document_element() {
            let _ = html.class_list().add_1("bg-embed-page");
        }
        view! {
            <Router base=router_base>
                <EmbedLayout />
            </Router>
        }
        .into_any()
    } else {
        ThemeChoice::provide_stored();
        view! {
            <Router base=router_base>
                <SiteLayout />
            </Router>
        }
        .into_any()
    }
}

/// The site's chrome around the routed sections.
#[component]
fn SiteLayout() -> impl IntoView {
    view! {
        <a class="bg-skip" href="#main" on:click=skip_to_main>
            "Skip to content"
        </a>
        <SiteHeader />
        <main id="main" class="bg-main" tabindex="-1">
            <ProgressNotice />
            <Routes fallback=NotFound>
                <Route path=path!("/") view=OverviewPage />
                <ParentRoute path=path!("/skills") view=SkillsSection>
                    <Route path=path!("") view=SkillsList />
                    <Route path=path!("compare") view=SkillsCompare />
                    <Route path=path!(":id") view=SkillDetail />
                </ParentRoute>
                <Route path=path!("/careers") view=CareersPage />
                <Route path=path!("/compare") view=ComparePage />
            </Routes>
        </main>
        <SiteFooter />
        <PrintDetails />
    }
}

/// An embed view: the section alone, sized to its content, with a link to
/// the same view on the full site. The router's base is `…/embed`, so the
/// routes below are `/embed/overview`, `/embed/skills/:id` and so on.
#[component]
fn EmbedLayout() -> impl IntoView {
    let base = expect_context::<AppBase>();
    let location = use_location();
    // The router's location is the source of truth (it changes before the
    // browser's URL does); its path may or may not carry the base.
    let open_href = move || {
        let pathname = location.pathname.get();
        let router_base = base.router_base();
        let route = pathname.strip_prefix(&router_base).unwrap_or(&pathname);
        base.site_href(&full_page_path(route, &location.search.get()))
    };
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        root.get().map(|el| frame::report_height(&el)).is_some()
    });
    view! {
        <div class="bg-embed" node_ref=root>
            <main id="main" class="bg-main bg-embed__main">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=OverviewPage />
                    <Route path=path!("/overview") view=OverviewPage />
                    <ParentRoute path=path!("/skills") view=SkillsSection>
                        <Route path=path!("") view=SkillsList />
                        <Route path=path!("compare") view=SkillsCompare />
                        <Route path=path!(":id") view=SkillDetail />
                    </ParentRoute>
                    <Route path=path!("/careers") view=CareersPage />
                    <Route path=path!("/compare") view=ComparePage />
                </Routes>
            </main>
            <OpenInGuide href=open_href />
        </div>
    }
}

/// Moves focus to the main landmark without letting the router treat the
/// fragment link as a navigation.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("main") {
        use wasm_bindgen::JsCast;
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            let _ = main.focus();
        }
    }
}
