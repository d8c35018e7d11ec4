//! ruff's parse errors, reworded as CPython 3.11 words them.

use super::error::{CompileError, ErrorKind};
use super::lines::LineIndex;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::{TextRange, TextSize};

/// Converts a ruff parse error.
pub fn convert(e: &ParseError, source: &str, lines: &LineIndex) -> CompileError {
    if let ParseErrorType::Lexical(LexicalErrorType::UnicodeError) = &e.error {
        let (message, range) = super::string_error::bad_escape(source, e.location);
        return CompileError::at(ErrorKind::Syntax, message, range, lines);
    }
    let msg = e.error.to_string();
    let mut range = e.location;
    let (kind, message) = reword(&msg, source, &mut range, lines);
    let mut err = CompileError::at(kind, message, range, lines);
    if kind == ErrorKind::Indentation {
        err.end_line = err.line;
        err.end_col = err.col + 1;
    }
    err
}

fn reword(msg: &str, source: &str, range: &mut TextRange, lines: &LineIndex) -> (ErrorKind, String) {
    // ruff quotes tokens with backticks; CPython with single quotes.
    let lower = msg.to_lowercase().replace('`', "'");
    if lower.contains("cannot have both 'except' and 'except*'") {
        return (ErrorKind::Syntax, "cannot have both 'except' and 'except*' on the same 'try'".into());
    }
    if lower.contains("expected one or more exception types") && lines.line_text(lines.line(range.start())).contains('*') {
        return (ErrorKind::Syntax, "expected one or more exception types".into());
    }
    if lower.contains("unexpected indentation") {
        return (ErrorKind::Indentation, "unexpected indent".into());
    }
    if lower.contains("expected an indented block") {
        let line = lines.line(range.start());
        let header = (1..line).rev().map(|l| lines.line_text(l)).find(|t| !t.trim().is_empty()).unwrap_or("");
        let kw = header.trim_start().split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
        let header_line = (1..line).rev().find(|l| !lines.line_text(*l).trim().is_empty()).unwrap_or(line);
        let what = match kw {
            "if" | "elif" | "else" | "while" | "for" | "try" | "with" | "except" | "finally" | "class" => format!("'{kw}' statement"),
            "def" => "function definition".into(),
            "async" => "function definition".into(),
            _ => "statement".into(),
        };
        let what = if kw == "class" { "class definition".into() } else { what };
        // CPython points at the first token of the unindented line.
        let text = lines.line_text(line);
        let indent = text.len() - text.trim_start().len();
        let start = range.start().to_u32() - (lines.col(range.start()) - 1) + indent as u32;
        *range = TextRange::new(TextSize::from(start), TextSize::from(start + 1));
        return (ErrorKind::Indentation, format!("expected an indented block after {what} on line {header_line}"));
    }
    if lower.contains("missing closing quote") || lower.contains("unterminated string") {
        let line = lines.line(range.start());
        return (ErrorKind::Syntax, format!("unterminated string literal (detected at line {line})"));
    }
    if let Some(rest) = lower.strip_prefix("expected ':'") {
        let _ = rest;
        return (ErrorKind::Syntax, "expected ':'".into());
    }
    // A stray ':' inside an unclosed bracket (`def main(:`, `f(a, b:`) is
    // CPython's parser failing before its tokenizer reaches the end of the
    // file, where it would find the bracket unclosed: plain invalid syntax
    // at the colon.
    if source.as_bytes().get(range.start().to_usize()) == Some(&b':') {
        *range = TextRange::new(range.start(), range.start() + TextSize::from(1));
        return (ErrorKind::Syntax, "invalid syntax".into());
    }
    // An unclosed bracket is reported by CPython's tokenizer before any
    // parse error it causes further down.
    for (open_c, close_c) in [('(', ')'), ('[', ']'), ('{', '}')] {
        if let Some(open) = find_unclosed(source, open_c, close_c) {
            *range = TextRange::new(TextSize::from(open), TextSize::from(open + 1));
            return (ErrorKind::Syntax, format!("'{open_c}' was never closed"));
        }
    }
    (ErrorKind::Syntax, "invalid syntax".into())
}

/// The offset of the last unmatched opening bracket (ignoring strings and comments roughly).
fn find_unclosed(source: &str, open: char, close: char) -> Option<u32> {
    let mut stack = Vec::new();
    let mut in_str: Option<char> = None;
    let mut comment = false;
    for (i, c) in source.char_indices() {
        if comment {
            if c == '\n' {
                comment = false;
            }
            continue;
        }
        match in_str {
            Some(q) => {
                if c == q || c == '\n' {
                    in_str = None;
                }
            }
            None => match c {
                '#' => comment = true,
                '"' | '\'' => in_str = Some(c),
                c if c == open => stack.push(i as u32),
                c if c == close => {
                    stack.pop();
                }
                _ => {}
            },
        }
    }
    stack.first().copied()
}
