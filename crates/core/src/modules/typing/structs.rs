//! `NamedTuple` and `TypedDict`: the factories (functional forms, and `__mro_entries__` so that
//! `class P(NamedTuple)` works) and the metaclasses that turn the class statement's class into
//! a named tuple class or a `dict`-based TypedDict class.

use super::alias::type_check;
use super::{data, fv, AliasKind, Factory, TypingData, TypingFn};
use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::dataclasses::{del_class_attr, dict_items, own_attr, set_class_attr};
use crate::modules::native::NativeData;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum StructFn {
        FactoryCall => "__call__" => factory_call,
        FactoryMroEntries => "__mro_entries__" => factory_mro_entries,
        FactoryRepr => "__repr__" => factory_repr,
        NtMetaInit => "NamedTupleMeta.__init__" => nt_meta_init,
        TdMetaInit => "_TypedDictMeta.__init__" => td_meta_init,
        TdMetaCall => "_TypedDictMeta.__call__" => td_meta_call,
        TdMetaCheck => "_TypedDictMeta.__instancecheck__" => td_meta_check,
        TdInitSubclass => "__init_subclass__" => td_init_subclass,
    }
}

fn sf(f: StructFn) -> Value {
    fv(TypingFn::Struct(f))
}

/// `typing.NamedTuple` / `typing.TypedDict`.
pub(crate) fn factory(vm: &mut Vm, which: Factory) -> PyResult<Value> {
    let key = match which {
        Factory::NamedTuple => "typing.NamedTuple",
        Factory::TypedDict => "typing.TypedDict",
    };
    super::singleton(vm, key, |vm| {
        let cls = super::singleton(vm, "typing._Factory", |vm| {
            super::native_class(
                vm,
                "function",
                "typing",
                &[],
                vec![
                    ("__call__", sf(StructFn::FactoryCall)),
                    ("__mro_entries__", sf(StructFn::FactoryMroEntries)),
                    ("__repr__", sf(StructFn::FactoryRepr)),
                ],
                Value::Undefined,
            )
        })?;
        vm.new_native_instance(cls, NativeData::Typing(TypingData::Factory(which)))
    })
}

fn which(vm: &Vm, v: Value) -> PyResult<Factory> {
    match data(vm, v) {
        Some(TypingData::Factory(f)) => Ok(*f),
        _ => Err(Exc::type_error("typing factory expected")),
    }
}

fn factory_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = match which(vm, args.this())? {
        Factory::NamedTuple => "NamedTuple",
        Factory::TypedDict => "TypedDict",
    };
    let addr = match args.this() {
        Value::Obj(id) => crate::builtins::object::address(id),
        _ => String::new(),
    };
    vm.new_str(format!("<function {name} at {addr}>"))
}

fn nt_meta(vm: &mut Vm) -> PyResult<Value> {
    super::singleton(vm, "typing.NamedTupleMeta", |vm| {
        super::native_class(
            vm,
            "NamedTupleMeta",
            "typing",
            &[Value::Type(BuiltinType::Type)],
            vec![("__init__", sf(StructFn::NtMetaInit))],
            Value::Undefined,
        )
    })
}

fn nt_base(vm: &mut Vm) -> PyResult<Value> {
    super::singleton(vm, "typing._NamedTuple", |vm| {
        let meta = nt_meta(vm)?;
        super::native_class(vm, "NamedTuple", "typing", &[], vec![], meta)
    })
}

fn td_meta(vm: &mut Vm) -> PyResult<Value> {
    super::singleton(vm, "typing._TypedDictMeta", |vm| {
        super::native_class(
            vm,
            "_TypedDictMeta",
            "typing",
            &[Value::Type(BuiltinType::Type)],
            vec![
                ("__init__", sf(StructFn::TdMetaInit)),
                ("__call__", sf(StructFn::TdMetaCall)),
                ("__instancecheck__", sf(StructFn::TdMetaCheck)),
                ("__subclasscheck__", sf(StructFn::TdMetaCheck)),
            ],
            Value::Undefined,
        )
    })
}

fn td_base(vm: &mut Vm) -> PyResult<Value> {
    super::singleton(vm, "typing._TypedDict", |vm| {
        let meta = td_meta(vm)?;
        let init_sub = vm.class_method(sf(StructFn::TdInitSubclass))?;
        super::native_class(
            vm,
            "TypedDict",
            "typing",
            &[],
            vec![("__init_subclass__", init_sub)],
            meta,
        )
    })
}

fn factory_mro_entries(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let base = match which(vm, args.this())? {
        Factory::NamedTuple => nt_base(vm)?,
        Factory::TypedDict => td_base(vm)?,
    };
    vm.new_tuple(vec![base])
}

