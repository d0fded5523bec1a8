//! `collections.Counter`: a `dict` subclass counting hashable items. Counting goes straight to
//! the dict payload (one hash and one probe per item) unless a subclass overrides item access.

use super::{coll_fn, CollFn};
use crate::builtins::class::{Instance, Payload};
use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::bytecode::{BinOp, CmpOp};
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::modules::native::NativeClass;
use crate::modules::operator::binary;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum CounterFn {
        Init => "__init__" => init,
        Missing => "__missing__" => missing,
        Total => "total" => total,
        MostCommon => "most_common" => most_common,
        Elements => "elements" => elements,
        FromKeys => "fromkeys" => fromkeys,
        Update => "update" => update,
        Subtract => "subtract" => subtract,
        Copy => "copy" => copy,
        DelItem => "__delitem__" => delitem,
        Repr => "__repr__" => repr,
        Eq => "__eq__" => eq,
        Ne => "__ne__" => ne,
        Le => "__le__" => le,
        Lt => "__lt__" => lt,
        Ge => "__ge__" => ge,
        Gt => "__gt__" => gt,
        Add => "__add__" => add,
        Sub => "__sub__" => sub,
        Or => "__or__" => or,
        And => "__and__" => and,
        Pos => "__pos__" => pos,
        Neg => "__neg__" => neg,
        IAdd => "__iadd__" => iadd,
        ISub => "__isub__" => isub,
        IOr => "__ior__" => ior,
        IAnd => "__iand__" => iand,
        KeepPositive => "_keep_positive" => keep_positive_m,
    }
}

fn f(x: CounterFn) -> Value {
    coll_fn(CollFn::Counter(x))
}

pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs: Vec<(&str, Value)> = Vec::new();
    for name in CounterFn::all_names() {
        if let Some(m) = CounterFn::from_name(name) {
            let v = if m == CounterFn::FromKeys {
                vm.class_method(f(m))?
            } else {
                f(m)
            };
            attrs.push((name, v));
        }
    }
    vm.new_native_class(NativeClass {
        name: "Counter",
        module: "collections",
        bases: &[Value::Type(BuiltinType::Dict)],
        attrs,
        ..Default::default()
    })
}

/// A new instance of dict subclass `cls` holding `d` (no `__init__` is run).
pub(crate) fn new_dict_instance(vm: &mut Vm, cls: Value, d: Dict) -> PyResult<Value> {
    let payload = vm.new_dict(d)?;
    let mut inst = Instance::new(cls);
    inst.payload = Payload::Builtin(payload);
    vm.alloc(Object::Instance(Box::new(inst)))
}

pub(crate) fn dict_of(vm: &Vm, v: Value, method: &str) -> PyResult<ObjId> {
    vm.dict_id(v).ok_or_else(|| {
        let t = vm.type_name(v);
        Exc::type_error(format!(
            "descriptor '{method}' requires a 'dict' object but received a '{t}'"
        ))
    })
}

pub(crate) fn entries(vm: &Vm, id: ObjId) -> Vec<(Value, Value)> {
    match vm.heap.get(id) {
        Object::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    }
}

fn is_counter(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let cls = super::counter_class(vm)?;
    vm.isinstance_of(v, cls)
}

/// Whether item access on `v` is the plain dict's (no Python overrides of the methods counting
/// uses), so counting may work on the dict payload directly.
fn plain_item_access(vm: &Vm, v: Value) -> bool {
    let cls = vm.type_of(v);
    for name in ["__getitem__", "__setitem__", "get"] {
        if let Some(found) = vm.lookup_in_namespaces(cls, name) {
            if !matches!(found, Value::Builtin(_)) {
                return false;
            }
        }
    }
    true
}

