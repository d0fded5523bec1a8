//! `dataclasses`: `@dataclass` and its generated methods, `field`, `Field`, `fields`, `asdict`,
//! `astuple`, `replace`, `is_dataclass`, `make_dataclass`, `FrozenInstanceError`, `InitVar`,
//! `KW_ONLY` and `MISSING`, with CPython 3.11's behaviour and messages.
//!
//! `@dataclass` (with or without arguments: `init`, `repr`, `eq`, `order`, `unsafe_hash`,
//! `frozen`, `match_args`, `kw_only`, `slots`, `weakref_slot`) collects the fields of the class
//! and its dataclass bases, checks them as CPython does (default ordering, mutable defaults,
//! frozen inheritance, overwritten order methods), and stores native methods in the class:
//! `__init__` (with CPython's argument errors, defaults, `default_factory`, `InitVar`,
//! keyword-only fields and `__post_init__`), `__repr__` (recursion-safe), `__eq__`, the ordering
//! methods, `__hash__` (CPython's table of `eq`/`frozen`/`unsafe_hash`), and for frozen classes
//! `__setattr__`/`__delattr__` raising `FrozenInstanceError`. The methods read the fields from
//! the class's `__dataclass_params__`, where the decorator leaves a precomputed plan, so creating
//! an instance does no per-field dictionary work beyond storing the attributes.
//! `__dataclass_fields__`, `__match_args__` and `__slots__` (for `slots=True`) are set too.
//!
//! Not supported: `slots=True` does not create a new class with real slots (instances keep a
//! `__dict__`), `weakref_slot` is accepted and ignored, `asdict`/`astuple` copy containers but
//! not other objects (CPython deep-copies them), and `__doc__` is not generated. Field types
//! written as strings are recognised as `ClassVar`/`InitVar` by their text.

use serde::{Deserialize, Serialize};
use smallvec::SmallVec;

use crate::builtins::class::Instance;
use crate::builtins::{Args, Builtin};
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum DcFn {
        Dataclass => "dataclass" => dataclass,
        Field => "field" => field,
        Fields => "fields" => fields,
        AsDict => "asdict" => asdict,
        AsTuple => "astuple" => astuple,
        Replace => "replace" => replace,
        IsDataclass => "is_dataclass" => is_dataclass,
        MakeDataclass => "make_dataclass" => make_dataclass,
        DecoratorCall => "__call__" => decorator_call,
        FieldRepr => "Field.__repr__" => field_repr,
        FieldTypeRepr => "_FIELD_BASE.__repr__" => field_type_repr,
        ParamsRepr => "_DataclassParams.__repr__" => params_repr,
        InitVarGetItem => "__class_getitem__" => initvar_getitem,
        InitVarRepr => "InitVar.__repr__" => initvar_repr,
        InitVarInit => "InitVar.__init__" => initvar_init,
        Init => "__init__" => dc_init,
        Repr => "__repr__" => dc_repr,
        Eq => "__eq__" => dc_eq,
        Lt => "__lt__" => dc_lt,
        Le => "__le__" => dc_le,
        Gt => "__gt__" => dc_gt,
        Ge => "__ge__" => dc_ge,
        Hash => "__hash__" => dc_hash,
        SetAttr => "__setattr__" => dc_setattr,
        DelAttr => "__delattr__" => dc_delattr,
    }
}

fn f(which: DcFn) -> Value {
    func_value(ModuleFn::Dataclasses(which))
}

/// The state of the module's native objects.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum DcData {
    /// `__dataclass_params__`: the options and the plan the generated methods follow.
    Params(Box<Params>),
    /// What `dataclass(...)` returns when called with options only.
    Decorator(Box<Options>),
}

impl DcData {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            DcData::Params(p) => {
                for pf in p.plan.iter() {
                    f(pf.name);
                    f(pf.default);
                    f(pf.factory);
                }
            }
            DcData::Decorator(_) => {}
        }
    }

    pub fn size_estimate(&self) -> usize {
        match self {
            DcData::Params(p) => {
                std::mem::size_of::<Params>() + p.plan.len() * std::mem::size_of::<PlanField>()
            }
            DcData::Decorator(_) => std::mem::size_of::<Options>(),
        }
    }
}

/// The options of `@dataclass(...)`.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct Options {
    pub init: bool,
    pub repr: bool,
    pub eq: bool,
    pub order: bool,
    pub unsafe_hash: bool,
    pub frozen: bool,
    pub match_args: bool,
    pub kw_only: bool,
    pub slots: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            init: true,
            repr: true,
            eq: true,
            order: false,
            unsafe_hash: false,
            frozen: false,
            match_args: true,
            kw_only: false,
            slots: false,
        }
    }
}

/// One field (or `InitVar` pseudo-field) as the generated methods use it.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct PlanField {
    /// The name, a str value.
    pub name: Value,
    /// The default, or `Undefined` for none.
    pub default: Value,
    /// The default factory, or `Undefined` for none.
    pub factory: Value,
    pub init: bool,
    pub repr: bool,
    pub compare: bool,
    /// Part of the hash (`hash=None` follows `compare`).
    pub hash: bool,
    pub kw_only: bool,
    pub initvar: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Params {
    pub opts: Options,
    /// Shared so the generated methods can hold it without copying it per call.
    pub plan: std::sync::Arc<Vec<PlanField>>,
    /// Whether the class had `__post_init__` when it was decorated (as CPython decides).
    pub post_init: bool,
    /// Whether the class had a `__setattr__` of its own (non-frozen `__init__` then assigns
    /// through it).
    pub custom_setattr: bool,
}

type Plan = std::sync::Arc<Vec<PlanField>>;

// ---- module attributes and classes --------------------------------------------------------------

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let field_cls = vm.std_class("dataclasses.Field", make_field_class)?;
    let frozen = frozen_error_class(vm)?;
    let initvar = vm.std_class("dataclasses.InitVar", make_initvar_class)?;
    let kw_only = vm.std_class("dataclasses.KW_ONLY", make_kw_only_class)?;
    let missing = missing(vm)?;
    let mut out: Vec<(&'static str, Value)> = Vec::new();
    for which in [
        DcFn::Dataclass,
        DcFn::Field,
        DcFn::Fields,
        DcFn::AsDict,
        DcFn::AsTuple,
        DcFn::Replace,
        DcFn::IsDataclass,
        DcFn::MakeDataclass,
    ] {
        out.push((which.name(), f(which)));
    }
    out.push(("Field", field_cls));
    out.push(("FrozenInstanceError", frozen));
    out.push(("InitVar", initvar));
    out.push(("KW_ONLY", kw_only));
    out.push(("MISSING", missing));
    Ok(out)
}

fn make_field_class(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "Field",
        module: "dataclasses",
        attrs: vec![("__repr__", f(DcFn::FieldRepr))],
        ..Default::default()
    })
}

fn frozen_error_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("dataclasses.FrozenInstanceError", |vm| {
        vm.new_exception_class(
            "FrozenInstanceError",
            "dataclasses",
            Value::Type(BuiltinType::AttributeError),
        )
    })
}

fn make_initvar_class(vm: &mut Vm) -> PyResult<Value> {
    let getitem = vm.class_method(f(DcFn::InitVarGetItem))?;
    vm.new_native_class(NativeClass {
        name: "InitVar",
        module: "dataclasses",
        attrs: vec![
            ("__class_getitem__", getitem),
            ("__repr__", f(DcFn::InitVarRepr)),
            ("__init__", f(DcFn::InitVarInit)),
        ],
        ..Default::default()
    })
}

