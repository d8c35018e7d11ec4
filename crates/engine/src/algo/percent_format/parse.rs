//! Parsing a `%` format string into pieces: `PyUnicode_Format`'s main loop
//! and `unicode_format_arg_parse`, step for step (including when running
//! out of characters consumes a `*` argument first).

use super::{Conversion, Count, Flags, PercentError, Piece};

/// The pieces of `fmt`, parsed lazily so that an error comes after the
/// conversions before it, as in CPython. The iterator ends after an error.
///
/// ```
/// use coroscope_engine::algo::percent_format::{pieces, Piece};
/// let parts: Vec<_> = pieces("%(n)05.1f%%").collect::<Result<_, _>>().unwrap();
/// assert!(matches!(parts[0], Piece::Conversion(c) if c.key == Some("n") && c.kind == 'f'));
/// assert_eq!(parts[1], Piece::Literal("%"));
/// ```
pub fn pieces(fmt: &str) -> Pieces<'_> {
    Pieces {
        fmt,
        chars: fmt.char_indices().collect(),
        pos: 0,
        failed: false,
    }
}

/// The iterator of [`pieces`].
#[derive(Clone, Debug)]
pub struct Pieces<'a> {
    fmt: &'a str,
    /// Byte offset of every character.
    chars: Vec<(usize, char)>,
    /// Next character to read.
    pos: usize,
    failed: bool,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Result<Piece<'a>, PercentError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.chars.len() {
            return None;
        }
        if self.chars[self.pos].1 != '%' {
            let end = (self.pos..self.chars.len())
                .find(|&i| self.chars[i].1 == '%')
                .unwrap_or(self.chars.len());
            let text = &self.fmt[self.byte(self.pos)..self.byte(end)];
            self.pos = end;
            return Some(Ok(Piece::Literal(text)));
        }
        self.pos += 1;
        if self.char_at(self.pos) == '%' {
            let text = &self.fmt[self.byte(self.pos)..self.byte(self.pos + 1)];
            self.pos += 1;
            return Some(Ok(Piece::Literal(text)));
        }
        let parsed = self.conversion();
        self.failed = parsed.is_err();
        Some(parsed.map(Piece::Conversion))
    }
}

impl<'a> Pieces<'a> {
    fn byte(&self, pos: usize) -> usize {
        self.chars.get(pos).map_or(self.fmt.len(), |&(b, _)| b)
    }

    /// The character at `pos`, or NUL past the end (what CPython reads there).
    fn char_at(&self, pos: usize) -> char {
        self.chars.get(pos).map_or('\0', |&(_, c)| c)
    }

    /// Mirrors `unicode_format_arg_parse`, with its countdown of remaining
    /// characters (`fmtcnt`) so that running out at any step behaves alike.
    fn conversion(&mut self) -> Result<Conversion<'a>, PercentError> {
        let mut reader = Reader {
            pieces: self,
            left: 0,
            stars: 0,
        };
        reader.left = reader.pieces.chars.len() as i64 - reader.pieces.pos as i64;
        let key = reader.key()?;
        let (flags, mut ch) = reader.flags();
        let width = reader.width(&mut ch)?;
        let precision = reader.precision(&mut ch)?;
        // "h", "l" and "L" before the type letter are ignored.
        if reader.left >= 0 && matches!(ch, 'h' | 'l' | 'L') {
            ch = reader.advance().unwrap_or(ch);
        }
        if reader.left < 0 {
            return Err(PercentError::Incomplete { stars: reader.stars });
        }
        let index = reader.pieces.pos - 1;
        Ok(Conversion {
            key,
            flags,
            width,
            precision,
            kind: ch,
            index,
        })
    }
}

/// The parsing state of one conversion.
struct Reader<'p, 'a> {
    pieces: &'p mut Pieces<'a>,
    /// CPython's `fmtcnt`: characters left; negative once exhausted.
    left: i64,
    stars: u8,
}

impl<'a> Reader<'_, 'a> {
    /// `if (--fmtcnt >= 0) ch = read()`.
    fn advance(&mut self) -> Option<char> {
        self.left -= 1;
        (self.left >= 0).then(|| {
            let c = self.pieces.char_at(self.pieces.pos);
            self.pieces.pos += 1;
            c
        })
    }

    /// `(key)`, balancing nested parentheses.
    fn key(&mut self) -> Result<Option<&'a str>, PercentError> {
        if self.pieces.char_at(self.pieces.pos) != '(' {
            return Ok(None);
        }
        self.pieces.pos += 1;
        self.left -= 1;
        let start = self.pieces.pos;
        let mut depth = 1;
        while depth > 0 {
            match self.advance() {
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
                None => break,
            }
        }
        if self.left < 0 || depth > 0 {
            return Err(PercentError::IncompleteKey);
        }
        let fmt = self.pieces.fmt;
        Ok(Some(
            &fmt[self.pieces.byte(start)..self.pieces.byte(self.pieces.pos - 1)],
        ))
    }

    /// The flag characters; returns them and the first other character read.
    fn flags(&mut self) -> (Flags, char) {
        let mut flags = Flags::default();
        let mut ch = self.pieces.char_at(self.pieces.pos);
        while let Some(c) = self.advance() {
            ch = c;
            match c {
                '-' => flags.left = true,
                '+' => flags.sign = true,
                ' ' => flags.blank = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break,
            }
        }
        (flags, ch)
    }

    /// `*` or digits, starting at `ch`.
    fn width(&mut self, ch: &mut char) -> Result<Option<Count>, PercentError> {
        if *ch == '*' {
            self.stars += 1;
            *ch = self.advance().unwrap_or(*ch);
            return Ok(Some(Count::Star));
        }
        self.number(ch, isize::MAX as u64, PercentError::WidthTooBig)
    }

    /// `.` then `*` or digits (possibly none).
    fn precision(&mut self, ch: &mut char) -> Result<Option<Count>, PercentError> {
        if *ch != '.' {
            return Ok(None);
        }
        *ch = self.advance().unwrap_or(*ch);
        if *ch == '*' {
            self.stars += 1;
            *ch = self.advance().unwrap_or(*ch);
            return Ok(Some(Count::Star));
        }
        let too_big = PercentError::PrecisionTooBig { stars: self.stars };
        Ok(Some(
            self.number(ch, i32::MAX as u64, too_big)?.unwrap_or(Count::Fixed(0)),
        ))
    }

    /// Decimal digits starting at `ch`, up to `max`.
    fn number(&mut self, ch: &mut char, max: u64, too_big: PercentError) -> Result<Option<Count>, PercentError> {
        let Some(first) = ch.to_digit(10) else { return Ok(None) };
        let mut value = u64::from(first);
        while let Some(c) = self.advance() {
            *ch = c;
            let Some(digit) = c.to_digit(10) else { break };
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(digit)))
                .ok_or(too_big)?;
            if value > max {
                return Err(too_big);
            }
        }
        Ok(Some(Count::Fixed(usize::try_from(value).unwrap_or(usize::MAX))))
    }
}
