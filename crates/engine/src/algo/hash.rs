//! `hash()` as CPython 3.11 computes it on a 64-bit build with
//! `PYTHONHASHSEED=0` (`Python/pyhash.c`, `Objects/longobject.c`,
//! `Objects/tupleobject.c`, `Objects/setobject.c`).
//!
//! - `str` and `bytes`: SipHash-1-3 (`sys.hash_info.algorithm`) under the
//!   all-zero key that seed 0 gives, over the bytes CPython stores: one byte a
//!   character if every character is below 256, else two (UCS-2), else four
//!   (UCS-4), little-endian. `Py_HASH_CUTOFF` is 0, so short strings take the
//!   same path. The empty string hashes to 0.
//! - Numbers: reduced modulo the Mersenne prime `2**61 - 1`, so that equal
//!   numbers of different types (`1`, `1.0`, `True`) hash alike.
//! - Every hash avoids -1, CPython's error marker: -1 becomes -2.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// `sys.hash_info.modulus`: the prime `2**61 - 1`.
pub const MODULUS: u64 = (1 << 61) - 1;
/// `sys.hash_info.width` minus the sign bit's neighbour: numbers are reduced in 61 bits.
const BITS: u32 = 61;
/// `sys.hash_info.inf`: the hash of `float('inf')` (negated for `-inf`).
pub const INF: i64 = 314_159;

/// CPython's last step of every hash: -1 is reserved for errors.
fn avoid_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(s)` for a `str`.
///
/// ```
/// use coroscope_engine::algo::hash::hash_str;
/// assert_eq!(hash_str("a"), 4644417185603328019);
/// assert_eq!(hash_str(""), 0);
/// ```
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let widest = s.chars().map(u32::from).max().unwrap_or(0);
    let bytes: Vec<u8> = if widest < 0x100 {
        s.chars().map(|c| u32::from(c) as u8).collect()
    } else if widest < 0x10000 {
        s.chars().flat_map(|c| (u32::from(c) as u16).to_le_bytes()).collect()
    } else {
        s.chars().flat_map(|c| u32::from(c).to_le_bytes()).collect()
    };
    hash_bytes(&bytes)
}

/// `hash(b)` for `bytes` (`_Py_HashBytes`).
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    avoid_minus_one(siphash13(0, 0, bytes) as i64)
}

/// SipHash-1-3 with 64-bit output, as `siphash13` in `Python/pyhash.c`.
fn siphash13(k0: u64, k1: u64, bytes: &[u8]) -> u64 {
    let mut v = [
        k0 ^ 0x736f_6d65_7073_6575,
        k1 ^ 0x646f_7261_6e64_6f6d,
        k0 ^ 0x6c79_6765_6e65_7261,
        k1 ^ 0x7465_6462_7974_6573,
    ];
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let m = u64::from_le_bytes(word);
        v[3] ^= m;
        sip_round(&mut v);
        v[0] ^= m;
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    let b = ((bytes.len() as u64) << 56) | u64::from_le_bytes(tail);
    v[3] ^= b;
    sip_round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    for _ in 0..3 {
        sip_round(&mut v);
    }
    (v[0] ^ v[1]) ^ (v[2] ^ v[3])
}

fn sip_round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[2] = v[2].rotate_left(32);
}

/// `hash(n)` for an int that fits in an `i64`.
///
/// ```
/// use coroscope_engine::algo::hash::hash_i64;
/// assert_eq!(hash_i64(-1), -2);
/// assert_eq!(hash_i64((1 << 61) - 1), 0);
/// ```
pub fn hash_i64(n: i64) -> i64 {
    let reduced = (n.unsigned_abs() % MODULUS) as i64;
    avoid_minus_one(if n < 0 { -reduced } else { reduced })
}

/// `hash(n)` for any int: `|n| mod (2**61 - 1)` with `n`'s sign.
pub fn hash_int(n: &BigInt) -> i64 {
    if let Some(small) = n.to_i64() {
        return hash_i64(small);
    }
    let reduced = (n.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    avoid_minus_one(if n.sign() == Sign::Minus { -reduced } else { reduced })
}

/// `hash(x)` for a float (`_Py_HashDouble`), equal to the hash of the int
/// or fraction it is. `None` for a NaN: since 3.10 CPython hashes a NaN by
/// the object's identity, so the caller must use [`hash_pointer`] of it.
///
/// ```
/// use coroscope_engine::algo::hash::hash_float;
/// assert_eq!(hash_float(1.5), Some(1152921504606846977));
/// assert_eq!(hash_float(f64::NAN), None);
/// ```
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { INF } else { -INF });
    }
    // x = mantissa * 2**exponent exactly, and 2**61 = 1 (mod 2**61 - 1), so
    // multiplying by a power of two is a rotation in 61 bits.
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    let shift = exponent.rem_euclid(i64::from(BITS)) as u32;
    let reduced = rotate61(mantissa % MODULUS, shift);
    let signed = reduced as i64;
    Some(avoid_minus_one(if x.is_sign_negative() { -signed } else { signed }))
}

/// `x * 2**shift mod (2**61 - 1)` for `x < 2**61 - 1`, `shift < 61`.
fn rotate61(x: u64, shift: u32) -> u64 {
    if shift == 0 {
        return x;
    }
    let rotated = ((x << shift) & MODULUS) | (x >> (BITS - shift));
    if rotated == MODULUS {
        0
    } else {
        rotated
    }
}

/// `_Py_HashPointer`: the default `hash()` of an object from its address
/// (`id()`), rotated by 4 bits as CPython does, and of a NaN float.
pub fn hash_pointer(address: u64) -> i64 {
    avoid_minus_one(address.rotate_right(4) as i64)
}

