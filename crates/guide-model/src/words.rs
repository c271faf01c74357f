//! The words the code keeps, in every locale: loading and error chrome that
//! must survive a broken content file, control labels, and the notes shown
//! when scripts are off. Everything else the reader sees comes from the
//! content files.
//!
//! One struct with a field per phrase, so the compiler holds every locale to
//! every phrase. Phrases with numbers are templates with named `{placeholders}`,
//! filled by the views through [`crate::template::fill`]; where the count
//! changes the noun there are two fields, `…_one` and `…_other`, chosen with
//! [`crate::locale::plural`].

use crate::comparison::Side;
use crate::content_file::LoadError;
use crate::locale::Locale;
use crate::progress::Level;
use crate::template::fill;
use crate::theme::Theme;

/// Every phrase the views print themselves, in one language.
#[derive(Debug)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Words {
    // Loading and load errors.
    /// For screen readers while a content file loads.
    pub loading: &'static str,
    /// The error panel's heading.
    pub load_failed: &'static str,
    /// The error panel's and the kept page's button.
    pub retry: &'static str,
    /// The kept page's button while it tries again.
    pub retrying: &'static str,
    /// The error panel's list of further problems: `{count}`.
    pub more_problems_one: &'static str,
    pub more_problems_other: &'static str,
    /// [`LoadError::Network`], after the file name: `{reason}` is the browser's.
    pub load_network: &'static str,
    /// [`LoadError::Timeout`]: `{seconds}`.
    pub load_timeout: &'static str,
    /// [`LoadError::Status`]: `{status}`.
    pub load_status: &'static str,
    /// [`LoadError::NotJson`]: `{content_type}`.
    pub load_not_json: &'static str,

    // The page kept when the app cannot take it over.
    pub kept_offline: &'static str,
    pub kept_unreachable: &'static str,
    pub kept_text: &'static str,

    // The notice of a new version (the service worker has one waiting).
    pub update_ready: &'static str,
    /// Its button: the new version takes over and the page reloads.
    pub update_reload: &'static str,
    /// The guide could not be kept for offline use: the browser's storage
    /// is full, or the worker failed otherwise. The page works as before.
    pub offline_quota: &'static str,
    pub offline_failed: &'static str,

    // Header, footer, theme and notices.
    /// The first link on every page, to the main content.
    pub skip_to_content: &'static str,
    /// The one-line suggestion, in this language, to a reader whose
    /// browser prefers it and who landed on a page in the other one (only
    /// English pages suggest, so only the Hindi is shown today).
    pub language_suggestion: &'static str,
    /// Its link to the same page in this language.
    pub language_suggestion_link: &'static str,
    /// Its button that closes it for good (the name says "in this language").
    pub language_suggestion_dismiss: &'static str,
    /// The not-found page's link to the guide in this language.
    pub not_found_other_language: &'static str,
    /// The phone menu's button when the page has no name in the menu.
    pub menu: &'static str,
    /// Before the current page's name on the menu button (visually hidden).
    pub menu_before_page: &'static str,
    pub theme: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub needs_js_theme: &'static str,
    /// Closes the storage notice.
    pub dismiss: &'static str,
    /// The link out of an embed to the full site.
    pub open_in_guide: &'static str,
    /// After a link that opens a new tab (visually hidden).
    pub opens_in_new_tab: &'static str,
    /// Inline mode, for a section that needs the router.
    pub not_inline: &'static str,

    // The Embed dialog.
    pub embed: &'static str,
    /// After "Embed" on its button (visually hidden).
    pub embed_what: &'static str,
    pub needs_js_embed: &'static str,
    pub embed_title: &'static str,
    pub embed_intro: &'static str,
    pub embed_iframe: &'static str,
    pub embed_inline: &'static str,
    /// The no-script snippet: a plain iframe, for sites that strip scripts.
    pub embed_plain: &'static str,
    /// The dialog's link to the widget builder (`/widget`).
    pub embed_builder: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_by_hand: &'static str,
    pub close: &'static str,

    // Charts.
    pub show_table: &'static str,
    pub hide_table: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub needs_js_chart: &'static str,
    /// Names the scrollable table of a chart: `{chart}` is its title.
    pub chart_table: &'static str,

    // The request flow and the compare page.
    pub play: &'static str,
    pub stop: &'static str,
    pub needs_js_flow: &'static str,
    pub flow_hint: &'static str,
    /// A side as a label (lane, switch button).
    pub frontend: &'static str,
    pub backend: &'static str,
    /// A side inside a sentence, where English writes it in lower case.
    pub frontend_in_text: &'static str,
    pub backend_in_text: &'static str,
    /// Names the phone layout's side switch.
    pub side_to_show: &'static str,
    pub needs_js_side_switch: &'static str,

    // Careers.
    pub region: &'static str,
    pub all_regions: &'static str,
    pub needs_js_region: &'static str,
    pub this_is_me: &'static str,
    /// The checkbox's full name: `{duty}` is the item's title.
    pub this_is_me_for: &'static str,
    pub needs_js_this_is_me: &'static str,

    // The learning path.
    pub needs_js_planner: &'static str,

    // Progress levels, shared by the skill cards and the learning path.
    pub level_not_started: &'static str,
    pub level_learning: &'static str,
    pub level_known: &'static str,

    // The skills list.
    /// Names the search landmark.
    pub skills_toolbar: &'static str,
    pub search_skills: &'static str,
    pub search_placeholder: &'static str,
    pub sort: &'static str,
    pub sort_by_name: &'static str,
    pub sort_by_year: &'static str,
    pub categories: &'static str,
    pub needs_js_search: &'static str,
    pub needs_js_compare_and_progress: &'static str,
    /// `{total}`.
    pub skills_all: &'static str,
    /// `{shown}` of `{total}`; the form follows `{shown}`.
    pub skills_matching_one: &'static str,
    pub skills_matching_other: &'static str,
    pub no_match: &'static str,
    pub clear_filters: &'static str,
    /// `{count}` more of the `{hidden}` cards not yet shown.
    pub show_more: &'static str,
    /// Names the side-by-side bar.
    pub comparison: &'static str,
    /// `{count}` skills ticked, at most `{max}`.
    pub chosen_one: &'static str,
    pub chosen_other: &'static str,
    pub compare_side_by_side: &'static str,
    pub clear_comparison: &'static str,
    pub needs_js_choose_skills: &'static str,

    // A skill card and a skill's page.
    /// `{year}`.
    pub first_released: &'static str,
    /// The card's checkbox for the side-by-side table.
    pub compare: &'static str,
    /// After "Close" on a skill's page (visually hidden).
    pub close_to_list: &'static str,
    pub needs_js_close: &'static str,
    pub needs_js_progress: &'static str,

    // Progress tools.
    pub progress: &'static str,
    /// Between "Progress" and the skill's name (visually hidden).
    pub progress_for: &'static str,
    /// `{known}` of `{total}`.
    pub progress_known: &'static str,
    /// `{count}` skills being learnt.
    pub progress_learning: &'static str,
    pub export_progress: &'static str,
    pub import_progress: &'static str,
    /// `{file}`.
    pub progress_exported: &'static str,
    /// `{count}` entries from `{file}`.
    pub progress_imported_one: &'static str,
    pub progress_imported_other: &'static str,
    /// `{ids}`, joined with commas.
    pub progress_skipped: &'static str,
    /// `{file}` and the model's `{reason}`.
    pub progress_import_failed: &'static str,
}

