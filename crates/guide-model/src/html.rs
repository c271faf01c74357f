//! Escaping text for HTML, XML and inline JSON. Everything the build-time
//! renderer writes around the components (head tags, structured data, the
//! sitemap) goes through here, so content can never leave its place.

/// Escapes text for an HTML element's content (`<title>`) or a double-quoted
/// attribute value: `&`, `<`, `>`, `"` and `'` become character references.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON to put inside `<script type="application/ld+json">`: `<`, `>` and `&`
/// are written as `\u003c` and so on (the same string to a JSON reader), so
/// no `</script>` or `<!--` can ever appear in the element.
pub fn script_json(value: &serde_json::Value) -> String {
    let json = serde_json::to_string(value).unwrap_or_else(|_| "null".into());
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_stays_text() {
        let check = |input: &str, expected: &str| assert_eq!(escape(input), expected, "{input}");
        check("Backend Guide", "Backend Guide");
        check(
            "</title><script>x</script>",
            "&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;",
        );
        check(
            "a \"quote\" & 'single'",
            "a &quot;quote&quot; &amp; &#39;single&#39;",
        );
        check("-->", "--&gt;");
    }

    #[test]
    fn inline_json_cannot_close_its_script() {
        let value = serde_json::json!({ "name": "</script><script>alert(1)</script> <!-- & -->" });
        let json = script_json(&value);
        assert!(
            !json.contains('<') && !json.contains('>') && !json.contains('&'),
            "{json}"
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back, value);
    }
}
