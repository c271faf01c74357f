//! Turns `careers.json` into charts: one per source and currency, so two
//! sources are never blended and dollars never share a scale with rupees.

use super::{format_count, Careers, PayStatistic, Salary, Source, Statistic};
use crate::chart::{Bar, BarGroup, Cell, Chart, Table};
use crate::locale::{group_digits, Grouping, Locale};
use crate::money::{format_amount, Currency};
use crate::template::fill;

/// Which region's figures the salary charts show; `?region=` in the URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegionFilter {
    All,
    Only(String),
}

impl RegionFilter {
    pub const ALL_KEY: &'static str = "all";

    /// Reads `?region=`; anything that is not an offered region shows all.
    pub fn parse(query: Option<&str>, careers: &Careers) -> RegionFilter {
        match query {
            Some(id) if careers.region_options().iter().any(|r| r.id == id) => {
                RegionFilter::Only(id.to_string())
            }
            _ => RegionFilter::All,
        }
    }

    pub fn key(&self) -> &str {
        match self {
            RegionFilter::All => Self::ALL_KEY,
            RegionFilter::Only(id) => id,
        }
    }

    pub fn matches(&self, region: &str) -> bool {
        match self {
            RegionFilter::All => true,
            RegionFilter::Only(id) => id == region,
        }
    }
}

/// The charts of one source, shown together in its own column.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceCharts {
    pub source: Source,
    /// One chart per currency, in the order the figures first appear.
    pub charts: Vec<Chart>,
}

impl Careers {
    /// Regions the switch offers: those that more than one source covers,
    /// so picking one always compares the sources on the same ground.
    pub fn region_options(&self) -> Vec<&super::Named> {
        self.regions
            .iter()
            .filter(|region| {
                let mut sources: Vec<&str> = self
                    .salaries
                    .iter()
                    .filter(|s| s.region == region.id)
                    .map(|s| s.source.as_str())
                    .collect();
                sources.sort_unstable();
                sources.dedup();
                sources.len() > 1
            })
            .collect()
    }

    /// The salary charts for `filter`, one column per source of pay
    /// figures (a source without a pay statistic, such as the job portals,
    /// has no column), their figures written for `locale`.
    pub fn salary_charts_in(&self, filter: &RegionFilter, locale: Locale) -> Vec<SourceCharts> {
        self.sources
            .iter()
            .filter_map(|source| Some((source, source.statistic?)))
            .map(|(source, statistic)| {
                let figures: Vec<&Salary> = self
                    .salaries
                    .iter()
                    .filter(|s| s.source == source.id && filter.matches(&s.region))
                    .collect();
                let mut currencies: Vec<Currency> = Vec::new();
                for figure in &figures {
                    if !currencies.contains(&figure.currency) {
                        currencies.push(figure.currency);
                    }
                }
                let charts = currencies
                    .into_iter()
                    .map(|currency| {
                        let figures: Vec<&Salary> = figures
                            .iter()
                            .copied()
                            .filter(|s| s.currency == currency)
                            .collect();
                        self.salary_chart(source, statistic, currency, &figures, filter, locale)
                    })
                    .collect();
                SourceCharts {
                    source: source.clone(),
                    charts,
                }
            })
            .collect()
    }

