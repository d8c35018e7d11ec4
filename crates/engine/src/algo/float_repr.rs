//! `repr(float)` (and `str(float)`, the same in Python 3), as CPython's
//! `float_repr` writes it (`Objects/floatobject.c`):
//! `PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0, NULL)`.
//!
//! The shortest digits that read back to the same float, in positional
//! notation while the decimal exponent is in `-4..16`, else as `d.ddde±XX`.

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
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, FloatCode::Repr, 0, flags)
}

#[cfg(test)]
mod tests {
    use super::float_repr;

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
