//! The run options the user sets before pressing Run.

mod options_panel;

pub use options_panel::OptionsPanel;