    fn salary_chart(
        &self,
        source: &Source,
        statistic: PayStatistic,
        currency: Currency,
        figures: &[&Salary],
        filter: &RegionFilter,
        locale: Locale,
    ) -> Chart {
        let words = &self.page.charts;
        let precision = self.precision(&source.id);
        let statistic_word = words.statistics.of(statistic.figure());
        // Columns that would say the same for every row are left out of the table.
        let has_n = figures.iter().any(|f| f.n.is_some());
        let has_experience = figures.iter().any(|f| f.experience.is_some());
        let has_range = figures.iter().any(|f| f.statistic == Statistic::Range);
        let groups = self
            .regions
            .iter()
            .filter_map(|region| {
                let bars: Vec<Bar> = figures
                    .iter()
                    .filter(|f| f.region == region.id)
                    .map(|f| {
                        let role = self.role_name(&f.role);
                        let value_text = format_amount(f.amount(), currency, precision, locale);
                        let n =
                            f.n.map(|n| format!("n={}", group_digits(n, Grouping::Western)));
                        // Each bar names its own statistic: a range is not an average.
                        let mut description = format!("{role}, {}", region.name);
                        if let Some(experience) = &f.experience {
                            description.push_str(&format!(", {experience}"));
                        }
                        description.push_str(&format!(
                            ": {value_text} {}",
                            words.statistics.of(f.statistic)
                        ));
                        if let Some(n) = &n {
                            description.push_str(&format!(" ({n})"));
                        }
                        let amount = f.amount();
                        Bar {
                            label: role.to_string(),
                            // The label line names the band and the sample size too.
                            detail: {
                                let parts: Vec<&str> = [f.experience.as_deref(), n.as_deref()]
                                    .into_iter()
                                    .flatten()
                                    .collect();
                                (!parts.is_empty()).then(|| parts.join(" · "))
                            },
                            low: amount.low(),
                            high: amount.high(),
                            value_text: value_text.clone(),
                            description,
                            tone: self.roles.iter().position(|r| r.id == f.role),
                            cells: [
                                Some(role.to_string()),
                                Some(region.name.clone()),
                                has_experience.then(|| {
                                    f.experience
                                        .clone()
                                        .unwrap_or_else(|| words.all_levels.clone())
                                }),
                                Some(value_text),
                                has_n.then(|| {
                                    f.n.map_or(words.not_given.clone(), |n| {
                                        group_digits(n, Grouping::Western)
                                    })
                                }),
                            ]
                            .into_iter()
                            .flatten()
                            .collect(),
                        }
                    })
                    .collect();
                (!bars.is_empty()).then(|| BarGroup {
                    heading: Some(region.name.clone()),
                    bars,
                })
            })
            .collect();
        let mut caption = fill(
            &words.salary_caption,
            &[
                ("source", &source.name),
                ("publisher", &source.publisher),
                ("when", &source.when),
                ("statistic", statistic_word),
                ("currency", currency.name(locale)),
            ],
        );
        for (add, note) in [(has_range, &words.range_note), (has_n, &words.n_note)] {
            if add {
                caption.push(' ');
                caption.push_str(note);
            }
        }
        let currency_key = currency.code().to_ascii_lowercase();
        let columns = &words.salary_columns;
        let pay_column = fill(&columns.pay, &[("statistic", statistic_word)]);
        Chart {
            id: format!("chart-{}-{currency_key}", source.id),
            file_stem: format!("salaries-{}-{currency_key}-{}", source.id, filter.key()),
            title: fill(
                words.salary_title.of(statistic),
                &[("currency", currency.name(locale))],
            ),
            caption,
            currency: Some(currency),
            groups,
            columns: [
                Some(&columns.role),
                Some(&columns.region),
                has_experience.then_some(&columns.experience),
                Some(&pay_column),
                has_n.then_some(&columns.n),
            ]
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
            data: self.salary_table(source, figures),
        }
    }

    fn salary_table(&self, source: &Source, figures: &[&Salary]) -> Table {
        Table {
            columns: vec![
                "source",
                "source_name",
                "publisher",
                "when",
                "year",
                "statistic",
                "currency",
                "region",
                "role",
                "experience",
                "value",
                "low",
                "high",
                "n",
            ],
            rows: figures
                .iter()
                .map(|f| {
                    vec![
                        f.source.as_str().into(),
                        source.name.as_str().into(),
                        source.publisher.as_str().into(),
                        source.when.as_str().into(),
                        Cell::Number(f.year.into()),
                        f.statistic.key().into(),
                        f.currency.code().into(),
                        self.region_name(&f.region).into(),
                        self.role_name(&f.role).into(),
                        f.experience.as_deref().into(),
                        f.value.into(),
                        f.low.into(),
                        f.high.into(),
                        f.n.map(|n| n as f64).into(),
                    ]
                })
                .collect(),
        }
    }

