//! A float as text, exactly as CPython's `PyOS_double_to_string` writes it
//! (`Python/pystrtod.c`, `format_float_short`).
//!
//! CPython gets its digits from David Gay's `_Py_dg_dtoa` in one of three
//! modes (shortest round-trip, `n` significant digits, `n` digits after the
//! point), always correctly rounded with ties to even, then lays them out.
//! Rust's `{:e}`, `{:.Ne}` and `{:.N}` produce the same correctly rounded
//! digits, so this file takes its digits from them and ports only the layout:
//! where the point goes, when an exponent is used, which zeros are padded.

use std::fmt::Write as _;

/// Which presentation to produce: the `format_code` of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatCode {
    /// `e`/`E`: one digit, point, `precision` digits, exponent.
    Exponent {
        /// `E` rather than `e` (also `INF`, `NAN`).
        upper: bool,
    },
    /// `f`/`F`: `precision` digits after the point.
    Fixed {
        /// `F` rather than `f` (`INF`, `NAN`).
        upper: bool,
    },
    /// `g`/`G`: `precision` significant digits, exponent when it is < -4 or >= precision.
    General {
        /// `G` rather than `g`.
        upper: bool,
    },
    /// `r`: the shortest digits that round-trip, exponent when < -4 or >= 16 (`repr`).
    Repr,
}

impl FloatCode {
    /// The code for one of the letters `e E f F g G r`, or `None`.
    pub fn from_char(c: char) -> Option<FloatCode> {
        Some(match c {
            'e' | 'E' => FloatCode::Exponent { upper: c == 'E' },
            'f' | 'F' => FloatCode::Fixed { upper: c == 'F' },
            'g' | 'G' => FloatCode::General { upper: c == 'G' },
            'r' => FloatCode::Repr,
            _ => return None,
        })
    }

    fn upper(self) -> bool {
        match self {
            FloatCode::Exponent { upper } | FloatCode::Fixed { upper } | FloatCode::General { upper } => upper,
            FloatCode::Repr => false,
        }
    }
}

/// The `Py_DTSF_*` flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: write `+` before a non-negative number.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: an integral result without exponent gets `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: keep the point and trailing zeros (`#` in a format).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: a result that rounds to zero loses its `-` (`z` in a format).
    pub no_neg_0: bool,
}