/// `d[key] = d.get(key, 0) + delta` on the dict object `d`.
fn add_count(vm: &mut Vm, d: ObjId, key: Value, delta: Value) -> PyResult<()> {
    let hash = vm.hash(key)?;
    let mut dict = match vm.heap.get_mut(d) {
        Object::Dict(dict) => std::mem::take(dict),
        _ => return Err(Exc::internal("counter without a dict")),
    };
    let found = vm.dict_find(&dict, key, hash);
    let pos = match found {
        Ok(p) => p,
        Err(e) => {
            if let Object::Dict(slot) = vm.heap.get_mut(d) {
                *slot = dict;
            }
            return Err(e);
        }
    };
    let current = pos.and_then(|p| dict.entry(p).map(|e| e.value));
    let fast = match (current, delta) {
        (None, _) => Some(delta),
        (Some(Value::Int(a)), Value::Int(b)) => a.checked_add(b).map(Value::Int),
        _ => None,
    };
    if let Some(v) = fast {
        match pos {
            Some(p) => dict.set_value_at(p, v),
            None => {
                vm.heap.bytes += std::mem::size_of::<crate::builtins::dict::DictEntry>();
                dict.push_new(key, hash, v);
            }
        }
        if let Object::Dict(slot) = vm.heap.get_mut(d) {
            *slot = dict;
        }
        if let Some(max) = vm.limits.max_memory {
            if vm.heap.bytes > max {
                vm.reserve(0)?;
            }
        }
        return Ok(());
    }
    if let Object::Dict(slot) = vm.heap.get_mut(d) {
        *slot = dict;
    }
    let cur = current.unwrap_or(Value::Int(0));
    let sum = binary(vm, BinOp::Add, cur, delta, false)?;
    vm.dict_set(d, key, sum)
}

/// `self[key]` with a Counter's default of 0 (through `__getitem__` when overridden).
fn get_count(vm: &mut Vm, this: Value, key: Value) -> PyResult<Value> {
    if plain_item_access(vm, this) {
        let d = dict_of(vm, this, "__getitem__")?;
        return Ok(vm.dict_get(d, key)?.unwrap_or(Value::Int(0)));
    }
    vm.getitem(this, key)
}

fn set_count(vm: &mut Vm, this: Value, key: Value, v: Value) -> PyResult<()> {
    if plain_item_access(vm, this) {
        let d = dict_of(vm, this, "__setitem__")?;
        return vm.dict_set(d, key, v);
    }
    vm.setitem(this, key, v)
}

/// Whether `v` is a mapping for `Counter.update`: it has `items` and `__getitem__`, as
/// `isinstance(v, collections.abc.Mapping)` accepts for dicts and registered mappings.
fn is_mapping(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if vm.dict_id(v).is_some() {
        return Ok(true);
    }
    let mapping = crate::modules::collections_abc::class(vm, "Mapping")?;
    crate::builtins::functions::isinstance_spec(vm, v, mapping, 0)
}

/// The (key, value) pairs of a mapping, through `items()` unless it is a plain dict.
fn mapping_items(vm: &mut Vm, m: Value) -> PyResult<Vec<(Value, Value)>> {
    if let Some(id) = vm.dict_id(m) {
        if vm.lookup_in_namespaces(vm.type_of(m), "items").is_none() {
            return Ok(entries(vm, id));
        }
    }
    let items_fn = vm.getattr(m, "items")?;
    let items = vm.call(items_fn, &[])?;
    let mut out = Vec::new();
    for pair in vm.collect(items)? {
        let kv = vm.collect(pair)?;
        if kv.len() != 2 {
            return Err(Exc::value_error("too many values to unpack (expected 2)"));
        }
        out.push((kv[0], kv[1]));
    }
    Ok(out)
}

/// The shared body of `update` and `subtract`.
fn update_impl(vm: &mut Vm, args: &Args, name: &str, sign: i64) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "Counter.{name}() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let this = args.this();
    let d = dict_of(vm, this, name)?;
    if let Some(src) = args.get(1).filter(|v| !v.is_none()) {
        apply_source(vm, this, d, src, sign)?;
    }
    if !args.kw.is_empty() {
        let mut kd = Dict::new();
        for (k, v) in &args.kw {
            vm.dict_set_in(&mut kd, *k, *v)?;
        }
        let kw = vm.new_dict(kd)?;
        apply_source(vm, this, d, kw, sign)?;
    }
    Ok(Value::None)
}

