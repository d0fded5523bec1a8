//! `enum`: `Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `ReprEnum`, `EnumType` (alias
//! `EnumMeta`), `auto` and `unique`, with CPython 3.11's behaviour, messages and reprs.
//!
//! `EnumType` is a native metaclass. Its `__prepare__` gives class bodies a namespace that sees
//! every assignment, so `auto()` is resolved where it appears (through `_generate_next_value_`)
//! and reusing a name fails ("'A' already defined as 1"). Its `__init__` turns the class's
//! attributes into members (singletons carrying `_name_`/`_value_`; the data type's value for
//! `int`/`str` mixins), records aliases, runs a user `__init__`/`__new__` with tuple values
//! unpacked, and forbids extending an enum that has members. The class object supports
//! `Color(value)` (with `_missing_` and "5 is not a valid Color"), `Color['RED']`, iteration in
//! definition order without aliases, `reversed`, `len`, `in`, `__members__`, the reprs
//! `<enum 'Color'>`/`<flag 'Perm'>`, and refuses reassigning or deleting members. The functional
//! API `Enum('Name', 'A B' | ['A', 'B'] | [('A', 1)] | {'A': 1}, start=...)` is supported.
//!
//! Members: `<Color.RED: 1>` reprs, `str()`/`format()` following 3.11 (`Color.RED` for `Enum`
//! and non-`ReprEnum` mixins, the value for `IntEnum`/`StrEnum`/`IntFlag`), hashing by name,
//! identity comparison (`IntEnum`/`StrEnum` compare as their values), methods and properties
//! defined on the class. `Flag`/`IntFlag`: `|`, `&`, `^`, `~`, `in`, iteration over a value's
//! members, `len`, truth, and pseudo-members for combinations (`<Perm.R|W: 6>`).
//!
//! Not supported: pickling, `_order_` checking, `boundary=` (Flag values outside the defined bits
//! raise "N is not a valid F"; IntFlag keeps them), `member`/`nonmember`/`verify`/`global_enum`,
//! and the DeprecationWarnings CPython 3.11 prints for some operations.

use serde::{Deserialize, Serialize};

use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::modules::dataclasses::{
    del_class_attr, dict_items, inst_attr, new_plain_instance, own_attr, own_items, set_class_attr,
    set_inst_attr,
};
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum EnumFn {
        Unique => "unique" => unique,
        MetaPrepare => "EnumType.__prepare__" => meta_prepare,
        MetaInit => "EnumType.__init__" => meta_init,
        MetaCall => "EnumType.__call__" => meta_call,
        MetaIter => "EnumType.__iter__" => meta_iter,
        MetaReversed => "EnumType.__reversed__" => meta_reversed,
        MetaLen => "EnumType.__len__" => meta_len,
        MetaContains => "EnumType.__contains__" => meta_contains,
        MetaGetItem => "EnumType.__getitem__" => meta_getitem,
        MetaRepr => "EnumType.__repr__" => meta_repr,
        MetaSetAttr => "EnumType.__setattr__" => meta_setattr,
        MetaDelAttr => "EnumType.__delattr__" => meta_delattr,
        MetaMembers => "EnumType.__members__" => meta_members,
        NsSetItem => "__setitem__" => ns_setitem,
        Repr => "__repr__" => member_repr,
        Str => "__str__" => member_str,
        Format => "__format__" => member_format,
        DataStr => "ReprEnum.__str__" => data_str,
        DataFormat => "ReprEnum.__format__" => data_format,
        Hash => "__hash__" => member_hash,
        Copy => "__copy__" => member_copy,
        DeepCopy => "__deepcopy__" => member_deepcopy,
        Name => "name" => member_name,
        Value => "value" => member_value,
        ReadOnly => "__set__" => member_readonly,
        NameReadOnly => "Enum.name.__set__" => name_readonly,
        MetaGetAttr => "EnumType.__getattr__" => meta_getattr,
        GenerateNext => "_generate_next_value_" => generate_next,
        StrGenerateNext => "StrEnum._generate_next_value_" => str_generate_next,
        FlagGenerateNext => "Flag._generate_next_value_" => flag_generate_next,
        Missing => "_missing_" => default_missing,
        FlagOr => "Flag.__or__" => flag_or,
        FlagAnd => "Flag.__and__" => flag_and,
        FlagXor => "Flag.__xor__" => flag_xor,
        FlagRor => "Flag.__ror__" => flag_or,
        FlagRand => "Flag.__rand__" => flag_and,
        FlagRxor => "Flag.__rxor__" => flag_xor,
        FlagInvert => "Flag.__invert__" => flag_invert,
        FlagContains => "Flag.__contains__" => flag_contains,
        FlagIter => "Flag.__iter__" => flag_iter,
        FlagLen => "Flag.__len__" => flag_len,
        FlagBool => "Flag.__bool__" => flag_bool,
        FlagRepr => "Flag.__repr__" => flag_repr,
        FlagStr => "Flag.__str__" => flag_str,
        AutoInit => "auto.__init__" => auto_init,
        AutoRepr => "auto.__repr__" => auto_repr,
    }
}

fn f(which: EnumFn) -> Value {
    func_value(ModuleFn::Enum(which))
}

/// State of the module's native objects.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum EnumData {
    /// The namespace of an enum class body while it runs.
    Namespace(Box<NsData>),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NsData {
    /// The dict the class body fills.
    pub dict: ObjId,
    pub bases: Value,
    pub member_names: Vec<String>,
    pub last_values: Vec<Value>,
    pub ignore: Vec<String>,
}

impl EnumData {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            EnumData::Namespace(ns) => {
                f(Value::Obj(ns.dict));
                f(ns.bases);
                ns.last_values.iter().for_each(|v| f(*v));
            }
        }
    }

    pub fn size_estimate(&self) -> usize {
        match self {
            EnumData::Namespace(ns) => {
                std::mem::size_of::<NsData>()
                    + ns.member_names.iter().map(|n| n.len() + 24).sum::<usize>()
                    + ns.last_values.len() * 16
            }
        }
    }

    /// The dict behind a class-body namespace.
    pub fn namespace_dict(&self) -> Option<ObjId> {
        match self {
            EnumData::Namespace(ns) => Some(ns.dict),
        }
    }
}

