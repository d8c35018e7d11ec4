//! The algorithms of CPython 3.11's `Lib/random.py` on top of
//! [`Mt19937`], consuming its outputs exactly as the Python code does so
//! that a seeded run reproduces CPython's values.
//!
//! Functions that pick from a sequence return indices (the caller indexes
//! its own list, string or range). The float distributions use `ln`, `sin`,
//! `cos`, `sqrt` and `exp`; natively these are the platform's libm, the
//! same CPython calls, so results agree to the last bit; a different libm
//! (as in WebAssembly) may differ in the last bit of `gauss` and friends.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::mersenne::Mt19937;

/// A refused call, with CPython's exception type and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RandomError {
    /// `ValueError` with this message.
    Value(String),
    /// `TypeError` with this message.
    Type(String),
    /// `IndexError` with this message.
    Index(String),
    /// `MemoryError`: more random bits asked for than [`MAX_BITS`].
    Memory,
}

/// The most bits `getrandbits` and `randbytes` produce at once (512 MiB);
/// CPython would try and fail with `MemoryError` somewhere above this.
pub const MAX_BITS: u64 = 1 << 32;

fn value_error(message: impl Into<String>) -> RandomError {
    RandomError::Value(message.into())
}

/// `random.Random`: the generator and the cached second `gauss` value.
#[derive(Clone, Debug)]
pub struct Random {
    /// The underlying generator; its seeding methods also serve `seed()`.
    pub mt: Mt19937,
    gauss_next: Option<f64>,
}

impl Random {
    /// A generator as after `random.seed(seed)`.
    pub fn new(seed: &BigInt) -> Random {
        Random {
            mt: Mt19937::from_int(seed),
            gauss_next: None,
        }
    }

    /// `random.seed(n)` for an int.
    pub fn seed_int(&mut self, seed: &BigInt) {
        self.mt.seed_int(seed);
        self.gauss_next = None;
    }

    /// `random.seed(s)` for a `str` (pass its UTF-8) or `bytes`.
    pub fn seed_bytes(&mut self, bytes: &[u8]) {
        self.mt.seed_bytes(bytes);
        self.gauss_next = None;
    }

    /// `random.seed(x)` for a float or other hashable: by its `hash()`.
    pub fn seed_hash(&mut self, hash: i64) {
        self.mt.seed_hash(hash);
        self.gauss_next = None;
    }

    /// `random()`.
    pub fn random(&mut self) -> f64 {
        self.mt.random()
    }

    /// `getrandbits(k)`; `k` must be non-negative.
    pub fn getrandbits(&mut self, k: &BigInt) -> Result<BigInt, RandomError> {
        if k.is_negative() {
            return Err(value_error("number of bits must be non-negative"));
        }
        match k.to_u64() {
            Some(k) if k <= MAX_BITS => Ok(self.mt.getrandbits(k)),
            _ => Err(RandomError::Memory),
        }
    }

