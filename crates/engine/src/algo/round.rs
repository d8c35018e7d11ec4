//! `round()` of floats and ints as CPython 3.11 computes it
//! (`Objects/floatobject.c`: `float___round___impl`, `double_round`;
//! `Objects/longobject.c`: `long_round`).
//!
//! CPython rounds a float to `n` decimals correctly: it asks dtoa for the
//! exact decimal value rounded half-to-even at that place, then reads that
//! string back. Rust's `{:.N}`/`{:.Ne}` formatting gives the same correctly
//! rounded strings and `str::parse` the same correctly rounded reading, so
//! `round(2.675, 2)` is `2.67` here too (the float is just below 2.675).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

/// `NDIGITS_MAX`: beyond this many decimals a float rounds to itself.
const NDIGITS_MAX: i64 = 323;
/// `NDIGITS_MIN`: below this, a float rounds to a zero of its sign.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` would exceed the float range (an `OverflowError`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoundOverflow;

impl RoundOverflow {
    /// CPython's message.
    pub const MESSAGE: &'static str = "rounded value too large to represent";
}

/// `round(x)` of a float, before conversion to int: to the nearest
/// integer, ties to even. (`inf` and `nan` come back unchanged; converting
/// them to int is the caller's `OverflowError`/`ValueError`.)
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `round(x, ndigits)` of a float.
///
/// ```
/// use coroscope_engine::algo::round::round_float;
/// assert_eq!(round_float(2.675, 2), Ok(2.67));
/// assert_eq!(round_float(1250.0, -2), Ok(1200.0));
/// ```
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, RoundOverflow> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x)
    } else {
        match round_to_power_of_ten(x, ndigits.unsigned_abs() as u32) {
            Some(text) => text,
            None => return Ok(0.0 * x),
        }
    };
    let rounded: f64 = text.parse().unwrap_or(x);
    if rounded.is_infinite() {
        return Err(RoundOverflow);
    }
    Ok(rounded)
}

/// `x` rounded (half to even) to a multiple of `10**k`, as decimal text,
/// or `None` when that multiple is zero.
fn round_to_power_of_ten(x: f64, k: u32) -> Option<String> {
    if x == 0.0 {
        return None;
    }
    // The decimal exponent of x: x = d.ddd × 10**exponent exactly.
    let shortest = format!("{:e}", x);
    let exponent: i64 = shortest.split_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0);
    let keep = exponent - i64::from(k) + 1;
    if keep >= 1 {
        return Some(format!("{:.*e}", (keep - 1) as usize, x));
    }
    if keep < 0 {
        // |x| < 10**(k-1): below half of 10**k.
        return None;
    }
    // 10**(k-1) <= |x| < 10**k: compare |x| with 5 × 10**(k-1) exactly.
    let half = BigInt::from(5) * BigInt::from(10).pow(k - 1);
    let sign = if x < 0.0 { "-" } else { "" };
    (exact_cmp(x.abs(), &half) == std::cmp::Ordering::Greater).then(|| format!("{sign}1e{k}"))
}

/// Compares a finite non-negative float with an integer, exactly.
fn exact_cmp(x: f64, n: &BigInt) -> std::cmp::Ordering {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    let mantissa = BigInt::from(mantissa);
    if exponent >= 0 {
        (mantissa << exponent as usize).cmp(n)
    } else {
        mantissa.cmp(&(n << (-exponent) as usize))
    }
}

