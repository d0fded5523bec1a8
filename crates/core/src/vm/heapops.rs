//! Allocation (with the memory and allocation limits) and the container operations natives
//! share: strings, lists, tuples, dicts and sets.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::Vm;
use crate::builtins::class::{Attrs, Instance, Payload};
use crate::builtins::dict::Dict;
use crate::builtins::exceptions::ExcData;
use crate::builtins::hash::hash_str;
use crate::builtins::range::RangeObj;
use crate::builtins::set::SetTable;
use crate::builtins::slice::{self, SliceIndices};
use crate::builtins::str::StrObj;
use crate::error::{Exc, LimitKind, PyResult};
use crate::heap::{ObjId, Object};
use crate::types::BuiltinType;
use crate::value::Value;

impl Vm {
    /// Allocates `obj`, enforcing the memory and allocation limits.
    pub fn alloc_obj(&mut self, obj: Object) -> PyResult<ObjId> {
        if let Some(max) = self.limits.max_allocations {
            if self.heap.total_allocations >= max {
                return Err(Exc::limit(
                    LimitKind::Allocations,
                    format!("allocation limit exceeded ({max} allocations)"),
                ));
            }
        }
        if let Some(max) = self.limits.max_memory {
            let size = obj.size_estimate();
            // No collection here: native code may hold unrooted values. The dispatch loop
            // collects early when memory runs high (see `Vm::tick`).
            if self.heap.bytes + size > max {
                return Err(Exc::limit(
                    LimitKind::Memory,
                    format!("memory limit exceeded ({max} bytes)"),
                ));
            }
        }
        Ok(self.heap.alloc(obj))
    }

    #[inline]
    pub fn alloc(&mut self, obj: Object) -> PyResult<Value> {
        self.alloc_obj(obj).map(Value::Obj)
    }

    /// Fails with the memory limit error if `bytes` more could not be held; call before building
    /// a large value (repetition, join, ...).
    pub fn reserve(&mut self, bytes: usize) -> PyResult<()> {
        // The limit first: a breach stops the program, whatever the size.
        if let Some(max) = self.limits.max_memory {
            if self.heap.bytes.saturating_add(bytes) > max {
                return Err(Exc::limit(
                    LimitKind::Memory,
                    format!("memory limit exceeded ({max} bytes)"),
                ));
            }
        }
        if bytes > crate::limits::MAX_SINGLE_RESERVATION {
            // Larger than any machine will give: CPython's MemoryError, before trying.
            return Err(Exc::Args(BuiltinType::MemoryError, Vec::new()));
        }
        Ok(())
    }

    /// `reserve` for `n` values (refusing sizes whose byte count overflows).
    pub fn reserve_values(&mut self, n: usize) -> PyResult<()> {
        match n.checked_mul(std::mem::size_of::<Value>()) {
            Some(bytes) => self.reserve(bytes),
            None => Err(Exc::Args(BuiltinType::MemoryError, Vec::new())),
        }
    }

