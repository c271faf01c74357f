//! The rules `careers.json` must follow beyond its shape.

use std::collections::HashMap;

use super::{Careers, Salary};
use crate::validate::{field, index, non_blank, non_empty, unique_ids, Invalid, Validate};

impl Validate for Careers {
    fn validate(&self) -> Result<(), Invalid> {
        non_empty("sources", &self.sources)?;
        unique_ids("sources", &self.sources, |s| &s.id)?;
        for (i, source) in self.sources.iter().enumerate() {
            let path = index("sources", i);
            non_blank(field(&path, "name"), &source.name)?;
            non_blank(field(&path, "publisher"), &source.publisher)?;
            non_blank(field(&path, "detail"), &source.detail)?;
        }
        for (list, items) in [("regions", &self.regions), ("roles", &self.roles)] {
            non_empty(list, items)?;
            unique_ids(list, items.iter(), |n| &n.id)?;
            for (i, item) in items.iter().enumerate() {
                non_blank(field(&index(list, i), "name"), &item.name)?;
            }
        }
        non_empty("salaries", &self.salaries)?;
        let mut seen = HashMap::new();
        for (i, salary) in self.salaries.iter().enumerate() {
            let path = index("salaries", i);
            self.check_salary(&path, salary)?;
            let key = (
                &salary.source,
                &salary.region,
                &salary.role,
                &salary.experience,
            );
            if let Some(first) = seen.insert(key, i) {
                return Err(Invalid::new(
                    path,
                    format!(
                        "the same figure (source, region, role and experience) as salaries[{first}]"
                    ),
                ));
            }
        }
        self.check_jobs()?;
        non_empty("groups", &self.groups)?;
        unique_ids("groups", &self.groups, |g| &g.id)?;
        for (i, group) in self.groups.iter().enumerate() {
            let path = index("groups", i);
            non_blank(field(&path, "name"), &group.name)?;
            non_blank(field(&path, "description"), &group.description)?;
        }
        non_empty("responsibilities", &self.responsibilities)?;
        unique_ids("responsibilities", &self.responsibilities, |r| &r.id)?;
        for (i, item) in self.responsibilities.iter().enumerate() {
            let path = index("responsibilities", i);
            non_blank(field(&path, "title"), &item.title)?;
            non_blank(field(&path, "text"), &item.text)?;
            known(
                field(&path, "group"),
                "group",
                &item.group,
                &self.groups,
                |g| &g.id,
            )?;
        }
        let pay = &self.pay_factors;
        non_blank("pay_factors.heading", &pay.heading)?;
        non_blank("pay_factors.intro", &pay.intro)?;
        non_empty("pay_factors.items", &pay.items)?;
        for (i, item) in pay.items.iter().enumerate() {
            let path = index("pay_factors.items", i);
            non_blank(field(&path, "title"), &item.title)?;
            non_blank(field(&path, "text"), &item.text)?;
        }
        Ok(())
    }
}

