use leptos::prelude::*;

use crate::components::Loaded;
use crate::content::use_content;
use guide_model::Site;

/// What the guide is and the sources its figures come from.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = use_content::<Site>();
    view! {
        <footer class="bg-footer">
            <Loaded
                resource=site
                compact=true
                skeleton=|| view! { <div class="bg-skeleton bg-footer__skeleton"></div> }
                render=|site: Site| {
                    view! {
                        <p class="bg-footer__text">{site.footer.text}</p>
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
                    }
                }
            />
        </footer>
    }
}
