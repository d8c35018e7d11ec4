//! What the program printed: one row per line, stamped with its virtual
//! time and the lane that wrote it.

mod output_pane;
mod output_row;

pub use output_pane::OutputPane;
