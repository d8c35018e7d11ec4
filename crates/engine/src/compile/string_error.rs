//! CPython's wording for a bad `\N{...}` escape:
//! `(unicode error) 'unicodeescape' codec can't decode bytes in position
//! 0-25: unknown Unicode character name`. The positions count bytes of the
//! string literal's body (CPython decodes the raw body with the
//! `unicode_escape` codec, after writing each non-ASCII character as a
//! 10-byte `\UXXXXXXXX`; an f-string's body restarts after each `{...}`
//! field), from the backslash to the closing brace. ruff reports only where
//! the name is, so the literal is found by lexing the source up to it.

use ruff_text_size::{TextRange, TextSize};

/// The message and the range CPython marks (just past the literal) for an
/// unknown name whose text ruff located at `name` (inside the braces).
pub fn unknown_name(source: &str, name: TextRange) -> (String, TextRange) {
    let escape_start = name.start().to_usize().saturating_sub(3); // `\N{`
    let brace = name.end().to_usize();
    let literal = enclosing_literal(source, escape_start);
    let (body_start, literal_end) = literal.map_or((escape_start, brace + 1), |l| (l.body, l.end));
    let is_f = literal.is_some_and(|l| l.is_f);
    let first = decoded_len(&source[body_start..escape_start], is_f);
    let last = first + (brace - escape_start);
    let message =
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {first}-{last}: unknown Unicode character name");
    let at = TextSize::from(literal_end.min(source.len()) as u32);
    (message, TextRange::new(at, at))
}

/// How many bytes CPython's decoder has seen of `body` (the literal's text
/// before the escape): non-ASCII characters count 10, and in an f-string
/// the count restarts after each replacement field.
fn decoded_len(body: &str, is_f: bool) -> usize {
    let mut count = 0;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if is_f && chars.peek() == Some(&'{') => {
                chars.next();
                count += 2;
            }
            '{' if is_f => {
                let mut depth = 1;
                for inner in chars.by_ref() {
                    depth += match inner {
                        '{' => 1,
                        '}' => -1,
                        _ => 0,
                    };
                    if depth == 0 {
                        break;
                    }
                }
                count = 0;
            }
            c if c.is_ascii() => count += 1,
            _ => count += 10,
        }
    }
    count
}

/// A string literal found in the source.
#[derive(Clone, Copy)]
struct Literal {
    /// Byte offset of its body (past the opening quotes).
    body: usize,
    /// Byte offset past its closing quotes.
    end: usize,
    /// Whether its prefix has `f`.
    is_f: bool,
}

/// The string literal holding byte `offset`: a small tokenizer that knows
/// quotes (single and triple), prefixes, backslash escapes and comments —
/// enough for 3.11, where an f-string cannot nest its own quote.
fn enclosing_literal(source: &str, offset: usize) -> Option<Literal> {
    let bytes = source.as_bytes();
    let mut i = 0;
    while i < bytes.len() && i <= offset {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            quote @ (b'\'' | b'"') => {
                let triple = bytes[i..].starts_with(&[quote; 3]);
                let width = if triple { 3 } else { 1 };
                let body = i + width;
                let end = literal_end(bytes, body, quote, triple);
                if offset >= body && offset < end {
                    let prefix = source[..i].bytes().rev().take_while(u8::is_ascii_alphabetic);
                    let is_f = prefix.into_iter().any(|b| b.eq_ignore_ascii_case(&b'f'));
                    return Some(Literal { body, end, is_f });
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Where a literal whose body starts at `body` ends (past its closing
/// quotes, or at the end of the line / source when it never closes).
fn literal_end(bytes: &[u8], body: usize, quote: u8, triple: bool) -> usize {
    let mut i = body;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\n' if !triple => return i,
            b if b == quote && (!triple || bytes[i..].starts_with(&[quote; 3])) => return i + if triple { 3 } else { 1 },
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message_for(source: &str, name: &str) -> String {
        let start = source.find(name).unwrap();
        let range = TextRange::new(TextSize::from(start as u32), TextSize::from((start + name.len()) as u32));
        unknown_name(source, range).0
    }

    #[test]
    fn positions_count_from_the_literals_body() {
        let expect = |range: &str| format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {range}: unknown Unicode character name");
        assert_eq!(message_for("print(\"\\N{NOPE}\")\n", "NOPE"), expect("0-7"));
        assert_eq!(message_for("x = 'ab\\'c\\N{NOPE}'\n", "NOPE"), expect("5-12"));
        assert_eq!(message_for("# \"\nx = \"\"\"a\n\\N{NOPE}\"\"\"\n", "NOPE"), expect("2-9"));
        // The positions CPython 3.11.7 prints for these:
        assert_eq!(message_for("s = '한\\N{NOPE}'\n", "NOPE"), expect("10-17"), "non-ASCII counts as \\UXXXXXXXX");
        assert_eq!(message_for("s = 'a\\tb\\N{NOPE}'\n", "NOPE"), expect("4-11"));
        assert_eq!(message_for("s = f\"{1}\\N{NOPE}\"\n", "NOPE"), expect("0-7"), "restarts after a field");
    }
}
