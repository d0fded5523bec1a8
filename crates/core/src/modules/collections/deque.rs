//! `collections.deque`: a ring buffer (`VecDeque`) with an optional `maxlen`, and its iterators.
//! A mutation counter (`state`) lets iterators detect changes, as CPython's do.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

use super::{coll_fn, state_mut, state_ref, CollFn, State};
use crate::builtins::Args;
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::modules::native::{NativeClass, NativeData};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct DequeData {
    pub items: VecDeque<Value>,
    pub maxlen: Option<usize>,
    /// Bumped by every mutation that iterators must notice.
    pub state: u64,
}

impl DequeData {
    fn push_back(&mut self, v: Value) {
        self.state = self.state.wrapping_add(1);
        if self.maxlen == Some(0) {
            return;
        }
        if let Some(m) = self.maxlen {
            if self.items.len() >= m {
                self.items.pop_front();
            }
        }
        self.items.push_back(v);
    }

    fn push_front(&mut self, v: Value) {
        self.state = self.state.wrapping_add(1);
        if self.maxlen == Some(0) {
            return;
        }
        if let Some(m) = self.maxlen {
            if self.items.len() >= m {
                self.items.pop_back();
            }
        }
        self.items.push_front(v);
    }
}

/// A deque iterator's position.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DequeIterData {
    pub deque: Value,
    /// Items still to produce.
    pub remaining: usize,
    /// Index of the next item (from the front, or from the back when reversed).
    pub index: usize,
    pub state: u64,
    pub reverse: bool,
}

native_methods! {
    pub enum DequeFn {
        New => "__new__" => deque_new,
        Init => "__init__" => deque_init,
        Append => "append" => append,
        AppendLeft => "appendleft" => appendleft,
        Pop => "pop" => pop,
        PopLeft => "popleft" => popleft,
        Extend => "extend" => extend,
        ExtendLeft => "extendleft" => extendleft,
        Rotate => "rotate" => rotate,
        Clear => "clear" => clear,
        Count => "count" => count,
        Index => "index" => index,
        Insert => "insert" => insert,
        Remove => "remove" => remove,
        Reverse => "reverse" => reverse,
        Copy => "copy" => copy,
        DunderCopy => "__copy__" => copy,
        MaxLen => "maxlen" => maxlen,
        SetMaxLen => "__set_maxlen__" => set_maxlen,
        Len => "__len__" => len,
        Bool => "__bool__" => bool_,
        GetItem => "__getitem__" => getitem,
        SetItem => "__setitem__" => setitem,
        DelItem => "__delitem__" => delitem,
        Contains => "__contains__" => contains,
        Iter => "__iter__" => iter,
        Reversed => "__reversed__" => reversed,
        Repr => "__repr__" => repr,
        Eq => "__eq__" => eq,
        Ne => "__ne__" => ne,
        Lt => "__lt__" => lt,
        Le => "__le__" => le,
        Gt => "__gt__" => gt,
        Ge => "__ge__" => ge,
        Add => "__add__" => add,
        IAdd => "__iadd__" => iadd,
        Mul => "__mul__" => mul,
        RMul => "__rmul__" => mul,
        IMul => "__imul__" => imul,
        ClassGetItem => "__class_getitem__" => class_getitem,
    }
}

native_methods! {
    pub enum DequeIterFn {
        Iter => "__iter__" => iter_self,
        Next => "__next__" => iter_next,
        LengthHint => "__length_hint__" => iter_length_hint,
    }
}

fn f(x: DequeFn) -> Value {
    coll_fn(CollFn::Deque(x))
}

pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let new = vm.static_method(f(DequeFn::New))?;
    let maxlen = vm.native_property(f(DequeFn::MaxLen), Some(f(DequeFn::SetMaxLen)))?;
    let cgi = vm.class_method(f(DequeFn::ClassGetItem))?;
    let mut attrs: Vec<(&str, Value)> = vec![("__new__", new), ("maxlen", maxlen)];
    attrs.push(("__class_getitem__", cgi));
    attrs.push(("__hash__", Value::None));
    for name in DequeFn::all_names() {
        if matches!(
            *name,
            "__new__" | "maxlen" | "__set_maxlen__" | "__class_getitem__"
        ) {
            continue;
        }
        if let Some(m) = DequeFn::from_name(name) {
            attrs.push((name, f(m)));
        }
    }
    vm.new_native_class(NativeClass {
        name: "deque",
        module: "collections",
        dotted_name: true,
        attrs,
        ..Default::default()
    })
}