    pub fn new_str(&mut self, s: String) -> PyResult<Value> {
        self.alloc(Object::Str(StrObj::new(s)))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> PyResult<Value> {
        self.alloc(Object::List(items))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> PyResult<Value> {
        self.alloc(Object::Tuple(items))
    }

    pub fn new_dict(&mut self, d: Dict) -> PyResult<Value> {
        self.alloc(Object::Dict(d))
    }

    pub fn new_bytes(&mut self, b: Vec<u8>) -> PyResult<Value> {
        self.alloc(Object::Bytes(b))
    }

    /// An int value: inline when it fits in 64 bits.
    pub fn new_int_big(&mut self, b: BigInt) -> PyResult<Value> {
        match b.to_i64() {
            Some(i) => Ok(Value::Int(i)),
            None => self.alloc(Object::BigInt(b)),
        }
    }

    /// The contents of a `str` value.
    #[inline]
    pub fn as_str(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Str(s) => Some(&s.s),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn str_value(&self, v: Value) -> Option<String> {
        self.as_str(v).map(str::to_string)
    }

    /// Whether `v` is the str `lit`.
    pub fn str_eq_literal(&self, v: Value, lit: &str) -> bool {
        self.as_str(v) == Some(lit)
    }

    /// The (cached) hash of a str object.
    pub fn str_hash(&mut self, id: ObjId) -> i64 {
        match self.heap.get_mut(id) {
            Object::Str(s) => {
                if s.hash == -1 {
                    s.hash = hash_str(&s.s);
                }
                s.hash
            }
            _ => 0,
        }
    }

    /// Equality that needs no Python code: `Some(result)` for built-in values, `None` when a
    /// user `__eq__` might be involved.
    pub fn native_eq(&self, a: Value, b: Value) -> Option<bool> {
        if a.is(b) {
            return Some(!matches!(a, Value::Float(f) if f.is_nan()));
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x == y),
            (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => {
                Some(x == y as i64)
            }
            (Value::Bool(x), Value::Bool(y)) => Some(x == y),
            (Value::Float(x), Value::Float(y)) => Some(x == y),
            (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
                Some(crate::builtins::float::int_eq_float(x, y))
            }
            (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
                Some((x as i64 as f64) == y)
            }
            (Value::Obj(x), Value::Obj(y)) => match (self.heap.get(x), self.heap.get(y)) {
                (Object::Str(s), Object::Str(t)) => Some(s.s == t.s),
                (Object::Bytes(s), Object::Bytes(t)) => Some(s == t),
                (Object::BigInt(s), Object::BigInt(t)) => Some(s == t),
                (Object::Tuple(s), Object::Tuple(t)) => {
                    if s.len() != t.len() {
                        return Some(false);
                    }
                    if !crate::limits::stack_has_room() {
                        // Let the checked (Python-level) comparison raise RecursionError.
                        return None;
                    }
                    for (p, q) in s.iter().zip(t.iter()) {
                        match self.native_eq(*p, *q) {
                            Some(true) => {}
                            Some(false) => return Some(false),
                            None => return None,
                        }
                    }
                    Some(true)
                }
                (Object::BoundMethod(m), Object::BoundMethod(n)) => {
                    Some(m.func.is(n.func) && m.receiver.is(n.receiver))
                }
                (Object::Str(_), Object::BigInt(_) | Object::Bytes(_) | Object::Tuple(_))
                | (Object::BigInt(_) | Object::Bytes(_) | Object::Tuple(_), Object::Str(_)) => {
                    Some(false)
                }
                _ => None,
            },
            (Value::Obj(x), Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None)
            | (Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None, Value::Obj(x)) => {
                match self.heap.get(x) {
                    Object::Str(_)
                    | Object::Bytes(_)
                    | Object::Tuple(_)
                    | Object::List(_)
                    | Object::Dict(_) => Some(false),
                    Object::BigInt(_) => {
                        let (big, other) = if matches!(a, Value::Obj(_)) {
                            (a, b)
                        } else {
                            (b, a)
                        };
                        let _ = big;
                        match other {
                            Value::Float(f) => {
                                let bi = match self.heap.get(x) {
                                    Object::BigInt(bi) => bi,
                                    _ => return None,
                                };
                                Some(crate::builtins::float::bigint_eq_float(bi, f))
                            }
                            _ => Some(false),
                        }
                    }
                    _ => None,
                }
            }
            (Value::None, _) | (_, Value::None) => match (a, b) {
                (Value::Obj(_), _) | (_, Value::Obj(_)) => None,
                _ => Some(false),
            },
            (Value::Type(_), Value::Type(_)) | (Value::Builtin(_), Value::Builtin(_)) => {
                Some(false)
            }
            _ => match (a, b) {
                (Value::Obj(_), _) | (_, Value::Obj(_)) => None,
                _ => Some(false),
            },
        }
    }

    // ---- dicts ----------------------------------------------------------------------------

    /// Finds `key` (with hash `hash`) in `d`, comparing through Python when needed.
    pub fn dict_find(&mut self, d: &Dict, key: Value, hash: i64) -> PyResult<Option<usize>> {
        let mut slow = false;
        let r: Result<Option<usize>, ()> = d.find(key, hash, |k| match self.native_eq(k, key) {
            Some(b) => Ok(b),
            None => {
                slow = true;
                Err(())
            }
        });
        if let Ok(r) = r {
            return Ok(r);
        }
        let _ = slow;
        let candidates: Vec<(usize, Value)> = (0..d.positions())
            .filter_map(|i| d.entry(i).filter(|e| e.hash == hash).map(|e| (i, e.key)))
            .collect();
        for (pos, k) in candidates {
            if k.is(key) || self.eq(k, key)? {
                return Ok(Some(pos));
            }
        }
        Ok(None)
    }

    /// Looks `key` up in the dict object `d`.
    pub fn dict_get(&mut self, d: ObjId, key: Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        let dict = match self.heap.get_mut(d) {
            Object::Dict(dict) => std::mem::take(dict),
            _ => return Ok(None),
        };
        let r = self.dict_find(&dict, key, hash);
        let v = match &r {
            Ok(Some(pos)) => dict.entry(*pos).map(|e| e.value),
            _ => None,
        };
        if let Object::Dict(slot) = self.heap.get_mut(d) {
            *slot = dict;
        }
        r.map(|_| v)
    }

    /// `d[key] = value` on a dict object.
    pub fn dict_set(&mut self, d: ObjId, key: Value, value: Value) -> PyResult<()> {
        let mut dict = match self.heap.get_mut(d) {
            Object::Dict(dict) => std::mem::take(dict),
            _ => return Err(Exc::internal("dict_set on a non-dict")),
        };
        let r = self.dict_set_in(&mut dict, key, value);
        if let Object::Dict(slot) = self.heap.get_mut(d) {
            *slot = dict;
        }
        if let Some(max) = self.limits.max_memory {
            if self.heap.bytes > max {
                self.reserve(0)?;
            }
        }
        r
    }

    /// `dict[key] = value` for a dict value that may also be a dict subclass instance.
    pub fn dict_setitem(&mut self, d: Value, key: Value, value: Value) -> PyResult<()> {
        match self.dict_id(d) {
            Some(id) => self.dict_set(id, key, value),
            None => Err(Exc::internal("not a dict")),
        }
    }

    /// The dict object behind a dict value (or a dict subclass instance).
    pub fn dict_id(&self, d: Value) -> Option<ObjId> {
        match d {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Dict(_) => Some(id),
                Object::Instance(i) => match &i.payload {
                    Payload::Builtin(Value::Obj(p))
                        if matches!(self.heap.get(*p), Object::Dict(_)) =>
                    {
                        Some(*p)
                    }
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Inserts into a dict that is not (yet) on the heap.
    pub fn dict_set_in(&mut self, dict: &mut Dict, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(key)?;
        match self.dict_find(dict, key, hash)? {
            Some(pos) => dict.set_value_at(pos, value),
            None => {
                self.heap.bytes += std::mem::size_of::<crate::builtins::dict::DictEntry>();
                dict.push_new(key, hash, value)
            }
        }
        Ok(())
    }

    /// Removes `key` from a dict object, returning its value.
    pub fn dict_remove(&mut self, d: ObjId, key: Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        let mut dict = match self.heap.get_mut(d) {
            Object::Dict(dict) => std::mem::take(dict),
            _ => return Ok(None),
        };
        let r = self.dict_find(&dict, key, hash);
        let out = match &r {
            Ok(Some(pos)) => dict.remove_at(*pos).map(|e| e.value),
            _ => None,
        };
        if let Object::Dict(slot) = self.heap.get_mut(d) {
            *slot = dict;
        }
        r.map(|_| out)
    }

    /// Looks a str key up in a dict object.
    pub fn dict_get_str(&self, d: ObjId, key: &str) -> Option<Value> {
        match self.heap.get(d) {
            Object::Dict(dict) => self.dict_lookup_str(dict, key),
            _ => None,
        }
    }

    /// Looks a str key up in a dict.
    pub fn dict_lookup_str(&self, dict: &Dict, key: &str) -> Option<Value> {
        let hash = hash_str(key);
        let r: Result<Option<usize>, ()> =
            dict.find(Value::Undefined, hash, |k| Ok(self.as_str(k) == Some(key)));
        match r {
            Ok(Some(pos)) => dict.entry(pos).map(|e| e.value),
            _ => None,
        }
    }

    /// Looks a str key (given as a str value) up in a dict, by content.
    pub fn dict_lookup_name(&mut self, dict: &Dict, name: Value) -> Option<Value> {
        let hash = match name {
            Value::Obj(id) => self.str_hash(id),
            _ => return None,
        };
        let r: Result<Option<usize>, ()> = dict.find(name, hash, |k| {
            Ok(match (self.as_str(k), self.as_str(name)) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            })
        });
        match r {
            Ok(Some(pos)) => dict.entry(pos).map(|e| e.value),
            _ => None,
        }
    }

    pub fn dict_insert_str(&mut self, dict: &mut Dict, key: &str, value: Value) -> PyResult<()> {
        let k = self.new_str(key.to_string())?;
        self.dict_set_in(dict, k, value)
    }

    pub fn dict_remove_str(&mut self, dict: &mut Dict, key: &str) -> PyResult<Option<Value>> {
        let hash = hash_str(key);
        let r: Result<Option<usize>, ()> =
            dict.find(Value::Undefined, hash, |k| Ok(self.as_str(k) == Some(key)));
        Ok(match r {
            Ok(Some(pos)) => dict.remove_at(pos).map(|e| e.value),
            _ => None,
        })
    }

    pub fn new_dict_from_pairs(&mut self, items: &[Value]) -> PyResult<Value> {
        let mut d = Dict::with_capacity(items.len() / 2);
        for pair in items.chunks(2) {
            self.dict_set_in(&mut d, pair[0], pair[1])?;
        }
        self.new_dict(d)
    }

    // ---- sets -------------------------------------------------------------------------------

    fn set_op<T>(
        &mut self,
        s: ObjId,
        f: impl FnOnce(&mut Vm, &mut SetTable) -> PyResult<T>,
    ) -> PyResult<T> {
        let mut table = match self.heap.get_mut(s) {
            Object::Set(t) | Object::FrozenSet(t) => std::mem::take(t),
            _ => return Err(Exc::internal("not a set")),
        };
        let r = f(self, &mut table);
        match self.heap.get_mut(s) {
            Object::Set(t) | Object::FrozenSet(t) => *t = table,
            _ => {}
        }
        r
    }

    /// The set table behind a set value (or set subclass instance).
    pub fn set_id(&self, v: Value) -> Option<ObjId> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Set(_) | Object::FrozenSet(_) => Some(id),
                Object::Instance(i) => match &i.payload {
                    Payload::Builtin(Value::Obj(p))
                        if matches!(self.heap.get(*p), Object::Set(_) | Object::FrozenSet(_)) =>
                    {
                        Some(*p)
                    }
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    pub fn set_table_add(&mut self, table: &mut SetTable, key: Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        let growth = table.growth_on_insert();
        if growth > 0 {
            self.reserve(growth)?;
        }
        let before = table.size_estimate();
        let r = self.set_table_add_inner(table, key, hash);
        let after = table.size_estimate();
        self.heap.bytes = (self.heap.bytes + after).saturating_sub(before);
        r
    }

    fn set_table_add_inner(
        &mut self,
        table: &mut SetTable,
        key: Value,
        hash: i64,
    ) -> PyResult<bool> {
        let mut need_py = false;
        let r: Result<bool, ()> = table.add(key, hash, |a, b| match self.native_eq(a, b) {
            Some(x) => Ok(x),
            None => {
                need_py = true;
                Err(())
            }
        });
        match r {
            Ok(b) => Ok(b),
            Err(()) => {
                // A user __eq__ is involved: compare through Python.
                let mut err = None;
                let r = table.add(key, hash, |a, b| match self.eq(a, b) {
                    Ok(x) => Ok(x),
                    Err(e) => {
                        err = Some(e);
                        Err(())
                    }
                });
                match (r, err) {
                    (Ok(b), _) => Ok(b),
                    (Err(()), Some(e)) => Err(e),
                    (Err(()), None) => Err(Exc::internal("set add failed")),
                }
            }
        }
    }

    pub fn set_table_contains(&mut self, table: &SetTable, key: Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        let r: Result<bool, ()> = table.contains(key, hash, |a, b| self.native_eq(a, b).ok_or(()));
        match r {
            Ok(b) => Ok(b),
            Err(()) => {
                let mut err = None;
                let r = table.contains(key, hash, |a, b| match self.eq(a, b) {
                    Ok(x) => Ok(x),
                    Err(e) => {
                        err = Some(e);
                        Err(())
                    }
                });
                match (r, err) {
                    (Ok(b), _) => Ok(b),
                    (Err(()), Some(e)) => Err(e),
                    (Err(()), None) => Err(Exc::internal("set lookup failed")),
                }
            }
        }
    }

    pub fn set_table_discard(&mut self, table: &mut SetTable, key: Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        let r: Result<bool, ()> = table.discard(key, hash, |a, b| self.native_eq(a, b).ok_or(()));
        match r {
            Ok(b) => Ok(b),
            Err(()) => {
                let mut err = None;
                let r = table.discard(key, hash, |a, b| match self.eq(a, b) {
                    Ok(x) => Ok(x),
                    Err(e) => {
                        err = Some(e);
                        Err(())
                    }
                });
                match (r, err) {
                    (Ok(b), _) => Ok(b),
                    (Err(()), Some(e)) => Err(e),
                    (Err(()), None) => Err(Exc::internal("set discard failed")),
                }
            }
        }
    }

    /// `s.add(v)` on a set value.
    pub fn set_add(&mut self, s: Value, v: Value) -> PyResult<()> {
        let id = self.set_id(s).ok_or_else(|| Exc::internal("not a set"))?;
        self.set_op(id, |vm, t| vm.set_table_add(t, v)).map(|_| ())
    }

    pub fn set_contains(&mut self, s: ObjId, v: Value) -> PyResult<bool> {
        self.set_op(s, |vm, t| vm.set_table_contains(t, v))
    }

    pub fn set_discard(&mut self, s: ObjId, v: Value) -> PyResult<bool> {
        self.set_op(s, |vm, t| vm.set_table_discard(t, v))
    }

    /// A new set (or frozenset) of `items`.
    pub fn new_set_from(&mut self, items: &[Value], frozen: bool) -> PyResult<Value> {
        let mut t = SetTable::new();
        for v in items {
            self.set_table_add(&mut t, *v)?;
        }
        self.alloc(if frozen {
            Object::FrozenSet(t)
        } else {
            Object::Set(t)
        })
    }

    /// Adds every element of iterable `src` to the set value `target`.
    pub fn set_update_from(&mut self, target: Value, src: Value) -> PyResult<()> {
        let id = self
            .set_id(target)
            .ok_or_else(|| Exc::internal("not a set"))?;
        // Sets merge table-to-table and dicts pre-size, as CPython does (this shapes the order).
        if let Some(other) = self.set_id(src) {
            if other == id {
                return Ok(());
            }
            let other_table = match self.heap.get(other) {
                Object::Set(t) | Object::FrozenSet(t) => t.clone(),
                _ => SetTable::new(),
            };
            return self.set_op(id, |vm, t| {
                let mut err = None;
                let r = t.merge(&other_table, |a, b| match vm.eq(a, b) {
                    Ok(x) => Ok(x),
                    Err(e) => {
                        err = Some(e);
                        Err(())
                    }
                });
                match (r, err) {
                    (Ok(()), _) => Ok(()),
                    (Err(()), Some(e)) => Err(e),
                    _ => Err(Exc::internal("set merge failed")),
                }
            });
        }
        if let Some(d) = self.dict_id(src) {
            let keys: Vec<Value> = match self.heap.get(d) {
                Object::Dict(dict) => dict.keys().collect(),
                _ => Vec::new(),
            };
            return self.set_op(id, |vm, t| {
                t.reserve_for_dict(keys.len());
                for k in keys {
                    vm.set_table_add(t, k)?;
                }
                Ok(())
            });
        }
        let items = self.collect(src)?;
        self.set_op(id, |vm, t| {
            for k in items {
                vm.set_table_add(t, k)?;
            }
            Ok(())
        })
    }

    // ---- lists and sequences ---------------------------------------------------------------

    /// The list object behind a list value (or list subclass instance).
    pub fn list_id(&self, v: Value) -> Option<ObjId> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Object::List(_) => Some(id),
                Object::Instance(i) => match &i.payload {
                    Payload::Builtin(Value::Obj(p))
                        if matches!(self.heap.get(*p), Object::List(_)) =>
                    {
                        Some(*p)
                    }
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    pub fn list_append(&mut self, list: Value, v: Value) -> PyResult<()> {
        let id = self
            .list_id(list)
            .ok_or_else(|| Exc::internal("not a list"))?;
        if let Object::List(items) = self.heap.get_mut(id) {
            if items.len() == items.capacity() {
                let grow = items.capacity().max(4) * std::mem::size_of::<Value>();
                self.heap.bytes += grow;
                if let Some(max) = self.limits.max_memory {
                    if self.heap.bytes > max {
                        return self.reserve(0);
                    }
                }
            }
            if let Object::List(items) = self.heap.get_mut(id) {
                items.push(v);
            }
        }
        Ok(())
    }

    pub fn list_extend_from(&mut self, list: Value, src: Value) -> PyResult<()> {
        let items = self.collect(src)?;
        let id = self
            .list_id(list)
            .ok_or_else(|| Exc::internal("not a list"))?;
        self.reserve(items.len() * std::mem::size_of::<Value>())?;
        self.heap.bytes += items.len() * std::mem::size_of::<Value>();
        if let Object::List(l) = self.heap.get_mut(id) {
            l.extend(items);
        }
        Ok(())
    }

    /// The items of a tuple or list value (copied).
    pub fn seq_items(&self, v: Value) -> Option<Vec<Value>> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Object::List(items) | Object::Tuple(items) => Some(items.clone()),
                Object::Instance(i) => match &i.payload {
                    Payload::Builtin(p) => self.seq_items(*p),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Concatenates str values (f-strings).
    pub fn concat_strs(&mut self, parts: &[Value]) -> PyResult<Value> {
        let mut total = 0;
        for p in parts {
            total += self.as_str(*p).map(str::len).unwrap_or(0);
        }
        self.reserve(total)?;
        let mut s = String::with_capacity(total);
        for p in parts {
            if let Some(t) = self.as_str(*p) {
                s.push_str(t);
            }
        }
        self.new_str(s)
    }

    pub fn range_obj(&self, v: Value) -> PyResult<RangeObj> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Range(r) => Ok(r.clone()),
                _ => Err(Exc::type_error("expected a range")),
            },
            _ => Err(Exc::type_error("expected a range")),
        }
    }

    /// The indices a slice object selects from a sequence of length `len`.
    pub fn slice_indices(&mut self, s: Value, len: i64) -> PyResult<SliceIndices> {
        let sl = match s {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Slice(sl) => *sl,
                _ => return Err(Exc::type_error("expected a slice")),
            },
            _ => return Err(Exc::type_error("expected a slice")),
        };
        let step = if sl.step.is_none() {
            1
        } else {
            let s = self.slice_index(sl.step)?;
            if s == 0 {
                return Err(Exc::value_error("slice step cannot be zero"));
            }
            s
        };
        let start = if sl.start.is_none() {
            None
        } else {
            Some(self.slice_index(sl.start)?)
        };
        let stop = if sl.stop.is_none() {
            None
        } else {
            Some(self.slice_index(sl.stop)?)
        };
        Ok(slice::adjust(start, stop, step, len))
    }

    /// A slice bound: an int (clamped to 64 bits) or an object with `__index__`.
    fn slice_index(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(id) => match self.heap.get(id) {
                Object::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }),
                _ => self.index_value(v).map_err(|_| {
                    Exc::type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                }),
            },
            _ => Err(Exc::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    }

    // ---- exceptions ---------------------------------------------------------------------------

    /// A new exception instance of a built-in type with a message.
    pub fn new_exception(&mut self, ty: BuiltinType, msg: &str) -> PyResult<ObjId> {
        let m = self.new_str(msg.to_string())?;
        self.new_exception_args(Value::Type(ty), vec![m])
    }

    pub fn new_exception_args(&mut self, class: Value, args: Vec<Value>) -> PyResult<ObjId> {
        let inst = Instance {
            class,
            attrs: Attrs::Inline(Dict::new()),
            payload: Payload::Exception(Box::new(ExcData::new(args))),
        };
        self.alloc_obj(Object::Instance(Box::new(inst)))
    }

    /// Sets an attribute on an exception object (such as `name` on NameError).
    pub fn set_exc_attr(&mut self, exc: ObjId, name: &str, value: Value) {
        if let Ok(k) = self.new_str(name.to_string()) {
            let mut attrs = match self.heap.get_mut(exc) {
                Object::Instance(i) => match &mut i.attrs {
                    Attrs::Inline(d) => std::mem::take(d),
                    Attrs::Shared(_) => return,
                },
                _ => return,
            };
            let _ = self.dict_set_in(&mut attrs, k, value);
            if let Object::Instance(i) = self.heap.get_mut(exc) {
                i.attrs = Attrs::Inline(attrs);
            }
        }
    }

    /// Reads an attribute set with `set_exc_attr`.
    pub fn exc_attr(&self, exc: ObjId, name: &str) -> Option<Value> {
        match self.heap.get(exc) {
            Object::Instance(i) => match &i.attrs {
                Attrs::Inline(d) => self.dict_lookup_str(d, name),
                Attrs::Shared(id) => self.dict_get_str(*id, name),
            },
            _ => None,
        }
    }

    /// Keeps `v` alive across nested runs until `release_temps(mark)`.
    pub fn root_temp(&mut self, v: Value) -> usize {
        self.temp_roots.push(v);
        self.temp_roots.len() - 1
    }

    pub fn release_temps(&mut self, mark: usize) {
        self.temp_roots.truncate(mark);
    }
}
