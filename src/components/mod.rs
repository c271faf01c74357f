//! Reusable pieces of the page chrome.

mod bar_chart;
mod embed_dialog;
mod language_switch;
mod loaded;
mod needs_js;
mod open_in_guide;
mod page_title;
mod print_details;
mod progress_store;
mod request_flow;
mod site_footer;
mod site_header;
mod snippet;
mod takeover_part;
mod theme_switch;

pub use bar_chart::BarChart;
pub use embed_dialog::EmbedButton;
pub use language_switch::{LanguageSuggestion, LanguageSwitch};
pub use loaded::{LoadFailed, Loaded};
pub use needs_js::NeedsJs;
pub use open_in_guide::OpenInGuide;
pub use page_title::use_page_title;
pub use print_details::PrintDetails;
pub use progress_store::{Progress, ProgressNotice};
pub use request_flow::RequestFlow;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use snippet::{use_guide_root, GuideRoot, Snippet};
pub use takeover_part::{on_page, PartQueue, TakeoverPart};
pub use theme_switch::{ThemeChoice, ThemeSwitch};
