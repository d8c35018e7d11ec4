//! The hash table behind `set` and `frozenset`, slot for slot as CPython
//! 3.11's `Objects/setobject.c` lays it out, so iterating and printing a set
//! gives CPython's order.
//!
//! The model, in CPython's words and numbers:
//! - A table of `2**k` slots (at least 8, `PySet_MINSIZE`), each empty, a
//!   *dummy* (a deleted key), or active. `fill` counts active and dummy
//!   slots, `used` only active ones.
//! - A key with hash `h` is first looked for at `h & mask`, then in the
//!   `LINEAR_PROBES = 9` slots after it (only if they do not wrap past the
//!   end), then at `i = (i * 5 + 1 + perturb) & mask` with `perturb`
//!   starting at `h` (unsigned) and shifted right by 5 each round.
//! - Adding a key that is not there reuses the last dummy seen on its probe
//!   path; otherwise it takes the empty slot that ended the search, and when
//!   `fill * 5 >= mask * 3` the table is rebuilt for `used * 4` keys (`used *
//!   2` above 50,000), reinserting the old table's keys in slot order.
//! - `pop` scans from a "finger" left after the previous pop.
//!
//! Key equality may run Python code and fail, so lookups take the key's hash
//! and a fallible closure comparing a stored key with the one sought. The
//! closure cannot change the table (it is borrowed), so CPython's
//! "table mutated during comparison, restart" path is not needed.

/// `LINEAR_PROBES`: slots checked next to the first before jumping.
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;
/// `PySet_MINSIZE`: slots of a new or cleared set.
pub const MIN_SIZE: usize = 8;

#[derive(Clone, Debug)]
enum Slot<K> {
    Empty,
    /// A deleted key; CPython marks it with hash -1.
    Dummy,
    Active {
        hash: i64,
        key: K,
    },
}

/// A set's table: keys of type `K` with their hashes, in CPython's slots.
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots: `len()`.
    used: usize,
    /// Where the next `pop` starts looking.
    finger: usize,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        SetTable::new()
    }
}

/// Where a probe for a key ended.
enum Probe {
    /// The key is in this slot.
    Found(usize),
    /// Not there: the empty slot that ended the search, and the last dummy
    /// passed on the way.
    Missing { empty: usize, dummy: Option<usize> },
}

impl<K> SetTable<K> {
    /// An empty set (8 slots), as `set()` makes it.
    pub fn new() -> Self {
        SetTable {
            slots: empty_slots(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether there are no keys.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (`mask + 1`).
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The keys in slot order: the order `for x in s` and `print(s)` use.
    pub fn iter(&self) -> impl Iterator<Item = &K> + '_ {
        self.entries().map(|(_, key)| key)
    }

    /// `(hash, key)` pairs in slot order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Active { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }

    /// Mirrors `set_next` / `setiter_iternext`: the first key at or after
    /// slot `pos`, with the position to continue from. A set iterator keeps
    /// that position (and CPython checks `len()` is unchanged between steps).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, i64, &K)> {
        let found = self
            .slots
            .get(pos..)?
            .iter()
            .position(|s| matches!(s, Slot::Active { .. }))?;
        match &self.slots[pos + found] {
            Slot::Active { hash, key } => Some((pos + found + 1, *hash, key)),
            _ => None,
        }
    }

    /// The probe sequence of `set_lookkey`/`set_add_entry` for `hash`.
    fn probe<E>(&self, hash: i64, mut eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Probe, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut dummy = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return Ok(Probe::Missing { empty: j, dummy }),
                    Slot::Dummy => dummy = Some(j),
                    Slot::Active { hash: h, key } if *h == hash && eq(key)? => return Ok(Probe::Found(j)),
                    Slot::Active { .. } => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = next_index(i, perturb, mask);
        }
    }

    /// The slot holding the key sought, if present: a position for
    /// [`remove_at`](Self::remove_at), valid until the table changes.
    pub fn find<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Option<usize>, E> {
        Ok(match self.probe(hash, eq)? {
            Probe::Found(j) => Some(j),
            Probe::Missing { .. } => None,
        })
    }