// ---- classes ------------------------------------------------------------------------------------

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let meta = meta_class(vm)?;
    let enum_cls = enum_class(vm)?;
    let repr_enum = vm.std_class("enum.ReprEnum", make_repr_enum)?;
    let int_enum = vm.std_class("enum.IntEnum", make_int_enum)?;
    let str_enum = vm.std_class("enum.StrEnum", make_str_enum)?;
    let flag = flag_class(vm)?;
    let int_flag = vm.std_class("enum.IntFlag", make_int_flag)?;
    let auto = auto_class(vm)?;
    Ok(vec![
        ("EnumType", meta),
        ("EnumMeta", meta),
        ("Enum", enum_cls),
        ("ReprEnum", repr_enum),
        ("IntEnum", int_enum),
        ("StrEnum", str_enum),
        ("Flag", flag),
        ("IntFlag", int_flag),
        ("auto", auto),
        ("unique", f(EnumFn::Unique)),
    ])
}

fn meta_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("enum.EnumType", |vm| {
        let members = vm.native_property(f(EnumFn::MetaMembers), None)?;
        let mut attrs = vec![("__members__", members)];
        for (name, which) in [
            ("__prepare__", EnumFn::MetaPrepare),
            ("__init__", EnumFn::MetaInit),
            ("__call__", EnumFn::MetaCall),
            ("__iter__", EnumFn::MetaIter),
            ("__reversed__", EnumFn::MetaReversed),
            ("__len__", EnumFn::MetaLen),
            ("__contains__", EnumFn::MetaContains),
            ("__getitem__", EnumFn::MetaGetItem),
            ("__repr__", EnumFn::MetaRepr),
            ("__setattr__", EnumFn::MetaSetAttr),
            ("__delattr__", EnumFn::MetaDelAttr),
            ("__getattr__", EnumFn::MetaGetAttr),
        ] {
            attrs.push((name, f(which)));
        }
        vm.new_native_class(NativeClass {
            name: "EnumType",
            module: "enum",
            bases: &[Value::Type(BuiltinType::Type)],
            attrs,
            ..Default::default()
        })
    })
}

fn enum_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("enum.Enum", |vm| {
        let meta = meta_class(vm)?;
        let name = vm.native_property(f(EnumFn::Name), Some(f(EnumFn::NameReadOnly)))?;
        let value = vm.native_property(f(EnumFn::Value), Some(f(EnumFn::ReadOnly)))?;
        let gnv = vm.static_method(f(EnumFn::GenerateNext))?;
        let missing = vm.class_method(f(EnumFn::Missing))?;
        let names = vm.new_list(Vec::new())?;
        let map = vm.new_dict(Dict::new())?;
        let vmap = vm.new_dict(Dict::new())?;
        vm.new_native_class(NativeClass {
            name: "Enum",
            module: "enum",
            attrs: vec![
                ("__repr__", f(EnumFn::Repr)),
                ("__str__", f(EnumFn::Str)),
                ("__format__", f(EnumFn::Format)),
                ("__hash__", f(EnumFn::Hash)),
                ("__copy__", f(EnumFn::Copy)),
                ("__deepcopy__", f(EnumFn::DeepCopy)),
                ("name", name),
                ("value", value),
                ("_generate_next_value_", gnv),
                ("_missing_", missing),
                ("_member_names_", names),
                ("_member_map_", map),
                ("_value2member_map_", vmap),
            ],
            meta,
            ..Default::default()
        })
    })
}

fn make_repr_enum(vm: &mut Vm) -> PyResult<Value> {
    let meta = meta_class(vm)?;
    let base = enum_class(vm)?;
    let cls = vm.new_native_class(NativeClass {
        name: "ReprEnum",
        module: "enum",
        bases: &[base],
        attrs: vec![
            ("__str__", f(EnumFn::DataStr)),
            ("__format__", f(EnumFn::DataFormat)),
        ],
        meta,
        ..Default::default()
    })?;
    finish_enum_class(vm, cls)?;
    Ok(cls)
}

/// `IntEnum`, `StrEnum`: a data type mixed into `ReprEnum`.
fn make_data_enum(vm: &mut Vm, name: &str, data: BuiltinType) -> PyResult<Value> {
    let meta = meta_class(vm)?;
    let repr_enum = vm.std_class("enum.ReprEnum", make_repr_enum)?;
    let mut attrs = vec![
        ("__repr__", f(EnumFn::Repr)),
        ("__str__", f(EnumFn::DataStr)),
        ("__format__", f(EnumFn::DataFormat)),
    ];
    if data == BuiltinType::Str {
        let gnv = vm.static_method(f(EnumFn::StrGenerateNext))?;
        attrs.push(("_generate_next_value_", gnv));
    }
    let cls = vm.new_native_class(NativeClass {
        name,
        module: "enum",
        bases: &[Value::Type(data), repr_enum],
        attrs,
        meta,
        ..Default::default()
    })?;
    finish_enum_class(vm, cls)?;
    Ok(cls)
}

fn make_int_enum(vm: &mut Vm) -> PyResult<Value> {
    make_data_enum(vm, "IntEnum", BuiltinType::Int)
}

fn make_str_enum(vm: &mut Vm) -> PyResult<Value> {
    make_data_enum(vm, "StrEnum", BuiltinType::Str)
}

fn flag_methods(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let gnv = vm.static_method(f(EnumFn::FlagGenerateNext))?;
    let mut attrs = vec![("_generate_next_value_", gnv)];
    for (name, which) in [
        ("__or__", EnumFn::FlagOr),
        ("__and__", EnumFn::FlagAnd),
        ("__xor__", EnumFn::FlagXor),
        ("__ror__", EnumFn::FlagRor),
        ("__rand__", EnumFn::FlagRand),
        ("__rxor__", EnumFn::FlagRxor),
        ("__invert__", EnumFn::FlagInvert),
        ("__contains__", EnumFn::FlagContains),
        ("__iter__", EnumFn::FlagIter),
        ("__len__", EnumFn::FlagLen),
        ("__bool__", EnumFn::FlagBool),
        ("__repr__", EnumFn::FlagRepr),
    ] {
        attrs.push((name, f(which)));
    }
    Ok(attrs)
}

fn flag_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("enum.Flag", |vm| {
        let meta = meta_class(vm)?;
        let base = enum_class(vm)?;
        let mut attrs = flag_methods(vm)?;
        attrs.push(("__str__", f(EnumFn::FlagStr)));
        let cls = vm.new_native_class(NativeClass {
            name: "Flag",
            module: "enum",
            bases: &[base],
            attrs,
            meta,
            ..Default::default()
        })?;
        finish_enum_class(vm, cls)?;
        Ok(cls)
    })
}

