//! The rules a translation follows: a Hindi content file
//! (`public/content/hi/<file>.json`) is its English original
//! (`public/content/<file>.json`) with the prose translated and nothing else
//! changed.
//!
//! The files are compared as JSON trees, not as decoded types, so one walk
//! covers every file and a rule is a line of data ([`FIXED`], [`UNCOMPARED`])
//! rather than code per field. What each file must contain on its own is
//! still `content::check_files`'s job; this module only compares the two.

use std::collections::BTreeSet;
use std::fmt;

use serde::Deserialize;
use serde_json::Value;

use crate::locale::Locale;
use crate::template::placeholders;
use crate::validate::{field, index};

/// Keys whose string values are identifiers or facts, so a translation
/// keeps them byte for byte.
///
/// An entry is a key name (`id`: every key so named) or a key under its
/// parents (`salaries[].region`: only that one, because `listings[].region`
/// is free text and `salary_columns.region` a column header). It is matched
/// against the end of a value's path with its indices written `[]`, and a
/// string in an array counts as its array's (`steps[].skills` covers
/// `steps[2].skills[0]`). Numbers, booleans and nulls need no entry: a
/// translation keeps every one of them (so `year`, `count`, `hours` and the
/// salary figures are covered already).
pub const FIXED: &[&str] = &[
    // Ids, used in URLs, anchors and storage keys: skills, categories,
    // sections, steps, aspects, flow steps, regions, roles, sources, groups.
    "id",
    // The day the facts were checked.
    "checked",
    // References to ids in the same file or another one.
    "skills[].category",
    "skills[].related",
    "steps[].skills",
    "salaries[].source",
    "salaries[].region",
    "salaries[].role",
    "jobs.source",
    "responsibilities[].group",
    // Enum values, which the model decodes by their English spelling.
    "nav[].section",
    "flow.steps[].side",
    "steps[].done_when",
    "sources[].statistic",
    "salaries[].statistic",
    "salaries[].currency",
    "listings[].qualifier",
    // Citations a reader looks up as published: the sources' names (an
    // article's title, a survey's) and the job portals counted.
    "listings[].portal",
    // Links. None of the files has one yet; any it gains stays as it is.
    "url",
    "href",
];

/// Keys whose values are not compared at all, matched as in [`FIXED`]:
/// `$schema` is a path relative to its file, and the Hindi files sit one
/// folder deeper (`../schema/skills.schema.json`); a skill's search aliases
/// are each language's own list.
pub const UNCOMPARED: &[&str] = &["$schema", "skills[].aliases"];

/// `hi/kept-terms.json`: whole strings that read the same in both languages
/// (`PHP`, `Python`), so a Hindi string equal to its English one is not an
/// oversight.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptTerms {
    pub kept: Vec<String>,
}

impl KeptTerms {
    /// Its path, relative to `public/content/`.
    pub const FILE: &'static str = "hi/kept-terms.json";
}

/// One way a translation differs from its original where it must not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParityProblem {
    /// The English file, as named in `public/content/`: `skills.json`.
    pub en_file: String,
    /// Its translation: `hi/skills.json`.
    pub hi_file: String,
    /// The file the problem is in: Hindi, except when the English file is
    /// not JSON.
    pub side: Locale,
    /// The JSON path, as `validate` writes it (`skills[3].id`); empty when
    /// the problem is the whole file.
    pub path: String,
    pub message: String,
}

/// One line, the faulty file first: `hi/skills.json (vs skills.json): skills[3].id: …`.
impl fmt::Display for ParityProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (file, other) = match self.side {
            Locale::En => (&self.en_file, &self.hi_file),
            Locale::Hi => (&self.hi_file, &self.en_file),
        };
        write!(f, "{file} (vs {other}): ")?;
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

