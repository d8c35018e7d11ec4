//! The Mersenne Twister behind Python's `random` module, with CPython's
//! seeding and raw outputs (`Modules/_randommodule.c`): MT19937 as
//! Matsumoto and Nishimura published it, `init_by_array` seeding from an
//! int's absolute value in 32-bit words, `random()` from two outputs, and
//! `getrandbits(k)` filling 32-bit words from the least significant end.
//!
//! The algorithms of `Lib/random.py` that build on these outputs
//! (`randrange`, `shuffle`, `sample`, …) live in [`super::random`].

use num_bigint::{BigInt, BigUint};

use super::sha512::sha512;

/// Degree of recurrence: the words of state (`getstate()` shows them plus the position).
pub const N: usize = 624;
/// Middle word offset.
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937's state, as `RandomObject` holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mt19937 {
    state: [u32; N],
    /// Next word of `state` to temper; `N` means "generate the next block".
    index: usize,
}

impl Mt19937 {
    /// A generator seeded as `random.seed(seed)` seeds it for an int.
    ///
    /// ```
    /// use coroscope_engine::algo::mersenne::Mt19937;
    /// let mut mt = Mt19937::from_int(&0.into());
    /// assert_eq!(mt.random(), 0.8444218515250481);
    /// ```
    pub fn from_int(seed: &BigInt) -> Mt19937 {
        let mut mt = Mt19937 {
            state: [0; N],
            index: N,
        };
        mt.seed_int(seed);
        mt
    }

    /// `random_seed` for an int: `init_by_array` with `abs(seed)` split into
    /// 32-bit words, least significant first (one zero word for 0).
    pub fn seed_int(&mut self, seed: &BigInt) {
        let mut key = seed.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    /// `random_seed` for any other hashable object: its `hash()` read as an
    /// unsigned 64-bit number (`(size_t)hash`). A float seed takes this path.
    pub fn seed_hash(&mut self, hash: i64) {
        self.seed_int(&BigInt::from(hash as u64));
    }

    /// `random.seed(s)` for a `str` (its UTF-8 bytes) or `bytes` seed in
    /// version 2: the int `int.from_bytes(s + sha512(s).digest(), 'big')`.
    pub fn seed_bytes(&mut self, bytes: &[u8]) {
        let mut all = bytes.to_vec();
        all.extend_from_slice(&sha512(bytes));
        self.seed_int(&BigInt::from(BigUint::from_bytes_be(&all)));
    }

    /// `init_genrand`.
    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // MSB is 1, assuring a non-zero initial array.
        mt[0] = 0x8000_0000;
    }

    /// `genrand_uint32`: the next 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.generate();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// Generates the next block of `N` words.
    fn generate(&mut self) {
        let mt = &mut self.state;
        let twist = |upper: u32, lower: u32, far: u32| {
            let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            far ^ (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for k in 0..N - M {
            mt[k] = twist(mt[k], mt[k + 1], mt[k + M]);
        }
        for k in N - M..N - 1 {
            mt[k] = twist(mt[k], mt[k + 1], mt[k + M - N]);
        }
        mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
        self.index = 0;
    }

    /// `random.random()`: 53 random bits from two outputs, in `[0.0, 1.0)`.
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)` for `k <= 64`, without allocating. Same
    /// stream as [`getrandbits`](Self::getrandbits).
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.next_u32() >> (32 - k)),
            _ => {
                let low = u64::from(self.next_u32());
                let high = u64::from(self.next_u32() >> (64 - k.min(64)));
                low | (high << 32)
            }
        }
    }

    /// `random.getrandbits(k)`: `k` random bits, filled 32 at a time from
    /// the least significant word; the last word drops its low bits.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.getrandbits_u64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut remaining = k;
        let mut digits = Vec::with_capacity(usize::try_from(words).unwrap_or(0).min(1 << 20));
        for _ in 0..words {
            let r = self.next_u32();
            digits.push(if remaining < 32 { r >> (32 - remaining) } else { r });
            remaining = remaining.saturating_sub(32);
        }
        BigInt::from(BigUint::new(digits))
    }

    /// `getstate()`'s internal part: the 624 words and the position.
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// `setstate()`: restores words and position (the position is clamped to `N`).
    pub fn set_state(&mut self, state: [u32; N], index: usize) {
        self.state = state;
        self.index = index.min(N);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeded(seed: i128) -> Mt19937 {
        Mt19937::from_int(&BigInt::from(seed))
    }

    #[test]
    fn first_outputs_after_int_seeds() {
        // python3 -c "import random; random.seed(0); print([random.getrandbits(32) for _ in range(3)])"
        let mut mt = seeded(0);
        assert_eq!(
            [mt.next_u32(), mt.next_u32(), mt.next_u32()],
            [3626764237, 1654615998, 3255389356]
        );
        // python3 -c "import random
        // for s in [1, 42, 2**32, 2**32-1, -5, 10**30, 123456789]: random.seed(s); print(repr(random.random()), random.getrandbits(64))"
        let cases: [(i128, f64, u64); 7] = [
            (1, 0.13436424411240122, 14799178230035213023),
            (42, 0.6394267984578837, 13679192365072849617),
            (1 << 32, 0.11299430095636409, 17242564240753480966),
            ((1 << 32) - 1, 0.6353574441341173, 3972385604783892801),
            (-5, 0.6229016948897019, 6613812840851947673),
            (10i128.pow(30), 0.9341508484568806, 2285616197996806941),
            (123456789, 0.6414006161858726, 13096366336019065471),
        ];
        for (seed, first, bits) in cases {
            let mut mt = seeded(seed);
            assert_eq!(mt.random(), first, "seed {seed}");
            assert_eq!(mt.getrandbits_u64(64), bits, "seed {seed}");
        }
    }

    #[test]
    fn str_bytes_and_float_seeds() {
        // python3 -c "import random
        // for s in ['hello', b'hello', '', '안녕', 1.5, -1.5]: random.seed(s); print(repr(random.random()))"
        let mut mt = seeded(0);
        for (bytes, want) in [
            (&b"hello"[..], 0.3537754404730722),
            (b"", 0.9602256525641875),
            ("안녕".as_bytes(), 0.6891432493979202),
        ] {
            mt.seed_bytes(bytes);
            assert_eq!(mt.random(), want);
        }
        // hash(1.5) and hash(-1.5).
        mt.seed_hash(1152921504606846977);
        assert_eq!(mt.random(), 0.551763726942059);
        mt.seed_hash(-1152921504606846977);
        assert_eq!(mt.random(), 0.7101153317194698);
    }

    #[test]
    fn getrandbits_of_every_width() {
        // python3 -c "import random; random.seed(0); print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200)])"
        let mut mt = seeded(0);
        let got: Vec<String> = [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200]
            .into_iter()
            .map(|k| mt.getrandbits(k).to_string())
            .collect();
        let want = [
            "0",
            "1",
            "12",
            "1627694678",
            "3823568514",
            "1806341205",
            "8904841857247764026",
            "8963783824838420066",
            "35385177767462683512",
            "631274152732079063015764344160",
            "222866531502970745238502861343619926975410375119812094926767",
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn state_round_trips() {
        let mut mt = seeded(9);
        mt.next_u32();
        let (words, index) = mt.state();
        let mut copy = seeded(0);
        copy.set_state(*words, index);
        assert_eq!(copy.next_u32(), mt.next_u32());
    }
}