pub fn make_iter_class(vm: &mut Vm) -> PyResult<Value> {
    make_iter_class_named(vm, "_deque_iterator")
}

pub fn make_rev_iter_class(vm: &mut Vm) -> PyResult<Value> {
    make_iter_class_named(vm, "_deque_reverse_iterator")
}

fn make_iter_class_named(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let attrs = DequeIterFn::all_names()
        .iter()
        .filter_map(|n| DequeIterFn::from_name(n).map(|m| (*n, coll_fn(CollFn::DequeIter(m)))))
        .collect();
    vm.new_native_class(NativeClass {
        name,
        module: "_collections",
        dotted_name: true,
        attrs,
        ..Default::default()
    })
}

fn deque_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("collections.deque", super::deque_class)
}

fn not_deque(vm: &Vm, v: Value, method: &str) -> Exc {
    let t = vm.type_name(v);
    Exc::type_error(format!(
        "descriptor '{method}' for 'collections.deque' objects doesn't apply to a '{t}' object"
    ))
}

/// Runs `f` on the deque state of `v`.
fn with<R>(
    vm: &mut Vm,
    v: Value,
    method: &str,
    f: impl FnOnce(&mut DequeData) -> R,
) -> PyResult<R> {
    match state_mut(vm, v) {
        Some(State::Deque(d)) => Ok(f(d)),
        _ => Err(not_deque(vm, v, method)),
    }
}

/// A snapshot of the items of deque `v` (for operations that call back into Python).
fn items_of(vm: &mut Vm, v: Value, method: &str) -> PyResult<Vec<Value>> {
    with(vm, v, method, |d| d.items.iter().copied().collect())
}

fn is_deque(vm: &Vm, v: Value) -> bool {
    matches!(state_ref(vm, v), Some(State::Deque(_)))
}

/// A new deque of class `cls` (a subclass keeps its type) holding `items`.
fn new_deque(
    vm: &mut Vm,
    cls: Value,
    items: VecDeque<Value>,
    maxlen: Option<usize>,
) -> PyResult<Value> {
    let data = DequeData {
        items,
        maxlen,
        state: 0,
    };
    vm.new_native_instance(cls, NativeData::Collections(Box::new(State::Deque(data))))
}

fn parse_maxlen(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = match v {
                Value::Int(n) => n,
                Value::Bool(b) => b as i64,
                other => {
                    if vm.kind(other) == crate::vm::ops::Kind::Int {
                        return Err(Exc::overflow_error(
                            "Python int too large to convert to C ssize_t",
                        ));
                    }
                    if vm.lookup_user(other, "__index__")?.is_some() {
                        vm.index_value(other)?
                    } else {
                        return Err(Exc::type_error("an integer is required"));
                    }
                }
            };
            if n < 0 {
                return Err(Exc::value_error("maxlen must be non-negative"));
            }
            Ok(Some(n as usize))
        }
    }
}

fn deque_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    new_deque(vm, cls, VecDeque::new(), None)
}

fn deque_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let given = args.len().saturating_sub(1);
    if given > 2 {
        return Err(Exc::type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            given + args.kw.len()
        )));
    }
    let mut iterable = args.get(1);
    let mut maxlen = args.get(2);
    for (k, v) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        match name.as_str() {
            "iterable" if iterable.is_none() => iterable = Some(*v),
            "maxlen" if maxlen.is_none() => maxlen = Some(*v),
            "iterable" | "maxlen" => {
                return Err(Exc::type_error(format!(
                    "argument for deque() given by name ('{name}') and position"
                )))
            }
            _ => {
                return Err(Exc::type_error(format!(
                    "'{name}' is an invalid keyword argument for deque()"
                )))
            }
        }
    }
    let maxlen = parse_maxlen(vm, maxlen)?;
    if !is_deque(vm, this) {
        // A subclass whose `__new__` bypassed deque's: give it its state now.
        vm.set_native_data(
            this,
            NativeData::Collections(Box::new(State::Deque(DequeData::default()))),
        )?;
    }
    with(vm, this, "__init__", |d| {
        d.items.clear();
        d.maxlen = maxlen;
        d.state = d.state.wrapping_add(1);
    })?;
    if let Some(it) = iterable {
        extend_from(vm, this, it, false)?;
    }
    Ok(Value::None)
}

