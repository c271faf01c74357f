use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::Loaded;
use crate::content::{use_content, ContentStore};
use crate::words::use_locale;
use guide_model::base::AppBase;
use guide_model::locale::format_day;
use guide_model::{SectionId, Site};

/// What the guide is, the sources its figures come from, and when the
/// facts on this page were last checked.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = use_content::<Site>();
    let base = expect_context::<AppBase>();
    view! {
        <footer class="bg-footer">
            <Loaded
                resource=site
                compact=true
                skeleton=|| view! { <div class="bg-skeleton bg-footer__skeleton"></div> }
                render=move |site: Site| {
                    view! {
                        <p class="bg-footer__text">{site.footer.text}</p>
                        <p class="bg-footer__widget">
                            <a href=base.href("/widget")>{site.widget.link}</a>
                        </p>
                        <ul class="bg-footer__sources">
                            {site
                                .footer
                                .sources
                                .into_iter()
                                .map(|s| {
                                    view! {
                                        <li>
                                            <strong>{s.name}</strong>
                                            " — "
                                            {s.detail}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        <CheckedLine label=site.checked_label />
                    }
                }
            />
        </footer>
    }
}

/// "Facts checked 29 November 2026": the earliest `checked` date among the
/// loaded files whose facts this page shows (none on a page the guide does
/// not know).
#[component]
fn CheckedLine(label: String) -> impl IntoView {
    let location = use_location();
    let base = expect_context::<AppBase>();
    let content = expect_context::<ContentStore>();
    let locale = use_locale();
    let date = move || {
        let pathname = location.pathname.get();
        let router_base = base.router_base();
        let route = pathname.strip_prefix(&router_base).unwrap_or(&pathname);
        let section = SectionId::of_route(route)?;
        section
            .files()
            .iter()
            .filter_map(|f| content.checked(f))
            .min()
    };
    move || {
        date().map(|date| {
            view! {
                <p class="bg-footer__checked">{label.clone()} " " {format_day(date, locale)}</p>
            }
        })
    }
}