fn make_int_flag(vm: &mut Vm) -> PyResult<Value> {
    let meta = meta_class(vm)?;
    let repr_enum = vm.std_class("enum.ReprEnum", make_repr_enum)?;
    let flag = flag_class(vm)?;
    let mut attrs = flag_methods(vm)?;
    attrs.push(("__str__", f(EnumFn::DataStr)));
    attrs.push(("__format__", f(EnumFn::DataFormat)));
    let cls = vm.new_native_class(NativeClass {
        name: "IntFlag",
        module: "enum",
        bases: &[Value::Type(BuiltinType::Int), repr_enum, flag],
        attrs,
        meta,
        ..Default::default()
    })?;
    finish_enum_class(vm, cls)?;
    Ok(cls)
}

fn auto_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("enum.auto", |vm| {
        vm.new_native_class(NativeClass {
            name: "auto",
            module: "enum",
            attrs: vec![
                ("__init__", f(EnumFn::AutoInit)),
                ("__repr__", f(EnumFn::AutoRepr)),
            ],
            ..Default::default()
        })
    })
}

fn auto_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "auto", &["value"])?;
    args.check_method("auto", 0, 1)?;
    let v = args.get(1).or_else(|| args.kwarg(vm, "value"));
    if let Some(v) = v {
        set_inst_attr(vm, args.this(), "value", v)?;
    }
    Ok(Value::None)
}

fn auto_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = match inst_attr(vm, args.this(), "value") {
        Some(v) => vm.repr(v)?,
        None => "_auto_null".into(),
    };
    vm.new_str(format!("auto({r})"))
}

// ---- helpers ------------------------------------------------------------------------------------

fn is_dunder(s: &str) -> bool {
    s.len() > 4 && s.starts_with("__") && s.ends_with("__")
}

fn is_sunder(s: &str) -> bool {
    s.len() > 2
        && s.starts_with('_')
        && s.ends_with('_')
        && !s[1..].starts_with('_')
        && !s[..s.len() - 1].ends_with('_')
}

fn is_private(cls_name: &str, s: &str) -> bool {
    // montybox's compiler does not mangle `__x` in class bodies, so those are private too.
    if s.starts_with("__") && !s.ends_with("__") {
        return true;
    }
    let prefix = format!("_{}__", cls_name.trim_start_matches('_'));
    s.starts_with(&prefix) && !s.ends_with("__")
}

/// Whether a class-body value is a descriptor (functions, properties, ...), which do not
/// become members.
fn is_descriptor(vm: &mut Vm, v: Value) -> bool {
    match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Function(_)
            | Object::Property(_)
            | Object::StaticMethod(_)
            | Object::ClassMethod(_) => true,
            Object::Instance(_) => {
                vm.has_user_special(v, "__get__")
                    || vm.has_user_special(v, "__set__")
                    || vm.has_user_special(v, "__delete__")
            }
            _ => false,
        },
        _ => false,
    }
}

fn is_auto(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if !matches!(v, Value::Obj(id) if matches!(vm.heap.get(id), Object::Instance(_))) {
        return Ok(false);
    }
    let auto = auto_class(vm)?;
    vm.isinstance_of(v, auto)
}

/// `<enum 'Color'>` or `<flag 'Perm'>`.
fn class_repr(vm: &mut Vm, cls: Value) -> PyResult<String> {
    let flag = flag_class(vm)?;
    let n = vm.class_name(cls);
    Ok(if vm.is_subclass(cls, flag) {
        format!("<flag '{n}'>")
    } else {
        format!("<enum '{n}'>")
    })
}

fn is_flag(vm: &mut Vm, cls: Value) -> PyResult<bool> {
    let flag = flag_class(vm)?;
    Ok(vm.is_subclass(cls, flag))
}

/// The class's member map, name list and value map (from its own namespace).
fn member_map(vm: &Vm, cls: Value) -> Option<Value> {
    own_attr(vm, cls, "_member_map_").or_else(|| vm.lookup_in_namespaces(cls, "_member_map_"))
}

fn member_names(vm: &Vm, cls: Value) -> Vec<Value> {
    let names = own_attr(vm, cls, "_member_names_")
        .or_else(|| vm.lookup_in_namespaces(cls, "_member_names_"));
    names.and_then(|n| vm.seq_items(n)).unwrap_or_default()
}

/// The canonical members in definition order.
fn members(vm: &mut Vm, cls: Value) -> PyResult<Vec<Value>> {
    let names = member_names(vm, cls);
    let Some(map) = member_map(vm, cls).and_then(|m| vm.dict_id(m)) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::with_capacity(names.len());
    for n in names {
        if let Some(m) = vm.dict_get(map, n)? {
            out.push(m);
        }
    }
    Ok(out)
}

fn member_value_of(vm: &Vm, m: Value) -> Value {
    inst_attr(vm, m, "_value_").unwrap_or(Value::None)
}

fn member_name_of(vm: &Vm, m: Value) -> Option<String> {
    inst_attr(vm, m, "_name_").and_then(|n| vm.str_value(n))
}

/// The `_generate_next_value_` that applies to a new class with `bases` (or its namespace).
fn find_gnv(vm: &mut Vm, bases: &[Value], dict: Option<ObjId>) -> Option<Value> {
    let unwrap = |vm: &Vm, v: Value| match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::StaticMethod(f) => *f,
            _ => v,
        },
        other => other,
    };
    if let Some(d) = dict {
        if let Some(v) = vm.dict_get_str(d, "_generate_next_value_") {
            return Some(unwrap(vm, v));
        }
    }
    for b in bases {
        if let Some(v) = vm.lookup_in_namespaces(*b, "_generate_next_value_") {
            return Some(unwrap(vm, v));
        }
    }
    None
}

fn call_gnv(
    vm: &mut Vm,
    gnv: Option<Value>,
    name: &str,
    start: Value,
    count: usize,
    last: &[Value],
) -> PyResult<Value> {
    let gnv = gnv.unwrap_or(f(EnumFn::GenerateNext));
    let n = vm.new_str(name.to_string())?;
    let l = vm.new_list(last.to_vec())?;
    vm.call(gnv, &[n, start, Value::Int(count as i64), l])
}

// ---- __prepare__ and the class-body namespace ---------------------------------------------------

fn ns_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("enum._EnumDict", |vm| {
        vm.new_native_class(NativeClass {
            name: "_EnumDict",
            module: "enum",
            attrs: vec![("__setitem__", f(EnumFn::NsSetItem))],
            ..Default::default()
        })
    })
}

/// `EnumType.__prepare__(metacls, name, bases)`.
fn meta_prepare(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let bases = args.get(2).unwrap_or(Value::None);
    let cls = ns_class(vm)?;
    let dict = vm.alloc_obj(Object::Dict(Dict::new()))?;
    vm.new_native_instance(
        cls,
        NativeData::Enum(EnumData::Namespace(Box::new(NsData {
            dict,
            bases,
            member_names: Vec::new(),
            last_values: Vec::new(),
            ignore: Vec::new(),
        }))),
    )
}

