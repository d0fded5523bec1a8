//! `Generic` and `Protocol`: type parameters of generic classes (`__parameters__` from
//! `__orig_bases__`, `C[int]`), protocol classes (not instantiable, `runtime_checkable`
//! `isinstance`/`issubclass` by their members).

use super::alias::{collect_params, subscript_user, user_alias};
use super::{data, fv, AliasKind, TypingData, TypingFn};
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::dataclasses::{dict_items, own_attr, own_items, set_class_attr};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum GenericFn {
        ClassGetItem => "__class_getitem__" => class_getitem,
        InitSubclass => "__init_subclass__" => init_subclass,
        ProtoInitSubclass => "Protocol.__init_subclass__" => proto_init_subclass,
        ProtoInit => "_no_init_or_replace_init" => proto_init,
        MetaInstanceCheck => "_ProtocolMeta.__instancecheck__" => meta_instancecheck,
        MetaSubclassCheck => "_ProtocolMeta.__subclasscheck__" => meta_subclasscheck,
    }
}

fn gf(f: GenericFn) -> Value {
    fv(TypingFn::Generic(f))
}

/// `typing.Generic`.
pub(crate) fn generic_class(vm: &mut Vm) -> PyResult<Value> {
    super::singleton(vm, "typing.Generic", |vm| {
        let getitem = vm.class_method(gf(GenericFn::ClassGetItem))?;
        let init_sub = vm.class_method(gf(GenericFn::InitSubclass))?;
        let slots = vm.new_tuple(Vec::new())?;
        super::native_class(
            vm,
            "Generic",
            "typing",
            &[],
            vec![
                ("__class_getitem__", getitem),
                ("__init_subclass__", init_sub),
                ("__slots__", slots),
            ],
            Value::Undefined,
        )
    })
}

fn protocol_meta(vm: &mut Vm) -> PyResult<Value> {
    super::singleton(vm, "typing._ProtocolMeta", |vm| {
        let abc = crate::modules::import(vm, "abc")?;
        let base = vm.getattr(abc, "ABCMeta")?;
        super::native_class(
            vm,
            "_ProtocolMeta",
            "typing",
            &[base],
            vec![
                ("__instancecheck__", gf(GenericFn::MetaInstanceCheck)),
                ("__subclasscheck__", gf(GenericFn::MetaSubclassCheck)),
            ],
            Value::Undefined,
        )
    })
}

/// `typing.Protocol`.
pub(crate) fn protocol_class(vm: &mut Vm) -> PyResult<Value> {
    super::singleton(vm, "typing.Protocol", |vm| {
        let generic = generic_class(vm)?;
        let meta = protocol_meta(vm)?;
        let init_sub = vm.class_method(gf(GenericFn::ProtoInitSubclass))?;
        let slots = vm.new_tuple(Vec::new())?;
        let empty = vm.new_set_from(&[], true)?;
        super::native_class(
            vm,
            "Protocol",
            "typing",
            &[generic],
            vec![
                ("__init_subclass__", init_sub),
                ("__slots__", slots),
                ("_is_protocol", Value::Bool(true)),
                ("_is_runtime_protocol", Value::Bool(false)),
                ("__abstractmethods__", empty),
            ],
            meta,
        )
    })
}

fn is_var(vm: &Vm, v: Value) -> bool {
    matches!(data(vm, v), Some(TypingData::Var(_)))
}

/// `Generic[T]`, `Protocol[T]`, `Stack[int]`.
fn class_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__class_getitem__", 1, 1)?;
    let (cls, key) = (args.this(), args.pos[1]);
    let params = if matches!(vm.type_of(key), Value::Type(BuiltinType::Tuple)) {
        vm.seq_items(key).unwrap_or_default()
    } else {
        vec![key]
    };
    let generic = generic_class(vm)?;
    let protocol = protocol_class(vm)?;
    if cls.is(generic) || cls.is(protocol) {
        let which = vm.class_name(cls);
        if params.is_empty() {
            return Err(Exc::type_error(format!(
                "Parameter list to {which}[...] cannot be empty"
            )));
        }
        if !params.iter().all(|p| is_var(vm, *p)) {
            return Err(Exc::type_error(format!(
                "Parameters to {which}[...] must all be type variables or parameter specification variables."
            )));
        }
        for (i, p) in params.iter().enumerate() {
            if params[..i].iter().any(|q| q.is(*p)) {
                return Err(Exc::type_error(format!(
                    "Parameters to {which}[...] must all be unique"
                )));
            }
        }
        return user_alias(vm, cls, params);
    }
    let own = match vm.lookup_in_namespaces(cls, "__parameters__") {
        Some(p) => vm.seq_items(p).unwrap_or_default(),
        None => Vec::new(),
    };
    if own.is_empty() {
        let r = vm.repr(cls)?;
        return Err(Exc::type_error(format!("{r} is not a generic class")));
    }
    subscript_user(vm, cls, own, key)
}