fn one_arg(args: &Args, name: &str) -> PyResult<Value> {
    args.no_kw(name)?;
    if args.len() != 2 {
        return Err(Exc::type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(args.pos[1])
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    args.no_kw(name)?;
    if args.len() != 1 {
        return Err(Exc::type_error(format!(
            "deque.{name}() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "append")?;
    with(vm, args.this(), "append", |d| d.push_back(v))?;
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "appendleft")?;
    with(vm, args.this(), "appendleft", |d| d.push_front(v))?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "pop")?;
    let r = with(vm, args.this(), "pop", |d| {
        let v = d.items.pop_back();
        if v.is_some() {
            d.state = d.state.wrapping_add(1);
        }
        v
    })?;
    r.ok_or_else(|| Exc::index_error("pop from an empty deque"))
}

fn popleft(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "popleft")?;
    let r = with(vm, args.this(), "popleft", |d| {
        let v = d.items.pop_front();
        if v.is_some() {
            d.state = d.state.wrapping_add(1);
        }
        v
    })?;
    r.ok_or_else(|| Exc::index_error("pop from an empty deque"))
}

/// Appends every item of `src` (at the left when `left`), consuming it lazily so a bounded
/// deque fed from a long iterator stays bounded.
fn extend_from(vm: &mut Vm, this: Value, src: Value, left: bool) -> PyResult<()> {
    if src.is(this) {
        let items = items_of(vm, this, "extend")?;
        return with(vm, this, "extend", |d| {
            for v in items {
                if left {
                    d.push_front(v);
                } else {
                    d.push_back(v);
                }
            }
        });
    }
    let it = vm.get_iter(src)?;
    let mut n = 0u32;
    while let Some(v) = vm.iter_next(it)? {
        with(vm, this, "extend", |d| {
            if left {
                d.push_front(v);
            } else {
                d.push_back(v);
            }
        })?;
        n = n.wrapping_add(1);
        if n.is_multiple_of(4096) {
            vm.check_limits()?;
            vm.reserve(0)?;
        }
    }
    Ok(())
}

fn extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "extend")?;
    extend_from(vm, args.this(), v, false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "extendleft")?;
    extend_from(vm, args.this(), v, true)?;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("rotate")?;
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "deque.rotate expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let n = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    with(vm, args.this(), "rotate", |d| {
        d.state = d.state.wrapping_add(1);
        let len = d.items.len();
        if len > 1 {
            let k = n.rem_euclid(len as i64) as usize;
            d.items.rotate_right(k);
        }
    })?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "clear")?;
    with(vm, args.this(), "clear", |d| {
        d.items.clear();
        d.state = d.state.wrapping_add(1);
    })?;
    Ok(Value::None)
}

