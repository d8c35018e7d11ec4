//! The controls of the top bar: Run, Stop, the progress of a run, and the
//! language and theme toggles.

mod lang_toggle;
mod run_button;
mod run_progress;
mod stop_button;
mod theme_toggle;

pub use lang_toggle::LangToggle;
pub use run_button::RunButton;
pub use run_progress::RunProgress;
pub use stop_button::StopButton;
pub use theme_toggle::ThemeToggle;
