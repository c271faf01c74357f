//! The colour theme the reader chose: light, dark, or auto (follow the
//! system's `prefers-color-scheme`).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::Light => "Light",
            Theme::Dark => "Dark",
            Theme::Auto => "Auto (system)",
        }
    }

    /// Strict: anything but the three keys is `None`, so a hostile or stale
    /// value (from storage, a URL or a message) is ignored, never applied.
    pub fn parse(key: &str) -> Option<Theme> {
        match key {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_three_keys_parse() {
        // Theme values arrive from storage, URLs and postMessage; junk must not apply.
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.key()), Some(theme));
        }
        for junk in ["", "Dark", "dark ", "blue", "auto;color:red", "<script>"] {
            assert_eq!(Theme::parse(junk), None, "{junk:?}");
        }
    }
}