/// `round(n, ndigits)` of an int: unchanged for `ndigits >= 0`, else to
/// the nearest multiple of `10**-ndigits`, ties to even (`long_round`).
///
/// ```
/// use coroscope_engine::algo::round::round_int;
/// assert_eq!(round_int(&25.into(), -1), 20.into());
/// assert_eq!(round_int(&35.into(), -1), 40.into());
/// ```
pub fn round_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n.clone();
    }
    // 10**k with k beyond the int's own digits rounds everything to 0.
    let digits = n.magnitude().bits() as f64 * std::f64::consts::LOG10_2;
    if (ndigits.unsigned_abs() as f64) > digits + 2.0 {
        return BigInt::zero();
    }
    let unit = BigInt::from(10).pow(ndigits.unsigned_abs() as u32);
    let (quotient, remainder) = n.div_mod_floor(&unit);
    let twice = &remainder * 2u32;
    let up = match twice.cmp(&unit) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => quotient.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    let quotient = if up { quotient + BigInt::one() } else { quotient };
    quotient * unit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_round_correctly_to_decimals() {
        // python3 -c "print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-0.001, 2), round(0.1+0.2, 16),
        //   round(1e-300, 310), round(5e-324, 323), round(5e-324, 324), round(12345.6789, 3), round(-0.0, 1), round(1.5, 400))"
        let cases = [
            (2.675, 2, 2.67),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (0.1 + 0.2, 16, 0.3),
            (1e-300, 310, 1e-300),
            (5e-324, 323, 0.0),
            (5e-324, 324, 5e-324),
            (12345.6789, 3, 12345.679),
            (1.5, 400, 1.5),
        ];
        for (x, n, want) in cases {
            assert_eq!(round_float(x, n), Ok(want), "round({x}, {n})");
        }
        assert!(round_float(-0.001, 2).unwrap().is_sign_negative());
        assert!(round_float(-0.0, 1).unwrap().is_sign_negative());
    }

    #[test]
    fn floats_round_to_tens_and_beyond() {
        // python3 -c "print(round(1234.5, -2), round(1250.0, -2), round(1350.0, -2), round(56.0, -2), round(50.0, -2),
        //   round(51.0, -2), round(49.9, -2), round(-51.0, -2), round(5e22, -23), round(1e308, -308), round(9e307, -308),
        //   round(123.456, -1), round(5.0, -1), round(15.0, -1), round(25.0, -1), round(1e16+2, -1), round(7.0, -1))"
        let cases = [
            (1234.5, -2, 1200.0),
            (1250.0, -2, 1200.0),
            (1350.0, -2, 1400.0),
            (56.0, -2, 100.0),
            (50.0, -2, 0.0),
            (51.0, -2, 100.0),
            (49.9, -2, 0.0),
            (-51.0, -2, -100.0),
            (5e22, -23, 0.0),
            (1e308, -308, 1e308),
            (9e307, -308, 1e308),
            (123.456, -1, 120.0),
            (5.0, -1, 0.0),
            (15.0, -1, 20.0),
            (25.0, -1, 20.0),
            (1e16 + 2.0, -1, 1e16),
            (7.0, -1, 10.0),
        ];
        for (x, n, want) in cases {
            assert_eq!(round_float(x, n), Ok(want), "round({x}, {n})");
        }
        // python3 -c "print(round(-50.0, -2), round(-1.5, -400))": -0.0 -0.0
        assert!(round_float(-50.0, -2).unwrap().is_sign_negative());
        assert!(round_float(-1.5, -400).unwrap().is_sign_negative());
        // python3 -c "round(1.7976931348623157e308, -308)": OverflowError: rounded value too large to represent
        assert_eq!(round_float(f64::MAX, -308), Err(RoundOverflow));
        assert_eq!(round_float(f64::INFINITY, 2), Ok(f64::INFINITY));
    }

    #[test]
    fn half_even_to_integer() {
        // python3 -c "print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.4999999999999996, 4503599627370497.0)])"
        let xs = [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999999999999996, 4503599627370497.0];
        let want = [0.0, 2.0, 2.0, -0.0, -2.0, 2.0, 4503599627370497.0];
        assert_eq!(xs.map(round_half_even), want);
    }

    #[test]
    fn ints_round_half_even_at_negative_digits() {
        // python3 -c "print([round(n, d) for n, d in [(25,-1),(35,-1),(-25,-1),(-35,-1),(1234,-2),(1250,-2),(1350,-2),(5,-1),
        //   (15,-1),(7,2),(-7,-1),(10**30+5*10**9, -10),(123, -5)]])"
        let cases: [(i128, i64, i128); 13] = [
            (25, -1, 20),
            (35, -1, 40),
            (-25, -1, -20),
            (-35, -1, -40),
            (1234, -2, 1200),
            (1250, -2, 1200),
            (1350, -2, 1400),
            (5, -1, 0),
            (15, -1, 20),
            (7, 2, 7),
            (-7, -1, -10),
            (10i128.pow(30) + 5 * 10i128.pow(9), -10, 10i128.pow(30)),
            (123, -5, 0),
        ];
        for (n, d, want) in cases {
            assert_eq!(round_int(&BigInt::from(n), d), BigInt::from(want), "round({n}, {d})");
        }
        assert_eq!(round_int(&BigInt::from(5), i64::MIN), BigInt::zero());
    }
}
