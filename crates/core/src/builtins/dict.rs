//! `dict`: the insertion-ordered hash table and the dict type's methods.
//!
//! Entries live in insertion order in `entries`; `indices` is an open-addressing table of entry
//! positions, built only once a dict outgrows a linear scan. Deleted entries leave a hole (key
//! `Undefined`) that compaction removes. Probing takes an equality callback, so keys whose `__eq__`
//! is Python code compare through the VM.

use serde::{Deserialize, Serialize};

use crate::value::Value;

/// One key/value pair with the key's hash.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// Below this many entries a dict is searched linearly and keeps no index table.
const LINEAR_MAX: usize = 8;
const EMPTY: u32 = u32::MAX;

/// The table behind a Python dict (also class namespaces, instance `__dict__`s and kwargs).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Dict {
    entries: Vec<DictEntry>,
    #[serde(skip)]
    indices: Vec<u32>,
    used: usize,
    /// Every position before this one is a hole (kept by `pop_first`, reset by compaction).
    #[serde(skip)]
    head: usize,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict {
            entries: Vec::with_capacity(n),
            indices: Vec::new(),
            used: 0,
            head: 0,
        };
        if n > LINEAR_MAX {
            d.indices = vec![EMPTY; table_size_for(n)];
        }
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.entries {
            if !e.key.is_undefined() {
                f(e.key);
                f(e.value);
            }
        }
    }

    pub fn size_estimate(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<DictEntry>() + self.indices.capacity() * 4
    }

    /// Rebuilds the index table (after deserializing, or after compaction).
    pub fn rebuild_index(&mut self) {
        self.indices.clear();
        if self.entries.len() > LINEAR_MAX {
            self.indices = vec![EMPTY; table_size_for(self.entries.len())];
            let mask = self.indices.len() - 1;
            for (pos, e) in self.entries.iter().enumerate() {
                if !e.key.is_undefined() {
                    let slot = free_slot(&self.indices, mask, e.hash);
                    self.indices[slot] = pos as u32;
                }
            }
        }
    }

    /// Finds the position of `key` (with hash `hash`). `eq(stored_key)` decides equality for
    /// stored keys with the same hash that are not the identical value.
    pub fn find<E>(
        &self,
        key: Value,
        hash: i64,
        mut eq: impl FnMut(Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        if self.indices.is_empty() {
            for (pos, e) in self.entries.iter().enumerate() {
                if e.hash == hash && !e.key.is_undefined() && (e.key.is(key) || eq(e.key)?) {
                    return Ok(Some(pos));
                }
            }
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let idx = self.indices[i];
            if idx == EMPTY {
                return Ok(None);
            }
            let e = &self.entries[idx as usize];
            if e.hash == hash && !e.key.is_undefined() && (e.key.is(key) || eq(e.key)?) {
                return Ok(Some(idx as usize));
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Appends a key known to be absent.
    pub fn push_new(&mut self, key: Value, hash: i64, value: Value) {
        if self.entries.len() >= LINEAR_MAX
            && (self.entries.len() + 1) * 3 >= self.indices.len() * 2
        {
            self.compact_and_grow(self.used + 1);
        }
        let pos = self.entries.len();
        // Entries may have been truncated below the hint; new entries are never skipped.
        self.head = self.head.min(pos);
        self.entries.push(DictEntry { hash, key, value });
        self.used += 1;
        if !self.indices.is_empty() {
            let mask = self.indices.len() - 1;
            let slot = free_slot(&self.indices, mask, hash);
            self.indices[slot] = pos as u32;
        }
    }

    fn compact_and_grow(&mut self, needed: usize) {
        self.head = 0;
        if self.used < self.entries.len() {
            self.entries.retain(|e| !e.key.is_undefined());
        }
        if needed > LINEAR_MAX {
            let size = table_size_for(needed.max(self.entries.len()) * 2);
            self.indices = vec![EMPTY; size];
            let mask = size - 1;
            for (pos, e) in self.entries.iter().enumerate() {
                let slot = free_slot(&self.indices, mask, e.hash);
                self.indices[slot] = pos as u32;
            }
        } else {
            self.indices.clear();
        }
    }

    #[inline]
    pub fn entry(&self, pos: usize) -> Option<&DictEntry> {
        self.entries.get(pos).filter(|e| !e.key.is_undefined())
    }

    #[inline]
    pub fn set_value_at(&mut self, pos: usize, value: Value) {
        if let Some(e) = self.entries.get_mut(pos) {
            e.value = value;
        }
    }

    /// Removes the entry at `pos`, returning it.
    pub fn remove_at(&mut self, pos: usize) -> Option<DictEntry> {
        let e = *self.entries.get(pos)?;
        if e.key.is_undefined() {
            return None;
        }
        self.entries[pos].key = Value::Undefined;
        self.entries[pos].value = Value::Undefined;
        self.used -= 1;
        if !self.indices.is_empty() {
            // The slot keeps pointing at the hole; lookups skip holes. Compact once holes dominate.
            if self.entries.len() > 2 * self.used + LINEAR_MAX {
                self.compact_and_grow(self.used);
            }
        } else if pos + 1 == self.entries.len() {
            self.entries.pop();
        }
        Some(e)
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<DictEntry> {
        let pos = self.entries.iter().rposition(|e| !e.key.is_undefined())?;
        let e = self.remove_at(pos);
        // Trailing holes are dropped so popitem stays O(1) amortized.
        while matches!(self.entries.last(), Some(last) if last.key.is_undefined()) {
            self.entries.pop();
        }
        if self.entries.len() <= LINEAR_MAX && !self.indices.is_empty() {
            self.rebuild_index();
        }
        e
    }

    /// Removes and returns the first entry in insertion order
    /// (`OrderedDict.popitem(last=False)`), in amortized constant time.
    pub fn pop_first(&mut self) -> Option<DictEntry> {
        let start = self.head.min(self.entries.len());
        let offset = self.entries[start..]
            .iter()
            .position(|e| !e.key.is_undefined())?;
        let pos = start + offset;
        self.head = pos + 1;
        self.remove_at(pos)
    }

    pub fn clear(&mut self) {
        self.head = 0;
        self.entries.clear();
        self.indices.clear();
        self.used = 0;
    }

    /// The number of entry positions (live or holes); iterators walk `0..capacity_positions()`.
    #[inline]
    pub fn positions(&self) -> usize {
        self.entries.len()
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &DictEntry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_undefined())
    }

    pub fn keys(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter().map(|e| e.key)
    }

    pub fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter().map(|e| e.value)
    }
}

fn table_size_for(n: usize) -> usize {
    let mut size = 16;
    while size * 2 < n * 3 {
        size *= 2;
    }
    size
}

fn free_slot(indices: &[u32], mask: usize, hash: i64) -> usize {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    while indices[i] != EMPTY {
        perturb >>= 5;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
    i
}
