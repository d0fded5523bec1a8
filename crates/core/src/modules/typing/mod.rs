//! `typing`, with CPython 3.11's reprs, subscription rules and messages; also the runtime
//! objects of annotations that live in `types` (`int | None` is a `types.UnionType`,
//! `list[int]` a `types.GenericAlias`) and `mappingproxy`.
//!
//! Supported: the special forms `Any`, `Optional`, `Union`, `ClassVar`, `Final`, `Literal`,
//! `Annotated`, `Never`, `NoReturn`, `Self`, `LiteralString`, `TypeAlias`, `Concatenate`,
//! `Required`, `NotRequired`, `TypeGuard`, `Unpack`; the aliases `List`, `Dict`, `Set`,
//! `FrozenSet`, `Tuple`, `Type`, `Callable`, `DefaultDict`, `OrderedDict`, `Counter`, `Deque`,
//! `ChainMap`, `Pattern`, `Match` and the `collections.abc` ones (`Iterable`, `Iterator`,
//! `Generator`, `AsyncIterator`, `Awaitable`, `Coroutine`, `Sequence`, `Mapping`,
//! `MutableMapping`, ...), subscripted with CPython's argument checks, reprs
//! (`typing.Optional[int]`, `typing.Callable[[int], str]`, `typing.List[ForwardRef('Node')]`),
//! equality, hashing, `|`, `isinstance` with bare aliases, and `get_origin`/`get_args`;
//! `TypeVar` (bound, constraints, variance), `ParamSpec`, `TypeVarTuple`, `Generic`
//! (`class C(Generic[T])`, `C[int]`, `__parameters__`, `__orig_bases__`), `Protocol` with
//! `runtime_checkable` (`isinstance` checks the members' presence), `NamedTuple` (class syntax
//! and functional form: a tuple subclass with `_fields`, `_field_defaults`, `_make`,
//! `_replace`, `_asdict`, `__match_args__`), `TypedDict` (class syntax with `total=`, functional
//! form, `Required`/`NotRequired`, instances are plain dicts), `NewType`, `ForwardRef`, `cast`,
//! `overload`, `no_type_check`, `final`, `assert_never`, `assert_type`, `dataclass_transform`,
//! `get_type_hints` (evaluates string annotations with a small evaluator of names, attributes,
//! subscripts, `|`, literals), `is_typeddict`, `TYPE_CHECKING` (False), `Text`, `AnyStr`.
//!
//! Not supported: `reveal_type`, `get_overloads`, `IO`/`TextIO`/`BinaryIO`, the `Supports*`
//! protocols, subscripting user generics with `ParamSpec` arguments, and `typing.Any` as a
//! base class. `collections.abc` classes used as `typing` origins are structural stand-ins
//! (their `isinstance` checks follow CPython's `__subclasshook__`s) without mixin methods.

mod abcs;
mod alias;
mod generic;
mod hints;
mod structs;
pub mod tupleclass;

use serde::{Deserialize, Serialize};

use crate::builtins::Args;
use crate::error::PyResult;
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::{func_value, ModuleFn};
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

pub use abcs::mappingproxy;
pub use alias::{builtin_generic_alias, is_classvar, union_type};

/// A special form of `typing`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Form {
    Any,
    Optional,
    Union,
    ClassVar,
    Final,
    Literal,
    Annotated,
    Never,
    NoReturn,
    SelfType,
    LiteralString,
    TypeAlias,
    Concatenate,
    Required,
    NotRequired,
    TypeGuard,
    Unpack,
}

impl Form {
    pub fn name(self) -> &'static str {
        match self {
            Form::Any => "Any",
            Form::Optional => "Optional",
            Form::Union => "Union",
            Form::ClassVar => "ClassVar",
            Form::Final => "Final",
            Form::Literal => "Literal",
            Form::Annotated => "Annotated",
            Form::Never => "Never",
            Form::NoReturn => "NoReturn",
            Form::SelfType => "Self",
            Form::LiteralString => "LiteralString",
            Form::TypeAlias => "TypeAlias",
            Form::Concatenate => "Concatenate",
            Form::Required => "Required",
            Form::NotRequired => "NotRequired",
            Form::TypeGuard => "TypeGuard",
            Form::Unpack => "Unpack",
        }
    }

    const ALL: [Form; 17] = [
        Form::Any,
        Form::Optional,
        Form::Union,
        Form::ClassVar,
        Form::Final,
        Form::Literal,
        Form::Annotated,
        Form::Never,
        Form::NoReturn,
        Form::SelfType,
        Form::LiteralString,
        Form::TypeAlias,
        Form::Concatenate,
        Form::Required,
        Form::NotRequired,
        Form::TypeGuard,
        Form::Unpack,
    ];
}

