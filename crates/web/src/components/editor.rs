//! The script editor.

mod code_editor;

pub use code_editor::CodeEditor;
