//! `list`: indexing, slicing (including extended slice assignment), repetition, `list.sort`
//! (CPython's timsort, in `sort.rs`, with fast paths for lists of ints, floats or strs), and the
//! list methods.

use crate::builtins::{sort, Args};
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::native_methods;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

fn list_of(vm: &Vm, v: Value) -> PyResult<ObjId> {
    vm.list_id(v).ok_or_else(|| {
        let t = vm.type_name(v);
        Exc::type_error(format!(
            "descriptor requires a 'list' object but received a '{t}'"
        ))
    })
}

pub fn items(vm: &Vm, id: ObjId) -> &[Value] {
    match vm.heap.get(id) {
        Object::List(items) => items,
        _ => &[],
    }
}

fn items_mut(vm: &mut Vm, id: ObjId) -> Option<&mut Vec<Value>> {
    match vm.heap.get_mut(id) {
        Object::List(items) => Some(items),
        _ => None,
    }
}

pub fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let mut out = vm.seq_items(a).unwrap_or_default();
    let more = vm.seq_items(b).unwrap_or_default();
    vm.reserve((out.len() + more.len()) * std::mem::size_of::<Value>())?;
    out.extend(more);
    vm.new_list(out)
}

pub fn repeat(vm: &mut Vm, a: Value, n: i64, inplace: bool) -> PyResult<Value> {
    let src = vm.seq_items(a).unwrap_or_default();
    let n = n.max(0) as usize;
    let total = src
        .len()
        .checked_mul(n)
        .ok_or_else(|| Exc::new(crate::types::BuiltinType::MemoryError, ""))?;
    vm.reserve(total.saturating_mul(std::mem::size_of::<Value>()))?;
    let mut out = Vec::with_capacity(total);
    for _ in 0..n {
        out.extend_from_slice(&src);
    }
    if inplace {
        let id = list_of(vm, a)?;
        if let Some(items) = items_mut(vm, id) {
            *items = out;
        }
        return Ok(a);
    }
    vm.new_list(out)
}

fn is_slice(vm: &Vm, key: Value) -> bool {
    matches!(key, Value::Obj(k) if matches!(vm.heap.get(k), Object::Slice(_)))
}

fn index_of(vm: &mut Vm, key: Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let i = match vm.index_value(key) {
        Ok(i) => i,
        Err(e) => {
            if vm.kind(key) == Kind::Int {
                return Err(Exc::index_error(
                    "cannot fit 'int' into an index-sized integer".to_string(),
                ));
            }
            let _ = e;
            let t = vm.type_name(key);
            return Err(Exc::type_error(format!(
                "{what} indices must be integers or slices, not {t}"
            )));
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    Ok(if j < 0 || j >= len as i64 {
        None
    } else {
        Some(j as usize)
    })
}

pub fn getitem(vm: &mut Vm, list: Value, key: Value) -> PyResult<Value> {
    let id = list_of(vm, list)?;
    let len = items(vm, id).len();
    if is_slice(vm, key) {
        let idx = vm.slice_indices(key, len as i64)?;
        let src = items(vm, id);
        let out: Vec<Value> = idx
            .positions()
            .filter_map(|p| src.get(p).copied())
            .collect();
        return vm.new_list(out);
    }
    match index_of(vm, key, len, "list")? {
        Some(i) => Ok(items(vm, id)[i]),
        None => Err(Exc::index_error("list index out of range")),
    }
}

pub fn setitem(vm: &mut Vm, list: Value, key: Value, v: Value) -> PyResult<()> {
    let id = list_of(vm, list)?;
    let len = items(vm, id).len();
    if is_slice(vm, key) {
        let idx = vm.slice_indices(key, len as i64)?;
        let new: Vec<Value> = if v.as_obj() == Some(id) {
            items(vm, id).to_vec()
        } else {
            match vm.collect(v) {
                Ok(items) => items,
                Err(e) if vm.exc_is(&e, crate::types::BuiltinType::TypeError) => {
                    return Err(Exc::type_error("can only assign an iterable"));
                }
                Err(e) => return Err(e),
            }
        };
        if idx.step == 1 {
            let start = idx.start.max(0) as usize;
            let stop = (idx.stop.max(0) as usize).max(start);
            vm.reserve(new.len() * std::mem::size_of::<Value>())?;
            if let Some(items) = items_mut(vm, id) {
                let stop = stop.min(items.len());
                let start = start.min(items.len());
                items.splice(start..stop, new);
            }
            return Ok(());
        }
        let n = idx.len();
        if new.len() != n {
            return Err(Exc::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {n}",
                new.len()
            )));
        }
        if let Some(items) = items_mut(vm, id) {
            for (p, val) in idx.positions().zip(new) {
                if let Some(slot) = items.get_mut(p) {
                    *slot = val;
                }
            }
        }
        return Ok(());
    }
    match index_of(vm, key, len, "list")? {
        Some(i) => {
            if let Some(items) = items_mut(vm, id) {
                items[i] = v;
            }
            Ok(())
        }
        None => Err(Exc::index_error("list assignment index out of range")),
    }
}