fn make_kw_only_class(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "KW_ONLY",
        module: "dataclasses",
        ..Default::default()
    })
}

/// `dataclasses.MISSING`.
fn missing(vm: &mut Vm) -> PyResult<Value> {
    let cls = vm.std_class("dataclasses._MISSING_TYPE", |vm| {
        vm.new_native_class(NativeClass {
            name: "_MISSING_TYPE",
            module: "dataclasses",
            ..Default::default()
        })
    })?;
    std_instance(vm, "dataclasses.MISSING", cls)
}

/// A singleton instance of `cls`, cached under `key`.
fn std_instance(vm: &mut Vm, key: &'static str, cls: Value) -> PyResult<Value> {
    if let Some((_, v)) = vm.std_classes.iter().find(|(k, _)| k == key) {
        return Ok(*v);
    }
    let v = new_plain_instance(vm, cls)?;
    vm.std_classes.push((key.to_string(), v));
    Ok(v)
}

/// The markers of `Field._field_type` (`_FIELD`, `_FIELD_CLASSVAR`, `_FIELD_INITVAR`).
fn field_type_marker(vm: &mut Vm, kind: FieldKind) -> PyResult<Value> {
    let cls = vm.std_class("dataclasses._FIELD_BASE", |vm| {
        vm.new_native_class(NativeClass {
            name: "_FIELD_BASE",
            module: "dataclasses",
            attrs: vec![("__repr__", f(DcFn::FieldTypeRepr))],
            ..Default::default()
        })
    })?;
    let (key, name) = match kind {
        FieldKind::Field => ("dataclasses._FIELD", "_FIELD"),
        FieldKind::ClassVar => ("dataclasses._FIELD_CLASSVAR", "_FIELD_CLASSVAR"),
        FieldKind::InitVar => ("dataclasses._FIELD_INITVAR", "_FIELD_INITVAR"),
    };
    let v = std_instance(vm, key, cls)?;
    let n = vm.new_str(name.to_string())?;
    set_inst_attr(vm, v, "name", n)?;
    Ok(v)
}

