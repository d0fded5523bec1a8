//! `heapq`: binary min-heaps on lists, with CPython's exact sift algorithms (so the list layouts
//! after each operation are CPython's), comparing items with `<`.
//!
//! Supported: `heappush`, `heappop`, `heapify`, `heapreplace`, `heappushpop`, `nlargest`,
//! `nsmallest` (`key=`), `merge` (`key=`, `reverse=`; a lazy iterator), and the max-heap helpers
//! `_heapify_max`, `_heappop_max`, `_heapreplace_max`. A comparison that changes the list's size
//! raises `RuntimeError: list changed size during iteration`, as CPython's C module does.

use serde::{Deserialize, Serialize};

use crate::builtins::Args;
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

native_methods! {
    pub enum HeapqFn {
        HeapPush => "heappush" => heappush,
        HeapPop => "heappop" => heappop,
        Heapify => "heapify" => heapify,
        HeapReplace => "heapreplace" => heapreplace,
        HeapPushPop => "heappushpop" => heappushpop,
        NLargest => "nlargest" => nlargest,
        NSmallest => "nsmallest" => nsmallest,
        Merge => "merge" => merge,
        HeapifyMax => "_heapify_max" => heapify_max,
        HeapPopMax => "_heappop_max" => heappop_max,
        HeapReplaceMax => "_heapreplace_max" => heapreplace_max,
        SiftDown => "_siftdown" => py_siftdown,
        SiftUp => "_siftup" => py_siftup,
        SiftDownMax => "_siftdown_max" => py_siftdown_max,
        SiftUpMax => "_siftup_max" => py_siftup_max,
        MergeIter => "__iter__" => merge_iter,
        MergeNext => "__next__" => merge_next,
        MergeRepr => "__repr__" => merge_repr,
    }
}

const PUBLIC: &[HeapqFn] = &[
    HeapqFn::HeapPush,
    HeapqFn::HeapPop,
    HeapqFn::Heapify,
    HeapqFn::HeapReplace,
    HeapqFn::HeapPushPop,
    HeapqFn::NLargest,
    HeapqFn::NSmallest,
    HeapqFn::Merge,
    HeapqFn::HeapifyMax,
    HeapqFn::HeapPopMax,
    HeapqFn::HeapReplaceMax,
    HeapqFn::SiftDown,
    HeapqFn::SiftUp,
    HeapqFn::SiftDownMax,
    HeapqFn::SiftUpMax,
];

fn fv(f: HeapqFn) -> Value {
    func_value(ModuleFn::Heapq(f))
}

pub fn attrs(_vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    Ok(PUBLIC.iter().map(|f| (f.name(), fv(*f))).collect())
}

/// State of a `merge()` iterator.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MergeState {
    /// The input iterables until the first `next()`, then their iterators.
    iterables: Vec<Value>,
    started: bool,
    key: Value,
    reverse: bool,
    /// Heap entries: (key, order, value, iterator).
    heap: Vec<(Value, i64, Value, Value)>,
    /// The last iterator left, drained directly.
    tail: Value,
    /// The top entry's value was produced; its iterator advances on the next step.
    pending: bool,
}

impl MergeState {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.iterables.iter().for_each(|v| f(*v));
        f(self.key);
        f(self.tail);
        for (k, _, v, it) in &self.heap {
            f(*k);
            f(*v);
            f(*it);
        }
    }

    pub fn size_estimate(&self) -> usize {
        std::mem::size_of::<MergeState>() + self.heap.capacity() * 56 + self.iterables.len() * 16
    }
}

// ---- list access ------------------------------------------------------------------------------

fn list_arg(vm: &Vm, v: Value, fname: &str, what: &str) -> PyResult<ObjId> {
    vm.list_id(v).ok_or_else(|| {
        // CPython's argument errors name None as "None".
        let t = if v.is_none() {
            "None".to_string()
        } else {
            vm.type_name(v)
        };
        Exc::type_error(format!("{fname}() {what} must be list, not {t}"))
    })
}

fn len_of(vm: &Vm, id: ObjId) -> usize {
    match vm.heap.get(id) {
        Object::List(items) => items.len(),
        _ => 0,
    }
}

