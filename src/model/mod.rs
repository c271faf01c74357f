//! Content model: plain data decoded from `public/content/*.json`.
//!
//! No signals, no IO. Each file type implements [`Validate`], so the app and
//! the tests apply the same rules.

pub mod careers;
pub mod careers_charts;
pub mod chart;
pub mod compare_query;
pub mod comparison;
pub mod embed;
pub mod money;
pub mod overview;
pub mod progress;
pub mod site;
pub mod skills;
pub mod theme;
pub mod validate;

pub use careers::Careers;
pub use compare_query::CompareQuery;
pub use comparison::{Comparison, Side};
pub use overview::Overview;
pub use site::{SectionId, Site};
pub use skills::SkillsFile;
pub use validate::{Invalid, Validate};