fn ns_data(vm: &Vm, ns: Value) -> PyResult<NsData> {
    match vm.native_data(ns) {
        Some(NativeData::Enum(EnumData::Namespace(d))) => Ok((**d).clone()),
        _ => Err(Exc::internal("enum namespace expected")),
    }
}

fn ns_store(vm: &mut Vm, ns: Value, d: NsData) {
    if let Some(NativeData::Enum(EnumData::Namespace(slot))) = vm.native_data_mut(ns) {
        **slot = d;
    }
}

const ALLOWED_SUNDERS: &[&str] = &[
    "_order_",
    "_generate_next_value_",
    "_numeric_repr_",
    "_missing_",
    "_ignore_",
    "_iter_member_",
    "_iter_member_by_value_",
    "_iter_member_by_def_",
];

/// Every assignment in an enum class body.
fn ns_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__setitem__", 2, 2)?;
    let (ns, key, mut value) = (args.this(), args.pos[1], args.pos[2]);
    let mut d = ns_data(vm, ns)?;
    let name = vm.str_value(key).unwrap_or_default();
    let existing = vm.dict_get(d.dict, key)?;
    if is_dunder(&name) {
        // plain attribute
    } else if is_sunder(&name) {
        if !ALLOWED_SUNDERS.contains(&name.as_str()) {
            return Err(Exc::value_error(format!(
                "_sunder_ names, such as '{name}', are reserved for future Enum use"
            )));
        }
        if name == "_generate_next_value_" && !d.member_names.is_empty() {
            return Err(Exc::type_error(
                "_generate_next_value_ must be defined before members",
            ));
        }
        if name == "_ignore_" {
            let items = match vm.str_value(value) {
                Some(s) => s
                    .replace(',', " ")
                    .split_whitespace()
                    .map(str::to_string)
                    .collect(),
                None => vm
                    .collect(value)?
                    .into_iter()
                    .filter_map(|v| vm.str_value(v))
                    .collect(),
            };
            for n in &items {
                if d.member_names.contains(n) {
                    return Err(Exc::value_error(format!(
                        "_ignore_ cannot specify already set names: '{n}'"
                    )));
                }
            }
            d.ignore = items;
        }
    } else if d.member_names.contains(&name) {
        let r = match existing {
            Some(v) => vm.repr(v)?,
            None => "None".into(),
        };
        return Err(Exc::type_error(format!("'{name}' already defined as {r}")));
    } else if d.ignore.contains(&name) || is_descriptor(vm, value) {
        // plain attribute
    } else if name.starts_with('_') && name.contains("__") && !name.ends_with("__") {
        // a private (mangled) name: a plain attribute
    } else {
        if let Some(old) = existing {
            let r = vm.repr(old)?;
            return Err(Exc::type_error(format!("'{name}' already defined as {r}")));
        }
        if is_auto(vm, value)? {
            let resolved = match inst_attr(vm, value, "value") {
                Some(v) => v,
                None => {
                    let bases = vm.seq_items(d.bases).unwrap_or_default();
                    let gnv = find_gnv(vm, &bases, Some(d.dict));
                    let v = call_gnv(
                        vm,
                        gnv,
                        &name,
                        Value::Int(1),
                        d.member_names.len(),
                        &d.last_values,
                    )?;
                    set_inst_attr(vm, value, "value", v)?;
                    v
                }
            };
            value = resolved;
        }
        d.member_names.push(name);
        d.last_values.push(value);
    }
    vm.dict_set(d.dict, key, value)?;
    ns_store(vm, ns, d);
    Ok(Value::None)
}

// ---- EnumType.__init__: creating the members ----------------------------------------------------

/// `EnumType.__init__(cls, name, bases, namespace)`.
fn meta_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    create_members(vm, cls)?;
    Ok(Value::None)
}

/// Sets the bookkeeping attributes of a native enum class (no members).
fn finish_enum_class(vm: &mut Vm, cls: Value) -> PyResult<()> {
    let names = vm.new_list(Vec::new())?;
    let map = vm.new_dict(Dict::new())?;
    let vmap = vm.new_dict(Dict::new())?;
    set_class_attr(vm, cls, "_member_names_", names)?;
    set_class_attr(vm, cls, "_member_map_", map)?;
    set_class_attr(vm, cls, "_value2member_map_", vmap)?;
    Ok(())
}

/// The built-in data type of an enum's members (`int` for `IntEnum`), if any.
fn data_type(vm: &Vm, cls: Value) -> BuiltinType {
    match cls {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Class(c) => c.builtin_base,
            _ => BuiltinType::Object,
        },
        _ => BuiltinType::Object,
    }
}

/// A user-defined method (not one of this module's) found in the enum's MRO namespaces.
fn user_method(vm: &Vm, cls: Value, name: &str) -> Option<Value> {
    let v = vm.lookup_in_namespaces(cls, name)?;
    match v {
        Value::Builtin(_) => None,
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Function(_) | Object::StaticMethod(_) => Some(v),
            _ => None,
        },
        _ => None,
    }
}

