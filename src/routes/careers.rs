use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::NavigateOptions;

use crate::components::{BarChart, Loaded, NeedsJs, Progress};
use crate::content::use_content;
use crate::routes::{use_app_navigate, SectionHead};
use guide_model::careers::{Group, PayFactors, RegionFilter, Responsibility, SourceCharts};
use guide_model::money::Currency;
use guide_model::{Careers, SectionId};

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
    let jobs = careers.jobs_chart();
    let pay = careers.pay_factors.clone();
    let duties = careers.responsibilities.clone();
    let groups = careers.groups.clone();
    let careers = StoredValue::new(careers);
    view! {
        <div class="bg-careers">
            <Salaries careers />
            <PayFactorsNote pay />
            <section class="bg-careers__section" aria-labelledby="careers-jobs">
                <h2 id="careers-jobs">"Open backend jobs"</h2>
                <p class="bg-careers__intro">
                    "How many backend openings job portals listed, in the source’s own words. "
                    "Counts from different portals cover different regions, so read each with its region."
                </p>
                <BarChart chart=jobs />
            </section>
            <Duties duties groups />
        </div>
    }
}

/// The region switch and one column of charts per source.
#[component]
fn Salaries(careers: StoredValue<Careers>) -> impl IntoView {
    let query = use_query_map();
    let navigate = use_app_navigate();
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
    options.push((RegionFilter::ALL_KEY.into(), "All regions".into()));
    let switch = options
        .into_iter()
        .map(|(key, name)| {
            let choose = choose.clone();
            let value = key.clone();
            let checked = move || filter.with(|f| f.key() == key);
            view! {
                <label class="bg-careers__option">
                    <input
                        type="radio"
                        name="careers-region"
                        value=value.clone()
                        prop:checked=checked
                        on:change=move |_| choose(value.clone())
                    />
                    <span>{name}</span>
                </label>
            }
        })
        .collect_view();
    let shown = move || {
        filter.with(|f| match f {
            RegionFilter::All => "Showing figures for all regions".to_string(),
            RegionFilter::Only(id) => {
                careers.with_value(|c| format!("Showing figures for {}", c.region_name(id)))
            }
        })
    };
    let columns = move || {
        let filter = filter.get();
        let region_name = match &filter {
            RegionFilter::All => "any region".to_string(),
            RegionFilter::Only(id) => careers.with_value(|c| c.region_name(id).to_string()),
        };
        careers
            .with_value(|c| c.salary_charts(&filter))
            .into_iter()
            .map(|column| source_column(column, &region_name))
            .collect_view()
    };
    view! {
        <section class="bg-careers__section" aria-labelledby="careers-pay">
            <h2 id="careers-pay">"What backend developers earn"</h2>
            <p class="bg-careers__intro">
                "Two sources, shown side by side and never combined: each chart keeps its own source, year, "
                "statistic and currency, and no amount is converted into another currency."
            </p>
            <fieldset class="bg-careers__switch">
                <legend>"Region"</legend>
                <div class="bg-careers__options">{switch}</div>
                <NeedsJs text="Choosing a region needs JavaScript; the figures for every region are shown." />
            </fieldset>
            <p class="bg-visually-hidden" aria-live="polite">{shown}</p>
            <div class="bg-careers__sources">{columns}</div>
        </section>
    }
}

fn source_column(column: SourceCharts, region_name: &str) -> impl IntoView {
    let SourceCharts { source, charts } = column;
    let heading_id = format!("careers-source-{}", source.id);
    let has_rupees = charts.iter().any(|c| c.currency == Some(Currency::INR));
    let empty = charts.is_empty().then(|| {
        view! {
            <p class="bg-careers__empty">
                {format!("{} gives no figures for {region_name}.", source.name)}
            </p>
        }
    });
    let lpa = has_rupees.then(|| {
        view! {
            <p class="bg-careers__note">
                <strong>"LPA"</strong>
                " = lakh per annum; 1 lakh = 100,000 rupees. Indian pay is usually quoted this way, "
                "so rupee figures here read as lakh per year."
            </p>
        }
    });
    let charts = charts
        .into_iter()
        .map(|chart| view! { <BarChart chart context_id=heading_id.clone() /> })
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

#[component]
fn PayFactorsNote(pay: PayFactors) -> impl IntoView {
    view! {
        <section class="bg-careers__section" aria-labelledby="careers-factors">
            <h2 id="careers-factors">{pay.heading}</h2>
            <p class="bg-careers__intro">{pay.intro}</p>
            <dl class="bg-careers__factors">
                {pay
                    .items
                    .into_iter()
                    .map(|f| {
                        view! {
                            <div class="bg-careers__factor">
                                <dt>{f.title}</dt>
                                <dd>{f.text}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}

/// The ten responsibilities, grouped, each with a "This is me" self-check
/// kept in the reader's progress.
#[component]
fn Duties(duties: Vec<Responsibility>, groups: Vec<Group>) -> impl IntoView {
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
    view! {
        <section class="bg-careers__section" aria-labelledby="careers-duties">
            <h2 id="careers-duties">"Roles and responsibilities"</h2>
            <p class="bg-careers__intro">
                "What the job involves day to day. Open an item to read more, and tick the ones that "
                "sound like you; your ticks are kept in this browser."
            </p>
            <p class="bg-careers__tally" aria-live="polite">
                {move || format!("{} of {total} describe you", mine())}
            </p>
            <NeedsJs text="Ticking “This is me” needs JavaScript; every item opens without it." />
            {groups}
        </section>
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
        <li class="bg-careers__duty">
            <details class="bg-careers__details">
                <summary>{item.title.clone()}</summary>
                <p>{item.text}</p>
            </details>
            <label class="bg-careers__me">
                // The name starts with the visible words and adds the item they belong to.
                <input
                    type="checkbox"
                    aria-label=format!("This is me: {}", item.title)
                    prop:checked=checked
                    on:change=toggle
                />
                <span>"This is me"</span>
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
