//! Helpers that talk to the browser, one concern per file. Views call them
//! from effects and event handlers only, never while rendering: a view must
//! also render at build time, where there is no browser.
//! Network code is `crate::content`'s alone; `localStorage` is `storage`'s alone.

pub mod clipboard;
pub mod download;
pub mod early;
pub mod files;
pub mod focus;
pub mod location;
pub mod offline;
pub mod perf;
pub mod resize;
pub mod storage;
pub mod tasks;
pub mod timers;
