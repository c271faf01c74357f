//! One module per route family.

mod not_found;
mod overview;
mod section_page;

pub use not_found::NotFound;
pub use overview::OverviewPage;
pub use section_page::SectionHead;
