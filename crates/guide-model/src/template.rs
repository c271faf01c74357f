//! Texts with `{name}` placeholders, written in the content files and
//! filled in by the views ("{done} of {total} steps…"). Validation checks
//! that each template uses exactly the placeholders its view fills.

/// The placeholder names in `text`, in order, repeats included.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                names.push(after[..end].to_string());
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    names
}

/// `text` with each `{name}` replaced by its value; unknown names stay as written.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let name = &after[..end];
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[start..start + end + 2]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_by_name() {
        // Values are text, never re-read as templates: "{x}" in a value stays.
        let check = |text: &str, expected: &str| {
            assert_eq!(
                fill(text, &[("done", "3"), ("total", "9"), ("x", "{total}")]),
                expected
            );
        };
        check("{done} of {total} steps", "3 of 9 steps");
        check("{total}{total}", "99");
        check("no placeholders", "no placeholders");
        check("{other} stays", "{other} stays");
        check("{x}", "{total}");
        check("an open { brace", "an open { brace");
        check("", "");
    }

    #[test]
    fn placeholders_are_listed_in_order() {
        assert_eq!(placeholders("{a} and {b}, {a}"), ["a", "b", "a"]);
        assert_eq!(placeholders("none { here"), Vec::<String>::new());
    }
}
