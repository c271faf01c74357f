//! The guide's languages, English and Hindi, and how each writes numbers,
//! lakh and crore, dates and plurals. Money, which groups by its currency
//! and not by the language, is `crate::money`'s, on top of this module.
//!
//! The build-time renderer and the wasm both format through here, so a page
//! rendered ahead of time and the same page redrawn in the browser carry the
//! same bytes. Hand-written std code on purpose: no small, well-kept crate does
//! Indian grouping and Hindi dates without bringing ICU data into the wasm.
//!
//! The rules are CLDR's for `en` and `hi`, cut down to what the guide prints:
//! Latin digits in both languages (CLDR's default numbering system for `hi`),
//! whole and decimal figures, day-month-year dates and the cardinal plural
//! categories of whole numbers.

use serde::{Deserialize, Serialize};

use crate::date::Date;

/// A language the guide is written in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Hi,
}

impl Locale {
    /// Every locale, English (the original the translations follow) first.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Hi];

    /// The BCP 47 code, as in `<html lang>` and in serialized state: `en`, `hi`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Hi => "hi",
        }
    }

    /// The locale of an exact code (`"hi"`); `None` for any other text,
    /// `"HI"` and `"hi-IN"` included, so a URL has one spelling per page.
    pub fn parse(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The guide's language a reader prefers, from the browser's language
    /// tags in order of preference (`["hi-IN", "en"]`): the first whose
    /// primary subtag is one of the guide's, if any.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Locale> {
        tags.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
            Locale::parse(&primary)
        })
    }

    /// The language's name in its own script, as a language switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Hi => "हिन्दी",
        }
    }

    /// The other language (the guide has two).
    pub fn other(self) -> Locale {
        match self {
            Locale::En => Locale::Hi,
            Locale::Hi => Locale::En,
        }
    }

    /// Where the locale's files and pages live, relative to the English
    /// ones: `""` for English, `"hi/"` for Hindi (`content/hi/skills.json`,
    /// `/hi/skills`). Always empty or ending in `/`, so it is simply prefixed.
    pub fn path_prefix(self) -> &'static str {
        match self {
            Locale::En => "",
            Locale::Hi => "hi/",
        }
    }

    /// How the locale groups the digits of a plain count: CLDR's `hi`
    /// pattern is `#,##,##0.###` (Indian), `en`'s `#,##0.###` (Western).
    /// Money does not follow the locale; see `money::Currency::grouping`.
    pub fn grouping(self) -> Grouping {
        match self {
            Locale::En => Grouping::Western,
            Locale::Hi => Grouping::Indian,
        }
    }
}

/// Where the thousands separators go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// The last three digits, then groups of two: `12,34,567`.
    Indian,
    /// Groups of three: `1,234,567`.
    Western,
}

/// `n` with commas between its digit groups: `1,15,000` (Indian) or
/// `115,000` (Western).
pub fn group_digits(n: u64, grouping: Grouping) -> String {
    group_ascii_digits(&n.to_string(), grouping)
}

/// A non-negative `value` rounded to `fraction_digits` decimals (always
/// that many, so `63332.5` with 2 is `63,332.50`), its whole part grouped.
/// Rounding is Rust's `{:.N}`: to the nearest, ties to even on the exact
/// binary value. A negative value keeps its sign; NaN and infinities are
/// written as Rust writes them, ungrouped.
pub fn group_decimal(value: f64, fraction_digits: usize, grouping: Grouping) -> String {
    let text = format!("{value:.fraction_digits$}");
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    if !whole.bytes().all(|b| b.is_ascii_digit()) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + whole.len() / 2);
    out.push_str(sign);
    out.push_str(&group_ascii_digits(whole, grouping));
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// A count of a lakh (1,00,000) or more in lakh or crore (1,00,00,000):
/// `115000` is `1.15 lakh` (`1.15 लाख`), `10000000` is `1 crore`
/// (`1 करोड़`); `None` below a lakh, where the digits are plainer.
///
/// Rounded half up to a hundredth of the unit, computed in whole numbers so
/// no float error creeps in (`123456` → `1.23 lakh`, `123500` → `1.24 lakh`),
/// then trailing zeros dropped (`5 lakh`, `1.5 lakh`). An amount that rounds
/// to 100 lakh is written `1 crore`, never `100 lakh`.
pub fn lakh_words(n: u64, locale: Locale) -> Option<String> {
    const LAKH: u64 = 100_000;
    const CRORE: u64 = 100 * LAKH;
    if n < LAKH {
        return None;
    }
    let in_lakh = round_div(n, LAKH / 100);
    let (hundredths, unit) = if in_lakh < 100 * 100 {
        (in_lakh, Unit::Lakh)
    } else {
        (round_div(n, CRORE / 100), Unit::Crore)
    };
    let whole = group_digits(hundredths / 100, locale.grouping());
    let cents = hundredths % 100;
    let number = if cents == 0 {
        whole
    } else if cents.is_multiple_of(10) {
        format!("{whole}.{}", cents / 10)
    } else {
        format!("{whole}.{cents:02}")
    };
    Some(format!("{number} {}", unit.word(locale)))
}

