//! The format-spec mini-language of `format()`, f-strings and `str.format`:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Mirrors `Python/formatter_unicode.c` of CPython 3.11:
//! [`FormatSpec::parse`] (here) is `parse_internal_render_format_spec`, and
//! [`format_str`], [`format_int`] and [`format_float`] (in `render.rs`) are
//! `format_string_internal`, `format_long_internal` and
//! `format_float_internal` with the type dispatch of the `__format__`
//! methods in front. Error texts are CPython's `ValueError`/`OverflowError`
//! messages; see [`FormatError::message`].

use super::unicode_digit::decimal_value;

mod render;
pub use render::{format_float, format_int, format_str};

/// Where a value sits in its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign (and prefix) and the digits.
    Equals,
}

/// What a non-negative number shows in front.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `-`: nothing (the default).
    Minus,
    /// `+`: a plus sign.
    Plus,
    /// ` `: a space.
    Space,
}

/// Whose `__format__` parses the spec; this decides the defaults, as the
/// `default_type` and `default_align` arguments of CPython's parser do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// `str.__format__`: type `s`, left-aligned.
    Str,
    /// `int.__format__` (and `bool`): type `d`, right-aligned.
    Int,
    /// `float.__format__`: no type (`repr`-like), right-aligned.
    Float,
}

/// A parsed format spec (CPython's `InternalFormatSpec`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// Padding character (`' '` unless given, `'0'` with the `0` flag).
    pub fill: char,
    /// Alignment, defaulted from the [`Target`].
    pub align: Align,
    /// The sign option, if one was written.
    pub sign: Option<Sign>,
    /// `z`: coerce a negative zero result to positive zero.
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// Minimum field width in characters. Check it against a memory limit
    /// before formatting: CPython allocates that much.
    pub width: Option<u64>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// Digits after the point, significant digits, or maximum characters.
    pub precision: Option<u64>,
    /// The presentation type; `None` only for a float spec without one.
    pub kind: Option<char>,
}

/// A rejected spec or value, with CPython's wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// More than one character left where the type should be.
    InvalidSpecifier(String),
    /// A `.` with no digits after it.
    MissingPrecision,
    /// A width or precision beyond `isize::MAX`.
    TooManyDigits,
    /// Both `,` and `_`.
    CommaAndUnderscore,
    /// A grouping character with a type that does not allow it.
    GroupingNotAllowed {
        /// `,` or `_`.
        separator: char,
        /// The presentation type.
        code: char,
    },
    /// A presentation type the value's type does not know.
    UnknownCode(char),
    /// A sign option on a string (`space` for `' '`).
    SignInString {
        /// Whether the option was a space.
        space: bool,
    },
    /// `z` on a string.
    NoNegZeroInString,
    /// `#` on a string.
    AlternateInString,
    /// `=` on a string.
    EqualsInString,
    /// A precision on an integer presentation.
    PrecisionInInteger,
    /// `z` on an integer presentation.
    NoNegZeroInInteger,
    /// A sign option with `c`.
    SignWithChar,
    /// `#` with `c`.
    AlternateWithChar,
    /// `c` of an int outside `0..0x110000` (an `OverflowError`).
    CharOutOfRange,
    /// `c` of an int beyond a C long (an `OverflowError`).
    CharTooLarge,
    /// A float presentation of an int too large for a float (an `OverflowError`).
    IntTooLargeForFloat,
    /// A float precision beyond `INT_MAX`.
    PrecisionTooBig,
}

impl FormatError {
    /// CPython's message, for a value whose type is `type_name`.
    ///
    /// ```
    /// use coroscope_engine::algo::format_spec::{FormatSpec, Target};
    /// let err = FormatSpec::parse("abc", Target::Float).unwrap_err();
    /// assert_eq!(err.message("float"), "Invalid format specifier 'abc' for object of type 'float'");
    /// ```
    pub fn message(&self, type_name: &str) -> String {
        match self {
            FormatError::InvalidSpecifier(spec) => {
                format!("Invalid format specifier '{spec}' for object of type '{type_name}'")
            }
            FormatError::MissingPrecision => "Format specifier missing precision".to_owned(),
            FormatError::TooManyDigits => "Too many decimal digits in format string".to_owned(),
            FormatError::CommaAndUnderscore => "Cannot specify both ',' and '_'.".to_owned(),
            FormatError::GroupingNotAllowed { separator, code } => {
                format!("Cannot specify '{separator}' with '{}'.", shown_code(*code))
            }
            FormatError::UnknownCode(code) => {
                format!(
                    "Unknown format code '{}' for object of type '{type_name}'",
                    shown_code(*code)
                )
            }
            FormatError::SignInString { space: true } => "Space not allowed in string format specifier".to_owned(),
            FormatError::SignInString { space: false } => "Sign not allowed in string format specifier".to_owned(),
            FormatError::NoNegZeroInString => {
                "Negative zero coercion (z) not allowed in string format specifier".to_owned()
            }
            FormatError::AlternateInString => "Alternate form (#) not allowed in string format specifier".to_owned(),
            FormatError::EqualsInString => "'=' alignment not allowed in string format specifier".to_owned(),
            FormatError::PrecisionInInteger => "Precision not allowed in integer format specifier".to_owned(),
            FormatError::NoNegZeroInInteger => {
                "Negative zero coercion (z) not allowed in integer format specifier".to_owned()
            }
            FormatError::SignWithChar => "Sign not allowed with integer format specifier 'c'".to_owned(),
            FormatError::AlternateWithChar => {
                "Alternate form (#) not allowed with integer format specifier 'c'".to_owned()
            }
            FormatError::CharOutOfRange => "%c arg not in range(0x110000)".to_owned(),
            FormatError::CharTooLarge => "Python int too large to convert to C long".to_owned(),
            FormatError::IntTooLargeForFloat => "int too large to convert to float".to_owned(),
            FormatError::PrecisionTooBig => "precision too big".to_owned(),
        }
    }

