//! Algorithms that must give CPython's exact results, on plain Rust values:
//! float repr and formatting, hashing, set/dict probing order, Mersenne Twister.