pub const EN: Words = Words {
    loading: "Loading…",
    load_failed: "This part of the guide could not be loaded.",
    retry: "Retry",
    retrying: "Trying again…",
    more_problems_one: "{count} more problem",
    more_problems_other: "{count} more problems",
    load_network: "the server could not be reached ({reason})",
    load_timeout: "the server did not answer within {seconds} seconds",
    load_status: "the server answered HTTP {status}",
    load_not_json: "the server sent {content_type} instead of JSON",

    kept_offline: "You are offline",
    kept_unreachable: "The guide cannot reach its server",
    kept_text: "This page stays readable as it is. Search, progress and the other controls start once the guide's content loads.",

    update_ready: "A new version of the guide is ready",
    update_reload: "Reload",
    offline_quota: "The guide could not be saved for offline use: this browser’s storage for the site is full. It works as usual while you are online.",
    offline_failed: "The guide could not be saved for offline use. It works as usual while you are online.",

    skip_to_content: "Skip to content",
    language_suggestion: "This guide is also in English.",
    language_suggestion_link: "Read this page in English",
    language_suggestion_dismiss: "No thanks",
    not_found_other_language: "Read the guide in English",
    menu: "Menu",
    menu_before_page: "Menu: ",
    theme: "Theme",
    theme_auto: "Auto (system)",
    theme_light: "Light",
    theme_dark: "Dark",
    needs_js_theme: "(your system’s; choosing needs JavaScript)",
    dismiss: "Dismiss",
    open_in_guide: "Open in Backend Guide",
    opens_in_new_tab: " (opens in a new tab)",
    not_inline: "This section cannot be shown inline yet. Embed it with embed.js (an iframe), or open it in the guide.",

    embed: "Embed",
    embed_what: " this section on your site",
    needs_js_embed: "Embedding needs JavaScript.",
    embed_title: "Embed this section",
    embed_intro: "Paste one snippet into your page. The section keeps its current options and theme.",
    embed_iframe: "In an iframe (works on any site)",
    embed_inline: "Inline, without an iframe",
    embed_plain: "A plain iframe (for sites that remove scripts)",
    embed_builder: "More choices (one card or chart, click to load, height) and a preview: the widget builder",
    copy: "Copy",
    copied: "Copied",
    copy_by_hand: "The clipboard is not available here: the snippet is selected, press Ctrl+C (⌘C) to copy it.",
    close: "Close",

    show_table: "Show table",
    hide_table: "Hide table",
    download_csv: "Download CSV",
    download_json: "Download JSON",
    needs_js_chart: "These buttons need JavaScript; the table of figures is below.",
    chart_table: "{chart}: table",

    play: "Play",
    stop: "Stop",
    needs_js_flow: "Play and the step buttons need JavaScript; every step is described below.",
    flow_hint: "Choose a step, use the arrow keys, or press Play.",
    frontend: "Frontend",
    backend: "Backend",
    frontend_in_text: "frontend",
    backend_in_text: "backend",
    side_to_show: "Side to show",
    needs_js_side_switch: "The switch needs JavaScript; both sides are shown.",

    region: "Region",
    all_regions: "All regions",
    needs_js_region: "Choosing a region needs JavaScript; the figures for every region are shown.",
    this_is_me: "This is me",
    this_is_me_for: "This is me: {duty}",
    needs_js_this_is_me: "Ticking “This is me” needs JavaScript; every item opens without it.",

    needs_js_planner: "The planner needs JavaScript; the hours of each step are listed below.",

    level_not_started: "Not started",
    level_learning: "Learning",
    level_known: "Known",

    skills_toolbar: "Skills",
    search_skills: "Search skills",
    search_placeholder: "Name, topic or framework",
    sort: "Sort",
    sort_by_name: "A–Z",
    sort_by_year: "First release (languages first)",
    categories: "Categories",
    needs_js_search: "Search, categories and sorting need JavaScript; every skill is listed below.",
    needs_js_compare_and_progress: "Comparing skills and keeping track of your progress need JavaScript.",
    skills_all: "Showing all {total} skills",
    skills_matching_one: "{shown} of {total} skills matches",
    skills_matching_other: "{shown} of {total} skills match",
    no_match: "No skill matches your search and filters.",
    clear_filters: "Clear filters",
    show_more: "Show {count} more of {hidden} not yet shown",
    comparison: "Comparison",
    chosen_one: "{count} skill chosen. Choose one or two more to compare.",
    chosen_other: "{count} skills chosen (up to {max}).",
    compare_side_by_side: "Compare side by side",
    clear_comparison: "Clear comparison",
    needs_js_choose_skills: "Choosing skills needs JavaScript.",

    first_released: "First released {year}",
    compare: "Compare",
    close_to_list: " and return to all skills",
    needs_js_close: "Close needs JavaScript; Skills in the menu leads back to every skill.",
    needs_js_progress: "Keeping track of your progress needs JavaScript.",

    progress: "Progress",
    progress_for: " for ",
    progress_known: "Known: {known} of {total}",
    progress_learning: "learning {count}",
    export_progress: "Export progress",
    import_progress: "Import progress",
    progress_exported: "Progress exported as {file}.",
    progress_imported_one: "Imported {count} entry from {file}.",
    progress_imported_other: "Imported {count} entries from {file}.",
    progress_skipped: "Skipped ids this guide does not know: {ids}.",
    progress_import_failed: "{file} could not be imported: {reason}. Your saved progress was not changed.",
};