fn get(vm: &Vm, id: ObjId, i: usize) -> PyResult<Value> {
    match vm.heap.get(id) {
        Object::List(items) => items
            .get(i)
            .copied()
            .ok_or_else(|| Exc::runtime_error("list changed size during iteration")),
        _ => Err(Exc::internal("heap list")),
    }
}

fn set(vm: &mut Vm, id: ObjId, i: usize, v: Value) -> PyResult<()> {
    match vm.heap.get_mut(id) {
        Object::List(items) => match items.get_mut(i) {
            Some(slot) => {
                *slot = v;
                Ok(())
            }
            None => Err(Exc::runtime_error("list changed size during iteration")),
        },
        _ => Err(Exc::internal("heap list")),
    }
}

/// `a < b` with fast paths for numbers and strings.
pub fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => Ok((x as f64) < y),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => Ok(x < (y as f64)),
        _ => {
            if vm.kind(a) == Kind::Str && vm.kind(b) == Kind::Str {
                if let (Some(x), Some(y)) = (vm.as_str(a), vm.as_str(b)) {
                    return Ok(x < y);
                }
            }
            vm.compare_bool(CmpOp::Lt, a, b)
        }
    }
}

/// Compares with the list's size checked afterwards (the comparison may run Python code).
fn lt_checked(vm: &mut Vm, id: ObjId, a: Value, b: Value, size: usize) -> PyResult<bool> {
    let r = less(vm, a, b)?;
    if len_of(vm, id) != size {
        return Err(Exc::runtime_error("list changed size during iteration"));
    }
    Ok(r)
}

/// CPython's `_siftdown` (or `_siftdown_max`).
fn siftdown(vm: &mut Vm, id: ObjId, startpos: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = len_of(vm, id);
    if pos >= size {
        return Err(Exc::index_error("list index out of range"));
    }
    let newitem = get(vm, id, pos)?;
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let parent = get(vm, id, parentpos)?;
        let lt = if max {
            lt_checked(vm, id, parent, newitem, size)?
        } else {
            lt_checked(vm, id, newitem, parent, size)?
        };
        if !lt {
            break;
        }
        let parent = get(vm, id, parentpos)?;
        set(vm, id, pos, parent)?;
        pos = parentpos;
    }
    set(vm, id, pos, newitem)
}

/// CPython's `_siftup` (or `_siftup_max`).
fn siftup(vm: &mut Vm, id: ObjId, mut pos: usize, max: bool) -> PyResult<()> {
    let endpos = len_of(vm, id);
    let startpos = pos;
    if pos >= endpos {
        return Err(Exc::index_error("list index out of range"));
    }
    let newitem = get(vm, id, pos)?;
    let mut childpos = 2 * pos + 1;
    while childpos < endpos {
        let rightpos = childpos + 1;
        if rightpos < endpos {
            let (c, r) = (get(vm, id, childpos)?, get(vm, id, rightpos)?);
            let lt = if max {
                lt_checked(vm, id, r, c, endpos)?
            } else {
                lt_checked(vm, id, c, r, endpos)?
            };
            if !lt {
                childpos = rightpos;
            }
        }
        let child = get(vm, id, childpos)?;
        set(vm, id, pos, child)?;
        pos = childpos;
        childpos = 2 * pos + 1;
    }
    set(vm, id, pos, newitem)?;
    siftdown(vm, id, startpos, pos, max)
}

fn push_raw(vm: &mut Vm, id: ObjId, v: Value) -> PyResult<()> {
    vm.list_append(Value::Obj(id), v)
}

fn pop_raw(vm: &mut Vm, id: ObjId) -> PyResult<Value> {
    match vm.heap.get_mut(id) {
        Object::List(items) => items
            .pop()
            .ok_or_else(|| Exc::index_error("index out of range")),
        _ => Err(Exc::internal("heap list")),
    }
}

fn do_heapify(vm: &mut Vm, id: ObjId, max: bool) -> PyResult<()> {
    let n = len_of(vm, id);
    for i in (0..n / 2).rev() {
        siftup(vm, id, i, max)?;
        if i.is_multiple_of(1024) {
            vm.check_limits()?;
        }
    }
    Ok(())
}

