//! `repr(float)` (and `str(float)`, the same in Python 3), as CPython's
//! `float_repr` writes it (`Objects/floatobject.c`):
//! `PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0, NULL)`.
//!
//! The shortest digits that read back to the same float, in positional
//! notation while the decimal exponent is in `-4..16`, else as `d.ddde±XX`.
//!
//! The digits come from Rust's own shortest formatting (`{:e}`) when it
//! gives at most 15 of them, and from our port of CPython's `dtoa` else.
//! Why both: the port works with big integers and cost ~4,000 machine
//! instructions a repr (an asyncio `sleep(0.0053…)` names its future with
//! one), std's Grisu a few hundred. Why not std's alone: when two shortest
//! candidates are equally close (`2053637337633904.25`), CPython rounds
//! half to even and std does not. That needs 16 or more digits: two
//! different decimals of 15 digits or fewer never read back as the same
//! double (`DBL_DIG` is 15), so a shortest string that short is the only
//! one, and both algorithms find it. And it needs a float whose exact
//! decimal value is short: a tie between two n-digit candidates sits at
//! their midpoint, a decimal of n + 1 ≤ 18 significant digits. Most
//! fractions have far more (`random.random()`'s have ~50), so std's digits
//! serve them too ([`no_tie_possible`]).

use super::dtoa::{double_to_string, DtoaFlags, FloatCode};

/// `repr(x)` for a Python float.
///
/// ```
/// use coroscope_engine::algo::float_repr::float_repr;
/// assert_eq!(float_repr(1.0), "1.0");
/// assert_eq!(float_repr(1e16), "1e+16");
/// assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
/// ```
pub fn float_repr(x: f64) -> String {
    if let Some(repr) = short_repr(x) {
        return repr;
    }
    exact_repr(x)
}

/// [`float_repr`] through CPython's algorithm.
fn exact_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, FloatCode::Repr, 0, flags)
}

/// [`float_repr`] of a finite `x` whose shortest digits std finds to be
/// 15 or fewer (see the module docs); `None` otherwise.
fn short_repr(x: f64) -> Option<String> {
    if !x.is_finite() {
        return None;
    }
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e')?;
    let exp: i32 = exp.parse().ok()?;
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    let n = digits.len() as i32;
    if n > 15 && !no_tie_possible(x) {
        return None;
    }
    // Where the decimal point goes, counted in digits from the left.
    let point = exp + 1;
    let mut out = String::with_capacity(24);
    if x.is_sign_negative() {
        out.push('-');
    }
    if -4 < point && point <= 16 {
        if point <= 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-point) as usize));
            out.push_str(&digits);
        } else if point < n {
            out.push_str(&digits[..point as usize]);
            out.push('.');
            out.push_str(&digits[point as usize..]);
        } else {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', (point - n) as usize));
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    Some(out)
}

/// True when the exact decimal value of the finite `x` has 19 or more
/// significant digits, so no two shortest candidates (17 digits at most)
/// can be equally close to it. A fraction `m / 2^k` (`m` odd) is
/// `m * 5^k / 10^k`, whose significant digits are those of the odd
/// integer `m * 5^k`; at or above 2^60 > 10^18 it has 19 or more. Floats
/// that are integers (`k <= 0`) are left to the exact algorithm.
fn no_tie_possible(x: f64) -> bool {
    let (mantissa, exp) = super::dtoa::integer_times_power_of_two(x);
    if mantissa == 0 {
        return false;
    }
    let zeros = mantissa.trailing_zeros();
    let (odd, k) = (mantissa >> zeros, -(exp + i64::from(zeros)));
    if k <= 0 {
        return false;
    }
    // log2(odd * 5^k) >= (bit length of odd - 1) + k * log2(5), with
    // log2(5) rounded down.
    let low_log2 = f64::from(63 - odd.leading_zeros()) + k as f64 * 2.3219;
    low_log2 >= 60.0
}

#[cfg(test)]
mod tests {
    use super::{exact_repr, float_repr, no_tie_possible, short_repr};

    /// The quick digits agree with CPython's algorithm wherever they are
    /// used: random bit patterns (every exponent), random short decimals
    /// (the floats programs write), and the edges of positional notation.
    #[test]
    fn the_quick_path_agrees_with_the_exact_one() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut quick = 0;
        let mut check = |x: f64| {
            if let Some(r) = short_repr(x) {
                quick += 1;
                assert_eq!(r, exact_repr(x), "repr of {x:e}");
            }
        };
        for _ in 0..100_000 {
            check(f64::from_bits(next()));
            // What `random.random() * scale` gives: 53 random bits.
            let unit = (next() >> 11) as f64 / (1u64 << 53) as f64;
            check(unit);
            check(unit * 0.01);
            let digits = (next() % 1_000_000_000) as f64;
            let scale = 10f64.powi((next() % 40) as i32 - 20);
            check(digits * scale);
            check(-(digits / 7.0) * scale);
        }
        for p in -330..=310 {
            check(10f64.powi(p));
            check(-1.5 * 10f64.powi(p));
            check(123.456e-3 * 10f64.powi(p));
        }
        for x in [0.0, -0.0, 5e-324, f64::MAX, f64::MIN_POSITIVE, 1e16, 1e15, 9.999e15, 0.0001, 0.00009999] {
            check(x);
        }
        assert!(quick > 290_000, "the quick path served only {quick} of the floats");
    }

    /// The floats with a tie among their shortest candidates are among
    /// those the check sends to the exact algorithm.
    #[test]
    #[expect(clippy::excessive_precision, reason = "exact binary values")]
    fn ties_take_the_exact_path() {
        for x in [2053637337633904.25, -233891771783429.625, 111659285584252.125, 0.5, 1e22, 2f64.powi(60)] {
            assert!(!no_tie_possible(x), "{x:e}");
        }
        for x in [0.1, 1.0 / 3.0, 0.3 * 0.01, 5e-324] {
            assert!(no_tie_possible(x), "{x:e}");
        }
    }

    #[test]
    fn matches_cpython_repr() {
        // python3 -c "print([repr(x) for x in (1e16, 1e-05, 1.5e300, float('inf'), float('-inf'),
        //   float('nan'), -0.0, 1.0, 0.0001, 1e15, 123456789012345678.0, 2e16+8, 5e-324,
        //   1.7976931348623157e308, 0.1, 1/3, 100.0, 1e22, -2.5, 9007199254740993.0)])"
        let cases: [(f64, &str); 20] = [
            (1e16, "1e+16"),
            (1e-05, "1e-05"),
            (1.5e300, "1.5e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.0001, "0.0001"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.3333333333333333"),
            (100.0, "100.0"),
            (1e22, "1e+22"),
            (-2.5, "-2.5"),
            (9007199254740993.0, "9007199254740992.0"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {x:e}");
        }
    }

    #[test]
    #[expect(
        clippy::excessive_precision,
        reason = "exact binary values, written in full to show the tie"
    )]
    fn equally_close_shortest_digits_tie_to_even() {
        // python3 -c "print(repr(2053637337633904.25), repr(-233891771783429.625), repr(111659285584252.125))"
        assert_eq!(float_repr(2053637337633904.25), "2053637337633904.2");
        assert_eq!(float_repr(-233891771783429.625), "-233891771783429.62");
        assert_eq!(float_repr(111659285584252.125), "111659285584252.12");
    }
}
