//! Money shown the way its source published it, in its own currency.
//!
//! Nothing here converts between currencies: a rupee figure stays in rupees
//! and a dollar figure in dollars, so no exchange rate is ever invented.

use serde::{Deserialize, Serialize};

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

    /// The currency's name in running text ("in US dollars").
    pub fn name(self) -> &'static str {
        match self {
            Currency::USD => "US dollars",
            Currency::INR => "Indian rupees",
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
/// `₹5 lakh per year`. Rupee figures are published as LPA (lakh per annum),
/// so their "per year" is spelled out as part of the unit.
pub fn format_amount(amount: Amount, currency: Currency, precision: Precision) -> String {
    let one = |v: f64| match currency {
        Currency::USD => format_usd(v, precision),
        Currency::INR => format_inr(v),
    };
    let text = match amount {
        Amount::Value(v) => one(v),
        Amount::Range { low, high } => format!("{}–{}", one(low), one(high)),
    };
    match currency {
        Currency::USD => text,
        Currency::INR => format!("{text} per year"),
    }
}

fn format_usd(v: f64, precision: Precision) -> String {
    match precision {
        Precision::Thousands => format!("${}K", trim_decimals(v / 1000.0, 1)),
        Precision::Exact => {
            let cents = (v * 100.0).round() as u64;
            let (whole, cents) = (cents / 100, cents % 100);
            if cents == 0 {
                format!("${}", group_thousands(whole))
            } else {
                format!("${}.{cents:02}", group_thousands(whole))
            }
        }
    }
}

/// Rupees in the Indian units readers expect: lakh (100,000) and crore
/// (10,000,000); smaller or odd amounts exactly, with Indian digit grouping.
fn format_inr(v: f64) -> String {
    const LAKH: f64 = 100_000.0;
    const CRORE: f64 = 10_000_000.0;
    let whole = v.round() as u64;
    // Two decimals of a lakh are whole thousands; of a crore, whole lakhs.
    let exact = v.fract() == 0.0;
    if v >= CRORE && exact && whole.is_multiple_of(100_000) {
        format!("₹{} crore", trim_decimals(v / CRORE, 2))
    } else if v >= LAKH && exact && whole.is_multiple_of(1_000) {
        format!("₹{} lakh", trim_decimals(v / LAKH, 2))
    } else {
        format!("₹{}", group_indian(whole))
    }
}

/// `1234567` → `1,234,567`.
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `1234567` → `12,34,567`: the last three digits, then groups of two.
pub fn group_indian(n: u64) -> String {
    let digits = n.to_string();
    if digits.len() <= 3 {
        return digits;
    }
    let (head, tail) = digits.split_at(digits.len() - 3);
    let mut out = String::new();
    for (i, c) in head.chars().enumerate() {
        if i > 0 && (head.len() - i).is_multiple_of(2) {
            out.push(',');
        }
        out.push(c);
    }
    format!("{out},{tail}")
}

/// A count in words the source used: `more than 20,000`, `about 115,000 (1.15 lakh)`.
/// Counts of a lakh or more also give their lakh form, as Indian portals publish them.
pub fn format_count(count: u64, qualifier: &str) -> String {
    let lakh = if count >= 100_000 {
        format!(" ({} lakh)", trim_decimals(count as f64 / 100_000.0, 2))
    } else {
        String::new()
    };
    let count = group_thousands(count);
    if qualifier.is_empty() {
        format!("{count}{lakh}")
    } else {
        format!("{qualifier} {count}{lakh}")
    }
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
            format_amount(amount, currency, precision),
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
    fn precision_follows_the_published_figures() {
        // One odd figure means the source published exact numbers.
        assert_eq!(Precision::of([87_000.0, 100_000.0]), Thousands);
        assert_eq!(Precision::of([170_000.0, 67_227.0]), Exact);
        assert_eq!(Precision::of([63_332.5]), Exact);
    }

    #[test]
    fn counts_keep_their_qualifier_and_lakh_form() {
        assert_eq!(format_count(20_000, "more than"), "more than 20,000");
        assert_eq!(format_count(115_000, "about"), "about 115,000 (1.15 lakh)");
        assert_eq!(format_count(100_000, ""), "100,000 (1 lakh)");
    }

    #[test]
    fn digit_grouping() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(4_728), "4,728");
        assert_eq!(group_thousands(100_000), "100,000");
        assert_eq!(group_indian(999), "999");
        assert_eq!(group_indian(1_000), "1,000");
        assert_eq!(group_indian(115_000), "1,15,000");
        assert_eq!(group_indian(12_345_678), "1,23,45,678");
    }
}