    /// Open listings per portal, with the source's own qualifiers, credited
    /// to the jobs' own source (the portals, not a pay source), the counts
    /// written for `locale`.
    pub fn jobs_chart_in(&self, locale: Locale) -> Chart {
        let jobs = &self.jobs;
        let words = &self.page.charts;
        let source = self.source(&jobs.source);
        let source_name = source.map_or(jobs.source.as_str(), |s| s.name.as_str());
        let publisher = source.map_or("", |s| s.publisher.as_str());
        let when = source.map_or("", |s| s.when.as_str());
        let bars = jobs
            .listings
            .iter()
            .map(|l| {
                let value_text = format_count(l.count, l.qualifier, locale);
                Bar {
                    label: l.portal.clone(),
                    detail: Some(l.region.clone()),
                    low: 0.0,
                    high: l.count as f64,
                    value_text: value_text.clone(),
                    description: format!(
                        "{}, region: {}: {value_text} open listings, {when}",
                        l.portal, l.region
                    ),
                    tone: None,
                    cells: vec![
                        l.portal.clone(),
                        l.region.clone(),
                        value_text,
                        l.note.clone().unwrap_or_else(|| "—".into()),
                    ],
                }
            })
            .collect();
        let columns = &words.jobs_columns;
        Chart {
            id: "chart-jobs".into(),
            file_stem: "job-listings".into(),
            title: fill(&words.jobs_title, &[("when", when)]),
            caption: fill(
                &words.jobs_caption,
                &[
                    ("source", source_name),
                    ("publisher", publisher),
                    ("when", when),
                ],
            ),
            currency: None,
            groups: vec![BarGroup {
                heading: None,
                bars,
            }],
            columns: vec![
                columns.portal.clone(),
                columns.region.clone(),
                columns.count.clone(),
                columns.note.clone(),
            ],
            data: Table {
                columns: vec![
                    "source",
                    "source_name",
                    "publisher",
                    "when",
                    "year",
                    "portal",
                    "region",
                    "qualifier",
                    "count",
                    "note",
                ],
                rows: jobs
                    .listings
                    .iter()
                    .map(|l| {
                        vec![
                            jobs.source.as_str().into(),
                            source_name.into(),
                            publisher.into(),
                            when.into(),
                            Cell::Number(jobs.year.into()),
                            l.portal.as_str().into(),
                            l.region.as_str().into(),
                            l.qualifier.key().into(),
                            Cell::Number(l.count as f64),
                            l.note.as_deref().into(),
                        ]
                    })
                    .collect(),
            },
        }
    }

    /// Every chart the careers page shows for all regions, each with the
    /// source whose column it is in (none for the jobs chart, whose source
    /// its caption names): the pages `/careers/charts/<key>`.
    pub fn all_charts_in(&self, locale: Locale) -> Vec<(Option<Source>, Chart)> {
        let mut charts: Vec<(Option<Source>, Chart)> = self
            .salary_charts_in(&RegionFilter::All, locale)
            .into_iter()
            .flat_map(|column| {
                let source = column.source;
                column
                    .charts
                    .into_iter()
                    .map(move |chart| (Some(source.clone()), chart))
            })
            .collect();
        charts.push((None, self.jobs_chart_in(locale)));
        charts
    }

    /// The keys of [`Careers::all_charts_in`], the same in every locale.
    pub fn chart_keys(&self) -> Vec<String> {
        self.all_charts_in(Locale::En)
            .iter()
            .map(|(_, chart)| chart_key(chart).to_string())
            .collect()
    }

    /// The chart whose page is `/careers/charts/<key>`, in `locale`.
    pub fn chart_in(&self, key: &str, locale: Locale) -> Option<Chart> {
        self.chart_page_in(key, locale).map(|(_, chart)| chart)
    }

