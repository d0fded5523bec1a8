//! `collections.defaultdict` and `collections.OrderedDict`: `dict` subclasses whose instances
//! carry a dict payload. A defaultdict keeps `default_factory` as an instance attribute.

use super::counter::{dict_of, entries, new_dict_instance};
use super::{coll_fn, CollFn};
use crate::builtins::dict::Dict;
use crate::builtins::functions::is_callable;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::native::NativeClass;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum DefaultDictFn {
        Init => "__init__" => dd_init,
        Missing => "__missing__" => dd_missing,
        Repr => "__repr__" => dd_repr,
        Copy => "copy" => dd_copy,
        DunderCopy => "__copy__" => dd_copy,
        Or => "__or__" => dd_or,
        ROr => "__ror__" => dd_ror,
        ClassGetItem => "__class_getitem__" => class_getitem,
    }
}

native_methods! {
    pub enum OrderedDictFn {
        Init => "__init__" => od_init,
        MoveToEnd => "move_to_end" => move_to_end,
        PopItem => "popitem" => od_popitem,
        Eq => "__eq__" => od_eq,
        Ne => "__ne__" => od_ne,
        Repr => "__repr__" => od_repr,
        Copy => "copy" => od_copy,
        DunderCopy => "__copy__" => od_copy,
        Or => "__or__" => od_or,
        ROr => "__ror__" => od_ror,
        ClassGetItem => "__class_getitem__" => class_getitem,
    }
}

fn class_getitem(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}

pub fn make_defaultdict(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs: Vec<(&str, Value)> = Vec::new();
    for name in DefaultDictFn::all_names() {
        if let Some(m) = DefaultDictFn::from_name(name) {
            let v = coll_fn(CollFn::DefaultDict(m));
            let v = if m == DefaultDictFn::ClassGetItem {
                vm.class_method(v)?
            } else {
                v
            };
            attrs.push((name, v));
        }
    }
    vm.new_native_class(NativeClass {
        name: "defaultdict",
        module: "collections",
        dotted_name: true,
        bases: &[Value::Type(BuiltinType::Dict)],
        attrs,
        ..Default::default()
    })
}

pub fn make_ordereddict(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs: Vec<(&str, Value)> = Vec::new();
    for name in OrderedDictFn::all_names() {
        if let Some(m) = OrderedDictFn::from_name(name) {
            let v = coll_fn(CollFn::OrderedDict(m));
            let v = if m == OrderedDictFn::ClassGetItem {
                vm.class_method(v)?
            } else {
                v
            };
            attrs.push((name, v));
        }
    }
    vm.new_native_class(NativeClass {
        name: "OrderedDict",
        module: "collections",
        dotted_name: true,
        bases: &[Value::Type(BuiltinType::Dict)],
        attrs,
        ..Default::default()
    })
}

/// `dict.update(self, src, **kw)` on the payload of `this`.
fn dict_update(
    vm: &mut Vm,
    this: Value,
    src: Option<Value>,
    kw: &[(Value, Value)],
) -> PyResult<()> {
    let d = dict_of(vm, this, "update")?;
    if let Some(src) = src {
        crate::builtins::dict_methods::update_from(vm, d, src)?;
    }
    for (k, v) in kw {
        vm.dict_set(d, *k, *v)?;
    }
    Ok(())
}

// ---- defaultdict -------------------------------------------------------------------------------

/// `self.default_factory` (an instance attribute; `None` when unset).
pub(crate) fn default_factory(vm: &mut Vm, this: Value) -> PyResult<Value> {
    Ok(vm
        .getattr_opt(this, "default_factory")?
        .unwrap_or(Value::None))
}

fn dd_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let factory = args.get(1).unwrap_or(Value::None);
    if !factory.is_none() && !is_callable(vm, factory) {
        return Err(Exc::type_error("first argument must be callable or None"));
    }
    vm.setattr(this, "default_factory", factory)?;
    if args.len() > 3 {
        return Err(Exc::type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 2
        )));
    }
    dict_update(vm, this, args.get(2), &args.kw)?;
    Ok(Value::None)
}

