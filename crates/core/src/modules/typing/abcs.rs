//! `mappingproxy` (the read-only view `__members__` and `Field.metadata` return) and the
//! `collections.abc` classes that `typing`'s aliases stand for (`typing.Iterable` is an alias
//! of `collections.abc.Iterable`). The ABCs here answer `isinstance`/`issubclass` the way
//! CPython's do: by subclassing, by the built-in types CPython registers (`list` is a
//! `Sequence`), and by the methods a class defines (`__iter__` makes it `Iterable`).

use super::{data, fv, TypingData, TypingFn};
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::native::NativeData;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum AbcFn {
        ProxyRepr => "__repr__" => proxy_repr,
        ProxyStr => "__str__" => proxy_str,
        ProxyGetItem => "__getitem__" => proxy_getitem,
        ProxyIter => "__iter__" => proxy_iter,
        ProxyLen => "__len__" => proxy_len,
        ProxyContains => "__contains__" => proxy_contains,
        ProxyKeys => "keys" => proxy_keys,
        ProxyValues => "values" => proxy_values,
        ProxyItems => "items" => proxy_items,
        ProxyGet => "get" => proxy_get,
        ProxyCopy => "copy" => proxy_copy,
        ProxyEq => "__eq__" => proxy_eq,
        ProxyOr => "__or__" => proxy_or,
        MetaInstanceCheck => "__instancecheck__" => meta_instancecheck,
        MetaSubclassCheck => "__subclasscheck__" => meta_subclasscheck,
    }
}

fn af(f: AbcFn) -> Value {
    fv(TypingFn::Abc(f))
}

// ---- mappingproxy -------------------------------------------------------------------------------

fn proxy_class(vm: &mut Vm) -> PyResult<Value> {
    super::singleton(vm, "builtins.mappingproxy", |vm| {
        let mut attrs = Vec::new();
        for which in [
            AbcFn::ProxyRepr,
            AbcFn::ProxyStr,
            AbcFn::ProxyGetItem,
            AbcFn::ProxyIter,
            AbcFn::ProxyLen,
            AbcFn::ProxyContains,
            AbcFn::ProxyKeys,
            AbcFn::ProxyValues,
            AbcFn::ProxyItems,
            AbcFn::ProxyGet,
            AbcFn::ProxyCopy,
            AbcFn::ProxyEq,
            AbcFn::ProxyOr,
        ] {
            attrs.push((which.name(), af(which)));
        }
        attrs.push(("__hash__", Value::None));
        super::native_class(vm, "mappingproxy", "builtins", &[], attrs, Value::Undefined)
    })
}

/// A read-only view of dict `d`.
pub fn mappingproxy(vm: &mut Vm, d: Value) -> PyResult<Value> {
    let cls = proxy_class(vm)?;
    vm.new_native_instance(cls, NativeData::Typing(TypingData::MappingProxy(d)))
}

fn target(vm: &Vm, args: &Args) -> PyResult<Value> {
    match data(vm, args.this()) {
        Some(TypingData::MappingProxy(d)) => Ok(*d),
        _ => Err(Exc::type_error("mappingproxy expected")),
    }
}

fn call_method(vm: &mut Vm, d: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.getattr(d, name)?;
    vm.call(m, args)
}

fn proxy_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = target(vm, args)?;
    let r = vm.repr(d)?;
    vm.new_str(format!("mappingproxy({r})"))
}

fn proxy_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = target(vm, args)?;
    let r = vm.to_str(d)?;
    vm.new_str(r)
}

fn proxy_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__getitem__", 1, 1)?;
    let d = target(vm, args)?;
    vm.getitem(d, args.pos[1])
}

fn proxy_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = target(vm, args)?;
    vm.get_iter(d)
}

fn proxy_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = target(vm, args)?;
    Ok(Value::Int(vm.len(d)? as i64))
}

fn proxy_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    let d = target(vm, args)?;
    let did = vm
        .dict_id(d)
        .ok_or_else(|| Exc::type_error("dict expected"))?;
    if vm.hash(args.pos[1]).is_err() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(vm.dict_get(did, args.pos[1])?.is_some()))
}

fn proxy_keys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = target(vm, args)?;
    call_method(vm, d, "keys", &[])
}

fn proxy_values(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = target(vm, args)?;
    call_method(vm, d, "values", &[])
}

fn proxy_items(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = target(vm, args)?;
    call_method(vm, d, "items", &[])
}

fn proxy_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("get", 1, 2)?;
    let d = target(vm, args)?;
    call_method(vm, d, "get", &args.pos[1..])
}

fn proxy_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = target(vm, args)?;
    call_method(vm, d, "copy", &[])
}

