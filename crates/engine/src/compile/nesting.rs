//! Nesting limits, checked on the raw source before the parser sees it.
//!
//! `ruff_python_parser`, our compiler and the AST's `Drop` all recurse once
//! per nesting level. Natively the CLI has a 256 MiB stack, but the page
//! runs on wasm's 1 MiB stack, where `f = lambda: lambda: ...` 10,000 deep
//! (a fuzzer finding: quadratic memory, then an abort) or 50,000 `(`
//! would overflow it and kill the tab. CPython has limits here too, and
//! this scan applies them with CPython's messages:
//!
//! - more than 200 open brackets: `SyntaxError: too many nested
//!   parentheses` (the tokenizer's `MAXLEVEL`), at the 201st bracket;
//! - 100 nested indentation levels: `IndentationError: too many levels of
//!   indentation` (the tokenizer's `MAXINDENT`), at the offending line;
//! - an expression nested more than [`MAX_DEPTH`] levels: `RecursionError:
//!   maximum recursion depth exceeded during compilation`, which CPython
//!   3.11 raises for about 3,000 levels (`1+1+...` with 3,000 terms; its
//!   compiler's limit is the recursion limit times 3). Ours is lower
//!   because the parser needs ~700 bytes of stack a level (measured: a
//!   `lambda:` chain 1,500 deep overflows a 1 MiB stack natively, 1,000
//!   does not; see `stack_tests`). The depth is estimated without parsing:
//!   brackets open, plus the operators and expression keywords of the
//!   current element at each bracket level (a comma starts a new element,
//!   so long flat data like `[-1, -2, ...]` is never rejected), plus every
//!   `lambda` (whose parameters have commas of their own). That bounds the
//!   real depth from above; CPython accepts a flat `and` chain of any
//!   length, which this rejects past the limit, but no one writes one by
//!   hand.
//!
//! The scan is a small tokenizer: it skips strings (with prefixes, triple
//! quotes, escapes) and comments, follows brackets, backslash
//! continuations and indentation, and nothing else.

use super::error::{CompileError, ErrorKind};

/// CPython's `MAXLEVEL` (Parser/tokenizer.h).
const MAX_BRACKETS: usize = 200;
/// CPython's `MAXINDENT` (Parser/tokenizer.h).
const MAX_INDENT: usize = 100;
/// The deepest expression the scan lets through (see the module doc).
pub const MAX_DEPTH: usize = 800;

/// Checks the limits; the error is the one CPython raises first.
pub fn check(source: &str) -> Result<(), CompileError> {
    let mut scan = Scan { brackets: Vec::new(), indents: vec![0], levels: vec![Level::default()], depth: 0, line: 1, line_start: 0 };
    scan.run(source)
}

/// What one bracket level (or the logical line itself) adds to the depth.
#[derive(Default)]
struct Level {
    /// Operators and keywords in the current element (reset by a comma).
    element: usize,
    /// `lambda`s at this level (never reset).
    lambdas: usize,
}

struct Scan {
    /// Open brackets (their lines, for nothing but the count).
    brackets: Vec<u32>,
    /// Indentation widths, CPython's `indstack`.
    indents: Vec<usize>,
    /// The logical line, then one per open bracket.
    levels: Vec<Level>,
    /// The estimated depth: brackets + the sum over `levels`.
    depth: usize,
    line: u32,
    line_start: usize,
}

fn line_text(source: &str, start: usize) -> String {
    source[start..].lines().next().unwrap_or("").to_owned()
}

impl Scan {
    fn error(&self, source: &str, kind: ErrorKind, message: &str, at: usize) -> CompileError {
        let text = line_text(source, self.line_start);
        let col = source[self.line_start..at].chars().count() as u32 + 1;
        CompileError { kind, message: message.to_owned(), line: self.line, col, end_line: self.line, end_col: col + 1, text }
    }

    fn newline(&mut self, at: usize) {
        self.line += 1;
        self.line_start = at;
    }

