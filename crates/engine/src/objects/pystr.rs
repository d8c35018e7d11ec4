//! `str`: UTF-8 storage with the character count cached, so the common
//! ASCII case indexes in O(1) while `len` and indexing still count code
//! points as Python does.

use std::cell::Cell;

/// Spare bytes (plus a quarter of the length) a new string may keep
/// instead of shrinking its buffer to fit.
pub const SLACK_KEPT: usize = 32;

/// A Python string.
pub struct PyStr {
    /// Sized to the text when created, give or take [`SLACK_KEPT`]; only
    /// [`PyStr::append`] grows it.
    text: String,
    chars: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    /// Wraps `text`, counting its characters once. Spare capacity beyond
    /// [`SLACK_KEPT`] is given back; a little is kept rather than paying a
    /// `realloc` for every short string (`str(i)`'s `"12345"` comes with 8
    /// bytes: callgrind, string_build: 5% of the run was that `realloc`).
    pub fn new(mut text: String) -> Self {
        let chars = if text.is_ascii() { text.len() } else { text.chars().count() };
        if text.capacity() - text.len() > SLACK_KEPT + text.len() / 4 {
            text.shrink_to_fit();
        }
        Self { text, chars, hash: Cell::new(None) }
    }

    /// Appends `other` (for `s += t` when nothing else holds `s`; see
    /// `Vm::append_in_place`). The capacity grows geometrically, so a loop
    /// of appends is linear, not quadratic.
    pub fn append(&mut self, other: &PyStr) {
        self.text.push_str(&other.text);
        self.chars += other.chars;
        self.hash.set(None);
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Number of code points (`len(s)`).
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// True when every character is ASCII (byte index = char index).
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The `i`-th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(i).map(|b| *b as char)
        } else {
            self.text.chars().nth(i)
        }
    }

    /// Byte offset of the `i`-th character (`i` may equal the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.text.len())
        } else {
            self.text.char_indices().nth(i).map_or(self.text.len(), |(b, _)| b)
        }
    }

    /// Substring by character range `[start, end)`.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if end <= start {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.text[a..b]
    }

    /// The cached hash, computing it with `f` the first time.
    pub fn hash_with(&self, f: impl FnOnce(&str) -> i64) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = f(&self.text);
        self.hash.set(Some(h));
        h
    }
}