/// Calls `f` on each item with the deque's mutation state checked after each comparison
/// (`deque mutated during iteration` when Python code changed it).
fn scan(
    vm: &mut Vm,
    this: Value,
    name: &str,
    start: usize,
    stop: usize,
    mut f: impl FnMut(&mut Vm, usize, Value) -> PyResult<bool>,
) -> PyResult<Option<usize>> {
    let st = with(vm, this, name, |d| d.state)?;
    let mut i = start;
    while i < stop {
        let item = with(vm, this, name, |d| d.items.get(i).copied())?;
        let Some(item) = item else { break };
        let hit = f(vm, i, item)?;
        let now = with(vm, this, name, |d| d.state)?;
        if now != st {
            return Err(Exc::runtime_error("deque mutated during iteration"));
        }
        if hit {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = one_arg(args, "count")?;
    let this = args.this();
    let len = with(vm, this, "count", |d| d.items.len())?;
    let mut n = 0i64;
    scan(vm, this, "count", 0, len, |vm, _, item| {
        if item.is(x) || vm.eq(item, x)? {
            n += 1;
        }
        Ok(false)
    })?;
    Ok(Value::Int(n))
}

fn clamp_index(i: i64, len: usize) -> usize {
    if i < 0 {
        let j = i + len as i64;
        if j < 0 {
            0
        } else {
            j as usize
        }
    } else {
        (i as usize).min(len)
    }
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("index")?;
    let given = args.len().saturating_sub(1);
    if given == 0 {
        return Err(Exc::type_error(
            "index() takes at least 1 argument (0 given)",
        ));
    }
    if given > 3 {
        return Err(Exc::type_error(format!(
            "index() takes at most 3 arguments ({given} given)"
        )));
    }
    let this = args.this();
    let x = args.pos[1];
    let len = with(vm, this, "index", |d| d.items.len())?;
    let start = match args.get(2) {
        Some(v) => clamp_index(vm.index_value(v)?, len),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => clamp_index(vm.index_value(v)?, len),
        None => len,
    };
    let found = scan(vm, this, "index", start, stop, |vm, _, item| {
        Ok(item.is(x) || vm.eq(item, x)?)
    })?;
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(x)?;
            Err(Exc::value_error(format!("{r} is not in deque")))
        }
    }
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("insert")?;
    if args.len() != 3 {
        return Err(Exc::type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let i = vm.index_value(args.pos[1])?;
    let v = args.pos[2];
    let full = with(vm, args.this(), "insert", |d| {
        if d.maxlen == Some(d.items.len()) {
            return true;
        }
        let pos = clamp_index(i, d.items.len());
        d.items.insert(pos, v);
        d.state = d.state.wrapping_add(1);
        false
    })?;
    if full {
        return Err(Exc::index_error("deque already at its maximum size"));
    }
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = one_arg(args, "remove")?;
    let this = args.this();
    let len = with(vm, this, "remove", |d| d.items.len())?;
    let found = scan(vm, this, "remove", 0, len, |vm, _, item| {
        Ok(item.is(x) || vm.eq(item, x)?)
    })?;
    match found {
        Some(i) => {
            with(vm, this, "remove", |d| {
                d.items.remove(i);
                d.state = d.state.wrapping_add(1);
            })?;
            Ok(Value::None)
        }
        None => {
            let r = vm.repr(x)?;
            Err(Exc::value_error(format!("{r} is not in deque")))
        }
    }
}

fn reverse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "reverse")?;
    with(vm, args.this(), "reverse", |d| {
        d.items.make_contiguous().reverse();
        d.state = d.state.wrapping_add(1);
    })?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "copy")?;
    let this = args.this();
    let (items, maxlen) = with(vm, this, "copy", |d| (d.items.clone(), d.maxlen))?;
    let cls = vm.type_of(this);
    let base = deque_class(vm)?;
    if cls.is(base) {
        return new_deque(vm, cls, items, maxlen);
    }
    // A subclass is copied through its constructor, as CPython does.
    let list = vm.new_list(items.into_iter().collect())?;
    match maxlen {
        Some(m) => vm.call(cls, &[list, Value::Int(m as i64)]),
        None => vm.call(cls, &[list]),
    }
}

fn maxlen(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = with(vm, args.this(), "maxlen", |d| d.maxlen)?;
    Ok(m.map(|m| Value::Int(m as i64)).unwrap_or(Value::None))
}

fn set_maxlen(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::attribute_error(
        "attribute 'maxlen' of 'collections.deque' objects is not writable",
    ))
}

fn len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = with(vm, args.this(), "__len__", |d| d.items.len())?;
    Ok(Value::Int(n as i64))
}

fn bool_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = with(vm, args.this(), "__bool__", |d| d.items.len())?;
    Ok(Value::Bool(n > 0))
}

