use leptos::prelude::*;

use crate::components::{use_page_title, EmbedButton, Loaded};
use crate::content::use_content;
use guide_model::pages::document_title;
use guide_model::{SectionId, Site};

/// The head of a section's page: its title and summary from `site.json`.
#[component]
pub fn SectionHead(section: SectionId) -> impl IntoView {
    let site = use_content::<Site>();
    use_page_title(move || {
        let site = site.loaded()?;
        let item = site.nav_item(section)?;
        Some(document_title(&item.title, &site))
    });
    view! {
        <Loaded
            resource=site
            skeleton=|| view! { <div class="bg-skeleton bg-page-head__skeleton"></div> }
            render=move |site: Site| {
                site.nav_item(section)
                    .cloned()
                    .map(|item| {
                        view! {
                            <header class="bg-page-head">
                                <h1 class="bg-page-head__title">{item.title}</h1>
                                <p class="bg-page-head__lead">{item.summary}</p>
                                <EmbedButton section />
                            </header>
                        }
                    })
            }
        />
    }
}
