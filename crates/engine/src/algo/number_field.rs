//! Laying out a formatted number in its field: sign, `0x` prefix, padding
//! and thousands grouping. Mirrors `calc_number_widths`, `fill_number` and
//! `_PyUnicode_InsertThousandsGrouping` (`Python/formatter_unicode.c`).
//!
//! The output looks like
//! `<lpadding><sign><prefix><spadding><grouped digits><.><remainder><rpadding>`,
//! where at most one of the three paddings is non-empty. With the `0` flag
//! (`fill == '0'`, align `=`) the zeros are made part of the digits, so they
//! get separators too: `format(1234, '010,')` is `'00,001,234'`.

use super::format_spec::{Align, Sign};

/// Thousands grouping: a separator every `size` digits, from the right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grouping {
    /// `,` or `_`.
    pub separator: char,
    /// 3 for decimal digits, 4 for `b`/`o`/`x`/`X` with `_`.
    pub size: usize,
}

/// A number already converted to text, split the way `parse_number` splits it.
#[derive(Clone, Copy, Debug)]
pub struct NumberParts<'a> {
    /// Whether the text had a leading `-` (removed from the other fields).
    pub negative: bool,
    /// `0x`, `0o`, `0b` (already in the right case), or empty.
    pub prefix: &'a str,
    /// The integer digits, which grouping applies to. Empty for `c`, `inf`, `nan`.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the point (or after the digits): fraction, exponent, `%`.
    pub remainder: &'a str,
}

/// The parts of a format spec that decide the layout of the field.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// The padding character.
    pub fill: char,
    /// Where the number goes in the field.
    pub align: Align,
    /// Minimum width in characters, if any.
    pub width: Option<u64>,
    /// Which sign to show for non-negative numbers.
    pub sign: Sign,
}

/// Mirrors `calc_number_widths` followed by `fill_number`.
pub fn render_number(parts: &NumberParts<'_>, field: &Field, grouping: Option<Grouping>) -> String {
    let sign = match (field.sign, parts.negative) {
        (_, true) => Some('-'),
        (Sign::Plus, false) => Some('+'),
        (Sign::Space, false) => Some(' '),
        (Sign::Minus, false) => None,
    };
    let n_non_digit = usize::from(sign.is_some())
        + parts.prefix.chars().count()
        + usize::from(parts.has_decimal)
        + parts.remainder.chars().count();
    let width = field.width.map_or(-1, |w| i64::try_from(w).unwrap_or(i64::MAX));
    let min_width = if field.fill == '0' && field.align == Align::Equals {
        width - n_non_digit as i64
    } else {
        0
    };
    // `c`, `inf` and `nan` have no digits; the grouping code would insist on one.
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, grouping)
    };
    let used = (n_non_digit + grouped.chars().count()) as i64;
    let padding = usize::try_from(width - used).unwrap_or(0);
    let (left, inside, right) = match field.align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::Equals => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };
    let mut out = String::with_capacity(grouped.len() + n_non_digit + padding);
    out.extend(std::iter::repeat_n(field.fill, left));
    out.extend(sign);
    out.push_str(parts.prefix);
    out.extend(std::iter::repeat_n(field.fill, inside));
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    out.extend(std::iter::repeat_n(field.fill, right));
    out
}

/// Mirrors `_PyUnicode_InsertThousandsGrouping`: separators between groups,
/// and leading zeros (separated too) until `min_width` characters are used.
/// Works right to left, as CPython does.
fn group_digits(digits: &str, min_width: i64, grouping: Option<Grouping>) -> String {
    let digits = digits.as_bytes();
    let mut reversed: Vec<u8> = Vec::with_capacity(digits.len() + 8);
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let emit = |reversed: &mut Vec<u8>, len: i64, remaining: i64, separator: Option<u8>| {
        let n_chars = remaining.min(len).max(0);
        let n_zeros = (len - remaining).max(0);
        reversed.extend(separator);
        let end = remaining as usize;
        reversed.extend(digits[end - n_chars as usize..end].iter().rev());
        reversed.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        n_chars
    };
    if let Some(group) = grouping {
        let size = group.size as i64;
        let separator = u8::try_from(group.separator).unwrap_or(b',');
        let mut first = true;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            remaining -= emit(&mut reversed, len, remaining, (!first).then_some(separator));
            first = false;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        }
    } else {
        let len = remaining.max(min_width).max(1);
        emit(&mut reversed, len, remaining, None);
    }
    reversed.reverse();
    String::from_utf8(reversed).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(fill: char, align: Align, width: u64) -> Field {
        Field {
            fill,
            align,
            width: Some(width),
            sign: Sign::Minus,
        }
    }

    fn int_parts(digits: &str, negative: bool) -> NumberParts<'_> {
        NumberParts {
            negative,
            prefix: "",
            digits,
            has_decimal: false,
            remainder: "",
        }
    }

    const COMMA: Option<Grouping> = Some(Grouping {
        separator: ',',
        size: 3,
    });

    #[test]
    fn zero_padding_is_grouped() {
        // python3 -c "print(format(1234, '010,'), format(-1234, '010,'), format(1, '0=10'))"
        assert_eq!(
            render_number(&int_parts("1234", false), &field('0', Align::Equals, 10), COMMA),
            "00,001,234"
        );
        assert_eq!(
            render_number(&int_parts("1234", true), &field('0', Align::Equals, 10), COMMA),
            "-0,001,234"
        );
        assert_eq!(
            render_number(&int_parts("1", false), &field('0', Align::Equals, 10), None),
            "0000000001"
        );
    }

    #[test]
    fn plain_grouping_and_alignment() {
        // python3 -c "print(repr(format(1234567, ',')), repr(format(1, '^6')), repr(format(-12, '*<6')))"
        let no_width = Field {
            fill: ' ',
            align: Align::Right,
            width: None,
            sign: Sign::Minus,
        };
        assert_eq!(
            render_number(&int_parts("1234567", false), &no_width, COMMA),
            "1,234,567"
        );
        assert_eq!(
            render_number(&int_parts("1", false), &field(' ', Align::Center, 6), None),
            "  1   "
        );
        assert_eq!(
            render_number(&int_parts("12", true), &field('*', Align::Left, 6), None),
            "-12***"
        );
    }

    #[test]
    fn nan_gets_zero_padding_but_no_separators() {
        // python3 -c "print(format(float('nan'), '010,'))"
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: "nan",
        };
        assert_eq!(
            render_number(&parts, &field('0', Align::Equals, 10), COMMA),
            "0000000nan"
        );
    }
}