/// Compares every English file with its Hindi translation and returns every
/// difference the rules forbid, all at once: per file in the order given
/// (English files first, then Hindi files without an original), and within
/// a file depth first, an object's keys in `serde_json::Map`'s order
/// (alphabetical, unless a build enables its `preserve_order`).
///
/// `en` and `hi` are each locale's files as (name, raw JSON text). Names are
/// relative to the locale's folder (`skills.json` on both sides; a Hindi
/// name may also carry its `hi/` prefix). The file set is the names given:
/// the caller reads `content::FILES` from both folders and passes what it
/// finds, so a file on one side only is reported as missing on the other.
/// `kept` is [`KeptTerms::kept`].
pub fn check_parity(
    en: &[(&str, &str)],
    hi: &[(&str, &str)],
    kept: &[String],
) -> Vec<ParityProblem> {
    let prefix = Locale::Hi.path_prefix();
    let hi: Vec<(&str, &str)> = hi
        .iter()
        .map(|&(name, text)| (name.strip_prefix(prefix).unwrap_or(name), text))
        .collect();
    let mut problems = Vec::new();
    for &(name, en_text) in en {
        let mut walk = Walk::new(name, kept, &mut problems);
        match hi.iter().find(|(n, _)| *n == name) {
            Some((_, hi_text)) => walk.files(en_text, hi_text),
            None => walk.whole_file(
                Locale::Hi,
                "missing; every English content file needs its Hindi translation",
            ),
        }
    }
    for (name, _) in &hi {
        if !en.iter().any(|(n, _)| n == name) {
            Walk::new(name, kept, &mut problems).whole_file(
                Locale::Hi,
                "has no English original: a Hindi file translates the English file of its name",
            );
        }
    }
    problems
}

/// The comparison of one pair of files, adding to the shared list.
struct Walk<'a> {
    en_file: &'a str,
    hi_file: String,
    kept: &'a [String],
    problems: &'a mut Vec<ParityProblem>,
}

/// What a string value is, by its key.
enum Rule {
    Uncompared,
    Fixed,
    Prose,
}

impl<'a> Walk<'a> {
    fn new(en_file: &'a str, kept: &'a [String], problems: &'a mut Vec<ParityProblem>) -> Self {
        Walk {
            en_file,
            hi_file: format!("{}{en_file}", Locale::Hi.path_prefix()),
            kept,
            problems,
        }
    }

    fn add(&mut self, side: Locale, path: &str, message: String) {
        self.problems.push(ParityProblem {
            en_file: self.en_file.to_string(),
            hi_file: self.hi_file.clone(),
            side,
            path: path.to_string(),
            message,
        });
    }

    fn whole_file(&mut self, side: Locale, message: &str) {
        self.add(side, "", message.to_string());
    }

    /// Both texts parsed, then their trees compared; a text that is not
    /// JSON is reported on its own side, and the other still parsed.
    fn files(&mut self, en_text: &str, hi_text: &str) {
        let mut parse = |side: Locale, text: &str| match serde_json::from_str::<Value>(text) {
            Ok(value) => Some(value),
            Err(error) => {
                self.add(side, "", format!("is not JSON: {error}"));
                None
            }
        };
        let en = parse(Locale::En, en_text);
        let hi = parse(Locale::Hi, hi_text);
        if let (Some(en), Some(hi)) = (en, hi) {
            self.value("", "", &en, &hi);
        }
    }

    /// Compares one value. `path` is its JSON path (`steps[2].skills[0]`),
    /// `shape` the same with indices left out (`steps[].skills[]`), which
    /// is what the rules name.
    fn value(&mut self, path: &str, shape: &str, en: &Value, hi: &Value) {
        match (en, hi) {
            (Value::Object(en), Value::Object(hi)) => {
                // An uncompared key may be on one side only, with any value.
                let compared =
                    |key: &&String| !matches!(rule(&field(shape, key)), Rule::Uncompared);
                for (key, en_value) in en.iter().filter(|(key, _)| compared(key)) {
                    let at = field(path, key);
                    match hi.get(key) {
                        Some(hi_value) => self.value(&at, &field(shape, key), en_value, hi_value),
                        None => self.add(Locale::Hi, &at, "missing; the English has it".into()),
                    }
                }
                for key in hi
                    .keys()
                    .filter(compared)
                    .filter(|key| !en.contains_key(*key))
                {
                    self.add(Locale::Hi, &field(path, key), "not in the English".into());
                }
            }
            (Value::Array(en), Value::Array(hi)) => {
                if en.len() != hi.len() {
                    // Out of step, entry by entry comparisons would list every
                    // later entry as changed; the count is the one problem.
                    let message = format!(
                        "has {} {}; the English has {}",
                        hi.len(),
                        if hi.len() == 1 { "entry" } else { "entries" },
                        en.len()
                    );
                    self.add(Locale::Hi, path, message);
                    return;
                }
                let shape = format!("{shape}[]");
                for (i, (en, hi)) in en.iter().zip(hi).enumerate() {
                    self.value(&index(path, i), &shape, en, hi);
                }
            }
            (Value::String(en), Value::String(hi)) => self.string(path, shape, en, hi),
            (en, hi) if kind(en) == kind(hi) => {
                if en != hi {
                    let message =
                        format!("is {hi}; the English has {en}, and a translation keeps figures");
                    self.add(Locale::Hi, path, message);
                }
            }
            (en, hi) => {
                let message = format!("is {}; the English has {} here", kind(hi), kind(en));
                self.add(Locale::Hi, path, message);
            }
        }
    }

