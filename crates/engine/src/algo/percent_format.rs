//! `str % args`, printf-style, as CPython 3.11's `PyUnicode_Format` does it
//! (`Objects/unicodeobject.c`: `unicode_format_arg_parse`,
//! `_PyUnicode_FormatLong`, `formatfloat`, `unicode_format_arg_output`).
//!
//! The work is split so the VM keeps the objects and this file keeps the
//! rules. [`pieces`] (parsing in `parse.rs`) walks the format string and yields literal text and
//! [`Conversion`]s; for each conversion the VM fetches the `*` arguments
//! and the value in CPython's order (star width, star precision, value,
//! then "unsupported format character" if the type letter is unknown),
//! converts the value (`str()`, `repr()`, `int()`, `float()`, the `%c`
//! character) and hands it to [`format_text`], [`format_int`] or
//! [`format_float`] with the resolved [`Spec`].

use num_bigint::BigInt;
use num_traits::Signed;

use super::dtoa::{double_to_string, DtoaFlags, FloatCode};

mod parse;
pub use parse::{pieces, Pieces};

/// The flags `-`, `+`, ` `, `#`, `0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always a sign for numbers.
    pub sign: bool,
    /// ` `: a space for non-negative numbers.
    pub blank: bool,
    /// `#`: alternate form (`0x`, `0o`, keep the point).
    pub alt: bool,
    /// `0`: pad numbers with zeros.
    pub zero: bool,
}

/// A width or precision as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Digits in the format string.
    Fixed(usize),
    /// `*`: taken from the next argument, which must be an int.
    Star,
}

/// One `%…` conversion, as parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conversion<'a> {
    /// The mapping key of `%(key)s`.
    pub key: Option<&'a str>,
    /// The flags.
    pub flags: Flags,
    /// The minimum width, if given.
    pub width: Option<Count>,
    /// The precision, if given (`.` alone means 0).
    pub precision: Option<Count>,
    /// The type letter (any character; see [`Conversion::category`]).
    pub kind: char,
    /// Index of the type letter in the format string, in characters.
    pub index: usize,
}

/// A piece of a format string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text copied as is (`%%` gives a literal `"%"`).
    Literal(&'a str),
    /// A conversion consuming arguments.
    Conversion(Conversion<'a>),
}

/// What kind of value a conversion wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// `s`, `r`, `a`: the value's `str()`, `repr()` or `ascii()`.
    Text,
    /// `d`, `i`, `u`, `o`, `x`, `X`: an int (`int()` of a real number for `d i u`,
    /// `__index__` for `o x X`).
    Int,
    /// `e`, `E`, `f`, `F`, `g`, `G`: a float.
    Float,
    /// `c`: one character, from an int or a 1-character str.
    Char,
    /// Anything else: `ValueError`, see [`Conversion::unsupported_message`].
    Unsupported,
}

/// A format string CPython rejects while parsing (all `ValueError`s).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentError {
    /// "incomplete format". CPython has already fetched (and checked)
    /// `stars` arguments for `*` before it notices.
    Incomplete {
        /// `*` arguments consumed first.
        stars: u8,
    },
    /// "incomplete format key": a `(` without its `)`. CPython checks that
    /// the argument is a mapping ("format requires a mapping") first.
    IncompleteKey,
    /// "width too big".
    WidthTooBig,
    /// "precision too big", after `stars` arguments were consumed.
    PrecisionTooBig {
        /// `*` arguments consumed first.
        stars: u8,
    },
}

impl PercentError {
    /// CPython's message.
    pub fn message(&self) -> &'static str {
        match self {
            PercentError::Incomplete { .. } => "incomplete format",
            PercentError::IncompleteKey => "incomplete format key",
            PercentError::WidthTooBig => "width too big",
            PercentError::PrecisionTooBig { .. } => "precision too big",
        }
    }
}

/// "%c requires int or char" (`TypeError`).
pub const CHAR_TYPE_MESSAGE: &str = "%c requires int or char";
/// "%c arg not in range(0x110000)" (`OverflowError`).
pub const CHAR_RANGE_MESSAGE: &str = "%c arg not in range(0x110000)";
/// "* wants int" (`TypeError`), for a `*` argument that is not an int.
pub const STAR_TYPE_MESSAGE: &str = "* wants int";

