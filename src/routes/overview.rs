use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{use_page_title, EmbedButton, Loaded, RequestFlow};
use crate::content::use_content;
use guide_model::base::AppBase;
use guide_model::overview::OverviewSection;
use guide_model::pages::home_title;
use guide_model::{Comparison, Overview, SectionId, Site};

/// `/`: what backend development is and who does it.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let overview = use_content::<Overview>();
    let site = use_content::<Site>();
    use_page_title(move || site.loaded().map(|s| home_title(&s)));
    view! {
        <Loaded resource=overview skeleton=OverviewSkeleton render=overview_view />
        <FlowPreview />
        <ExploreLinks />
    }
}

/// The overview without the router's links (inline mode).
#[component]
pub fn OverviewInline() -> impl IntoView {
    let overview = use_content::<Overview>();
    view! { <Loaded resource=overview skeleton=OverviewSkeleton render=overview_view /> }
}

fn overview_view(overview: Overview) -> impl IntoView {
    // The site's tagline, under the title; left out while site.json is
    // missing, so the overview never waits for it.
    let site = use_content::<Site>();
    let tagline = move || {
        site.loaded()
            .map(|site| view! { <p class="bg-page-head__tagline">{site.tagline}</p> })
    };
    view! {
        <article class="bg-overview">
            <header class="bg-page-head">
                <h1 class="bg-page-head__title">{overview.title}</h1>
                {tagline}
                <p class="bg-page-head__lead">{overview.lead}</p>
                <EmbedButton section=SectionId::Overview />
            </header>
            {overview.sections.into_iter().map(section_view).collect_view()}
        </article>
    }
}

fn section_view(section: OverviewSection) -> impl IntoView {
    let heading_id = format!("overview-{}", section.id);
    let labelled_by = heading_id.clone();
    let terms = (!section.terms.is_empty()).then(|| {
        view! {
            <dl class="bg-terms">
                {section
                    .terms
                    .into_iter()
                    .map(|t| {
                        view! {
                            <div class="bg-terms__item">
                                <dt class="bg-terms__term">{t.term}</dt>
                                <dd class="bg-terms__text">{t.text}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        }
    });
    view! {
        <section class="bg-overview__section" aria-labelledby=labelled_by>
            <h2 id=heading_id>{section.heading}</h2>
            {section.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            {terms}
        </section>
    }
}

#[component]
fn OverviewSkeleton() -> impl IntoView {
    view! {
        <div class="bg-overview bg-overview--skeleton" aria-hidden="true">
            <div class="bg-skeleton bg-skeleton--h1"></div>
            <div class="bg-skeleton bg-skeleton--lead"></div>
            {(0..4)
                .map(|_| {
                    view! {
                        <div class="bg-skeleton bg-skeleton--h2"></div>
                        <div class="bg-skeleton bg-skeleton--para"></div>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The request-flow diagram from `comparison.json` in its compact form, to
/// show where the backend sits; loads on its own so the overview survives
/// a broken comparison file and vice versa.
#[component]
fn FlowPreview() -> impl IntoView {
    let comparison = use_content::<Comparison>();
    let base = expect_context::<AppBase>();
    let href = base.href(SectionId::Compare.path());
    view! {
        <div class="bg-overview__flow">
            <Loaded
                resource=comparison
                skeleton=|| view! { <div class="bg-skeleton bg-flow__skeleton"></div> }
                render=move |comparison: Comparison| {
                    view! {
                        <RequestFlow flow=comparison.flow compact=true />
                        <p class="bg-overview__flow-more">
                            <A href=href.clone() attr:class="bg-overview__flow-link">
                                {comparison.page.preview_link}
                            </A>
                        </p>
                    }
                }
            />
        </div>
    }
}

/// Cards linking the other sections, worded by `site.json`. Loads
/// independently of `overview.json`, so one can fail without the other.
#[component]
fn ExploreLinks() -> impl IntoView {
    let site = use_content::<Site>();
    let base = expect_context::<AppBase>();
    let render = move |site: Site| {
        let cards = SectionId::ALL
            .into_iter()
            .filter(|s| *s != SectionId::Overview)
            .filter_map(|s| site.nav_item(s).cloned())
            .map(|item| {
                view! {
                    <li class="bg-explore__item">
                        <A href=base.href(item.section.path()) attr:class="bg-explore__link">
                            {item.title}
                        </A>
                        <p>{item.summary}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="bg-explore" aria-label=site.explore_label>
                <ul class="bg-explore__list">{cards}</ul>
            </section>
        }
    };
    view! {
        <Loaded
            resource=site
            skeleton=|| view! { <div class="bg-skeleton bg-explore__skeleton"></div> }
            render
        />
    }
}
