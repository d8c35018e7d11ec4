//! Algorithms that must give CPython's exact results, on plain Rust values:
//! float repr and formatting, hashing, set/dict probing order, Mersenne Twister.
//!
//! Nothing here knows about the VM. Every function takes and returns plain
//! values (`f64`, `i64`, [`num_bigint::BigInt`], `&str`), and where CPython
//! would call back into Python (a key's `__eq__`) the caller passes a closure
//! that may fail. Each file names the CPython source it mirrors; expected
//! values in the tests were produced by running CPython 3.11.7 with
//! `PYTHONHASHSEED=0`.
//!
//! # Layout
//! - [`dtoa`] — `PyOS_double_to_string`: a float as text in the `e`/`f`/`g`/`r` modes.
//! - [`float_repr`] — `repr(float)`.
//! - [`format_spec`] — the format-spec mini-language (`format()`, f-strings, `str.format`).
//! - [`number_field`] — sign, prefix, padding and digit grouping of a formatted number.
//! - [`percent_format`] — `str % args`, one conversion at a time.
//! - [`round`] — `round()` of floats (correctly rounded decimals) and ints.
//! - [`unicode_digit`] — the decimal value of any Unicode digit, as `Py_UNICODE_TODECIMAL`.
//! - [`hash`] — `hash()` of str, bytes, int, float, tuple, frozenset.
//! - [`set_table`] and [`set_ops`] — `set`/`frozenset` tables in CPython's slot order.
//! - [`startup_interned`] — the strings CPython has interned before compiling a script
//!   (they decide how a set display of constants is laid out).
//! - [`dict_table`] — an insertion-ordered map for `dict`.
//! - [`mersenne`] — MT19937 seeded as `random.seed` seeds it; [`random`] — `Lib/random.py` on top.
//! - [`sha512`] — SHA-512, which `random.seed(str)` needs.

pub mod dict_table;
pub mod dtoa;
pub mod float_repr;
pub mod format_spec;
pub mod hash;
pub mod mersenne;
pub mod number_field;
pub mod percent_format;
pub mod random;
pub mod round;
pub mod set_ops;
pub mod set_table;
pub mod sha512;
pub mod startup_interned;
pub mod unicode_digit;