/// Mirrors `PyOS_double_to_string(val, format_code, precision, flags, NULL)`.
///
/// `precision` is ignored for [`FloatCode::Repr`]. A NaN is never signed.
///
/// ```
/// use coroscope_engine::algo::dtoa::{double_to_string, DtoaFlags, FloatCode};
/// let f = FloatCode::from_char('f').unwrap();
/// assert_eq!(double_to_string(2.675, f, 2, DtoaFlags::default()), "2.67");
/// ```
pub fn double_to_string(x: f64, code: FloatCode, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.upper();
    let mut out = String::new();
    if x.is_nan() {
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    let digits = if x.is_infinite() {
        None
    } else {
        Some(digits_for(x.abs(), code, precision))
    };
    let zero = digits.as_ref().is_some_and(|d| d.digits == b"0");
    if x.is_sign_negative() && !(flags.no_neg_0 && zero) {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    match digits {
        None => out.push_str(if upper { "INF" } else { "inf" }),
        Some(d) => lay_out(&mut out, &d, code, precision, flags),
    }
    out
}

/// Digits as `_Py_dg_dtoa` returns them: the value is `0.DIGITS × 10^decpt`,
/// with no trailing zeros; zero is `"0"` with `decpt` 1.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

/// Beyond this precision the digits only gain zeros: a double's exact
/// decimal value has at most 767 significant digits and 1074 after the
/// point. (Rust's formatter also refuses precisions above 65535, which
/// `'%.*f' % (70000, x)` asks for.)
const EXACT_PRECISION: usize = 1100;

/// The digits for a finite, non-negative `x` in the dtoa mode `code` uses.
fn digits_for(x: f64, code: FloatCode, precision: usize) -> Digits {
    let precision = precision.min(EXACT_PRECISION);
    match code {
        // Mode 2 with precision + 1 digits.
        FloatCode::Exponent { .. } => from_exponent_form(&format!("{:.*e}", precision, x)),
        // Mode 3.
        FloatCode::Fixed { .. } => from_fixed_form(&format!("{:.*}", precision, x)),
        // Mode 2; precision 0 makes no sense for 'g' and means 1.
        FloatCode::General { .. } => from_exponent_form(&format!("{:.*e}", precision.max(1) - 1, x)),
        // Mode 0.
        FloatCode::Repr => shortest_digits(x),
    }
}

/// Mode 0: the fewest digits that read back as `x`, and of those the
/// closest to `x`. When two are equally close (`2053637337633904.25` can
/// end in `.2` or `.3`), dtoa takes the even one and Rust's shortest
/// formatter the upper one, so the correctly rounded string of the same
/// length (ties to even) is preferred whenever it also reads back as `x`.
/// Two `n`-digit candidates can only both read back if `10**-n` is below
/// the float's relative spacing `2**-52`, so only 16 or 17 digits need it.
fn shortest_digits(x: f64) -> Digits {
    let shortest = format!("{:e}", x);
    let len = shortest
        .split_once('e')
        .map_or(0, |(m, _)| m.bytes().filter(u8::is_ascii_digit).count());
    if len < 16 {
        return from_exponent_form(&shortest);
    }
    let d = from_exponent_form(&shortest);
    if !may_be_halfway(x, len as i64 - d.decpt) {
        return d;
    }
    let rounded = format!("{:.*e}", len - 1, x);
    let text = if rounded != shortest && rounded.parse::<f64>() == Ok(x) {
        rounded
    } else {
        shortest
    };
    from_exponent_form(&text)
}

/// Whether `x` may lie exactly halfway between two decimals with `k`
/// digits after the point (`k` may be negative). With `x = m·2^e`, `m`
/// odd, that needs `2x·10^k = m·5^k·2^(e+1+k)` to be an odd integer, so
/// `e + 1 + k >= 0`. Most 16- and 17-digit floats (`random.random()`'s)
/// fail that at once, sparing the correctly rounded reformat and parse
/// [`shortest_digits`] would check a tie with (half of `repr(random())`'s
/// instructions under callgrind).
fn may_be_halfway(x: f64, k: i64) -> bool {
    let (m, e) = integer_times_power_of_two(x);
    if m == 0 || k < 0 {
        return true;
    }
    e + m.trailing_zeros() as i64 + 1 + k >= 0
}

/// `(m, e)` with `|x| = m·2^e` exactly, for a finite `x`: the significand
/// with its implicit bit (none for subnormals) and the unbiased exponent.
pub(crate) fn integer_times_power_of_two(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    }
}

/// Reads Rust's `D.DDDDeX` form.
fn from_exponent_form(text: &str) -> Digits {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let exponent: i64 = exponent.parse().unwrap_or(0);
    normalized(digits, exponent + 1)
}

/// Reads Rust's `DDD.DDD` form.
fn from_fixed_form(text: &str) -> Digits {
    let int_len = text.find('.').unwrap_or(text.len());
    let digits: Vec<u8> = text.bytes().filter(u8::is_ascii_digit).collect();
    normalized(digits, int_len as i64)
}

/// Strips leading and trailing zeros the way dtoa's output never has them.
fn normalized(mut digits: Vec<u8>, mut decpt: i64) -> Digits {
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    if leading == digits.len() {
        return Digits {
            digits: b"0".to_vec(),
            decpt: 1,
        };
    }
    digits.drain(..leading);
    decpt -= leading as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits { digits, decpt }
}

/// The body of `format_float_short` after the digits are known: decide on an
/// exponent, then emit `<zeros><digits><zeros>` with exactly one point.
fn lay_out(out: &mut String, d: &Digits, code: FloatCode, precision: usize, flags: DtoaFlags) {
    let digits_len = d.digits.len() as i64;
    let precision = precision as i64;
    let mut decpt = d.decpt;
    let mut vdigits_end = digits_len;
    let use_exp = match code {
        FloatCode::Exponent { .. } => {
            vdigits_end = precision + 1;
            true
        }
        FloatCode::Fixed { .. } => {
            vdigits_end = decpt + precision;
            false
        }
        FloatCode::General { .. } => {
            let precision = precision.max(1);
            if flags.alt {
                vdigits_end = precision;
            }
            decpt <= -4 || decpt > if flags.add_dot_0 { precision - 1 } else { precision }
        }
        FloatCode::Repr => decpt <= -4 || decpt > 16,
    };
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    // Ensure vdigits_start < decpt <= vdigits_end (strictly below when a
    // `.0` must follow an integral value).
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    let needed = if !use_exp && flags.add_dot_0 { decpt + 1 } else { decpt };
    vdigits_end = vdigits_end.max(needed);
    push_body(out, &d.digits, decpt, vdigits_start, vdigits_end);
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if code.upper() { 'E' } else { 'e' });
        // C's "%+.02d": a sign, then at least two digits.
        out.push(if exp < 0 { '-' } else { '+' });
        if exp.abs() < 10 {
            out.push('0');
        }
        // Writing to a String cannot fail.
        let _ = write!(out, "{}", exp.unsigned_abs());
    }
}

