//! The decimal value of a Unicode digit, as CPython's `Py_UNICODE_TODECIMAL`
//! (`Objects/unicodectype.c`) gives it for the Unicode 14.0 database that
//! CPython 3.11 ships.
//!
//! CPython accepts any character of category `Nd` wherever it reads decimal
//! digits: widths in a format spec (`format(12, '٣')` is `' 12'`), `int('٣')`,
//! `float('١.٥')`. All 660 of them come in runs of ten, `0` to `9`, so the
//! table lists only where each run starts.

/// The code point of the `0` of every run of decimal digits, ascending.
/// Generated with: `python3 -c "import unicodedata; print([hex(c) for c in
/// range(0x110000) if unicodedata.decimal(chr(c), -1) == 0])"`.
const ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value `0..=9` of a decimal digit in any script, or `None`.
///
/// ```
/// use coroscope_engine::algo::unicode_digit::decimal_value;
/// assert_eq!(decimal_value('7'), Some(7));
/// assert_eq!(decimal_value('٣'), Some(3));
/// assert_eq!(decimal_value('x'), None);
/// ```
pub fn decimal_value(c: char) -> Option<u32> {
    let code = u32::from(c);
    if c.is_ascii() {
        return c.to_digit(10);
    }
    // The last run starting at or below `code`.
    let run = ZEROS.partition_point(|&zero| zero <= code).checked_sub(1)?;
    let value = code - ZEROS[run];
    (value < 10).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::decimal_value;

    #[test]
    fn counts_every_digit_cpython_knows() {
        // python3 -c "import unicodedata; print(sum(unicodedata.decimal(chr(c), -1) != -1 for c in range(0x110000)))"
        let count = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| decimal_value(c).is_some())
            .count();
        assert_eq!(count, 660);
    }

    #[test]
    fn reads_scripts_and_rejects_non_digits() {
        // python3 -c "import unicodedata as u; print(u.decimal('٣'), u.decimal('９'), u.decimal('𝟿'), u.decimal('Ⅷ', -1), u.decimal('²', -1))"
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('９'), Some(9));
        assert_eq!(decimal_value('𝟿'), Some(9));
        assert_eq!(decimal_value('Ⅷ'), None);
        assert_eq!(decimal_value('²'), None);
        assert_eq!(decimal_value('/'), None);
    }
}
