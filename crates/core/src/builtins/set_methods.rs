//! The methods and operators of `set` and `frozenset`, following CPython's algorithms step by
//! step (which table is iterated, which is copied) so results iterate in CPython's order.

use crate::builtins::set::SetTable;
use crate::builtins::{Args, Builtin};
use crate::bytecode::{BinOp, CmpOp};
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

fn table_of(vm: &Vm, v: Value) -> Option<SetTable> {
    let id = vm.set_id(v)?;
    match vm.heap.get(id) {
        Object::Set(t) | Object::FrozenSet(t) => Some(t.clone()),
        _ => None,
    }
}

fn is_frozen(vm: &Vm, v: Value) -> bool {
    match vm.set_id(v) {
        Some(id) => matches!(vm.heap.get(id), Object::FrozenSet(_)),
        None => false,
    }
}

/// Adds with a known hash, comparing through Python only when needed.
fn add_hashed(vm: &mut Vm, t: &mut SetTable, key: Value, hash: i64) -> PyResult<bool> {
    let mut err = None;
    let r = t.add(key, hash, |a, b| match vm.native_eq(a, b) {
        Some(x) => Ok(x),
        None => match vm.eq(a, b) {
            Ok(x) => Ok(x),
            Err(e) => {
                err = Some(e);
                Err(())
            }
        },
    });
    match (r, err) {
        (Ok(b), _) => Ok(b),
        (Err(()), Some(e)) => Err(e),
        _ => Err(Exc::internal("set add")),
    }
}

fn contains_hashed(vm: &mut Vm, t: &SetTable, key: Value, hash: i64) -> PyResult<bool> {
    let mut err = None;
    let r = t.contains(key, hash, |a, b| match vm.native_eq(a, b) {
        Some(x) => Ok(x),
        None => match vm.eq(a, b) {
            Ok(x) => Ok(x),
            Err(e) => {
                err = Some(e);
                Err(())
            }
        },
    });
    match (r, err) {
        (Ok(b), _) => Ok(b),
        (Err(()), Some(e)) => Err(e),
        _ => Err(Exc::internal("set contains")),
    }
}

fn discard_hashed(vm: &mut Vm, t: &mut SetTable, key: Value, hash: i64) -> PyResult<bool> {
    let mut err = None;
    let r = t.discard(key, hash, |a, b| match vm.native_eq(a, b) {
        Some(x) => Ok(x),
        None => match vm.eq(a, b) {
            Ok(x) => Ok(x),
            Err(e) => {
                err = Some(e);
                Err(())
            }
        },
    });
    match (r, err) {
        (Ok(b), _) => Ok(b),
        (Err(()), Some(e)) => Err(e),
        _ => Err(Exc::internal("set discard")),
    }
}

/// A table of the elements of any iterable (a set's table is copied as CPython copies it).
fn table_from(vm: &mut Vm, v: Value) -> PyResult<SetTable> {
    let mut t = SetTable::new();
    if let Some(other) = table_of(vm, v) {
        merge(vm, &mut t, &other)?;
        return Ok(t);
    }
    if let Some(d) = vm.dict_id(v) {
        let keys: Vec<Value> = match vm.heap.get(d) {
            Object::Dict(dd) => dd.keys().collect(),
            _ => Vec::new(),
        };
        t.reserve_for_dict(keys.len());
        for k in keys {
            vm.set_table_add(&mut t, k)?;
        }
        return Ok(t);
    }
    let items = vm.collect(v)?;
    for k in items {
        vm.set_table_add(&mut t, k)?;
    }
    Ok(t)
}

fn merge(vm: &mut Vm, t: &mut SetTable, other: &SetTable) -> PyResult<()> {
    let mut err = None;
    let r = t.merge(other, |a, b| match vm.eq(a, b) {
        Ok(x) => Ok(x),
        Err(e) => {
            err = Some(e);
            Err(())
        }
    });
    match (r, err) {
        (Ok(()), _) => Ok(()),
        (Err(()), Some(e)) => Err(e),
        _ => Err(Exc::internal("set merge")),
    }
}

fn make(vm: &mut Vm, t: SetTable, frozen: bool) -> PyResult<Value> {
    vm.alloc(if frozen {
        Object::FrozenSet(t)
    } else {
        Object::Set(t)
    })
}