fn do_heappop(vm: &mut Vm, id: ObjId, max: bool) -> PyResult<Value> {
    let last = pop_raw(vm, id)?;
    if len_of(vm, id) == 0 {
        return Ok(last);
    }
    let ret = get(vm, id, 0)?;
    set(vm, id, 0, last)?;
    siftup(vm, id, 0, max)?;
    Ok(ret)
}

fn do_heapreplace(vm: &mut Vm, id: ObjId, item: Value, max: bool) -> PyResult<Value> {
    if len_of(vm, id) == 0 {
        return Err(Exc::index_error("index out of range"));
    }
    let ret = get(vm, id, 0)?;
    set(vm, id, 0, item)?;
    siftup(vm, id, 0, max)?;
    Ok(ret)
}

fn no_kw(args: &Args, name: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(Exc::type_error(format!(
            "_heapq.{name}() takes no keyword arguments"
        )))
    }
}

fn two(args: &Args, name: &str) -> PyResult<(Value, Value)> {
    no_kw(args, name)?;
    args.check_func(name, 2, 2)?;
    Ok((args.pos[0], args.pos[1]))
}

fn one(args: &Args, name: &str) -> PyResult<Value> {
    no_kw(args, name)?;
    if args.len() != 1 {
        return Err(Exc::type_error(format!(
            "_heapq.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(args.pos[0])
}

fn heappush(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (h, item) = two(args, "heappush")?;
    let id = list_arg(vm, h, "heappush", "argument 1")?;
    push_raw(vm, id, item)?;
    let n = len_of(vm, id);
    siftdown(vm, id, 0, n - 1, false)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let h = one(args, "heappop")?;
    let id = list_arg(vm, h, "heappop", "argument")?;
    do_heappop(vm, id, false)
}

fn heapify(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let h = one(args, "heapify")?;
    let id = list_arg(vm, h, "heapify", "argument")?;
    do_heapify(vm, id, false)?;
    Ok(Value::None)
}

fn heapreplace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (h, item) = two(args, "heapreplace")?;
    let id = list_arg(vm, h, "heapreplace", "argument 1")?;
    do_heapreplace(vm, id, item, false)
}

fn heappushpop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (h, item) = two(args, "heappushpop")?;
    let id = list_arg(vm, h, "heappushpop", "argument 1")?;
    if len_of(vm, id) == 0 {
        return Ok(item);
    }
    let top = get(vm, id, 0)?;
    if !less(vm, top, item)? {
        return Ok(item);
    }
    if len_of(vm, id) == 0 {
        return Err(Exc::index_error("index out of range"));
    }
    let ret = get(vm, id, 0)?;
    set(vm, id, 0, item)?;
    siftup(vm, id, 0, false)?;
    Ok(ret)
}

fn heapify_max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let h = one(args, "_heapify_max")?;
    let id = list_arg(vm, h, "_heapify_max", "argument")?;
    do_heapify(vm, id, true)?;
    Ok(Value::None)
}

fn heappop_max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let h = one(args, "_heappop_max")?;
    let id = list_arg(vm, h, "_heappop_max", "argument")?;
    do_heappop(vm, id, true)
}

fn heapreplace_max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (h, item) = two(args, "_heapreplace_max")?;
    let id = list_arg(vm, h, "_heapreplace_max", "argument 1")?;
    do_heapreplace(vm, id, item, true)
}

/// The pure-Python helpers `_siftdown(heap, startpos, pos)` and `_siftup(heap, pos)`.
fn py_sift(vm: &mut Vm, args: &Args, name: &str, down: bool, max: bool) -> PyResult<Value> {
    let n = if down { 3 } else { 2 };
    if args.len() != n || !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "{name}() takes {n} positional arguments but {} were given",
            args.len()
        )));
    }
    let id = vm.list_id(args.pos[0]).ok_or_else(|| {
        Exc::type_error(format!(
            "'{}' object is not subscriptable",
            vm.type_name(args.pos[0])
        ))
    })?;
    let idx = |vm: &mut Vm, v: Value| -> PyResult<usize> {
        let i = vm.index_value(v)?;
        usize::try_from(i).map_err(|_| Exc::index_error("list index out of range"))
    };
    if down {
        let start = idx(vm, args.pos[1])?;
        let pos = idx(vm, args.pos[2])?;
        siftdown(vm, id, start, pos, max)?;
    } else {
        let pos = idx(vm, args.pos[1])?;
        siftup(vm, id, pos, max)?;
    }
    Ok(Value::None)
}

