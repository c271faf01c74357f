//! One module per route family.

mod compare;
mod not_found;
mod overview;
mod section_page;

pub use compare::ComparePage;
pub use not_found::NotFound;
pub use overview::OverviewPage;
pub use section_page::SectionHead;