pub fn delitem(vm: &mut Vm, list: Value, key: Value) -> PyResult<()> {
    let id = list_of(vm, list)?;
    let len = items(vm, id).len();
    if is_slice(vm, key) {
        let idx = vm.slice_indices(key, len as i64)?;
        let mut remove: Vec<usize> = idx.positions().collect();
        remove.sort_unstable();
        if let Some(items) = items_mut(vm, id) {
            let mut k = 0;
            let mut i = 0;
            items.retain(|_| {
                let drop = k < remove.len() && remove[k] == i;
                if drop {
                    k += 1;
                }
                i += 1;
                !drop
            });
        }
        return Ok(());
    }
    match index_of(vm, key, len, "list")? {
        Some(i) => {
            if let Some(items) = items_mut(vm, id) {
                items.remove(i);
            }
            Ok(())
        }
        None => Err(Exc::index_error("list assignment index out of range")),
    }
}

/// `list(iterable)`.
pub fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("list")?;
    if args.len() > 1 {
        return Err(Exc::type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.get(0) {
        None => vm.new_list(Vec::new()),
        Some(v) => {
            let items = vm.collect(v)?;
            vm.new_list(items)
        }
    }
}

/// Sorts values in place with Python's `<` (after applying `key`), as `list.sort` does: keys are
/// computed first, in order (if one raises, `values` is untouched); `reverse` sorts the reversed
/// items and reverses the result, which keeps equal items in their original order. If a
/// comparison raises, `values` is left in the partial order CPython leaves it in.
pub fn sort_values(vm: &mut Vm, values: &mut [Value], key: Value, reverse: bool) -> PyResult<()> {
    let mark = vm.temp_roots.len();
    let r = sort_rooted(vm, values, key, reverse);
    vm.release_temps(mark);
    r
}

fn sort_rooted(vm: &mut Vm, values: &mut [Value], key: Value, reverse: bool) -> PyResult<()> {
    if key.is_none() {
        if reverse {
            values.reverse();
        }
        let r = sort_plain(vm, values);
        if reverse {
            values.reverse();
        }
        return r;
    }
    const V: usize = std::mem::size_of::<Value>();
    vm.reserve(values.len().saturating_mul(4 * V))?;
    // The items are out of their list while it sorts: keep them alive across collections that
    // the key function or `__lt__` may trigger.
    vm.temp_roots.push(key);
    vm.temp_roots.extend_from_slice(values);
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(values.len());
    for &v in values.iter() {
        vm.native_tick()?;
        let k = vm.call(key, &[v])?;
        vm.temp_roots.push(k);
        pairs.push((k, v));
    }
    if reverse {
        pairs.reverse();
    }
    let r = sort_pairs(vm, &mut pairs);
    for (slot, (_, v)) in values.iter_mut().zip(pairs) {
        *slot = v;
    }
    if reverse {
        values.reverse();
    }
    r
}

/// What every item of a list to sort is, when that allows a comparison without side effects.
enum Homogeneous {
    Ints,
    Floats,
    Strs,
    Mixed,
}

fn homogeneous(vm: &Vm, mut keys: impl Iterator<Item = Value>) -> Homogeneous {
    let Some(first) = keys.next() else {
        return Homogeneous::Mixed;
    };
    let is_str =
        |v: Value| matches!(v, Value::Obj(id) if matches!(vm.heap.get(id), Object::Str(_)));
    match first {
        Value::Int(_) if keys.all(|k| matches!(k, Value::Int(_))) => Homogeneous::Ints,
        Value::Float(_) if keys.all(|k| matches!(k, Value::Float(_))) => Homogeneous::Floats,
        v if is_str(v) && keys.all(is_str) => Homogeneous::Strs,
        _ => Homogeneous::Mixed,
    }
}

fn str_of(vm: &Vm, v: Value) -> &str {
    match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Str(s) => &s.s,
            _ => "",
        },
        _ => "",
    }
}

