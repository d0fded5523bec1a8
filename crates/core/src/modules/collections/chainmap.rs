//! `collections.ChainMap`: a `MutableMapping` over a list of mappings (`self.maps`, an ordinary
//! instance attribute). Lookups search the maps in order; writes go to the first.

use super::{coll_fn, CollFn};
use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::native::NativeClass;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum ChainMapFn {
        Init => "__init__" => init,
        Missing => "__missing__" => missing,
        GetItem => "__getitem__" => getitem,
        Get => "get" => get,
        Len => "__len__" => len,
        Iter => "__iter__" => iter,
        Contains => "__contains__" => contains,
        Bool => "__bool__" => bool_,
        Repr => "__repr__" => repr,
        FromKeys => "fromkeys" => fromkeys,
        Copy => "copy" => copy,
        DunderCopy => "__copy__" => copy,
        NewChild => "new_child" => new_child,
        Parents => "parents" => parents,
        SetItem => "__setitem__" => setitem,
        DelItem => "__delitem__" => delitem,
        PopItem => "popitem" => popitem,
        Pop => "pop" => pop,
        Clear => "clear" => clear,
        IOr => "__ior__" => ior,
        Or => "__or__" => or,
        ROr => "__ror__" => ror,
    }
}

fn f(x: ChainMapFn) -> Value {
    coll_fn(CollFn::ChainMap(x))
}

pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let base = crate::modules::collections_abc::class(vm, "MutableMapping")?;
    let meta = vm.std_class("abc.ABCMeta", crate::modules::abc::make_meta)?;
    let empty = vm.new_set_from(&[], true)?;
    let mut attrs: Vec<(&str, Value)> = vec![("__abstractmethods__", empty)];
    for name in ChainMapFn::all_names() {
        if let Some(m) = ChainMapFn::from_name(name) {
            let v = match m {
                ChainMapFn::FromKeys => vm.class_method(f(m))?,
                ChainMapFn::Parents => vm.native_property(f(m), None)?,
                _ => f(m),
            };
            attrs.push((name, v));
        }
    }
    vm.new_native_class(NativeClass {
        name: "ChainMap",
        module: "collections",
        bases: &[base],
        attrs,
        meta,
        dotted_name: false,
    })
}

fn maps(vm: &mut Vm, this: Value) -> PyResult<Vec<Value>> {
    let m = vm.getattr(this, "maps")?;
    vm.collect(m)
}

fn first_map(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let m = vm.getattr(this, "maps")?;
    vm.getitem(m, Value::Int(0))
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("ChainMap")?;
    let this = args.this();
    let mut ms: Vec<Value> = args.pos[1..].to_vec();
    if ms.is_empty() {
        ms.push(vm.new_dict(Dict::new())?);
    }
    let l = vm.new_list(ms)?;
    vm.setattr(this, "maps", l)?;
    Ok(Value::None)
}

fn missing(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__missing__", 1, 1)?;
    Err(Exc::key_error(args.pos[1]))
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__getitem__", 1, 1)?;
    let (this, key) = (args.this(), args.pos[1]);
    for m in maps(vm, this)? {
        match vm.getitem(m, key) {
            Ok(v) => return Ok(v),
            Err(e) if vm.exc_is(&e, BuiltinType::KeyError) => {}
            Err(e) => return Err(e),
        }
    }
    let miss = vm.getattr(this, "__missing__")?;
    vm.call(miss, &[key])
}

fn get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("get", 1, 2)?;
    let (this, key) = (args.this(), args.pos[1]);
    if vm.contains(this, key)? {
        vm.getitem(this, key)
    } else {
        Ok(args.get(2).unwrap_or(Value::None))
    }
}

/// The keys of all maps, first occurrence order of `reversed(maps)` as CPython builds them.
fn all_keys(vm: &mut Vm, this: Value) -> PyResult<Dict> {
    let mut d = Dict::new();
    let mut ms = maps(vm, this)?;
    ms.reverse();
    for m in ms {
        for k in vm.collect(m)? {
            vm.dict_set_in(&mut d, k, Value::None)?;
        }
    }
    Ok(d)
}

