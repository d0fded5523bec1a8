//! The `dict` type's methods and views (`keys()`, `values()`, `items()`), dict equality, `|`,
//! and the `dict()` constructor. The table itself is `dict.rs`.

use crate::builtins::dict::Dict;
use crate::builtins::{Args, Builtin};
use crate::bytecode::{BinOp, CmpOp};
use crate::error::{Exc, PyResult};
use crate::heap::{DictViewKind, ObjId, Object};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

fn dict_of(vm: &Vm, v: Value) -> PyResult<ObjId> {
    vm.dict_id(v).ok_or_else(|| {
        let t = vm.type_name(v);
        Exc::type_error(format!(
            "descriptor requires a 'dict' object but received a '{t}'"
        ))
    })
}

fn entries(vm: &Vm, id: ObjId) -> Vec<(Value, Value)> {
    match vm.heap.get(id) {
        Object::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    }
}

/// `d[key]` without raising: `None` when absent.
pub fn getitem_opt(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    let id = dict_of(vm, d)?;
    vm.dict_get(id, key)
}

/// Adds the items of `src` (a mapping or an iterable of pairs) to dict `target`.
pub fn update_from(vm: &mut Vm, target: ObjId, src: Value) -> PyResult<()> {
    if let Some(sid) = vm.dict_id(src) {
        for (k, v) in entries(vm, sid) {
            vm.dict_set(target, k, v)?;
        }
        return Ok(());
    }
    if vm.kind(src) == Kind::Instance && vm.has_user_special(src, "keys") {
        let keys_fn = vm.getattr(src, "keys")?;
        let keys = vm.call(keys_fn, &[])?;
        for k in vm.collect(keys)? {
            let v = vm.getitem(src, k)?;
            vm.dict_set(target, k, v)?;
        }
        return Ok(());
    }
    let items = match vm.collect(src) {
        Ok(i) => i,
        Err(e) if vm.exc_is(&e, BuiltinType::TypeError) => {
            let t = vm.type_name(src);
            return Err(Exc::type_error(format!("'{t}' object is not iterable")));
        }
        Err(e) => return Err(e),
    };
    for (i, item) in items.into_iter().enumerate() {
        let pair = match vm.seq_items(item) {
            Some(p) => p,
            None => {
                if !vm.is_iterable(item)? {
                    return Err(Exc::type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                vm.collect(item)?
            }
        };
        if pair.len() != 2 {
            return Err(Exc::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        vm.dict_set(target, pair[0], pair[1])?;
    }
    Ok(())
}

/// `dict(...)`.
pub fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(Exc::type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let d = vm.new_dict(Dict::new())?;
    let id = d.as_obj().ok_or_else(|| Exc::internal("dict"))?;
    if let Some(src) = args.get(0) {
        update_from(vm, id, src)?;
    }
    for (k, v) in &args.kw {
        vm.dict_set(id, *k, *v)?;
    }
    Ok(d)
}

/// `a == b` for dicts.
pub fn equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let (ia, ib) = (dict_of(vm, a)?, dict_of(vm, b)?);
    let ea = entries(vm, ia);
    if ea.len() != entries(vm, ib).len() {
        return Ok(false);
    }
    for (k, v) in ea {
        match vm.dict_get(ib, k)? {
            Some(w) => {
                if !(v.is(w) || vm.eq(v, w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// `a | b` (or `a |= b`).
pub fn or(vm: &mut Vm, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    let ia = dict_of(vm, a)?;
    if inplace {
        update_from(vm, ia, b)?;
        return Ok(a);
    }
    let ib = dict_of(vm, b)?;
    let copy = match vm.heap.get(ia) {
        Object::Dict(d) => d.clone(),
        _ => Dict::new(),
    };
    let out = vm.new_dict(copy)?;
    let oid = out.as_obj().ok_or_else(|| Exc::internal("dict"))?;
    for (k, v) in entries(vm, ib) {
        vm.dict_set(oid, k, v)?;
    }
    Ok(out)
}

/// `repr(dict)`.
pub fn repr(vm: &mut Vm, id: ObjId) -> PyResult<String> {
    let es = entries(vm, id);
    if es.is_empty() {
        return Ok("{}".into());
    }
    let mut out = String::from("{");
    for (i, (k, v)) in es.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr(k)?);
        out.push_str(": ");
        out.push_str(&vm.repr(v)?);
    }
    out.push('}');
    Ok(out)
}

fn view(vm: &mut Vm, args: &Args, kind: DictViewKind, name: &str) -> PyResult<Value> {
    args.check_method(name, 0, 0)?;
    let id = dict_of(vm, args.this())?;
    vm.alloc(Object::DictView(id, kind))
}

native_methods! {
    pub enum DictMethod {
        Keys => "keys" => keys,
        Values => "values" => values,
        Items => "items" => items,
        Get => "get" => get,
        SetDefault => "setdefault" => setdefault,
        Pop => "pop" => pop,
        PopItem => "popitem" => popitem,
        Update => "update" => update,
        Clear => "clear" => clear,
        Copy => "copy" => copy,
        FromKeys => "fromkeys" => fromkeys,
        Init => "__init__" => init,
        GetItem => "__getitem__" => dunder_getitem,
        SetItem => "__setitem__" => dunder_setitem,
        DelItem => "__delitem__" => dunder_delitem,
        Contains => "__contains__" => dunder_contains,
        Len => "__len__" => dunder_len,
        Iter => "__iter__" => dunder_iter,
        Reversed => "__reversed__" => dunder_reversed,
        IsDisjoint => "isdisjoint" => view_isdisjoint,
    }
}

/// Methods of the dict view types.
pub fn view_method(t: BuiltinType, name: &str) -> Option<Builtin> {
    match (t, name) {
        (BuiltinType::DictKeys | BuiltinType::DictItems, "isdisjoint") => {
            Some(Builtin::Dict(DictMethod::IsDisjoint))
        }
        _ => None,
    }
}

fn keys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view(vm, args, DictViewKind::Keys, "keys")
}

fn values(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view(vm, args, DictViewKind::Values, "values")
}

fn items(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view(vm, args, DictViewKind::Items, "items")
}

fn get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("get", 1, 2)?;
    let id = dict_of(vm, args.this())?;
    Ok(vm
        .dict_get(id, args.pos[1])?
        .unwrap_or(args.get(2).unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("setdefault", 1, 2)?;
    let id = dict_of(vm, args.this())?;
    if let Some(v) = vm.dict_get(id, args.pos[1])? {
        return Ok(v);
    }
    let d = args.get(2).unwrap_or(Value::None);
    vm.dict_set(id, args.pos[1], d)?;
    Ok(d)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("pop", 1, 2)?;
    let id = dict_of(vm, args.this())?;
    match vm.dict_remove(id, args.pos[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(d),
            None => Err(Exc::key_error(args.pos[1])),
        },
    }
}

fn popitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("popitem", 0, 0)?;
    let id = dict_of(vm, args.this())?;
    let e = match vm.heap.get_mut(id) {
        Object::Dict(d) => d.pop_last(),
        _ => None,
    };
    match e {
        Some(e) => vm.new_tuple(vec![e.key, e.value]),
        None => Err(Exc::Args(
            BuiltinType::KeyError,
            vec![vm.new_str("popitem(): dictionary is empty".into())?],
        )),
    }
}

fn update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("update", 0, 1)?;
    let id = dict_of(vm, args.this())?;
    if let Some(src) = args.get(1) {
        update_from(vm, id, src)?;
    }
    for (k, v) in &args.kw {
        vm.dict_set(id, *k, *v)?;
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("clear", 0, 0)?;
    let id = dict_of(vm, args.this())?;
    if let Object::Dict(d) = vm.heap.get_mut(id) {
        d.clear();
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("copy", 0, 0)?;
    let id = dict_of(vm, args.this())?;
    let d = match vm.heap.get(id) {
        Object::Dict(d) => d.clone(),
        _ => Dict::new(),
    };
    vm.new_dict(d)
}

fn fromkeys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // Bound to the class: pos[0] is the class.
    args.check_method("fromkeys", 1, 2)?;
    let keys = vm.collect(args.pos[1])?;
    let value = args.get(2).unwrap_or(Value::None);
    let d = vm.new_dict(Dict::new())?;
    let id = d.as_obj().ok_or_else(|| Exc::internal("dict"))?;
    for k in keys {
        vm.dict_set(id, k, value)?;
    }
    let cls = args.this();
    if !matches!(cls, Value::Type(BuiltinType::Dict)) && vm.is_class(cls) {
        let inst = vm.call(cls, &[])?;
        if let Some(tid) = vm.dict_id(inst) {
            for (k, v) in entries(vm, id) {
                vm.dict_set(tid, k, v)?;
            }
        }
        return Ok(inst);
    }
    Ok(d)
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__init__", 0, 1)?;
    let id = dict_of(vm, args.this())?;
    if let Some(src) = args.get(1) {
        update_from(vm, id, src)?;
    }
    for (k, v) in &args.kw {
        vm.dict_set(id, *k, *v)?;
    }
    Ok(Value::None)
}

fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__getitem__", 1, 1)?;
    match getitem_opt(vm, args.this(), args.pos[1])? {
        Some(v) => Ok(v),
        None => {
            if let Some(m) = vm.lookup_user(args.this(), "__missing__")? {
                return vm.call(m, &[args.pos[1]]);
            }
            Err(Exc::key_error(args.pos[1]))
        }
    }
}

fn dunder_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__setitem__", 2, 2)?;
    let id = dict_of(vm, args.this())?;
    vm.dict_set(id, args.pos[1], args.pos[2])?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__delitem__", 1, 1)?;
    let id = dict_of(vm, args.this())?;
    match vm.dict_remove(id, args.pos[1])? {
        Some(_) => Ok(Value::None),
        None => Err(Exc::key_error(args.pos[1])),
    }
}

fn dunder_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    let id = dict_of(vm, args.this())?;
    Ok(Value::Bool(vm.dict_get(id, args.pos[1])?.is_some()))
}

fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = dict_of(vm, args.this())?;
    Ok(Value::Int(entries(vm, id).len() as i64))
}

fn dunder_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = dict_of(vm, args.this())?;
    vm.get_iter(Value::Obj(id))
}

fn dunder_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = dict_of(vm, args.this())?;
    reversed_iter(vm, id, DictViewKind::Keys)
}