fn dd_missing(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__missing__", 1, 1)?;
    let this = args.this();
    let key = args.pos[1];
    let factory = default_factory(vm, this)?;
    if factory.is_none() {
        return Err(Exc::key_error(key));
    }
    let v = vm.call(factory, &[])?;
    vm.setitem(this, key, v)?;
    Ok(v)
}

fn dd_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let d = dict_of(vm, this, "__repr__")?;
    let name = crate::modules::operator::short_type_name(vm, this);
    let factory = default_factory(vm, this)?;
    let Value::Obj(id) = this else {
        return Err(Exc::internal("defaultdict repr"));
    };
    let fr = if vm.repr_guard.contains(&id) {
        "...".to_string()
    } else {
        vm.repr_guard.push(id);
        let r = vm.repr(factory);
        vm.repr_guard.pop();
        r?
    };
    let dr = vm.repr(Value::Obj(d))?;
    vm.new_str(format!("{name}({fr}, {dr})"))
}

fn dd_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let factory = default_factory(vm, this)?;
    let cls = vm.type_of(this);
    vm.call(cls, &[factory, this])
}

fn dd_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__or__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if vm.dict_id(b).is_none() {
        return Ok(Value::NotImplemented);
    }
    let factory = default_factory(vm, a)?;
    let cls = vm.type_of(a);
    let out = vm.call(cls, &[factory, a])?;
    dict_update(vm, out, Some(b), &[])?;
    Ok(out)
}

fn dd_ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__ror__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if vm.dict_id(b).is_none() {
        return Ok(Value::NotImplemented);
    }
    let factory = default_factory(vm, a)?;
    let cls = vm.type_of(a);
    let out = vm.call(cls, &[factory, b])?;
    dict_update(vm, out, Some(a), &[])?;
    Ok(out)
}

// ---- OrderedDict -------------------------------------------------------------------------------

fn od_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    dict_update(vm, args.this(), args.get(1), &args.kw)?;
    Ok(Value::None)
}

fn move_to_end(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "move_to_end", &["key", "last"])?;
    let this = args.this();
    let key = match args.get(1).or_else(|| args.kwarg(vm, "key")) {
        Some(k) => k,
        None => {
            return Err(Exc::type_error(
                "OrderedDict.move_to_end() missing required argument 'key' (pos 1)",
            ))
        }
    };
    let last = match args.get(2).or_else(|| args.kwarg(vm, "last")) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let d = dict_of(vm, this, "move_to_end")?;
    let hash = vm.hash(key)?;
    let mut dict = match vm.heap.get_mut(d) {
        Object::Dict(dict) => std::mem::take(dict),
        _ => return Err(Exc::internal("OrderedDict without a dict")),
    };
    let found = vm.dict_find(&dict, key, hash);
    let result = match found {
        Ok(Some(pos)) => {
            if last {
                if let Some(e) = dict.remove_at(pos) {
                    dict.push_new(e.key, e.hash, e.value);
                }
            } else {
                let moved = dict.entry(pos).copied();
                if let Some(m) = moved {
                    let mut nd = Dict::with_capacity(dict.len());
                    nd.push_new(m.key, m.hash, m.value);
                    for (i, e) in
                        (0..dict.positions()).filter_map(|i| dict.entry(i).map(|e| (i, *e)))
                    {
                        if i != pos {
                            nd.push_new(e.key, e.hash, e.value);
                        }
                    }
                    dict = nd;
                }
            }
            Ok(())
        }
        Ok(None) => Err(Exc::key_error(key)),
        Err(e) => Err(e),
    };
    if let Object::Dict(slot) = vm.heap.get_mut(d) {
        *slot = dict;
    }
    result?;
    Ok(Value::None)
}