/// How a subscripted alias prints and behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AliasKind {
    /// `typing.List[int]` (also the `collections.abc` aliases).
    Typing,
    /// `typing.Tuple[int, str]`.
    Tuple,
    /// `typing.Callable[[int], str]`: args are the parameters then the result.
    Callable,
    /// `typing.Union[int, str]` / `typing.Optional[int]`.
    Union,
    /// `typing.Literal[1, 'a']`.
    Literal,
    /// `typing.Annotated[int, 'meta']`: args are the type then the metadata.
    Annotated,
    /// A subscripted form with one argument: `typing.ClassVar[int]`, `Final`, `Required`...
    Form,
    /// `list[int]`: a `types.GenericAlias`.
    Builtin,
    /// `__main__.C[int]`, `typing.Generic[~T]`.
    User,
}

/// A subscripted alias.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Alias {
    pub kind: AliasKind,
    /// The class (or the special form, for forms) it stands for.
    pub origin: Value,
    pub args: Vec<Value>,
    /// The typing name (`List`, `Optional`); empty for builtin and user aliases.
    pub name: String,
    /// Whether calling it instantiates the origin (`typing.List[int]()` does not).
    pub inst: bool,
}

/// An unsubscripted `typing` alias of a class: `typing.List`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SpecialAlias {
    pub name: String,
    /// The class, or `Undefined` until first needed (classes of other modules).
    pub origin: Value,
    /// `module.name` of the origin when it is resolved on demand.
    pub origin_path: String,
    /// Number of parameters (-1: any number, as `Tuple`).
    pub nparams: i32,
    pub inst: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TypeVarData {
    pub name: String,
    pub bound: Value,
    pub constraints: Vec<Value>,
    pub covariant: bool,
    pub contravariant: bool,
    /// `~`, `*` (TypeVarTuple) or `~` for ParamSpec.
    pub kind: VarKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VarKind {
    TypeVar,
    ParamSpec,
    TypeVarTuple,
}

/// The factories that are used as bases (`class P(NamedTuple)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Factory {
    NamedTuple,
    TypedDict,
}

/// The state of `typing`'s objects.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum TypingData {
    Form(Form),
    SpecialAlias(Box<SpecialAlias>),
    Alias(Box<Alias>),
    /// `int | str`: the member types.
    UnionType(Vec<Value>),
    Var(Box<TypeVarData>),
    /// `NewType(name, supertype)`.
    NewType(String, Value),
    ForwardRef(String),
    /// A read-only view of a dict.
    MappingProxy(Value),
    Factory(Factory),
    /// A field of a named tuple: its index.
    TupleField(u32),
}

impl TypingData {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            TypingData::Form(_)
            | TypingData::ForwardRef(_)
            | TypingData::Factory(_)
            | TypingData::TupleField(_) => {}
            TypingData::SpecialAlias(a) => f(a.origin),
            TypingData::Alias(a) => {
                f(a.origin);
                a.args.iter().for_each(|v| f(*v));
            }
            TypingData::UnionType(args) => args.iter().for_each(|v| f(*v)),
            TypingData::Var(t) => {
                f(t.bound);
                t.constraints.iter().for_each(|v| f(*v));
            }
            TypingData::NewType(_, v) | TypingData::MappingProxy(v) => f(*v),
        }
    }

    pub fn size_estimate(&self) -> usize {
        std::mem::size_of::<TypingData>()
            + match self {
                TypingData::Alias(a) => std::mem::size_of::<Alias>() + a.args.len() * 16,
                TypingData::UnionType(a) => a.len() * 16,
                TypingData::Var(t) => std::mem::size_of::<TypeVarData>() + t.constraints.len() * 16,
                _ => 0,
            }
    }
}

/// All native functions of the module, one enum per kind of object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TypingFn {
    Func(hints::FuncFn),
    Obj(alias::ObjFn),
    Abc(abcs::AbcFn),
    Generic(generic::GenericFn),
    Struct(structs::StructFn),
    Tuple(tupleclass::TupleFn),
}

