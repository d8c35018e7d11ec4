//! Compile errors, displayed as CPython prints a `SyntaxError`.

use super::lines::LineIndex;
use ruff_text_size::TextRange;

/// The exception class CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError`.
    Indentation,
    /// `RecursionError` during compilation (source nested too deep, see
    /// `compile::nesting`); CPython prints it without a location.
    Recursion,
}

impl ErrorKind {
    /// The exception's name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Recursion => "RecursionError",
        }
    }
}

/// A syntax error with its location (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// SyntaxError or IndentationError.
    pub kind: ErrorKind,
    /// CPython's message, e.g. `'await' outside function`.
    pub message: String,
    /// 1-based line (0 when unknown).
    pub line: u32,
    /// 1-based column in characters.
    pub col: u32,
    /// End line.
    pub end_line: u32,
    /// End column.
    pub end_col: u32,
    /// The offending source line.
    pub text: String,
}

impl CompileError {
    /// An error at a source range.
    pub fn at(kind: ErrorKind, message: String, range: TextRange, lines: &LineIndex) -> Self {
        let line = lines.line(range.start());
        Self {
            kind,
            message,
            line,
            col: lines.col(range.start()),
            end_line: lines.line(range.end()),
            end_col: lines.col(range.end()),
            text: lines.line_text(line).to_owned(),
        }
    }

    /// An error whose location is filled in later.
    pub fn message(kind: ErrorKind, message: String) -> Self {
        Self { kind, message, line: 0, col: 0, end_line: 0, end_col: 0, text: String::new() }
    }

    /// The text CPython prints for this error when running `filename`.
    pub fn render(&self, filename: &str) -> String {
        if self.kind == ErrorKind::Recursion {
            return format!("{}: {}\n", self.kind.name(), self.message);
        }
        let mut out = format!("  File \"{filename}\", line {}\n", self.line);
        let trimmed = self.text.trim_start();
        if !trimmed.is_empty() {
            out.push_str(&format!("    {}\n", trimmed.trim_end()));
            if self.kind != ErrorKind::Indentation || self.col > 1 {
                let indent = self.text.chars().count() - trimmed.chars().count();
                let start = (self.col as usize).saturating_sub(1).saturating_sub(indent);
                let width = if self.end_line == self.line && self.end_col > self.col {
                    (self.end_col - self.col) as usize
                } else {
                    1
                };
                out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.message));
        out
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} (line {})", self.kind.name(), self.message, self.line)
    }
}

impl std::error::Error for CompileError {}
