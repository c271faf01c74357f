//! The rules `careers.json` must follow beyond its shape.

use std::collections::HashMap;

use super::{Careers, CareersWords, PayFactors, Salary, Statistic};
use crate::validate::{field, index, Invalid, Problems, Validate};

impl Validate for Careers {
    fn validate(&self, p: &mut Problems) {
        p.non_empty("sources", &self.sources);
        p.unique_ids("sources", &self.sources, |s| &s.id);
        for (i, source) in self.sources.iter().enumerate() {
            let path = index("sources", i);
            p.non_blank(field(&path, "name"), &source.name);
            p.non_blank(field(&path, "publisher"), &source.publisher);
            p.non_blank(field(&path, "when"), &source.when);
            p.non_blank(field(&path, "detail"), &source.detail);
        }
        p.non_empty("regions", &self.regions);
        p.unique_ids("regions", &self.regions, |r| &r.id);
        for (i, region) in self.regions.iter().enumerate() {
            p.non_blank(field(&index("regions", i), "name"), &region.name);
        }
        p.non_empty("roles", &self.roles);
        p.unique_ids("roles", &self.roles, |r| &r.id);
        for (i, role) in self.roles.iter().enumerate() {
            p.non_blank(field(&index("roles", i), "name"), &role.name);
            p.non_blank(field(&index("roles", i), "definition"), &role.definition);
        }
        p.non_empty("salaries", &self.salaries);
        let mut seen = HashMap::new();
        for (i, salary) in self.salaries.iter().enumerate() {
            let path = index("salaries", i);
            self.check_salary(&path, salary, p);
            let key = (
                &salary.source,
                &salary.region,
                &salary.role,
                &salary.experience,
            );
            if let Some(first) = seen.insert(key, i) {
                p.add(
                    path,
                    format!(
                        "the same figure (source, region, role and experience) as salaries[{first}]"
                    ),
                );
            }
        }
        self.check_jobs(p);
        p.non_empty("groups", &self.groups);
        p.unique_ids("groups", &self.groups, |g| &g.id);
        for (i, group) in self.groups.iter().enumerate() {
            let path = index("groups", i);
            p.non_blank(field(&path, "name"), &group.name);
            p.non_blank(field(&path, "description"), &group.description);
        }
        p.non_empty("responsibilities", &self.responsibilities);
        p.unique_ids("responsibilities", &self.responsibilities, |r| &r.id);
        for (i, item) in self.responsibilities.iter().enumerate() {
            let path = index("responsibilities", i);
            p.non_blank(field(&path, "title"), &item.title);
            p.non_blank(field(&path, "text"), &item.text);
            p.found(known(
                field(&path, "group"),
                "group",
                &item.group,
                &self.groups,
                |g| &g.id,
            ));
        }
        points("pay_factors", &self.pay_factors, p);
        self.page.validate_at("page", p);
    }
}

/// A heading, an intro and at least one titled point.
fn points(path: &str, list: &PayFactors, p: &mut Problems) {
    p.non_blank(field(path, "heading"), &list.heading);
    p.non_blank(field(path, "intro"), &list.intro);
    let items = field(path, "items");
    p.non_empty(items.clone(), &list.items);
    for (i, item) in list.items.iter().enumerate() {
        let at = index(&items, i);
        p.non_blank(field(&at, "title"), &item.title);
        p.non_blank(field(&at, "text"), &item.text);
    }
}

