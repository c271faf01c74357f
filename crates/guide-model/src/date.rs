//! Calendar dates as content files write them (`"2026-11-29"`), for the day
//! a file's facts were last checked.

use std::fmt;

use serde::{Deserialize, Deserializer};

/// A day of the Gregorian calendar. Ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Date {
    /// The date, if it exists (`2026-02-30` does not).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap =
            year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1 && (1..=days).contains(&day)).then_some(Date { year, month, day })
    }

    /// Reads the ISO form `YYYY-MM-DD`, exactly: four digits, two, two.
    pub fn parse(text: &str) -> Result<Date, String> {
        let bytes = text.as_bytes();
        let shaped = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shaped {
            return Err(format!("{text:?} is not a date in the form YYYY-MM-DD"));
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<u16>().unwrap_or(0);
        Date::new(number(0..4), number(5..7) as u8, number(8..10) as u8)
            .ok_or_else(|| format!("{text:?} is not a day of the calendar"))
    }

    /// The day `days` after 1970-01-01 (negative: before it), as a clock's
    /// seconds since the Unix epoch divided by 86,400 give it.
    pub fn from_unix_days(days: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: year.clamp(1, 9999) as u16,
            month,
            day,
        }
    }

    /// The date as readers see it: `29 Nov 2026`.
    pub fn long(self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }
}

/// The ISO form, as written in the files: `2026-11-29`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> String {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        use schemars::schema::{InstanceType, SchemaObject, StringValidation};
        SchemaObject {
            instance_type: Some(InstanceType::String.into()),
            format: Some("date".into()),
            string: Some(Box::new(StringValidation {
                pattern: Some("^[0-9]{4}-[0-9]{2}-[0-9]{2}$".into()),
                ..Default::default()
            })),
            ..Default::default()
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_days_in_iso_form_are_dates() {
        // A typo in `checked` must be an error, not a date the footer shows wrongly.
        let check = |text: &str, expected: Result<&str, &str>| {
            let got = Date::parse(text).map(|d| d.long());
            assert_eq!(got.as_deref().map_err(String::as_str), expected, "{text}");
        };
        check("2026-11-29", Ok("29 Nov 2026"));
        check("2024-02-29", Ok("29 Feb 2024"));
        check("2000-02-29", Ok("29 Feb 2000"));
        check(
            "1900-02-29",
            Err("\"1900-02-29\" is not a day of the calendar"),
        );
        check(
            "2026-02-30",
            Err("\"2026-02-30\" is not a day of the calendar"),
        );
        check(
            "2026-13-01",
            Err("\"2026-13-01\" is not a day of the calendar"),
        );
        check(
            "29 Nov 2026",
            Err("\"29 Nov 2026\" is not a date in the form YYYY-MM-DD"),
        );
        check(
            "2026-1-29",
            Err("\"2026-1-29\" is not a date in the form YYYY-MM-DD"),
        );
        check(
            "2026-11-29T00",
            Err("\"2026-11-29T00\" is not a date in the form YYYY-MM-DD"),
        );
        check(
            "+026-11-29",
            Err("\"+026-11-29\" is not a date in the form YYYY-MM-DD"),
        );
    }

    #[test]
    fn days_since_the_epoch_become_calendar_dates() {
        // content-check's "today" comes from the system clock this way.
        let check = |days: i64, expected: &str| {
            assert_eq!(Date::from_unix_days(days).to_string(), expected, "{days}");
        };
        check(0, "1970-01-01");
        check(-1, "1969-12-31");
        check(11_016, "2000-02-29");
        check(20_421, "2025-11-29");
        check(20_786, "2026-11-29");
    }

    #[test]
    fn dates_order_by_time() {
        let d = |s: &str| Date::parse(s).unwrap();
        assert!(d("2026-11-29") < d("2026-11-30"));
        assert!(d("2026-11-30") < d("2027-01-01"));
        assert_eq!(d("2026-01-05").to_string(), "2026-01-05");
    }
}