fn py_siftdown(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    py_sift(vm, args, "_siftdown", true, false)
}

fn py_siftup(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    py_sift(vm, args, "_siftup", false, false)
}

fn py_siftdown_max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    py_sift(vm, args, "_siftdown_max", true, true)
}

fn py_siftup_max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    py_sift(vm, args, "_siftup_max", false, true)
}

// ---- nlargest / nsmallest -----------------------------------------------------------------------

/// `(n, iterable, key)` of nlargest/nsmallest.
fn n_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Value, Value)> {
    args.check_kw(vm, name, &["n", "iterable", "key"])?;
    if args.len() > 3 {
        return Err(Exc::type_error(format!(
            "{name}() takes from 2 to 3 positional arguments but {} were given",
            args.len()
        )));
    }
    let n = args.get(0).or_else(|| args.kwarg(vm, "n"));
    let it = args.get(1).or_else(|| args.kwarg(vm, "iterable"));
    let key = args
        .get(2)
        .or_else(|| args.kwarg(vm, "key"))
        .unwrap_or(Value::None);
    match (n, it) {
        (Some(n), Some(it)) => Ok((n, it, key)),
        (Some(_), None) => Err(Exc::type_error(format!(
            "{name}() missing 1 required positional argument: 'iterable'"
        ))),
        _ => Err(Exc::type_error(format!(
            "{name}() missing 2 required positional arguments: 'n' and 'iterable'"
        ))),
    }
}

fn call_key(vm: &mut Vm, key: Value, v: Value) -> PyResult<Value> {
    if key.is_none() {
        Ok(v)
    } else {
        vm.call(key, &[v])
    }
}

/// `min`/`max` of an iterator with a key; `None` when empty.
fn extreme(vm: &mut Vm, it: Value, key: Value, largest: bool) -> PyResult<Option<Value>> {
    let mut best: Option<(Value, Value)> = None;
    while let Some(v) = vm.iter_next(it)? {
        let k = call_key(vm, key, v)?;
        match best {
            None => best = Some((k, v)),
            Some((bk, _)) => {
                let better = if largest {
                    vm.compare_bool(CmpOp::Gt, k, bk)?
                } else {
                    less(vm, k, bk)?
                };
                if better {
                    best = Some((k, v));
                }
            }
        }
    }
    Ok(best.map(|(_, v)| v))
}

