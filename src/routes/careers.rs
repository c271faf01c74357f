use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use leptos_router::NavigateOptions;

use crate::components::{use_page_title, BarChart, Loaded, NeedsJs, Progress, TakeoverPart};
use crate::content::use_content;
use crate::routes::{use_app_navigate, NotFound, SectionHead};
use crate::words::use_words;
use guide_model::base::AppBase;
use guide_model::careers::{
    DutiesWords, Group, PayFactors, PayWords, RegionFilter, Responsibility, SourceCharts,
};
use guide_model::money::Currency;
use guide_model::pages::document_title;
use guide_model::template::fill;
use guide_model::{Careers, SectionId, Site};

/// `/careers`: what backend developers earn, how many jobs there are, and
/// what the job involves. The region shown is `?region=` in the URL, so a
/// link or a reload keeps it.
#[component]
pub fn CareersPage() -> impl IntoView {
    let careers = use_content::<Careers>();
    view! {
        <SectionHead section=SectionId::Careers />
        <Loaded resource=careers skeleton=CareersSkeleton render=careers_view />
    }
}

fn careers_view(careers: Careers) -> impl IntoView {
    let jobs = careers.jobs_chart_in(crate::words::use_locale());
    let words = careers.page.clone();
    let pay = careers.pay_factors.clone();
    let duties = careers.responsibilities.clone();
    let groups = careers.groups.clone();
    let careers = StoredValue::new(careers);
    view! {
        <div class="bg-careers">
            <TakeoverPart>
                <Salaries careers />
            </TakeoverPart>
            <TakeoverPart>
                <PointsSection id="careers-sources" list=words.sources_explainer />
                <PointsSection id="careers-factors" list=pay />
            </TakeoverPart>
            <TakeoverPart>
                <CareersSection id="careers-jobs" heading=words.jobs.heading intro=words.jobs.intro>
                    <BarChart chart=jobs />
                </CareersSection>
            </TakeoverPart>
            <TakeoverPart>
                <Duties duties groups words=words.duties />
            </TakeoverPart>
        </div>
    }
}

/// One section of the page: its `h2`, the paragraph under it, then its body.
#[component]
fn CareersSection(
    /// The heading's id, which names the section.
    id: &'static str,
    heading: String,
    intro: String,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="bg-careers__section" aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            <p class="bg-careers__intro">{intro}</p>
            {children()}
        </section>
    }
}

