//! `careers.json`: what backend developers earn (from two sources that are
//! never blended), how many jobs are advertised (a third source: the job
//! portals), and what the job involves.

use serde::Deserialize;

use crate::content_file::content_file;
use crate::date::Date;
use crate::locale::{group_digits, lakh_words, Grouping, Locale};
use crate::money::{Amount, Currency, Precision};
use crate::template::fill;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Careers {
    /// The file's JSON Schema, for editors: `schema/careers.schema.json`.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The day this file's facts were last reviewed (`YYYY-MM-DD`).
    pub checked: Date,
    pub sources: Vec<Source>,
    pub regions: Vec<Named>,
    pub roles: Vec<Role>,
    pub salaries: Vec<Salary>,
    pub jobs: Jobs,
    pub responsibilities: Vec<Responsibility>,
    pub groups: Vec<Group>,
    pub pay_factors: PayFactors,
    /// The words of the /careers page and its charts.
    pub page: CareersWords,
}

content_file!(Careers => "careers.json");

/// Where a set of figures comes from. Every chart names it, with when the
/// figures date from and their statistic, so a reader can check the numbers.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub name: String,
    pub publisher: String,
    /// The year the figures were published or reported; figures must agree with it.
    pub year: u16,
    /// When the figures date from, written to follow a semicolon:
    /// "reported in 2024", "survey year 2024". Shown instead of `year`,
    /// which for a figure quoted second-hand is not the data's own date.
    pub when: String,
    /// The statistic of the source's single-value pay figures; absent for
    /// a source that gives no pay (the job portals' counts).
    #[serde(default)]
    pub statistic: Option<PayStatistic>,
    pub detail: String,
}

/// What a source's single pay figures are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum PayStatistic {
    Average,
    Median,
}

impl PayStatistic {
    /// The statistic of a single figure from such a source.
    pub fn figure(self) -> Statistic {
        match self {
            PayStatistic::Average => Statistic::Average,
            PayStatistic::Median => Statistic::Median,
        }
    }
}

/// What one pay figure is: a single value of its source's statistic, or a
/// low–high range the source reported (which is not an average of anything).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Statistic {
    Average,
    Median,
    Range,
}

impl Statistic {
    pub fn key(self) -> &'static str {
        match self {
            Statistic::Average => "average",
            Statistic::Median => "median",
            Statistic::Range => "range",
        }
    }
}

/// A region: an id the figures refer to and its name.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Named {
    pub id: String,
    pub name: String,
}

/// A developer role the figures are for, with one sentence saying what it is.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub definition: String,
}

/// One published pay figure: a single value or a range, never both.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Salary {
    pub source: String,
    pub year: u16,
    pub statistic: Statistic,
    pub currency: Currency,
    pub region: String,
    pub role: String,
    /// The experience band the figure is for; `None` for all levels.
    pub experience: Option<String>,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// How many people the figure is based on, where the source says.
    pub n: Option<u64>,
}

impl Salary {
    /// The figure as a value or a range. Validation guarantees one of the two.
    pub fn amount(&self) -> Amount {
        match (self.value, self.low, self.high) {
            (Some(v), _, _) => Amount::Value(v),
            (None, Some(low), Some(high)) => Amount::Range { low, high },
            _ => Amount::Value(0.0),
        }
    }

    pub(crate) fn numbers(&self) -> impl Iterator<Item = f64> {
        [self.value, self.low, self.high].into_iter().flatten()
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Jobs {
    pub source: String,
    pub year: u16,
    pub listings: Vec<Listing>,
}

/// Open backend job listings on one portal, as the source reported them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Listing {
    pub portal: String,
    /// Free text: the source does not always say which region a count covers.
    pub region: String,
    pub count: u64,
    pub qualifier: Qualifier,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    MoreThan,
    About,
    Exactly,
}

impl Qualifier {
    /// The words around the count, `{count}` where it goes: "more than
    /// {count}", "{count} से ज़्यादा".
    pub fn template(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Qualifier::MoreThan, Locale::En) => "more than {count}",
            (Qualifier::About, Locale::En) => "about {count}",
            (Qualifier::MoreThan, Locale::Hi) => "{count} से ज़्यादा",
            (Qualifier::About, Locale::Hi) => "लगभग {count}",
            (Qualifier::Exactly, _) => "{count}",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Qualifier::MoreThan => "more-than",
            Qualifier::About => "about",
            Qualifier::Exactly => "exactly",
        }
    }
}

/// A count in the source's own words: `more than 20,000`, `about 1,15,000
/// (1.15 lakh)`, `लगभग 1,15,000 (1.15 लाख)`. Counts are the job portals'
/// Indian figures: grouped the Indian way, with their lakh form from a lakh up.
pub fn format_count(count: u64, qualifier: Qualifier, locale: Locale) -> String {
    let mut number = group_digits(count, Grouping::Indian);
    if let Some(words) = lakh_words(count, locale) {
        number = format!("{number} ({words})");
    }
    fill(qualifier.template(locale), &[("count", &number)])
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    /// Stable: the reader's "this is me" marks are stored under it.
    pub id: String,
    pub title: String,
    pub group: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// A headed list of explained points: what moves pay, why the sources differ.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PayFactors {
    pub heading: String,
    pub intro: String,
    pub items: Vec<PayFactor>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PayFactor {
    pub title: String,
    pub text: String,
}

/// The words of /careers. Templates name their placeholders in `{…}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CareersWords {
    pub pay: PayWords,
    /// Why the two salary sources differ: who was asked, statistic, when, spread.
    pub sources_explainer: PayFactors,
    pub jobs: SectionWords,
    pub duties: DutiesWords,
    pub charts: ChartWords,
}