fn n_impl(vm: &mut Vm, args: &Args, name: &str, largest: bool) -> PyResult<Value> {
    let (nv, iterable, key) = n_args(vm, args, name)?;
    if matches!(nv, Value::Int(1)) {
        let it = vm.get_iter(iterable)?;
        let r = extreme(vm, it, key, largest)?;
        return vm.new_list(r.into_iter().collect());
    }
    // When n >= size, sorting is what CPython does.
    let size = match vm.kind(iterable) {
        Kind::Instance => {
            if vm.has_user_special(iterable, "__len__") || vm.payload(iterable).is_some() {
                vm.len(iterable).ok()
            } else {
                None
            }
        }
        Kind::Other | Kind::Int | Kind::Float | Kind::Class => None,
        _ => vm.len(iterable).ok(),
    };
    if let Some(size) = size {
        let ge = match nv {
            Value::Int(n) => n >= size as i64,
            _ => vm.compare_bool(CmpOp::Ge, nv, Value::Int(size as i64))?,
        };
        if ge {
            let mut items = vm.collect(iterable)?;
            crate::builtins::list::sort_values(vm, &mut items, key, largest)?;
            let n = vm.index_value(nv)?.max(0) as usize;
            items.truncate(n);
            return vm.new_list(items);
        }
    }
    let n = vm.index_value(nv)?;
    let it = vm.get_iter(iterable)?;
    if n <= 0 {
        return vm.new_list(Vec::new());
    }
    let n = n as usize;
    // Decorated entries: (elem, order) or (key, order, elem), kept as tuples so comparisons
    // are exactly CPython's tuple comparisons.
    let mut result: Vec<Value> = Vec::new();
    let mut order: i64 = 0;
    while result.len() < n {
        let Some(v) = vm.iter_next(it)? else { break };
        let entry = if key.is_none() {
            vm.new_tuple(vec![v, Value::Int(order)])?
        } else {
            let k = vm.call(key, &[v])?;
            vm.new_tuple(vec![k, Value::Int(order), v])?
        };
        result.push(entry);
        order += if largest { -1 } else { 1 };
    }
    if result.is_empty() {
        return vm.new_list(Vec::new());
    }
    let list = vm.new_list(result)?;
    let lid = list.as_obj().ok_or_else(|| Exc::internal("list"))?;
    // nsmallest keeps a max-heap of the n smallest; nlargest a min-heap of the n largest.
    do_heapify(vm, lid, !largest)?;
    let first = |vm: &Vm| -> PyResult<Value> {
        let e = get(vm, lid, 0)?;
        Ok(vm
            .seq_items(e)
            .and_then(|t| t.first().copied())
            .unwrap_or(Value::None))
    };
    let mut top = first(vm)?;
    let mut counter = 0u32;
    while let Some(v) = vm.iter_next(it)? {
        let k = call_key(vm, key, v)?;
        let better = if largest {
            less(vm, top, k)?
        } else {
            less(vm, k, top)?
        };
        if better {
            let entry = if key.is_none() {
                vm.new_tuple(vec![v, Value::Int(order)])?
            } else {
                vm.new_tuple(vec![k, Value::Int(order), v])?
            };
            do_heapreplace(vm, lid, entry, !largest)?;
            top = first(vm)?;
            order += if largest { -1 } else { 1 };
        }
        counter = counter.wrapping_add(1);
        if counter.is_multiple_of(4096) {
            vm.check_limits()?;
        }
    }
    let mut entries = match vm.heap.get(lid) {
        Object::List(items) => items.clone(),
        _ => Vec::new(),
    };
    crate::builtins::list::sort_values(vm, &mut entries, Value::None, largest)?;
    let mut out = Vec::with_capacity(entries.len());
    for e in entries {
        let parts = vm.seq_items(e).unwrap_or_default();
        let v = if key.is_none() {
            parts.first().copied()
        } else {
            parts.get(2).copied()
        };
        out.push(v.unwrap_or(Value::None));
    }
    vm.new_list(out)
}

fn nlargest(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    n_impl(vm, args, "nlargest", true)
}

fn nsmallest(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    n_impl(vm, args, "nsmallest", false)
}

// ---- merge ------------------------------------------------------------------------------------

fn merge_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("heapq.merge", |vm| {
        vm.new_native_class(NativeClass {
            name: "generator",
            module: "builtins",
            attrs: vec![
                ("__iter__", fv(HeapqFn::MergeIter)),
                ("__next__", fv(HeapqFn::MergeNext)),
                ("__repr__", fv(HeapqFn::MergeRepr)),
            ],
            ..Default::default()
        })
    })
}