fn apply_source(vm: &mut Vm, this: Value, d: ObjId, src: Value, sign: i64) -> PyResult<()> {
    let plain = plain_item_access(vm, this);
    if is_mapping(vm, src)? {
        let pairs = mapping_items(vm, src)?;
        for (k, count) in pairs {
            if sign > 0 {
                if plain {
                    add_count(vm, d, k, count)?;
                } else {
                    let cur = get_count(vm, this, k)?;
                    let s = binary(vm, BinOp::Add, count, cur, false)?;
                    set_count(vm, this, k, s)?;
                }
            } else {
                let cur = get_count(vm, this, k)?;
                let s = binary(vm, BinOp::Sub, cur, count, false)?;
                set_count(vm, this, k, s)?;
            }
        }
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    let delta = Value::Int(sign);
    let mut n = 0u32;
    while let Some(item) = vm.iter_next(it)? {
        if plain {
            add_count(vm, d, item, delta)?;
        } else {
            let cur = get_count(vm, this, item)?;
            let s = binary(vm, BinOp::Add, cur, delta, false)?;
            set_count(vm, this, item, s)?;
        }
        n = n.wrapping_add(1);
        if n.is_multiple_of(4096) {
            vm.check_limits()?;
        }
    }
    Ok(())
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "Counter.__init__() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let this = args.this();
    let update_fn = vm.getattr(this, "update")?;
    let mut a = Args::new(&args.pos[1..]);
    a.kw = args.kw.clone();
    vm.call_args(update_fn, a)?;
    Ok(Value::None)
}

fn missing(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__missing__", 1, 1)?;
    Ok(Value::Int(0))
}

fn total(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("total", 0, 0)?;
    let d = dict_of(vm, args.this(), "total")?;
    let mut acc = Value::Int(0);
    for (_, v) in entries(vm, d) {
        acc = binary(vm, BinOp::Add, acc, v, false)?;
    }
    Ok(acc)
}

/// The items ordered by count, largest first, ties in insertion order (CPython's
/// `sorted(..., key=itemgetter(1), reverse=True)`).
fn sorted_items(vm: &mut Vm, d: ObjId) -> PyResult<Vec<(Value, Value)>> {
    let mut items = entries(vm, d);
    if items.iter().all(|(_, v)| matches!(v, Value::Int(_))) {
        // A stable sort by descending count keeps insertion order among ties.
        items.sort_by(|a, b| match (a.1, b.1) {
            (Value::Int(x), Value::Int(y)) => y.cmp(&x),
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(items);
    }
    // reverse + stable ascending sort + reverse, exactly as list.sort(reverse=True).
    items.reverse();
    let mut order: Vec<Value> = (0..items.len() as i64).map(Value::Int).collect();
    let counts: Vec<Value> = items.iter().map(|(_, v)| *v).collect();
    crate::builtins::list::merge_sort(&mut order, &mut |a, b| {
        let (Value::Int(x), Value::Int(y)) = (a, b) else {
            return Ok(false);
        };
        let (p, q) = (counts[x as usize], counts[y as usize]);
        match (p, q) {
            (Value::Int(p), Value::Int(q)) => Ok(p < q),
            (Value::Float(p), Value::Float(q)) => Ok(p < q),
            _ => vm.compare_bool(CmpOp::Lt, p, q),
        }
    })?;
    let mut out: Vec<(Value, Value)> = order
        .iter()
        .filter_map(|i| match i {
            Value::Int(i) => items.get(*i as usize).copied(),
            _ => None,
        })
        .collect();
    out.reverse();
    Ok(out)
}

fn most_common(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "most_common", &["n"])?;
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "Counter.most_common() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let d = dict_of(vm, args.this(), "most_common")?;
    let n = args
        .get(1)
        .or_else(|| args.kwarg(vm, "n"))
        .unwrap_or(Value::None);
    let limit = if n.is_none() {
        None
    } else {
        let k = vm.index_value(n)?;
        Some(if k < 0 { 0 } else { k as usize })
    };
    let mut items = sorted_items(vm, d)?;
    if let Some(k) = limit {
        items.truncate(k);
    }
    let mut out = Vec::with_capacity(items.len());
    for (k, v) in items {
        out.push(vm.new_tuple(vec![k, v])?);
    }
    vm.new_list(out)
}

fn elements(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("elements", 0, 0)?;
    let d = dict_of(vm, args.this(), "elements")?;
    let pairs = entries(vm, d);
    crate::modules::itertools::chain_of_repeats(vm, pairs)
}

fn fromkeys(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::new(
        BuiltinType::NotImplementedError,
        "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
    ))
}

fn update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    update_impl(vm, args, "update", 1)
}

fn subtract(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    update_impl(vm, args, "subtract", -1)
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("copy", 0, 0)?;
    let this = args.this();
    let cls = vm.type_of(this);
    vm.call(cls, &[this])
}

fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__delitem__", 1, 1)?;
    let d = dict_of(vm, args.this(), "__delitem__")?;
    vm.dict_remove(d, args.pos[1])?;
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let d = dict_of(vm, this, "__repr__")?;
    let name = vm.type_name(this);
    let items = match sorted_items(vm, d) {
        Ok(items) => items,
        Err(e) if vm.exc_is(&e, BuiltinType::TypeError) => entries(vm, d),
        Err(e) => return Err(e),
    };
    if items.is_empty() {
        return vm.new_str(format!("{name}()"));
    }
    let mut dict = Dict::with_capacity(items.len());
    for (k, v) in items {
        vm.dict_set_in(&mut dict, k, v)?;
    }
    let tmp = vm.new_dict(dict)?;
    let inner = vm.repr(tmp)?;
    vm.new_str(format!("{name}({inner})"))
}

/// Runs `f(self[e], other[e])` over the keys of both counters; stops at the first false.
fn all_pairs(
    vm: &mut Vm,
    a: Value,
    b: Value,
    mut f: impl FnMut(&mut Vm, Value, Value) -> PyResult<bool>,
) -> PyResult<bool> {
    let (da, db) = (dict_of(vm, a, "__eq__")?, dict_of(vm, b, "__eq__")?);
    for (src, is_a) in [(da, true), (db, false)] {
        for (k, v) in entries(vm, src) {
            let (x, y) = if is_a {
                (v, vm.dict_get(db, k)?.unwrap_or(Value::Int(0)))
            } else {
                (vm.dict_get(da, k)?.unwrap_or(Value::Int(0)), v)
            };
            if !f(vm, x, y)? {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

fn eq_counters(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    all_pairs(vm, a, b, |vm, x, y| Ok(x.is(y) || vm.eq(x, y)?))
}

fn le_counters(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    all_pairs(vm, a, b, |vm, x, y| vm.compare_bool(CmpOp::Le, x, y))
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__eq__", 1, 1)?;
    if !is_counter(vm, args.pos[1])? {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(eq_counters(vm, args.this(), args.pos[1])?))
}

fn ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__ne__", 1, 1)?;
    if !is_counter(vm, args.pos[1])? {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(!eq_counters(vm, args.this(), args.pos[1])?))
}

fn le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__le__", 1, 1)?;
    if !is_counter(vm, args.pos[1])? {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(le_counters(vm, args.this(), args.pos[1])?))
}

fn lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__lt__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if !is_counter(vm, b)? {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(
        le_counters(vm, a, b)? && !eq_counters(vm, a, b)?,
    ))
}

fn ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__ge__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if !is_counter(vm, b)? {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(le_counters(vm, b, a)?))
}

fn gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__gt__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if !is_counter(vm, b)? {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(
        le_counters(vm, b, a)? && !eq_counters(vm, a, b)?,
    ))
}

fn positive(vm: &mut Vm, v: Value) -> PyResult<bool> {
    match v {
        Value::Int(i) => Ok(i > 0),
        _ => vm.compare_bool(CmpOp::Gt, v, Value::Int(0)),
    }
}

fn negative(vm: &mut Vm, v: Value) -> PyResult<bool> {
    match v {
        Value::Int(i) => Ok(i < 0),
        _ => vm.compare_bool(CmpOp::Lt, v, Value::Int(0)),
    }
}

fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        _ => vm.compare_bool(CmpOp::Lt, a, b),
    }
}

/// A new plain `Counter` built from `pairs`.
fn new_counter(vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
    let mut d = Dict::with_capacity(pairs.len());
    for (k, v) in pairs {
        vm.dict_set_in(&mut d, k, v)?;
    }
    let cls = super::counter_class(vm)?;
    new_dict_instance(vm, cls, d)
}

#[derive(Clone, Copy, PartialEq)]
enum Multiset {
    Add,
    Sub,
    Or,
    And,
}