/// `reversed(d)` / `reversed(d.items())`.
pub fn reversed_iter(vm: &mut Vm, id: ObjId, kind: DictViewKind) -> PyResult<Value> {
    let (pos, used) = match vm.heap.get(id) {
        Object::Dict(d) => (d.positions(), d.len()),
        _ => (0, 0),
    };
    vm.alloc(Object::Iter(Box::new(
        crate::builtins::iter::IterObj::DictReverse {
            dict: id,
            pos,
            kind,
            used,
        },
    )))
}

// ---- views ------------------------------------------------------------------------------------

fn view_parts(vm: &Vm, v: Value) -> Option<(ObjId, DictViewKind)> {
    match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::DictView(d, k) => Some((*d, *k)),
            _ => None,
        },
        _ => None,
    }
}

/// The elements of a keys or items view, as a list of values.
fn view_elements(vm: &mut Vm, d: ObjId, kind: DictViewKind) -> PyResult<Vec<Value>> {
    let es = entries(vm, d);
    let mut out = Vec::with_capacity(es.len());
    for (k, v) in es {
        out.push(match kind {
            DictViewKind::Keys => k,
            DictViewKind::Values => v,
            DictViewKind::Items => vm.new_tuple(vec![k, v])?,
        });
    }
    Ok(out)
}