fn proxy_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__eq__", 1, 1)?;
    let d = target(vm, args)?;
    let other = match data(vm, args.pos[1]) {
        Some(TypingData::MappingProxy(o)) => *o,
        _ => args.pos[1],
    };
    vm.eq(d, other).map(Value::Bool)
}

fn proxy_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__or__", 1, 1)?;
    let d = target(vm, args)?;
    let c = call_method(vm, d, "copy", &[])?;
    let other = match data(vm, args.pos[1]) {
        Some(TypingData::MappingProxy(o)) => *o,
        _ => args.pos[1],
    };
    call_method(vm, c, "update", &[other])?;
    Ok(c)
}

// ---- collections.abc stand-ins ------------------------------------------------------------------

/// `(name, bases)` of each ABC, bases first.
const ABCS: &[(&str, &[&str])] = &[
    ("Hashable", &[]),
    ("Awaitable", &[]),
    ("Coroutine", &["Awaitable"]),
    ("AsyncIterable", &[]),
    ("AsyncIterator", &["AsyncIterable"]),
    ("AsyncGenerator", &["AsyncIterator"]),
    ("Iterable", &[]),
    ("Iterator", &["Iterable"]),
    ("Reversible", &["Iterable"]),
    ("Generator", &["Iterator"]),
    ("Sized", &[]),
    ("Container", &[]),
    ("Callable", &[]),
    ("Collection", &["Sized", "Iterable", "Container"]),
    ("Set", &["Collection"]),
    ("MutableSet", &["Set"]),
    ("Mapping", &["Collection"]),
    ("MutableMapping", &["Mapping"]),
    ("MappingView", &["Sized"]),
    ("KeysView", &["MappingView", "Set"]),
    ("ItemsView", &["MappingView", "Set"]),
    ("ValuesView", &["MappingView", "Collection"]),
    ("Sequence", &["Reversible", "Collection"]),
    ("MutableSequence", &["Sequence"]),
    ("ByteString", &["Sequence"]),
];

fn abc_meta(vm: &mut Vm) -> PyResult<Value> {
    super::singleton(vm, "typing._AbcMeta", |vm| {
        let abc = crate::modules::import(vm, "abc")?;
        let base = vm.getattr(abc, "ABCMeta")?;
        super::native_class(
            vm,
            "ABCMeta",
            "abc",
            &[base],
            vec![
                ("__instancecheck__", af(AbcFn::MetaInstanceCheck)),
                ("__subclasscheck__", af(AbcFn::MetaSubclassCheck)),
            ],
            Value::Undefined,
        )
    })
}

/// The class `collections.abc.NAME`.
pub fn abc_class(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let key = format!("collections.abc.{name}");
    if let Some((_, v)) = vm.std_classes.iter().find(|(k, _)| *k == key) {
        return Ok(*v);
    }
    let Some((_, base_names)) = ABCS.iter().find(|(n, _)| *n == name) else {
        return Err(Exc::internal(format!("unknown ABC {name}")));
    };
    let mut bases = Vec::new();
    for b in *base_names {
        bases.push(abc_class(vm, b)?);
    }
    let meta = abc_meta(vm)?;
    let empty = vm.new_set_from(&[], true)?;
    let cls = super::native_class(
        vm,
        name,
        "collections.abc",
        &bases,
        vec![("__abstractmethods__", empty)],
        meta,
    )?;
    vm.std_classes.push((key, cls));
    Ok(cls)
}

/// Whether built-in type `t` provides the special method `name`.
fn builtin_has(t: BuiltinType, name: &str) -> bool {
    use BuiltinType as T;
    let iterator = crate::builtins::iter::is_iterator_type(t);
    let container = matches!(
        t,
        T::Str
            | T::Bytes
            | T::ByteArray
            | T::List
            | T::Tuple
            | T::Dict
            | T::Set
            | T::FrozenSet
            | T::Range
            | T::DictKeys
            | T::DictValues
            | T::DictItems
    );
    match name {
        "__iter__" => container || iterator || t == T::Generator,
        "__next__" => iterator || t == T::Generator,
        "__len__" | "__contains__" => container,
        "__reversed__" => matches!(
            t,
            T::List | T::Dict | T::Range | T::DictKeys | T::DictValues | T::DictItems
        ),
        "__hash__" => !matches!(t, T::List | T::Dict | T::Set | T::ByteArray | T::Slice),
        "__call__" => matches!(
            t,
            T::Type | T::Function | T::BuiltinFunction | T::Method | T::ExternalFunction
        ),
        "__await__" => matches!(t, T::Coroutine | T::Future | T::Task),
        "__aiter__" | "__anext__" => t == T::AsyncGenerator,
        _ => false,
    }
}