fn int_of(v: Value) -> i64 {
    match v {
        Value::Int(i) => i,
        _ => 0,
    }
}

/// A stable sort with a fallible "less than", for native code that sorts like `sorted()`
/// (Counter.most_common, json's sort_keys): CPython's timsort, so user `__lt__` methods see the
/// same calls as under `sorted()`.
pub fn merge_sort(
    v: &mut [Value],
    less: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
) -> PyResult<()> {
    sort::timsort(v, less)
}

fn float_of(v: Value) -> f64 {
    match v {
        Value::Float(f) => f,
        _ => 0.0,
    }
}

/// Sorts items without a key. Comparisons of ints, floats and strs run no Python code, so those
/// lists may use any sort that gives the same result; floats keep timsort because NaNs make the
/// result depend on the algorithm.
fn sort_plain(vm: &mut Vm, values: &mut [Value]) -> PyResult<()> {
    if values.len() < 2 {
        return Ok(());
    }
    // Large lists sort with timsort and a comparison that checks the limits, so a sort stops
    // at the time limit; small ones use the standard library's sorts.
    let large = values.len() > LARGE_SORT;
    match homogeneous(vm, values.iter().copied()) {
        // Equal ints are indistinguishable, so stability does not matter.
        Homogeneous::Ints if !large => {
            values.sort_unstable_by_key(|v| int_of(*v));
            Ok(())
        }
        Homogeneous::Ints => sort::timsort(values, |a, b| {
            vm.native_tick()?;
            Ok(int_of(a) < int_of(b))
        }),
        Homogeneous::Floats => sort::timsort(values, |a, b| {
            vm.native_tick()?;
            Ok(float_of(a) < float_of(b))
        }),
        Homogeneous::Strs if !large => {
            let heap_vm: &Vm = vm;
            values.sort_by(|a, b| str_of(heap_vm, *a).cmp(str_of(heap_vm, *b)));
            Ok(())
        }
        Homogeneous::Strs => sort::timsort(values, |a, b| {
            vm.native_tick()?;
            Ok(str_of(vm, a) < str_of(vm, b))
        }),
        Homogeneous::Mixed => {
            vm.temp_roots.extend_from_slice(values);
            let plan = KeyCompare::choose(vm, values.iter().copied());
            sort::timsort(values, |a, b| {
                vm.native_tick()?;
                plan.less(vm, a, b)
            })
        }
    }
}

/// Above this many items a sort checks the limits as it compares.
const LARGE_SORT: usize = 1 << 15;

