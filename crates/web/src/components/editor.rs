//! The script editor and what sits on it: the syntax-error underline, the
//! selected line, and the way back to a script an example replaced.

mod code_editor;
mod restore_notice;

pub use code_editor::CodeEditor;
pub use restore_notice::RestoreNotice;