/// Built-in types CPython registers with an ABC.
fn registered(t: BuiltinType, abc: &str) -> bool {
    use BuiltinType as T;
    match abc {
        "Sequence" | "Reversible" | "Collection" => {
            matches!(
                t,
                T::Tuple | T::Str | T::Range | T::List | T::Bytes | T::ByteArray
            ) || (abc != "Sequence"
                && matches!(
                    t,
                    T::Dict | T::Set | T::FrozenSet | T::DictKeys | T::DictItems | T::DictValues
                )
                && (abc == "Collection" || builtin_has(t, "__reversed__")))
        }
        "MutableSequence" => matches!(t, T::List | T::ByteArray),
        "ByteString" => matches!(t, T::Bytes | T::ByteArray),
        "Set" => matches!(t, T::Set | T::FrozenSet | T::DictKeys | T::DictItems),
        "MutableSet" => t == T::Set,
        "Mapping" => t == T::Dict,
        "MutableMapping" => t == T::Dict,
        "MappingView" => matches!(t, T::DictKeys | T::DictItems | T::DictValues),
        "KeysView" => t == T::DictKeys,
        "ItemsView" => t == T::DictItems,
        "ValuesView" => t == T::DictValues,
        "Generator" => t == T::Generator,
        "Coroutine" => t == T::Coroutine,
        "AsyncGenerator" => t == T::AsyncGenerator,
        _ => false,
    }
}

/// Whether class `cls` (or a base) defines `name` (not set to None).
fn class_has(vm: &Vm, cls: Value, name: &str) -> bool {
    let mro = vm.mro_of(cls).unwrap_or_default();
    for entry in mro {
        match entry {
            Value::Type(t) => {
                // Mutable built-ins set `__hash__` to None.
                if name == "__hash__"
                    && matches!(
                        t,
                        BuiltinType::List
                            | BuiltinType::Dict
                            | BuiltinType::Set
                            | BuiltinType::ByteArray
                    )
                {
                    return false;
                }
                if builtin_has(t, name) {
                    return true;
                }
            }
            other => {
                if let Some(v) = crate::modules::dataclasses::own_attr(vm, other, name) {
                    return !v.is_none();
                }
            }
        }
    }
    false
}

/// The structural test of ABC `name` for class `cls`.
fn structural(vm: &Vm, cls: Value, name: &str) -> bool {
    let has = |n: &str| class_has(vm, cls, n);
    let mro = vm.mro_of(cls).unwrap_or_default();
    let reg = mro
        .iter()
        .any(|e| matches!(e, Value::Type(t) if registered(*t, name)));
    if reg {
        return true;
    }
    // A mappingproxy is a registered Mapping.
    if name == "Mapping"
        && matches!(vm.class_qualname(cls), (q, m) if q == "mappingproxy" && m == "builtins")
    {
        return true;
    }
    match name {
        "Hashable" => has("__hash__"),
        "Awaitable" => has("__await__"),
        "AsyncIterable" => has("__aiter__"),
        "AsyncIterator" => has("__aiter__") && has("__anext__"),
        "Iterable" => has("__iter__"),
        "Iterator" => has("__iter__") && has("__next__"),
        "Reversible" => has("__reversed__") && has("__iter__"),
        "Sized" => has("__len__"),
        "Container" => has("__contains__"),
        "Callable" => has("__call__"),
        "Collection" => has("__len__") && has("__iter__") && has("__contains__"),
        _ => false,
    }
}

/// `issubclass(cls, abc)` for one of the stand-in ABCs (or a user subclass of one).
pub(crate) fn class_matches(vm: &mut Vm, cls: Value, abc: Value) -> PyResult<bool> {
    if !vm.is_class(cls) {
        return Err(Exc::type_error("issubclass() arg 1 must be a class"));
    }
    if vm.is_subclass(cls, abc) {
        return Ok(true);
    }
    let (name, module) = vm.class_qualname(abc);
    if module != "collections.abc" {
        return Ok(false);
    }
    Ok(structural(vm, cls, &name))
}

fn meta_instancecheck(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__instancecheck__", 1, 1)?;
    let (abc, v) = (args.this(), args.pos[1]);
    let (name, module) = vm.class_qualname(abc);
    if module == "collections.abc" && name == "Callable" {
        return Ok(Value::Bool(crate::builtins::functions::is_callable(vm, v)));
    }
    let cls = vm.type_of(v);
    class_matches(vm, cls, abc).map(Value::Bool)
}

fn meta_subclasscheck(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__subclasscheck__", 1, 1)?;
    class_matches(vm, args.pos[1], args.this()).map(Value::Bool)
}
