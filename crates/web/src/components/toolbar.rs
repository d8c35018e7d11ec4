//! The controls above the editor.

mod run_button;

pub use run_button::RunButton;