    fn run(&mut self, source: &str) -> Result<(), CompileError> {
        let bytes = source.as_bytes();
        let mut i = 0;
        let mut at_line_start = true;
        while i < bytes.len() {
            if at_line_start {
                at_line_start = false;
                if self.brackets.is_empty() {
                    i = self.indentation(source, i)?;
                    continue;
                }
            }
            let c = bytes[i];
            match c {
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                b'\n' => {
                    i += 1;
                    self.newline(i);
                    at_line_start = true;
                    if self.brackets.is_empty() {
                        self.levels = vec![Level::default()];
                        self.depth = 0;
                    }
                }
                b'\\' if bytes.get(i + 1) == Some(&b'\n') => {
                    // A continuation: the logical line goes on, no indentation.
                    i += 2;
                    self.newline(i);
                }
                b'\'' | b'"' => i = self.string(bytes, i),
                b'(' | b'[' | b'{' => {
                    if self.brackets.len() >= MAX_BRACKETS {
                        return Err(self.error(source, ErrorKind::Syntax, "too many nested parentheses", i));
                    }
                    self.brackets.push(self.line);
                    self.levels.push(Level::default());
                    self.deeper(source, i, 1)?;
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    if self.brackets.pop().is_some() {
                        let level = self.levels.pop().unwrap_or_default();
                        self.depth -= 1 + level.element + level.lambdas;
                    }
                    i += 1;
                }
                b',' | b';' => {
                    // A new element (or statement) at this level.
                    if let Some(level) = self.levels.last_mut() {
                        self.depth -= level.element;
                        level.element = 0;
                    }
                    i += 1;
                }
                b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'~' | b'<' | b'>' | b'=' | b'!' => {
                    // One operator token (`**=`, `<=`, `//`) counts once; a
                    // lone `=` (assignment, keyword argument) never nests.
                    let start = i;
                    i += 1;
                    while i < bytes.len() && i - start < 3 && matches!(bytes[i], b'*' | b'/' | b'<' | b'>' | b'=') {
                        i += 1;
                    }
                    if &source[start..i] != "=" {
                        self.operator(source, i, false)?;
                    }
                }
                c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                    let start = i;
                    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] >= 0x80) {
                        i += 1;
                    }
                    let word = &source[start..i];
                    if i < bytes.len() && matches!(bytes[i], b'\'' | b'"') && is_string_prefix(word) {
                        i = self.string(bytes, i);
                    } else if matches!(word, "lambda" | "not" | "await" | "and" | "or" | "if" | "in" | "is") {
                        self.operator(source, i, word == "lambda")?;
                    }
                }
                _ => i += 1,
            }
        }
        Ok(())
    }

    fn operator(&mut self, source: &str, at: usize, lambda: bool) -> Result<(), CompileError> {
        if let Some(level) = self.levels.last_mut() {
            if lambda {
                level.lambdas += 1;
            } else {
                level.element += 1;
            }
        }
        self.deeper(source, at, 1)
    }

    fn deeper(&mut self, source: &str, at: usize, by: usize) -> Result<(), CompileError> {
        self.depth += by;
        if self.depth > MAX_DEPTH && self.brackets.len() <= MAX_BRACKETS {
            return Err(self.error(source, ErrorKind::Recursion, "maximum recursion depth exceeded during compilation", at));
        }
        Ok(())
    }

    /// Measures a line's indentation (blank and comment-only lines do not
    /// count) and returns where its text starts.
    fn indentation(&mut self, source: &str, start: usize) -> Result<usize, CompileError> {
        let bytes = source.as_bytes();
        let mut i = start;
        let mut col = 0;
        while i < bytes.len() {
            match bytes[i] {
                b' ' => col += 1,
                b'\t' => col = (col / 8 + 1) * 8,
                b'\x0c' => col = 0,
                _ => break,
            }
            i += 1;
        }
        if i >= bytes.len() || matches!(bytes[i], b'\n' | b'\r' | b'#') {
            return Ok(i);
        }
        if col > *self.indents.last().unwrap_or(&0) {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.error(source, ErrorKind::Indentation, "too many levels of indentation", i));
            }
            self.indents.push(col);
        } else {
            while self.indents.len() > 1 && col < *self.indents.last().unwrap_or(&0) {
                self.indents.pop();
            }
        }
        Ok(i)
    }

    /// Skips the string starting at the quote at `i`; returns the index
    /// after it (or the end of the source, for an unterminated one: the
    /// parser reports that).
    fn string(&mut self, bytes: &[u8], mut i: usize) -> usize {
        let q = bytes[i];
        let triple = bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q);
        i += if triple { 3 } else { 1 };
        while i < bytes.len() {
            match bytes[i] {
                b'\\' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        self.newline(i + 2);
                    }
                    i += 2;
                }
                b'\n' => {
                    i += 1;
                    self.newline(i);
                    if !triple {
                        return i;
                    }
                }
                c if c == q => {
                    if !triple {
                        return i + 1;
                    }
                    if bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q) {
                        return i + 3;
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
        i
    }
}