    /// `_randbelow_with_getrandbits(n)` for `0 < n < 2**64`: draws
    /// `n.bit_length()` bits until the value is below `n`.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.mt.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for any positive int (0 for `n <= 0`, where CPython
    /// would loop forever; its callers never ask).
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if !n.is_positive() {
            return BigInt::zero();
        }
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.randbelow_u64(small));
        }
        loop {
            let r = self.mt.getrandbits(n.bits());
            if &r < n {
                return r;
            }
        }
    }

    /// `randrange(start, stop, step)`. `stop` is `None` for `randrange(n)`;
    /// `step` is `None` when not passed (CPython checks `step is _ONE`).
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: Option<&BigInt>,
    ) -> Result<BigInt, RandomError> {
        let Some(stop) = stop else {
            if step.is_some() {
                return Err(RandomError::Type("Missing a non-None stop argument".to_owned()));
            }
            if start.is_positive() {
                return Ok(self.randbelow(start));
            }
            return Err(value_error("empty range for randrange()"));
        };
        let width = stop - start;
        let step = step.cloned().unwrap_or_else(BigInt::one);
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return Err(value_error(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            )));
        }
        let n: BigInt = if step.is_positive() {
            (&width + &step - 1u32).div_floor(&step)
        } else if step.is_negative() {
            (&width + &step + 1u32).div_floor(&step)
        } else {
            return Err(value_error("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(value_error("empty range for randrange()"));
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, RandomError> {
        self.randrange(a, Some(&(b + 1)), None)
    }

    /// `choice(seq)`: the index to take from a sequence of `len` items.
    pub fn choice_index(&mut self, len: usize) -> Result<usize, RandomError> {
        if len == 0 {
            return Err(RandomError::Index("Cannot choose from an empty sequence".to_owned()));
        }
        Ok(self.randbelow_u64(len as u64) as usize)
    }

    /// `shuffle(x)`: Fisher–Yates from the end, as `Lib/random.py` does it.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }

    /// `sample(population, k)` for a population of `n` items: the indices
    /// chosen, in selection order. Like CPython, it shuffles a pool of
    /// indices when a list of `n` is smaller than a set of `k`, and
    /// otherwise redraws indices already selected. (`counts=` is
    /// `sample(range(total), k)` followed by a bisect, left to the caller.)
    pub fn sample_indices(&mut self, n: u64, k: &BigInt) -> Result<Vec<u64>, RandomError> {
        let k = match k.to_u64() {
            Some(k) if k <= n => k,
            _ => return Err(value_error("Sample larger than population or is negative")),
        };
        if n <= sample_set_size(k) {
            // The pool is at most 21 + 4**ceil(log4(3k)) <= 21 + 12k long.
            let mut pool: Vec<u64> = (0..n).collect();
            let mut result = Vec::with_capacity(k as usize);
            for i in 0..k {
                let j = self.randbelow_u64(n - i) as usize;
                result.push(pool[j]);
                pool[j] = pool[(n - i - 1) as usize];
            }
            return Ok(result);
        }
        let mut selected = std::collections::HashSet::with_capacity(k as usize);
        let mut result = Vec::with_capacity(k as usize);
        for _ in 0..k {
            let mut j = self.randbelow_u64(n);
            while selected.contains(&j) {
                j = self.randbelow_u64(n);
            }
            selected.insert(j);
            result.push(j);
        }
        Ok(result)
    }

    /// `choices(population, k=k)` without weights: `floor(random() * n)`.
    pub fn choices_indices(&mut self, n: usize, k: usize) -> Vec<usize> {
        let n = n as f64;
        (0..k).map(|_| (self.random() * n).floor() as usize).collect()
    }

    /// `choices(population, cum_weights=cum, k=k)` (with `weights=`, pass
    /// their running sums): bisects `random() * total` into `cum`.
    pub fn choices_weighted(&mut self, n: usize, cum: &[f64], k: usize) -> Result<Vec<usize>, RandomError> {
        if cum.len() != n {
            return Err(value_error("The number of weights does not match the population"));
        }
        let total = cum.last().copied().unwrap_or(0.0);
        if total <= 0.0 {
            return Err(value_error("Total of weights must be greater than zero"));
        }
        if !total.is_finite() {
            return Err(value_error("Total of weights must be finite"));
        }
        let hi = n - 1;
        Ok((0..k)
            .map(|_| {
                let x = self.random() * total;
                // bisect_right(cum, x, 0, hi)
                cum[..hi].partition_point(|&w| w <= x)
            })
            .collect())
    }

    /// `uniform(a, b)`: `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)`. `None` means CPython returns `low`
    /// itself (the division by `high - low` failed), which may be an int.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> Option<f64> {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(_) if high - low == 0.0 => return None,
            Some(mode) => (mode - low) / (high - low),
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        Some(low + (high - low) * (u * c).sqrt())
    }

    /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio method.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let nv_magicconst = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = nv_magicconst * (u1 - 0.5) / u2;
            if z * z / 4.0 <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `gauss(mu, sigma)`: Box–Muller, caching the second value.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `lognormvariate(mu, sigma)`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        self.normalvariate(mu, sigma).exp()
    }

    /// `expovariate(lambd)` (the caller raises `ZeroDivisionError` for 0).
    pub fn expovariate(&mut self, lambd: f64) -> f64 {
        -(1.0 - self.random()).ln() / lambd
    }

    /// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
    pub fn randbytes(&mut self, n: usize) -> Result<Vec<u8>, RandomError> {
        let bits = (n as u64)
            .checked_mul(8)
            .filter(|&bits| bits <= MAX_BITS)
            .ok_or(RandomError::Memory)?;
        let mut bytes = self.mt.getrandbits(bits).to_bytes_le().1;
        bytes.resize(n, 0);
        Ok(bytes)
    }
}

/// `sample`'s threshold: 21, plus `4 ** ceil(log(k * 3, 4))` for `k > 5`,
/// computed with floats as `math.log` does.
fn sample_set_size(k: u64) -> u64 {
    let mut size: u64 = 21;
    if k > 5 {
        let exponent = (k.saturating_mul(3) as f64).ln() / 4f64.ln();
        size = size.saturating_add(4u64.saturating_pow(exponent.ceil() as u32));
    }
    size
}

#[cfg(test)]
mod tests;
