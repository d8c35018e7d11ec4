//! The script editor and what sits on it: the syntax-error underline (from
//! a run, or checked as typing pauses), the selected line, and the way back
//! to a script an example replaced.

mod code_editor;
mod restore_notice;
mod syntax_check;

pub use code_editor::CodeEditor;
pub use restore_notice::RestoreNotice;