/// Hindi as an Indian tech teacher writes it for learners (docs/glossary-hi.md):
/// आप, the terms developers say (सर्वर, JSON, स्किल), Latin digits, and the
/// nukta as U+093C after its letter (NFC), as in the content files.
pub const HI: Words = Words {
    loading: "लोड हो रहा है…",
    load_failed: "गाइड का यह हिस्सा लोड नहीं हो सका।",
    retry: "फिर से कोशिश करें",
    retrying: "फिर से कोशिश हो रही है…",
    more_problems_one: "{count} और समस्या",
    more_problems_other: "{count} और समस्याएँ",
    load_network: "सर्वर से संपर्क नहीं हो सका ({reason})",
    load_timeout: "सर्वर ने {seconds} सेकंड में जवाब नहीं दिया",
    load_status: "सर्वर ने HTTP {status} लौटाया",
    load_not_json: "सर्वर ने JSON की जगह {content_type} भेजा",

    kept_offline: "आप ऑफ़लाइन हैं",
    kept_unreachable: "गाइड अपने सर्वर तक नहीं पहुँच पा रही है",
    kept_text: "यह पेज जैसा है, वैसा ही पढ़ा जा सकता है। सर्च, प्रोग्रेस और बाकी कंट्रोल तब चालू होंगे जब गाइड का कंटेंट लोड हो जाएगा।",

    update_ready: "गाइड का नया वर्ज\u{93C}न तैयार है",
    update_reload: "फिर से लोड करें",
    offline_quota: "गाइड को ऑफ़लाइन इस्तेमाल के लिए सेव नहीं किया जा सका: इस ब्राउज़र में साइट की स्टोरेज भर चुकी है। ऑनलाइन रहते हुए गाइड पहले की तरह चलती है।",
    offline_failed: "गाइड को ऑफ़लाइन इस्तेमाल के लिए सेव नहीं किया जा सका। ऑनलाइन रहते हुए गाइड पहले की तरह चलती है।",

    skip_to_content: "सीधे कंटेंट पर जाएँ",
    language_suggestion: "यह गाइड हिन्दी में भी है।",
    language_suggestion_link: "यह पेज हिन्दी में पढ़ें",
    language_suggestion_dismiss: "नहीं, धन्यवाद",
    not_found_other_language: "गाइड हिन्दी में पढ़ें",
    menu: "मेन्यू",
    menu_before_page: "मेन्यू: ",
    theme: "थीम",
    theme_auto: "ऑटो (सिस्टम जैसी)",
    theme_light: "लाइट",
    theme_dark: "डार्क",
    needs_js_theme: "(आपके सिस्टम वाली; बदलने के लिए JavaScript चाहिए)",
    dismiss: "हटाएँ",
    open_in_guide: "बैकएंड गाइड में खोलें",
    opens_in_new_tab: " (नए टैब में खुलेगा)",
    not_inline: "यह सेक्शन अभी इनलाइन नहीं दिखाया जा सकता। इसे embed.js (एक iframe) से एम्बेड करें, या गाइड में खोलें।",

    embed: "एम्बेड करें",
    embed_what: " (यह सेक्शन अपनी साइट पर)",
    needs_js_embed: "एम्बेड करने के लिए JavaScript चाहिए।",
    embed_title: "यह सेक्शन एम्बेड करें",
    embed_intro: "इनमें से एक स्निपेट अपने पेज में पेस्ट करें। सेक्शन में अभी चुने गए विकल्प और थीम वैसे ही रहेंगे।",
    embed_iframe: "iframe में (हर साइट पर चलता है)",
    embed_inline: "इनलाइन, बिना iframe के",
    embed_plain: "सादा iframe (उन साइटों के लिए जो स्क्रिप्ट हटा देती हैं)",
    embed_builder: "और विकल्प (एक कार्ड या चार्ट, क्लिक पर लोड, ऊँचाई) और प्रीव्यू: विजेट बिल्डर",
    copy: "कॉपी करें",
    copied: "कॉपी हो गया",
    copy_by_hand: "यहाँ क्लिपबोर्ड उपलब्ध नहीं है: स्निपेट सेलेक्ट कर दिया गया है, कॉपी करने के लिए Ctrl+C (⌘C) दबाएँ।",
    close: "बंद करें",

    show_table: "टेबल दिखाएँ",
    hide_table: "टेबल छिपाएँ",
    download_csv: "CSV डाउनलोड करें",
    download_json: "JSON डाउनलोड करें",
    needs_js_chart: "इन बटन के लिए JavaScript चाहिए; आँकड़ों की टेबल नीचे है।",
    chart_table: "{chart}: टेबल",

    play: "चलाएँ",
    stop: "रोकें",
    needs_js_flow: "“चलाएँ” और स्टेप वाले बटन के लिए JavaScript चाहिए; हर स्टेप नीचे समझाया गया है।",
    flow_hint: "कोई स्टेप चुनें, ऐरो कीज़ इस्तेमाल करें, या “चलाएँ” दबाएँ।",
    frontend: "फ़्रंटएंड",
    backend: "बैकएंड",
    frontend_in_text: "फ़्रंटएंड",
    backend_in_text: "बैकएंड",
    side_to_show: "कौन-सा हिस्सा दिखाएँ",
    needs_js_side_switch: "यह स्विच JavaScript से चलता है; दोनों हिस्से दिखाए गए हैं।",

    region: "क्षेत्र",
    all_regions: "सभी क्षेत्र",
    needs_js_region: "क्षेत्र चुनने के लिए JavaScript चाहिए; हर क्षेत्र के आँकड़े दिखाए गए हैं।",
    this_is_me: "यह मुझ पर लागू है",
    this_is_me_for: "यह मुझ पर लागू है: {duty}",
    needs_js_this_is_me: "“यह मुझ पर लागू है” पर टिक करने के लिए JavaScript चाहिए; हर आइटम उसके बिना भी खुलता है।",

    needs_js_planner: "प्लानर के लिए JavaScript चाहिए; हर स्टेप के घंटे नीचे दिए गए हैं।",

    level_not_started: "अभी शुरू नहीं",
    level_learning: "सीख रहे हैं",
    level_known: "आती है",

    skills_toolbar: "स्किल",
    search_skills: "स्किल खोजें",
    search_placeholder: "नाम, टॉपिक या फ़्रेमवर्क",
    sort: "क्रम",
    sort_by_name: "नाम (A–Z)",
    sort_by_year: "पहली रिलीज़ (लैंग्वेज पहले)",
    categories: "कैटेगरी",
    needs_js_search: "सर्च, कैटेगरी और क्रम के लिए JavaScript चाहिए; हर स्किल नीचे दी गई है।",
    needs_js_compare_and_progress: "स्किल की तुलना और अपनी प्रोग्रेस पर नज़र रखने के लिए JavaScript चाहिए।",
    skills_all: "सभी {total} स्किल दिखाई जा रही हैं",
    skills_matching_one: "{total} में से {shown} स्किल मेल खाती है",
    skills_matching_other: "{total} में से {shown} स्किल मेल खाती हैं",
    no_match: "आपकी सर्च और फ़िल्टर से कोई स्किल मेल नहीं खाती।",
    clear_filters: "फ़िल्टर हटाएँ",
    show_more: "बची हुई {hidden} में से {count} और दिखाएँ",
    comparison: "तुलना",
    chosen_one: "{count} स्किल चुनी गई। तुलना के लिए एक या दो और चुनें।",
    chosen_other: "{count} स्किल चुनी गईं (ज़्यादा से ज़्यादा {max})।",
    compare_side_by_side: "आमने-सामने तुलना करें",
    clear_comparison: "तुलना हटाएँ",
    needs_js_choose_skills: "स्किल चुनने के लिए JavaScript चाहिए।",

    first_released: "पहली बार {year} में रिलीज़",
    compare: "तुलना करें",
    close_to_list: " और सभी स्किल पर लौटें",
    needs_js_close: "“बंद करें” के लिए JavaScript चाहिए; मेन्यू में “स्किल” से आप सभी स्किल पर लौट सकते हैं।",
    needs_js_progress: "अपनी प्रोग्रेस पर नज़र रखने के लिए JavaScript चाहिए।",

    progress: "प्रोग्रेस",
    progress_for: ": ",
    progress_known: "आती है: {total} में से {known}",
    progress_learning: "सीख रहे हैं: {count}",
    export_progress: "प्रोग्रेस एक्सपोर्ट करें",
    import_progress: "प्रोग्रेस इम्पोर्ट करें",
    progress_exported: "प्रोग्रेस {file} के नाम से एक्सपोर्ट हो गई।",
    progress_imported_one: "{file} से {count} एंट्री इम्पोर्ट हुई।",
    progress_imported_other: "{file} से {count} एंट्री इम्पोर्ट हुईं।",
    progress_skipped: "ये आईडी छोड़ दी गईं, क्योंकि यह गाइड इन्हें नहीं पहचानती: {ids}।",
    progress_import_failed: "{file} इम्पोर्ट नहीं हो सकी: {reason}। आपकी सेव की हुई प्रोग्रेस नहीं बदली गई।",
};

