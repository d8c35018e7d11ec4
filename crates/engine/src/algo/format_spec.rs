//! The format-spec mini-language of `format()`, f-strings and `str.format`:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Mirrors `Python/formatter_unicode.c` of CPython 3.11:
//! [`FormatSpec::parse`] is `parse_internal_render_format_spec`, and
//! [`format_str`], [`format_int`] and [`format_float`] are
//! `format_string_internal`, `format_long_internal` and
//! `format_float_internal` with the type dispatch of the `__format__`
//! methods in front. Error texts are CPython's `ValueError`/`OverflowError`
//! messages; see [`FormatError::message`].

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::dtoa::{double_to_string, DtoaFlags, FloatCode};
use super::number_field::{render_number, Field, Grouping, NumberParts};
use super::unicode_digit::decimal_value;

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

    /// The layout part of the spec; an unspecified sign acts as `-`.
    fn field(&self) -> Field {
        Field {
            fill: self.fill,
            align: self.align,
            width: self.width,
            sign: self.sign.unwrap_or(Sign::Minus),
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

/// `format(s, spec)` for a `str`; mirrors `format_string_internal`.
///
/// ```
/// use coroscope_engine::algo::format_spec::{format_str, FormatSpec, Target};
/// let spec = FormatSpec::parse("*>6", Target::Str).unwrap();
/// assert_eq!(format_str("안녕", &spec).unwrap(), "****안녕");
/// ```
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.kind {
        Some('s') => {}
        Some(code) => return Err(FormatError::UnknownCode(code)),
        None => return Err(FormatError::UnknownCode('\0')),
    }
    if let Some(sign) = spec.sign {
        return Err(FormatError::SignInString {
            space: sign == Sign::Space,
        });
    }
    if spec.no_neg_0 {
        return Err(FormatError::NoNegZeroInString);
    }
    if spec.alternate {
        return Err(FormatError::AlternateInString);
    }
    if spec.align == Align::Equals {
        return Err(FormatError::EqualsInString);
    }
    let len = s.chars().count() as u64;
    let kept = spec.precision.map_or(len, |p| p.min(len));
    let body = match spec.precision {
        Some(p) if p < len => &s[..s.char_indices().nth(p as usize).map_or(s.len(), |(i, _)| i)],
        _ => s,
    };
    Ok(pad(body, kept, spec.width, spec.align, spec.fill))
}

/// Mirrors `calc_padding` + `fill_padding` around already formatted text.
fn pad(body: &str, len: u64, width: Option<u64>, align: Align, fill: char) -> String {
    let total = width.map_or(len, |w| w.max(len));
    let padding = (total - len) as usize;
    let left = match align {
        Align::Right => padding,
        Align::Center => padding / 2,
        Align::Left | Align::Equals => 0,
    };
    let mut out = String::with_capacity(body.len() + padding);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, padding - left));
    out
}

/// `format(n, spec)` for an `int`: the integer presentations, or the float
/// ones after converting `n` to a float, as `int.__format__` dispatches.
///
/// ```
/// use coroscope_engine::algo::format_spec::{format_int, FormatSpec, Target};
/// let spec = FormatSpec::parse("#_x", Target::Int).unwrap();
/// assert_eq!(format_int(&0xdead_beef_u32.into(), &spec).unwrap(), "0xdead_beef");
/// ```
pub fn format_int(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.kind.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(value, spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = value
                .to_f64()
                .filter(|x| x.is_finite())
                .ok_or(FormatError::IntTooLargeForFloat)?;
            format_float(x, spec)
        }
        code => Err(FormatError::UnknownCode(code)),
    }
}

/// Mirrors `format_long_internal`.
fn format_long(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::PrecisionInInteger);
    }
    if spec.no_neg_0 {
        return Err(FormatError::NoNegZeroInInteger);
    }
    let code = spec.kind.unwrap_or('d');
    if code == 'c' {
        return format_char(value, spec);
    }
    let (radix, prefix) = match code {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.magnitude().to_str_radix(radix);
    if code == 'X' {
        digits.make_ascii_uppercase();
    }
    let grouping = match (code, spec.grouping) {
        ('n', _) | (_, None) => None,
        ('b' | 'o' | 'x' | 'X', Some(separator)) => Some(Grouping { separator, size: 4 }),
        (_, Some(separator)) => Some(Grouping { separator, size: 3 }),
    };
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(render_number(&parts, &spec.field(), grouping))
}

/// The `c` presentation of an int: the character, laid out as a number
/// with no digits (CPython's "remainder" trick).
fn format_char(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.sign.is_some() {
        return Err(FormatError::SignWithChar);
    }
    if spec.alternate {
        return Err(FormatError::AlternateWithChar);
    }
    let code = value.to_i64().ok_or(FormatError::CharTooLarge)?;
    let code = u32::try_from(code)
        .ok()
        .filter(|&c| c <= 0x10FFFF)
        .ok_or(FormatError::CharOutOfRange)?;
    // A Rust string cannot hold a lone surrogate, which CPython would return.
    let c = char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
    let text = c.to_string();
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: "",
        has_decimal: false,
        remainder: &text,
    };
    Ok(render_number(&parts, &spec.field(), None))
}

/// `format(x, spec)` for a `float`; mirrors `format_float_internal`.
///
/// ```
/// use coroscope_engine::algo::format_spec::{format_float, FormatSpec, Target};
/// let spec = FormatSpec::parse(",.2f", Target::Float).unwrap();
/// assert_eq!(format_float(123456789.0, &spec).unwrap(), "123,456,789.00");
/// ```
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let kind = spec.kind;
    let (code, default_precision) = match kind {
        None => (FloatCode::Repr, 0),
        Some('n') => (FloatCode::General { upper: false }, 6),
        Some('%') => (FloatCode::Fixed { upper: false }, 6),
        Some(c) => match FloatCode::from_char(c).filter(|_| c != 'r') {
            Some(code) => (code, 6),
            None => return Err(FormatError::UnknownCode(c)),
        },
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as u64) {
        return Err(FormatError::PrecisionTooBig);
    }
    // `None` with a precision behaves like `g`, keeping at least one digit
    // after the point (Py_DTSF_ADD_DOT_0).
    let (code, precision) = match (code, spec.precision) {
        (FloatCode::Repr, Some(p)) => (FloatCode::General { upper: false }, p as usize),
        (code, p) => (code, p.map_or(default_precision, |p| p as usize)),
    };
    let flags = DtoaFlags {
        sign: false,
        add_dot_0: kind.is_none(),
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
    };
    let value = if kind == Some('%') { x * 100.0 } else { x };
    let mut text = double_to_string(value, code, precision, flags);
    if kind == Some('%') {
        text.push('%');
    }
    let grouping = spec
        .grouping
        .filter(|_| kind != Some('n'))
        .map(|separator| Grouping { separator, size: 3 });
    Ok(render_number(&split_number(&text), &spec.field(), grouping))
}

/// Mirrors `parse_number` after the sign is taken off.
fn split_number(text: &str) -> NumberParts<'_> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(int_len);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(after) => (true, after),
        None => (false, rest),
    };
    NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    }
}

#[cfg(test)]
#[rustfmt::skip] // Tables generated from CPython runs.
mod tests;