fn union_tables(vm: &mut Vm, a: &SetTable, others: &[Value]) -> PyResult<SetTable> {
    let mut r = SetTable::new();
    merge(vm, &mut r, a)?;
    for o in others {
        update_table(vm, &mut r, *o)?;
    }
    Ok(r)
}

fn update_table(vm: &mut Vm, t: &mut SetTable, other: Value) -> PyResult<()> {
    if let Some(ot) = table_of(vm, other) {
        return merge(vm, t, &ot);
    }
    if let Some(d) = vm.dict_id(other) {
        let keys: Vec<Value> = match vm.heap.get(d) {
            Object::Dict(dd) => dd.keys().collect(),
            _ => Vec::new(),
        };
        t.reserve_for_dict(keys.len());
        for k in keys {
            vm.set_table_add(t, k)?;
        }
        return Ok(());
    }
    for k in vm.collect(other)? {
        vm.set_table_add(t, k)?;
    }
    Ok(())
}

fn intersection_table(vm: &mut Vm, so: &SetTable, other: Value) -> PyResult<SetTable> {
    let mut result = SetTable::new();
    if let Some(ot) = table_of(vm, other) {
        let (small, large) = if ot.len() > so.len() {
            (so.clone(), ot)
        } else {
            (ot, so.clone())
        };
        for e in small.iter() {
            if contains_hashed(vm, &large, e.key, e.hash)? {
                add_hashed(vm, &mut result, e.key, e.hash)?;
            }
        }
        return Ok(result);
    }
    for k in vm.collect(other)? {
        let h = vm.hash(k)?;
        if contains_hashed(vm, so, k, h)? {
            add_hashed(vm, &mut result, k, h)?;
            if result.len() >= so.len() {
                break;
            }
        }
    }
    Ok(result)
}

fn difference_update_table(
    vm: &mut Vm,
    so: &mut SetTable,
    other: Value,
    same: bool,
) -> PyResult<()> {
    if same {
        so.clear();
        return Ok(());
    }
    if let Some(ot) = table_of(vm, other) {
        let ot = if (ot.len() >> 3) > so.len() {
            let so_val = so.clone();
            let tmp = make(vm, ot, false)?;
            intersection_table(vm, &so_val, tmp)?
        } else {
            ot
        };
        for e in ot.iter() {
            discard_hashed(vm, so, e.key, e.hash)?;
        }
    } else {
        for k in vm.collect(other)? {
            let h = vm.hash(k)?;
            discard_hashed(vm, so, k, h)?;
        }
    }
    so.shrink_after_removals();
    Ok(())
}

fn difference_table(vm: &mut Vm, so: &SetTable, other: Value) -> PyResult<SetTable> {
    let other_size = if let Some(ot) = table_of(vm, other) {
        Some(ot.len())
    } else {
        vm.dict_id(other).map(|d| match vm.heap.get(d) {
            Object::Dict(dd) => dd.len(),
            _ => 0,
        })
    };
    let Some(other_size) = other_size else {
        let mut r = SetTable::new();
        merge(vm, &mut r, so)?;
        difference_update_table(vm, &mut r, other, false)?;
        return Ok(r);
    };
    if (so.len() >> 2) > other_size {
        let mut r = SetTable::new();
        merge(vm, &mut r, so)?;
        difference_update_table(vm, &mut r, other, false)?;
        return Ok(r);
    }
    let mut result = SetTable::new();
    if let Some(d) = vm.dict_id(other) {
        for e in so.clone().iter() {
            if vm.dict_get(d, e.key)?.is_none() {
                add_hashed(vm, &mut result, e.key, e.hash)?;
            }
        }
        return Ok(result);
    }
    let ot = table_of(vm, other).unwrap_or_default();
    for e in so.iter() {
        if !contains_hashed(vm, &ot, e.key, e.hash)? {
            add_hashed(vm, &mut result, e.key, e.hash)?;
        }
    }
    Ok(result)
}