impl Careers {
    fn check_salary(&self, path: &str, salary: &Salary) -> Result<(), Invalid> {
        let source = known(
            field(path, "source"),
            "source",
            &salary.source,
            &self.sources,
            |s| &s.id,
        )?;
        // Captions state the source's year and statistic, so a figure must agree with them.
        if salary.year != source.year {
            return Err(Invalid::new(
                field(path, "year"),
                format!(
                    "{} does not match the year of source {:?} ({})",
                    salary.year, source.id, source.year
                ),
            ));
        }
        if salary.statistic != source.statistic {
            return Err(Invalid::new(
                field(path, "statistic"),
                format!(
                    "{} does not match the statistic of source {:?} ({})",
                    salary.statistic.key(),
                    source.id,
                    source.statistic.key()
                ),
            ));
        }
        known(
            field(path, "region"),
            "region",
            &salary.region,
            &self.regions,
            |r| &r.id,
        )?;
        known(
            field(path, "role"),
            "role",
            &salary.role,
            &self.roles,
            |r| &r.id,
        )?;
        if let Some(experience) = &salary.experience {
            non_blank(field(path, "experience"), experience)?;
        }
        for (name, number) in [
            ("value", salary.value),
            ("low", salary.low),
            ("high", salary.high),
        ] {
            if let Some(number) = number.filter(|n| *n < 0.0) {
                return Err(Invalid::new(
                    field(path, name),
                    format!("must not be negative ({number})"),
                ));
            }
        }
        match (salary.value, salary.low, salary.high) {
            (Some(_), None, None) => {}
            (Some(_), _, _) => {
                return Err(Invalid::new(
                    field(path, "value"),
                    "give either a value or a low and high range, not both",
                ))
            }
            (None, Some(low), Some(high)) if low > high => {
                return Err(Invalid::new(
                    field(path, "low"),
                    format!("the range's low ({low}) is above its high ({high})"),
                ))
            }
            (None, Some(_), Some(_)) => {}
            (None, None, None) => {
                return Err(Invalid::new(
                    field(path, "value"),
                    "needs a value, or a low and high range",
                ))
            }
            (None, low, _) => {
                let missing = if low.is_none() { "low" } else { "high" };
                return Err(Invalid::new(
                    field(path, missing),
                    "a range needs both low and high",
                ));
            }
        }
        if salary.n == Some(0) {
            return Err(Invalid::new(field(path, "n"), "must be more than 0"));
        }
        Ok(())
    }

    fn check_jobs(&self) -> Result<(), Invalid> {
        let jobs = &self.jobs;
        let source = known("jobs.source", "source", &jobs.source, &self.sources, |s| {
            &s.id
        })?;
        if jobs.year != source.year {
            return Err(Invalid::new(
                "jobs.year",
                format!(
                    "{} does not match the year of source {:?} ({})",
                    jobs.year, source.id, source.year
                ),
            ));
        }
        non_empty("jobs.listings", &jobs.listings)?;
        for (i, listing) in jobs.listings.iter().enumerate() {
            let path = index("jobs.listings", i);
            non_blank(field(&path, "portal"), &listing.portal)?;
            non_blank(field(&path, "region"), &listing.region)?;
            if let Some(note) = &listing.note {
                non_blank(field(&path, "note"), note)?;
            }
        }
        Ok(())
    }
}

/// Finds the item a reference points at, or names the dangling id.
fn known<'a, T>(
    path: impl Into<String>,
    kind: &str,
    id: &str,
    items: &'a [T],
    id_of: impl Fn(&T) -> &str,
) -> Result<&'a T, Invalid> {
    items
        .iter()
        .find(|item| id_of(item) == id)
        .ok_or_else(|| Invalid::new(path, format!("unknown {kind} id {id:?}")))
}

#[cfg(test)]
mod tests {
    use crate::content::{decode, ContentFile};

    use super::*;
    use crate::money::Precision;