impl TypingFn {
    pub fn name(self) -> &'static str {
        match self {
            TypingFn::Func(f) => f.name(),
            TypingFn::Obj(f) => f.name(),
            TypingFn::Abc(f) => f.name(),
            TypingFn::Generic(f) => f.name(),
            TypingFn::Struct(f) => f.name(),
            TypingFn::Tuple(f) => f.name(),
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            TypingFn::Func(f) => f.call(vm, args),
            TypingFn::Obj(f) => f.call(vm, args),
            TypingFn::Abc(f) => f.call(vm, args),
            TypingFn::Generic(f) => f.call(vm, args),
            TypingFn::Struct(f) => f.call(vm, args),
            TypingFn::Tuple(f) => f.call(vm, args),
        }
    }
}

pub(crate) fn fv(f: TypingFn) -> Value {
    func_value(ModuleFn::Typing(f))
}

/// The typing state of `v`, if it is one of this module's objects.
pub(crate) fn data(vm: &Vm, v: Value) -> Option<&TypingData> {
    match vm.native_data(v) {
        Some(NativeData::Typing(d)) => Some(d),
        _ => None,
    }
}

/// A new object of the class cached under `key` holding `d`.
pub(crate) fn new_obj(vm: &mut Vm, key: &'static str, d: TypingData) -> PyResult<Value> {
    let cls = alias::obj_class(vm, key)?;
    vm.new_native_instance(cls, NativeData::Typing(d))
}

/// A singleton cached under `key`.
pub(crate) fn singleton(
    vm: &mut Vm,
    key: &'static str,
    make: impl FnOnce(&mut Vm) -> PyResult<Value>,
) -> PyResult<Value> {
    if let Some((_, v)) = vm.std_classes.iter().find(|(k, _)| k == key) {
        return Ok(*v);
    }
    let v = make(vm)?;
    vm.std_classes.push((key.to_string(), v));
    Ok(v)
}

/// The special form object (`typing.Optional`).
pub(crate) fn form(vm: &mut Vm, f: Form) -> PyResult<Value> {
    let key: &'static str = match f {
        Form::Any => "typing.Any",
        Form::Optional => "typing.Optional",
        Form::Union => "typing.Union",
        Form::ClassVar => "typing.ClassVar",
        Form::Final => "typing.Final",
        Form::Literal => "typing.Literal",
        Form::Annotated => "typing.Annotated",
        Form::Never => "typing.Never",
        Form::NoReturn => "typing.NoReturn",
        Form::SelfType => "typing.Self",
        Form::LiteralString => "typing.LiteralString",
        Form::TypeAlias => "typing.TypeAlias",
        Form::Concatenate => "typing.Concatenate",
        Form::Required => "typing.Required",
        Form::NotRequired => "typing.NotRequired",
        Form::TypeGuard => "typing.TypeGuard",
        Form::Unpack => "typing.Unpack",
    };
    singleton(vm, key, |vm| {
        let cls_key = match f {
            Form::Literal => "typing._LiteralSpecialForm",
            _ => "typing._SpecialForm",
        };
        new_obj(vm, cls_key, TypingData::Form(f))
    })
}

/// `typing.Any`.
pub fn typing_any(vm: &mut Vm) -> PyResult<Value> {
    form(vm, Form::Any)
}