/// `hash(t)` for a tuple whose items hash to `items` (CPython 3.11's
/// xxHash-based `tuplehash`).
///
/// ```
/// use coroscope_engine::algo::hash::{hash_i64, hash_tuple};
/// assert_eq!(hash_tuple(&[hash_i64(1), hash_i64(2)]), -3550055125485641917);
/// ```
pub fn hash_tuple(items: &[i64]) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for &item in items {
        acc = acc.wrapping_add((item as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    // Add the length, mangled to keep the historical value of hash(()).
    acc = acc.wrapping_add((items.len() as u64) ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

/// `hash(fs)` for a frozenset whose items hash to `items`, in any order
/// (`frozenset_hash`; the corrections CPython makes for empty and dummy
/// slots cancel out, so only the items matter).
pub fn hash_frozenset(items: impl IntoIterator<Item = i64>) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut count: u64 = 0;
    let mut hash: u64 = 0;
    for item in items {
        hash ^= shuffle(item as u64);
        count += 1;
    }
    // Factor in the number of active entries.
    hash ^= (count + 1).wrapping_mul(1_927_868_237);
    // Disperse patterns arising in nested frozensets.
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        590_923_713
    } else {
        hash as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_in_all_three_widths() {
        // PYTHONHASHSEED=0 python3 -c "print(hash('a'), hash('안녕'), hash('é'), hash('abc'), hash('😀'), hash('a😀'), hash('\u0100'), hash('abcdefghijklmnopq'))"
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(hash_str("안녕"), -1114742529281405722);
        assert_eq!(hash_str("é"), 6047309291227476195);
        assert_eq!(hash_str("abc"), -4594863902769663758);
        assert_eq!(hash_str("😀"), -3536540696076613844);
        assert_eq!(hash_str("a😀"), -6970120874385731343);
        assert_eq!(hash_str("\u{100}"), 75343234424780393);
        assert_eq!(hash_str("abcdefghijklmnopq"), 7044894726457044172);
        assert_eq!(hash_str(""), 0);
    }

    #[test]
    fn bytes_hash_like_latin1_strings() {
        // PYTHONHASHSEED=0 python3 -c "print(hash(b''), hash(b'abc'), hash(b'\xe9'))"
        assert_eq!(hash_bytes(b""), 0);
        assert_eq!(hash_bytes(b"abc"), -4594863902769663758);
        assert_eq!(hash_bytes(b"\xe9"), 6047309291227476195);
    }

    #[test]
    fn ints_reduce_modulo_the_mersenne_prime() {
        // python3 -c "print(hash(2**70), hash(-2**70), hash(2**61-1), hash(2**61), hash(-2**61+1), hash(2**64), hash(-(2**64)), hash(10**30), hash(-2**63))"
        let big = |s: &str| s.parse::<BigInt>().unwrap();
        let two_70: BigInt = BigInt::from(1) << 70;
        let two_64: BigInt = BigInt::from(1) << 64;
        assert_eq!(hash_int(&two_70), 512);
        assert_eq!(hash_int(&-two_70), -512);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_i64(-(1 << 61) + 1), 0);
        assert_eq!(hash_int(&two_64), 8);
        assert_eq!(hash_int(&-two_64), -8);
        assert_eq!(hash_int(&big("1000000000000000000000000000000")), 465258685558744706);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_int(&BigInt::from(-1)), -2);
    }

    #[test]
    fn floats_hash_like_the_equal_rational() {
        // python3 -c "print(hash(1.5), hash(-0.0), hash(0.5), hash(1e300), hash(-1.5), hash(float('inf')),
        //   hash(float('-inf')), hash(1e-300), hash(2.0**-1074), hash(-1.0), hash(3.141592653589793), hash(1e16), hash(-2.0))"
        let cases = [
            (1.5, 1152921504606846977),
            (-0.0, 0),
            (0.5, 1152921504606846976),
            (1e300, 1224995262755759164),
            (-1.5, -1152921504606846977),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (1e-300, 482449582752280463),
            (f64::from_bits(1), 16777216),
            (-1.0, -2),
            (std::f64::consts::PI, 326490430436040707),
            (1e16, 10000000000000000),
            (-2.0, -2),
        ];
        for (x, want) in cases {
            assert_eq!(hash_float(x), Some(want), "hash({x:e})");
        }
    }

    #[test]
    fn tuples_and_frozensets() {
        // PYTHONHASHSEED=0 python3 -c "print(hash(()), hash((1,)), hash((1,2)), hash(('a', (1, 2.5), -1)),
        //   hash(frozenset()), hash(frozenset({1,2,3})), hash(frozenset({'a','b'})))"
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!(hash_tuple(&[1]), -6644214454873602895);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
        let inner = hash_tuple(&[1, hash_float(2.5).unwrap()]);
        assert_eq!(hash_tuple(&[hash_str("a"), inner, hash_i64(-1)]), -2964013426047354364);
        assert_eq!(hash_frozenset([]), 133146708735736);
        assert_eq!(hash_frozenset([1, 2, 3]), -272375401224217160);
        assert_eq!(hash_frozenset([hash_str("b"), hash_str("a")]), 1679668661828516449);
    }

    #[test]
    fn pointers_rotate_by_four_bits() {
        // The rule, checked with python3: for `a = object()`, `hash(a)` is
        // `id(a)` rotated right by 4 bits, read as a signed 64-bit integer.
        assert_eq!(hash_pointer(0x7f00_0000_1230), 0x07f0_0000_0123);
        assert_eq!(hash_pointer(0x18), i64::MIN + 1);
    }
}