fn merge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        match name.as_str() {
            "key" => key = *v,
            "reverse" => reverse = vm.truthy(*v)?,
            _ => {
                return Err(Exc::type_error(format!(
                    "merge() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    let cls = merge_class(vm)?;
    let st = MergeState {
        iterables: args.pos.to_vec(),
        started: false,
        key,
        reverse,
        heap: Vec::new(),
        tail: Value::None,
        pending: false,
    };
    vm.new_native_instance(cls, NativeData::Heapq(Box::new(st)))
}

fn merge_state(vm: &Vm, v: Value) -> PyResult<MergeState> {
    match vm.native_data(v) {
        Some(NativeData::Heapq(s)) => Ok((**s).clone()),
        _ => Err(Exc::type_error("expected a merge iterator")),
    }
}

fn put_state(vm: &mut Vm, v: Value, st: MergeState) {
    if let Some(NativeData::Heapq(s)) = vm.native_data_mut(v) {
        **s = st;
    }
}

fn merge_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}

fn merge_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let addr = match args.this() {
        Value::Obj(id) => crate::builtins::object::address(id),
        _ => String::new(),
    };
    vm.new_str(format!("<generator object merge at {addr}>"))
}

/// Entry ordering: CPython compares `[key, order, ...]` lists, so equal keys fall back to the
/// (unique) order.
fn entry_lt(
    vm: &mut Vm,
    a: &(Value, i64, Value, Value),
    b: &(Value, i64, Value, Value),
) -> PyResult<bool> {
    if a.0.is(b.0) || vm.eq(a.0, b.0)? {
        return Ok(a.1 < b.1);
    }
    less(vm, a.0, b.0)
}

fn sift_up_entries(
    vm: &mut Vm,
    h: &mut [(Value, i64, Value, Value)],
    mut pos: usize,
    max: bool,
) -> PyResult<()> {
    let end = h.len();
    let start = pos;
    let item = h[pos];
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let lt = if max {
                entry_lt(vm, &h[right], &h[child])?
            } else {
                entry_lt(vm, &h[child], &h[right])?
            };
            if !lt {
                child = right;
            }
        }
        h[pos] = h[child];
        pos = child;
        child = 2 * pos + 1;
    }
    h[pos] = item;
    // siftdown from start to pos
    let newitem = h[pos];
    while pos > start {
        let parent = (pos - 1) >> 1;
        let lt = if max {
            entry_lt(vm, &h[parent], &newitem)?
        } else {
            entry_lt(vm, &newitem, &h[parent])?
        };
        if !lt {
            break;
        }
        h[pos] = h[parent];
        pos = parent;
    }
    h[pos] = newitem;
    Ok(())
}

fn merge_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let mut st = merge_state(vm, this)?;
    if !st.tail.is_none() {
        return match vm.iter_next(st.tail)? {
            Some(v) => Ok(v),
            None => {
                st.tail = Value::None;
                put_state(vm, this, st);
                Err(Exc::stop_iteration(Value::None))
            }
        };
    }
    let max = st.reverse;
    if !st.started {
        st.started = true;
        let direction = if st.reverse { -1 } else { 1 };
        let iterables = std::mem::take(&mut st.iterables);
        for (order, src) in iterables.into_iter().enumerate() {
            let it = vm.get_iter(src)?;
            if let Some(v) = vm.iter_next(it)? {
                let k = call_key(vm, st.key, v)?;
                st.heap.push((k, order as i64 * direction, v, it));
            }
        }
        let n = st.heap.len();
        for i in (0..n / 2).rev() {
            sift_up_entries(vm, &mut st.heap, i, max)?;
        }
    }
    // The generator suspended right after yielding the top value: advance that iterator now.
    if st.pending {
        st.pending = false;
        let it = st.heap[0].3;
        match vm.iter_next(it)? {
            Some(v) => {
                let k = call_key(vm, st.key, v)?;
                st.heap[0].0 = k;
                st.heap[0].2 = v;
                sift_up_entries(vm, &mut st.heap, 0, max)?;
            }
            None => {
                if let Some(last) = st.heap.pop() {
                    if !st.heap.is_empty() {
                        st.heap[0] = last;
                        sift_up_entries(vm, &mut st.heap, 0, max)?;
                    }
                }
            }
        }
    }
    match st.heap.len() {
        0 => {
            put_state(vm, this, st);
            Err(Exc::stop_iteration(Value::None))
        }
        1 => {
            // Only one iterator left: it is drained directly from now on.
            let (_, _, value, it) = st.heap[0];
            st.heap.clear();
            st.tail = it;
            put_state(vm, this, st);
            Ok(value)
        }
        _ => {
            let value = st.heap[0].2;
            st.pending = true;
            put_state(vm, this, st);
            Ok(value)
        }
    }
}