    /// Whether a key equal to the one sought is present (`set_contains_entry`).
    /// `eq(stored)` compares a stored key of the same hash with it.
    pub fn contains<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<bool, E> {
        Ok(matches!(self.probe(hash, eq)?, Probe::Found(_)))
    }

    /// The stored key equal to the one sought, if any.
    pub fn get<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Option<&K>, E> {
        Ok(match self.probe(hash, eq)? {
            Probe::Found(j) => match &self.slots[j] {
                Slot::Active { key, .. } => Some(key),
                _ => None,
            },
            Probe::Missing { .. } => None,
        })
    }

    /// Mirrors `set_add_entry`: adds `key` unless an equal key is present
    /// (which is kept; `key` is dropped). Returns whether it was added.
    /// `eq(stored)` compares a stored key with `key`.
    pub fn insert<E>(&mut self, hash: i64, key: K, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<bool, E> {
        match self.probe(hash, eq)? {
            Probe::Found(_) => Ok(false),
            Probe::Missing { dummy: Some(j), .. } => {
                self.slots[j] = Slot::Active { hash, key };
                self.used += 1;
                Ok(true)
            }
            Probe::Missing { empty, dummy: None } => {
                self.slots[empty] = Slot::Active { hash, key };
                self.fill += 1;
                self.used += 1;
                if self.fill * 5 >= self.mask() * 3 {
                    self.resize(self.growth_target());
                }
                Ok(true)
            }
        }
    }

    /// `set_add_entry` for a key a lookup has just shown to be absent: the
    /// same probe, so the same slot, without comparing keys again.
    pub fn insert_absent(&mut self, hash: i64, key: K) {
        let absent = |_: &K| Ok::<bool, std::convert::Infallible>(false);
        match self.insert(hash, key, absent) {
            Ok(_) => {}
            Err(never) => match never {},
        }
    }

    /// Removes the key in a slot returned by [`find`](Self::find), leaving
    /// a dummy as `set_discard_entry` does. `None` if the slot is not active.
    pub fn remove_at(&mut self, slot: usize) -> Option<K> {
        if !matches!(self.slots.get(slot), Some(Slot::Active { .. })) {
            return None;
        }
        self.used -= 1;
        match std::mem::replace(&mut self.slots[slot], Slot::Dummy) {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        }
    }

    /// Mirrors `set_discard_entry`: removes and returns the key equal to the
    /// one sought, leaving a dummy in its slot.
    pub fn remove<E>(&mut self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Option<K>, E> {
        let Probe::Found(j) = self.probe(hash, eq)? else {
            return Ok(None);
        };
        self.used -= 1;
        Ok(match std::mem::replace(&mut self.slots[j], Slot::Dummy) {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        })
    }

    /// Mirrors `set_pop`: removes the first key at or after the finger
    /// (wrapping around), and moves the finger past it. `None` when empty
    /// (CPython's `KeyError: 'pop from an empty set'`).
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while !matches!(self.slots[j], Slot::Active { .. }) {
            j = if j == mask { 0 } else { j + 1 };
        }
        self.used -= 1;
        self.finger = j + 1;
        match std::mem::replace(&mut self.slots[j], Slot::Dummy) {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        }
    }

    /// Mirrors `set_clear_internal`: back to 8 empty slots. The pop finger
    /// is left as it was, as in CPython.
    pub fn clear(&mut self) {
        self.slots = empty_slots(MIN_SIZE);
        self.fill = 0;
        self.used = 0;
    }

    /// Mirrors `set_swap_bodies`: exchanges the contents of two sets (used
    /// by the in-place operators); the pop fingers stay with their sets.
    pub fn swap_bodies(&mut self, other: &mut SetTable<K>) {
        std::mem::swap(&mut self.slots, &mut other.slots);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
    }

    /// The size `set_add_entry` asks `set_table_resize` for.
    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// The end of `set_difference_update_internal`: when more than a
    /// quarter of the slots are dummies, rebuilds the table without them.
    pub fn drop_dummies_if_many(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// Mirrors `set_update_internal`'s single resize before adding the `n`
    /// keys of a dict (or `set_merge`'s before adding another set's keys).
    pub fn presize_for_update(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Mirrors `set_table_resize`: a table of the smallest power of two
    /// above `min_used` (at least 8), the old keys reinserted in slot order.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // No dummies, so no point doing anything.
            return;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(size));
        self.fill = self.used;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                self.insert_clean(hash, key);
            }
        }
    }

    /// Mirrors `set_insert_clean`: places a key known to be absent in a
    /// table without dummies. Does not touch `fill`/`used`.
    fn insert_clean(&mut self, hash: i64, key: K) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            if let Some(j) = (i..=i + probes).find(|&j| matches!(self.slots[j], Slot::Empty)) {
                self.slots[j] = Slot::Active { hash, key };
                return;
            }
            perturb >>= PERTURB_SHIFT;
            i = next_index(i, perturb, mask);
        }
    }
}