fn factory_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let kind = which(vm, args.this())?;
    let Some(name) = args.get(1) else {
        let f = match kind {
            Factory::NamedTuple => "NamedTuple",
            Factory::TypedDict => "TypedDict",
        };
        return Err(Exc::type_error(format!(
            "{f}() missing 1 required positional argument: 'typename'"
        )));
    };
    let name = vm
        .str_value(name)
        .ok_or_else(|| Exc::type_error("typename must be a string"))?;
    let fields = args.get(2).filter(|v| !v.is_none());
    match kind {
        Factory::NamedTuple => {
            let pairs: Vec<(Value, Value)> = match fields {
                Some(f) => {
                    if !args.kw.is_empty() {
                        return Err(Exc::type_error(
                            "Either list of fields or keywords can be provided to NamedTuple, not both",
                        ));
                    }
                    let mut out = Vec::new();
                    for item in vm.collect(f)? {
                        let parts = vm.collect(item)?;
                        match parts.as_slice() {
                            [n, t] => out.push((*n, *t)),
                            _ => {
                                return Err(Exc::type_error(
                                    "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type",
                                ))
                            }
                        }
                    }
                    out
                }
                None => args.kw.to_vec(),
            };
            make_namedtuple(vm, &name, &pairs)
        }
        Factory::TypedDict => {
            let mut total = true;
            let mut pairs: Vec<(Value, Value)> = Vec::new();
            for (k, v) in &args.kw {
                if vm.str_eq_literal(*k, "total") {
                    total = vm.truthy(*v)?;
                } else {
                    pairs.push((*k, *v));
                }
            }
            if let Some(f) = fields {
                if !pairs.is_empty() {
                    return Err(Exc::type_error(
                        "TypedDict takes either a dict or keyword arguments, but not both",
                    ));
                }
                pairs = dict_items(vm, f);
            }
            make_typeddict(vm, &name, &pairs, total)
        }
    }
}

fn make_namedtuple(vm: &mut Vm, name: &str, pairs: &[(Value, Value)]) -> PyResult<Value> {
    let mut fields = Vec::with_capacity(pairs.len());
    let mut ann = Dict::new();
    for (n, t) in pairs {
        let s = vm
            .str_value(*n)
            .ok_or_else(|| Exc::type_error("Type names and field names must be strings"))?;
        check_field_name(&s, &fields)?;
        let t = type_check(vm, *t, "field type must be a type", false)?;
        vm.dict_insert_str(&mut ann, &s, t)?;
        fields.push(s);
    }
    let cls = super::tupleclass::new_class(vm, name, "__main__", &fields, &[])?;
    let ann_v = vm.new_dict(ann)?;
    set_class_attr(vm, cls, "__annotations__", ann_v)?;
    Ok(cls)
}

fn check_field_name(s: &str, seen: &[String]) -> PyResult<()> {
    if s.starts_with('_') {
        return Err(Exc::value_error(format!(
            "Field names cannot start with an underscore: '{s}'"
        )));
    }
    if seen.iter().any(|x| x == s) {
        return Err(Exc::value_error(format!(
            "Encountered duplicate field name: '{s}'"
        )));
    }
    Ok(())
}

const NT_PROHIBITED: &[&str] = &[
    "__new__",
    "__init__",
    "__slots__",
    "__getnewargs__",
    "_fields",
    "_field_defaults",
    "_make",
    "_replace",
    "_asdict",
    "_source",
];

/// `NamedTupleMeta.__init__`: the class statement's class becomes a named tuple class.
fn nt_meta_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let base = nt_base(vm)?;
    let generic = super::generic::generic_class(vm)?;
    let bases = match cls {
        Value::Obj(id) => match vm.heap.get(id) {
            crate::heap::Object::Class(c) => c.bases.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    for b in &bases {
        if !b.is(base) && !b.is(generic) {
            return Err(Exc::type_error(
                "can only inherit from a NamedTuple type and Generic",
            ));
        }
    }
    for p in NT_PROHIBITED {
        if own_attr(vm, cls, p).is_some() {
            return Err(Exc::attribute_error(format!(
                "Cannot overwrite NamedTuple attribute {p}"
            )));
        }
    }
    let ann = own_attr(vm, cls, "__annotations__");
    let items = match ann {
        Some(a) => dict_items(vm, a),
        None => Vec::new(),
    };
    let mut fields: Vec<String> = Vec::new();
    let mut defaults: Vec<Value> = Vec::new();
    for (k, _) in &items {
        let s = vm.str_value(*k).unwrap_or_default();
        check_field_name(&s, &fields)?;
        match own_attr(vm, cls, &s) {
            Some(d) => defaults.push(d),
            None => {
                if let Some(prev) = fields.last() {
                    if !defaults.is_empty() {
                        let plural = if defaults.len() > 1 { "s" } else { "" };
                        let _ = plural;
                        return Err(Exc::type_error(format!(
                            "Non-default namedtuple field {s} cannot follow default field {prev}"
                        )));
                    }
                }
            }
        }
        fields.push(s);
    }
    for f in &fields {
        del_class_attr(vm, cls, f)?;
    }
    super::tupleclass::convert(vm, cls, &fields, &defaults)?;
    if ann.is_none() {
        let empty = vm.new_dict(Dict::new())?;
        set_class_attr(vm, cls, "__annotations__", empty)?;
    }
    Ok(Value::None)
}

// ---- TypedDict ------------------------------------------------------------------------------

fn make_typeddict(
    vm: &mut Vm,
    name: &str,
    pairs: &[(Value, Value)],
    total: bool,
) -> PyResult<Value> {
    let mut dict = Dict::new();
    let mut ann = Dict::new();
    for (k, v) in pairs {
        let t = type_check(
            vm,
            *v,
            "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type",
            true,
        )?;
        vm.dict_set_in(&mut ann, *k, t)?;
    }
    let ann_v = vm.new_dict(ann)?;
    vm.dict_insert_str(&mut dict, "__annotations__", ann_v)?;
    vm.dict_insert_str(&mut dict, "__total__", Value::Bool(total))?;
    let m = vm.new_str("__main__".into())?;
    vm.dict_insert_str(&mut dict, "__module__", m)?;
    let meta = td_meta(vm)?;
    let cls = vm.create_class(crate::vm::ClassSpec {
        name: name.to_string(),
        qualname: name.to_string(),
        module: "__main__".into(),
        bases: vec![Value::Type(BuiltinType::Dict)],
        dict,
        meta,
        native: false,
        dotted_name: false,
    })?;
    finish_typeddict(vm, cls, &[])?;
    Ok(cls)
}

fn td_init_subclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "__init_subclass__", &["total"])?;
    let cls = args.this();
    let total = match args.kwarg(vm, "total") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    set_class_attr(vm, cls, "__total__", Value::Bool(total))?;
    Ok(Value::None)
}

