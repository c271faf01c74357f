//! Backend Guide's model: plain data decoded from `public/content/*.json`,
//! the rules it must follow, and the pure logic of every view (search, URL
//! state, money, chart geometry, progress import and export, embed messages,
//! the learning path's progress and pace).
//!
//! This crate has no signals and does no IO, and it does not depend on
//! leptos, web-sys or gloo: its `Cargo.toml` is what keeps it that way. The
//! app, the content checker, the build-time renderer and the fuzz targets
//! all depend on it, so they share one set of rules and messages.

pub mod base;
pub mod careers;
pub mod chart;
pub mod compare_query;
pub mod comparison;
pub mod content;
pub mod content_file;
pub mod date;
pub mod embed;
pub mod html;
pub mod locale;
pub mod money;
pub mod oembed;
pub mod overview;
pub mod pages;
pub mod parity;
pub mod path;
pub mod progress;
pub mod read;
#[cfg(feature = "schema")]
pub mod schema;
pub mod site;
pub mod skills;
pub mod template;
pub mod theme;
pub mod url;
pub mod validate;
pub mod widget;
pub mod words;

pub use careers::Careers;
pub use compare_query::CompareQuery;
pub use comparison::{Comparison, Side};
pub use content_file::{ContentFile, LoadError};
pub use date::Date;
pub use overview::Overview;
pub use path::LearningPath;
pub use site::{SectionId, Site};
pub use skills::SkillsFile;
pub use validate::{Invalid, Problems, Validate};