/// Sorts (key, item) pairs by key.
fn sort_pairs(vm: &mut Vm, pairs: &mut [(Value, Value)]) -> PyResult<()> {
    if pairs.len() < 2 {
        return Ok(());
    }
    let large = pairs.len() > LARGE_SORT;
    match homogeneous(vm, pairs.iter().map(|p| p.0)) {
        Homogeneous::Ints => {
            // Sort (key, position): half the size of the pairs, compared without matching on
            // `Value`, and with distinct positions an unstable sort gives the stable order.
            let mut keyed: Vec<(i64, usize)> = pairs
                .iter()
                .enumerate()
                .map(|(i, p)| (int_of(p.0), i))
                .collect();
            if large {
                sort::timsort(&mut keyed, |a, b| {
                    vm.native_tick()?;
                    Ok(a.0 < b.0)
                })?;
            } else {
                keyed.sort_unstable();
            }
            let sorted: Vec<(Value, Value)> = keyed
                .iter()
                .filter_map(|&(_, i)| pairs.get(i).copied())
                .collect();
            for (slot, p) in pairs.iter_mut().zip(sorted) {
                *slot = p;
            }
            Ok(())
        }
        Homogeneous::Floats => sort::timsort(pairs, |a, b| {
            vm.native_tick()?;
            Ok(float_of(a.0) < float_of(b.0))
        }),
        Homogeneous::Strs if !large => {
            let heap_vm: &Vm = vm;
            pairs.sort_by(|a, b| str_of(heap_vm, a.0).cmp(str_of(heap_vm, b.0)));
            Ok(())
        }
        Homogeneous::Strs => sort::timsort(pairs, |a, b| {
            vm.native_tick()?;
            Ok(str_of(vm, a.0) < str_of(vm, b.0))
        }),
        Homogeneous::Mixed => {
            let plan = KeyCompare::choose(vm, pairs.iter().map(|p| p.0));
            sort::timsort(pairs, |a, b| {
                vm.native_tick()?;
                plan.less(vm, a.0, b.0)
            })
        }
    }
}

/// How keys are compared, chosen by looking at all of them first as CPython does: when every
/// key is an instance of one user class its `__lt__` is called directly (so one that returns
/// `NotImplemented` runs again inside the full comparison), and when every key is a non-empty
/// tuple the tuples are compared item by item here, their first items in that same way.
struct KeyCompare {
    tuples: bool,
    same_class: bool,
}

impl KeyCompare {
    fn choose(vm: &Vm, keys: impl Iterator<Item = Value>) -> KeyCompare {
        let mut first_class = None;
        let mut tuples = true;
        let mut same_class = true;
        for (i, k) in keys.enumerate() {
            let first_item = match k {
                Value::Obj(id) => match vm.heap.get(id) {
                    Object::Tuple(t) => t.first().copied(),
                    _ => None,
                },
                _ => None,
            };
            let item = match first_item {
                Some(item) if tuples => item,
                _ if i == 0 => {
                    tuples = false;
                    k
                }
                _ if tuples => {
                    return KeyCompare {
                        tuples: false,
                        same_class: false,
                    }
                }
                _ => k,
            };
            if same_class {
                let class = vm.type_of(item);
                same_class = matches!(class, Value::Obj(_))
                    && first_class.is_none_or(|c: Value| c.is(class));
                first_class = Some(class);
            }
            if !same_class && !tuples {
                break;
            }
        }
        KeyCompare { tuples, same_class }
    }

    fn less(&self, vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
        if self.tuples {
            self.tuple_less(vm, a, b)
        } else {
            self.item_less(vm, a, b)
        }
    }