fn field_type_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match inst_attr(vm, args.this(), "name") {
        Some(n) => Ok(n),
        None => vm.new_str("_FIELD".into()),
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FieldKind {
    Field,
    ClassVar,
    InitVar,
}

// ---- small helpers shared with `enum` and `typing` ----------------------------------------------

/// A fresh instance of `cls` with no state.
pub(crate) fn new_plain_instance(vm: &mut Vm, cls: Value) -> PyResult<Value> {
    vm.alloc(Object::Instance(Box::new(Instance::new(cls))))
}

/// An attribute stored on an instance itself (no class lookup).
pub(crate) fn inst_attr(vm: &Vm, obj: Value, name: &str) -> Option<Value> {
    let Value::Obj(id) = obj else { return None };
    match vm.heap.get(id) {
        Object::Instance(i) => match &i.attrs {
            crate::builtins::class::Attrs::Inline(d) => vm.dict_lookup_str(d, name),
            crate::builtins::class::Attrs::Shared(did) => vm.dict_get_str(*did, name),
        },
        _ => None,
    }
}

/// Stores an attribute on an instance directly (bypassing `__setattr__` and descriptors).
pub(crate) fn set_inst_attr(vm: &mut Vm, obj: Value, name: &str, v: Value) -> PyResult<()> {
    let Value::Obj(id) = obj else {
        return Err(Exc::internal("attribute set on a non-object"));
    };
    let k = vm.new_str(name.to_string())?;
    vm.instance_set(id, k, v)
}

/// An attribute in the class's own namespace (not inherited).
pub(crate) fn own_attr(vm: &Vm, cls: Value, name: &str) -> Option<Value> {
    let Value::Obj(id) = cls else { return None };
    match vm.heap.get(id) {
        Object::Class(c) => vm.dict_lookup_str(&c.dict, name),
        _ => None,
    }
}

/// Stores into a class's namespace directly (no metaclass hooks).
pub(crate) fn set_class_attr(vm: &mut Vm, cls: Value, name: &str, v: Value) -> PyResult<()> {
    let Value::Obj(id) = cls else {
        return Err(Exc::internal("class attribute set on a non-class"));
    };
    let mut dict = match vm.heap.get_mut(id) {
        Object::Class(c) => std::mem::take(&mut c.dict),
        _ => return Err(Exc::internal("class attribute set on a non-class")),
    };
    let r = vm.dict_insert_str(&mut dict, name, v);
    if let Object::Class(c) = vm.heap.get_mut(id) {
        c.dict = dict;
    }
    r
}

/// Removes a name from a class's namespace directly.
pub(crate) fn del_class_attr(vm: &mut Vm, cls: Value, name: &str) -> PyResult<Option<Value>> {
    let Value::Obj(id) = cls else { return Ok(None) };
    let mut dict = match vm.heap.get_mut(id) {
        Object::Class(c) => std::mem::take(&mut c.dict),
        _ => return Ok(None),
    };
    let r = vm.dict_remove_str(&mut dict, name);
    if let Object::Class(c) = vm.heap.get_mut(id) {
        c.dict = dict;
    }
    r
}

/// The entries of a class's own namespace, in definition order.
pub(crate) fn own_items(vm: &Vm, cls: Value) -> Vec<(Value, Value)> {
    let Value::Obj(id) = cls else {
        return Vec::new();
    };
    match vm.heap.get(id) {
        Object::Class(c) => c.dict.iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    }
}

/// The (key, value) pairs of a dict value.
pub(crate) fn dict_items(vm: &Vm, d: Value) -> Vec<(Value, Value)> {
    match d {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The class in the MRO of `type(obj)` whose namespace holds the native method `func` under
/// `name`: the dataclass that generated the method being run.
fn defining_class(vm: &Vm, obj: Value, name: &str, func: DcFn) -> Option<Value> {
    let cls = vm.type_of(obj);
    let Value::Obj(id) = cls else { return None };
    let mro = match vm.heap.get(id) {
        Object::Class(c) => &c.mro,
        _ => return None,
    };
    for entry in mro {
        if let Some(v) = own_attr(vm, *entry, name) {
            if matches!(v, Value::Builtin(Builtin::Module(ModuleFn::Dataclasses(g))) if g == func) {
                return Some(*entry);
            }
        }
    }
    None
}

/// The plan of dataclass `cls` (from its own `__dataclass_params__`).
fn class_params(vm: &Vm, cls: Value) -> Option<&Params> {
    let p = own_attr(vm, cls, "__dataclass_params__")?;
    match vm.native_data(p) {
        Some(NativeData::Dataclass(DcData::Params(p))) => Some(p),
        _ => None,
    }
}

/// The plan of the dataclass that generated method `func` for `obj`.
fn plan_for(vm: &Vm, obj: Value, name: &str, func: DcFn) -> PyResult<(Value, Params)> {
    let cls = defining_class(vm, obj, name, func).ok_or_else(|| {
        Exc::type_error(format!("descriptor '{name}' requires a dataclass instance"))
    })?;
    match class_params(vm, cls) {
        Some(p) => Ok((cls, p.clone())),
        None => Err(Exc::type_error(format!(
            "descriptor '{name}' requires a dataclass instance"
        ))),
    }
}

fn qualname(vm: &Vm, cls: Value) -> String {
    vm.class_qualname(cls).0
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` (CPython's list of missing arguments).
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!(
            "{}, {}, and {}",
            quoted[..n - 2].join(", "),
            quoted[n - 2],
            quoted[n - 1]
        ),
    }
}

fn is_missing(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let m = missing(vm)?;
    Ok(v.is(m) || v.is_undefined())
}

// ---- dataclass() ------------------------------------------------------------------------------------

const OPTION_NAMES: &[&str] = &[
    "init",
    "repr",
    "eq",
    "order",
    "unsafe_hash",
    "frozen",
    "match_args",
    "kw_only",
    "slots",
    "weakref_slot",
];

fn parse_options(vm: &mut Vm, args: &Args, func: &str) -> PyResult<Options> {
    args.check_kw(vm, func, OPTION_NAMES)?;
    let mut o = Options::default();
    for (k, v) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        let b = vm.truthy(*v)?;
        match name.as_str() {
            "init" => o.init = b,
            "repr" => o.repr = b,
            "eq" => o.eq = b,
            "order" => o.order = b,
            "unsafe_hash" => o.unsafe_hash = b,
            "frozen" => o.frozen = b,
            "match_args" => o.match_args = b,
            "kw_only" => o.kw_only = b,
            "slots" => o.slots = b,
            _ => {}
        }
    }
    Ok(o)
}

/// `dataclass(cls=None, /, *, init=True, ...)`.
fn dataclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(Exc::type_error(format!(
            "dataclass() takes from 0 to 1 positional arguments but {} were given",
            args.len()
        )));
    }
    let opts = parse_options(vm, args, "dataclass")?;
    match args.get(0) {
        Some(cls) if !cls.is_none() => process_class(vm, cls, opts),
        _ => {
            let cls = vm.std_class("dataclasses._Decorator", |vm| {
                vm.new_native_class(NativeClass {
                    name: "function",
                    module: "dataclasses",
                    attrs: vec![("__call__", f(DcFn::DecoratorCall))],
                    ..Default::default()
                })
            })?;
            vm.new_native_instance(
                cls,
                NativeData::Dataclass(DcData::Decorator(Box::new(opts))),
            )
        }
    }
}

fn decorator_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let opts = match vm.native_data(args.this()) {
        Some(NativeData::Dataclass(DcData::Decorator(o))) => **o,
        _ => return Err(Exc::type_error("not a dataclass decorator")),
    };
    args.no_kw("wrap")?;
    args.check_method("wrap", 1, 1)?;
    process_class(vm, args.pos[1], opts)
}

/// A field as the decorator collects it.
struct Collected {
    name: String,
    field: Value,
    kind: FieldKind,
    default: Value,
    factory: Value,
    init: bool,
    repr: bool,
    compare: bool,
    hash: Value,
    kw_only: bool,
}

fn read_field(vm: &mut Vm, fld: Value) -> PyResult<Collected> {
    let get = |vm: &Vm, n: &str| inst_attr(vm, fld, n).unwrap_or(Value::None);
    let name = vm.str_value(get(vm, "name")).unwrap_or_default();
    let ft = get(vm, "_field_type");
    let kind = if ft.is(field_type_marker(vm, FieldKind::ClassVar)?) {
        FieldKind::ClassVar
    } else if ft.is(field_type_marker(vm, FieldKind::InitVar)?) {
        FieldKind::InitVar
    } else {
        FieldKind::Field
    };
    let init = get(vm, "init");
    let repr = get(vm, "repr");
    let compare = get(vm, "compare");
    let kw = get(vm, "kw_only");
    let default = get(vm, "default");
    let factory = get(vm, "default_factory");
    Ok(Collected {
        name,
        field: fld,
        kind,
        default: if is_missing(vm, default)? {
            Value::Undefined
        } else {
            default
        },
        factory: if is_missing(vm, factory)? {
            Value::Undefined
        } else {
            factory
        },
        init: vm.truthy(init)?,
        repr: vm.truthy(repr)?,
        compare: vm.truthy(compare)?,
        hash: get(vm, "hash"),
        kw_only: vm.truthy(kw)?,
    })
}

/// Whether an annotation names `typing.ClassVar` (the form, a subscription, or its text).
fn annotation_is(vm: &mut Vm, ann: Value, which: &str) -> PyResult<bool> {
    if let Some(s) = vm.str_value(ann) {
        let s = s.trim_start();
        let prefixes: &[&str] = if which == "ClassVar" {
            &["ClassVar", "typing.ClassVar", "t.ClassVar"]
        } else {
            &["InitVar", "dataclasses.InitVar"]
        };
        return Ok(prefixes.iter().any(|p| {
            s.strip_prefix(p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('['))
        }));
    }
    if which == "ClassVar" {
        return Ok(crate::modules::typing::is_classvar(vm, ann));
    }
    let initvar = vm.std_class("dataclasses.InitVar", make_initvar_class)?;
    Ok(ann.is(initvar) || vm.isinstance_of(ann, initvar)?)
}

/// Creates a `Field` object with the given attributes.
#[allow(clippy::too_many_arguments)]
fn new_field(
    vm: &mut Vm,
    default: Value,
    factory: Value,
    init: Value,
    repr: Value,
    hash: Value,
    compare: Value,
    metadata: Value,
    kw_only: Value,
) -> PyResult<Value> {
    let cls = vm.std_class("dataclasses.Field", make_field_class)?;
    let fld = new_plain_instance(vm, cls)?;
    let md = if metadata.is_none() {
        let d = vm.new_dict(crate::builtins::dict::Dict::new())?;
        crate::modules::typing::mappingproxy(vm, d)?
    } else {
        let is_mapping = !matches!(
            vm.type_of(metadata),
            Value::Type(BuiltinType::List | BuiltinType::Tuple)
        ) && vm.getattr_opt(metadata, "__getitem__")?.is_some();
        if !is_mapping {
            let t = vm.type_name(metadata);
            return Err(Exc::type_error(format!(
                "mappingproxy() argument must be a mapping, not {t}"
            )));
        }
        crate::modules::typing::mappingproxy(vm, metadata)?
    };
    for (n, v) in [
        ("name", Value::None),
        ("type", Value::None),
        ("default", default),
        ("default_factory", factory),
        ("init", init),
        ("repr", repr),
        ("hash", hash),
        ("compare", compare),
        ("metadata", md),
        ("kw_only", kw_only),
        ("_field_type", Value::None),
    ] {
        set_inst_attr(vm, fld, n, v)?;
    }
    Ok(fld)
}

/// `field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
/// compare=True, metadata=None, kw_only=MISSING)`.
fn field(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(Exc::type_error(format!(
            "field() takes 0 positional arguments but {} {} given",
            args.len(),
            if args.len() == 1 { "was" } else { "were" }
        )));
    }
    args.check_kw(
        vm,
        "field",
        &[
            "default",
            "default_factory",
            "init",
            "repr",
            "hash",
            "compare",
            "metadata",
            "kw_only",
        ],
    )?;
    let m = missing(vm)?;
    let get = |vm: &Vm, n: &str, d: Value| args.kwarg(vm, n).unwrap_or(d);
    let default = get(vm, "default", m);
    let factory = get(vm, "default_factory", m);
    if !default.is(m) && !factory.is(m) {
        return Err(Exc::value_error(
            "cannot specify both default and default_factory",
        ));
    }
    let init = get(vm, "init", Value::Bool(true));
    let repr = get(vm, "repr", Value::Bool(true));
    let hash = get(vm, "hash", Value::None);
    let compare = get(vm, "compare", Value::Bool(true));
    let metadata = get(vm, "metadata", Value::None);
    let kw_only = get(vm, "kw_only", m);
    new_field(
        vm, default, factory, init, repr, hash, compare, metadata, kw_only,
    )
}

fn field_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let fld = args.this();
    let mut parts = Vec::new();
    for n in [
        "name",
        "type",
        "default",
        "default_factory",
        "init",
        "repr",
        "hash",
        "compare",
        "metadata",
        "kw_only",
        "_field_type",
    ] {
        let v = inst_attr(vm, fld, n).unwrap_or(Value::None);
        let r = vm.repr(v)?;
        parts.push(format!("{n}={r}"));
    }
    vm.new_str(format!("Field({})", parts.join(",")))
}

fn initvar_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__class_getitem__", 1, 1)?;
    let cls = args.this();
    let iv = new_plain_instance(vm, cls)?;
    set_inst_attr(vm, iv, "type", args.pos[1])?;
    Ok(iv)
}

fn initvar_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "InitVar.__init__", &["type"])?;
    let t = match (args.pos.get(1), args.kwarg(vm, "type")) {
        (Some(t), None) if args.pos.len() == 2 => *t,
        (None, Some(t)) => t,
        _ => {
            args.check_method("InitVar.__init__", 1, 1)?;
            return Err(Exc::type_error(
                "InitVar.__init__() missing 1 required positional argument: 'type'",
            ));
        }
    };
    set_inst_attr(vm, args.this(), "type", t)?;
    Ok(Value::None)
}