fn multiset(vm: &mut Vm, a: Value, b: Value, op: Multiset) -> PyResult<Value> {
    let (da, db) = (dict_of(vm, a, "__add__")?, dict_of(vm, b, "__add__")?);
    let mut out: Vec<(Value, Value)> = Vec::new();
    for (k, count) in entries(vm, da) {
        let other = vm.dict_get(db, k)?.unwrap_or(Value::Int(0));
        let newcount = match op {
            Multiset::Add => binary(vm, BinOp::Add, count, other, false)?,
            Multiset::Sub => binary(vm, BinOp::Sub, count, other, false)?,
            Multiset::Or => {
                if less(vm, count, other)? {
                    other
                } else {
                    count
                }
            }
            Multiset::And => {
                if less(vm, count, other)? {
                    count
                } else {
                    other
                }
            }
        };
        if positive(vm, newcount)? {
            out.push((k, newcount));
        }
    }
    if op != Multiset::And {
        for (k, count) in entries(vm, db) {
            if vm.dict_get(da, k)?.is_some() {
                continue;
            }
            match op {
                Multiset::Sub => {
                    if negative(vm, count)? {
                        let v = binary(vm, BinOp::Sub, Value::Int(0), count, false)?;
                        out.push((k, v));
                    }
                }
                _ => {
                    if positive(vm, count)? {
                        out.push((k, count));
                    }
                }
            }
        }
    }
    new_counter(vm, out)
}

fn binop(vm: &mut Vm, args: &Args, name: &str, op: Multiset) -> PyResult<Value> {
    args.check_method(name, 1, 1)?;
    if !is_counter(vm, args.pos[1])? {
        return Ok(Value::NotImplemented);
    }
    multiset(vm, args.this(), args.pos[1], op)
}

fn add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    binop(vm, args, "__add__", Multiset::Add)
}
fn sub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    binop(vm, args, "__sub__", Multiset::Sub)
}
fn or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    binop(vm, args, "__or__", Multiset::Or)
}
fn and(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    binop(vm, args, "__and__", Multiset::And)
}

fn pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = dict_of(vm, args.this(), "__pos__")?;
    let mut out = Vec::new();
    for (k, v) in entries(vm, d) {
        if positive(vm, v)? {
            out.push((k, v));
        }
    }
    new_counter(vm, out)
}

fn neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = dict_of(vm, args.this(), "__neg__")?;
    let mut out = Vec::new();
    for (k, v) in entries(vm, d) {
        if negative(vm, v)? {
            let n = binary(vm, BinOp::Sub, Value::Int(0), v, false)?;
            out.push((k, n));
        }
    }
    new_counter(vm, out)
}

/// Drops the entries whose count is not positive.
fn keep_positive(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let d = dict_of(vm, this, "_keep_positive")?;
    let mut drop = Vec::new();
    for (k, v) in entries(vm, d) {
        if !positive(vm, v)? {
            drop.push(k);
        }
    }
    for k in drop {
        vm.dict_remove(d, k)?;
    }
    Ok(this)
}

fn keep_positive_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    keep_positive(vm, args.this())
}

/// The in-place operators. Like CPython's, they accept any mapping: `items()` is read for
/// `+=`, `-=` and `|=`, and `other[elem]` for `&=`.
fn inplace(vm: &mut Vm, args: &Args, name: &str, op: Multiset) -> PyResult<Value> {
    args.check_method(name, 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    let da = dict_of(vm, a, name)?;
    match op {
        Multiset::Add | Multiset::Sub => {
            for (k, count) in mapping_items(vm, b)? {
                let cur = get_count(vm, a, k)?;
                let bop = if op == Multiset::Add {
                    BinOp::Add
                } else {
                    BinOp::Sub
                };
                let v = binary(vm, bop, cur, count, true)?;
                set_count(vm, a, k, v)?;
            }
        }
        Multiset::Or => {
            for (k, other) in mapping_items(vm, b)? {
                let cur = get_count(vm, a, k)?;
                if less(vm, cur, other)? {
                    set_count(vm, a, k, other)?;
                }
            }
        }
        Multiset::And => {
            for (k, count) in entries(vm, da) {
                let other = vm.getitem(b, k)?;
                if less(vm, other, count)? {
                    set_count(vm, a, k, other)?;
                }
            }
        }
    }
    keep_positive(vm, a)
}

fn iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    inplace(vm, args, "__iadd__", Multiset::Add)
}
fn isub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    inplace(vm, args, "__isub__", Multiset::Sub)
}
fn ior(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    inplace(vm, args, "__ior__", Multiset::Or)
}
fn iand(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    inplace(vm, args, "__iand__", Multiset::And)
}
