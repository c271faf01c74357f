//! Money shown the way its source published it, in its own currency.
//!
//! Nothing here converts between currencies: a rupee figure stays in rupees
//! and a dollar figure in dollars, so no exchange rate is ever invented.

use serde::{Deserialize, Serialize};

use crate::locale::{group_decimal, Grouping, Locale};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Currency {
    USD,
    INR,
}

impl Currency {
    pub fn code(self) -> &'static str {
        match self {
            Currency::USD => "USD",
            Currency::INR => "INR",
        }
    }

    /// The currency's name in running text ("in US dollars"), in `locale`
    /// (the Hindi as docs/glossary-hi.md chooses it).
    pub fn name(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Currency::USD, Locale::En) => "US dollars",
            (Currency::INR, Locale::En) => "Indian rupees",
            (Currency::USD, Locale::Hi) => "US डॉलर",
            (Currency::INR, Locale::Hi) => "भारतीय रुपये",
        }
    }

    /// Money groups by its currency, not by the page's language: rupees the
    /// Indian way and dollars the Western way, in English and Hindi alike,
    /// because that is how each currency's figures are published and read.
    pub fn grouping(self) -> Grouping {
        match self {
            Currency::INR => Grouping::Indian,
            Currency::USD => Grouping::Western,
        }
    }
}

/// How finely a source published its figures. A source that rounded to
/// thousands is shown as `$87K`; one that gave exact figures is shown
/// exactly (`$63,332.50`), never rounded into something it did not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Thousands,
    Exact,
}

impl Precision {
    /// `Thousands` when every figure is a whole number of thousands (so the
    /// source was evidently published that way), otherwise `Exact`.
    pub fn of(values: impl IntoIterator<Item = f64>) -> Precision {
        if values.into_iter().all(|v| v % 1000.0 == 0.0) {
            Precision::Thousands
        } else {
            Precision::Exact
        }
    }
}

/// A single figure or a published range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Amount {
    Value(f64),
    Range { low: f64, high: f64 },
}

impl Amount {
    pub fn high(self) -> f64 {
        match self {
            Amount::Value(v) => v,
            Amount::Range { high, .. } => high,
        }
    }

    /// The start of the bar: zero for a single figure, `low` for a range.
    pub fn low(self) -> f64 {
        match self {
            Amount::Value(_) => 0.0,
            Amount::Range { low, .. } => low,
        }
    }
}

/// Formats a yearly amount: `$87K`, `$87K–$100K`, `$67,227`, `$63,332.50`,
/// `₹5 lakh per year` (`₹5 लाख प्रति वर्ष`). Rupee figures are published as
/// LPA (lakh per annum), so their "per year" is spelled out as part of the
/// unit. Rupees group the Indian way and dollars the Western way in every
/// locale ([`Currency::grouping`]).
pub fn format_amount(
    amount: Amount,
    currency: Currency,
    precision: Precision,
    locale: Locale,
) -> String {
    let one = |v: f64| match currency {
        Currency::USD => format_usd(v, precision),
        Currency::INR => format_inr(v, locale),
    };
    let text = match amount {
        Amount::Value(v) => one(v),
        Amount::Range { low, high } => format!("{}–{}", one(low), one(high)),
    };
    match (currency, locale) {
        (Currency::USD, _) => text,
        (Currency::INR, Locale::En) => format!("{text} per year"),
        (Currency::INR, Locale::Hi) => format!("{text} प्रति वर्ष"),
    }
}

/// An exact amount with its symbol, grouped for its currency: `₹5,23,456`,
/// `$63,332.50`. Whole amounts have no decimals; others have two (cents,
/// paise). The same in every locale. Rounded and lakh forms (`$87K`,
/// `₹5 lakh`) are [`format_amount`]'s.
pub fn format_money(value: f64, currency: Currency) -> String {
    let symbol = match currency {
        Currency::INR => "₹",
        Currency::USD => "$",
    };
    let fraction_digits = if value.fract() == 0.0 { 0 } else { 2 };
    format!(
        "{symbol}{}",
        group_decimal(value, fraction_digits, currency.grouping())
    )
}

fn format_usd(v: f64, precision: Precision) -> String {
    match precision {
        Precision::Thousands => format!("${}K", trim_decimals(v / 1000.0, 1)),
        Precision::Exact => format_money(v, Currency::USD),
    }
}