fn initvar_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = inst_attr(vm, args.this(), "type").unwrap_or(Value::None);
    let r = if vm.is_class(t) {
        vm.class_name(t)
    } else {
        vm.repr(t)?
    };
    vm.new_str(format!("dataclasses.InitVar[{r}]"))
}

fn params_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = match vm.native_data(args.this()) {
        Some(NativeData::Dataclass(DcData::Params(p))) => p.opts,
        _ => Options::default(),
    };
    let b = |x: bool| if x { "True" } else { "False" };
    vm.new_str(format!(
        "_DataclassParams(init={},repr={},eq={},order={},unsafe_hash={},frozen={})",
        b(o.init),
        b(o.repr),
        b(o.eq),
        b(o.order),
        b(o.unsafe_hash),
        b(o.frozen)
    ))
}

fn params_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("dataclasses._DataclassParams", |vm| {
        vm.new_native_class(NativeClass {
            name: "_DataclassParams",
            module: "dataclasses",
            attrs: vec![("__repr__", f(DcFn::ParamsRepr))],
            ..Default::default()
        })
    })
}

/// Whether instances of `v`'s type are unhashable (`__hash__` is None): CPython's test for a
/// mutable default.
fn unhashable_default(vm: &mut Vm, v: Value) -> bool {
    let t = vm.type_of(v);
    match t {
        Value::Type(bt) => matches!(
            bt,
            BuiltinType::List | BuiltinType::Dict | BuiltinType::Set | BuiltinType::ByteArray
        ),
        _ => matches!(
            vm.mro_lookup(t, crate::vm::attr::Name::new("__hash__"), 0),
            Some((Value::None, _))
        ),
    }
}

