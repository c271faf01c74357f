use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::base::AppBase;
use crate::components::{
    PrintDetails, Progress, ProgressNotice, SiteFooter, SiteHeader, ThemeChoice,
};
use crate::content::{self, ContentFile, LoadError};
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

/// The whole guide: header, routed main content, footer.
#[component]
pub fn App() -> impl IntoView {
    let base = AppBase::from_document();
    let router_base = base.router_base();
    provide_context(base);
    provide_context(SiteContent(ContentResource::<Site>::load().0));
    Progress::provide();
    ThemeChoice::provide(None);

    view! {
        <Router base=router_base>
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
        </Router>
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
