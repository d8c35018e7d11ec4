//! Character names for Python's `\N{...}` escapes, in place of crates.io's
//! `unicode_names2` (the workspace patches it with this crate).
//!
//! Why: ruff_python_parser resolves `\N{NAME}` through
//! `unicode_names2::character`, and that crate's table of every Unicode
//! name is ~350 KB gzipped in the page's wasm — a third of the 1 MB budget
//! (measured on the release page: 1,184 KB gzipped with it). Learners'
//! scripts rarely name characters, and when they do it is punctuation,
//! arrows, box drawing, Latin letters or emoji. So this crate keeps:
//! - the names of the blocks in `generate.py` (3,474 names, from CPython
//!   3.11's own `unicodedata`, Unicode 14.0, in `names.txt`);
//! - the names Unicode defines by rule: `HANGUL SYLLABLE ...` (all 11,172)
//!   and `CJK UNIFIED IDEOGRAPH-XXXX` over Unicode 14's ranges.
//!
//! A name outside these is unknown here although CPython knows it; the
//! parser then reports CPython's "unknown Unicode character name" error.
//! docs/limitations.md lists this. Case rules are CPython's (see `character`).

const NAMES: &str = include_str!("names.txt");

/// The character called `name`, as `"\N{name}"` in Python source means.
///
/// ```
/// assert_eq!(unicode_names2::character("bullet"), Some('•'));
/// assert_eq!(unicode_names2::character("HANGUL SYLLABLE GA"), Some('가'));
/// assert_eq!(unicode_names2::character("NO SUCH NAME"), None);
/// ```
pub fn character(name: &str) -> Option<char> {
    // CPython matches the two rule-made families case-sensitively (its
    // `_getcode` compares their prefixes with strncmp and wants upper-case
    // hex), and every other name case-insensitively.
    if let Some(syllable) = name.strip_prefix("HANGUL SYLLABLE ") {
        return hangul_syllable(syllable);
    }
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        return cjk_ideograph(hex);
    }
    let name = name.to_ascii_uppercase();
    NAMES.lines().find_map(|line| {
        let (code, listed) = line.split_once(' ')?;
        (listed == name).then(|| u32::from_str_radix(code, 16).ok().and_then(char::from_u32))?
    })
}

/// Short names of the leading consonants, vowels and trailing consonants
/// (Unicode's Jamo.txt), in the order of the syllable formula.
const LEADS: [&str; 19] = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const VOWELS: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I",
];
const TAILS: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J",
    "C", "K", "T", "P", "H",
];

/// `GA` → U+AC00: the longest lead, then the longest vowel, then the tail
/// must be the rest (CPython's `find_syllable` matches the same way).
fn hangul_syllable(short: &str) -> Option<char> {
    let (lead, rest) = longest_prefix(&LEADS, short);
    let (vowel, rest) = longest_prefix(&VOWELS, rest);
    if vowel.is_none() {
        return None;
    }
    let tail = TAILS.iter().position(|t| *t == rest)?;
    let index = (lead? * VOWELS.len() + vowel?) * TAILS.len() + tail;
    char::from_u32(0xAC00 + index as u32)
}

fn longest_prefix<'a>(table: &[&str], text: &'a str) -> (Option<usize>, &'a str) {
    let best = table.iter().enumerate().filter(|(_, p)| text.starts_with(**p)).max_by_key(|(_, p)| p.len());
    match best {
        Some((index, prefix)) => (Some(index), &text[prefix.len()..]),
        None => (None, text),
    }
}

/// Unicode 14.0's CJK Unified Ideograph ranges (CPython 3.11's unicodedata).
const CJK_RANGES: [(u32, u32); 8] = [
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B738),
    (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0),
    (0x30000, 0x3134A),
];

fn cjk_ideograph(hex: &str) -> Option<char> {
    let upper_hex = |b: u8| b.is_ascii_digit() || (b'A'..=b'F').contains(&b);
    if !(4..=5).contains(&hex.len()) || !hex.bytes().all(upper_hex) {
        return None;
    }
    let code = u32::from_str_radix(hex, 16).ok()?;
    CJK_RANGES.iter().any(|(first, last)| (*first..=*last).contains(&code)).then(|| char::from_u32(code))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_names_in_any_case() {
        assert_eq!(character("LATIN SMALL LETTER A WITH ACUTE"), Some('á'));
        assert_eq!(character("Snake"), Some('🐍'));
        assert_eq!(character("EM DASH"), Some('—'));
        assert_eq!(character("BOX DRAWINGS LIGHT HORIZONTAL"), Some('─'));
        assert_eq!(character("SPACE"), Some(' '));
        assert_eq!(character(""), None);
        assert_eq!(character("SNAK"), None);
    }

    #[test]
    fn every_hangul_syllable_round_trips_its_name() {
        for index in 0..11_172u32 {
            let (lead, rest) = (index / 588, index % 588);
            let (vowel, tail) = (rest / 28, rest % 28);
            let name = format!("HANGUL SYLLABLE {}{}{}", LEADS[lead as usize], VOWELS[vowel as usize], TAILS[tail as usize]);
            assert_eq!(character(&name), char::from_u32(0xAC00 + index), "{name}");
        }
        assert_eq!(character("HANGUL SYLLABLE HAN"), Some('한'));
        assert_eq!(character("hangul syllable han"), None, "CPython: case-sensitive");
        assert_eq!(character("HANGUL SYLLABLE han"), None);
        assert_eq!(character("HANGUL SYLLABLE Q"), None);
    }

    #[test]
    fn cjk_ideographs_only_inside_their_ranges() {
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-4E00"), Some('一'));
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-9FFF"), Some('\u{9FFF}'));
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-04E00"), Some('一'));
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-9fff"), None, "CPython: upper-case hex only");
        assert_eq!(character("cjk unified ideograph-9FFF"), None);
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-A000"), None);
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-4E0"), None);
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-+4E0"), None);
    }
}