/// Turns `cls` into a dataclass.
fn process_class(vm: &mut Vm, cls: Value, opts: Options) -> PyResult<Value> {
    if !matches!(cls, Value::Obj(id) if matches!(vm.heap.get(id), Object::Class(_))) {
        let t = vm.type_name(cls);
        return Err(Exc::type_error(format!(
            "montybox: dataclass() must decorate a class, not '{t}'"
        )));
    }
    if opts.order && !opts.eq {
        return Err(Exc::value_error("eq must be true if order is true"));
    }
    let cname = vm.class_name(cls);
    let missing_v = missing(vm)?;
    let kw_only_marker = vm.std_class("dataclasses.KW_ONLY", make_kw_only_class)?;

    // Fields of dataclass bases, most basic first; a redefinition keeps the first position.
    let mut fields: Vec<(String, Value)> = Vec::new();
    let mut any_frozen_base = false;
    let mut has_dataclass_bases = false;
    let mro = vm.mro_of(cls)?;
    for base in mro.iter().skip(1).rev() {
        let Some(base_fields) = own_attr(vm, *base, "__dataclass_fields__") else {
            continue;
        };
        has_dataclass_bases = true;
        if let Some(p) = class_params(vm, *base) {
            if p.opts.frozen {
                any_frozen_base = true;
            }
        }
        for (k, v) in dict_items(vm, base_fields) {
            let name = vm.str_value(k).unwrap_or_default();
            match fields.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => slot.1 = v,
                None => fields.push((name, v)),
            }
        }
    }

    // The class's own annotations.
    let annotations = own_attr(vm, cls, "__annotations__");
    let ann_items = match annotations {
        Some(a) => dict_items(vm, a),
        None => Vec::new(),
    };
    let mut own_names: Vec<String> = Vec::new();
    let mut kw_only_now = opts.kw_only;
    let mut seen_kw_only_marker = false;
    for (k, ann) in ann_items {
        let Some(name) = vm.str_value(k) else {
            continue;
        };
        let is_marker = ann.is(kw_only_marker)
            || vm
                .str_value(ann)
                .is_some_and(|s| s == "KW_ONLY" || s == "dataclasses.KW_ONLY");
        if is_marker {
            if seen_kw_only_marker {
                return Err(Exc::type_error(format!(
                    "'{name}' is KW_ONLY, but KW_ONLY has already been specified"
                )));
            }
            seen_kw_only_marker = true;
            kw_only_now = true;
            continue;
        }
        let default = own_attr(vm, cls, &name);
        let field_cls = vm.std_class("dataclasses.Field", make_field_class)?;
        let fld = match default {
            Some(d) if vm.isinstance_of(d, field_cls)? => d,
            other => {
                let d = other.unwrap_or(missing_v);
                new_field(
                    vm,
                    d,
                    missing_v,
                    Value::Bool(true),
                    Value::Bool(true),
                    Value::None,
                    Value::Bool(true),
                    Value::None,
                    missing_v,
                )?
            }
        };
        let name_v = vm.new_str(name.clone())?;
        set_inst_attr(vm, fld, "name", name_v)?;
        set_inst_attr(vm, fld, "type", ann)?;
        let kind = if annotation_is(vm, ann, "ClassVar")? {
            FieldKind::ClassVar
        } else if annotation_is(vm, ann, "InitVar")? {
            FieldKind::InitVar
        } else {
            FieldKind::Field
        };
        let marker = field_type_marker(vm, kind)?;
        set_inst_attr(vm, fld, "_field_type", marker)?;
        let fk = inst_attr(vm, fld, "kw_only").unwrap_or(missing_v);
        if fk.is(missing_v) {
            set_inst_attr(vm, fld, "kw_only", Value::Bool(kw_only_now))?;
        }
        let c = read_field(vm, fld)?;
        match kind {
            FieldKind::ClassVar | FieldKind::InitVar => {
                if !c.factory.is_undefined() {
                    let what = if kind == FieldKind::ClassVar {
                        "ClassVar"
                    } else {
                        "InitVar"
                    };
                    let _ = what;
                    return Err(Exc::type_error(format!(
                        "field {name} cannot have a default factory"
                    )));
                }
            }
            FieldKind::Field => {
                if !c.default.is_undefined() && unhashable_default(vm, c.default) {
                    let t = vm.type_of(c.default);
                    let tr = vm.repr(t)?;
                    return Err(Exc::value_error(format!(
                        "mutable default {tr} for field {name} is not allowed: use default_factory"
                    )));
                }
            }
        }
        match fields.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = fld,
            None => fields.push((name.clone(), fld)),
        }
        own_names.push(name);
    }

    // A Field object in the namespace without an annotation is an error.
    let field_cls = vm.std_class("dataclasses.Field", make_field_class)?;
    for (k, v) in own_items(vm, cls) {
        let name = vm.str_value(k).unwrap_or_default();
        if vm.isinstance_of(v, field_cls)? && !own_names.contains(&name) {
            return Err(Exc::type_error(format!(
                "'{name}' is a field but has no type annotation"
            )));
        }
    }

    // Class attributes: the defaults (a Field object in the namespace is replaced).
    for name in &own_names {
        let Some((_, fld)) = fields.iter().find(|(n, _)| n == name) else {
            continue;
        };
        let fld = *fld;
        let default = inst_attr(vm, fld, "default").unwrap_or(missing_v);
        let kind_v = inst_attr(vm, fld, "_field_type").unwrap_or(Value::None);
        let classvar = kind_v.is(field_type_marker(vm, FieldKind::ClassVar)?);
        if default.is(missing_v) {
            if own_attr(vm, cls, name).is_some_and(|v| v.is(fld)) {
                del_class_attr(vm, cls, name)?;
            }
        } else if !classvar || own_attr(vm, cls, name).is_some_and(|v| v.is(fld)) {
            set_class_attr(vm, cls, name, default)?;
        }
    }

    // Frozen inheritance rules.
    if has_dataclass_bases {
        if any_frozen_base && !opts.frozen {
            return Err(Exc::type_error(
                "cannot inherit non-frozen dataclass from a frozen one",
            ));
        }
        if !any_frozen_base && opts.frozen {
            let any_nonfrozen = mro
                .iter()
                .skip(1)
                .any(|b| class_params(vm, *b).is_some_and(|p| !p.opts.frozen));
            if any_nonfrozen {
                return Err(Exc::type_error(
                    "cannot inherit frozen dataclass from a non-frozen one",
                ));
            }
        }
    }

    // The plan, and __dataclass_fields__.
    let mut plan = Vec::with_capacity(fields.len());
    let mut fd = crate::builtins::dict::Dict::new();
    for (name, fld) in &fields {
        vm.dict_insert_str(&mut fd, name, *fld)?;
        let c = read_field(vm, *fld)?;
        if c.kind == FieldKind::ClassVar {
            continue;
        }
        let _ = c.field;
        let hash = if c.hash.is_none() {
            c.compare
        } else {
            vm.truthy(c.hash)?
        };
        plan.push(PlanField {
            name: vm.new_str(c.name.clone())?,
            default: c.default,
            factory: c.factory,
            init: c.init,
            repr: c.repr,
            compare: c.compare,
            hash,
            kw_only: c.kw_only,
            initvar: c.kind == FieldKind::InitVar,
        });
    }

    // Non-default positional parameters may not follow default ones.
    if opts.init {
        let mut seen_default = false;
        for pf in plan.iter().filter(|p| p.init && !p.kw_only) {
            let has_default = !pf.default.is_undefined() || !pf.factory.is_undefined();
            if has_default {
                seen_default = true;
            } else if seen_default {
                let n = vm.str_value(pf.name).unwrap_or_default();
                return Err(Exc::type_error(format!(
                    "non-default argument '{n}' follows default argument"
                )));
            }
        }
    }

    let fields_dict = vm.new_dict(fd)?;
    set_class_attr(vm, cls, "__dataclass_fields__", fields_dict)?;
    let pcls = params_class(vm)?;
    let params = vm.new_native_instance(
        pcls,
        NativeData::Dataclass(DcData::Params(Box::new(Params {
            opts,
            plan: std::sync::Arc::new(plan.clone()),
            post_init: vm.lookup_in_namespaces(cls, "__post_init__").is_some(),
            custom_setattr: !opts.frozen
                && matches!(
                    vm.mro_lookup(cls, crate::vm::attr::Name::new("__setattr__"), 0),
                    Some((_, Value::Obj(_)))
                ),
        }))),
    )?;
    set_class_attr(vm, cls, "__dataclass_params__", params)?;

    let has_own = |vm: &Vm, n: &str| own_attr(vm, cls, n).is_some();
    if opts.init && !has_own(vm, "__init__") {
        set_class_attr(vm, cls, "__init__", f(DcFn::Init))?;
    }
    if opts.repr && !has_own(vm, "__repr__") {
        set_class_attr(vm, cls, "__repr__", f(DcFn::Repr))?;
    }
    // The __hash__ = None that defining __eq__ in the body implies is not an explicit hash.
    let explicit_hash = match own_attr(vm, cls, "__hash__") {
        None => false,
        Some(Value::None) => !has_own(vm, "__eq__"),
        Some(_) => true,
    };
    if opts.eq && !has_own(vm, "__eq__") {
        set_class_attr(vm, cls, "__eq__", f(DcFn::Eq))?;
    }
    if opts.order {
        for (n, which) in [
            ("__lt__", DcFn::Lt),
            ("__le__", DcFn::Le),
            ("__gt__", DcFn::Gt),
            ("__ge__", DcFn::Ge),
        ] {
            if has_own(vm, n) {
                return Err(Exc::type_error(format!(
                    "Cannot overwrite attribute {n} in class {cname}. Consider using functools.total_ordering"
                )));
            }
            set_class_attr(vm, cls, n, f(which))?;
        }
    }
    if opts.frozen {
        for (n, which) in [
            ("__setattr__", DcFn::SetAttr),
            ("__delattr__", DcFn::DelAttr),
        ] {
            if has_own(vm, n) {
                return Err(Exc::type_error(format!(
                    "Cannot overwrite attribute {n} in class {cname}"
                )));
            }
            set_class_attr(vm, cls, n, f(which))?;
        }
    }
    // CPython's table: (unsafe_hash, eq, frozen, explicit __hash__).
    match (opts.unsafe_hash, opts.eq, opts.frozen, explicit_hash) {
        (false, true, false, false) => set_class_attr(vm, cls, "__hash__", Value::None)?,
        (false, true, true, false) | (true, _, _, false) => {
            set_class_attr(vm, cls, "__hash__", f(DcFn::Hash))?
        }
        (true, _, _, true) => {
            return Err(Exc::type_error(format!(
                "Cannot overwrite attribute __hash__ in class {cname}"
            )))
        }
        _ => {}
    }
    if opts.match_args && !has_own(vm, "__match_args__") {
        let mut names = Vec::new();
        for pf in plan.iter().filter(|p| p.init && !p.kw_only) {
            names.push(pf.name);
        }
        let t = vm.new_tuple(names)?;
        set_class_attr(vm, cls, "__match_args__", t)?;
    }
    if opts.slots && !has_own(vm, "__slots__") {
        let names: Vec<Value> = plan.iter().filter(|p| !p.initvar).map(|p| p.name).collect();
        let t = vm.new_tuple(names)?;
        set_class_attr(vm, cls, "__slots__", t)?;
    }
    Ok(cls)
}