/// `repr()` of a dict view.
pub fn view_repr(vm: &mut Vm, d: ObjId, kind: DictViewKind) -> PyResult<String> {
    let name = match kind {
        DictViewKind::Keys => "dict_keys",
        DictViewKind::Values => "dict_values",
        DictViewKind::Items => "dict_items",
    };
    let els = view_elements(vm, d, kind)?;
    let mut parts = Vec::with_capacity(els.len());
    for e in els {
        parts.push(vm.repr(e)?);
    }
    Ok(format!("{name}([{}])", parts.join(", ")))
}

pub fn view_contains(vm: &mut Vm, view: Value, item: Value) -> PyResult<bool> {
    let Some((d, kind)) = view_parts(vm, view) else {
        return Ok(false);
    };
    match kind {
        DictViewKind::Keys => Ok(vm.dict_get(d, item)?.is_some()),
        DictViewKind::Values => {
            for (_, v) in entries(vm, d) {
                if v.is(item) || vm.eq(v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        DictViewKind::Items => {
            let Some(pair) = vm
                .seq_items(item)
                .filter(|p| p.len() == 2 && vm.kind(item) == Kind::Tuple)
            else {
                return Ok(false);
            };
            match vm.dict_get(d, pair[0])? {
                Some(v) => Ok(v.is(pair[1]) || vm.eq(v, pair[1])?),
                None => Ok(false),
            }
        }
    }
}

/// Set operators on keys/items views: the result is a set.
pub fn view_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let as_set = |vm: &mut Vm, v: Value| -> PyResult<Option<Value>> {
        if let Some((d, kind)) = view_parts(vm, v) {
            if kind == DictViewKind::Values {
                return Ok(None);
            }
            let els = view_elements(vm, d, kind)?;
            return vm.new_set_from(&els, false).map(Some);
        }
        if !vm.is_iterable(v)? {
            return Ok(None);
        }
        let items = vm.collect(v)?;
        vm.new_set_from(&items, false).map(Some)
    };
    let (Some(sa), Some(sb)) = (as_set(vm, a)?, as_set(vm, b)?) else {
        return Ok(None);
    };
    crate::builtins::set_methods::binop(vm, op, sa, sb, false).map(Some)
}

pub fn view_compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
    let to_set = |vm: &mut Vm, v: Value| -> PyResult<Option<Value>> {
        if let Some((d, kind)) = view_parts(vm, v) {
            if kind == DictViewKind::Values {
                return Ok(None);
            }
            let els = view_elements(vm, d, kind)?;
            return vm.new_set_from(&els, false).map(Some);
        }
        if matches!(vm.kind(v), Kind::Set | Kind::FrozenSet) {
            return Ok(Some(v));
        }
        Ok(None)
    };
    match (to_set(vm, a)?, to_set(vm, b)?) {
        (Some(x), Some(y)) => crate::builtins::set_methods::compare(vm, op, x, y),
        _ => match op {
            CmpOp::Eq => Ok(Some(a.is(b))),
            CmpOp::Ne => Ok(Some(!a.is(b))),
            _ => Ok(None),
        },
    }
}

fn view_isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("isdisjoint", 1, 1)?;
    let other = vm.collect(args.pos[1])?;
    for x in other {
        if view_contains(vm, args.this(), x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
