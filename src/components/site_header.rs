use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::components::{Loaded, ThemeSwitch};
use crate::content::use_content;
use guide_model::base::AppBase;
use guide_model::{SectionId, Site};

/// Brand and the navigation landmark linking the sections. On a phone it
/// stays one row (style/main.css): the links scroll sideways, and the
/// current page's link is scrolled into view whenever the route changes.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = use_content::<Site>();
    let base = expect_context::<AppBase>();
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        // Again once site.json has drawn the links.
        if site.get().is_some_and(|s| s.is_ok()) {
            request_animation_frame(show_current_link);
        }
    });
    view! {
        <header class="bg-header">
            <div class="bg-header__inner">
                <Loaded
                    resource=site
                    compact=true
                    skeleton=|| view! { <div class="bg-skeleton bg-header__skeleton"></div> }
                    render=move |site: Site| header_content(site, base.clone())
                />
                <ThemeSwitch />
            </div>
        </header>
    }
}

/// Scrolls the navigation strip (not the page) so the current link shows.
fn show_current_link() {
    let Some(nav) = document().query_selector(".bg-nav").ok().flatten() else {
        return;
    };
    let Some(link) = nav
        .query_selector("[aria-current=\"page\"]")
        .ok()
        .flatten()
        .and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if nav.scroll_width() > nav.client_width() {
        let centred = link.offset_left() - (nav.client_width() - link.offset_width()) / 2;
        nav.set_scroll_left(centred.max(0));
    }
}

fn header_content(site: Site, base: AppBase) -> impl IntoView {
    let links = SectionId::ALL
        .iter()
        .filter_map(|section| site.nav_item(*section).cloned())
        .map(|item| {
            let href = base.href(item.section.path());
            let exact = item.section == SectionId::Overview;
            view! {
                <li>
                    <A href=href exact attr:class="bg-nav__link">
                        {item.label}
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <A href=base.href("/") attr:class="bg-header__brand">
            <span class="bg-header__name">{site.name}</span>
        </A>
        <nav class="bg-nav" aria-label=site.nav_label>
            <ul class="bg-nav__list">{links}</ul>
        </nav>
    }
}
