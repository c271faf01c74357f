//! One module per route family.

mod careers;
mod not_found;
mod overview;
mod section_page;

pub use careers::CareersPage;
pub use not_found::NotFound;
pub use overview::OverviewPage;
pub use section_page::SectionHead;