// ---- generated methods ------------------------------------------------------------------------------

/// The generated `__init__(self, <fields>)`.
fn dc_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let (cls, params) = plan_for(vm, this, "__init__", DcFn::Init)?;
    let plan: Plan = params.plan;
    let Value::Obj(self_id) = this else {
        return Err(Exc::type_error("__init__ requires an instance"));
    };
    // Values of the init parameters, in plan order (Undefined = not given).
    let mut vals: SmallVec<[Value; 8]> = SmallVec::from_elem(Value::Undefined, plan.len());
    let npos_params = plan.iter().filter(|p| p.init && !p.kw_only).count();
    let given = args.len().saturating_sub(1);
    let mut pos_iter = args.pos.iter().skip(1);
    for (i, pf) in plan.iter().enumerate() {
        if !pf.init || pf.kw_only {
            continue;
        }
        match pos_iter.next() {
            Some(v) => vals[i] = *v,
            None => break,
        }
    }
    for (k, v) in &args.kw {
        let found = plan
            .iter()
            .position(|pf| pf.init && (pf.name.is(*k) || vm.as_str(pf.name) == vm.as_str(*k)));
        match found {
            Some(i) => {
                if !vals[i].is_undefined() {
                    let q = qualname(vm, cls);
                    let n = vm.str_value(*k).unwrap_or_default();
                    return Err(Exc::type_error(format!(
                        "{q}.__init__() got multiple values for argument '{n}'"
                    )));
                }
                vals[i] = *v;
            }
            None => {
                let q = qualname(vm, cls);
                let n = vm.str_value(*k).unwrap_or_default();
                return Err(Exc::type_error(format!(
                    "{q}.__init__() got an unexpected keyword argument '{n}'"
                )));
            }
        }
    }
    if given > npos_params {
        let q = qualname(vm, cls);
        let argcount = npos_params + 1;
        let ndefaults = plan
            .iter()
            .filter(|p| p.init && !p.kw_only)
            .filter(|p| !p.default.is_undefined() || !p.factory.is_undefined())
            .count();
        let kwonly_given = plan
            .iter()
            .zip(vals.iter())
            .filter(|(p, v)| p.init && p.kw_only && !v.is_undefined())
            .count();
        let (sig, plural_s) = if ndefaults > 0 {
            (
                format!("from {} to {}", argcount - ndefaults, argcount),
                true,
            )
        } else {
            (argcount.to_string(), argcount != 1)
        };
        let n = given + 1;
        let kw_sig = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                plural(n),
                kwonly_given,
                plural(kwonly_given)
            )
        } else {
            String::new()
        };
        return Err(Exc::type_error(format!(
            "{q}.__init__() takes {sig} positional argument{} but {n}{kw_sig} {} given",
            if plural_s { "s" } else { "" },
            if n == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            }
        )));
    }
    // Missing required arguments, positional first.
    for kw_pass in [false, true] {
        let mut missing_names: Vec<String> = Vec::new();
        for (i, pf) in plan.iter().enumerate() {
            if pf.init
                && pf.kw_only == kw_pass
                && vals[i].is_undefined()
                && pf.default.is_undefined()
                && pf.factory.is_undefined()
            {
                missing_names.push(vm.str_value(pf.name).unwrap_or_default());
            }
        }
        if !missing_names.is_empty() {
            let q = qualname(vm, cls);
            let what = if kw_pass {
                "keyword-only"
            } else {
                "positional"
            };
            return Err(Exc::type_error(format!(
                "{q}.__init__() missing {} required {what} argument{}: {}",
                missing_names.len(),
                plural(missing_names.len()),
                name_list(&missing_names)
            )));
        }
    }
    let custom_setattr = if vm.type_of(this).is(cls) {
        params.custom_setattr
    } else {
        !params.opts.frozen && vm.has_user_special(this, "__setattr__")
    };
    let mut initvars: SmallVec<[Value; 2]> = SmallVec::new();
    for (i, pf) in plan.iter().enumerate() {
        let v = if pf.init {
            if !vals[i].is_undefined() {
                vals[i]
            } else if !pf.factory.is_undefined() {
                vm.call(pf.factory, &[])?
            } else {
                pf.default
            }
        } else if !pf.factory.is_undefined() {
            vm.call(pf.factory, &[])?
        } else {
            // init=False with a plain default: the class attribute provides it.
            continue;
        };
        if pf.initvar {
            initvars.push(v);
            continue;
        }
        if custom_setattr {
            let n = vm.str_value(pf.name).unwrap_or_default();
            vm.setattr(this, &n, v)?;
        } else {
            vm.instance_set(self_id, pf.name, v)?;
        }
    }
    if !params.post_init {
        return Ok(Value::None);
    }
    if let Some(post) = vm.lookup_special(this, "__post_init__")? {
        vm.call(post, &initvars)?;
    }
    Ok(Value::None)
}

/// The values of `obj`'s fields selected by `keep`, read as attributes.
fn field_values(
    vm: &mut Vm,
    obj: Value,
    plan: &[PlanField],
    keep: impl Fn(&PlanField) -> bool,
) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    for pf in plan.iter().filter(|p| !p.initvar && keep(p)) {
        let n = vm.str_value(pf.name).unwrap_or_default();
        out.push(vm.getattr(obj, &n)?);
    }
    Ok(out)
}

fn dc_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let plan = plan_for(vm, this, "__repr__", DcFn::Repr)?.1.plan;
    let Value::Obj(id) = this else {
        return Err(Exc::type_error("__repr__ requires an instance"));
    };
    if vm.repr_guard.contains(&id) {
        return vm.new_str("...".into());
    }
    if vm.repr_guard.len() >= 200 {
        return Err(Exc::new(
            BuiltinType::RecursionError,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    vm.repr_guard.push(id);
    let r = repr_fields(vm, this, &plan);
    vm.repr_guard.pop();
    let body = r?;
    let q = qualname(vm, vm.type_of(this));
    vm.new_str(format!("{q}({body})"))
}

fn repr_fields(vm: &mut Vm, this: Value, plan: &[PlanField]) -> PyResult<String> {
    let mut parts = Vec::new();
    for pf in plan.iter().filter(|p| p.repr && !p.initvar) {
        let n = vm.str_value(pf.name).unwrap_or_default();
        let v = vm.getattr(this, &n)?;
        let r = vm.repr(v)?;
        parts.push(format!("{n}={r}"));
    }
    Ok(parts.join(", "))
}

/// `__eq__` and the ordering methods: compare field tuples when both are of the same class.
fn compare_fields(vm: &mut Vm, args: &Args, op: CmpOp, name: &str, func: DcFn) -> PyResult<Value> {
    args.check_method(name, 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    let plan = plan_for(vm, a, name, func)?.1.plan;
    if !vm.type_of(a).is(vm.type_of(b)) {
        return Ok(Value::NotImplemented);
    }
    if op == CmpOp::Eq && a.is(b) {
        return Ok(Value::Bool(true));
    }
    let xa = field_values(vm, a, &plan, |p| p.compare)?;
    let xb = field_values(vm, b, &plan, |p| p.compare)?;
    let ta = vm.new_tuple(xa)?;
    let tb = vm.new_tuple(xb)?;
    vm.compare(op, ta, tb)
}

fn dc_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare_fields(vm, args, CmpOp::Eq, "__eq__", DcFn::Eq)
}

fn dc_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare_fields(vm, args, CmpOp::Lt, "__lt__", DcFn::Lt)
}

fn dc_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare_fields(vm, args, CmpOp::Le, "__le__", DcFn::Le)
}