fn od_popitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "popitem", &["last"])?;
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "OrderedDict.popitem() takes at most 1 argument ({} given)",
            args.len() - 1
        )));
    }
    let last = match args.get(1).or_else(|| args.kwarg(vm, "last")) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let d = dict_of(vm, args.this(), "popitem")?;
    let e = match vm.heap.get_mut(d) {
        Object::Dict(dict) => {
            if last {
                dict.pop_last()
            } else {
                dict.pop_first()
            }
        }
        _ => None,
    };
    match e {
        Some(e) => vm.new_tuple(vec![e.key, e.value]),
        None => {
            let msg = vm.new_str("dictionary is empty".to_string())?;
            Err(Exc::Args(BuiltinType::KeyError, vec![msg]))
        }
    }
}

fn is_ordered(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let cls = super::ordereddict_class(vm)?;
    vm.isinstance_of(v, cls)
}

fn od_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<bool>> {
    if vm.dict_id(b).is_none() {
        return Ok(None);
    }
    let (da, db) = (dict_of(vm, a, "__eq__")?, dict_of(vm, b, "__eq__")?);
    if !crate::builtins::dict_methods::equal(vm, Value::Obj(da), Value::Obj(db))? {
        return Ok(Some(false));
    }
    if is_ordered(vm, b)? {
        let ka: Vec<Value> = entries(vm, da).into_iter().map(|(k, _)| k).collect();
        let kb: Vec<Value> = entries(vm, db).into_iter().map(|(k, _)| k).collect();
        for (x, y) in ka.iter().zip(kb.iter()) {
            if !(x.is(*y) || vm.eq(*x, *y)?) {
                return Ok(Some(false));
            }
        }
    }
    Ok(Some(true))
}

fn od_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__eq__", 1, 1)?;
    Ok(match od_equal(vm, args.this(), args.pos[1])? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

fn od_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__ne__", 1, 1)?;
    Ok(match od_equal(vm, args.this(), args.pos[1])? {
        Some(b) => Value::Bool(!b),
        None => Value::NotImplemented,
    })
}

fn od_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let d = dict_of(vm, this, "__repr__")?;
    let name = crate::modules::operator::short_type_name(vm, this);
    let Value::Obj(id) = this else {
        return Err(Exc::internal("OrderedDict repr"));
    };
    if vm.repr_guard.contains(&id) {
        return vm.new_str("...".to_string());
    }
    let items = entries(vm, d);
    if items.is_empty() {
        return vm.new_str(format!("{name}()"));
    }
    vm.repr_guard.push(id);
    let mut parts = Vec::with_capacity(items.len());
    let mut err = None;
    for (k, v) in items {
        let kr = match vm.repr(k) {
            Ok(s) => s,
            Err(e) => {
                err = Some(e);
                break;
            }
        };
        let vr = match vm.repr(v) {
            Ok(s) => s,
            Err(e) => {
                err = Some(e);
                break;
            }
        };
        parts.push(format!("({kr}, {vr})"));
    }
    vm.repr_guard.pop();
    if let Some(e) = err {
        return Err(e);
    }
    vm.new_str(format!("{name}([{}])", parts.join(", ")))
}

fn od_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let cls = vm.type_of(this);
    let base = super::ordereddict_class(vm)?;
    if cls.is(base) {
        let d = dict_of(vm, this, "copy")?;
        let copy = match vm.heap.get(d) {
            Object::Dict(dict) => dict.clone(),
            _ => Dict::new(),
        };
        return new_dict_instance(vm, cls, copy);
    }
    vm.call(cls, &[this])
}

fn od_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__or__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if vm.dict_id(b).is_none() {
        return Ok(Value::NotImplemented);
    }
    let cls = vm.type_of(a);
    let out = vm.call(cls, &[a])?;
    dict_update(vm, out, Some(b), &[])?;
    Ok(out)
}

fn od_ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__ror__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if vm.dict_id(b).is_none() {
        return Ok(Value::NotImplemented);
    }
    let cls = vm.type_of(a);
    let out = vm.call(cls, &[b])?;
    dict_update(vm, out, Some(a), &[])?;
    Ok(out)
}