impl CareersWords {
    fn validate_at(&self, path: &str, p: &mut Problems) {
        let at = |name: &str| field(path, name);
        let pay = &self.pay;
        p.non_blank(at("pay.heading"), &pay.heading);
        p.non_blank(at("pay.intro"), &pay.intro);
        p.non_blank(at("pay.status_all"), &pay.status_all);
        p.template(at("pay.status_region"), &pay.status_region, &["region"]);
        p.template(at("pay.empty"), &pay.empty, &["source", "region"]);
        p.non_blank(at("pay.any_region"), &pay.any_region);
        p.non_blank(at("pay.lpa_note.term"), &pay.lpa_note.term);
        p.non_blank(at("pay.lpa_note.meaning"), &pay.lpa_note.meaning);
        p.non_blank(at("pay.lpa_note.text"), &pay.lpa_note.text);
        p.non_blank(at("pay.roles_heading"), &pay.roles_heading);
        points(&at("sources_explainer"), &self.sources_explainer, p);
        p.non_blank(at("jobs.heading"), &self.jobs.heading);
        p.non_blank(at("jobs.intro"), &self.jobs.intro);
        p.non_blank(at("duties.heading"), &self.duties.heading);
        p.non_blank(at("duties.intro"), &self.duties.intro);
        p.template(at("duties.tally"), &self.duties.tally, &["mine", "total"]);
        let c = &self.charts;
        let charts = at("charts");
        let at = |name: &str| field(&charts, name);
        for (name, text) in [
            ("statistics.average", &c.statistics.average),
            ("statistics.median", &c.statistics.median),
            ("statistics.range", &c.statistics.range),
            ("n_note", &c.n_note),
            ("range_note", &c.range_note),
            ("salary_columns.role", &c.salary_columns.role),
            ("salary_columns.region", &c.salary_columns.region),
            ("salary_columns.experience", &c.salary_columns.experience),
            ("salary_columns.n", &c.salary_columns.n),
            ("all_levels", &c.all_levels),
            ("not_given", &c.not_given),
            ("jobs_columns.portal", &c.jobs_columns.portal),
            ("jobs_columns.region", &c.jobs_columns.region),
            ("jobs_columns.count", &c.jobs_columns.count),
            ("jobs_columns.note", &c.jobs_columns.note),
        ] {
            p.non_blank(at(name), text);
        }
        p.template(
            at("salary_title.average"),
            &c.salary_title.average,
            &["currency"],
        );
        p.template(
            at("salary_title.median"),
            &c.salary_title.median,
            &["currency"],
        );
        p.template(
            at("salary_caption"),
            &c.salary_caption,
            &["source", "publisher", "when", "statistic", "currency"],
        );
        p.template(
            at("salary_columns.pay"),
            &c.salary_columns.pay,
            &["statistic"],
        );
        p.template(at("jobs_title"), &c.jobs_title, &["when"]);
        p.template(
            at("jobs_caption"),
            &c.jobs_caption,
            &["source", "publisher", "when"],
        );
    }
}

impl Careers {
    fn check_salary(&self, path: &str, salary: &Salary, p: &mut Problems) {
        let source = p.found(known(
            field(path, "source"),
            "source",
            &salary.source,
            &self.sources,
            |s| &s.id,
        ));
        // Captions state the source's date and statistic, so a figure must agree with them.
        if let Some(source) = source {
            if salary.year != source.year {
                p.add(
                    field(path, "year"),
                    format!(
                        "{} does not match the year of source {:?} ({})",
                        salary.year, source.id, source.year
                    ),
                );
            }
            if source.statistic.is_none() {
                p.add(
                    field(path, "source"),
                    format!(
                        "source {:?} gives no pay statistic, so it cannot have pay figures",
                        source.id
                    ),
                );
            }
        }
        p.found(known(
            field(path, "region"),
            "region",
            &salary.region,
            &self.regions,
            |r| &r.id,
        ));
        p.found(known(
            field(path, "role"),
            "role",
            &salary.role,
            &self.roles,
            |r| &r.id,
        ));
        if let Some(experience) = &salary.experience {
            p.non_blank(field(path, "experience"), experience);
        }
        for (name, number) in [
            ("value", salary.value),
            ("low", salary.low),
            ("high", salary.high),
        ] {
            if let Some(number) = number.filter(|n| *n < 0.0) {
                p.add(
                    field(path, name),
                    format!("must not be negative ({number})"),
                );
            }
        }
        match (salary.value, salary.low, salary.high) {
            (Some(_), None, None) => match source.and_then(|s| Some((s, s.statistic?))) {
                _ if salary.statistic == Statistic::Range => p.add(
                    field(path, "statistic"),
                    "a single value cannot be a \"range\": give low and high instead",
                ),
                Some((source, expected)) if salary.statistic != expected.figure() => p.add(
                    field(path, "statistic"),
                    format!(
                        "{} does not match the statistic of source {:?} ({})",
                        salary.statistic.key(),
                        source.id,
                        expected.figure().key()
                    ),
                ),
                _ => {}
            },
            (Some(_), _, _) => p.add(
                field(path, "value"),
                "give either a value or a low and high range, not both",
            ),
            (None, Some(low), Some(high)) => {
                if low > high {
                    p.add(
                        field(path, "low"),
                        format!("the range's low ({low}) is above its high ({high})"),
                    );
                }
                // A low–high figure is what the source reported, not an average of it.
                if salary.statistic != Statistic::Range {
                    p.add(
                        field(path, "statistic"),
                        format!(
                            "a figure with low and high is a reported range: use \"range\", not {:?}",
                            salary.statistic.key()
                        ),
                    );
                }
            }
            (None, None, None) => p.add(
                field(path, "value"),
                "needs a value, or a low and high range",
            ),
            (None, low, _) => {
                let missing = if low.is_none() { "low" } else { "high" };
                p.add(field(path, missing), "a range needs both low and high");
            }
        }
        if salary.n == Some(0) {
            p.add(field(path, "n"), "must be more than 0");
        }
    }

