//! The widget builder (`/widget`): what a site owner picked, kept in the
//! page's query (`?show=skill:python&theme=dark&lang=hi&load=click`), so a
//! link or a reload shows the same widget. The snippets come from
//! [`SnippetRequest`], as the Embed dialog's do.

use crate::embed::{LoadMode, SnippetRequest, WidgetItem, HEIGHT_RANGE};
use crate::locale::Locale;
use crate::site::SectionId;
use crate::theme::Theme;
use crate::url::{query_pairs, query_string};

/// The longest name (in characters) the builder puts into a snippet.
pub const MAX_NAME: usize = 200;

/// What a site owner picked. `height` and `name` are kept as typed, so a
/// mistake stays in its field to be corrected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WidgetChoice {
    pub item: WidgetItem,
    pub theme: Theme,
    pub locale: Locale,
    pub load: LoadMode,
    pub height: String,
    pub name: String,
}

/// A height that is not a whole number in [`HEIGHT_RANGE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadHeight;

/// A value in the builder's address that it cannot use: the key and the
/// value as given. The builder shows its default instead, and says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    pub name: &'static str,
    pub value: String,
}

impl WidgetChoice {
    /// The overview, auto theme, lazy, in `locale`, with no height or name.
    pub fn new(locale: Locale) -> Self {
        Self {
            item: WidgetItem::Section(SectionId::Overview),
            theme: Theme::Auto,
            locale,
            load: LoadMode::Lazy,
            height: String::new(),
            name: String::new(),
        }
    }

    /// Reads the builder's query on a page in `locale`. `exists` says
    /// whether a skill or chart is in the content. Every value it cannot use
    /// is listed, and its default kept.
    pub fn from_query(
        search: &str,
        locale: Locale,
        exists: impl Fn(&WidgetItem) -> bool,
    ) -> (Self, Vec<Unknown>) {
        let mut choice = Self::new(locale);
        let mut unknown = Vec::new();
        for (key, value) in query_pairs(search) {
            let used = match key.as_str() {
                "show" => WidgetItem::parse(&value)
                    .filter(|item| matches!(item, WidgetItem::Section(_)) || exists(item))
                    .map(|item| choice.item = item)
                    .ok_or("show"),
                "theme" => Theme::parse(&value)
                    .map(|t| choice.theme = t)
                    .ok_or("theme"),
                "lang" => Locale::parse(&value)
                    .map(|l| choice.locale = l)
                    .ok_or("lang"),
                "load" => LoadMode::parse(&value)
                    .map(|m| choice.load = m)
                    .ok_or("load"),
                "height" => {
                    choice.height = value.clone();
                    Ok(())
                }
                "name" => {
                    choice.name = value.chars().take(MAX_NAME).collect();
                    Ok(())
                }
                _ => Ok(()),
            };
            if let Err(name) = used {
                unknown.push(Unknown { name, value });
            }
        }
        (choice, unknown)
    }

    /// The builder's query for this choice, without the defaults.
    pub fn query(&self) -> String {
        let default = Self::new(self.locale);
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if self.item != default.item {
            pairs.push(("show", self.item.key()));
        }
        if self.theme != default.theme {
            pairs.push(("theme", self.theme.key().into()));
        }
        pairs.push(("lang", self.locale.code().into()));
        if self.load != default.load {
            pairs.push(("load", self.load.key().into()));
        }
        if !self.height.is_empty() {
            pairs.push(("height", self.height.clone()));
        }
        if !self.name.is_empty() {
            pairs.push(("name", self.name.clone()));
        }
        query_string(pairs)
    }

    /// The height to reserve: `Ok(None)` when none is given, `Err` for text
    /// that is not a whole number in [`HEIGHT_RANGE`].
    pub fn height(&self) -> Result<Option<u32>, BadHeight> {
        let text = self.height.trim();
        if text.is_empty() {
            return Ok(None);
        }
        match text.parse::<u32>() {
            Ok(px) if HEIGHT_RANGE.contains(&px) => Ok(Some(px)),
            _ => Err(BadHeight),
        }
    }

    /// The snippets' request, for the guide at `guide_root`. A height that
    /// cannot be used is left out (the builder says why).
    pub fn request<'a>(&'a self, guide_root: &'a str) -> SnippetRequest<'a> {
        let name = self.name.trim();
        SnippetRequest {
            guide_root,
            item: self.item.clone(),
            theme: self.theme,
            locale: self.locale,
            query: "",
            load: self.load,
            height: self.height().ok().flatten(),
            name: (!name.is_empty()).then_some(name),
        }
    }
}