/// `(name, origin class or lazy path, number of parameters, instantiable)` of each alias.
const ALIASES: &[(&str, &str, i32, bool)] = &[
    ("List", "builtins.list", 1, false),
    ("Dict", "builtins.dict", 2, false),
    ("Set", "builtins.set", 1, false),
    ("FrozenSet", "builtins.frozenset", 1, false),
    ("Tuple", "builtins.tuple", -1, false),
    ("Type", "builtins.type", 1, false),
    ("Callable", "collections.abc.Callable", -2, true),
    ("DefaultDict", "collections.defaultdict", 2, true),
    ("OrderedDict", "collections.OrderedDict", 2, true),
    ("Counter", "collections.Counter", 1, true),
    ("Deque", "collections.deque", 1, true),
    ("ChainMap", "collections.ChainMap", 2, true),
    ("Pattern", "re.Pattern", 1, true),
    ("Match", "re.Match", 1, true),
    ("Iterable", "collections.abc.Iterable", 1, true),
    ("Iterator", "collections.abc.Iterator", 1, true),
    ("Reversible", "collections.abc.Reversible", 1, true),
    ("Generator", "collections.abc.Generator", 3, true),
    ("AsyncIterable", "collections.abc.AsyncIterable", 1, true),
    ("AsyncIterator", "collections.abc.AsyncIterator", 1, true),
    ("AsyncGenerator", "collections.abc.AsyncGenerator", 2, true),
    ("Awaitable", "collections.abc.Awaitable", 1, true),
    ("Coroutine", "collections.abc.Coroutine", 3, true),
    ("Sized", "collections.abc.Sized", 0, true),
    ("Hashable", "collections.abc.Hashable", 0, true),
    ("Container", "collections.abc.Container", 1, true),
    ("Collection", "collections.abc.Collection", 1, true),
    ("Sequence", "collections.abc.Sequence", 1, true),
    (
        "MutableSequence",
        "collections.abc.MutableSequence",
        1,
        true,
    ),
    ("AbstractSet", "collections.abc.Set", 1, true),
    ("MutableSet", "collections.abc.MutableSet", 1, true),
    ("Mapping", "collections.abc.Mapping", 2, true),
    ("MutableMapping", "collections.abc.MutableMapping", 2, true),
    ("MappingView", "collections.abc.MappingView", 1, true),
    ("KeysView", "collections.abc.KeysView", 1, true),
    ("ItemsView", "collections.abc.ItemsView", 2, true),
    ("ValuesView", "collections.abc.ValuesView", 1, true),
    ("ByteString", "collections.abc.ByteString", 0, true),
];

fn special_alias(vm: &mut Vm, name: &str, path: &str, nparams: i32, inst: bool) -> PyResult<Value> {
    let origin = if let Some(b) = path.strip_prefix("builtins.") {
        Value::Type(match b {
            "list" => BuiltinType::List,
            "dict" => BuiltinType::Dict,
            "set" => BuiltinType::Set,
            "frozenset" => BuiltinType::FrozenSet,
            "tuple" => BuiltinType::Tuple,
            _ => BuiltinType::Type,
        })
    } else if let Some(n) = path.strip_prefix("collections.abc.") {
        abcs::abc_class(vm, n)?
    } else {
        Value::Undefined
    };
    let key = match name {
        "Callable" => "typing._CallableType",
        "Tuple" => "typing._TupleType",
        _ => "typing._SpecialGenericAlias",
    };
    new_obj(
        vm,
        key,
        TypingData::SpecialAlias(Box::new(SpecialAlias {
            name: name.to_string(),
            origin,
            origin_path: path.to_string(),
            nparams,
            inst,
        })),
    )
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = Vec::new();
    for f in Form::ALL {
        out.push((f.name(), form(vm, f)?));
    }
    for (name, path, n, inst) in ALIASES {
        let a = special_alias(vm, name, path, *n, *inst)?;
        out.push((name, a));
    }
    out.extend(hints::functions());
    out.push(("Generic", generic::generic_class(vm)?));
    out.push(("Protocol", generic::protocol_class(vm)?));
    out.push(("TypeVar", alias::obj_class(vm, "typing.TypeVar")?));
    out.push(("ParamSpec", alias::obj_class(vm, "typing.ParamSpec")?));
    out.push(("TypeVarTuple", alias::obj_class(vm, "typing.TypeVarTuple")?));
    out.push(("NewType", alias::obj_class(vm, "typing.NewType")?));
    out.push(("ForwardRef", alias::obj_class(vm, "typing.ForwardRef")?));
    out.push(("NamedTuple", structs::factory(vm, Factory::NamedTuple)?));
    out.push(("TypedDict", structs::factory(vm, Factory::TypedDict)?));
    out.push(("Text", Value::Type(BuiltinType::Str)));
    out.push(("TYPE_CHECKING", Value::Bool(false)));
    let anystr = alias::new_typevar(
        vm,
        TypeVarData {
            name: "AnyStr".into(),
            bound: Value::None,
            constraints: vec![
                Value::Type(BuiltinType::Bytes),
                Value::Type(BuiltinType::Str),
            ],
            covariant: false,
            contravariant: false,
            kind: VarKind::TypeVar,
        },
    )?;
    out.push(("AnyStr", anystr));
    Ok(out)
}

/// `mappingproxy` and the `collections.abc` stand-ins need a class to be created with a
/// metaclass other than `type`; this builds one.
pub(crate) fn native_class(
    vm: &mut Vm,
    name: &str,
    module: &str,
    bases: &[Value],
    attrs: Vec<(&str, Value)>,
    meta: Value,
) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name,
        module,
        bases,
        attrs,
        meta,
        ..Default::default()
    })
}