    fn item_less(&self, vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x < y),
            (Value::Float(x), Value::Float(y)) => return Ok(x < y),
            _ => {}
        }
        if self.same_class {
            if let Some(lt) = vm.lookup_user(a, "__lt__")? {
                let r = vm.call(lt, &[b])?;
                if !matches!(r, Value::NotImplemented) {
                    return vm.truthy(r);
                }
            }
        }
        vm.compare_bool(CmpOp::Lt, a, b)
    }

    /// Tuple `<`: the first position whose items differ (by `==`, identical items being equal)
    /// decides with `<`; if there is none, the shorter tuple is less.
    fn tuple_less(&self, vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
        let item = |vm: &Vm, t: Value, i: usize| -> Option<Value> {
            match vm.heap.get(t.as_obj()?) {
                Object::Tuple(items) => items.get(i).copied(),
                _ => None,
            }
        };
        let mut i = 0;
        loop {
            let (Some(x), Some(y)) = (item(vm, a, i), item(vm, b, i)) else {
                let len = |vm: &Vm, t: Value| match t.as_obj().map(|id| vm.heap.get(id)) {
                    Some(Object::Tuple(items)) => items.len(),
                    _ => 0,
                };
                return Ok(len(vm, a) < len(vm, b));
            };
            if !(x.is(y) || vm.eq(x, y)?) {
                return if i == 0 {
                    self.item_less(vm, x, y)
                } else {
                    vm.compare_bool(CmpOp::Lt, x, y)
                };
            }
            i += 1;
        }
    }
}

/// Rejects keyword arguments other than `key` and `reverse`, as `list.sort` and `sorted` do.
pub fn check_sort_kw(vm: &Vm, args: &Args) -> PyResult<()> {
    for (k, _) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        if name != "key" && name != "reverse" {
            return Err(Exc::type_error(format!(
                "'{name}' is an invalid keyword argument for sort()"
            )));
        }
    }
    Ok(())
}

