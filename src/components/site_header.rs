use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{Loaded, ThemeSwitch};
use crate::content::use_content;
use guide_model::base::AppBase;
use guide_model::{SectionId, Site};

/// Brand and the navigation landmark linking the four sections.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = use_content::<Site>();
    let base = expect_context::<AppBase>();
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