/// A calendar date in the locale's long form, day first: `29 November 2026`,
/// `29 नवंबर 2026` (CLDR's `d MMMM y` for `hi`, and for English as read in
/// India and Britain). A month outside 1–12 is written as its number rather
/// than panicking in the browser.
pub fn format_date(year: u16, month: u8, day: u8, locale: Locale) -> String {
    let names = match locale {
        Locale::En => &MONTHS_EN,
        Locale::Hi => &MONTHS_HI,
    };
    match usize::from(month).checked_sub(1).and_then(|i| names.get(i)) {
        Some(name) => format!("{day} {name} {year}"),
        None => format!("{day} {month} {year}"),
    }
}

/// [`format_date`] for a content file's [`Date`] (a `checked` day).
pub fn format_day(date: Date, locale: Locale) -> String {
    // `Date` shows its parts only in its ISO form, `YYYY-MM-DD`, which its
    // Display always writes with four, two and two digits.
    let iso = date.to_string();
    let part = |range: std::ops::Range<usize>| -> u16 {
        iso.get(range).and_then(|s| s.parse().ok()).unwrap_or(0)
    };
    let small = |n: u16| u8::try_from(n).unwrap_or(0);
    format_date(part(0..4), small(part(5..7)), small(part(8..10)), locale)
}

/// CLDR's cardinal plural categories; `en` and `hi` use only these two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    One,
    Other,
}

/// The plural category of the whole number `n`, by CLDR's cardinal rules:
/// `en` one is `i = 1 and v = 0` (1 only); `hi` one is `i = 0 or n = 1`
/// (0 and 1: "0 घंटा", like French). A whole number has `v = 0` and `i = n`.
pub fn plural_category(n: u64, locale: Locale) -> PluralCategory {
    let one = match locale {
        Locale::En => n == 1,
        Locale::Hi => n == 0 || n == 1,
    };
    if one {
        PluralCategory::One
    } else {
        PluralCategory::Other
    }
}

/// `one` or `other`, whichever form `n` takes in `locale`.
pub fn plural<'a>(n: u64, locale: Locale, one: &'a str, other: &'a str) -> &'a str {
    match plural_category(n, locale) {
        PluralCategory::One => one,
        PluralCategory::Other => other,
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// CLDR `hi`, gregorian, format, wide. Written in NFC, as CLDR ships them:
/// the nukta letters फ़ and ड़ are a base letter plus U+093C, never the
/// precomposed U+095E and U+095C (which NFC decomposes), so the text matches
/// what a Hindi keyboard types and what the content files contain.
const MONTHS_HI: [&str; 12] = [
    "जनवरी",
    "\u{092B}\u{093C}रवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "अक्तूबर",
    "नवंबर",
    "दिसंबर",
];

#[derive(Clone, Copy)]
enum Unit {
    Lakh,
    Crore,
}

impl Unit {
    fn word(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Unit::Lakh, Locale::En) => "lakh",
            (Unit::Lakh, Locale::Hi) => "लाख",
            (Unit::Crore, Locale::En) => "crore",
            // करोड़: the nukta as U+093C after ड, as in MONTHS_HI.
            (Unit::Crore, Locale::Hi) => "करो\u{0921}\u{093C}",
        }
    }
}

/// `n / d`, rounded half up.
fn round_div(n: u64, d: u64) -> u64 {
    n / d + u64::from(n % d * 2 >= d)
}