fn symmetric_difference_update_table(vm: &mut Vm, so: &mut SetTable, other: Value) -> PyResult<()> {
    if let Some(d) = vm.dict_id(other) {
        let keys: Vec<Value> = match vm.heap.get(d) {
            Object::Dict(dd) => dd.keys().collect(),
            _ => Vec::new(),
        };
        for k in keys {
            let h = vm.hash(k)?;
            if !discard_hashed(vm, so, k, h)? {
                add_hashed(vm, so, k, h)?;
            }
        }
        return Ok(());
    }
    let ot = match table_of(vm, other) {
        Some(t) => t,
        None => table_from(vm, other)?,
    };
    for e in ot.iter() {
        if !discard_hashed(vm, so, e.key, e.hash)? {
            add_hashed(vm, so, e.key, e.hash)?;
        }
    }
    Ok(())
}

fn issubset_tables(vm: &mut Vm, a: &SetTable, b: &SetTable) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for e in a.iter() {
        if !contains_hashed(vm, b, e.key, e.hash)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a op b` for two sets (`|`, `&`, `-`, `^` and their in-place forms).
pub fn binop(vm: &mut Vm, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    let ta = table_of(vm, a).ok_or_else(|| Exc::internal("set"))?;
    let frozen = is_frozen(vm, a);
    let same = a.is(b);
    let result = match op {
        BinOp::Or => {
            if inplace {
                let mut t = ta;
                if !same {
                    update_table(vm, &mut t, b)?;
                }
                t
            } else {
                union_tables(vm, &ta, if same { &[] } else { std::slice::from_ref(&b) })?
            }
        }
        BinOp::And => {
            if same {
                let mut r = SetTable::new();
                merge(vm, &mut r, &ta)?;
                r
            } else {
                intersection_table(vm, &ta, b)?
            }
        }
        BinOp::Sub => {
            if inplace {
                let mut t = ta;
                difference_update_table(vm, &mut t, b, same)?;
                t
            } else if same {
                SetTable::new()
            } else {
                difference_table(vm, &ta, b)?
            }
        }
        BinOp::Xor => {
            if inplace {
                let mut t = ta;
                if same {
                    t.clear();
                } else {
                    symmetric_difference_update_table(vm, &mut t, b)?;
                }
                t
            } else {
                let mut other = table_from(vm, b)?;
                if same {
                    other.clear();
                } else {
                    let av = a;
                    symmetric_difference_update_table(vm, &mut other, av)?;
                }
                other
            }
        }
        _ => return Err(Exc::type_error("unsupported set operation")),
    };
    if inplace {
        let id = vm.set_id(a).ok_or_else(|| Exc::internal("set"))?;
        match vm.heap.get_mut(id) {
            Object::Set(t) | Object::FrozenSet(t) => *t = result,
            _ => {}
        }
        return Ok(a);
    }
    make(vm, result, frozen)
}

/// Set comparisons (subset/superset), `None` when not sets.
pub fn compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
    let (Some(ta), Some(tb)) = (table_of(vm, a), table_of(vm, b)) else {
        return Ok(None);
    };
    Ok(Some(match op {
        CmpOp::Eq => ta.len() == tb.len() && issubset_tables(vm, &ta, &tb)?,
        CmpOp::Ne => !(ta.len() == tb.len() && issubset_tables(vm, &ta, &tb)?),
        CmpOp::Le => issubset_tables(vm, &ta, &tb)?,
        CmpOp::Lt => ta.len() < tb.len() && issubset_tables(vm, &ta, &tb)?,
        CmpOp::Ge => issubset_tables(vm, &tb, &ta)?,
        CmpOp::Gt => tb.len() < ta.len() && issubset_tables(vm, &tb, &ta)?,
    }))
}

/// `repr()` of a set or frozenset.
pub fn repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    let t = table_of(vm, v).unwrap_or_default();
    let frozen = is_frozen(vm, v);
    if t.is_empty() {
        return Ok(if frozen {
            "frozenset()".into()
        } else {
            "set()".into()
        });
    }
    let mut parts = Vec::with_capacity(t.len());
    for k in t.keys() {
        parts.push(vm.repr(k)?);
    }
    let body = format!("{{{}}}", parts.join(", "));
    Ok(if frozen {
        format!("frozenset({body})")
    } else {
        body
    })
}

/// `set(iterable)` / `frozenset(iterable)`.
pub fn new(vm: &mut Vm, args: &Args, frozen: bool) -> PyResult<Value> {
    let name = if frozen { "frozenset" } else { "set" };
    args.no_kw(name)?;
    if args.len() > 1 {
        return Err(Exc::type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.get(0) {
        None => make(vm, SetTable::new(), frozen),
        Some(v) => {
            if frozen && is_frozen(vm, v) && vm.payload(v).is_none() {
                return Ok(v);
            }
            let t = table_from(vm, v)?;
            make(vm, t, frozen)
        }
    }
}

native_methods! {
    pub enum SetMethod {
        Add => "add" => add,
        Remove => "remove" => remove,
        Discard => "discard" => discard,
        Pop => "pop" => pop,
        Clear => "clear" => clear,
        Copy => "copy" => copy,
        Union => "union" => union,
        Intersection => "intersection" => intersection,
        Difference => "difference" => difference,
        SymmetricDifference => "symmetric_difference" => symmetric_difference,
        Update => "update" => update,
        IntersectionUpdate => "intersection_update" => intersection_update,
        DifferenceUpdate => "difference_update" => difference_update,
        SymmetricDifferenceUpdate => "symmetric_difference_update" => symmetric_difference_update,
        IsSubset => "issubset" => issubset,
        IsSuperset => "issuperset" => issuperset,
        IsDisjoint => "isdisjoint" => isdisjoint,
        Contains => "__contains__" => dunder_contains,
        Len => "__len__" => dunder_len,
        Iter => "__iter__" => dunder_iter,
        Init => "__init__" => init,
    }
}

/// The methods of `set` or `frozenset` (the latter has no mutators).
pub fn method_for(t: BuiltinType, name: &str) -> Option<Builtin> {
    use SetMethod as M;
    let m = M::from_name(name)?;
    let mutator = matches!(
        m,
        M::Add
            | M::Remove
            | M::Discard
            | M::Pop
            | M::Clear
            | M::Update
            | M::IntersectionUpdate
            | M::DifferenceUpdate
            | M::SymmetricDifferenceUpdate
            | M::Init
    );
    if t == BuiltinType::FrozenSet && mutator {
        return None;
    }
    Some(Builtin::Set(m))
}

fn this_table(vm: &Vm, args: &Args, name: &str) -> PyResult<SetTable> {
    table_of(vm, args.this()).ok_or_else(|| {
        let t = vm.type_name(args.this());
        Exc::type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{t}' object"
        ))
    })
}

fn store(vm: &mut Vm, target: Value, t: SetTable) -> PyResult<()> {
    let id: ObjId = vm.set_id(target).ok_or_else(|| Exc::internal("set"))?;
    match vm.heap.get_mut(id) {
        Object::Set(s) | Object::FrozenSet(s) => *s = t,
        _ => {}
    }
    Ok(())
}

fn add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("add", 1, 1)?;
    vm.set_add(args.this(), args.pos[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("remove", 1, 1)?;
    let id = vm.set_id(args.this()).ok_or_else(|| Exc::internal("set"))?;
    let key = set_key(vm, args.pos[1])?;
    if !vm.set_discard(id, key)? {
        return Err(Exc::key_error(args.pos[1]));
    }
    Ok(Value::None)
}

/// A set used as an element is looked up as a frozenset.
fn set_key(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if vm.kind(v) == Kind::Set {
        let items = vm.collect(v)?;
        return vm.new_set_from(&items, true);
    }
    Ok(v)
}

fn discard(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("discard", 1, 1)?;
    let id = vm.set_id(args.this()).ok_or_else(|| Exc::internal("set"))?;
    let key = set_key(vm, args.pos[1])?;
    vm.set_discard(id, key)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("pop", 0, 0)?;
    let id = vm.set_id(args.this()).ok_or_else(|| Exc::internal("set"))?;
    let v = match vm.heap.get_mut(id) {
        Object::Set(t) => t.pop(),
        _ => None,
    };
    match v {
        Some(v) => Ok(v),
        None => {
            let m = vm.new_str("pop from an empty set".into())?;
            Err(Exc::Args(BuiltinType::KeyError, vec![m]))
        }
    }
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("clear", 0, 0)?;
    store(vm, args.this(), SetTable::new())?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("copy", 0, 0)?;
    let frozen = is_frozen(vm, args.this());
    if frozen && vm.payload(args.this()).is_none() {
        return Ok(args.this());
    }
    let t = this_table(vm, args, "copy")?;
    let mut r = SetTable::new();
    merge(vm, &mut r, &t)?;
    make(vm, r, frozen)
}

fn union(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_table(vm, args, "union")?;
    let frozen = is_frozen(vm, args.this());
    let others: Vec<Value> = args.pos[1..]
        .iter()
        .copied()
        .filter(|o| !o.is(args.this()))
        .collect();
    let r = union_tables(vm, &t, &others)?;
    make(vm, r, frozen)
}

fn intersection(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut t = this_table(vm, args, "intersection")?;
    let frozen = is_frozen(vm, args.this());
    if args.len() == 1 {
        let mut r = SetTable::new();
        merge(vm, &mut r, &t)?;
        return make(vm, r, frozen);
    }
    for o in &args.pos[1..] {
        t = intersection_table(vm, &t, *o)?;
    }
    make(vm, t, frozen)
}

fn difference(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_table(vm, args, "difference")?;
    let frozen = is_frozen(vm, args.this());
    if args.len() == 1 {
        let mut r = SetTable::new();
        merge(vm, &mut r, &t)?;
        return make(vm, r, frozen);
    }
    let mut r = difference_table(vm, &t, args.pos[1])?;
    for o in &args.pos[2..] {
        difference_update_table(vm, &mut r, *o, false)?;
    }
    make(vm, r, frozen)
}

fn symmetric_difference(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("symmetric_difference", 1, 1)?;
    let frozen = is_frozen(vm, args.this());
    let mut other = table_from(vm, args.pos[1])?;
    symmetric_difference_update_table(vm, &mut other, args.this())?;
    make(vm, other, frozen)
}

fn update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut t = this_table(vm, args, "update")?;
    for o in &args.pos[1..] {
        update_table(vm, &mut t, *o)?;
    }
    store(vm, args.this(), t)?;
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut t = this_table(vm, args, "intersection_update")?;
    for o in &args.pos[1..] {
        t = intersection_table(vm, &t, *o)?;
    }
    store(vm, args.this(), t)?;
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut t = this_table(vm, args, "difference_update")?;
    for o in &args.pos[1..] {
        let same = o.is(args.this());
        difference_update_table(vm, &mut t, *o, same)?;
    }
    store(vm, args.this(), t)?;
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("symmetric_difference_update", 1, 1)?;
    let mut t = this_table(vm, args, "symmetric_difference_update")?;
    if args.pos[1].is(args.this()) {
        t.clear();
    } else {
        symmetric_difference_update_table(vm, &mut t, args.pos[1])?;
    }
    store(vm, args.this(), t)?;
    Ok(Value::None)
}

fn issubset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("issubset", 1, 1)?;
    let t = this_table(vm, args, "issubset")?;
    let other = match table_of(vm, args.pos[1]) {
        Some(o) => o,
        None => table_from(vm, args.pos[1])?,
    };
    Ok(Value::Bool(issubset_tables(vm, &t, &other)?))
}

fn issuperset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("issuperset", 1, 1)?;
    let t = this_table(vm, args, "issuperset")?;
    for k in vm.collect(args.pos[1])? {
        let h = vm.hash(k)?;
        if !contains_hashed(vm, &t, k, h)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("isdisjoint", 1, 1)?;
    let t = this_table(vm, args, "isdisjoint")?;
    for k in vm.collect(args.pos[1])? {
        let h = vm.hash(k)?;
        if contains_hashed(vm, &t, k, h)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn dunder_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    let s = vm.unwrap_builtin(args.this());
    vm.contains(s, args.pos[1]).map(Value::Bool)
}

fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_table(vm, args, "__len__")?;
    Ok(Value::Int(t.len() as i64))
}

fn dunder_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = vm.unwrap_builtin(args.this());
    vm.get_iter(s)
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__init__", 0, 1)?;
    let t = match args.get(1) {
        Some(v) => table_from(vm, v)?,
        None => SetTable::new(),
    };
    store(vm, args.this(), t)?;
    Ok(Value::None)
}
