//! `set` and `frozenset`: the hash table, laid out exactly as CPython 3.11 lays it out.
//!
//! Iteration order of a set is its table order, which programs print. To print what CPython
//! prints, this table probes (linear runs of 9, then perturbed jumps), fills, resizes and reuses
//! deleted slots the way CPython's does, with the same hashes (see `hash.rs`).

use serde::{Deserialize, Serialize};

use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Hash stored in a deleted slot.
const DUMMY_HASH: i64 = -1;

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct SetEntry {
    pub hash: i64,
    /// `Undefined` in an unused or deleted slot.
    pub key: Value,
}

const UNUSED: SetEntry = SetEntry {
    hash: 0,
    key: Value::Undefined,
};

impl SetEntry {
    #[inline]
    fn is_unused(&self) -> bool {
        self.key.is_undefined() && self.hash != DUMMY_HASH
    }
    #[inline]
    fn is_dummy(&self) -> bool {
        self.key.is_undefined() && self.hash == DUMMY_HASH
    }
    #[inline]
    fn is_active(&self) -> bool {
        !self.key.is_undefined()
    }
}

/// Where a lookup ended.
enum Probe {
    Found(usize),
    /// Absent; the slot an insertion should use, and whether it is a reused deleted slot.
    Absent(usize, bool),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SetTable {
    table: Vec<SetEntry>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            table: vec![UNUSED; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable::default()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    #[inline]
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.table {
            if e.is_active() {
                f(e.key);
            }
        }
    }

    pub fn size_estimate(&self) -> usize {
        self.table.capacity() * std::mem::size_of::<SetEntry>()
    }

    /// Active entries in table order.
    pub fn iter(&self) -> impl Iterator<Item = &SetEntry> + '_ {
        self.table.iter().filter(|e| e.is_active())
    }

    pub fn keys(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter().map(|e| e.key)
    }

    /// The number of table slots; iterators walk slot positions.
    #[inline]
    pub fn slots(&self) -> usize {
        self.table.len()
    }

    /// The active entry at slot `pos`, if any.
    #[inline]
    pub fn slot(&self, pos: usize) -> Option<&SetEntry> {
        self.table.get(pos).filter(|e| e.is_active())
    }

    fn probe<E>(
        &self,
        key: Value,
        hash: i64,
        eq: &mut impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<Probe, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let e = &self.table[j];
                if e.is_unused() {
                    return Ok(match freeslot {
                        Some(f) => Probe::Absent(f, true),
                        None => Probe::Absent(j, false),
                    });
                }
                if e.hash == hash && e.is_active() {
                    if e.key.is(key) || eq(e.key, key)? {
                        return Ok(Probe::Found(j));
                    }
                } else if e.is_dummy() {
                    freeslot = Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn contains<E>(
        &self,
        key: Value,
        hash: i64,
        mut eq: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(matches!(self.probe(key, hash, &mut eq)?, Probe::Found(_)))
    }

    /// Adds `key`; returns whether it was new. An equal key already present is kept.
    pub fn add<E>(
        &mut self,
        key: Value,
        hash: i64,
        mut eq: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        match self.probe(key, hash, &mut eq)? {
            Probe::Found(_) => Ok(false),
            Probe::Absent(slot, reused) => {
                self.table[slot] = SetEntry { hash, key };
                self.used += 1;
                if !reused {
                    self.fill += 1;
                    if self.fill * 5 >= self.mask() * 3 {
                        let minused = if self.used > 50_000 {
                            self.used * 2
                        } else {
                            self.used * 4
                        };
                        self.resize(minused);
                    }
                }
                Ok(true)
            }
        }
    }

    /// Removes `key`; returns whether it was present.
    pub fn discard<E>(
        &mut self,
        key: Value,
        hash: i64,
        mut eq: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        match self.probe(key, hash, &mut eq)? {
            Probe::Found(slot) => {
                self.table[slot] = SetEntry {
                    hash: DUMMY_HASH,
                    key: Value::Undefined,
                };
                self.used -= 1;
                Ok(true)
            }
            Probe::Absent(..) => Ok(false),
        }
    }

    /// Removes and returns an arbitrary element, as `set.pop` chooses it.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !self.table[i].is_active() {
            i = if i == mask { 0 } else { i + 1 };
        }
        let key = self.table[i].key;
        self.table[i] = SetEntry {
            hash: DUMMY_HASH,
            key: Value::Undefined,
        };
        self.used -= 1;
        self.finger = i + 1;
        Some(key)
    }

    pub fn clear(&mut self) {
        *self = SetTable::default();
    }

    fn insert_clean(table: &mut [SetEntry], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_undefined() {
                table[i] = SetEntry { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for slot in &mut table[i + 1..=i + LINEAR_PROBES] {
                    if slot.key.is_undefined() {
                        *slot = SetEntry { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The bytes a resize triggered by adding one new key would allocate (0 if none would),
    /// so the memory limit can be checked before the table grows.
    pub fn growth_on_insert(&self) -> usize {
        if (self.fill + 1) * 5 < self.mask() * 3 {
            return 0;
        }
        let used = self.used + 1;
        let minused = if used > 50_000 { used * 2 } else { used * 4 };
        minused.next_power_of_two().max(MIN_SIZE) * 2 * std::mem::size_of::<SetEntry>()
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.table.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![UNUSED; newsize]);
        for e in old.iter().filter(|e| e.is_active()) {
            Self::insert_clean(&mut self.table, e.key, e.hash);
        }
        self.fill = self.used;
    }

    /// `set_merge`: adds every element of `other` (hashes reused), as `update`/`|` do.
    pub fn merge<E>(
        &mut self,
        other: &SetTable,
        mut eq: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.table.len() == other.table.len() && other.fill == other.used {
            self.table.clone_from(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            for e in other.table.iter().filter(|e| e.is_active()) {
                Self::insert_clean(&mut self.table, e.key, e.hash);
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for e in other.table.iter().filter(|e| e.is_active()) {
            self.add(e.key, e.hash, &mut eq)?;
        }
        Ok(())
    }

    /// Pre-sizes before adding `n` entries from a dict (CPython's `set_update_internal` for dicts).
    pub fn reserve_for_dict(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// After removing many elements (`difference_update`), drop dummies as CPython does.
    pub fn shrink_after_removals(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let minused = if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// `frozenset.__hash__`.
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for e in &self.table {
            hash ^= shuffle(e.hash as u64);
        }
        if (self.table.len() - self.fill) & 1 == 1 {
            hash ^= shuffle(0);
        }
        if (self.fill - self.used) & 1 == 1 {
            hash ^= shuffle(u64::MAX);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }
}