/// Commas between the groups of a run of ASCII digits.
fn group_ascii_digits(digits: &str, grouping: Grouping) -> String {
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 2);
    for (i, c) in digits.char_indices() {
        // How many digits remain from here to the end, this one included.
        let left = len - i;
        let boundary = match grouping {
            Grouping::Western => left.is_multiple_of(3),
            Grouping::Indian => left == 3 || (left > 3 && (left - 3).is_multiple_of(2)),
        };
        if i > 0 && boundary {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Grouping::{Indian, Western};
    use Locale::{En, Hi};
    use PluralCategory::{One, Other};

    #[test]
    fn locales_have_one_spelling_each() {
        // A second spelling ("HI", "hi-IN") would give one page two URLs
        // and two stored settings.
        let check = |code: &str, expected: Option<Locale>| {
            assert_eq!(Locale::parse(code), expected, "{code:?}");
            if let Some(locale) = expected {
                assert_eq!(locale.code(), code);
                let json = serde_json::to_string(&locale).unwrap();
                assert_eq!(json, format!("{code:?}"));
                assert_eq!(serde_json::from_str::<Locale>(&json).unwrap(), locale);
            }
        };
        check("en", Some(En));
        check("hi", Some(Hi));
        check("HI", None);
        check("hi-IN", None);
        check("", None);
        assert_eq!(Locale::default(), En);
        assert_eq!(Locale::ALL, [En, Hi]);
        assert_eq!(En.path_prefix(), "");
        assert_eq!(Hi.path_prefix(), "hi/");
    }

    #[test]
    fn digits_group_in_threes_or_the_indian_way() {
        // Western grouping of a rupee figure (115,000) reads wrong to an
        // Indian reader, who expects 1,15,000.
        let check = |n: u64, indian: &str, western: &str| {
            assert_eq!(group_digits(n, Indian), indian, "{n} Indian");
            assert_eq!(group_digits(n, Western), western, "{n} Western");
        };
        check(0, "0", "0");
        check(999, "999", "999");
        check(1_000, "1,000", "1,000");
        check(87_000, "87,000", "87,000");
        check(100_000, "1,00,000", "100,000");
        check(115_000, "1,15,000", "115,000");
        check(500_000, "5,00,000", "500,000");
        check(1_234_567, "12,34,567", "1,234,567");
        check(10_000_000, "1,00,00,000", "10,000,000");
        check(
            u64::MAX,
            "1,84,46,74,40,73,70,95,51,615",
            "18,446,744,073,709,551,615",
        );
    }

    #[test]
    fn decimals_keep_their_fraction_digits_and_group_the_whole_part() {
        // `63,332.5` for a median of 63,332.50 looks like a different figure,
        // and the fraction must never be grouped.
        let check = |value: f64, digits: usize, indian: &str, western: &str| {
            assert_eq!(
                group_decimal(value, digits, Indian),
                indian,
                "{value} Indian"
            );
            assert_eq!(
                group_decimal(value, digits, Western),
                western,
                "{value} Western"
            );
        };
        check(63_332.5, 2, "63,332.50", "63,332.50");
        check(1_234_567.5, 2, "12,34,567.50", "1,234,567.50");
        // CLDR's own sample for #,##,##0.###.
        check(1_234_567.89, 2, "12,34,567.89", "1,234,567.89");
        check(1_234.567, 3, "1,234.567", "1,234.567");
        check(87_000.0, 0, "87,000", "87,000");
        check(0.5, 2, "0.50", "0.50");
        check(999.996, 2, "1,000.00", "1,000.00");
        check(0.0001, 4, "0.0001", "0.0001");
    }

    #[test]
    fn large_counts_read_in_lakh_and_crore() {
        // "1.150 lakh" or "100 lakh" is not how Indian portals write a count,
        // and a float quotient could print 1.1499999.
        let check = |n: u64, en: Option<&str>, hi: Option<&str>| {
            assert_eq!(lakh_words(n, En).as_deref(), en, "{n} en");
            assert_eq!(lakh_words(n, Hi).as_deref(), hi, "{n} hi");
        };
        check(99_999, None, None);
        check(100_000, Some("1 lakh"), Some("1 लाख"));
        check(115_000, Some("1.15 lakh"), Some("1.15 लाख"));
        check(150_000, Some("1.5 lakh"), Some("1.5 लाख"));
        check(500_000, Some("5 lakh"), Some("5 लाख"));
        check(123_456, Some("1.23 lakh"), Some("1.23 लाख"));
        check(123_500, Some("1.24 lakh"), Some("1.24 लाख"));
        check(1_215_000, Some("12.15 lakh"), Some("12.15 लाख"));
        check(9_999_999, Some("1 crore"), Some("1 करोड़"));
        check(10_000_000, Some("1 crore"), Some("1 करोड़"));
        check(25_000_000, Some("2.5 crore"), Some("2.5 करोड़"));
        check(100_000_000_000, Some("10,000 crore"), Some("10,000 करोड़"));
    }

    #[test]
    fn dates_are_written_day_month_year_with_cldr_month_names() {
        // A month name spelt differently from CLDR's (अक्टूबर, precomposed
        // फ़) would differ between pages and break search for the date.
        let check = |(y, m, d): (u16, u8, u8), en: &str, hi: &str| {
            assert_eq!(format_date(y, m, d, En), en);
            assert_eq!(format_date(y, m, d, Hi), hi);
        };
        check((2026, 11, 29), "29 November 2026", "29 नवंबर 2026");
        check((2024, 1, 1), "1 January 2024", "1 जनवरी 2024");
        check((2024, 2, 29), "29 February 2024", "29 फ़रवरी 2024");
        check((2024, 10, 2), "2 October 2024", "2 अक्तूबर 2024");
        check((2024, 12, 31), "31 December 2024", "31 दिसंबर 2024");
        check((2024, 13, 1), "1 13 2024", "1 13 2024");
        check((2024, 0, 1), "1 0 2024", "1 0 2024");
        let checked = Date::parse("2026-09-05").unwrap();
        assert_eq!(format_day(checked, En), "5 September 2026");
        assert_eq!(format_day(checked, Hi), "5 सितंबर 2026");
    }

    #[test]
    fn hindi_nukta_letters_are_in_nfc() {
        // The precomposed फ़ (U+095E) and ड़ (U+095C) look the same but are
        // different bytes, so a page would not match its own content.
        let check = |text: &str, forbidden: char| {
            assert!(!text.contains(forbidden), "{text}");
            assert!(text.contains('\u{093C}'), "{text}");
        };
        check(MONTHS_HI[1], '\u{095E}');
        check(&lakh_words(10_000_000, Hi).unwrap(), '\u{095C}');
    }

    #[test]
    fn plural_categories_follow_cldr() {
        // Hindi says "0 घंटा" like "1 घंटा": treating 0 as plural, as
        // English does, gives the wrong form.
        let check = |locale: Locale, one: &[u64], other: &[u64]| {
            for &n in one {
                assert_eq!(plural_category(n, locale), One, "{n} {locale:?}");
            }
            for &n in other {
                assert_eq!(plural_category(n, locale), Other, "{n} {locale:?}");
            }
        };
        // CLDR's samples: hi one @integer 0, 1; other 2~17, 100, 1000, …
        let big = [100, 1_000, 10_000, 100_000, 1_000_000];
        let hi_other: Vec<u64> = (2..=17).chain(big).collect();
        check(Hi, &[0, 1], &hi_other);
        // en one @integer 1; other 0, 2~16, 100, 1000, …
        let en_other: Vec<u64> = [0].into_iter().chain(2..=16).chain(big).collect();
        check(En, &[1], &en_other);
        assert_eq!(plural(1, En, "step", "steps"), "step");
        assert_eq!(plural(0, En, "step", "steps"), "steps");
        assert_eq!(plural(0, Hi, "घंटा", "घंटे"), "घंटा");
        assert_eq!(plural(2, Hi, "घंटा", "घंटे"), "घंटे");
    }

    #[test]
    fn the_first_of_the_guides_languages_a_browser_lists_is_preferred() {
        assert_eq!(Locale::preferred(["hi-IN", "en-GB"]), Some(Locale::Hi));
        assert_eq!(Locale::preferred(["fr", "en-US", "hi"]), Some(Locale::En));
        assert_eq!(Locale::preferred(["HI"]), Some(Locale::Hi));
        assert_eq!(Locale::preferred(["mr-IN", "hi_IN"]), Some(Locale::Hi));
        assert_eq!(Locale::preferred(["fr", "de"]), None);
        assert_eq!(Locale::preferred([]), None);
    }
}