/// The region switch, one column of charts per source, and what the roles are.
#[component]
fn Salaries(careers: StoredValue<Careers>) -> impl IntoView {
    let locale = crate::words::use_locale();
    let query = use_query_map();
    let navigate = use_app_navigate();
    let words = careers.with_value(|c| c.page.pay.clone());
    let kept = use_words();
    let filter = Memo::new(move |_| {
        let region = query.with(|q| q.get("region"));
        careers.with_value(|c| RegionFilter::parse(region.as_deref(), c))
    });
    let choose = move |key: String| {
        navigate(
            &format!("{}?region={key}", SectionId::Careers.path()),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let mut options: Vec<(String, String)> = careers.with_value(|c| {
        c.region_options()
            .into_iter()
            .map(|r| (r.id.clone(), r.name.clone()))
            .collect()
    });
    options.push((RegionFilter::ALL_KEY.into(), kept.all_regions.into()));
    let switch = options
        .into_iter()
        .map(|(key, name)| {
            let choose = choose.clone();
            let value = key.clone();
            // The attribute is the state the page is served in (prerendered
            // HTML has no properties); the property follows the URL after that.
            let initially = filter.with_untracked(|f| f.key() == key);
            let checked = move || filter.with(|f| f.key() == key);
            view! {
                <label class="bg-careers__option">
                    <input
                        type="radio"
                        name="careers-region"
                        value=value.clone()
                        checked=initially
                        prop:checked=checked
                        on:change=move |_| choose(value.clone())
                    />
                    <span>{name}</span>
                </label>
            }
        })
        .collect_view();
    let shown = {
        let words = words.clone();
        move || {
            filter.with(|f| match f {
                RegionFilter::All => words.status_all.clone(),
                RegionFilter::Only(id) => careers
                    .with_value(|c| fill(&words.status_region, &[("region", c.region_name(id))])),
            })
        }
    };
    let columns = {
        let words = words.clone();
        move || {
            let filter = filter.get();
            let region_name = match &filter {
                RegionFilter::All => words.any_region.clone(),
                RegionFilter::Only(id) => careers.with_value(|c| c.region_name(id).to_string()),
            };
            careers
                .with_value(|c| c.salary_charts_in(&filter, locale))
                .into_iter()
                .map(|column| source_column(column, &region_name, &words))
                .collect_view()
        }
    };
    let roles = careers.with_value(|c| c.roles.clone());
    view! {
        <CareersSection id="careers-pay" heading=words.heading.clone() intro=words.intro.clone()>
            <fieldset class="bg-careers__switch">
                <legend>{kept.region}</legend>
                <div class="bg-careers__options">{switch}</div>
                <NeedsJs text=kept.needs_js_region />
            </fieldset>
            <p class="bg-visually-hidden" aria-live="polite">{shown}</p>
            <div class="bg-careers__sources">{columns}</div>
            <h3 class="bg-careers__roles-heading">{words.roles_heading.clone()}</h3>
            {definitions(
                "bg-careers__roles",
                "bg-careers__role",
                roles.into_iter().map(|role| (role.name, role.definition)),
            )}
        </CareersSection>
    }
}

fn source_column(column: SourceCharts, region_name: &str, words: &PayWords) -> impl IntoView {
    let SourceCharts { source, charts } = column;
    let heading_id = format!("careers-source-{}", source.id);
    let has_rupees = charts.iter().any(|c| c.currency == Some(Currency::INR));
    let empty = charts.is_empty().then(|| {
        view! {
            <p class="bg-careers__empty">
                {fill(&words.empty, &[("source", &source.name), ("region", region_name)])}
            </p>
        }
    });
    let lpa = has_rupees.then(|| lpa_note(words));
    let charts = charts
        .into_iter()
        .map(|chart| {
            let context_id = heading_id.clone();
            view! {
                <TakeoverPart>
                    <BarChart chart context_id />
                </TakeoverPart>
            }
        })
        .collect_view();
    let labelled_by = heading_id.clone();
    view! {
        <section class="bg-careers__source" aria-labelledby=labelled_by>
            <h3 id=heading_id class="bg-careers__source-name">{source.name.clone()}</h3>
            <p class="bg-careers__source-detail">{source.detail.clone()}</p>
            {empty}
            {charts}
            {lpa}
        </section>
    }
}

/// Under a rupee chart: what "LPA" means.
fn lpa_note(words: &PayWords) -> impl IntoView {
    let note = words.lpa_note.clone();
    view! {
        <p class="bg-careers__note">
            <strong>{note.term}</strong>
            " = "
            {note.meaning}
            " "
            {note.text}
        </p>
    }
}

/// A heading, an intro and titled points side by side: what moves pay,
/// and why the two salary sources differ.
#[component]
fn PointsSection(id: &'static str, list: PayFactors) -> impl IntoView {
    view! {
        <CareersSection id heading=list.heading intro=list.intro>
            {definitions(
                "bg-careers__factors",
                "bg-careers__factor",
                list.items.into_iter().map(|f| (f.title, f.text)),
            )}
        </CareersSection>
    }
}

/// Terms and what they mean, each pair in its own box.
fn definitions(
    class: &'static str,
    item_class: &'static str,
    items: impl IntoIterator<Item = (String, String)>,
) -> impl IntoView {
    let items = items
        .into_iter()
        .map(|(term, text)| {
            view! {
                <div class=item_class>
                    <dt>{term}</dt>
                    <dd>{text}</dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class=class>{items}</dl> }
}

/// The ten responsibilities, grouped, each with a "This is me" self-check
/// kept in the reader's progress.
#[component]
fn Duties(duties: Vec<Responsibility>, groups: Vec<Group>, words: DutiesWords) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let ids: Vec<String> = duties.iter().map(|d| d.id.clone()).collect();
    let total = ids.len();
    let mine = move || {
        progress
            .state
            .with(|s| ids.iter().filter(|id| s.has_role(id)).count())
    };
    let groups = groups
        .into_iter()
        .filter_map(|group| {
            let items: Vec<Responsibility> = duties
                .iter()
                .filter(|d| d.group == group.id)
                .cloned()
                .collect();
            (!items.is_empty()).then(|| duty_group(group, items, progress))
        })
        .collect_view();
    let tally = words.tally;
    let kept = use_words();
    view! {
        <CareersSection id="careers-duties" heading=words.heading intro=words.intro>
            <p class="bg-careers__tally" aria-live="polite">
                {move || {
                    fill(&tally, &[("mine", &mine().to_string()), ("total", &total.to_string())])
                }}
            </p>
            <NeedsJs text=kept.needs_js_this_is_me />
            {groups}
        </CareersSection>
    }
}

fn duty_group(group: Group, items: Vec<Responsibility>, progress: Progress) -> impl IntoView {
    let heading_id = format!("careers-group-{}", group.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="bg-careers__group" aria-labelledby=labelled_by>
            <h3 id=heading_id>{group.name}</h3>
            <p class="bg-careers__group-text">{group.description}</p>
            <ul class="bg-careers__duties">
                {items.into_iter().map(|item| duty_view(item, progress)).collect_view()}
            </ul>
        </section>
    }
}

fn duty_view(item: Responsibility, progress: Progress) -> impl IntoView {
    let words = use_words();
    let id = item.id.clone();
    let checked = {
        let id = id.clone();
        move || progress.state.with(|s| s.has_role(&id))
    };
    let toggle = move |ev: leptos::ev::Event| {
        let mine = event_target_checked(&ev);
        progress.state.update(|s| s.set_role(&id, mine));
    };
    view! {
        <li class="bg-careers__duty" data-key=format!("duty:{}", item.id)>
            <details class="bg-careers__details">
                <summary>{item.title.clone()}</summary>
                <p>{item.text}</p>
            </details>
            <label class="bg-careers__me">
                // The name starts with the visible words and adds the item they belong to.
                <input
                    type="checkbox"
                    aria-label=fill(words.this_is_me_for, &[("duty", &item.title)])
                    prop:checked=checked
                    on:change=toggle
                />
                <span>{words.this_is_me}</span>
            </label>
        </li>
    }
}

#[component]
fn CareersSkeleton() -> impl IntoView {
    view! {
        <div class="bg-careers bg-careers--skeleton" aria-hidden="true">
            <div class="bg-skeleton bg-skeleton--h2"></div>
            <div class="bg-skeleton bg-careers__skeleton-switch"></div>
            <div class="bg-careers__sources">
                <div class="bg-skeleton bg-careers__skeleton-chart"></div>
                <div class="bg-skeleton bg-careers__skeleton-chart"></div>
            </div>
        </div>
    }
}

/// `/careers/charts/:id`: one chart of the careers page on its own, with its
/// source, for a link or a widget that shows just that chart. An id the
/// content does not have shows the not-found view (the server sends that
/// page, with status 404, for it).
#[component]
pub fn ChartPage() -> impl IntoView {
    let careers = use_content::<Careers>();
    let site = use_content::<Site>();
    let params = use_params_map();
    let key = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let locale = crate::words::use_locale();
    use_page_title(move || {
        let chart = careers.loaded()?.chart_in(&key.get(), locale)?;
        Some(document_title(&chart.title, &site.loaded()?))
    });
    view! {
        <Loaded
            resource=careers
            skeleton=CareersSkeleton
            render=move |careers: Careers| move || chart_view(&careers, &key.get())
        />
    }
}

fn chart_view(careers: &Careers, key: &str) -> AnyView {
    let base = expect_context::<AppBase>();
    let locale = crate::words::use_locale();
    let Some((source, chart)) = careers.chart_page_in(key, locale) else {
        return view! { <NotFound /> }.into_any();
    };
    let words = careers.page.pay.clone();
    let site = use_content::<Site>();
    let all_figures = move || {
        site.loaded()
            .and_then(|s| s.nav_item(SectionId::Careers).map(|i| i.title.clone()))
    };
    let lpa = (chart.currency == Some(Currency::INR)).then(|| lpa_note(&words));
    let context = source.map(|source| {
        view! {
            <p class="bg-chart-page__source">
                <strong>{source.name}</strong>
                " — "
                {source.detail}
            </p>
        }
    });
    view! {
        <div class="bg-chart-page">
            // The chart names itself in its own title; the heading is for
            // the page's outline.
            <h1 class="bg-visually-hidden">{chart.title.clone()}</h1>
            {context}
            <BarChart chart />
            {lpa}
            <p class="bg-chart-page__all">
                <a href=base.href(SectionId::Careers.path())>{all_figures}</a>
            </p>
        </div>
    }
    .into_any()
}