impl Locale {
    /// The phrases the views print themselves, in this locale.
    pub fn words(self) -> &'static Words {
        match self {
            Locale::En => &EN,
            Locale::Hi => &HI,
        }
    }
}

impl Words {
    /// A theme's name in the theme switch.
    pub fn theme_name(&self, theme: Theme) -> &'static str {
        match theme {
            Theme::Auto => self.theme_auto,
            Theme::Light => self.theme_light,
            Theme::Dark => self.theme_dark,
        }
    }

    /// A side as a label: a lane of the request flow, a switch button.
    pub fn side(&self, side: Side) -> &'static str {
        match side {
            Side::Frontend => self.frontend,
            Side::Backend => self.backend,
        }
    }

    /// A side inside a sentence: "Request (frontend)".
    pub fn side_in_text(&self, side: Side) -> &'static str {
        match side {
            Side::Frontend => self.frontend_in_text,
            Side::Backend => self.backend_in_text,
        }
    }

    /// A progress level's name, as the level control shows it.
    pub fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Learning => self.level_learning,
            Level::Known => self.level_known,
        }
    }
}

impl LoadError {
    /// The message in the reader's language, file name first, as `Display`
    /// writes it in English. Decode and validation errors keep their
    /// `file: path: message` as they are: the path is JSON, and the
    /// message is serde's or the rules', written for the file's editor.
    pub fn message_in(&self, words: &Words) -> String {
        format!("{}: {}", self.file(), self.reason_in(words))
    }