/// Computes `__parameters__` of a new subclass of `Generic`.
fn set_parameters(vm: &mut Vm, cls: Value) -> PyResult<()> {
    let generic = generic_class(vm)?;
    let cname = vm.class_name(cls);
    let params = match own_attr(vm, cls, "__orig_bases__") {
        Some(orig) => {
            let items = vm.seq_items(orig).unwrap_or_default();
            if items.iter().any(|b| b.is(generic)) && cname != "Protocol" {
                return Err(Exc::type_error("Cannot inherit from plain Generic"));
            }
            let mut tvars = Vec::new();
            collect_params(vm, &items, &mut tvars, 0);
            let mut gvars: Option<Vec<Value>> = None;
            for b in &items {
                if let Some(TypingData::Alias(a)) = data(vm, *b) {
                    if a.kind == AliasKind::User && a.origin.is(generic) {
                        if gvars.is_some() {
                            return Err(Exc::type_error(
                                "Cannot inherit from Generic[...] multiple times.",
                            ));
                        }
                        gvars = Some(a.args.clone());
                    }
                }
            }
            match gvars {
                Some(g) => {
                    let missing: Vec<Value> = tvars
                        .iter()
                        .filter(|t| !g.iter().any(|x| x.is(**t)))
                        .copied()
                        .collect();
                    if !missing.is_empty() {
                        let mut ms = Vec::new();
                        for m in missing {
                            ms.push(vm.repr(m)?);
                        }
                        let mut gs = Vec::new();
                        for x in &g {
                            gs.push(vm.repr(*x)?);
                        }
                        return Err(Exc::type_error(format!(
                            "Some type variables ({}) are not listed in Generic[{}]",
                            ms.join(", "),
                            gs.join(", ")
                        )));
                    }
                    g
                }
                None => tvars,
            }
        }
        None => {
            let bases = vm.mro_of(cls)?;
            let direct = match cls {
                Value::Obj(id) => match vm.heap.get(id) {
                    crate::heap::Object::Class(c) => c.bases.clone(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            let _ = bases;
            if direct.iter().any(|b| b.is(generic)) && cname != "Protocol" {
                return Err(Exc::type_error("Cannot inherit from plain Generic"));
            }
            Vec::new()
        }
    };
    let t = vm.new_tuple(params)?;
    set_class_attr(vm, cls, "__parameters__", t)
}

fn init_subclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_parameters(vm, args.this())?;
    Ok(Value::None)
}

/// The `collections.abc` classes a protocol may inherit from (CPython's `_PROTO_ALLOWLIST`).
const PROTO_ALLOWED_ABCS: &[&str] = &[
    "Callable",
    "Awaitable",
    "Iterable",
    "Iterator",
    "AsyncIterable",
    "Hashable",
    "Sized",
    "Container",
    "Collection",
    "Reversible",
    "Buffer",
];

fn proto_init_subclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    set_parameters(vm, cls)?;
    let protocol = protocol_class(vm)?;
    if own_attr(vm, cls, "_is_protocol").is_none() {
        let direct = match cls {
            Value::Obj(id) => match vm.heap.get(id) {
                crate::heap::Object::Class(c) => c.bases.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let is_proto = direct.iter().any(|b| b.is(protocol));
        set_class_attr(vm, cls, "_is_protocol", Value::Bool(is_proto))?;
        if is_proto {
            let generic = generic_class(vm)?;
            for b in &direct {
                if b.is(Value::Type(BuiltinType::Object)) || b.is(generic) {
                    continue;
                }
                let proto_base =
                    vm.is_class(*b) && vm.is_subclass(*b, generic) && flag(vm, *b, "_is_protocol")?;
                let module = match vm.getattr_opt(*b, "__module__")? {
                    Some(m) => vm.str_value(m).unwrap_or_default(),
                    None => String::new(),
                };
                let name = vm.class_name(*b);
                let allowed = match module.as_str() {
                    "collections.abc" => PROTO_ALLOWED_ABCS.contains(&name.as_str()),
                    "contextlib" => name.starts_with("Abstract"),
                    _ => false,
                };
                if !proto_base && !allowed {
                    let r = vm.repr(*b)?;
                    return Err(Exc::type_error(format!(
                        "Protocols can only inherit from other protocols, got {r}"
                    )));
                }
            }
        }
    }
    // Protocols (and their subclasses without an __init__) get the guard that refuses to
    // instantiate a protocol.
    let has_init = vm.lookup_in_namespaces(cls, "__init__").is_some();
    if !has_init {
        set_class_attr(vm, cls, "__init__", gf(GenericFn::ProtoInit))?;
    }
    Ok(Value::None)
}

fn flag(vm: &mut Vm, cls: Value, name: &str) -> PyResult<bool> {
    match vm.lookup_in_namespaces(cls, name) {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// `Protocol`'s guard `__init__`: protocols cannot be instantiated; their concrete subclasses
/// run the next `__init__` in the MRO.
fn proto_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let cls = vm.type_of(this);
    let own_proto = match own_attr(vm, cls, "_is_protocol") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if own_proto {
        return Err(Exc::type_error("Protocols cannot be instantiated"));
    }
    let me = gf(GenericFn::ProtoInit);
    for entry in vm.mro_of(cls)? {
        if matches!(entry, Value::Type(_)) {
            continue;
        }
        if let Some(init) = own_attr(vm, entry, "__init__") {
            if init.is(me) {
                continue;
            }
            let mut call = Args::new(&args.pos);
            call.kw = args.kw.clone();
            return vm.call_args(init, call);
        }
    }
    if args.len() > 1 || !args.kw.is_empty() {
        let n = vm.class_name(cls);
        return Err(Exc::type_error(format!("{n}() takes no arguments")));
    }
    Ok(Value::None)
}

const EXCLUDED: &[&str] = &[
    "__abstractmethods__",
    "__annotations__",
    "__dict__",
    "__doc__",
    "__init__",
    "__module__",
    "__new__",
    "__slots__",
    "__subclasshook__",
    "__weakref__",
    "__class_getitem__",
    "__parameters__",
    "__orig_bases__",
    "__orig_class__",
    "_is_protocol",
    "_is_runtime_protocol",
    "__qualname__",
    "__init_subclass__",
];

/// The members a protocol class requires.
fn protocol_attrs(vm: &mut Vm, cls: Value) -> PyResult<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    let mro = vm.mro_of(cls)?;
    let protocol = protocol_class(vm)?;
    let generic = generic_class(vm)?;
    for base in mro {
        if matches!(base, Value::Type(_)) || base.is(protocol) || base.is(generic) {
            continue;
        }
        let mut names: Vec<String> = own_items(vm, base)
            .into_iter()
            .filter_map(|(k, _)| vm.str_value(k))
            .collect();
        if let Some(ann) = own_attr(vm, base, "__annotations__") {
            for (k, _) in dict_items(vm, ann) {
                if let Some(s) = vm.str_value(k) {
                    names.push(s);
                }
            }
        }
        for n in names {
            if n.starts_with("_abc_") || EXCLUDED.contains(&n.as_str()) || out.contains(&n) {
                continue;
            }
            out.push(n);
        }
    }
    Ok(out)
}

fn check_runtime(vm: &mut Vm, cls: Value) -> PyResult<bool> {
    if !flag(vm, cls, "_is_protocol")? {
        return Ok(false);
    }
    if !flag(vm, cls, "_is_runtime_protocol")? {
        return Err(Exc::type_error(
            "Instance and class checks can only be used with @runtime_checkable protocols",
        ));
    }
    Ok(true)
}

fn meta_instancecheck(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__instancecheck__", 1, 1)?;
    let (cls, v) = (args.this(), args.pos[1]);
    if !check_runtime(vm, cls)? {
        return vm.isinstance_of(v, cls).map(Value::Bool);
    }
    if vm.isinstance_of(v, cls)? {
        return Ok(Value::Bool(true));
    }
    for attr in protocol_attrs(vm, cls)? {
        let Some(got) = vm.getattr_opt(v, &attr)? else {
            return Ok(Value::Bool(false));
        };
        if got.is_none() {
            if let Some(declared) = vm.getattr_opt(cls, &attr)? {
                if crate::builtins::functions::is_callable(vm, declared) {
                    return Ok(Value::Bool(false));
                }
            }
        }
    }
    Ok(Value::Bool(true))
}

fn meta_subclasscheck(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__subclasscheck__", 1, 1)?;
    let (cls, other) = (args.this(), args.pos[1]);
    if !vm.is_class(other) {
        return Err(Exc::type_error("issubclass() arg 1 must be a class"));
    }
    if !check_runtime(vm, cls)? {
        return Ok(Value::Bool(vm.is_subclass(other, cls)));
    }
    if vm.is_subclass(other, cls) {
        return Ok(Value::Bool(true));
    }
    let attrs = protocol_attrs(vm, cls)?;
    for attr in &attrs {
        let declared = vm.getattr_opt(cls, attr)?;
        let callable = match declared {
            Some(d) => crate::builtins::functions::is_callable(vm, d),
            None => false,
        };
        if !callable {
            return Err(Exc::type_error(
                "Protocols with non-method members don't support issubclass()",
            ));
        }
    }
    let mro = vm.mro_of(other)?;
    for attr in attrs {
        let mut found = false;
        for base in &mro {
            if let Value::Type(_) = base {
                if vm.getattr_opt(*base, &attr)?.is_some() {
                    found = true;
                    break;
                }
                continue;
            }
            if let Some(v) = own_attr(vm, *base, &attr) {
                found = !v.is_none();
                break;
            }
        }
        if !found {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Whether `cls` is a protocol class (for `runtime_checkable`).
pub(crate) fn is_protocol(vm: &mut Vm, cls: Value) -> PyResult<bool> {
    let generic = generic_class(vm)?;
    if !vm.is_class(cls) || !vm.is_subclass(cls, generic) {
        return Ok(false);
    }
    flag(vm, cls, "_is_protocol")
}