    /// The chart of `key` with its source, in `locale`.
    pub fn chart_page_in(&self, key: &str, locale: Locale) -> Option<(Option<Source>, Chart)> {
        self.all_charts_in(locale)
            .into_iter()
            .find(|(_, chart)| chart_key(chart) == key)
    }
}

/// The name of a chart's own page: its id without `chart-` (`jobs`,
/// `source-a-usd`).
pub fn chart_key(chart: &Chart) -> &str {
    chart.id.strip_prefix("chart-").unwrap_or(&chart.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content_file::{decode, ContentFile};

    fn careers() -> Careers {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/careers.json");
        decode(Careers::FILE, &std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn only(id: &str) -> RegionFilter {
        RegionFilter::Only(id.into())
    }

    /// Value labels of every chart, per source: `[[chart1 labels], [chart2 …]]`.
    fn labels(careers: &Careers, filter: &RegionFilter) -> Vec<Vec<Vec<String>>> {
        careers
            .salary_charts_in(filter, Locale::En)
            .iter()
            .map(|s| {
                s.charts
                    .iter()
                    .map(|c| c.bars().map(|b| b.value_text.clone()).collect())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn sources_and_currencies_get_their_own_charts() {
        // Blending Payscale averages with survey medians, or drawing rupees on
        // a dollar scale, would show differences that are not there.
        let c = careers();
        assert_eq!(
            labels(&c, &RegionFilter::All),
            vec![
                vec![vec!["$87K", "$76K", "$87K–$100K"], vec!["₹5 lakh per year"],],
                vec![vec![
                    "$170,000",
                    "$135,000",
                    "$130,000",
                    "$20,386",
                    "$14,356",
                    "$11,963",
                    "$67,227",
                    "$48,787",
                    "$63,332.50"
                ]],
            ]
        );
        assert_eq!(
            labels(&c, &only("in")),
            vec![
                vec![vec!["₹5 lakh per year"]],
                vec![vec!["$20,386", "$14,356", "$11,963"]],
            ]
        );
    }

    #[test]
    fn bars_describe_the_whole_figure() {
        let c = careers();
        let charts = c.salary_charts_in(&only("us"), Locale::En);
        let survey = &charts[1].charts[0];
        assert_eq!(
            survey.bars().next().unwrap().description,
            "Backend developer, United States: $170,000 median (n=776)"
        );
        assert_eq!(survey.title, "Median yearly pay in US dollars");
        assert!(survey
            .caption
            .starts_with("Source: Stack Overflow Developer Survey 2024, Stack Overflow; survey year 2024. Statistic: median"));
        let range = charts[0].charts[0].bars().nth(2).unwrap();
        // Issue 15: the article reports $87K–$100K as a range, not an average.
        assert_eq!(
            range.description,
            "Backend developer, United States, 2–6 years: $87K–$100K reported range"
        );
        assert_eq!(
            charts[0].charts[0].bars().next().unwrap().description,
            "Backend developer, United States: $87K average"
        );
        assert_eq!((range.low, range.high), (87_000.0, 100_000.0));
        assert_eq!(range.detail.as_deref(), Some("2–6 years"));
        assert_eq!(
            range.cells,
            [
                "Backend developer",
                "United States",
                "2–6 years",
                "$87K–$100K"
            ]
        );
        assert_eq!(
            charts[0].charts[0].columns,
            ["Role", "Region", "Experience", "Yearly pay (average)"]
        );
        assert_eq!(
            survey.columns,
            ["Role", "Region", "Yearly pay (median)", "n"]
        );
        assert_eq!(
            survey.bars().next().unwrap().detail.as_deref(),
            Some("n=776")
        );
    }

    #[test]
    fn captions_say_when_and_never_invent_a_data_year() {
        // Issue 15: Payscale's data date is not given; "Year: 2024" was the article's year.
        let c = careers();
        let charts = c.salary_charts_in(&RegionFilter::All, Locale::En);
        let payscale = &charts[0].charts[0];
        assert_eq!(
            payscale.caption,
            "Source: Payscale salary figures, as quoted in the article “What is Backend Development? Skills, Salary, Jobs & Roles”, dated 28 May 2024; reported in 2024. Statistic: average yearly pay. Amounts in US dollars, as published; the guide converts nothing. Bar lengths compare figures within this chart only. A bar that spans two amounts is a range the source reported for one experience band, not an average."
        );
        for chart in charts.iter().flat_map(|s| &s.charts) {
            assert!(!chart.caption.contains("Year:"), "{}", chart.caption);
        }
        // The rupee chart holds no range, so it has no range note.
        assert!(!charts[0].charts[1].caption.contains("range"));
    }

    #[test]
    fn job_counts_name_the_portals_not_payscale() {
        // Issue 15: the jobs chart and its CSV credited the counts to Payscale.
        let c = careers();
        let jobs = c.jobs_chart_in(Locale::En);
        assert_eq!(jobs.title, "Open backend job listings, reported in 2024");
        assert!(
            jobs.caption
                .starts_with("Source: Job portals: Indeed, LinkedIn and Naukri.com, counts as reported in the article “What is Backend Development? Skills, Salary, Jobs & Roles”, dated 28 May 2024; reported in 2024."),
            "{}",
            jobs.caption
        );
        assert!(!jobs.caption.contains("Payscale"));
        assert_eq!(jobs.columns, ["Portal", "Region", "Open listings", "Note"]);
        assert_eq!(
            jobs.bars().next().unwrap().description,
            "Indeed, region: Not stated in the article: more than 20,000 open listings, reported in 2024"
        );
    }

    #[test]
    fn the_switch_offers_regions_both_sources_cover() {
        let c = careers();
        let ids: Vec<&str> = c.region_options().iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, vec!["us", "in"]);
        assert_eq!(RegionFilter::parse(Some("in"), &c), only("in"));
        assert_eq!(RegionFilter::parse(Some("mars"), &c), RegionFilter::All);
        assert_eq!(RegionFilter::parse(None, &c), RegionFilter::All);
    }

    #[test]
    fn downloads_hold_the_raw_figures() {
        let c = careers();
        let charts = c.salary_charts_in(&only("us"), Locale::En);
        let csv = charts[1].charts[0].data.to_csv();
        let mut lines = csv.lines();
        assert_eq!(
            lines.next().unwrap(),
            "source,source_name,publisher,when,year,statistic,currency,region,role,experience,value,low,high,n"
        );
        assert_eq!(
            lines.next().unwrap(),
            "source-b,Stack Overflow Developer Survey 2024,Stack Overflow,survey year 2024,2024,median,USD,United States,Backend developer,,170000,,,776"
        );
        // The range row carries its own statistic.
        let payscale = charts[0].charts[0].data.to_csv();
        assert!(
            payscale.contains(",reported in 2024,2024,range,USD,United States,Backend developer,2–6 years,,87000,100000,\r\n"),
            "{payscale}"
        );
        assert_eq!(charts[1].charts[0].file_stem, "salaries-source-b-usd-us");
        let jobs = c.jobs_chart_in(Locale::En);
        let csv = jobs.data.to_csv();
        assert!(csv.contains("job-portals,\"Job portals: Indeed, LinkedIn and Naukri.com\",\"counts as reported in the article “What is Backend Development? Skills, Salary, Jobs & Roles”, dated 28 May 2024\",reported in 2024,2024,Naukri.com,India,about,115000,\"The article gives this as roughly 1.15 lakh active listings; one lakh is 1,00,000.\"\r\n"), "{csv}");
        assert!(!csv.contains("source-a"), "{csv}");
        let values: Vec<&str> = jobs.bars().map(|b| b.value_text.as_str()).collect();
        assert_eq!(
            values,
            vec![
                "more than 20,000",
                "more than 18,000",
                "about 1,15,000 (1.15 lakh)"
            ]
        );
    }
}
