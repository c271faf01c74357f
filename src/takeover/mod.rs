//! Taking over a prerendered page without a seam.
//!
//! Every page arrives as HTML rendered at build time by the same components
//! (crates/prerender). Before the app mounts, [`fetch_page_content`] fetches
//! the content files the page lists as preloads, so the app then renders
//! with its data ready. [`replace_page`] builds it off the page, a part per
//! task (`TakeoverPart`), and swaps the new nodes for the prerendered ones in one
//! task, before the browser paints: nothing flashes and nothing moves. What
//! the reader typed, ticked, opened or focused meanwhile is carried over,
//! and the scroll position is kept.
//! The app still reads its content at run time, so a file edited since the
//! build shows as it is now. If that content cannot be had, the page is
//! kept as it is and a notice offers Retry ([`keep_page`]): a readable page
//! is never replaced by an error.

mod kept_page;
mod page_content;
mod snapshot;
mod swap;

pub use kept_page::{dismiss, keep_page};
pub use page_content::fetch_page_content;
pub use swap::replace_page;