fn dc_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare_fields(vm, args, CmpOp::Gt, "__gt__", DcFn::Gt)
}

fn dc_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare_fields(vm, args, CmpOp::Ge, "__ge__", DcFn::Ge)
}

fn dc_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let plan = plan_for(vm, this, "__hash__", DcFn::Hash)?.1.plan;
    let vals = field_values(vm, this, &plan, |p| p.hash)?;
    let t = vm.new_tuple(vals)?;
    vm.hash(t).map(Value::Int)
}

fn frozen_error(vm: &mut Vm, msg: String) -> PyResult<Exc> {
    let cls = frozen_error_class(vm)?;
    vm.exception_msg(cls, &msg)
}

/// Whether `name` is one of the fields of the dataclass that generated `func`.
fn frozen_applies(vm: &mut Vm, this: Value, name: Value, func: DcFn, meth: &str) -> PyResult<bool> {
    let (cls, params) = plan_for(vm, this, meth, func)?;
    let plan = params.plan;
    if vm.type_of(this).is(cls) {
        return Ok(true);
    }
    let s = vm.as_str(name).map(str::to_string);
    Ok(plan
        .iter()
        .any(|p| vm.as_str(p.name).map(str::to_string) == s))
}

fn dc_setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__setattr__", 2, 2)?;
    let (this, name, value) = (args.this(), args.pos[1], args.pos[2]);
    if frozen_applies(vm, this, name, DcFn::SetAttr, "__setattr__")? {
        let r = vm.repr(name)?;
        return Err(frozen_error(vm, format!("cannot assign to field {r}"))?);
    }
    let Value::Obj(id) = this else {
        return Ok(Value::None);
    };
    vm.instance_set(id, name, value)?;
    Ok(Value::None)
}

fn dc_delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__delattr__", 1, 1)?;
    let (this, name) = (args.this(), args.pos[1]);
    if frozen_applies(vm, this, name, DcFn::DelAttr, "__delattr__")? {
        let r = vm.repr(name)?;
        return Err(frozen_error(vm, format!("cannot delete field {r}"))?);
    }
    let Value::Obj(id) = this else {
        return Ok(Value::None);
    };
    let d = vm.instance_dict(id)?;
    let did = d.as_obj().ok_or_else(|| Exc::internal("instance dict"))?;
    if vm.dict_remove(did, name)?.is_none() {
        let n = vm.str_value(name).unwrap_or_default();
        return Err(vm.no_attribute(this, &n));
    }
    Ok(Value::None)
}

// ---- fields(), asdict(), astuple(), replace(), is_dataclass() -----------------------------------------

/// The class of a dataclass or dataclass instance, if it is one.
fn dataclass_of(vm: &Vm, obj: Value) -> Option<Value> {
    let cls = if vm.is_class(obj) {
        obj
    } else {
        vm.type_of(obj)
    };
    vm.lookup_in_namespaces(cls, "__dataclass_fields__")
        .map(|_| cls)
}

/// The `Field` objects of real fields (no ClassVar/InitVar), in order.
fn field_objects(vm: &mut Vm, cls: Value) -> PyResult<Vec<Value>> {
    let Some(fd) = vm.lookup_in_namespaces(cls, "__dataclass_fields__") else {
        return Ok(Vec::new());
    };
    let marker = field_type_marker(vm, FieldKind::Field)?;
    Ok(dict_items(vm, fd)
        .into_iter()
        .map(|(_, v)| v)
        .filter(|v| inst_attr(vm, *v, "_field_type").is_some_and(|t| t.is(marker)))
        .collect())
}

fn fields(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("fields")?;
    args.check_func("fields", 1, 1)?;
    let Some(cls) = dataclass_of(vm, args.pos[0]) else {
        return Err(Exc::type_error(
            "must be called with a dataclass type or instance",
        ));
    };
    let fs = field_objects(vm, cls)?;
    vm.new_tuple(fs)
}

fn is_dataclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("is_dataclass")?;
    args.check_func("is_dataclass", 1, 1)?;
    Ok(Value::Bool(dataclass_of(vm, args.pos[0]).is_some()))
}

const MAX_CONVERT_DEPTH: usize = 200;

/// `asdict`/`astuple` of one value: dataclasses become dicts (tuples), containers are copied
/// with their contents converted.
fn convert(vm: &mut Vm, v: Value, as_dict: bool, factory: Value, depth: usize) -> PyResult<Value> {
    if depth > MAX_CONVERT_DEPTH {
        return Err(Exc::new(
            BuiltinType::RecursionError,
            "maximum recursion depth exceeded",
        ));
    }
    vm.check_limits()?;
    let is_instance = matches!(v, Value::Obj(id) if matches!(vm.heap.get(id), Object::Instance(_)));
    if is_instance && !vm.is_class(v) && dataclass_of(vm, v).is_some() {
        let cls = vm.type_of(v);
        let fs = field_objects(vm, cls)?;
        let mut items = Vec::with_capacity(fs.len());
        for fo in fs {
            let name = inst_attr(vm, fo, "name").unwrap_or(Value::None);
            let n = vm.str_value(name).unwrap_or_default();
            let x = vm.getattr(v, &n)?;
            let cx = convert(vm, x, as_dict, factory, depth + 1)?;
            items.push(if as_dict {
                vm.new_tuple(vec![name, cx])?
            } else {
                cx
            });
        }
        let list = vm.new_list(items)?;
        return vm.call(factory, &[list]);
    }
    let inner = vm.unwrap_builtin(v);
    let t = vm.type_of(v);
    match vm.kind(inner) {
        crate::vm::ops::Kind::List | crate::vm::ops::Kind::Tuple => {
            let items = vm.seq_items(inner).unwrap_or_default();
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                out.push(convert(vm, x, as_dict, factory, depth + 1)?);
            }
            let is_list = vm.kind(inner) == crate::vm::ops::Kind::List;
            if matches!(t, Value::Type(_)) {
                return if is_list {
                    vm.new_list(out)
                } else {
                    vm.new_tuple(out)
                };
            }
            // A namedtuple takes its items as separate arguments.
            if !is_list && vm.getattr_opt(t, "_fields")?.is_some() {
                return vm.call(t, &out);
            }
            let l = if is_list {
                vm.new_list(out)?
            } else {
                vm.new_tuple(out)?
            };
            vm.call(t, &[l])
        }
        crate::vm::ops::Kind::Dict => {
            let items = dict_items(vm, inner);
            let mut pairs = Vec::with_capacity(items.len());
            for (k, x) in items {
                let ck = convert(vm, k, as_dict, factory, depth + 1)?;
                let cx = convert(vm, x, as_dict, factory, depth + 1)?;
                pairs.push(vm.new_tuple(vec![ck, cx])?);
            }
            let l = vm.new_list(pairs)?;
            if matches!(t, Value::Type(_)) {
                return vm.call(Value::Type(BuiltinType::Dict), &[l]);
            }
            vm.call(t, &[l])
        }
        crate::vm::ops::Kind::Set | crate::vm::ops::Kind::FrozenSet => {
            // A shallow copy, as deepcopy would give for sets of immutable values.
            vm.call(t, &[v])
        }
        _ => Ok(v),
    }
}