    fn string(&mut self, path: &str, shape: &str, en: &str, hi: &str) {
        match rule(shape) {
            Rule::Uncompared => {}
            Rule::Fixed => {
                if en != hi {
                    let message = format!(
                        "is {}; the English has {}, and ids, references and facts stay as \
                         they are",
                        quote(hi, usize::MAX),
                        quote(en, usize::MAX)
                    );
                    self.add(Locale::Hi, path, message);
                }
            }
            Rule::Prose => {
                let en_names: BTreeSet<String> = placeholders(en).into_iter().collect();
                let hi_names: BTreeSet<String> = placeholders(hi).into_iter().collect();
                for name in en_names.difference(&hi_names) {
                    let message = format!("lost the placeholder {{{name}}} the English has");
                    self.add(Locale::Hi, path, message);
                }
                for name in hi_names.difference(&en_names) {
                    let message =
                        format!("has the placeholder {{{name}}}, which the English has not");
                    self.add(Locale::Hi, path, message);
                }
                let untranslated =
                    en == hi && has_letters(en) && !self.kept.iter().any(|k| k == en);
                if untranslated {
                    let message = format!(
                        "is the same as the English ({}); translate it, or list it in {} if \
                         it reads the same in Hindi",
                        quote(en, 60),
                        KeptTerms::FILE
                    );
                    self.add(Locale::Hi, path, message);
                }
            }
        }
    }
}

/// The rule for a string at `shape` (`skills[].related[]`): the first list
/// with an entry matching its end, the array markers after its key dropped.
fn rule(shape: &str) -> Rule {
    let mut key_path = shape;
    while let Some(rest) = key_path.strip_suffix("[]") {
        key_path = rest;
    }
    let matches = |entry: &&str| {
        key_path
            .strip_suffix(*entry)
            .is_some_and(|head| head.is_empty() || head.ends_with('.'))
    };
    if UNCOMPARED.iter().any(matches) {
        Rule::Uncompared
    } else if FIXED.iter().any(matches) {
        Rule::Fixed
    } else {
        Rule::Prose
    }
}

/// Whether `text` has a letter outside its `{placeholders}`: "—", "2026"
/// and "{low}–{high}" read the same in any language, so they may be copied.
fn has_letters(text: &str) -> bool {
    let mut rest = text;
    loop {
        let (before, after) = match rest.split_once('{') {
            Some((before, after)) => match after.split_once('}') {
                Some((_, after)) => (before, after),
                None => (rest, ""),
            },
            None => (rest, ""),
        };
        if before.chars().any(char::is_alphabetic) {
            return true;
        }
        if after.is_empty() {
            return false;
        }
        rest = after;
    }
}

