//! `list`: indexing, slicing (including extended slice assignment), repetition, a stable merge
//! sort that tolerates inconsistent `__lt__`, and the list methods.

use crate::builtins::Args;
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

/// A stable merge sort with a fallible "less than".
pub fn merge_sort(
    v: &mut Vec<Value>,
    less: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort small runs, then merge bottom-up.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i];
            let mut j = i;
            while j > start && less(x, v[j - 1])? {
                v[j] = v[j - 1];
                j -= 1;
            }
            v[j] = x;
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf = v.clone();
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if less(v[j], v[i])? {
                    buf[k] = v[j];
                    j += 1;
                } else {
                    buf[k] = v[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&v[i..mid]);
            k += mid - i;
            buf[k..k + (hi - j)].copy_from_slice(&v[j..hi]);
            lo = hi;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// Sorts values in place with Python's `<` (after applying `key`), as `list.sort` does.
pub fn sort_values(
    vm: &mut Vm,
    values: &mut Vec<Value>,
    key: Value,
    reverse: bool,
) -> PyResult<()> {
    if reverse {
        values.reverse();
    }
    if key.is_none() {
        sort_plain(vm, values)?;
    } else {
        let mark = vm.root_temp(key);
        let mut pairs_keys = Vec::with_capacity(values.len());
        for v in values.iter() {
            let k = vm.call(key, &[*v])?;
            vm.temp_roots.push(k);
            pairs_keys.push(k);
        }
        // Sort indices by key.
        let mut order: Vec<Value> = (0..values.len() as i64).map(Value::Int).collect();
        let keys = pairs_keys;
        let r = merge_sort(&mut order, &mut |a, b| {
            let (Value::Int(x), Value::Int(y)) = (a, b) else {
                return Ok(false);
            };
            less_than(vm, keys[x as usize], keys[y as usize])
        });
        vm.release_temps(mark);
        r?;
        let sorted: Vec<Value> = order
            .iter()
            .map(|i| match i {
                Value::Int(i) => values[*i as usize],
                _ => Value::None,
            })
            .collect();
        *values = sorted;
    }
    if reverse {
        values.reverse();
    }
    Ok(())
}

fn sort_plain(vm: &mut Vm, values: &mut Vec<Value>) -> PyResult<()> {
    if values.iter().all(|v| matches!(v, Value::Int(_))) {
        return merge_sort(values, &mut |a, b| match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            _ => Ok(false),
        });
    }
    if values.iter().all(|v| vm.kind(*v) == Kind::Str) {
        let heap = &vm.heap;
        let s = |v: Value| -> &str {
            match v {
                Value::Obj(id) => match heap.get(id) {
                    Object::Str(s) => &s.s,
                    _ => "",
                },
                _ => "",
            }
        };
        let mut vals = std::mem::take(values);
        let r = merge_sort(&mut vals, &mut |a, b| Ok(s(a) < s(b)));
        *values = vals;
        return r;
    }
    let mut vals = std::mem::take(values);
    let r = merge_sort(&mut vals, &mut |a, b| less_than(vm, a, b));
    *values = vals;
    r
}

fn less_than(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => vm.compare_bool(CmpOp::Lt, a, b),
    }
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
    args.check_kw(vm, "sort", &["key", "reverse"])?;
    if args.len() > 1 {
        return Err(Exc::type_error("sort() takes no positional arguments"));
    }
    let id = list_of(vm, args.this())?;
    let key = args.kwarg(vm, "key").unwrap_or(Value::None);
    let reverse = match args.kwarg(vm, "reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // CPython empties the list while sorting, so mutation during a key call is detected.
    let mut values = items_mut(vm, id).map(std::mem::take).unwrap_or_default();
    let r = sort_values(vm, &mut values, key, reverse);
    let modified = !items(vm, id).is_empty();
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