fn is_string_prefix(word: &str) -> bool {
    word.len() <= 2 && word.chars().all(|c| matches!(c.to_ascii_lowercase(), 'r' | 'b' | 'f' | 'u'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(source: &str) -> Option<(String, u32)> {
        check(source).err().map(|e| (format!("{}: {}", e.kind.name(), e.message), e.line))
    }

    #[test]
    fn brackets_past_200_are_too_many_nested_parentheses() {
        let ok = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
        assert_eq!(err(&ok), None);
        let bad = format!("y = 1\nx = [{}1{}]\n", "(".repeat(200), ")".repeat(200));
        assert_eq!(err(&bad), Some(("SyntaxError: too many nested parentheses".into(), 2)));
    }

    #[test]
    fn brackets_in_strings_and_comments_do_not_count() {
        let s = format!("x = '{0}' + \"\"\"{0}\n{0}\"\"\" # {0}\nprint(x)\n", "(".repeat(300));
        assert_eq!(err(&s), None);
    }

    #[test]
    fn a_hundred_indentation_levels_are_too_many() {
        let nest = |n: usize| (0..n).map(|i| format!("{}if True:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(n) + "pass\n";
        assert_eq!(err(&nest(99)), None);
        assert_eq!(err(&nest(100)), Some(("IndentationError: too many levels of indentation".into(), 101)));
    }

    #[test]
    fn operator_chains_past_the_limit_are_recursion_errors() {
        let ok = format!("x = {}\n", vec!["1"; MAX_DEPTH + 1].join("+"));
        assert_eq!(err(&ok), None);
        let bad = format!("x = {}\n", vec!["1"; MAX_DEPTH + 2].join("+"));
        assert_eq!(err(&bad).map(|e| e.0), Some("RecursionError: maximum recursion depth exceeded during compilation".into()));
        let lambdas = format!("f = {}1\n", "lambda: ".repeat(10_000));
        assert!(err(&lambdas).is_some());
        let flat = format!("x = [{}]\n", vec!["-1"; 100_000].join(", "));
        assert_eq!(err(&flat), None);
        let lines = format!("x = {{\n{}}}\n", "    'k': -1 + 2,\n".repeat(5_000));
        assert_eq!(err(&lines), None);
        let params = format!("f = {}1\n", "lambda a, b: ".repeat(MAX_DEPTH + 1));
        assert!(err(&params).is_some());
    }

    #[test]
    fn the_count_restarts_each_logical_line() {
        let line = format!("x = {}\n", vec!["1"; MAX_DEPTH - 10].join("+"));
        assert_eq!(err(&line.repeat(5)), None);
    }
}

#[cfg(test)]
mod stack_tests {
    /// The deepest sources the limits let through compile on a 1 MiB stack
    /// (wasm's): parser, compiler and the AST's drop all recurse.
    #[test]
    fn the_deepest_accepted_sources_fit_a_small_stack() {
        let n = super::MAX_DEPTH;
        let sources = [
            format!("x = {}1\n", "-".repeat(n)),
            format!("f = {}1\n", "lambda: ".repeat(n)),
            format!("x = {}\n", vec!["1"; n].join("**")),
            format!("x = {}\n", vec!["1"; n].join("+")),
            format!("x = {}\n", vec!["1"; n / 2].join(" if 1 else ")),
            format!("x = {}{}1{}\n", "(-".repeat(199), "-".repeat(n - 400), ")".repeat(199)),
            format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200)),
        ];
        for source in sources {
            let head: String = source.chars().take(30).collect();
            let handle = std::thread::Builder::new()
                .stack_size(1 << 20)
                .spawn(move || crate::compile::compile_module(&source, "deep.py").map(|_| ()).map_err(|e| e.to_string()))
                .expect("thread");
            assert_eq!(handle.join().expect("no overflow"), Ok(()), "{head}");
        }
    }
}

