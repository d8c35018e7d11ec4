//! Byte offsets to (line, column): the compiler records lines per
//! instruction, and errors report CPython-style 1-based lines and columns
//! counted in characters.

use ruff_text_size::TextSize;

/// Line start offsets of a source text.
pub struct LineIndex {
    starts: Vec<u32>,
    source: std::rc::Rc<str>,
}

impl LineIndex {
    /// Indexes `source`.
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        Self { starts, source: source.into() }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: TextSize) -> u32 {
        let o = offset.to_u32();
        match self.starts.binary_search(&o) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based column (in characters) of a byte offset.
    pub fn col(&self, offset: TextSize) -> u32 {
        let line = self.line(offset) as usize;
        let start = self.starts[line - 1] as usize;
        let end = (offset.to_u32() as usize).min(self.source.len());
        self.source.get(start..end).map_or(0, |s| s.chars().count() as u32) + 1
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let i = line as usize;
        if i == 0 || i > self.starts.len() {
            return "";
        }
        let start = self.starts[i - 1] as usize;
        let end = self.starts.get(i).map_or(self.source.len(), |e| *e as usize);
        self.source[start..end].trim_end_matches(['\n', '\r'])
    }
}