fn asdict(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "asdict", &["dict_factory"])?;
    args.check_func("asdict", 1, 1)?;
    let obj = args.pos[0];
    if vm.is_class(obj) || dataclass_of(vm, obj).is_none() {
        return Err(Exc::type_error(
            "asdict() should be called on dataclass instances",
        ));
    }
    let factory = args
        .kwarg(vm, "dict_factory")
        .unwrap_or(Value::Type(BuiltinType::Dict));
    convert(vm, obj, true, factory, 0)
}

fn astuple(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "astuple", &["tuple_factory"])?;
    args.check_func("astuple", 1, 1)?;
    let obj = args.pos[0];
    if vm.is_class(obj) || dataclass_of(vm, obj).is_none() {
        return Err(Exc::type_error(
            "astuple() should be called on dataclass instances",
        ));
    }
    let factory = args
        .kwarg(vm, "tuple_factory")
        .unwrap_or(Value::Type(BuiltinType::Tuple));
    convert(vm, obj, false, factory, 0)
}

fn replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(Exc::type_error(format!(
            "replace() takes 1 positional argument but {} were given",
            args.len()
        )));
    }
    let obj = args.pos[0];
    let cls = match dataclass_of(vm, obj) {
        Some(c) if !vm.is_class(obj) => c,
        _ => {
            return Err(Exc::type_error(
                "replace() should be called on dataclass instances",
            ))
        }
    };
    let Some(fd) = vm.lookup_in_namespaces(cls, "__dataclass_fields__") else {
        return Err(Exc::type_error(
            "replace() should be called on dataclass instances",
        ));
    };
    let mut changes: Vec<(Value, Value)> = args.kw.to_vec();
    let classvar = field_type_marker(vm, FieldKind::ClassVar)?;
    let initvar = field_type_marker(vm, FieldKind::InitVar)?;
    for (k, fo) in dict_items(vm, fd) {
        let kind = inst_attr(vm, fo, "_field_type").unwrap_or(Value::None);
        if kind.is(classvar) {
            continue;
        }
        let name = vm.str_value(k).unwrap_or_default();
        let given = changes
            .iter()
            .any(|(ck, _)| vm.as_str(*ck) == Some(name.as_str()));
        let init = inst_attr(vm, fo, "init").unwrap_or(Value::Bool(true));
        if !vm.truthy(init)? {
            if given {
                return Err(Exc::value_error(format!(
                    "field {name} is declared with init=False, it cannot be specified with replace()"
                )));
            }
            continue;
        }
        if !given {
            let default = inst_attr(vm, fo, "default").unwrap_or(Value::Undefined);
            if kind.is(initvar) && is_missing(vm, default)? {
                return Err(Exc::value_error(format!(
                    "InitVar '{name}' must be specified with replace()"
                )));
            }
            let v = vm.getattr(obj, &name)?;
            changes.push((k, v));
        }
    }
    let mut call_args = Args::default();
    call_args.kw.extend(changes);
    let t = vm.type_of(obj);
    vm.call_args(t, call_args)
}

/// Python's keywords, which `make_dataclass` refuses as field names.
const PY_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// `make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options)`.
fn make_dataclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut allowed: Vec<&str> = vec!["bases", "namespace", "module"];
    allowed.extend_from_slice(OPTION_NAMES);
    args.check_kw(vm, "make_dataclass", &allowed)?;
    args.check_func("make_dataclass", 2, 2)?;
    let name = vm
        .str_value(args.pos[0])
        .ok_or_else(|| Exc::type_error("make_dataclass() argument 'cls_name' must be str"))?;
    let mut ann = crate::builtins::dict::Dict::new();
    let mut ns: Vec<(String, Value)> = Vec::new();
    for item in vm.collect(args.pos[1])? {
        let (name_v, ftype, spec) = if vm.str_value(item).is_some() {
            (item, vm.new_str("typing.Any".into())?, None)
        } else {
            let n = vm.len(item)?;
            let parts = if n == 2 || n == 3 {
                vm.collect(item)?
            } else {
                Vec::new()
            };
            match parts.as_slice() {
                [n, t] => (*n, *t, None),
                [n, t, s] => (*n, *t, Some(*s)),
                _ => {
                    let r = vm.repr(item)?;
                    return Err(Exc::type_error(format!("Invalid field: {r}")));
                }
            }
        };
        let fname = match vm.str_value(name_v) {
            Some(s) if crate::builtins::str::unicode::is_identifier(&s) => s,
            _ => {
                let r = vm.repr(name_v)?;
                return Err(Exc::type_error(format!(
                    "Field names must be valid identifiers: {r}"
                )));
            }
        };
        if PY_KEYWORDS.contains(&fname.as_str()) {
            return Err(Exc::type_error(format!(
                "Field names must not be keywords: '{fname}'"
            )));
        }
        if ns.iter().any(|(n, _)| *n == fname) {
            return Err(Exc::type_error(format!("Field name duplicated: '{fname}'")));
        }
        vm.dict_insert_str(&mut ann, &fname, ftype)?;
        if let Some(s) = spec {
            ns.push((fname, s));
        } else {
            ns.push((fname, Value::Undefined));
        }
    }
    let bases = match args.kwarg(vm, "bases") {
        Some(b) => vm.collect(b)?,
        None => Vec::new(),
    };
    let mut dict = crate::builtins::dict::Dict::new();
    if let Some(extra) = args.kwarg(vm, "namespace") {
        for (k, v) in dict_items(vm, extra) {
            vm.dict_set_in(&mut dict, k, v)?;
        }
    }
    for (n, v) in &ns {
        if !v.is_undefined() {
            vm.dict_insert_str(&mut dict, n, *v)?;
        }
    }
    let ann_v = vm.new_dict(ann)?;
    vm.dict_insert_str(&mut dict, "__annotations__", ann_v)?;
    let module = match args.kwarg(vm, "module") {
        Some(m) => vm.str_value(m).unwrap_or_else(|| "types".into()),
        None => "types".to_string(),
    };
    let mod_v = vm.new_str(module.clone())?;
    vm.dict_insert_str(&mut dict, "__module__", mod_v)?;
    let cls = vm.create_class(crate::vm::ClassSpec {
        name: name.clone(),
        qualname: name,
        module,
        bases,
        dict,
        meta: Value::Undefined,
        native: false,
        dotted_name: false,
    })?;
    let mut opt_args = Args::default();
    for (k, v) in &args.kw {
        if OPTION_NAMES.iter().any(|n| vm.str_eq_literal(*k, n)) {
            opt_args.kw.push((*k, *v));
        }
    }
    let opts = parse_options(vm, &opt_args, "make_dataclass")?;
    process_class(vm, cls, opts)
}

/// Whether `id` is an instance whose class is a dataclass (for other modules).
pub fn is_dataclass_instance(vm: &Vm, id: ObjId) -> bool {
    let v = Value::Obj(id);
    !vm.is_class(v) && dataclass_of(vm, v).is_some()
}