fn create_members(vm: &mut Vm, cls: Value) -> PyResult<()> {
    let enum_base = enum_class(vm)?;
    let cls_name = vm.class_name(cls);
    // Extending an enum that has members is not allowed.
    let bases = match cls {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Class(c) => c.bases.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    for b in &bases {
        if vm.is_subclass(*b, enum_base) && !member_names(vm, *b).is_empty() {
            let a = class_repr(vm, cls)?;
            let r = class_repr(vm, *b)?;
            return Err(Exc::type_error(format!("{a} cannot extend {r}")));
        }
    }
    // Mixed-in data types do not replace the enum's repr, str and format.
    if data_type(vm, cls) != BuiltinType::Object {
        for name in ["__repr__", "__str__", "__format__"] {
            if own_attr(vm, cls, name).is_some() {
                continue;
            }
            let found = vm.mro_lookup(cls, crate::vm::attr::Name::new(name), 0);
            if let Some((_, Value::Type(_))) = found {
                let from_enum = vm.lookup_in_namespaces(enum_base, name);
                if let Some(m) = from_enum {
                    set_class_attr(vm, cls, name, m)?;
                }
            }
        }
    }
    // The members, in definition order.
    let ignore: Vec<String> = match own_attr(vm, cls, "_ignore_") {
        Some(v) => match vm.str_value(v) {
            Some(s) => s
                .replace(',', " ")
                .split_whitespace()
                .map(str::to_string)
                .collect(),
            None => vm
                .collect(v)?
                .into_iter()
                .filter_map(|x| vm.str_value(x))
                .collect(),
        },
        None => Vec::new(),
    };
    for n in &ignore {
        del_class_attr(vm, cls, n)?;
    }
    del_class_attr(vm, cls, "_ignore_")?;
    let mut defs: Vec<(String, Value)> = Vec::new();
    for (k, v) in own_items(vm, cls) {
        let Some(name) = vm.str_value(k) else {
            continue;
        };
        if is_dunder(&name) || is_sunder(&name) || is_private(&cls_name, &name) {
            continue;
        }
        if is_descriptor(vm, v) {
            continue;
        }
        defs.push((name, v));
    }
    let flag = is_flag(vm, cls)?;
    let gnv = find_gnv(vm, &[cls], None);
    let mut last_values: Vec<Value> = Vec::new();
    let mut names: Vec<Value> = Vec::new();
    let mut map = Dict::new();
    let mut vmap = Dict::new();
    let mut canon: Vec<(Value, Value)> = Vec::new();
    for (name, raw) in defs {
        let raw = if is_auto(vm, raw)? {
            match inst_attr(vm, raw, "value") {
                Some(v) => v,
                None => {
                    let v = call_gnv(vm, gnv, &name, Value::Int(1), names.len(), &last_values)?;
                    set_inst_attr(vm, raw, "value", v)?;
                    v
                }
            }
        } else {
            raw
        };
        last_values.push(raw);
        let member = make_member(vm, cls, &name, raw)?;
        let value = member_value_of(vm, member);
        // An alias: an earlier member with an equal value.
        let mut alias_of = None;
        for (cv, cm) in &canon {
            if vm.eq(*cv, value)? {
                alias_of = Some(*cm);
                break;
            }
        }
        let name_v = vm.new_str(name.clone())?;
        let target = match alias_of {
            Some(m) => m,
            None => {
                canon.push((value, member));
                // Flags list only single-bit members as canonical.
                let single = !flag || matches!(value, Value::Int(i) if i > 0 && i & (i - 1) == 0);
                if single {
                    names.push(name_v);
                }
                if vm.hash(value).is_ok() {
                    vm.dict_set_in(&mut vmap, value, member)?;
                }
                member
            }
        };
        vm.dict_set_in(&mut map, name_v, target)?;
        set_class_attr(vm, cls, &name, target)?;
    }
    let names_v = vm.new_list(names)?;
    let map_v = vm.new_dict(map)?;
    let vmap_v = vm.new_dict(vmap)?;
    set_class_attr(vm, cls, "_member_names_", names_v)?;
    set_class_attr(vm, cls, "_member_map_", map_v)?;
    set_class_attr(vm, cls, "_value2member_map_", vmap_v)?;
    Ok(())
}

/// Creates one member of `cls` from the value written in the class body.
fn make_member(vm: &mut Vm, cls: Value, name: &str, raw: Value) -> PyResult<Value> {
    let args: Vec<Value> = if vm.kind(raw) == crate::vm::ops::Kind::Tuple
        && !matches!(vm.type_of(raw), Value::Obj(_))
    {
        vm.seq_items(raw).unwrap_or_default()
    } else {
        vec![raw]
    };
    let dt = data_type(vm, cls);
    let member = if let Some(new) = user_method(vm, cls, "__new__") {
        let func = match new {
            Value::Obj(id) => match vm.heap.get(id) {
                Object::StaticMethod(f) => *f,
                _ => new,
            },
            other => other,
        };
        let mut call_args = vec![cls];
        call_args.extend(args.iter().copied());
        vm.call(func, &call_args)?
    } else if dt != BuiltinType::Object {
        let str_enum = vm.std_class("enum.StrEnum", make_str_enum)?;
        if vm.is_subclass(cls, str_enum) {
            if args.len() > 3 {
                let r = vm.repr(raw)?;
                return Err(Exc::type_error(format!(
                    "too many arguments for str(): {r}"
                )));
            }
            for a in &args {
                if vm.str_value(*a).is_none() {
                    let r = vm.repr(*a)?;
                    return Err(Exc::type_error(format!("{r} is not a string")));
                }
            }
        }
        let payload = if args.len() == 1 && vm.is_instance(args[0], dt) {
            vm.unwrap_builtin(args[0])
        } else {
            crate::builtins::object::construct(vm, dt, &Args::new(&args))?
        };
        let mut inst = crate::builtins::class::Instance::new(cls);
        inst.payload = crate::builtins::class::Payload::Builtin(payload);
        vm.alloc(Object::Instance(Box::new(inst)))?
    } else {
        new_plain_instance(vm, cls)?
    };
    if inst_attr(vm, member, "_value_").is_none() {
        set_inst_attr(vm, member, "_value_", raw)?;
    }
    let n = vm.new_str(name.to_string())?;
    set_inst_attr(vm, member, "_name_", n)?;
    if let Some(init) = user_method(vm, cls, "__init__") {
        let mut call_args = vec![member];
        call_args.extend(args.iter().copied());
        let r = vm.call(init, &call_args)?;
        let _ = r;
    }
    Ok(member)
}

// ---- the class object: EnumType methods --------------------------------------------------------

fn meta_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let ms = members(vm, args.this())?;
    let l = vm.new_list(ms)?;
    vm.get_iter(l)
}

fn meta_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut ms = members(vm, args.this())?;
    ms.reverse();
    let l = vm.new_list(ms)?;
    vm.get_iter(l)
}

fn meta_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(member_names(vm, args.this()).len() as i64))
}

fn meta_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    let (cls, v) = (args.this(), args.pos[1]);
    let enum_base = enum_class(vm)?;
    if !vm.isinstance_of(v, enum_base)? {
        let t = vm.type_name(v);
        let mt = vm.type_name(cls);
        return Err(Exc::type_error(format!(
            "unsupported operand type(s) for 'in': '{t}' and '{mt}'"
        )));
    }
    if !vm.isinstance_of(v, cls)? {
        return Ok(Value::Bool(false));
    }
    let Some(map) = member_map(vm, cls).and_then(|m| vm.dict_id(m)) else {
        return Ok(Value::Bool(false));
    };
    let n = inst_attr(vm, v, "_name_").unwrap_or(Value::None);
    Ok(Value::Bool(vm.dict_get(map, n)?.is_some()))
}

fn meta_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__getitem__", 1, 1)?;
    let (cls, key) = (args.this(), args.pos[1]);
    let Some(map) = member_map(vm, cls).and_then(|m| vm.dict_id(m)) else {
        return Err(Exc::key_error(key));
    };
    match vm.dict_get(map, key)? {
        Some(m) => Ok(m),
        None => Err(Exc::key_error(key)),
    }
}