impl<K: Clone> SetTable<K> {
    /// Mirrors `set_merge`: adds every key of `other` (`s |= t`,
    /// `s.update(t)`, `set(t)` for a set `t`). Into an empty set, the keys are
    /// copied slot for slot when the sizes match, else placed without
    /// comparisons; otherwise each is added with `eq(stored, incoming)`.
    /// (`s.update(s)` is a no-op the caller must catch: `other` is borrowed.)
    pub fn merge<E>(&mut self, other: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> Result<bool, E>) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        self.presize_for_update(other.used);
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (hash, key) in other.entries() {
                self.insert_clean(hash, key.clone());
            }
            return Ok(());
        }
        for (hash, key) in other.entries() {
            self.insert(hash, key.clone(), |stored| eq(stored, key))?;
        }
        Ok(())
    }

    /// `frozenset(tuple(s))`: a new table with the keys added one at a time
    /// in this table's order. This is how CPython's compiler re-creates a
    /// folded set constant, which decides the order a set literal prints:
    /// `{c1, c2, c3, …}` (three or more constants) compiles to
    /// `BUILD_SET 0; LOAD_CONST frozenset(…); SET_UPDATE 1`, where the
    /// constant is built by adding the elements in source order, rebuilt
    /// once by `merge_consts_recursive`, and rebuilt a second time by
    /// `intern_string_constants` if one of its strings is made of ASCII
    /// letters, digits and `_` and an equal string was already interned
    /// (CPython's own identifiers such as `'name'` or `'key'`, or a name or
    /// string constant of code compiled earlier). `SET_UPDATE` then
    /// [`merge`](Self::merge)s it into the new set.
    pub fn rebuilt(&self) -> SetTable<K> {
        let mut table = SetTable::new();
        for (hash, key) in self.entries() {
            // The keys are distinct, so no comparison can find a match.
            let distinct = |_: &K| Ok::<bool, std::convert::Infallible>(false);
            match table.insert(hash, key.clone(), distinct) {
                Ok(_) => {}
                Err(never) => match never {},
            }
        }
        table
    }

    /// `s.copy()` and `set(s)`: a new set merged from this one.
    pub fn copy(&self) -> SetTable<K> {
        let mut copy = SetTable::new();
        // Merging into an empty table never compares keys.
        let never = |_: &K, _: &K| Ok::<bool, std::convert::Infallible>(false);
        match copy.merge(self, never) {
            Ok(()) => copy,
            Err(never) => match never {},
        }
    }
}

/// `(i * 5 + 1 + perturb) & mask`, in unsigned 64-bit arithmetic as on
/// CPython's 64-bit builds.
fn next_index(i: usize, perturb: u64, mask: usize) -> usize {
    let next = (i as u64).wrapping_mul(5).wrapping_add(1).wrapping_add(perturb);
    (next & mask as u64) as usize
}

fn empty_slots<K>(n: usize) -> Vec<Slot<K>> {
    std::iter::repeat_with(|| Slot::Empty).take(n).collect()
}

#[cfg(test)]
#[rustfmt::skip] // Tables generated from CPython runs.
pub(super) mod tests;