/// A section's `h2` and the paragraph under it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SectionWords {
    pub heading: String,
    pub intro: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PayWords {
    pub heading: String,
    pub intro: String,
    /// Announced when all regions are shown.
    pub status_all: String,
    /// Template: `{region}`.
    pub status_region: String,
    /// Template: `{source}`, `{region}` (a region's name, or `any_region`).
    pub empty: String,
    pub any_region: String,
    /// Under a rupee chart: `<strong>{term}</strong> = {meaning} {text}`.
    pub lpa_note: LpaNote,
    /// The `h3` over the roles' definitions.
    pub roles_heading: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LpaNote {
    pub term: String,
    pub meaning: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DutiesWords {
    pub heading: String,
    pub intro: String,
    /// Template: `{mine}` of `{total}`.
    pub tally: String,
}

/// Chart titles, captions and table headers. Captions name the source, its
/// publisher, when the figures date from and their statistic.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChartWords {
    /// The word for each statistic in captions, headers and bar descriptions.
    pub statistics: StatisticWords,
    /// Template per source statistic: `{currency}`.
    pub salary_title: SalaryTitles,
    /// Template: `{source}`, `{publisher}`, `{when}`, `{statistic}`, `{currency}`.
    pub salary_caption: String,
    /// Added to a caption when a figure says how many people it is based on.
    pub n_note: String,
    /// Added to a caption when the chart holds a reported range.
    pub range_note: String,
    pub salary_columns: SalaryColumns,
    /// The experience cell of a figure for all levels.
    pub all_levels: String,
    /// The n cell of a figure without one.
    pub not_given: String,
    /// Template: `{when}`.
    pub jobs_title: String,
    /// Template: `{source}`, `{publisher}`, `{when}`.
    pub jobs_caption: String,
    pub jobs_columns: JobsColumns,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatisticWords {
    pub average: String,
    pub median: String,
    pub range: String,
}

impl StatisticWords {
    pub fn of(&self, statistic: Statistic) -> &str {
        match statistic {
            Statistic::Average => &self.average,
            Statistic::Median => &self.median,
            Statistic::Range => &self.range,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SalaryTitles {
    pub average: String,
    pub median: String,
}

impl SalaryTitles {
    pub fn of(&self, statistic: PayStatistic) -> &str {
        match statistic {
            PayStatistic::Average => &self.average,
            PayStatistic::Median => &self.median,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SalaryColumns {
    pub role: String,
    pub region: String,
    pub experience: String,
    /// Template: `{statistic}`.
    pub pay: String,
    pub n: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct JobsColumns {
    pub portal: String,
    pub region: String,
    pub count: String,
    pub note: String,
}

impl Careers {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn region_name<'a>(&'a self, id: &'a str) -> &'a str {
        name_of(self.regions.iter().map(|r| (&r.id, &r.name)), id)
    }

    pub fn role_name<'a>(&'a self, id: &'a str) -> &'a str {
        name_of(self.roles.iter().map(|r| (&r.id, &r.name)), id)
    }

    /// How finely `source` published its figures, judged over all of them.
    pub fn precision(&self, source: &str) -> Precision {
        Precision::of(
            self.salaries
                .iter()
                .filter(|s| s.source == source)
                .flat_map(Salary::numbers),
        )
    }
}

fn name_of<'a>(mut items: impl Iterator<Item = (&'a String, &'a String)>, id: &'a str) -> &'a str {
    items
        .find(|(item, _)| *item == id)
        .map_or(id, |(_, name)| name.as_str())
}

mod charts;
mod validate;

pub use charts::{chart_key, RegionFilter, SourceCharts};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_keep_their_qualifier_and_lakh_form() {
        // Naukri.com's count is an Indian figure: 1,15,000, or 1.15 lakh.
        let check = |count, qualifier, locale, expected: &str| {
            assert_eq!(format_count(count, qualifier, locale), expected);
        };
        check(20_000, Qualifier::MoreThan, Locale::En, "more than 20,000");
        check(
            115_000,
            Qualifier::About,
            Locale::En,
            "about 1,15,000 (1.15 lakh)",
        );
        check(100_000, Qualifier::Exactly, Locale::En, "1,00,000 (1 lakh)");
        check(20_000, Qualifier::MoreThan, Locale::Hi, "20,000 से ज़्यादा");
        check(
            115_000,
            Qualifier::About,
            Locale::Hi,
            "लगभग 1,15,000 (1.15 लाख)",
        );
    }
}