    /// [`LoadError::message_in`] without the file name, for layouts that
    /// show the file apart (the English is [`LoadError::reason`]).
    pub fn reason_in(&self, words: &Words) -> String {
        match self {
            LoadError::Network { reason, .. } => fill(words.load_network, &[("reason", reason)]),
            LoadError::Timeout { seconds, .. } => {
                fill(words.load_timeout, &[("seconds", &seconds.to_string())])
            }
            LoadError::Status { status, .. } => {
                fill(words.load_status, &[("status", &status.to_string())])
            }
            LoadError::NotJson { content_type, .. } => {
                fill(words.load_not_json, &[("content_type", content_type)])
            }
            LoadError::Decode { .. } | LoadError::Invalid { .. } => self.reason(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;
    use crate::template::placeholders;
    use crate::Invalid;

    /// Every phrase by its field name.
    fn phrases(words: &Words) -> BTreeMap<String, String> {
        let value = serde_json::to_value(words).unwrap();
        value
            .as_object()
            .unwrap()
            .iter()
            .map(|(field, text)| (field.clone(), text.as_str().unwrap().to_string()))
            .collect()
    }

    #[test]
    fn every_locale_fills_the_same_placeholders() {
        // A view fills a template by name: a Hindi phrase that lost `{total}`
        // would drop a number, one that misspells it would print the braces.
        let (en, hi) = (phrases(&EN), phrases(&HI));
        let mut listed = BTreeSet::new();
        let mut check = |field: &str, names: &[&str]| {
            let expected: BTreeSet<String> = names.iter().map(|n| n.to_string()).collect();
            for (code, table) in [("en", &en), ("hi", &hi)] {
                let text = &table[field];
                let got: BTreeSet<String> = placeholders(text).into_iter().collect();
                assert_eq!(got, expected, "{code} {field}: {text:?}");
            }
            listed.insert(field.to_string());
        };
        check("more_problems_one", &["count"]);
        check("more_problems_other", &["count"]);
        check("load_network", &["reason"]);
        check("load_timeout", &["seconds"]);
        check("load_status", &["status"]);
        check("load_not_json", &["content_type"]);
        check("chart_table", &["chart"]);
        check("this_is_me_for", &["duty"]);
        check("skills_all", &["total"]);
        check("skills_matching_one", &["shown", "total"]);
        check("skills_matching_other", &["shown", "total"]);
        check("show_more", &["count", "hidden"]);
        check("chosen_one", &["count"]);
        check("chosen_other", &["count", "max"]);
        check("first_released", &["year"]);
        check("progress_known", &["known", "total"]);
        check("progress_learning", &["count"]);
        check("progress_exported", &["file"]);
        check("progress_imported_one", &["count", "file"]);
        check("progress_imported_other", &["count", "file"]);
        check("progress_skipped", &["ids"]);
        check("progress_import_failed", &["file", "reason"]);
        // Every other phrase is plain text in every locale.
        for (field, text) in en.iter().chain(&hi) {
            if !listed.contains(field) {
                assert!(
                    !text.contains('{'),
                    "{field}: {text:?} is a template not checked above"
                );
            }
        }
    }

    #[test]
    fn every_phrase_is_translated() {
        // A phrase copied from English and never translated would read as
        // English in the Hindi guide. None is the same on purpose so far;
        // a name or a code word ("JSON", "CSV") would go here.
        const SAME_IN_EVERY_LOCALE: &[&str] = &[];
        let hi = phrases(&HI);
        for (field, en) in phrases(&EN) {
            if !SAME_IN_EVERY_LOCALE.contains(&field.as_str()) {
                assert_ne!(hi[&field], en, "{field} is not translated");
            }
        }
    }

    #[test]
    fn hindi_is_written_as_the_content_files_write_it() {
        // Latin digits, and the nukta as its own mark (NFC): a precomposed
        // फ़ (U+095E) would not match what the content and a keyboard type.
        for (field, text) in phrases(&HI) {
            for c in text.chars() {
                assert!(
                    !('\u{0958}'..='\u{095F}').contains(&c),
                    "{field}: precomposed nukta letter {c:?}"
                );
                assert!(
                    !('\u{0966}'..='\u{096F}').contains(&c),
                    "{field}: Devanagari digit {c:?}"
                );
            }
        }
    }

    #[test]
    fn load_errors_read_in_the_readers_language() {
        // The error panel names the file first in every language; the
        // English must stay the `Display` text the tests and fixtures match.
        let check = |error: LoadError, hi: &str| {
            assert_eq!(error.message_in(&EN), error.to_string());
            assert_eq!(error.message_in(&HI), hi);
            let file_first = format!("{}: {}", error.file(), error.reason_in(&HI));
            assert_eq!(error.message_in(&HI), file_first);
            assert_eq!(error.reason_in(&EN), error.reason());
        };
        let file = || "overview.json".to_string();
        check(
            LoadError::Network {
                file: file(),
                reason: "TypeError: Failed to fetch".into(),
            },
            "overview.json: सर्वर से संपर्क नहीं हो सका (TypeError: Failed to fetch)",
        );
        check(
            LoadError::Timeout {
                file: file(),
                seconds: 15,
            },
            "overview.json: सर्वर ने 15 सेकंड में जवाब नहीं दिया",
        );
        check(
            LoadError::Status {
                file: file(),
                status: 404,
            },
            "overview.json: सर्वर ने HTTP 404 लौटाया",
        );
        check(
            LoadError::NotJson {
                file: file(),
                content_type: "text/html".into(),
            },
            "overview.json: सर्वर ने JSON की जगह text/html भेजा",
        );
        check(
            LoadError::Decode {
                file: file(),
                path: "title".into(),
                message: "invalid type: integer `5`, expected a string".into(),
            },
            "overview.json: title: invalid type: integer `5`, expected a string",
        );
        check(
            LoadError::invalid(
                "path.json",
                vec![Invalid {
                    path: "steps[0].skills[1]".into(),
                    message: "no skill has the id \"cobol\"".into(),
                }],
            )
            .unwrap(),
            "path.json: steps[0].skills[1]: no skill has the id \"cobol\"",
        );
    }

    #[test]
    fn labels_follow_the_locale() {
        // The theme switch, the flow's lanes and the level badges print these.
        let check = |locale: Locale, expected: [&str; 6]| {
            let w = locale.words();
            let got = [
                w.theme_name(Theme::Auto),
                w.theme_name(Theme::Dark),
                w.side(Side::Frontend),
                w.side_in_text(Side::Backend),
                w.level(Level::Known),
                w.level(Level::Learning),
            ];
            assert_eq!(got, expected, "{locale:?}");
        };
        check(
            Locale::En,
            [
                "Auto (system)",
                "Dark",
                "Frontend",
                "backend",
                "Known",
                "Learning",
            ],
        );
        // English is what the model's own names say, so English pages keep
        // their text byte for byte.
        for theme in Theme::ALL {
            assert_eq!(EN.theme_name(theme), theme.label());
        }
        for side in Side::BOTH {
            assert_eq!(EN.side(side), side.label());
            assert_eq!(EN.side_in_text(side), side.key());
        }
        check(
            Locale::Hi,
            [
                "ऑटो (सिस्टम जैसी)",
                "डार्क",
                "फ़्रंटएंड",
                "बैकएंड",
                "आती है",
                "सीख रहे हैं",
            ],
        );
    }
}
