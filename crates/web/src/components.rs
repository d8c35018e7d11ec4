//! The page's components, a folder per feature, one component per file.

pub mod editor;
pub mod gallery;
pub mod gantt;
pub mod options;
pub mod output;
pub mod toolbar;