/// `text` in double quotes for a message, cut after `max` characters with
/// "…". Only quotes, backslashes and control characters are escaped: `{:?}`
/// would also escape Devanagari vowel signs (`\u{947}`), unreadable to the
/// translator the message is for.
fn quote(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max) + 2);
    out.push('"');
    for (i, c) in text.chars().enumerate() {
        if i == max {
            out.truncate(out.trim_end().len());
            out.push('…');
            break;
        }
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.extend(c.escape_default()),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The JSON type of a value, for messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(en: &[(&str, &str)], hi: &[(&str, &str)], kept: &[&str], expected: &[&str]) {
        let kept: Vec<String> = kept.iter().map(|k| k.to_string()).collect();
        let got: Vec<String> = check_parity(en, hi, &kept)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn a_changed_id_is_reported() {
        // A translated id breaks every link, anchor and saved progress that uses it.
        check(
            &[(
                "skills.json",
                r#"{"skills": [{"id": "python", "name": "Python"}]}"#,
            )],
            &[(
                "skills.json",
                r#"{"skills": [{"id": "piton", "name": "पाइथन"}]}"#,
            )],
            &[],
            &[
                "hi/skills.json (vs skills.json): skills[0].id: is \"piton\"; the English has \
               \"python\", and ids, references and facts stay as they are",
            ],
        );
    }

    #[test]
    fn references_and_enum_values_are_fixed_where_the_list_says() {
        // `region` is an id reference in a salary but free text in a job
        // listing; treating both alike would flag or miss one of them.
        let en = r#"{"salaries": [{"region": "in", "currency": "INR"}],
                     "jobs": {"listings": [{"region": "India"}]},
                     "steps": [{"skills": ["php", "python"]}]}"#;
        let hi = r#"{"salaries": [{"region": "भारत", "currency": "INR"}],
                     "jobs": {"listings": [{"region": "भारत"}]},
                     "steps": [{"skills": ["php", "पाइथन"]}]}"#;
        check(
            &[("careers.json", en)],
            &[("careers.json", hi)],
            &[],
            &[
                "hi/careers.json (vs careers.json): salaries[0].region: is \"भारत\"; the \
                 English has \"in\", and ids, references and facts stay as they are",
                "hi/careers.json (vs careers.json): steps[0].skills[1]: is \"पाइथन\"; the \
                 English has \"python\", and ids, references and facts stay as they are",
            ],
        );
    }

    #[test]
    fn a_changed_figure_is_reported() {
        // A translator retyping 87000 as 78000 would publish a salary no source gave.
        check(
            &[(
                "careers.json",
                r#"{"value": 87000, "shared": null, "open": true}"#,
            )],
            &[(
                "careers.json",
                r#"{"value": 78000, "shared": null, "open": true}"#,
            )],
            &[],
            &[
                "hi/careers.json (vs careers.json): value: is 78000; the English has 87000, \
               and a translation keeps figures",
            ],
        );
    }

    #[test]
    fn a_lost_or_added_placeholder_is_reported() {
        // A lost {total} prints an incomplete sentence; an added one prints "{totl}".
        check(
            &[("path.json", r#"{"template": "{done} of {total} steps"}"#)],
            &[("path.json", r#"{"template": "{done} चरण पूरे, {totl} में से"}"#)],
            &[],
            &[
                "hi/path.json (vs path.json): template: lost the placeholder {total} the \
                 English has",
                "hi/path.json (vs path.json): template: has the placeholder {totl}, which \
                 the English has not",
            ],
        );
    }

    #[test]
    fn an_untranslated_text_is_reported() {
        // A sentence copied over untranslated would show English on a Hindi page.
        check(
            &[("site.json", r#"{"tagline": "How the server side works"}"#)],
            &[("site.json", r#"{"tagline": "How the server side works"}"#)],
            &[],
            &[
                "hi/site.json (vs site.json): tagline: is the same as the English (\"How the \
               server side works\"); translate it, or list it in hi/kept-terms.json if it \
               reads the same in Hindi",
            ],
        );
        // A long one is quoted in part, its own quotes escaped.
        let long = r#"{"intro": "Say you tap \"Add to basket\": the browser sends a request to the shop"}"#;
        check(
            &[("comparison.json", long)],
            &[("comparison.json", long)],
            &[],
            &[
                "hi/comparison.json (vs comparison.json): intro: is the same as the English \
                 (\"Say you tap \\\"Add to basket\\\": the browser sends a request to…\"); \
                 translate it, or list it in hi/kept-terms.json if it reads the same in Hindi",
            ],
        );
    }

    #[test]
    fn each_language_lists_its_own_search_aliases() {
        // Lists of any length, on either side only, and copied words too.
        let en = r#"{"skills": [{"id": "sql", "name": "Databases", "aliases": ["डेटाबेस"]},
                                {"id": "git", "name": "Git"}]}"#;
        let hi = r#"{"skills": [{"id": "sql", "name": "डेटाबेस", "aliases": ["database", "db"]},
                                {"id": "git", "name": "Git", "aliases": ["git"]}]}"#;
        check(
            &[("skills.json", en)],
            &[("skills.json", hi)],
            &["Git"],
            &[],
        );
    }

    #[test]
    fn kept_terms_and_texts_without_letters_may_stay() {
        // Names like "PHP", a dash or a year read the same in Hindi; flagging
        // them would bury the real slips.
        let en = r#"{"name": "PHP", "none": "—", "year": "2026", "hours": "{low}–{high}",
                     "$schema": "schema/skills.schema.json"}"#;
        let hi = r#"{"name": "PHP", "none": "—", "year": "2026", "hours": "{low}–{high}",
                     "$schema": "../schema/skills.schema.json"}"#;
        check(
            &[("skills.json", en)],
            &[("skills.json", hi)],
            &["PHP"],
            &[],
        );
        // Only the whole string is kept: "PHP tools" is still prose.
        check(
            &[("skills.json", r#"{"name": "PHP tools"}"#)],
            &[("hi/skills.json", r#"{"name": "PHP tools"}"#)],
            &["PHP"],
            &[
                "hi/skills.json (vs skills.json): name: is the same as the English (\"PHP \
               tools\"); translate it, or list it in hi/kept-terms.json if it reads the same \
               in Hindi",
            ],
        );
    }

    #[test]
    fn a_missing_or_unreadable_file_is_reported() {
        // A missing translation would leave a Hindi page with nothing to show.
        check(
            &[
                ("site.json", "{}"),
                ("skills.json", "{}"),
                ("path.json", "{"),
            ],
            &[
                ("site.json", "{}"),
                ("path.json", "[]"),
                ("extra.json", "{}"),
            ],
            &[],
            &[
                "hi/skills.json (vs skills.json): missing; every English content file needs \
                 its Hindi translation",
                "path.json (vs hi/path.json): is not JSON: EOF while parsing an object at \
                 line 1 column 1",
                "hi/extra.json (vs extra.json): has no English original: a Hindi file \
                 translates the English file of its name",
            ],
        );
    }

    #[test]
    fn the_structure_must_match() {
        // A dropped key or list entry is a skill, step or series the Hindi
        // page would silently lack.
        check(
            &[(
                "comparison.json",
                r#"{"aspects": [{"id": "a"}, {"id": "b"}], "intro": "Two sides", "note": "x y"}"#,
            )],
            &[(
                "comparison.json",
                r#"{"aspects": [{"id": "a"}], "intro": ["दो"], "notes": "क ख"}"#,
            )],
            &[],
            &[
                "hi/comparison.json (vs comparison.json): aspects: has 1 entry; the English \
                 has 2",
                "hi/comparison.json (vs comparison.json): intro: is a list; the English has \
                 a string here",
                "hi/comparison.json (vs comparison.json): note: missing; the English has it",
                "hi/comparison.json (vs comparison.json): notes: not in the English",
            ],
        );
    }

    #[test]
    fn every_problem_is_listed_together() {
        // Stopping at the first problem would send a translator back once per slip.
        check(
            &[
                (
                    "overview.json",
                    r#"{"checked": "2026-11-29", "title": "Backend Guide"}"#,
                ),
                (
                    "site.json",
                    r#"{"name": "Backend Guide", "nav": [{"section": "skills"}]}"#,
                ),
            ],
            &[
                (
                    "overview.json",
                    r#"{"checked": "2026-11-30", "title": "बैकएंड गाइड"}"#,
                ),
                (
                    "site.json",
                    r#"{"name": "Backend Guide", "nav": [{"section": "सूची"}]}"#,
                ),
            ],
            &[],
            &[
                "hi/overview.json (vs overview.json): checked: is \"2026-11-30\"; the English \
                 has \"2026-11-29\", and ids, references and facts stay as they are",
                "hi/site.json (vs site.json): name: is the same as the English (\"Backend \
                 Guide\"); translate it, or list it in hi/kept-terms.json if it reads the same \
                 in Hindi",
                "hi/site.json (vs site.json): nav[0].section: is \"सूची\"; the English has \
                 \"skills\", and ids, references and facts stay as they are",
            ],
        );
    }

    #[test]
    fn kept_terms_file_decodes() {
        // A misspelt top-level key would silently keep nothing.
        let kept: KeptTerms = serde_json::from_str(r#"{"kept": ["PHP", "Python"]}"#).unwrap();
        assert_eq!(kept.kept, ["PHP", "Python"]);
        assert!(serde_json::from_str::<KeptTerms>(r#"{"keep": ["PHP"]}"#).is_err());
    }
}
