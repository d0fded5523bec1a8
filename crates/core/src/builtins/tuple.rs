//! `tuple`: indexing, slicing, concatenation, repetition and the tuple methods.

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::native_methods;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

fn items_of(vm: &Vm, v: Value) -> PyResult<Vec<Value>> {
    match vm.unwrap_builtin(v) {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Tuple(items) => Ok(items.clone()),
            _ => Err(Exc::type_error("descriptor requires a 'tuple' object")),
        },
        _ => Err(Exc::type_error("descriptor requires a 'tuple' object")),
    }
}

pub fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let mut out = items_of(vm, a)?;
    out.extend(items_of(vm, b)?);
    vm.reserve(out.len() * std::mem::size_of::<Value>())?;
    vm.new_tuple(out)
}

pub fn repeat(vm: &mut Vm, a: Value, n: i64) -> PyResult<Value> {
    let src = items_of(vm, a)?;
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
    vm.new_tuple(out)
}

pub fn getitem(vm: &mut Vm, t: Value, key: Value) -> PyResult<Value> {
    let items = items_of(vm, t)?;
    let len = items.len();
    if matches!(key, Value::Obj(k) if matches!(vm.heap.get(k), Object::Slice(_))) {
        let idx = vm.slice_indices(key, len as i64)?;
        if idx.step == 1 && idx.start == 0 && idx.stop as usize == len {
            return Ok(t);
        }
        let out: Vec<Value> = idx
            .positions()
            .filter_map(|p| items.get(p).copied())
            .collect();
        return vm.new_tuple(out);
    }
    let i = match vm.index_value(key) {
        Ok(i) => i,
        Err(_) => {
            if vm.kind(key) == Kind::Int {
                return Err(Exc::index_error(
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
            let tn = vm.type_name(key);
            return Err(Exc::type_error(format!(
                "tuple indices must be integers or slices, not {tn}"
            )));
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(Exc::index_error("tuple index out of range"));
    }
    Ok(items[j as usize])
}

/// `tuple(iterable)`.
pub fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("tuple")?;
    if args.len() > 1 {
        return Err(Exc::type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.get(0) {
        None => vm.new_tuple(Vec::new()),
        Some(v) => {
            if vm.kind(v) == Kind::Tuple && vm.payload(v).is_none() {
                return Ok(v);
            }
            let items = vm.collect(v)?;
            vm.new_tuple(items)
        }
    }
}

native_methods! {
    pub enum TupleMethod {
        Index => "index" => index,
        Count => "count" => count,
        Len => "__len__" => dunder_len,
        GetItem => "__getitem__" => dunder_getitem,
        Contains => "__contains__" => dunder_contains,
    }
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("index", 1, 3)?;
    let items = items_of(vm, args.this())?;
    let (start, stop) = crate::builtins::list::bounds(vm, args, 2, items.len())?;
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        if v.is(args.pos[1]) || vm.eq(*v, args.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(Exc::value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("count", 1, 1)?;
    let items = items_of(vm, args.this())?;
    let mut n = 0;
    for v in items {
        if v.is(args.pos[1]) || vm.eq(v, args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(items_of(vm, args.this())?.len() as i64))
}

fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__getitem__", 1, 1)?;
    let t = vm.unwrap_builtin(args.this());
    getitem(vm, t, args.pos[1])
}

fn dunder_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    let t = vm.unwrap_builtin(args.this());
    vm.contains(t, args.pos[1]).map(Value::Bool)
}