    fn check_jobs(&self, p: &mut Problems) {
        let jobs = &self.jobs;
        let source = p.found(known(
            "jobs.source",
            "source",
            &jobs.source,
            &self.sources,
            |s| &s.id,
        ));
        if let Some(source) = source {
            if jobs.year != source.year {
                p.add(
                    "jobs.year",
                    format!(
                        "{} does not match the year of source {:?} ({})",
                        jobs.year, source.id, source.year
                    ),
                );
            }
            // Listing counts are not pay: crediting them to a pay source was the old mistake.
            if source.statistic.is_some() {
                p.add(
                    "jobs.source",
                    format!(
                        "source {:?} is a pay source (it has a statistic); job counts need a source of their own",
                        source.id
                    ),
                );
            }
        }
        p.non_empty("jobs.listings", &jobs.listings);
        for (i, listing) in jobs.listings.iter().enumerate() {
            let path = index("jobs.listings", i);
            p.non_blank(field(&path, "portal"), &listing.portal);
            p.non_blank(field(&path, "region"), &listing.region);
            if let Some(note) = &listing.note {
                p.non_blank(field(&path, "note"), note);
            }
        }
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
    use crate::content_file::{decode, ContentFile};

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
    fn a_range_is_labelled_as_a_range_and_a_value_by_its_source() {
        // Issue 15: "$87K–$100K average" was a reported range labelled as an average.
        check(
            |j| j["salaries"][2]["statistic"] = "average".into(),
            "careers.json: salaries[2].statistic: a figure with low and high is a reported range: use \"range\", not \"average\"",
        );
        check(
            |j| j["salaries"][0]["statistic"] = "range".into(),
            "careers.json: salaries[0].statistic: a single value cannot be a \"range\": give low and high instead",
        );
        check(
            |j| j["sources"][1]["statistic"] = "range".into(),
            "careers.json: sources[1].statistic: unknown variant `range`, expected `average` or `median`",
        );
        // A source of counts has no pay statistic, and cannot carry pay figures.
        check(
            |j| j["salaries"][0]["source"] = "job-portals".into(),
            "careers.json: salaries[0].source: source \"job-portals\" gives no pay statistic, so it cannot have pay figures",
        );
        check(
            |j| j["jobs"]["source"] = "source-a".into(),
            "careers.json: jobs.source: source \"source-a\" is a pay source (it has a statistic); job counts need a source of their own",
        );
        check(
            |j| j["sources"][0]["when"] = " ".into(),
            "careers.json: sources[0].when: must not be empty",
        );
        check(
            |j| j["page"]["charts"]["salary_caption"] = "Source: {source}; Year: {year}.".into(),
            "careers.json: page.charts.salary_caption: unknown placeholder {year}",
        );
    }

    #[test]
    fn every_role_is_defined() {
        // "Full-stack developer" appeared in the charts without ever being defined.
        check(
            |j| {
                j["roles"][2].as_object_mut().unwrap().remove("definition");
            },
            "careers.json: roles[2]: missing field `definition`",
        );
        check(
            |j| j["roles"][2]["definition"] = "".into(),
            "careers.json: roles[2].definition: must not be empty",
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
