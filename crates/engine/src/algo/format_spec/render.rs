//! Applying a parsed [`FormatSpec`] to a value: `format_string_internal`,
//! `format_long_internal` and `format_float_internal` of
//! `Python/formatter_unicode.c`, with the type dispatch of `str.__format__`,
//! `int.__format__` and `float.__format__` in front.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::{Align, FormatError, FormatSpec, Sign};
use crate::algo::dtoa::{double_to_string, DtoaFlags, FloatCode};
use crate::algo::number_field::{render_number, Field, Grouping, NumberParts};

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
    Ok(render_number(&parts, &field(spec), grouping))
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
    Ok(render_number(&parts, &field(spec), None))
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
    Ok(render_number(&split_number(&text), &field(spec), grouping))
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

/// The layout part of the spec; an unspecified sign acts as `-`.
fn field(spec: &FormatSpec) -> Field {
    Field {
        fill: spec.fill,
        align: spec.align,
        width: spec.width,
        sign: spec.sign.unwrap_or(Sign::Minus),
    }
}