fn meta_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = class_repr(vm, args.this())?;
    vm.new_str(s)
}

fn meta_members(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let items = match member_map(vm, cls) {
        Some(m) => dict_items(vm, m),
        None => Vec::new(),
    };
    let mut d = Dict::new();
    for (k, v) in items {
        vm.dict_set_in(&mut d, k, v)?;
    }
    let dv = vm.new_dict(d)?;
    crate::modules::typing::mappingproxy(vm, dv)
}

fn meta_setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__setattr__", 2, 2)?;
    let (cls, name, value) = (args.this(), args.pos[1], args.pos[2]);
    let n = vm.str_value(name).unwrap_or_default();
    if let Some(map) = own_attr(vm, cls, "_member_map_").and_then(|m| vm.dict_id(m)) {
        if vm.dict_get(map, name)?.is_some() {
            return Err(Exc::attribute_error(format!(
                "cannot reassign member '{n}'"
            )));
        }
    }
    set_class_attr(vm, cls, &n, value)?;
    Ok(Value::None)
}

fn meta_delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__delattr__", 1, 1)?;
    let (cls, name) = (args.this(), args.pos[1]);
    let n = vm.str_value(name).unwrap_or_default();
    if let Some(map) = own_attr(vm, cls, "_member_map_").and_then(|m| vm.dict_id(m)) {
        if vm.dict_get(map, name)?.is_some() {
            let cn = vm.class_name(cls);
            return Err(Exc::attribute_error(format!(
                "'{cn}' cannot delete member '{n}'."
            )));
        }
    }
    if del_class_attr(vm, cls, &n)?.is_none() {
        return Err(vm.no_attribute(cls, &n));
    }
    Ok(Value::None)
}

/// `Color(value)` (lookup) or `Enum('Name', names)` (functional API).
fn meta_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(
        vm,
        "EnumType.__call__",
        &[
            "value", "names", "module", "qualname", "type", "start", "boundary",
        ],
    )?;
    let cls = args.this();
    let value = args.get(1).or_else(|| args.kwarg(vm, "value"));
    let names = args.get(2).or_else(|| args.kwarg(vm, "names"));
    if args.len() > 3 {
        return Err(Exc::type_error(format!(
            "EnumType.__call__() takes from 2 to 3 positional arguments but {} were given",
            args.len()
        )));
    }
    let Some(value) = value else {
        return Err(Exc::type_error(
            "EnumType.__call__() missing 1 required positional argument: 'value'",
        ));
    };
    if let Some(names) = names {
        return functional_api(vm, cls, value, names, args);
    }
    lookup_value(vm, cls, value)
}

fn lookup_value(vm: &mut Vm, cls: Value, value: Value) -> PyResult<Value> {
    if vm.type_of(value).is(cls) {
        return Ok(value);
    }
    let names = member_names(vm, cls);
    let flag = is_flag(vm, cls)?;
    if names.is_empty() && !flag {
        let r = class_repr(vm, cls)?;
        return Err(Exc::type_error(format!("{r} has no members defined")));
    }
    if let Some(vmap) = own_attr(vm, cls, "_value2member_map_").and_then(|m| vm.dict_id(m)) {
        if vm.hash(value).is_ok() {
            if let Some(m) = vm.dict_get(vmap, value)? {
                return Ok(m);
            }
        }
    }
    for m in members(vm, cls)? {
        let mv = member_value_of(vm, m);
        if vm.eq(mv, value)? {
            return Ok(m);
        }
    }
    if flag {
        if let Some(m) = flag_pseudo_member(vm, cls, value)? {
            return Ok(m);
        }
    }
    let missing = vm.getattr(cls, "_missing_")?;
    let r = vm.call(missing, &[value])?;
    if vm.isinstance_of(r, cls)? {
        return Ok(r);
    }
    let vr = vm.repr(value)?;
    let q = vm.class_qualname(cls).0;
    if r.is_none()
        && flag
        && uses_default_missing(vm, cls)?
        && data_type(vm, cls) != BuiltinType::Int
    {
        if let Value::Int(v) = value {
            if v >= 0 {
                let mask: i64 = members(vm, cls)?
                    .into_iter()
                    .filter_map(|m| flag_int(vm, m))
                    .fold(0, |a, b| a | b);
                let bits = (64 - v.leading_zeros()).max(64 - mask.leading_zeros()) as usize;
                let cr = class_repr(vm, cls)?;
                return Err(Exc::value_error(format!(
                    "{cr} invalid value {v}\n    given {}\n  allowed {}",
                    flag_bin(v, bits),
                    flag_bin(mask, bits)
                )));
            }
        }
    }
    if r.is_none() {
        return Err(Exc::value_error(format!("{vr} is not a valid {q}")));
    }
    let rr = vm.repr(r)?;
    Err(Exc::type_error(format!(
        "error in {q}._missing_: returned {rr} instead of None or a valid member"
    )))
}