    fn fixture() -> serde_json::Value {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/careers.json");
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    /// Applies `edit` to the fixture and checks the load error it causes.
    fn check(edit: impl FnOnce(&mut serde_json::Value), expected: &str) {
        let mut json = fixture();
        edit(&mut json);
        let got = match decode::<Careers>(Careers::FILE, &json.to_string()) {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        };
        assert!(
            got.starts_with(expected),
            "expected {expected:?}\n     got {got:?}"
        );
    }

    #[test]
    fn the_fixture_is_valid() {
        check(|_| {}, "ok");
    }

    #[test]
    fn figures_without_provenance_are_rejected() {
        // A number without its source, year or statistic cannot be shown honestly.
        for name in ["source", "year", "statistic"] {
            check(
                |j| {
                    j["salaries"][3].as_object_mut().unwrap().remove(name);
                },
                &format!("careers.json: salaries[3]: missing field `{name}`"),
            );
        }
        check(
            |j| j["salaries"][3]["source"] = "source-c".into(),
            "careers.json: salaries[3].source: unknown source id \"source-c\"",
        );
        check(
            |j| j["salaries"][3]["year"] = 2023.into(),
            "careers.json: salaries[3].year: 2023 does not match the year of source \"source-a\" (2024)",
        );
        check(
            |j| j["salaries"][4]["statistic"] = "average".into(),
            "careers.json: salaries[4].statistic: average does not match the statistic of source \"source-b\" (median)",
        );
        check(
            |j| j["salaries"][0]["statistic"] = "mode".into(),
            "careers.json: salaries[0].statistic: unknown variant `mode`",
        );
    }

    #[test]
    fn impossible_numbers_are_rejected() {
        check(
            |j| j["salaries"][0]["value"] = (-5).into(),
            "careers.json: salaries[0].value: must not be negative (-5)",
        );
        check(
            |j| j["salaries"][2]["low"] = 120_000.into(),
            "careers.json: salaries[2].low: the range's low (120000) is above its high (100000)",
        );
        check(
            |j| j["salaries"][2]["value"] = 90_000.into(),
            "careers.json: salaries[2].value: give either a value or a low and high range, not both",
        );
        check(
            |j| j["salaries"][2]["high"] = serde_json::Value::Null,
            "careers.json: salaries[2].high: a range needs both low and high",
        );
        check(
            |j| j["salaries"][0]["value"] = serde_json::Value::Null,
            "careers.json: salaries[0].value: needs a value, or a low and high range",
        );
        check(
            |j| j["salaries"][4]["n"] = 0.into(),
            "careers.json: salaries[4].n: must be more than 0",
        );
        check(
            |j| j["salaries"][4]["n"] = (-3).into(),
            "careers.json: salaries[4].n: invalid value: integer `-3`, expected u64",
        );
        check(
            |j| j["salaries"][0]["currency"] = "EUR".into(),
            "careers.json: salaries[0].currency: unknown variant `EUR`, expected `USD` or `INR`",
        );
    }

    #[test]
    fn dangling_and_duplicate_ids_are_rejected() {
        check(
            |j| j["salaries"][1]["region"] = "uk".into(),
            "careers.json: salaries[1].region: unknown region id \"uk\"",
        );
        check(
            |j| j["salaries"][1]["role"] = "devops".into(),
            "careers.json: salaries[1].role: unknown role id \"devops\"",
        );
        check(
            |j| j["responsibilities"][5]["group"] = "play".into(),
            "careers.json: responsibilities[5].group: unknown group id \"play\"",
        );
        check(
            |j| j["jobs"]["source"] = "nowhere".into(),
            "careers.json: jobs.source: unknown source id \"nowhere\"",
        );
        check(
            |j| j["responsibilities"][4]["id"] = "security".into(),
            "careers.json: responsibilities[5].id: duplicate id \"security\"",
        );
        check(
            |j| j["regions"][1]["id"] = "us".into(),
            "careers.json: regions[1].id: duplicate id \"us\"",
        );
        check(
            |j| j["salaries"][1]["role"] = "backend".into(),
            "careers.json: salaries[1]: the same figure (source, region, role and experience) as salaries[0]",
        );
    }

    #[test]
    fn blank_text_and_unknown_fields_are_rejected() {
        check(
            |j| j["groups"][2]["name"] = " ".into(),
            "careers.json: groups[2].name: must not be empty",
        );
        check(
            |j| j["jobs"]["listings"][1]["portal"] = "".into(),
            "careers.json: jobs.listings[1].portal: must not be empty",
        );
        check(
            |j| j["salaries"][2]["experience"] = "".into(),
            "careers.json: salaries[2].experience: must not be empty",
        );
        check(
            |j| j["pay_factors"]["items"][0]["text"] = "".into(),
            "careers.json: pay_factors.items[0].text: must not be empty",
        );
        check(
            |j| j["salaries"][0]["currancy"] = "USD".into(),
            "careers.json: salaries[0].currancy: unknown field `currancy`",
        );
    }

    #[test]
    fn precision_is_judged_per_source() {
        // Source B's round US medians ($170,000) are still shown exactly,
        // because the same source publishes $67,227.
        let careers: Careers = decode(Careers::FILE, &fixture().to_string()).unwrap();
        assert_eq!(careers.precision("source-a"), Precision::Thousands);
        assert_eq!(careers.precision("source-b"), Precision::Exact);
    }
}
