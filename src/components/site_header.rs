use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::{LanguageSwitch, Loaded, ThemeSwitch};
use crate::content::use_content;
use crate::words::use_words;
use guide_model::base::AppBase;
use guide_model::{SectionId, Site};

/// Brand, the navigation landmark linking the sections, the theme switch
/// and the link to the page in the other language. On a phone (style/main.css) the header is one row: the brand and
/// a menu button that names the current page and opens the links and the
/// theme switch below it; on wider screens the button is not shown.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = use_content::<Site>();
    let base = expect_context::<AppBase>();
    let words = use_words();
    let location = use_location();
    let open = RwSignal::new(false);
    let toggle = NodeRef::<leptos::html::Button>::new();
    // Following a link closes the menu.
    Effect::new(move |_| {
        location.pathname.track();
        open.set(false);
    });
    let current = {
        let base = base.clone();
        move || {
            let pathname = location.pathname.get();
            let router_base = base.router_base();
            let route = pathname.strip_prefix(&router_base).unwrap_or(&pathname);
            let section = SectionId::of_route(route)?;
            site.loaded()?
                .nav_item(section)
                .map(|item| item.label.clone())
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(button) = toggle.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    let nav_base = base.clone();
    view! {
        <header class="bg-header" on:keydown=on_keydown>
            <div class="bg-header__inner">
                <Loaded
                    resource=site
                    compact=true
                    skeleton=|| view! { <div class="bg-skeleton bg-header__skeleton"></div> }
                    render=move |site: Site| {
                        view! {
                            <A href=base.href("/") attr:class="bg-header__brand">
                                <span class="bg-header__name">{site.name}</span>
                            </A>
                        }
                    }
                />
                <LanguageSwitch />
                <button
                    type="button"
                    class="bg-button bg-button--quiet bg-header__toggle"
                    aria-controls="bg-site-menu"
                    aria-expanded=move || open.get().to_string()
                    node_ref=toggle
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <span class="bg-header__toggle-icon" aria-hidden="true"></span>
                    {move || match current() {
                        Some(label) => {
                            view! {
                                <span class="bg-visually-hidden">{words.menu_before_page}</span>
                                {label}
                            }
                                .into_any()
                        }
                        None => words.menu.into_any(),
                    }}
                </button>
                <div id="bg-site-menu" class="bg-header__menu" class:bg-header__menu--open=open>
                    {move || site.loaded().map(|site| nav_links(site, nav_base.clone()))}
                    <ThemeSwitch />
                </div>
            </div>
        </header>
    }
}

fn nav_links(site: Site, base: AppBase) -> impl IntoView {
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
        <nav class="bg-nav" aria-label=site.nav_label>
            <ul class="bg-nav__list">{links}</ul>
        </nav>
    }
}