fn default_missing(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `Enum('Animal', 'ANT BEE')` and its other forms.
fn functional_api(
    vm: &mut Vm,
    base: Value,
    name: Value,
    names: Value,
    args: &Args,
) -> PyResult<Value> {
    let cls_name = vm
        .str_value(name)
        .ok_or_else(|| Exc::type_error("enum name must be a string"))?;
    let start = args.kwarg(vm, "start").unwrap_or(Value::Int(1));
    let mut bases = vec![];
    if let Some(t) = args.kwarg(vm, "type") {
        if !t.is_none() {
            bases.push(t);
        }
    }
    bases.push(base);
    let gnv = find_gnv(vm, &[base], None);
    // (name, value) pairs.
    let mut pairs: Vec<(String, Value)> = Vec::new();
    let mut last: Vec<Value> = Vec::new();
    let as_names: Option<Vec<String>> = vm.str_value(names).map(|s| {
        s.replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect()
    });
    if let Some(ns) = as_names {
        for n in ns {
            let v = call_gnv(vm, gnv, &n, start, pairs.len(), &last)?;
            last.push(v);
            pairs.push((n, v));
        }
    } else if vm.kind(names) == crate::vm::ops::Kind::Dict {
        for (k, v) in dict_items(vm, names) {
            pairs.push((vm.str_value(k).unwrap_or_default(), v));
        }
    } else {
        for item in vm.collect(names)? {
            if let Some(n) = vm.str_value(item) {
                let v = call_gnv(vm, gnv, &n, start, pairs.len(), &last)?;
                last.push(v);
                pairs.push((n, v));
            } else {
                let parts = vm.collect(item)?;
                match parts.as_slice() {
                    [n, v] => pairs.push((vm.str_value(*n).unwrap_or_default(), *v)),
                    _ => return Err(Exc::type_error("invalid enum member definition")),
                }
            }
        }
    }
    let mut dict = Dict::new();
    for (n, v) in &pairs {
        if let Some(old) = vm.dict_lookup_str(&dict, n) {
            return Err(Exc::type_error(format!(
                "'{n}' already defined as {}",
                vm.repr(old)?
            )));
        }
        vm.dict_insert_str(&mut dict, n, *v)?;
    }
    let module = match args.kwarg(vm, "module") {
        Some(m) => vm.str_value(m).unwrap_or_else(|| "__main__".into()),
        None => "__main__".into(),
    };
    let qualname = match args.kwarg(vm, "qualname") {
        Some(q) => vm.str_value(q).unwrap_or_else(|| cls_name.clone()),
        None => cls_name.clone(),
    };
    let mod_v = vm.new_str(module.clone())?;
    vm.dict_insert_str(&mut dict, "__module__", mod_v)?;
    let meta = meta_class(vm)?;
    let cls = vm.create_class(crate::vm::ClassSpec {
        name: cls_name,
        qualname,
        module,
        bases,
        dict,
        meta,
        native: false,
        dotted_name: false,
    })?;
    create_members(vm, cls)?;
    Ok(cls)
}

/// `@unique`.
fn unique(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("unique", 1, 1)?;
    let cls = args.pos[0];
    vm.getattr(cls, "__members__")?;
    let Some(map) = member_map(vm, cls) else {
        return Ok(cls);
    };
    let mut dups = Vec::new();
    for (k, m) in dict_items(vm, map) {
        let n = vm.str_value(k).unwrap_or_default();
        let mn = member_name_of(vm, m).unwrap_or_default();
        if n != mn {
            dups.push(format!("{n} -> {mn}"));
        }
    }
    if !dups.is_empty() {
        let r = class_repr(vm, cls)?;
        return Err(Exc::value_error(format!(
            "duplicate values found in {r}: {}",
            dups.join(", ")
        )));
    }
    Ok(cls)
}

// ---- members ------------------------------------------------------------------------------------

fn member_name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(inst_attr(vm, args.this(), "_name_").unwrap_or(Value::None))
}

fn member_value(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(member_value_of(vm, args.this()))
}

fn member_readonly(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::attribute_error(
        "<enum 'Enum'> cannot set attribute 'value'",
    ))
}

fn name_readonly(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::attribute_error(
        "<enum 'Enum'> cannot set attribute 'name'",
    ))
}

/// CPython 3.11's `EnumType.__getattr__`: a missing class attribute raises
/// `AttributeError(name)`.
fn meta_getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__getattr__", 1, 1)?;
    let n = vm.str_value(args.pos[1]).unwrap_or_default();
    Err(Exc::attribute_error(n))
}

fn member_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = args.this();
    let cn = vm.class_name(vm.type_of(m));
    let n = member_name_of(vm, m).unwrap_or_default();
    let v = member_value_of(vm, m);
    let vr = vm.repr(v)?;
    vm.new_str(format!("<{cn}.{n}: {vr}>"))
}

fn member_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = args.this();
    let cn = vm.class_name(vm.type_of(m));
    let n = member_name_of(vm, m).unwrap_or_default();
    vm.new_str(format!("{cn}.{n}"))
}

fn member_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__format__", 1, 1)?;
    let s = vm.to_str(args.this())?;
    let sv = vm.new_str(s)?;
    let spec = vm.str_value(args.pos[1]).unwrap_or_default();
    let r = vm.format(sv, &spec)?;
    vm.new_str(r)
}

/// `str()` of `ReprEnum` members: the data type's (`1` for an `IntEnum`).
fn data_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = args.this();
    let v = match vm.payload(m) {
        Some(p) => p,
        None => member_value_of(vm, m),
    };
    let s = vm.to_str(v)?;
    vm.new_str(s)
}

fn data_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__format__", 1, 1)?;
    let m = args.this();
    let v = match vm.payload(m) {
        Some(p) => p,
        None => member_value_of(vm, m),
    };
    let spec = vm.str_value(args.pos[1]).unwrap_or_default();
    let r = vm.format(v, &spec)?;
    vm.new_str(r)
}

fn member_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = inst_attr(vm, args.this(), "_name_").unwrap_or(Value::None);
    vm.hash(n).map(Value::Int)
}

fn member_copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}

fn member_deepcopy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}

/// `Enum._generate_next_value_`: one more than the last value, starting at `start`.
fn generate_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("_generate_next_value_", 4, 4)?;
    let start = args.pos[1];
    let last = vm.seq_items(args.pos[3]).unwrap_or_default();
    for v in last.iter().rev() {
        if vm.kind(*v) == crate::vm::ops::Kind::Int {
            let (l, r) = (*v, Value::Int(1));
            return vm
                .native_binop(crate::bytecode::BinOp::Add, l, r, false)?
                .ok_or_else(|| Exc::type_error("unsupported operand"));
        }
    }
    Ok(start)
}

fn str_generate_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("_generate_next_value_", 4, 4)?;
    let n = vm.str_value(args.pos[0]).unwrap_or_default();
    vm.new_str(n.to_lowercase())
}

fn flag_generate_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("_generate_next_value_", 4, 4)?;
    let count = match args.pos[2] {
        Value::Int(c) => c,
        _ => 0,
    };
    if count == 0 {
        return Ok(args.pos[1]);
    }
    let last = vm.seq_items(args.pos[3]).unwrap_or_default();
    let high = match last.last() {
        Some(Value::Int(i)) => Some(if *i <= 0 {
            -1
        } else {
            63 - i.leading_zeros() as i64
        }),
        Some(other) => {
            let r = vm.repr(*other)?;
            return Err(Exc::type_error(format!("invalid flag value {r}")));
        }
        None => None,
    };
    let bit = high.unwrap_or(-1) + 1;
    if !(0..62).contains(&bit) {
        return Err(Exc::overflow_error(
            "montybox: Flag values are limited to 62 bits",
        ));
    }
    Ok(Value::Int(1i64 << bit))
}

// ---- Flag ---------------------------------------------------------------------------------------

fn flag_int(vm: &Vm, m: Value) -> Option<i64> {
    match member_value_of(vm, m) {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        _ => None,
    }
}

/// The canonical members whose bits are all in `value`, in definition order.
fn flag_decompose(vm: &mut Vm, cls: Value, value: i64) -> PyResult<(Vec<Value>, i64)> {
    let mut rest = value;
    let mut out = Vec::new();
    for m in members(vm, cls)? {
        if let Some(b) = flag_int(vm, m) {
            if b != 0 && value & b == b {
                out.push(m);
                rest &= !b;
            }
        }
    }
    Ok((out, rest))
}

