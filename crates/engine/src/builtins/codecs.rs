//! The codecs learners use — `utf-8`, `ascii`, `latin-1` — with the
//! `strict`, `replace` and `ignore` error handlers, for `str.encode`,
//! `bytes.decode`/`bytearray.decode`, `str(b, encoding)` and
//! `bytes(s, encoding)`. Error messages are CPython's codec messages
//! (`Objects/exceptions.c`, `UnicodeEncodeError.__str__` and friends): one
//! offending unit is named ("byte 0xff in position 3"), a run is a range
//! ("bytes in position 0-1").

use crate::objects::Value;
use crate::vm::exceptions::{exc_instance, new_exc, PyResult, Unwind};

fn normalize(encoding: &str) -> String {
    encoding.to_lowercase().replace(['_', ' '], "-")
}

fn unknown_encoding(encoding: &str) -> Unwind {
    new_exc("LookupError", &format!("unknown encoding: {encoding}"))
}

fn unicode_error(kind: &str, msg: &str) -> Unwind {
    Unwind::Raise(exc_instance(&crate::types::types().exc(kind), vec![Value::str(msg)]))
}

/// "position 3" or "position 3-5", as CPython's codec errors word a range
/// `start..end` of more than one unit.
fn position(start: usize, end: usize) -> String {
    if end - start <= 1 {
        format!("position {start}")
    } else {
        format!("position {start}-{}", end - 1)
    }
}

/// `s.encode(encoding, errors)` as raw bytes.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let limit = match normalize(encoding).as_str() {
        "utf-8" | "utf8" => return Ok(s.as_bytes().to_vec()),
        "ascii" | "us-ascii" => 128u32,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => 256,
        _ => return Err(unknown_encoding(encoding)),
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if (chars[i] as u32) < limit {
            out.push(chars[i] as u8);
            i += 1;
            continue;
        }
        match errors {
            "replace" => out.push(b'?'),
            "ignore" => {}
            _ => {
                // CPython reports the whole run of unencodable characters.
                let run = chars[i..].iter().take_while(|c| **c as u32 >= limit).count();
                let codec = if limit == 128 { "ascii" } else { "latin-1" };
                let what = if run == 1 {
                    format!("character '{}'", crate::vm::repr::ascii_escape(&chars[i].to_string()))
                } else {
                    "characters".to_owned()
                };
                let msg = format!("'{codec}' codec can't encode {what} in {}: ordinal not in range({limit})", position(i, i + run));
                return Err(unicode_error("UnicodeEncodeError", &msg));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    match normalize(encoding).as_str() {
        "utf-8" | "utf8" => decode_utf8(b, errors),
        "ascii" | "us-ascii" => {
            let mut s = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                match (c < 128, errors) {
                    (true, _) => s.push(c as char),
                    (false, "replace") => s.push('\u{fffd}'),
                    (false, "ignore") => {}
                    (false, _) => {
                        let msg = format!("'ascii' codec can't decode byte 0x{c:02x} in position {i}: ordinal not in range(128)");
                        return Err(unicode_error("UnicodeDecodeError", &msg));
                    }
                }
            }
            Ok(s)
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => Ok(b.iter().map(|&c| c as char).collect()),
        _ => Err(unknown_encoding(encoding)),
    }
}

/// UTF-8 with CPython's error ranges: Rust's `error_len` is the same
/// "maximal subpart" CPython's decoder reports and `replace` substitutes.
fn decode_utf8(b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut offset = 0;
    for chunk in b.utf8_chunks() {
        out.push_str(chunk.valid());
        offset += chunk.valid().len();
        let bad = chunk.invalid();
        if bad.is_empty() {
            continue;
        }
        match errors {
            "replace" => out.push('\u{fffd}'),
            "ignore" => {}
            _ => {
                let end = offset + bad.len();
                let truncated = end == b.len() && is_truncated(bad);
                let reason = if truncated {
                    "unexpected end of data"
                } else if matches!(bad[0], 0x80..=0xc1 | 0xf5..=0xff) {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                };
                let what = if bad.len() == 1 { format!("byte 0x{:02x}", bad[0]) } else { "bytes".to_owned() };
                let msg = format!("'utf-8' codec can't decode {what} in {}: {reason}", position(offset, end));
                return Err(unicode_error("UnicodeDecodeError", &msg));
            }
        }
        offset += bad.len();
    }
    Ok(out)
}

/// True when `bad` is a valid prefix of a multi-byte sequence cut short
/// by the end of the input (Rust's `error_len() == None`).
fn is_truncated(bad: &[u8]) -> bool {
    std::str::from_utf8(bad).err().is_some_and(|e| e.error_len().is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(r: PyResult<String>) -> String {
        match r {
            Err(Unwind::Raise(e)) => crate::vm::exceptions::exc_data(&e).map(|i| format!("{:?}", i.exc.as_ref().unwrap().borrow().args)).unwrap(),
            _ => "no error".into(),
        }
    }

    #[test]
    fn utf8_errors_name_a_byte_or_a_range() {
        assert!(message(decode(b"\xed\x95", "utf-8", "strict")).contains("bytes in position 0-1: unexpected end of data"));
        assert!(message(decode(b"a\xff", "utf-8", "strict")).contains("byte 0xff in position 1: invalid start byte"));
        assert!(message(decode(b"\xf0\x9f\x41", "utf-8", "strict")).contains("bytes in position 0-1: invalid continuation byte"));
        assert!(message(decode(b"\xe4\x41", "utf-8", "strict")).contains("byte 0xe4 in position 0: invalid continuation byte"));
    }

    #[test]
    fn handlers_replace_or_drop_each_bad_part() {
        assert_eq!(decode(b"a\xffb\xed\x95", "utf-8", "replace").ok().unwrap(), "a\u{fffd}b\u{fffd}");
        assert_eq!(decode("x\u{fffd}\u{ff}".as_bytes(), "utf8", "ignore").ok().unwrap(), "x\u{fffd}\u{ff}");
        assert_eq!(decode(b"\xffz", "utf-8", "ignore").ok().unwrap(), "z");
    }
}
