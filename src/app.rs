//! The component tree of the site and of embed views. It renders anywhere:
//! in the browser (`crate::start`) and natively at build time (the
//! prerenderer). What it needs from outside comes as context, provided by
//! whoever mounts it: [`AppBase`], the [`ContentStore`](crate::content::ContentStore),
//! [`ThemeChoice`](crate::components::ThemeChoice) and [`Progress`](crate::components::Progress).

use guide_model::base::{AppBase, Mode};
use guide_model::embed::full_page_path;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::components::{
    LanguageSuggestion, OpenInGuide, PrintDetails, ProgressNotice, SiteFooter, SiteHeader,
    TakeoverPart,
};
use crate::frame;
use crate::routes::{
    CareersPage, ChartPage, ComparePage, NotFound, OverviewPage, PathPage, SkillDetail, SkillsList,
    SkillsSection, SkillsSideBySide, WidgetPage,
};
use crate::words::use_words;

/// The whole guide: the site (header, routed main content, footer), or an
/// embed view (`/embed/…`: the same sections, no chrome) for other sites' iframes.
#[component]
pub fn App() -> impl IntoView {
    let base = expect_context::<AppBase>();
    let router_base = base.router_base();
    match base.mode {
        Mode::Embed => view! {
            <Router base=router_base>
                <EmbedLayout />
            </Router>
        }
        .into_any(),
        Mode::Site | Mode::Inline => view! {
            <Router base=router_base>
                <SiteLayout />
            </Router>
        }
        .into_any(),
    }
}

/// The one route table, for the site and for embed views. `/overview` is
/// the overview's name in embed URLs (`/embed/overview`). Every address the
/// server answers with its not-found page (status 404) renders [`NotFound`]
/// here too: no route matches it, or it names a skill that does not exist.
#[component]
fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFound>
            <Route path=path!("/") view=OverviewPage />
            <Route path=path!("/overview") view=OverviewPage />
            <ParentRoute path=path!("/skills") view=SkillsSection>
                <Route path=path!("") view=SkillsList />
                <Route path=path!("side-by-side") view=SkillsSideBySide />
                // The table's address until it was renamed; old links keep working.
                <Route path=path!("compare") view=SkillsSideBySide />
                <Route path=path!(":id") view=SkillDetail />
            </ParentRoute>
            <Route path=path!("/careers") view=CareersPage />
            <Route path=path!("/careers/charts/:id") view=ChartPage />
            <Route path=path!("/widget") view=WidgetPage />
            <Route path=path!("/compare") view=ComparePage />
            <Route path=path!("/path") view=PathPage />
        </Routes>
    }
}

/// The site's chrome around the routed sections.
#[component]
fn SiteLayout() -> impl IntoView {
    let words = use_words();
    view! {
        <a class="bg-skip" href="#main" on:click=skip_to_main>
            {words.skip_to_content}
        </a>
        <TakeoverPart>
            <SiteHeader />
        </TakeoverPart>
        <LanguageSuggestion />
        <main id="main" class="bg-main" tabindex="-1">
            <ProgressNotice />
            <TakeoverPart>
                <AppRoutes />
            </TakeoverPart>
        </main>
        <TakeoverPart>
            <SiteFooter />
        </TakeoverPart>
        <PrintDetails />
    }
}

/// An embed view: the section alone, sized to its content, with a link to
/// the same view on the full site. The router's base is `…/embed`, so the
/// routes are `/embed/overview`, `/embed/skills/:id` and so on.
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
                <AppRoutes />
            </main>
            <OpenInGuide href=open_href />
        </div>
    }
}

/// Moves focus to the main landmark without letting the router treat the
/// fragment link as a navigation.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    crate::browser::focus::focus_id("main");
}