/// Writes the slice `vdigits[vdigits_start..vdigits_end]` of the digits
/// padded with zeros on both sides, with the point before index `decpt`.
fn push_body(out: &mut String, digits: &[u8], decpt: i64, vdigits_start: i64, vdigits_end: i64) {
    let digits_len = digits.len() as i64;
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let text = |out: &mut String, bytes: &[u8]| out.extend(bytes.iter().map(|&b| char::from(b)));
    if decpt <= 0 {
        zeros(out, decpt - vdigits_start);
        out.push('.');
        zeros(out, -decpt);
    } else {
        zeros(out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        text(out, &digits[..split]);
        out.push('.');
        text(out, &digits[split..]);
    } else {
        text(out, digits);
    }
    if digits_len < decpt {
        zeros(out, decpt - digits_len);
        out.push('.');
        zeros(out, vdigits_end - decpt);
    } else {
        zeros(out, vdigits_end - digits_len);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(x: f64, code: char, precision: usize) -> String {
        double_to_string(x, FloatCode::from_char(code).unwrap(), precision, DtoaFlags::default())
    }

    fn alt(x: f64, code: char, precision: usize) -> String {
        let flags = DtoaFlags {
            alt: true,
            ..DtoaFlags::default()
        };
        double_to_string(x, FloatCode::from_char(code).unwrap(), precision, flags)
    }

    /// The shortest digits with the tie check always made.
    fn shortest_checked(x: f64) -> Vec<u8> {
        let shortest = format!("{:e}", x);
        let len = shortest.split_once('e').map_or(0, |(m, _)| m.bytes().filter(u8::is_ascii_digit).count());
        let rounded = format!("{:.*e}", len - 1, x);
        let text = if rounded != shortest && rounded.parse::<f64>() == Ok(x) { rounded } else { shortest };
        from_exponent_form(&text).digits
    }

    #[test]
    fn skipping_the_tie_check_never_changes_the_shortest_digits() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for i in 0..200_000u64 {
            let r = next();
            let x = match i % 4 {
                0 => (r >> 11) as f64 / (1u64 << 53) as f64,
                1 => f64::from_bits(r & !(1 << 63)),
                // Integers and halves near 2**52: where ties live.
                2 => ((1u64 << 51) + (r >> 14)) as f64 + 0.5 * (r & 1) as f64,
                _ => ((r >> 12) as f64 + 0.25 * (r & 3) as f64) * 0.125,
            };
            if !x.is_finite() || x == 0.0 {
                continue;
            }
            assert_eq!(shortest_digits(x).digits, shortest_checked(x), "{x:e}");
        }
        assert_eq!(shortest_digits(2053637337633904.25).digits, b"20536373376339042");
    }

    #[test]
    fn fixed_rounds_half_even_on_the_exact_binary_value() {
        // python3 -c "print('%.2f' % 0.125, '%.2f' % 2.675, '%.0f' % 0.5, '%.0f' % 1.5, '%.0f' % 2.5)"
        assert_eq!(fmt(0.125, 'f', 2), "0.12");
        assert_eq!(fmt(2.675, 'f', 2), "2.67");
        assert_eq!(fmt(0.5, 'f', 0), "0");
        assert_eq!(fmt(1.5, 'f', 0), "2");
        assert_eq!(fmt(2.5, 'f', 0), "2");
        // python3 -c "print('%f' % 1e22, '%.3f' % -0.0, '%.1f' % 1e-7)"
        assert_eq!(fmt(1e22, 'f', 6), "10000000000000000000000.000000");
        assert_eq!(fmt(-0.0, 'f', 3), "-0.000");
        assert_eq!(fmt(1e-7, 'f', 1), "0.0");
    }

    #[test]
    fn exponent_and_general() {
        // python3 -c "print('%e' % 12345.678, '%E' % 1e-10, '%.0e' % 2.5, '%.0e' % 3.5, '%.3e' % 5e-324)"
        assert_eq!(fmt(12345.678, 'e', 6), "1.234568e+04");
        assert_eq!(fmt(1e-10, 'E', 6), "1.000000E-10");
        assert_eq!(fmt(2.5, 'e', 0), "2e+00");
        assert_eq!(fmt(3.5, 'e', 0), "4e+00");
        assert_eq!(fmt(5e-324, 'e', 3), "4.941e-324");
        // python3 -c "print('%g' % 1e-5, '%g' % 123456789.0, '%G' % 1e100, '%.0g' % 0.5, '%g' % 0.0001, '%g' % 123456.0)"
        assert_eq!(fmt(1e-5, 'g', 6), "1e-05");
        assert_eq!(fmt(123456789.0, 'g', 6), "1.23457e+08");
        assert_eq!(fmt(1e100, 'G', 6), "1E+100");
        assert_eq!(fmt(0.5, 'g', 0), "0.5");
        assert_eq!(fmt(0.0001, 'g', 6), "0.0001");
        assert_eq!(fmt(123456.0, 'g', 6), "123456");
        // python3 -c "print('%.40g' % 0.1, '%.3g' % 0.00009999, '%g' % 999999.5)"
        assert_eq!(fmt(0.1, 'g', 40), "0.1000000000000000055511151231257827021182");
        assert_eq!(fmt(0.00009999, 'g', 3), "0.0001");
        assert_eq!(fmt(999999.5, 'g', 6), "1e+06");
    }

    #[test]
    fn alternate_form_keeps_point_and_zeros() {
        // python3 -c "print('%#.0f' % 1.0, '%#g' % 1.0, '%#.0e' % 1.0, '%#.3g' % 100.0, '%#g' % 0.0)"
        assert_eq!(alt(1.0, 'f', 0), "1.");
        assert_eq!(alt(1.0, 'g', 6), "1.00000");
        assert_eq!(alt(1.0, 'e', 0), "1.e+00");
        assert_eq!(alt(100.0, 'g', 3), "100.");
        assert_eq!(alt(0.0, 'g', 6), "0.00000");
    }

    #[test]
    fn specials_and_flags() {
        // python3 -c "print('%f' % float('-inf'), '%F' % float('inf'), '%f' % -float('nan'), '%+.1f' % 1.0)"
        assert_eq!(fmt(f64::NEG_INFINITY, 'f', 6), "-inf");
        assert_eq!(fmt(f64::INFINITY, 'F', 6), "INF");
        assert_eq!(fmt(-f64::NAN, 'f', 6), "nan");
        let sign = DtoaFlags {
            sign: true,
            ..DtoaFlags::default()
        };
        assert_eq!(
            double_to_string(1.0, FloatCode::Fixed { upper: false }, 1, sign),
            "+1.0"
        );
        // python3 -c "print(format(-0.4, 'z.0f'), format(-0.6, 'z.0f'))"
        let no_neg_0 = DtoaFlags {
            no_neg_0: true,
            ..DtoaFlags::default()
        };
        assert_eq!(
            double_to_string(-0.4, FloatCode::Fixed { upper: false }, 0, no_neg_0),
            "0"
        );
        assert_eq!(
            double_to_string(-0.6, FloatCode::Fixed { upper: false }, 0, no_neg_0),
            "-1"
        );
    }

    #[test]
    fn huge_precision_pads_with_zeros() {
        let text = fmt(0.5, 'f', 2000);
        assert_eq!(text.len(), 2002);
        assert!(text.starts_with("0.5000"));
    }

    #[test]
    fn precisions_beyond_rusts_formatter_pad_with_zeros() {
        // python3 -c "x = '%.*e' % (65536, 2.5); print(len(x), x[-8:]); y = '%.*g' % (70000, 0.1); print(len(y), y[:25], y[-5:])
        //   z = '%.*f' % (70000, 5e-324); print(len(z), z.rstrip('0')[-6:])"
        // 65542 0000e+00 / 57 0.10000000000000000555111 15625 / 70002 265625
        let x = fmt(2.5, 'e', 65536);
        assert_eq!((x.len(), &x[x.len() - 8..]), (65542, "0000e+00"));
        let y = fmt(0.1, 'g', 70000);
        assert_eq!((y.len(), &y[..25], &y[y.len() - 5..]), (57, "0.10000000000000000555111", "15625"));
        let z = fmt(5e-324, 'f', 70000);
        assert_eq!(z.len(), 70002);
        assert!(z.trim_end_matches('0').ends_with("265625"));
    }
}
