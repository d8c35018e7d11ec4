//! What the program printed.

mod output_pane;

pub use output_pane::OutputPane;