impl Conversion<'_> {
    /// What kind of value the type letter wants.
    pub fn category(&self) -> Category {
        match self.kind {
            's' | 'r' | 'a' => Category::Text,
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => Category::Int,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => Category::Float,
            'c' => Category::Char,
            _ => Category::Unsupported,
        }
    }

    /// "unsupported format character 'z' (0x7a) at index 1".
    pub fn unsupported_message(&self) -> String {
        let code = u32::from(self.kind);
        let shown = if (31..=126).contains(&code) { self.kind } else { '?' };
        format!(
            "unsupported format character '{shown}' (0x{code:x}) at index {}",
            self.index
        )
    }

    /// The `TypeError` message for a value of type `type_name` that an
    /// [`Category::Int`] or [`Category::Float`] conversion cannot use.
    pub fn type_error_message(&self, type_name: &str) -> String {
        match self.kind {
            'o' | 'x' | 'X' => format!("%{} format: an integer is required, not {type_name}", self.kind),
            'd' | 'i' | 'u' => format!("%{} format: a real number is required, not {type_name}", self.kind),
            _ => format!("must be real number, not {type_name}"),
        }
    }

    /// The spec with `*` values filled in: a negative star width means
    /// left-justified, a negative star precision means 0.
    pub fn spec(&self, star_width: Option<i64>, star_precision: Option<i64>) -> Spec {
        let mut flags = self.flags;
        let width = match self.width {
            None => None,
            Some(Count::Fixed(w)) => Some(w),
            Some(Count::Star) => {
                let w = star_width.unwrap_or(0);
                flags.left |= w < 0;
                Some(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX))
            }
        };
        let precision = match self.precision {
            None => None,
            Some(Count::Fixed(p)) => Some(p),
            Some(Count::Star) => Some(usize::try_from(star_precision.unwrap_or(0).max(0)).unwrap_or(usize::MAX)),
        };
        Spec {
            flags,
            width,
            precision,
            kind: self.kind,
        }
    }
}

/// A conversion with its `*` values known: what the output functions need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    /// The flags (with `-` added for a negative star width).
    pub flags: Flags,
    /// Minimum width in characters.
    pub width: Option<usize>,
    /// Precision.
    pub precision: Option<usize>,
    /// The type letter.
    pub kind: char,
}

/// `%s`, `%r`, `%a` (the VM passes `str()`, `repr()` or `ascii()` of the
/// value) and `%c` (the character): truncated to the precision for
/// `s r a`, padded with spaces.
pub fn format_text(text: &str, spec: &Spec) -> String {
    let kept = match (spec.kind, spec.precision) {
        ('s' | 'r' | 'a', Some(p)) => text.char_indices().nth(p).map_or(text, |(i, _)| &text[..i]),
        _ => text,
    };
    output(kept, spec, false)
}

/// `%d %i %u %o %x %X` of an int (`_PyUnicode_FormatLong`): the precision
/// is a minimum number of digits; `#` adds `0o`/`0x`/`0X`.
pub fn format_int(value: &BigInt, spec: &Spec) -> String {
    let (radix, prefix) = match spec.kind {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.magnitude().to_str_radix(radix);
    if spec.kind == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut text = String::with_capacity(digits.len() + 4);
    if value.is_negative() {
        text.push('-');
    }
    if spec.flags.alt {
        text.push_str(prefix);
    }
    let zeros = spec.precision.unwrap_or(0).saturating_sub(digits.len());
    text.extend(std::iter::repeat_n('0', zeros));
    text.push_str(&digits);
    output(&text, spec, true)
}

/// `%e %E %f %F %g %G` of a float (`formatfloat`): precision 6 unless
/// given; `#` keeps the point and trailing zeros.
pub fn format_float(value: f64, spec: &Spec) -> String {
    let code = FloatCode::from_char(spec.kind).unwrap_or(FloatCode::Fixed { upper: false });
    let flags = DtoaFlags {
        alt: spec.flags.alt,
        ..DtoaFlags::default()
    };
    let text = double_to_string(value, code, spec.precision.unwrap_or(6), flags);
    output(&text, spec, true)
}

/// Mirrors `unicode_format_arg_output`: sign, `0x` prefix and padding.
/// Numbers (`numeric`) take `+`/` ` and zero padding; with zeros the sign
/// and prefix go before the padding, with spaces after it.
fn output(text: &str, spec: &Spec, numeric: bool) -> String {
    let flags = spec.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut body = text;
    let mut sign = None;
    if numeric {
        if let Some(rest) = text.strip_prefix(['-', '+']) {
            sign = text.chars().next();
            body = rest;
        } else if flags.sign {
            sign = Some('+');
        } else if flags.blank {
            sign = Some(' ');
        }
    }
    let prefix = match spec.kind {
        'x' | 'X' | 'o' if flags.alt && body.len() >= 2 => {
            let (prefix, rest) = body.split_at(2);
            body = rest;
            prefix
        }
        _ => "",
    };
    let len = body.chars().count();
    let used = len + prefix.len() + usize::from(sign.is_some());
    let padding = spec.width.unwrap_or(0).saturating_sub(used);
    let mut out = String::with_capacity(body.len() + padding + 3);
    if fill == '0' {
        out.extend(sign);
        out.push_str(prefix);
    }
    if !flags.left {
        out.extend(std::iter::repeat_n(fill, padding));
    }
    if fill == ' ' {
        out.extend(sign);
        out.push_str(prefix);
    }
    out.push_str(body);
    if flags.left {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    out
}

#[cfg(test)]
#[rustfmt::skip] // Tables generated from CPython runs.
mod tests;