fn item_index(vm: &mut Vm, key: Value, len: usize) -> PyResult<usize> {
    let is_int = matches!(key, Value::Int(_) | Value::Bool(_))
        || vm.kind(key) == crate::vm::ops::Kind::Int
        || vm.lookup_user(key, "__index__")?.is_some();
    if !is_int {
        let t = vm.type_name(key);
        return Err(Exc::type_error(format!(
            "sequence index must be integer, not '{t}'"
        )));
    }
    let i = vm
        .index_value(key)
        .map_err(|_| Exc::index_error("deque index out of range"))?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(Exc::index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let key = one_arg(args, "__getitem__")?;
    let this = args.this();
    let len = with(vm, this, "__getitem__", |d| d.items.len())?;
    let i = item_index(vm, key, len)?;
    let v = with(vm, this, "__getitem__", |d| d.items.get(i).copied())?;
    v.ok_or_else(|| Exc::index_error("deque index out of range"))
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__setitem__", 2, 2)?;
    let this = args.this();
    let len = with(vm, this, "__setitem__", |d| d.items.len())?;
    let i = item_index(vm, args.pos[1], len)?;
    let v = args.pos[2];
    with(vm, this, "__setitem__", |d| {
        if let Some(slot) = d.items.get_mut(i) {
            *slot = v;
        }
    })?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let key = one_arg(args, "__delitem__")?;
    let this = args.this();
    let len = with(vm, this, "__delitem__", |d| d.items.len())?;
    let i = item_index(vm, key, len)?;
    with(vm, this, "__delitem__", |d| {
        d.items.remove(i);
        d.state = d.state.wrapping_add(1);
    })?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = one_arg(args, "__contains__")?;
    let this = args.this();
    let len = with(vm, this, "__contains__", |d| d.items.len())?;
    let found = scan(vm, this, "__contains__", 0, len, |vm, _, item| {
        Ok(item.is(x) || vm.eq(item, x)?)
    })?;
    Ok(Value::Bool(found.is_some()))
}

fn new_iter(vm: &mut Vm, this: Value, reverse: bool) -> PyResult<Value> {
    let (len, st) = with(vm, this, "__iter__", |d| (d.items.len(), d.state))?;
    let cls = if reverse {
        vm.std_class("collections._deque_reverse_iterator", make_rev_iter_class)?
    } else {
        vm.std_class("collections._deque_iterator", make_iter_class)?
    };
    let data = DequeIterData {
        deque: this,
        remaining: len,
        index: 0,
        state: st,
        reverse,
    };
    vm.new_native_instance(
        cls,
        NativeData::Collections(Box::new(State::DequeIter(data))),
    )
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_iter(vm, args.this(), false)
}

fn reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_iter(vm, args.this(), true)
}

fn iter_self(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}

fn iter_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let it = match state_ref(vm, this) {
        Some(State::DequeIter(it)) => it.clone(),
        _ => return Err(Exc::type_error("expected a deque iterator")),
    };
    if it.remaining == 0 {
        return Err(Exc::stop_iteration(Value::None));
    }
    let cur = match state_ref(vm, it.deque) {
        Some(State::Deque(d)) => {
            if d.state != it.state {
                None
            } else {
                let len = d.items.len();
                let pos = if it.reverse {
                    len.checked_sub(it.index + 1)
                } else {
                    Some(it.index)
                };
                Some(pos.and_then(|p| d.items.get(p).copied()))
            }
        }
        _ => Some(None),
    };
    let Some(item) = cur else {
        if let Some(State::DequeIter(s)) = state_mut(vm, this) {
            s.remaining = 0;
        }
        return Err(Exc::runtime_error("deque mutated during iteration"));
    };
    if let Some(State::DequeIter(s)) = state_mut(vm, this) {
        s.index += 1;
        s.remaining -= 1;
    }
    item.ok_or_else(|| Exc::stop_iteration(Value::None))
}

