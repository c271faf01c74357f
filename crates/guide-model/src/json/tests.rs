use std::collections::BTreeMap;

use serde::Deserialize;

use super::*;

/// Our reading of `text` as any JSON, beside serde_json's: the same value,
/// or the same syntax error at the same line and column.
fn agree(text: &str) {
    let ours = from_str::<serde_json::Value>(text).map_err(|e| e.message);
    let theirs = serde_json::from_str::<serde_json::Value>(text).map_err(|e| e.to_string());
    assert_eq!(ours, theirs, "input: {text:?}");
}

#[test]
fn agrees_with_serde_json() {
    // The content files were read by serde_json before (issue 14): a file
    // it accepted must still be accepted, with the same values, and a
    // broken one rejected with the words and position authors know.
    let good = [
        "null",
        " true ",
        "false",
        "0",
        "-0",
        "12",
        "-12",
        "0.5",
        "-1.25e3",
        "1E2",
        "1e-2",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "1.7976931348623157e308",
        r#""""#,
        r#""plain""#,
        r#""esc \" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00""#,
        r#""é → 😀""#,
        "[]",
        "[ 1 , [2, [3]] ]",
        "{}",
        r#"{"a": [1, {"b": null}], "c": "d", "a": 2}"#,
        "\t\r\n{ \"k\" : \"v\" }\n",
    ];
    let bad = [
        "{",
        "[",
        "[1,]",
        "[1 2]",
        "[1,",
        r#"{"a":1,}"#,
        r#"{"a" 1}"#,
        r#"{"a""#,
        r#"{"a":"#,
        r#"{"a":1"#,
        r#"{"a":1 "b":2}"#,
        "{1:2}",
        "{,}",
        "nul",
        "nulx",
        "tru",
        "x",
        "-",
        "-a",
        "01",
        "-01",
        "1.",
        "1.e5",
        "1e",
        "1e+",
        "1.5e400",
        "-1e400",
        "1 2",
        "{} x",
        r#""\x""#,
        r#""\u12""#,
        r#""\u12g4""#,
        r#""\ud800""#,
        r#""\ud800\u0041""#,
        r#""\udc00""#,
        "\"a\nb\"",
        "\"abc",
        "\"abc\\",
        "[\"a\", \"b\u{1}\"]",
    ];
    for text in good.iter().chain(&bad) {
        agree(text);
    }
    for depth in [127, 128, 129, 1000] {
        agree(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
        agree(&format!(
            "{}1{}",
            r#"{"a":"#.repeat(depth),
            "}".repeat(depth)
        ));
    }
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Doc {
    title: String,
    #[serde(default)]
    sections: Vec<Section>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Section {
    id: String,
    year: Option<u16>,
    kind: Option<Kind>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "lowercase")]
enum Kind {
    Language,
    Tool,
}

/// Our reading of `text` as a `Doc`: `expected`, and what serde_json with
/// serde_path_to_error (the decoder before issue 14) says.
fn check(text: &str, expected: &str) {
    let got = match from_str::<Doc>(text) {
        Ok(doc) => format!("{doc:?}"),
        Err(e) => e.to_string(),
    };
    assert_eq!(got, expected, "input: {text}");
    let mut de = serde_json::Deserializer::from_str(text);
    let before = match serde_path_to_error::deserialize::<_, Doc>(&mut de) {
        Ok(doc) => format!("{doc:?}"),
        Err(e) => {
            let path = e.path().to_string();
            match path.as_str() {
                "." => e.into_inner().to_string(),
                _ => format!("{path}: {}", e.into_inner()),
            }
        }
    };
    assert_eq!(got, before, "input: {text}");
}

#[test]
fn errors_name_the_json_path_and_the_value_s_position() {
    // What an author needs to find the slip without a debugger: the path
    // to the value, its line and column, and serde's words for the problem.
    check(
        r#"{"title":"T","sections":[{"id":"a","year":1991,"kind":"tool"}]}"#,
        r#"Doc { title: "T", sections: [Section { id: "a", year: Some(1991), kind: Some(Tool) }] }"#,
    );
    check(
        r#"{"title":5}"#,
        "title: invalid type: integer `5`, expected a string at line 1 column 10",
    );
    check(
        "{\"title\":\"T\",\n \"sections\":[{\"id\":\"a\"},\n  {\"id\":\"b\",\"year\":\"1991\"}]}",
        "sections[1].year: invalid type: string \"1991\", expected u16 at line 3 column 25",
    );
    check(
        r#"{"title":"T","sections":[{"id":"a","year":-3}]}"#,
        "sections[0].year: invalid value: integer `-3`, expected u16 at line 1 column 44",
    );
    check(
        r#"{"title":"T","sections":[{"id":"a","kind":"blog"}]}"#,
        "sections[0].kind: unknown variant `blog`, expected `language` or `tool` at line 1 column 48",
    );
    check(
        r#"{"title":"T","sections":[{"id":"a","extra":1}]}"#,
        "sections[0].extra: unknown field `extra`, expected one of `id`, `year`, `kind` at line 1 column 42",
    );
    check(
        r#"{"title":"T","sections":[{"year":1}]}"#,
        "sections[0]: missing field `id` at line 1 column 35",
    );
    check(
        r#"{"sections":[]}"#,
        "missing field `title` at line 1 column 15",
    );
    check(
        r#"{"title":"T","title":"U"}"#,
        "duplicate field `title` at line 1 column 20",
    );
    // One message differs from serde_json's by design: a struct is read
    // from an object only, so serde's code for reading one from an array
    // of its fields is not compiled into the wasm.
    assert_eq!(
        from_str::<Doc>(r#"["T", []]"#).unwrap_err().to_string(),
        "invalid type: sequence, expected struct Doc at line 1 column 0"
    );
    check(
        r#"{"title":"T","sections":{"id":"a"}}"#,
        "sections: invalid type: map, expected a sequence at line 1 column 24",
    );
    // Syntax errors carry the path they were found in, like serde_path_to_error's.
    check(
        r#"{"title":"T","sections":[{"id":"a"},{"id":"#,
        "sections[1].id: EOF while parsing a value at line 1 column 42",
    );
    check(
        r#"{"title":"T","sections":[{"id":"a"},{"id"}]}"#,
        "sections[1]: expected `:` at line 1 column 42",
    );
}

#[test]
fn odd_keys_are_quoted_in_paths() {
    // Fuzzing found `{"": 1}` reported with a blank path the author cannot
    // search for: keys that would not read as a path are JSON-quoted.
    let path = |text: &str| {
        from_str::<BTreeMap<String, Vec<u8>>>(text)
            .unwrap_err()
            .path
    };
    assert_eq!(path(r#"{"": [true]}"#), Some(r#"""[0]"#.to_string()));
    assert_eq!(path(r#"{"a.b": [1, -1]}"#), Some(r#""a.b"[1]"#.to_string()));
    assert_eq!(path(r#"{"ok": [1, 2, "x"]}"#), Some("ok[2]".to_string()));
    assert_eq!(path("[]"), None);
}

#[test]
fn quote_escapes_like_serde_json() {
    for s in [
        "",
        "plain",
        "é 😀",
        "a\"b\\c/d",
        "\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}",
    ] {
        assert_eq!(quote(s), serde_json::to_string(s).unwrap(), "{s:?}");
    }
}

#[test]
fn agrees_with_serde_json_on_mangled_files() {
    // Every truncation of a real file, and a few thousand one-byte edits of
    // it (a deterministic xorshift picks where and what): the slips an
    // editor makes by hand.
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/overview.json"
    ))
    .unwrap();
    for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
        agree(&text[..end]);
    }
    let alphabet = b"{}[]:,\"\\ \n-+.0123456789eEnulltruefalsx/\x01";
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed as usize
    };
    for _ in 0..3000 {
        let mut bytes = text.clone().into_bytes();
        let at = next() % bytes.len();
        if !bytes[at].is_ascii() {
            continue;
        }
        bytes[at] = alphabet[next() % alphabet.len()];
        agree(&String::from_utf8(bytes).unwrap());
    }
}

/// serde_json with serde_path_to_error's reading of `text` as `T`, as the
/// guide showed it before issue 14 (less its `?` for a key it could not
/// read, which added nothing).
fn before<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    use serde_path_to_error::Segment as S;
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|e| {
        let segments: Vec<Segment> = e
            .path()
            .iter()
            .filter_map(|s| match s {
                S::Seq { index } => Some(Segment::Index(*index)),
                S::Map { key } | S::Enum { variant: key } => Some(Segment::Key(key.clone())),
                S::Unknown => None,
            })
            .collect();
        match path_string(segments.iter()) {
            None => e.into_inner().to_string(),
            Some(path) => format!("{path}: {}", e.into_inner()),
        }
    })?;
    de.end().map_err(|e| e.to_string())?;
    Ok(value)
}

/// Whether `message` is one of the parser's (a syntax error).
fn is_syntax(message: &str) -> bool {
    let reason = message.rsplit_once(": ").map_or(message, |(_, r)| r);
    [
        "EOF while",
        "expected `",
        "expected value",
        "expected ident",
        "key must be",
        "trailing c",
        "invalid number",
        "number out of",
        "invalid escape",
        "control char",
        "lone leading",
        "unexpected end of hex",
        "recursion limit",
    ]
    .iter()
    .any(|start| reason.starts_with(start))
}

#[test]
fn content_files_read_as_before_when_mangled() {
    // The content types themselves, on one-byte edits of the model's
    // fixtures: the same value or the same message as the decoder before.
    // One difference is by design: serde_json stopped at the first problem
    // as it read, so a type error before a syntax error won there; this
    // decoder reads the whole text first, so the syntax error wins. And
    // serde_json parsed some values by the type it expected, so a broken
    // value could get another syntax error on the same line.
    fn each<T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(file: &str) -> usize {
        let text =
            std::fs::read_to_string(format!("{}/fixtures/{file}", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
        let alphabet = b"{}[]:,\"\\ -.0123456789enulltruefalsx";
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as usize
        };
        let mut compared = 0;
        for _ in 0..1500 {
            let mut bytes = text.clone().into_bytes();
            let at = next() % bytes.len();
            if !bytes[at].is_ascii() {
                continue;
            }
            bytes[at] = alphabet[next() % alphabet.len()];
            let text = String::from_utf8(bytes).unwrap();
            let ours = from_str::<T>(&text).map_err(|e| e.to_string());
            let theirs = before::<T>(&text);
            let line = |m: &str| {
                m.rsplit_once(" at line ")
                    .map(|(_, at)| at.split(' ').next().unwrap().to_string())
            };
            match (&ours, &theirs) {
                (Err(o), Err(t)) if is_syntax(o) && !is_syntax(t) => {}
                // serde_json read an enum's value by its type, so `1x` there
                // was "expected value" at the 1, and "expected `,`" here.
                (Err(o), Err(t))
                    if is_syntax(o) && is_syntax(t) && line(o) == line(t) && o != t => {}
                _ => {
                    assert_eq!(ours, theirs, "{file}: {text}");
                    compared += 1;
                }
            }
        }
        compared
    }
    let compared = each::<crate::Overview>("overview.json")
        + each::<crate::SkillsFile>("skills.json")
        + each::<crate::Careers>("careers.json")
        + each::<crate::Comparison>("comparison.json")
        + each::<crate::Site>("site.json")
        + each::<crate::LearningPath>("path.json");
    assert!(compared > 6 * 1000, "{compared}");
}
