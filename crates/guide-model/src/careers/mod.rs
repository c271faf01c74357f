//! `careers.json`: what backend developers earn (from two sources that are
//! never blended), how many jobs are advertised, and what the job involves.

use serde::Deserialize;

use crate::money::{Amount, Currency, Precision};

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Careers {
    pub sources: Vec<Source>,
    pub regions: Vec<Named>,
    pub roles: Vec<Named>,
    pub salaries: Vec<Salary>,
    pub jobs: Jobs,
    pub responsibilities: Vec<Responsibility>,
    pub groups: Vec<Group>,
    pub pay_factors: PayFactors,
}

/// Where a set of figures comes from. Every chart names it, with its year
/// and statistic, so a reader can check the numbers.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub name: String,
    pub publisher: String,
    pub year: u16,
    pub statistic: Statistic,
    pub detail: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Statistic {
    Average,
    Median,
}

impl Statistic {
    pub fn key(self) -> &'static str {
        match self {
            Statistic::Average => "average",
            Statistic::Median => "median",
        }
    }
}

/// A region or a developer role: an id the figures refer to and its name.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Named {
    pub id: String,
    pub name: String,
}

/// One published pay figure: a single value or a range, never both.
#[derive(Debug, Clone, PartialEq, Deserialize)]
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
#[serde(deny_unknown_fields)]
pub struct Jobs {
    pub source: String,
    pub year: u16,
    pub listings: Vec<Listing>,
}

/// Open backend job listings on one portal, as the source reported them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
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
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    MoreThan,
    About,
    Exactly,
}

impl Qualifier {
    /// The words put before the count ("more than 20,000").
    pub fn words(self) -> &'static str {
        match self {
            Qualifier::MoreThan => "more than",
            Qualifier::About => "about",
            Qualifier::Exactly => "",
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

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    /// Stable: the reader's "this is me" marks are stored under it.
    pub id: String,
    pub title: String,
    pub group: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayFactors {
    pub heading: String,
    pub intro: String,
    pub items: Vec<PayFactor>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayFactor {
    pub title: String,
    pub text: String,
}

impl Careers {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn region_name<'a>(&'a self, id: &'a str) -> &'a str {
        name_of(&self.regions, id)
    }

    pub fn role_name<'a>(&'a self, id: &'a str) -> &'a str {
        name_of(&self.roles, id)
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

fn name_of<'a>(items: &'a [Named], id: &'a str) -> &'a str {
    items
        .iter()
        .find(|n| n.id == id)
        .map_or(id, |n| n.name.as_str())
}

mod charts;
mod validate;

pub use charts::{RegionFilter, SourceCharts};
