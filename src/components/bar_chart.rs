use leptos::prelude::*;

use crate::browser::download::download;
use crate::browser::timers::{use_delay, Delay};
use crate::components::NeedsJs;
use crate::words::use_words;
use guide_model::chart::{label_at, span, Bar, Chart, LabelAt, Row, BAR_HEIGHT, BAR_OFFSET};
use guide_model::template::fill;

/// A horizontal bar chart drawn as inline SVG, with its source caption, a
/// table view of the same numbers and CSV/JSON downloads.
///
/// Every bar is a focusable, labelled element whose exact figure appears in a
/// tooltip on hover and focus, so neither the mouse nor sight is required.
#[component]
pub fn BarChart(
    chart: Chart,
    /// Id of a heading that names the chart's context (its source), read
    /// before the chart's own title.
    #[prop(optional, into)]
    context_id: Option<String>,
) -> impl IntoView {
    let words = use_words();
    let title_id = format!("{}-title", chart.id);
    let table_id = format!("{}-table", chart.id);
    let tip_id = format!("{}-tip", chart.id);
    let labelled_by = match context_id {
        Some(context) => format!("{context} {title_id}"),
        None => title_id.clone(),
    };
    let max = chart.scale_max();
    let layout = chart.layout();
    let bars: Vec<Bar> = chart.bars().cloned().collect();
    let summary = chart.summary();
    let tip = Tip::new();
    let active = tip.active;
    let table_open = RwSignal::new(false);
    let download_problem = RwSignal::new(None::<String>);

    let offsets: Vec<usize> = chart
        .groups
        .iter()
        .scan(0, |start, g| {
            let first = *start;
            *start += g.bars.len();
            Some(first)
        })
        .collect();
    let rows = layout
        .rows
        .iter()
        .map(|row| match row {
            Row::Heading { text, y, .. } => view! {
                <text class="bg-chart__group" x="0" y=y + 22.0>
                    {text.clone()}
                </text>
            }
            .into_any(),
            Row::Bar { group, bar, y } => {
                let flat = offsets[*group] + bar;
                bar_view(&bars[flat], flat, *y, max, tip).into_any()
            }
        })
        .collect_view();

    let tooltip_text = {
        let bars = bars.clone();
        move || active.get().map(|(i, _)| bars[i].description.clone())
    };
    let tooltip_top = move || {
        active
            .get()
            .map(|(_, y)| format!("{}px", y + BAR_OFFSET + BAR_HEIGHT + 6.0))
    };

    let (csv, json) = (chart.data.to_csv(), chart.data.to_json());
    let stem = chart.file_stem.clone();
    let save = move |ext: &str, mime: &str, text: &str| {
        download_problem.set(download(&format!("{stem}.{ext}"), mime, text).err());
    };
    let save_csv = {
        let save = save.clone();
        move |_| save("csv", "text/csv;charset=utf-8", &csv)
    };
    let save_json = move |_| save("json", "application/json", &json);

    let columns = chart.columns.clone();
    let table_rows = bars
        .iter()
        .map(|bar| {
            let mut cells = bar.cells.iter();
            let head = cells.next().cloned().unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{head}</th>
                    {cells.map(|c| view! { <td>{c.clone()}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();

    view! {
        <figure class="bg-chart" data-key=format!("chart:{}", chart.id) aria-labelledby=labelled_by>
            <p id=title_id class="bg-chart__title">{chart.title.clone()}</p>
            <div class="bg-chart__plot">
                <svg
                    class="bg-chart__svg"
                    width="100%"
                    height=layout.height
                    role="group"
                    aria-label=summary
                >
                    {rows}
                </svg>
                <p
                    id=tip_id
                    class="bg-chart__tooltip"
                    role="tooltip"
                    hidden=move || active.get().is_none()
                    on:mouseenter=move |_| tip.keep()
                    on:mouseleave=move |_| tip.hide_soon()
                    style:top=tooltip_top
                >
                    {tooltip_text}
                </p>
            </div>
            <figcaption class="bg-chart__caption">{chart.caption.clone()}</figcaption>
            <div class="bg-chart__actions">
                <button
                    type="button"
                    class="bg-button bg-chart__action"
                    aria-expanded=move || table_open.get().to_string()
                    aria-controls=table_id.clone()
                    on:click=move |_| table_open.update(|open| *open = !*open)
                >
                    {move || if table_open.get() { words.hide_table } else { words.show_table }}
                </button>
                <button type="button" class="bg-button bg-chart__action" on:click=save_csv>
                    {words.download_csv}
                </button>
                <button type="button" class="bg-button bg-chart__action" on:click=save_json>
                    {words.download_json}
                </button>
                <NeedsJs text=words.needs_js_chart />
            </div>
            <p class="bg-chart__problem" role="status">
                {move || download_problem.get()}
            </p>
            // Scrollable on narrow screens, so it must be reachable and named for the keyboard.
            // Closed by a class that applies only while scripts run, so a reader
            // without them always has the figures.
            <div
                id=table_id
                class="bg-chart__table-wrap"
                class:bg-chart__table-wrap--closed=move || !table_open.get()
                role="region"
                aria-label=fill(words.chart_table, &[("chart", &chart.title)])
                tabindex="0"
            >
                <table class="bg-chart__table">
                    <caption class="bg-visually-hidden">{chart.title.clone()}</caption>
                    <thead>
                        <tr>
                            {columns
                                .into_iter()
                                .map(|c| view! { <th scope="col">{c}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </div>
        </figure>
    }
}

/// One bar: its label line, the bar itself and its value, as a focusable group.
fn bar_view(bar: &Bar, index: usize, y: f64, max: f64, tip: Tip) -> impl IntoView {
    let (start, end) = span(bar, max);
    let pct = |f: f64| format!("{:.3}%", f * 100.0);
    let bar_y = y + BAR_OFFSET;
    let text_y = bar_y + BAR_HEIGHT / 2.0 + 5.5;
    let (value_x, value_dx, anchor, inside) = match label_at((start, end)) {
        LabelAt::After => (pct(end), "8", "start", false),
        LabelAt::Before => (pct(start), "-8", "end", false),
        LabelAt::Inside => (pct(end), "-8", "end", true),
    };
    let tone = bar
        .tone
        .map_or("bg-chart__bar bg-chart__bar--neutral".to_string(), |t| {
            format!("bg-chart__bar bg-chart__bar--tone-{}", t % 3)
        });
    let detail = bar.detail.clone().map(|d| {
        view! { <tspan class="bg-chart__detail">" · " {d}</tspan> }
    });
    view! {
        <g
            class="bg-chart__item"
            tabindex="0"
            role="img"
            aria-label=bar.description.clone()
            on:focus=move |_| tip.show(index, y)
            on:blur=move |_| tip.hide(index)
            on:mouseenter=move |_| tip.show(index, y)
            on:mouseleave=move |_| tip.hide_soon()
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Escape" {
                    tip.active.set(None);
                }
            }
        >
            <rect
                class="bg-chart__hit"
                x="0"
                y=y
                width="100%"
                height=BAR_OFFSET + BAR_HEIGHT + 4.0
                rx="6"
            ></rect>
            <text class="bg-chart__label" x="0" y=y + 17.0>
                {bar.label.clone()}
                {detail}
            </text>
            <rect
                class="bg-chart__track"
                x="0"
                y=bar_y
                width="100%"
                height=BAR_HEIGHT
                rx="4"
            ></rect>
            <rect
                class=tone
                x=pct(start)
                y=bar_y
                width=pct(end - start)
                height=BAR_HEIGHT
                rx="4"
            ></rect>
            <text
                class="bg-chart__value"
                class:bg-chart__value--inside=inside
                x=value_x
                dx=value_dx
                y=text_y
                text-anchor=anchor
            >
                {bar.value_text.clone()}
            </text>
        </g>
    }
}

/// The tooltip's state. After the pointer leaves a bar the tooltip lingers
/// briefly, so the pointer can move onto it without it vanishing (WCAG 1.4.13).
#[derive(Clone, Copy)]
struct Tip {
    /// The bar whose tooltip is showing, and the top of its row.
    active: RwSignal<Option<(usize, f64)>>,
    hide_later: Delay,
}

impl Tip {
    fn new() -> Self {
        Self {
            active: RwSignal::new(None),
            hide_later: use_delay(),
        }
    }

    fn show(self, index: usize, y: f64) {
        self.keep();
        self.active.set(Some((index, y)));
    }

    /// Hides the tooltip now if it belongs to bar `index`.
    fn hide(self, index: usize) {
        self.keep();
        self.active.update(|a| *a = a.filter(|(i, _)| *i != index));
    }

    fn hide_soon(self) {
        let active = self.active;
        self.hide_later
            .start(std::time::Duration::from_millis(300), move || {
                // The chart may be gone by then (a region switch rebuilds it).
                let _ = active.try_set(None);
            });
    }

    /// Cancels a pending hide.
    fn keep(self) {
        self.hide_later.cancel();
    }
}