/// The member or pseudo-member of Flag class `cls` for an int value.
/// Whether `cls` uses `Enum`'s own `_missing_`.
fn uses_default_missing(vm: &mut Vm, cls: Value) -> PyResult<bool> {
    let base = enum_class(vm)?;
    let ours = own_attr(vm, base, "_missing_");
    let found = vm.lookup_in_namespaces(cls, "_missing_");
    Ok(matches!((ours, found), (Some(a), Some(b)) if a.is(b)))
}

/// `enum.bin` for a non-negative value: `0b0 0111`, the digits padded to `bits`.
fn flag_bin(v: i64, bits: usize) -> String {
    let digits = format!("{v:b}");
    let digits = if v == 0 { String::new() } else { digits };
    format!("0b0 {digits:0>bits$}")
}

fn flag_pseudo_member(vm: &mut Vm, cls: Value, value: Value) -> PyResult<Option<Value>> {
    let Value::Int(v) = (match value {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    }) else {
        return Ok(None);
    };
    if let Some(vmap) = own_attr(vm, cls, "_value2member_map_").and_then(|m| vm.dict_id(m)) {
        if let Some(m) = vm.dict_get(vmap, Value::Int(v))? {
            return Ok(Some(m));
        }
    }
    let is_int = data_type(vm, cls) == BuiltinType::Int;
    let mask: i64 = members(vm, cls)?
        .into_iter()
        .filter_map(|m| flag_int(vm, m))
        .fold(0, |a, b| a | b);
    let v = if is_int && v < 0 { v & mask } else { v };
    if v < 0 || (!is_int && v & !mask != 0) {
        return Ok(None);
    }
    let (parts, rest) = flag_decompose(vm, cls, v)?;
    let mut names: Vec<String> = parts
        .iter()
        .filter_map(|m| member_name_of(vm, *m))
        .collect();
    if rest != 0 {
        names.push(rest.to_string());
    }
    let member = if data_type(vm, cls) != BuiltinType::Object {
        let mut inst = crate::builtins::class::Instance::new(cls);
        inst.payload = crate::builtins::class::Payload::Builtin(Value::Int(v));
        vm.alloc(Object::Instance(Box::new(inst)))?
    } else {
        new_plain_instance(vm, cls)?
    };
    set_inst_attr(vm, member, "_value_", Value::Int(v))?;
    let name = if names.is_empty() || (rest != 0 && parts.is_empty()) {
        Value::None
    } else {
        vm.new_str(names.join("|"))?
    };
    set_inst_attr(vm, member, "_name_", name)?;
    // Cache it like CPython does, so equal values give the same object.
    if let Some(vmap) = own_attr(vm, cls, "_value2member_map_").and_then(|m| vm.dict_id(m)) {
        vm.dict_set(vmap, Value::Int(v), member)?;
    }
    Ok(Some(member))
}

fn flag_binop(vm: &mut Vm, args: &Args, op: fn(i64, i64) -> i64) -> PyResult<Value> {
    args.check_method("flag operator", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    let cls = vm.type_of(a);
    let is_int = data_type(vm, cls) == BuiltinType::Int;
    let av = flag_int(vm, a).unwrap_or(0);
    let bv = if vm.type_of(b).is(cls) {
        flag_int(vm, b).unwrap_or(0)
    } else if is_int {
        match vm.unwrap_builtin(b) {
            Value::Int(i) => i,
            Value::Bool(x) => x as i64,
            _ => return Ok(Value::NotImplemented),
        }
    } else {
        return Ok(Value::NotImplemented);
    };
    let r = op(av, bv);
    match flag_pseudo_member(vm, cls, Value::Int(r))? {
        Some(m) => Ok(m),
        None => lookup_value(vm, cls, Value::Int(r)),
    }
}

fn flag_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    flag_binop(vm, args, |a, b| a | b)
}

fn flag_and(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    flag_binop(vm, args, |a, b| a & b)
}

fn flag_xor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    flag_binop(vm, args, |a, b| a ^ b)
}

fn flag_invert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.this();
    let cls = vm.type_of(a);
    let mask: i64 = members(vm, cls)?
        .into_iter()
        .filter_map(|m| flag_int(vm, m))
        .fold(0, |x, y| x | y);
    let v = flag_int(vm, a).unwrap_or(0);
    let r = mask & !v;
    match flag_pseudo_member(vm, cls, Value::Int(r))? {
        Some(m) => Ok(m),
        None => lookup_value(vm, cls, Value::Int(r)),
    }
}

fn flag_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    let cls = vm.type_of(a);
    if !vm.type_of(b).is(cls) {
        let bt = vm.type_name(b);
        let at = vm.type_name(a);
        return Err(Exc::type_error(format!(
            "unsupported operand type(s) for 'in': '{bt}' and '{at}'"
        )));
    }
    let (av, bv) = (flag_int(vm, a).unwrap_or(0), flag_int(vm, b).unwrap_or(0));
    Ok(Value::Bool(av & bv == bv))
}

fn flag_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.this();
    let cls = vm.type_of(a);
    let v = flag_int(vm, a).unwrap_or(0);
    let (parts, _) = flag_decompose(vm, cls, v)?;
    let l = vm.new_list(parts)?;
    vm.get_iter(l)
}

fn flag_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = flag_int(vm, args.this()).unwrap_or(0);
    Ok(Value::Int(i64::from(v.count_ones())))
}

fn flag_bool(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(flag_int(vm, args.this()).unwrap_or(0) != 0))
}

fn flag_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = args.this();
    let cn = vm.class_name(vm.type_of(m));
    let v = member_value_of(vm, m);
    let vr = vm.repr(v)?;
    match member_name_of(vm, m) {
        Some(n) => vm.new_str(format!("<{cn}.{n}: {vr}>")),
        None => vm.new_str(format!("<{cn}: {vr}>")),
    }
}

fn flag_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = args.this();
    let cn = vm.class_name(vm.type_of(m));
    match member_name_of(vm, m) {
        Some(n) => vm.new_str(format!("{cn}.{n}")),
        None => {
            let v = member_value_of(vm, m);
            let vr = vm.repr(v)?;
            vm.new_str(format!("{cn}({vr})"))
        }
    }
}

/// Whether `v` is a member of an enum (for other modules, e.g. `json`).
pub fn is_member(vm: &mut Vm, v: Value) -> bool {
    match enum_class(vm) {
        Ok(e) => vm.isinstance_of(v, e).unwrap_or(false) && !vm.is_class(v),
        Err(_) => false,
    }
}