    /// Whether CPython raises this as `OverflowError` (else `ValueError`).
    pub fn is_overflow(&self) -> bool {
        matches!(
            self,
            FormatError::CharOutOfRange | FormatError::CharTooLarge | FormatError::IntTooLargeForFloat
        )
    }
}

/// A type code as CPython's messages show it: itself if printable ASCII
/// (33..=127), else `\x` and its hex value.
fn shown_code(code: char) -> String {
    let value = u32::from(code);
    if value > 32 && value < 128 {
        code.to_string()
    } else {
        format!("\\x{value:x}")
    }
}

impl FormatSpec {
    /// Mirrors `parse_internal_render_format_spec` with the defaults of `target`.
    ///
    /// ```
    /// use coroscope_engine::algo::format_spec::{Align, FormatSpec, Target};
    /// let spec = FormatSpec::parse("*^10,.2f", Target::Float).unwrap();
    /// assert_eq!((spec.fill, spec.align, spec.width, spec.precision), ('*', Align::Center, Some(10), Some(2)));
    /// ```
    pub fn parse(text: &str, target: Target) -> Result<FormatSpec, FormatError> {
        let (kind, align) = match target {
            Target::Str => (Some('s'), Align::Left),
            Target::Int => (Some('d'), Align::Right),
            Target::Float => (None, Align::Right),
        };
        let mut spec = FormatSpec {
            fill: ' ',
            align,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            kind,
        };
        let chars: Vec<char> = text.chars().collect();
        let mut cursor = Cursor { chars: &chars, pos: 0 };
        spec.parse_flags(&mut cursor, align == Align::Right);
        spec.width = cursor.integer()?;
        spec.parse_grouping(&mut cursor)?;
        if cursor.eat('.') {
            spec.precision = Some(cursor.integer()?.ok_or(FormatError::MissingPrecision)?);
        }
        match cursor.rest() {
            [] => {}
            [code] => spec.kind = Some(*code),
            _ => return Err(FormatError::InvalidSpecifier(text.to_owned())),
        }
        spec.check_grouping()?;
        Ok(spec)
    }

    /// `[[fill]align][sign][z][#][0]`.
    fn parse_flags(&mut self, cursor: &mut Cursor<'_>, right_by_default: bool) {
        let mut fill_given = false;
        let mut align_given = false;
        if let Some(align) = cursor.peek_at(1).and_then(align_of) {
            self.fill = cursor.peek_at(0).unwrap_or(' ');
            self.align = align;
            (fill_given, align_given) = (true, true);
            cursor.pos += 2;
        } else if let Some(align) = cursor.peek_at(0).and_then(align_of) {
            self.align = align;
            align_given = true;
            cursor.pos += 1;
        }
        self.sign = match cursor.peek_at(0) {
            Some('+') => Some(Sign::Plus),
            Some('-') => Some(Sign::Minus),
            Some(' ') => Some(Sign::Space),
            _ => None,
        };
        if self.sign.is_some() {
            cursor.pos += 1;
        }
        self.no_neg_0 = cursor.eat('z');
        self.alternate = cursor.eat('#');
        // The special case for 0-padding (backwards compatible): it sets
        // `=` only for numbers, whose default alignment is right (3.10+).
        if !fill_given && cursor.eat('0') {
            self.fill = '0';
            if !align_given && right_by_default {
                self.align = Align::Equals;
            }
        }
    }

    /// `[,|_]`, rejecting both.
    fn parse_grouping(&mut self, cursor: &mut Cursor<'_>) -> Result<(), FormatError> {
        if cursor.eat(',') {
            self.grouping = Some(',');
        }
        if cursor.peek_at(0) == Some('_') {
            if self.grouping.is_some() {
                return Err(FormatError::CommaAndUnderscore);
            }
            self.grouping = Some('_');
            cursor.pos += 1;
        }
        if cursor.peek_at(0) == Some(',') && self.grouping == Some('_') {
            return Err(FormatError::CommaAndUnderscore);
        }
        Ok(())
    }

    /// The checks the parser can make without knowing the value's type.
    fn check_grouping(&self) -> Result<(), FormatError> {
        let Some(separator) = self.grouping else { return Ok(()) };
        match self.kind {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
            Some('b' | 'o' | 'x' | 'X') if separator == '_' => Ok(()),
            Some(code) => Err(FormatError::GroupingNotAllowed { separator, code }),
        }
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::Equals),
        _ => None,
    }
}

/// A read position in the spec's characters.
struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
}

impl Cursor<'_> {
    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.pos + offset).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek_at(0) == Some(c);
        self.pos += usize::from(found);
        found
    }

    fn rest(&self) -> &[char] {
        &self.chars[self.pos.min(self.chars.len())..]
    }

    /// Mirrors `get_integer`: decimal digits of any script, `None` if there
    /// are none, an error beyond `PY_SSIZE_T_MAX`.
    fn integer(&mut self) -> Result<Option<u64>, FormatError> {
        let mut value: Option<u64> = None;
        while let Some(digit) = self.peek_at(0).and_then(decimal_value) {
            let next = value
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(digit)));
            value = Some(
                next.filter(|&v| v <= i64::MAX as u64)
                    .ok_or(FormatError::TooManyDigits)?,
            );
            self.pos += 1;
        }
        Ok(value)
    }
}

#[cfg(test)]
#[rustfmt::skip] // Tables generated from CPython runs.
mod tests;
