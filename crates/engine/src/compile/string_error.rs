//! CPython's wording for a bad escape in a string literal, which ruff
//! reports as one `UnicodeError` whether it is an unknown `\N{...}` name
//! (`(unicode error) 'unicodeescape' codec can't decode bytes in position
//! 0-25: unknown Unicode character name`), a short `\x`/`\u`/`\U`
//! (`truncated \xXX escape`), an out-of-range `\U` (`illegal Unicode
//! character`), or a short `\x` in a bytes literal (`(value error) invalid
//! \x escape at position 0`). The positions count bytes of the string
//! literal's body (CPython decodes the raw body with the `unicode_escape`
//! codec, after writing each non-ASCII character as a 10-byte
//! `\UXXXXXXXX`; an f-string's body restarts after each `{...}` field),
//! from the backslash to the closing brace or the last hex digit. ruff
//! reports only where the name or the bad digit is, so the escape is found
//! by looking back for its backslash, and the literal by lexing the source
//! up to it.

use ruff_text_size::{TextRange, TextSize};

/// The message and the range CPython marks (just past the literal) for a
/// bad escape ruff located at `at`: inside the braces of `\N{...}`, at the
/// first non-hex character of `\x`/`\u`/`\U` (or where the digits stop).
pub fn bad_escape(source: &str, at: TextRange) -> (String, TextRange) {
    let start = at.start().to_usize().min(source.len());
    // Between the backslash and `at` there is only ASCII (`N{`, or a letter
    // and hex digits), so the nearest backslash before `at` is the escape's.
    let backslash = source.get(..start).and_then(|s| s.rfind('\\')).unwrap_or(start);
    let letter = source.as_bytes().get(backslash + 1).copied().unwrap_or(b'N');
    let literal = enclosing_literal(source, backslash);
    let (body_start, literal_end) = literal.map_or((backslash, start + 1), |l| (l.body, l.end));
    let is_f = literal.is_some_and(|l| l.is_f);
    let first = source.get(body_start..backslash).map_or(0, |body| decoded_len(body, is_f));
    let digits = start.saturating_sub(backslash + 2);
    let message = match letter {
        b'x' if literal.is_some_and(|l| l.is_bytes) => format!("(value error) invalid \\x escape at position {first}"),
        b'x' | b'u' | b'U' => {
            let last = first + 1 + digits;
            let what = match letter {
                b'U' if digits == 8 => "illegal Unicode character",
                b'x' => "truncated \\xXX escape",
                b'u' => "truncated \\uXXXX escape",
                _ => "truncated \\UXXXXXXXX escape",
            };
            unicode_error(first, last, what)
        }
        _ => {
            let brace = at.end().to_usize();
            unicode_error(first, first + brace.saturating_sub(backslash), "unknown Unicode character name")
        }
    };
    let at = TextSize::from(literal_end.min(source.len()) as u32);
    (message, TextRange::new(at, at))
}

fn unicode_error(first: usize, last: usize, what: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {first}-{last}: {what}")
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
    /// Whether its prefix has `b`.
    is_bytes: bool,
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
                    let prefix = || source.as_bytes()[..i].iter().rev().take_while(|b| b.is_ascii_alphabetic());
                    let is_f = prefix().any(|b| b.eq_ignore_ascii_case(&b'f'));
                    let is_bytes = prefix().any(|b| b.eq_ignore_ascii_case(&b'b'));
                    return Some(Literal { body, end, is_f, is_bytes });
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
        bad_escape(source, range).0
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

    /// ruff's range for a bad hex escape: the first non-hex character, or
    /// empty where the digits stop.
    fn hex_message(source: &str, at: &str, len: usize) -> String {
        let start = source.find(at).unwrap();
        let range = TextRange::at(TextSize::from(start as u32), TextSize::from(len as u32));
        bad_escape(source, range).0
    }

    #[test]
    fn hex_escapes_are_truncated_or_illegal() {
        let expect = |range: &str, what: &str| format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {range}: {what}");
        // The messages CPython 3.11.7 prints for these:
        assert_eq!(hex_message("s = '\\x4'\n", "'\n", 0), expect("0-2", "truncated \\xXX escape"));
        assert_eq!(hex_message("s = '직접\\x 쓰기'\n", " 쓰", 1), expect("20-21", "truncated \\xXX escape"), "no slicing inside '접'");
        assert_eq!(hex_message("s = '\\x한'\n", "한", 3), expect("0-1", "truncated \\xXX escape"));
        assert_eq!(hex_message("s = '한\\u12g'\n", "g", 1), expect("10-13", "truncated \\uXXXX escape"));
        assert_eq!(hex_message("s = '\\U0011000'\n", "'\n", 0), expect("0-8", "truncated \\UXXXXXXXX escape"));
        assert_eq!(hex_message("s = '\\U00110000'\n", "'\n", 0), expect("0-9", "illegal Unicode character"));
        assert_eq!(hex_message("s = f'{1}ab\\x4'\n", "'\n", 0), expect("2-4", "truncated \\xXX escape"));
        assert_eq!(hex_message("s = b'ab\\xg1'\n", "g1", 1), "(value error) invalid \\x escape at position 2");
    }

    #[test]
    fn odd_locations_do_not_panic() {
        for source in ["", "접", "'접'", "\\접", "b'\\"] {
            for start in 0..=source.len() as u32 + 2 {
                let range = TextRange::new(TextSize::from(start), TextSize::from(start + 1));
                let _ = bad_escape(source, range);
            }
        }
    }
}