/// The builder's address, relative to the app's base, preset to show
/// `section` in `theme` in `locale` (the Embed dialog's link to it).
pub fn builder_path(section: SectionId, theme: Theme, locale: Locale) -> String {
    let choice = WidgetChoice {
        item: WidgetItem::Section(section),
        theme,
        ..WidgetChoice::new(locale)
    };
    format!("/widget?{}", choice.query())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exists(item: &WidgetItem) -> bool {
        matches!(item, WidgetItem::Skill(id) if id == "python")
            || matches!(item, WidgetItem::Chart(key) if key == "jobs")
    }

    #[test]
    fn the_query_round_trips_every_choice() {
        let choice = WidgetChoice {
            item: WidgetItem::Chart("jobs".into()),
            theme: Theme::Dark,
            locale: Locale::Hi,
            load: LoadMode::Click,
            height: "700".into(),
            name: "Pay & jobs \"today\"".into(),
        };
        let query = choice.query();
        assert_eq!(
            query,
            "show=chart%3Ajobs&theme=dark&lang=hi&load=click&height=700&name=Pay%20%26%20jobs%20%22today%22"
        );
        assert_eq!(
            WidgetChoice::from_query(&query, Locale::En, exists),
            (choice, vec![])
        );
        assert_eq!(
            WidgetChoice::new(Locale::En).query(),
            "lang=en",
            "the defaults stay out, but the language is always said"
        );
    }

    #[test]
    fn values_it_cannot_use_are_named_and_the_defaults_kept() {
        let (choice, unknown) = WidgetChoice::from_query(
            "?show=skill:cobol&theme=blue&lang=xx&load=later&show=chart:%22%3E%3Cscript%3E&other=1",
            Locale::Hi,
            exists,
        );
        assert_eq!(choice, WidgetChoice::new(Locale::Hi));
        let named: Vec<(&str, &str)> = unknown.iter().map(|u| (u.name, u.value.as_str())).collect();
        assert_eq!(
            named,
            [
                ("show", "skill:cobol"),
                ("theme", "blue"),
                ("lang", "xx"),
                ("load", "later"),
                ("show", "chart:\"><script>")
            ]
        );
        let (choice, unknown) =
            WidgetChoice::from_query("show=skill:python&show=careers", Locale::En, exists);
        assert_eq!(choice.item, WidgetItem::Section(SectionId::Careers));
        assert!(unknown.is_empty());
    }

    #[test]
    fn a_height_is_a_whole_number_in_range_or_nothing() {
        let with = |height: &str| WidgetChoice {
            height: height.into(),
            ..WidgetChoice::new(Locale::En)
        };
        assert_eq!(with("").height(), Ok(None));
        assert_eq!(with(" 700 ").height(), Ok(Some(700)));
        assert_eq!(with("50").height(), Ok(Some(50)));
        assert_eq!(with("5000").height(), Ok(Some(5000)));
        for bad in ["49", "5001", "-3", "7.5", "abc", "\"><script>", "1e3"] {
            assert_eq!(with(bad).height(), Err(BadHeight), "{bad}");
            assert_eq!(with(bad).request("https://g.example/").height, None);
        }
    }

    #[test]
    fn snippets_carry_every_choice_and_escape_the_name() {
        let choice = WidgetChoice {
            item: WidgetItem::Skill("python".into()),
            theme: Theme::Light,
            locale: Locale::Hi,
            load: LoadMode::Click,
            height: "480".into(),
            name: "\"><script>alert(1)</script>".into(),
        };
        let request = choice.request("https://guide.example/");
        assert_eq!(
            request.loader(),
            "<script src=\"https://guide.example/embed.js\" data-section=\"skills\" data-skill=\"python\" data-theme=\"light\" data-lang=\"hi\" data-load=\"click\" data-height=\"480\" data-title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" async></script>"
        );
        assert_eq!(
            request.iframe("Python — बैकएंड गाइड"),
            "<iframe src=\"https://guide.example/hi/embed/skills/python?theme=light\" title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" width=\"100%\" height=\"480\" loading=\"lazy\"></iframe>\n<p><a href=\"https://guide.example/hi/skills/python\">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a></p>"
        );
        assert_eq!(request.page_url(), "https://guide.example/hi/skills/python");
        // The inline element shows the card's section.
        assert!(request.inline().ends_with(
            "<backend-guide section=\"skills\" theme=\"light\" lang=\"hi\"></backend-guide>"
        ));
        let chart = WidgetChoice {
            item: WidgetItem::Chart("jobs".into()),
            ..WidgetChoice::new(Locale::En)
        };
        let request = chart.request("https://guide.example/guide/");
        assert_eq!(
            request.loader(),
            "<script src=\"https://guide.example/guide/embed.js\" data-section=\"careers\" data-chart=\"jobs\" data-theme=\"auto\" async></script>"
        );
        assert_eq!(
            request.embed_url(),
            "https://guide.example/guide/embed/careers/charts/jobs?theme=auto"
        );
        assert_eq!(
            request.page_url(),
            "https://guide.example/guide/careers/charts/jobs"
        );
    }

    #[test]
    fn the_dialog_links_to_the_builder_preset() {
        assert_eq!(
            builder_path(SectionId::Path, Theme::Dark, Locale::Hi),
            "/widget?show=path&theme=dark&lang=hi"
        );
    }
}
