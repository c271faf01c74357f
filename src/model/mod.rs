//! Content model: plain data decoded from `public/content/*.json`.
//!
//! No signals, no IO. Each file type implements [`Validate`], so the app and
//! the tests apply the same rules.

pub mod overview;
pub mod progress;
pub mod site;
pub mod skills;
pub mod validate;

pub use overview::Overview;
pub use site::{SectionId, Site};
pub use skills::SkillsFile;
pub use validate::{Invalid, Validate};