/// Rupees in the Indian units readers expect, lakh (1,00,000) and crore
/// (1,00,00,000), when the figure is whole in them to two decimals; other
/// amounts exactly, grouped the Indian way.
fn format_inr(v: f64, locale: Locale) -> String {
    const LAKH: u64 = 100_000;
    const CRORE: u64 = 100 * LAKH;
    let whole = v.round() as u64;
    let exact = v.fract() == 0.0;
    let in_units = if whole >= CRORE {
        whole.is_multiple_of(LAKH)
    } else {
        whole.is_multiple_of(1_000)
    };
    match lakh_words(whole).filter(|_| exact && in_units) {
        Some(words) => format!("₹{}", words(locale)),
        None => format_money(v, Currency::INR),
    }
}

/// `n` in lakh or crore words, for a locale; `None` below a lakh.
fn lakh_words(n: u64) -> Option<impl Fn(Locale) -> String> {
    crate::locale::lakh_words(n, Locale::En)
        .map(|_| move |locale| crate::locale::lakh_words(n, locale).unwrap_or_default())
}

/// `5.0` → `5`, `1.15` → `1.15`, `87.5` → `87.5` (at most `max` decimals).
fn trim_decimals(v: f64, max: usize) -> String {
    let text = format!("{v:.max$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Currency::{INR, USD};
    use Precision::{Exact, Thousands};

    fn check(amount: Amount, currency: Currency, precision: Precision, expected: &str) {
        assert_eq!(
            format_amount(amount, currency, precision, Locale::En),
            expected,
            "{amount:?} {currency:?} {precision:?}"
        );
    }

    #[test]
    fn money_is_shown_as_its_source_published_it() {
        // A rounded source must not gain false precision, and an exact one
        // must not be rounded: `$63,333` for a median of 63,332.5 would be a lie.
        let v = Amount::Value;
        check(v(87_000.0), USD, Thousands, "$87K");
        check(v(87_500.0), USD, Thousands, "$87.5K");
        check(
            Amount::Range {
                low: 87_000.0,
                high: 100_000.0,
            },
            USD,
            Thousands,
            "$87K–$100K",
        );
        check(v(67_227.0), USD, Exact, "$67,227");
        check(v(63_332.5), USD, Exact, "$63,332.50");
        check(v(170_000.0), USD, Exact, "$170,000");
        check(v(999.0), USD, Exact, "$999");
        check(v(1_234_567.0), USD, Exact, "$1,234,567");
        check(v(0.0), USD, Exact, "$0");
        check(v(500_000.0), INR, Thousands, "₹5 lakh per year");
        check(v(550_000.0), INR, Exact, "₹5.5 lakh per year");
        check(v(1_215_000.0), INR, Exact, "₹12.15 lakh per year");
        check(v(523_456.0), INR, Exact, "₹5,23,456 per year");
        check(v(80_000.0), INR, Thousands, "₹80,000 per year");
        check(v(25_000_000.0), INR, Thousands, "₹2.5 crore per year");
        check(
            Amount::Range {
                low: 300_000.0,
                high: 500_000.0,
            },
            INR,
            Thousands,
            "₹3 lakh–₹5 lakh per year",
        );
    }

    #[test]
    fn money_groups_by_its_currency_in_every_locale() {
        // A dollar figure grouped the Indian way ($1,00,000) is a figure
        // no source published.
        let check = |value: f64, currency: Currency, expected: &str| {
            assert_eq!(
                format_money(value, currency),
                expected,
                "{value} {currency:?}"
            );
        };
        assert_eq!(Currency::INR.grouping(), Grouping::Indian);
        assert_eq!(Currency::USD.grouping(), Grouping::Western);
        check(523_456.0, Currency::INR, "₹5,23,456");
        check(1_234_567.5, Currency::INR, "₹12,34,567.50");
        check(100_000.0, Currency::USD, "$100,000");
        check(63_332.5, Currency::USD, "$63,332.50");
        check(0.0, Currency::USD, "$0");
    }

    #[test]
    fn precision_follows_the_published_figures() {
        // One odd figure means the source published exact numbers.
        assert_eq!(Precision::of([87_000.0, 100_000.0]), Thousands);
        assert_eq!(Precision::of([170_000.0, 67_227.0]), Exact);
        assert_eq!(Precision::of([63_332.5]), Exact);
    }

    #[test]
    fn hindi_keeps_the_figure_and_says_the_unit_in_hindi() {
        // A translation changes words, never the figure or its grouping.
        let hi =
            |amount, currency, precision| format_amount(amount, currency, precision, Locale::Hi);
        let v = Amount::Value;
        assert_eq!(hi(v(500_000.0), INR, Thousands), "₹5 लाख प्रति वर्ष");
        assert_eq!(hi(v(523_456.0), INR, Exact), "₹5,23,456 प्रति वर्ष");
        assert_eq!(hi(v(63_332.5), USD, Exact), "$63,332.50");
        assert_eq!(hi(v(87_000.0), USD, Thousands), "$87K");
    }
}
