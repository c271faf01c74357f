use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{use_page_title, Loaded};
use crate::content::use_content;
use guide_model::base::AppBase;
use guide_model::pages::document_title;
use guide_model::{SectionId, Site};

/// Any path the guide does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    let site = use_content::<Site>();
    let base = expect_context::<AppBase>();
    // The way to the other language's guide too, in its own words: a
    // reader who typed a wrong language prefix may want either.
    let other = base.locale().other();
    let other_home = base.site_href_in(other, "/");
    use_page_title(move || {
        site.loaded()
            .map(|s| document_title(&s.not_found.title, &s))
    });
    view! {
        <Loaded
            resource=site
            skeleton=|| view! { <div class="bg-skeleton bg-page-head__skeleton"></div> }
            render=move |site: Site| {
                // An unknown skill (a mistyped data-skill in an embed, an old
                // link) most likely wanted the list of skills.
                let skills = site.nav_item(SectionId::Skills).map(|item| item.title.clone());
                let skills = skills.map(|title| {
                    view! {
                        <p>
                            <A href=base.href(SectionId::Skills.path()) attr:class="bg-target">
                                {title}
                            </A>
                        </p>
                    }
                });
                view! {
                    <header class="bg-page-head">
                        <h1 class="bg-page-head__title">{site.not_found.title}</h1>
                        <p class="bg-page-head__lead">{site.not_found.text}</p>
                        <p>
                            <A href=base.href("/") attr:class="bg-target">{site.not_found.home_link}</A>
                        </p>
                        {skills}
                        <p lang=other.code()>
                            <a href=other_home.clone() rel="external" hreflang=other.code() class="bg-target">
                                {other.words().not_found_other_language}
                            </a>
                        </p>
                    </header>
                }
            }
        />
    }
}