fn len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = all_keys(vm, args.this())?;
    Ok(Value::Int(d.len() as i64))
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = all_keys(vm, args.this())?;
    let dv = vm.new_dict(d)?;
    vm.get_iter(dv)
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    let (this, key) = (args.this(), args.pos[1]);
    for m in maps(vm, this)? {
        if vm.contains(m, key)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn bool_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    for m in maps(vm, args.this())? {
        if vm.truthy(m)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let name = vm.type_name(this);
    let Value::Obj(id) = this else {
        return Err(Exc::internal("ChainMap repr"));
    };
    if vm.repr_guard.contains(&id) {
        return vm.new_str("...".to_string());
    }
    let ms = maps(vm, this)?;
    vm.repr_guard.push(id);
    let mut parts = Vec::with_capacity(ms.len());
    let mut err = None;
    for m in ms {
        match vm.repr(m) {
            Ok(s) => parts.push(s),
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    vm.repr_guard.pop();
    if let Some(e) = err {
        return Err(e);
    }
    vm.new_str(format!("{name}({})", parts.join(", ")))
}

fn fromkeys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let mut a = Args::new(&args.pos[1..]);
    a.pos.insert(0, Value::Type(BuiltinType::Dict));
    let d = vm.call_builtin(
        crate::builtins::Builtin::Dict(crate::builtins::dict_methods::DictMethod::FromKeys),
        &a,
    )?;
    vm.call(cls, &[d])
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let ms = maps(vm, this)?;
    let first = ms
        .first()
        .copied()
        .ok_or_else(|| Exc::index_error("list index out of range"))?;
    let copy_fn = vm.getattr(first, "copy")?;
    let mut new_maps = vec![vm.call(copy_fn, &[])?];
    new_maps.extend_from_slice(&ms[1..]);
    let cls = vm.type_of(this);
    vm.call(cls, &new_maps)
}

fn new_child(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "ChainMap.new_child() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let m = args.get(1).unwrap_or(Value::None);
    let m = if m.is_none() {
        let mut d = Dict::new();
        for (k, v) in &args.kw {
            vm.dict_set_in(&mut d, *k, *v)?;
        }
        vm.new_dict(d)?
    } else {
        if !args.kw.is_empty() {
            let upd = vm.getattr(m, "update")?;
            let a = Args {
                kw: args.kw.clone(),
                ..Default::default()
            };
            vm.call_args(upd, a)?;
        }
        m
    };
    let mut new_maps = vec![m];
    new_maps.extend(maps(vm, this)?);
    let cls = vm.type_of(this);
    vm.call(cls, &new_maps)
}

fn parents(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let ms = maps(vm, this)?;
    let cls = vm.type_of(this);
    vm.call(cls, ms.get(1..).unwrap_or(&[]))
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__setitem__", 2, 2)?;
    let first = first_map(vm, args.this())?;
    vm.setitem(first, args.pos[1], args.pos[2])?;
    Ok(Value::None)
}

fn not_in_first(vm: &mut Vm, key: Value) -> PyResult<Exc> {
    let r = vm.repr(key)?;
    let msg = vm.new_str(format!("Key not found in the first mapping: {r}"))?;
    Ok(Exc::Args(BuiltinType::KeyError, vec![msg]))
}

fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__delitem__", 1, 1)?;
    let first = first_map(vm, args.this())?;
    match vm.delitem(first, args.pos[1]) {
        Ok(()) => Ok(Value::None),
        Err(e) if vm.exc_is(&e, BuiltinType::KeyError) => Err(not_in_first(vm, args.pos[1])?),
        Err(e) => Err(e),
    }
}

fn popitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let first = first_map(vm, args.this())?;
    let m = vm.getattr(first, "popitem")?;
    match vm.call(m, &[]) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_is(&e, BuiltinType::KeyError) => {
            let msg = vm.new_str("No keys found in the first mapping.".to_string())?;
            Err(Exc::Args(BuiltinType::KeyError, vec![msg]))
        }
        Err(e) => Err(e),
    }
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("pop", 1, 2)?;
    let first = first_map(vm, args.this())?;
    let m = vm.getattr(first, "pop")?;
    match vm.call(m, &args.pos[1..]) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_is(&e, BuiltinType::KeyError) => Err(not_in_first(vm, args.pos[1])?),
        Err(e) => Err(e),
    }
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let first = first_map(vm, args.this())?;
    let m = vm.getattr(first, "clear")?;
    vm.call(m, &[])?;
    Ok(Value::None)
}

fn ior(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__ior__", 1, 1)?;
    let this = args.this();
    let first = first_map(vm, this)?;
    let m = vm.getattr(first, "update")?;
    vm.call(m, &[args.pos[1]])?;
    Ok(this)
}

fn is_mapping(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let cls = crate::modules::collections_abc::class(vm, "Mapping")?;
    crate::builtins::functions::isinstance_spec(vm, v, cls, 0)
}

fn or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__or__", 1, 1)?;
    let (this, other) = (args.this(), args.pos[1]);
    if !is_mapping(vm, other)? {
        return Ok(Value::NotImplemented);
    }
    let m = copy(vm, &Args::new(&[this]))?;
    let first = first_map(vm, m)?;
    let upd = vm.getattr(first, "update")?;
    vm.call(upd, &[other])?;
    Ok(m)
}

fn ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__ror__", 1, 1)?;
    let (this, other) = (args.this(), args.pos[1]);
    if !is_mapping(vm, other)? {
        return Ok(Value::NotImplemented);
    }
    let d = vm.call(Value::Type(BuiltinType::Dict), &[other])?;
    let did = vm.dict_id(d).ok_or_else(|| Exc::internal("dict"))?;
    let mut ms = maps(vm, this)?;
    ms.reverse();
    for child in ms {
        crate::builtins::dict_methods::update_from(vm, did, child)?;
    }
    let cls = vm.type_of(this);
    vm.call(cls, &[d])
}