/// The `reverse=` argument of `list.sort` and `sorted`: an int (or `__index__`), not any object.
pub fn reverse_flag(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if vm.kind(v) == Kind::Int && !matches!(v, Value::Int(_) | Value::Bool(_)) {
        return Err(Exc::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    Ok(vm.index_value(v)? != 0)
}

native_methods! {
    pub enum ListMethod {
        Append => "append" => append,
        Extend => "extend" => extend,
        Insert => "insert" => insert,
        Remove => "remove" => remove,
        Pop => "pop" => pop,
        Clear => "clear" => clear,
        Index => "index" => index,
        Count => "count" => count,
        Sort => "sort" => sort,
        Reverse => "reverse" => reverse,
        Copy => "copy" => copy,
        Init => "__init__" => init,
        Len => "__len__" => dunder_len,
        GetItem => "__getitem__" => dunder_getitem,
        SetItem => "__setitem__" => dunder_setitem,
        DelItem => "__delitem__" => dunder_delitem,
        Contains => "__contains__" => dunder_contains,
        Iter => "__iter__" => dunder_iter,
    }
}

fn append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("append", 1, 1)?;
    list_of(vm, args.this())?;
    vm.list_append(args.this(), args.pos[1])?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("extend", 1, 1)?;
    list_of(vm, args.this())?;
    vm.list_extend_from(args.this(), args.pos[1])?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("insert", 2, 2)?;
    let id = list_of(vm, args.this())?;
    let i = vm.index_value(args.pos[1])?;
    let v = args.pos[2];
    vm.heap.bytes += std::mem::size_of::<Value>();
    if let Some(items) = items_mut(vm, id) {
        let len = items.len() as i64;
        let pos = if i < 0 { (i + len).max(0) } else { i.min(len) };
        items.insert(pos as usize, v);
    }
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("remove", 1, 1)?;
    let id = list_of(vm, args.this())?;
    let target = args.pos[1];
    let mut i = 0;
    while let Some(v) = items(vm, id).get(i).copied() {
        if v.is(target) || vm.eq(v, target)? {
            if let Some(items) = items_mut(vm, id) {
                if i < items.len() {
                    items.remove(i);
                }
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(Exc::value_error("list.remove(x): x not in list"))
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("pop", 0, 1)?;
    let id = list_of(vm, args.this())?;
    let len = items(vm, id).len() as i64;
    let i = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    if len == 0 {
        return Err(Exc::index_error("pop from empty list"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(Exc::index_error("pop index out of range"));
    }
    let v = items_mut(vm, id)
        .map(|items| items.remove(j as usize))
        .unwrap_or(Value::None);
    Ok(v)
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("clear", 0, 0)?;
    let id = list_of(vm, args.this())?;
    if let Some(items) = items_mut(vm, id) {
        items.clear();
    }
    Ok(Value::None)
}

/// Resolves `start`/`stop` arguments of `index`-like methods.
pub fn bounds(vm: &mut Vm, args: &Args, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let get = |vm: &mut Vm, i: usize, default: i64| -> PyResult<i64> {
        match args.get(i) {
            None => Ok(default),
            Some(v) => vm.index_value(v),
        }
    };
    let len_i = len as i64;
    let clamp = |x: i64| -> usize {
        if x < 0 {
            (x + len_i).max(0) as usize
        } else {
            x.min(len_i) as usize
        }
    };
    let start = get(vm, first, 0)?;
    let stop = get(vm, first + 1, len_i)?;
    Ok((clamp(start), clamp(stop)))
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("index", 1, 3)?;
    let id = list_of(vm, args.this())?;
    let len = items(vm, id).len();
    let (start, stop) = bounds(vm, args, 2, len)?;
    let target = args.pos[1];
    let mut i = start;
    while i < stop {
        let Some(v) = items(vm, id).get(i).copied() else {
            break;
        };
        if v.is(target) || vm.eq(v, target)? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr(target)?;
    Err(Exc::value_error(format!("{r} is not in list")))
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("count", 1, 1)?;
    let id = list_of(vm, args.this())?;
    let target = args.pos[1];
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = items(vm, id).get(i).copied() {
        if v.is(target) || vm.eq(v, target)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(Exc::type_error("sort() takes no positional arguments"));
    }
    check_sort_kw(vm, args)?;
    let id = list_of(vm, args.this())?;
    let key = args.kwarg(vm, "key").unwrap_or(Value::None);
    let reverse = match args.kwarg(vm, "reverse") {
        Some(v) => reverse_flag(vm, v)?,
        None => false,
    };
    // CPython empties the list while sorting, so mutation during a key call or a comparison is
    // detected. An empty `Vec` has no buffer until something is added, so the capacity tells
    // whether the list was touched even if it was emptied again (as CPython's check does).
    let mut values = items_mut(vm, id).map(std::mem::take).unwrap_or_default();
    let r = sort_values(vm, &mut values, key, reverse);
    let modified = match vm.heap.get(id) {
        Object::List(items) => items.capacity() != 0,
        _ => false,
    };
    if let Some(items) = items_mut(vm, id) {
        *items = values;
    }
    r?;
    if modified {
        return Err(Exc::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("reverse", 0, 0)?;
    let id = list_of(vm, args.this())?;
    if let Some(items) = items_mut(vm, id) {
        items.reverse();
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("copy", 0, 0)?;
    let id = list_of(vm, args.this())?;
    let items = items(vm, id).to_vec();
    vm.new_list(items)
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__init__", 0, 1)?;
    let id = list_of(vm, args.this())?;
    let new = match args.get(1) {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    if let Some(items) = items_mut(vm, id) {
        *items = new;
    }
    Ok(Value::None)
}

fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = list_of(vm, args.this())?;
    Ok(Value::Int(items(vm, id).len() as i64))
}

fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__getitem__", 1, 1)?;
    let l = vm.unwrap_builtin(args.this());
    getitem(vm, l, args.pos[1])
}

fn dunder_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__setitem__", 2, 2)?;
    let l = vm.unwrap_builtin(args.this());
    setitem(vm, l, args.pos[1], args.pos[2])?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__delitem__", 1, 1)?;
    let l = vm.unwrap_builtin(args.this());
    delitem(vm, l, args.pos[1])?;
    Ok(Value::None)
}

fn dunder_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    let l = vm.unwrap_builtin(args.this());
    vm.contains(l, args.pos[1]).map(Value::Bool)
}

fn dunder_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = vm.unwrap_builtin(args.this());
    vm.get_iter(l)
}