fn td_meta_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let bases = match cls {
        Value::Obj(id) => match vm.heap.get(id) {
            crate::heap::Object::Class(c) => c.bases.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let meta = td_meta(vm)?;
    let base = td_base(vm)?;
    let generic = super::generic::generic_class(vm)?;
    for b in &bases {
        if !b.is(base) && !b.is(generic) && !vm.type_of(*b).is(meta) {
            return Err(Exc::type_error(
                "cannot inherit from both a TypedDict type and a non-TypedDict base class",
            ));
        }
    }
    super::tupleclass::rebase(vm, cls, BuiltinType::Dict, true)?;
    finish_typeddict(vm, cls, &bases)?;
    Ok(Value::None)
}

/// Whether annotation `t` is `Required[...]` (Some(true)) or `NotRequired[...]` (Some(false)).
fn requiredness(vm: &Vm, t: Value) -> Option<bool> {
    match data(vm, t) {
        Some(TypingData::Alias(a)) if a.kind == AliasKind::Form => match a.name.as_str() {
            "Required" => Some(true),
            "NotRequired" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// Sets `__annotations__` (bases' first), `__required_keys__`, `__optional_keys__`,
/// `__total__` of a TypedDict class.
fn finish_typeddict(vm: &mut Vm, cls: Value, bases: &[Value]) -> PyResult<()> {
    let total = match own_attr(vm, cls, "__total__") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut ann = Dict::new();
    let mut required: Vec<Value> = Vec::new();
    let mut optional: Vec<Value> = Vec::new();
    for b in bases {
        if let Some(a) = own_attr(vm, *b, "__annotations__") {
            if own_attr(vm, *b, "__required_keys__").is_none() {
                continue;
            }
            for (k, v) in dict_items(vm, a) {
                vm.dict_set_in(&mut ann, k, v)?;
            }
            for (key, list) in [
                ("__required_keys__", &mut required),
                ("__optional_keys__", &mut optional),
            ] {
                if let Some(s) = own_attr(vm, *b, key) {
                    for x in vm.collect(s)? {
                        list.push(x);
                    }
                }
            }
        }
    }
    if let Some(own) = own_attr(vm, cls, "__annotations__") {
        for (k, v) in dict_items(vm, own) {
            let v = type_check(
                vm,
                v,
                "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type",
                true,
            )?;
            vm.dict_set_in(&mut ann, k, v)?;
            let req = requiredness(vm, v).unwrap_or(total);
            if req {
                required.push(k);
            } else {
                optional.push(k);
            }
        }
    }
    let ann_v = vm.new_dict(ann)?;
    set_class_attr(vm, cls, "__annotations__", ann_v)?;
    let r = vm.new_set_from(&required, true)?;
    let o = vm.new_set_from(&optional, true)?;
    set_class_attr(vm, cls, "__required_keys__", r)?;
    set_class_attr(vm, cls, "__optional_keys__", o)?;
    set_class_attr(vm, cls, "__total__", Value::Bool(total))?;
    let init_sub = vm.class_method(sf(StructFn::TdInitSubclass))?;
    set_class_attr(vm, cls, "__init_subclass__", init_sub)?;
    Ok(())
}

/// Calling a TypedDict class makes a plain dict.
fn td_meta_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut call = Args::new(&args.pos[1..]);
    call.kw = args.kw.clone();
    vm.call_args(Value::Type(BuiltinType::Dict), call)
}

fn td_meta_check(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::type_error(
        "TypedDict does not support instance and class checks",
    ))
}

/// `typing.is_typeddict(tp)`.
pub(crate) fn is_typeddict(vm: &mut Vm, tp: Value) -> PyResult<bool> {
    let meta = td_meta(vm)?;
    Ok(vm.is_class(tp) && vm.type_of(tp).is(meta))
}