fn iter_length_hint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match state_ref(vm, args.this()) {
        Some(State::DequeIter(it)) => Ok(Value::Int(it.remaining as i64)),
        _ => Ok(Value::Int(0)),
    }
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let (items, maxlen) = with(vm, this, "__repr__", |d| (d.items.clone(), d.maxlen))?;
    let name = crate::modules::operator::short_type_name(vm, this);
    let Value::Obj(id) = this else {
        return Err(Exc::internal("deque repr"));
    };
    if vm.repr_guard.contains(&id) {
        return vm.new_str("[...]".to_string());
    }
    vm.repr_guard.push(id);
    let mut parts = Vec::with_capacity(items.len());
    let mut result = Ok(());
    for v in items {
        match vm.repr(v) {
            Ok(s) => parts.push(s),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.repr_guard.pop();
    result?;
    let s = match maxlen {
        Some(m) => format!("{name}([{}], maxlen={m})", parts.join(", ")),
        None => format!("{name}([{}])", parts.join(", ")),
    };
    vm.new_str(s)
}

fn compare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    args.check_method(op.dunder(), 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if !is_deque(vm, a) || !is_deque(vm, b) {
        return Ok(Value::NotImplemented);
    }
    let xs = items_of(vm, a, op.dunder())?;
    let ys = items_of(vm, b, op.dunder())?;
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && xs.len() != ys.len() {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    for (x, y) in xs.iter().zip(ys.iter()) {
        if x.is(*y) || vm.eq(*x, *y)? {
            continue;
        }
        return match op {
            CmpOp::Eq => Ok(Value::Bool(false)),
            CmpOp::Ne => Ok(Value::Bool(true)),
            _ => vm.compare(op, *x, *y),
        };
    }
    Ok(Value::Bool(crate::vm::ops::cmp_result(
        op,
        xs.len().cmp(&ys.len()),
    )))
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Eq)
}
fn ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ne)
}
fn lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Lt)
}
fn le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Le)
}
fn gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Gt)
}
fn ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ge)
}

fn add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__add__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if !is_deque(vm, b) {
        let t = vm.type_name(b);
        return Err(Exc::type_error(format!(
            "can only concatenate deque (not \"{t}\") to deque"
        )));
    }
    let (mut items, maxlen) = with(vm, a, "__add__", |d| (d.items.clone(), d.maxlen))?;
    let other = items_of(vm, b, "__add__")?;
    let cls = vm.type_of(a);
    let mut out = DequeData {
        items: VecDeque::new(),
        maxlen,
        state: 0,
    };
    for v in items.drain(..).chain(other) {
        out.push_back(v);
    }
    new_deque(vm, cls, out.items, maxlen)
}

fn iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__iadd__", 1, 1)?;
    extend_from(vm, args.this(), args.pos[1], false)?;
    Ok(args.this())
}

fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<i64>> {
    if matches!(n, Value::Int(_) | Value::Bool(_)) || vm.kind(n) == crate::vm::ops::Kind::Int {
        return vm.index_value(n).map(Some);
    }
    if vm.lookup_user(n, "__index__")?.is_some() {
        return vm.index_value(n).map(Some);
    }
    Ok(None)
}

/// The items of `items` repeated `n` times, keeping only the last `maxlen`.
fn repeated(
    vm: &mut Vm,
    items: &VecDeque<Value>,
    n: i64,
    maxlen: Option<usize>,
) -> PyResult<VecDeque<Value>> {
    if n <= 0 || items.is_empty() {
        return Ok(VecDeque::new());
    }
    let total = (items.len() as u128) * (n as u128);
    let keep = match maxlen {
        Some(m) => (m as u128).min(total),
        None => total,
    };
    if keep > (isize::MAX as u128) / 16 {
        return Err(Exc::new(BuiltinType::MemoryError, ""));
    }
    vm.reserve(keep as usize * std::mem::size_of::<Value>())?;
    let len = items.len();
    let skip = (total - keep) as usize % len;
    let mut out = VecDeque::with_capacity(keep as usize);
    let mut i = skip;
    while (out.len() as u128) < keep {
        out.push_back(items[i % len]);
        i += 1;
    }
    Ok(out)
}

fn mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__mul__", 1, 1)?;
    let this = args.this();
    let Some(n) = repeat_count(vm, args.pos[1])? else {
        return Ok(Value::NotImplemented);
    };
    let (items, maxlen) = with(vm, this, "__mul__", |d| (d.items.clone(), d.maxlen))?;
    let out = repeated(vm, &items, n, maxlen)?;
    let cls = vm.type_of(this);
    new_deque(vm, cls, out, maxlen)
}

fn imul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__imul__", 1, 1)?;
    let this = args.this();
    let Some(n) = repeat_count(vm, args.pos[1])? else {
        return Ok(Value::NotImplemented);
    };
    let (items, maxlen) = with(vm, this, "__imul__", |d| (d.items.clone(), d.maxlen))?;
    let out = repeated(vm, &items, n, maxlen)?;
    with(vm, this, "__imul__", |d| {
        d.items = out;
        d.state = d.state.wrapping_add(1);
    })?;
    Ok(this)
}

fn class_getitem(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}
