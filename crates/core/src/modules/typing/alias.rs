//! The objects of annotations: special forms, aliases (`typing.List[int]`, `list[int]`),
//! unions (`typing.Union`, `int | None`), `TypeVar`/`ParamSpec`, `NewType` and `ForwardRef`:
//! their reprs, subscription (with CPython's checks and messages), type-variable substitution,
//! `|`, equality, hashing, `isinstance` and `__mro_entries__`.

use super::{
    abcs, data, form, fv, new_obj, Alias, AliasKind, Form, SpecialAlias, TypeVarData, TypingData,
    TypingFn, VarKind,
};
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

native_methods! {
    pub enum ObjFn {
        New => "__new__" => obj_new,
        Repr => "__repr__" => obj_repr,
        GetItem => "__getitem__" => obj_getitem,
        Call => "__call__" => obj_call,
        Or => "__or__" => obj_or,
        Ror => "__ror__" => obj_ror,
        Eq => "__eq__" => obj_eq,
        Hash => "__hash__" => obj_hash,
        InstanceCheck => "__instancecheck__" => obj_instancecheck,
        SubclassCheck => "__subclasscheck__" => obj_subclasscheck,
        MroEntries => "__mro_entries__" => obj_mro_entries,
        Origin => "__origin__" => prop_origin,
        ArgsProp => "__args__" => prop_args,
        Parameters => "__parameters__" => prop_parameters,
        Name => "__name__" => prop_name,
        Bound => "__bound__" => prop_bound,
        Constraints => "__constraints__" => prop_constraints,
        Covariant => "__covariant__" => prop_covariant,
        Contravariant => "__contravariant__" => prop_contravariant,
        Supertype => "__supertype__" => prop_supertype,
        ForwardArg => "__forward_arg__" => prop_forward_arg,
        Metadata => "__metadata__" => prop_metadata,
    }
}

fn of(f: ObjFn) -> Value {
    fv(TypingFn::Obj(f))
}

/// The class of typing objects cached under `key` (`typing._GenericAlias`, `types.UnionType`).
pub(crate) fn obj_class(vm: &mut Vm, key: &'static str) -> PyResult<Value> {
    super::singleton(vm, key, |vm| make_obj_class(vm, key))
}

fn make_obj_class(vm: &mut Vm, key: &str) -> PyResult<Value> {
    let (module, name) = key.split_once('.').unwrap_or(("typing", key));
    let mut attrs: Vec<(&str, Value)> = Vec::new();
    let new = vm.static_method(of(ObjFn::New))?;
    attrs.push(("__new__", new));
    for which in [
        ObjFn::Repr,
        ObjFn::GetItem,
        ObjFn::Call,
        ObjFn::Or,
        ObjFn::Ror,
        ObjFn::Eq,
        ObjFn::Hash,
        ObjFn::InstanceCheck,
        ObjFn::SubclassCheck,
        ObjFn::MroEntries,
    ] {
        attrs.push((which.name(), of(which)));
    }
    for which in [
        ObjFn::Origin,
        ObjFn::ArgsProp,
        ObjFn::Parameters,
        ObjFn::Name,
        ObjFn::Bound,
        ObjFn::Constraints,
        ObjFn::Covariant,
        ObjFn::Contravariant,
        ObjFn::Supertype,
        ObjFn::ForwardArg,
        ObjFn::Metadata,
    ] {
        let p = vm.native_property(of(which), None)?;
        attrs.push((which.name(), p));
    }
    super::native_class(vm, name, module, &[], attrs, Value::Undefined)
}

fn get(vm: &Vm, v: Value) -> Option<TypingData> {
    data(vm, v).cloned()
}

fn new_alias(vm: &mut Vm, a: Alias) -> PyResult<Value> {
    let key = match a.kind {
        AliasKind::Union => "typing._UnionGenericAlias",
        AliasKind::Literal => "typing._LiteralGenericAlias",
        AliasKind::Callable => "typing._CallableGenericAlias",
        AliasKind::Annotated => "typing._AnnotatedAlias",
        AliasKind::Builtin => "types.GenericAlias",
        _ => "typing._GenericAlias",
    };
    new_obj(vm, key, TypingData::Alias(Box::new(a)))
}

pub(crate) fn new_typevar(vm: &mut Vm, d: TypeVarData) -> PyResult<Value> {
    let key = match d.kind {
        VarKind::TypeVar => "typing.TypeVar",
        VarKind::ParamSpec => "typing.ParamSpec",
        VarKind::TypeVarTuple => "typing.TypeVarTuple",
    };
    new_obj(vm, key, TypingData::Var(Box::new(d)))
}

pub(crate) fn forward_ref(vm: &mut Vm, s: String) -> PyResult<Value> {
    new_obj(vm, "typing.ForwardRef", TypingData::ForwardRef(s))
}

/// A user generic alias `origin[args]` (`__main__.C[int]`, `typing.Generic[~T]`).
pub(crate) fn user_alias(vm: &mut Vm, origin: Value, args: Vec<Value>) -> PyResult<Value> {
    new_alias(
        vm,
        Alias {
            kind: AliasKind::User,
            origin,
            args,
            name: String::new(),
            inst: true,
        },
    )
}

// ---- reprs ------------------------------------------------------------------------------------------

/// CPython's `typing._type_repr`: classes by qualified name (builtins unqualified), `...`,
/// functions by name, anything else by `repr`.
pub(crate) fn type_repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    if matches!(v, Value::Ellipsis) {
        return Ok("...".into());
    }
    if vm.is_class(v) {
        let (q, m) = vm.class_qualname(v);
        return Ok(if m == "builtins" {
            q
        } else {
            format!("{m}.{q}")
        });
    }
    if let Value::Obj(id) = v {
        if let Object::Function(f) = vm.heap.get(id) {
            return Ok(f.name.clone());
        }
    }
    vm.repr(v)
}

fn join_reprs(vm: &mut Vm, args: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(args.len());
    for a in args {
        parts.push(type_repr(vm, *a)?);
    }
    Ok(parts.join(", "))
}

fn is_none_type(v: Value) -> bool {
    matches!(v, Value::Type(BuiltinType::NoneType))
}

pub(crate) fn alias_repr(vm: &mut Vm, a: &Alias) -> PyResult<String> {
    Ok(match a.kind {
        AliasKind::Typing | AliasKind::Tuple => {
            if a.args.is_empty() {
                format!("typing.{}[()]", a.name)
            } else {
                format!("typing.{}[{}]", a.name, join_reprs(vm, &a.args)?)
            }
        }
        AliasKind::Callable => {
            let (params, result) = a.args.split_at(a.args.len().saturating_sub(1));
            let r = match result.first() {
                Some(v) => type_repr(vm, *v)?,
                None => String::new(),
            };
            if params.len() == 1 && matches!(params[0], Value::Ellipsis) {
                format!("typing.Callable[..., {r}]")
            } else {
                format!("typing.Callable[[{}], {r}]", join_reprs(vm, params)?)
            }
        }
        AliasKind::Union => {
            if a.args.len() == 2 && a.args.iter().any(|v| is_none_type(*v)) {
                let other = a
                    .args
                    .iter()
                    .find(|v| !is_none_type(**v))
                    .copied()
                    .unwrap_or(Value::None);
                format!("typing.Optional[{}]", type_repr(vm, other)?)
            } else {
                format!("typing.Union[{}]", join_reprs(vm, &a.args)?)
            }
        }
        AliasKind::Literal => {
            let mut parts = Vec::new();
            for v in &a.args {
                parts.push(vm.repr(*v)?);
            }
            format!("typing.Literal[{}]", parts.join(", "))
        }
        AliasKind::Annotated => {
            let mut parts = Vec::new();
            for (i, v) in a.args.iter().enumerate() {
                parts.push(if i == 0 {
                    type_repr(vm, *v)?
                } else {
                    vm.repr(*v)?
                });
            }
            format!("typing.Annotated[{}]", parts.join(", "))
        }
        AliasKind::Form => format!("typing.{}[{}]", a.name, join_reprs(vm, &a.args)?),
        AliasKind::Builtin | AliasKind::User => {
            let o = type_repr(vm, a.origin)?;
            if a.args.is_empty() {
                format!("{o}[()]")
            } else {
                format!("{o}[{}]", join_reprs(vm, &a.args)?)
            }
        }
    })
}

pub(crate) fn data_repr(vm: &mut Vm, d: &TypingData) -> PyResult<String> {
    Ok(match d {
        TypingData::Form(f) => format!("typing.{}", f.name()),
        TypingData::SpecialAlias(s) => format!("typing.{}", s.name),
        TypingData::Alias(a) => alias_repr(vm, a)?,
        TypingData::UnionType(args) => {
            let mut parts = Vec::new();
            for a in args {
                parts.push(if is_none_type(*a) {
                    "None".to_string()
                } else {
                    type_repr(vm, *a)?
                });
            }
            parts.join(" | ")
        }
        TypingData::Var(t) => {
            let prefix = match t.kind {
                VarKind::TypeVarTuple => "",
                _ if t.covariant => "+",
                _ if t.contravariant => "-",
                _ => "~",
            };
            format!("{prefix}{}", t.name)
        }
        TypingData::NewType(name, _) => format!("__main__.{name}"),
        TypingData::ForwardRef(s) => format!("ForwardRef({})", crate::builtins::str::repr_str(s)),
        TypingData::MappingProxy(d) => format!("mappingproxy({})", vm.repr(*d)?),
        TypingData::Factory(_) => "<function>".into(),
        TypingData::TupleField(i) => format!("_tuplegetter({i}, 'Alias for field number {i}')"),
    })
}

fn obj_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = get(vm, args.this()).ok_or_else(|| Exc::type_error("typing object expected"))?;
    // `Annotated` is a class in CPython 3.11, so its own repr is a class repr.
    if matches!(d, TypingData::Form(Form::Annotated)) {
        return vm.new_str("<class 'typing.Annotated'>".into());
    }
    let s = data_repr(vm, &d)?;
    vm.new_str(s)
}

// ---- checking and building arguments ------------------------------------------------------------

/// The items of a subscript key (a tuple's items, or the key alone).
fn params_of(vm: &Vm, key: Value) -> Vec<Value> {
    if matches!(vm.type_of(key), Value::Type(BuiltinType::Tuple)) {
        vm.seq_items(key).unwrap_or_default()
    } else {
        vec![key]
    }
}

fn truncated_repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    let r = vm.repr(v)?;
    Ok(r.chars().take(100).collect())
}

/// CPython's `typing._type_check`: `None` becomes `NoneType`, strings become `ForwardRef`s,
/// bare special forms are refused.
pub(crate) fn type_check(vm: &mut Vm, arg: Value, msg: &str, allow_forms: bool) -> PyResult<Value> {
    if arg.is_none() {
        return Ok(Value::Type(BuiltinType::NoneType));
    }
    if let Some(s) = vm.str_value(arg) {
        if vm.kind(arg) == Kind::Str && matches!(vm.type_of(arg), Value::Type(_)) {
            return forward_ref(vm, s);
        }
    }
    match get(vm, arg) {
        Some(TypingData::Form(f)) => match f {
            Form::Any
            | Form::LiteralString
            | Form::NoReturn
            | Form::Never
            | Form::SelfType
            | Form::TypeAlias => return Ok(arg),
            Form::ClassVar | Form::Final if allow_forms => return Ok(arg),
            _ => {
                return Err(Exc::type_error(format!(
                    "Plain typing.{} is not valid as type argument",
                    f.name()
                )))
            }
        },
        Some(TypingData::Alias(a))
            if a.kind == AliasKind::Form
                && !allow_forms
                && (a.name == "ClassVar" || a.name == "Final") =>
        {
            let r = alias_repr(vm, &a)?;
            return Err(Exc::type_error(format!(
                "{r} is not valid as type argument"
            )));
        }
        _ => {}
    }
    if vm.is_class(arg) {
        let generic = super::generic::generic_class(vm)?;
        let protocol = super::generic::protocol_class(vm)?;
        if arg.is(generic) || arg.is(protocol) {
            let r = type_repr(vm, arg)?;
            return Err(Exc::type_error(format!(
                "Plain {r} is not valid as type argument"
            )));
        }
    }
    if matches!(vm.type_of(arg), Value::Type(BuiltinType::Tuple)) {
        let r = truncated_repr(vm, arg)?;
        return Err(Exc::type_error(format!("{msg} Got {r}.")));
    }
    Ok(arg)
}

/// The union of `params` (flattened, deduplicated; a single type is returned as is).
pub(crate) fn make_union(vm: &mut Vm, params: Vec<Value>) -> PyResult<Value> {
    let mut flat: Vec<Value> = Vec::new();
    for p in params {
        match get(vm, p) {
            Some(TypingData::Alias(a)) if a.kind == AliasKind::Union => flat.extend(a.args),
            Some(TypingData::UnionType(args)) => flat.extend(args),
            _ => flat.push(p),
        }
    }
    let mut out: Vec<Value> = Vec::new();
    for p in flat {
        let mut dup = false;
        for q in &out {
            if q.is(p) || vm.eq(*q, p)? {
                dup = true;
                break;
            }
        }
        if !dup {
            out.push(p);
        }
    }
    if out.len() == 1 {
        return Ok(out[0]);
    }
    let union = form(vm, Form::Union)?;
    new_alias(
        vm,
        Alias {
            kind: AliasKind::Union,
            origin: union,
            args: out,
            name: "Union".into(),
            inst: false,
        },
    )
}

/// `a | b` for classes: a `types.UnionType` (a single type when both are the same).
pub fn union_type(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let mut flat: Vec<Value> = Vec::new();
    for v in [a, b] {
        match get(vm, v) {
            Some(TypingData::UnionType(args)) => flat.extend(args),
            _ => flat.push(if v.is_none() {
                Value::Type(BuiltinType::NoneType)
            } else {
                v
            }),
        }
    }
    let mut out: Vec<Value> = Vec::new();
    for p in flat {
        let mut dup = false;
        for q in &out {
            if q.is(p) || vm.eq(*q, p)? {
                dup = true;
                break;
            }
        }
        if !dup {
            out.push(p);
        }
    }
    if out.len() == 1 {
        return Ok(out[0]);
    }
    new_obj(vm, "types.UnionType", TypingData::UnionType(out))
}

/// Whether `v` may be an operand of `types.UnionType`'s `|`.
fn unionable(vm: &Vm, v: Value) -> bool {
    v.is_none() || vm.is_class(v) || is_types_object(vm, v)
}

/// `list[int]`: a `types.GenericAlias` of a built-in class.
pub fn builtin_generic_alias(vm: &mut Vm, cls: Value, key: Value) -> PyResult<Value> {
    let args = if matches!(vm.type_of(key), Value::Type(BuiltinType::Tuple)) {
        vm.seq_items(key).unwrap_or_default()
    } else {
        vec![key]
    };
    new_alias(
        vm,
        Alias {
            kind: AliasKind::Builtin,
            origin: cls,
            args,
            name: String::new(),
            inst: true,
        },
    )
}

/// Whether an annotation is `typing.ClassVar` or `ClassVar[...]`.
pub fn is_classvar(vm: &mut Vm, v: Value) -> bool {
    match get(vm, v) {
        Some(TypingData::Form(Form::ClassVar)) => true,
        Some(TypingData::Alias(a)) => a.kind == AliasKind::Form && a.name == "ClassVar",
        _ => false,
    }
}

/// The origin class of a special alias, importing its module when needed.
pub(crate) fn resolve_origin(vm: &mut Vm, s: &SpecialAlias) -> PyResult<Value> {
    if !s.origin.is_undefined() {
        return Ok(s.origin);
    }
    let (module, name) = s
        .origin_path
        .rsplit_once('.')
        .unwrap_or(("builtins", s.origin_path.as_str()));
    let m = crate::modules::import(vm, module)?;
    vm.getattr(m, name)
}

// ---- subscription ----------------------------------------------------------------------------------

fn obj_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__getitem__", 1, 1)?;
    let (this, key) = (args.this(), args.pos[1]);
    match get(vm, this) {
        Some(TypingData::Form(f)) => subscript_form(vm, this, f, key),
        Some(TypingData::SpecialAlias(s)) => subscript_special(vm, &s, key),
        Some(TypingData::Alias(a)) => {
            if a.kind == AliasKind::Builtin {
                // `list[T][int]` substitutes like typing's aliases.
                return substitute(vm, this, &a, key);
            }
            substitute(vm, this, &a, key)
        }
        Some(d @ TypingData::UnionType(_)) => {
            let r = data_repr(vm, &d)?;
            Err(Exc::type_error(format!(
                "There are no type variables left in {r}"
            )))
        }
        _ => {
            let t = vm.type_name(this);
            Err(Exc::type_error(format!(
                "'{t}' object is not subscriptable"
            )))
        }
    }
}

fn single_form(vm: &mut Vm, f: Form, key: Value, msg: &str) -> PyResult<Value> {
    let arg = type_check(vm, key, msg, f == Form::ClassVar || f == Form::Final)?;
    let origin = form(vm, f)?;
    new_alias(
        vm,
        Alias {
            kind: AliasKind::Form,
            origin,
            args: vec![arg],
            name: f.name().into(),
            inst: false,
        },
    )
}

fn subscript_form(vm: &mut Vm, _this: Value, f: Form, key: Value) -> PyResult<Value> {
    match f {
        Form::Any => Err(Exc::type_error("type 'Any' is not subscriptable")),
        Form::Never | Form::NoReturn | Form::SelfType | Form::LiteralString | Form::TypeAlias => {
            Err(Exc::type_error(format!(
                "typing.{} is not subscriptable",
                f.name()
            )))
        }
        Form::Optional => {
            let arg = type_check(vm, key, "typing.Optional requires a single type.", false)?;
            make_union(vm, vec![arg, Value::Type(BuiltinType::NoneType)])
        }
        Form::Union => {
            let params = params_of(vm, key);
            if params.is_empty() {
                return Err(Exc::type_error("Cannot take a Union of no types."));
            }
            let mut checked = Vec::with_capacity(params.len());
            for p in params {
                checked.push(type_check(
                    vm,
                    p,
                    "Union[arg, ...]: each arg must be a type.",
                    false,
                )?);
            }
            make_union(vm, checked)
        }
        Form::ClassVar | Form::Final | Form::Required | Form::NotRequired | Form::Unpack => {
            let msg = format!("typing.{} accepts only single type.", f.name());
            single_form(vm, f, key, &msg)
        }
        Form::TypeGuard => single_form(vm, f, key, "TypeGuard[...] accepts only single type."),
        Form::Literal => {
            let mut flat: Vec<Value> = Vec::new();
            for p in params_of(vm, key) {
                match get(vm, p) {
                    Some(TypingData::Alias(a)) if a.kind == AliasKind::Literal => {
                        flat.extend(a.args)
                    }
                    _ => flat.push(p),
                }
            }
            // Deduplicated by value and type (1 and True are different literals).
            let mut out: Vec<Value> = Vec::new();
            for p in flat {
                let mut dup = false;
                for q in &out {
                    if vm.type_of(*q).is(vm.type_of(p)) && vm.eq(*q, p)? {
                        dup = true;
                        break;
                    }
                }
                if !dup {
                    out.push(p);
                }
            }
            let origin = form(vm, Form::Literal)?;
            new_alias(
                vm,
                Alias {
                    kind: AliasKind::Literal,
                    origin,
                    args: out,
                    name: "Literal".into(),
                    inst: false,
                },
            )
        }
        Form::Annotated => {
            let params = params_of(vm, key);
            if params.len() < 2 || !matches!(vm.type_of(key), Value::Type(BuiltinType::Tuple)) {
                return Err(Exc::type_error(
                    "Annotated[...] should be used with at least two arguments (a type and an annotation).",
                ));
            }
            let t = type_check(vm, params[0], "Annotated[t, ...]: t must be a type.", true)?;
            let mut args = match get(vm, t) {
                Some(TypingData::Alias(a)) if a.kind == AliasKind::Annotated => a.args,
                _ => vec![t],
            };
            args.extend_from_slice(&params[1..]);
            let origin = form(vm, Form::Annotated)?;
            new_alias(
                vm,
                Alias {
                    kind: AliasKind::Annotated,
                    origin,
                    args,
                    name: "Annotated".into(),
                    inst: true,
                },
            )
        }
        Form::Concatenate => {
            let params = params_of(vm, key);
            if params.is_empty() {
                return Err(Exc::type_error("Cannot take a Concatenate of no types."));
            }
            let origin = form(vm, Form::Concatenate)?;
            new_alias(
                vm,
                Alias {
                    kind: AliasKind::Form,
                    origin,
                    args: params,
                    name: "Concatenate".into(),
                    inst: false,
                },
            )
        }
    }
}

fn subscript_special(vm: &mut Vm, s: &SpecialAlias, key: Value) -> PyResult<Value> {
    match s.nparams {
        -1 => {
            // Tuple.
            let is_empty_tuple = matches!(vm.type_of(key), Value::Type(BuiltinType::Tuple))
                && vm.seq_items(key).is_some_and(|i| i.is_empty());
            let params = if is_empty_tuple {
                Vec::new()
            } else {
                params_of(vm, key)
            };
            let mut args = Vec::with_capacity(params.len());
            let n = params.len();
            for (i, p) in params.into_iter().enumerate() {
                if matches!(p, Value::Ellipsis) && (i == n - 1) {
                    args.push(p);
                    continue;
                }
                args.push(type_check(
                    vm,
                    p,
                    "Tuple[t0, t1, ...]: each t must be a type.",
                    false,
                )?);
            }
            new_alias(
                vm,
                Alias {
                    kind: AliasKind::Tuple,
                    origin: Value::Type(BuiltinType::Tuple),
                    args,
                    name: "Tuple".into(),
                    inst: false,
                },
            )
        }
        -2 => {
            let params = params_of(vm, key);
            if params.len() != 2 || !matches!(vm.type_of(key), Value::Type(BuiltinType::Tuple)) {
                return Err(Exc::type_error(
                    "Callable must be used as Callable[[arg, ...], result].",
                ));
            }
            let (a, r) = (params[0], params[1]);
            let mut args = Vec::new();
            if matches!(a, Value::Ellipsis) {
                args.push(a);
            } else {
                let items = if vm.kind(a) == Kind::List {
                    vm.seq_items(a).unwrap_or_default()
                } else {
                    vec![a]
                };
                for p in items {
                    args.push(type_check(
                        vm,
                        p,
                        "Callable[[arg, ...], result]: each arg must be a type.",
                        false,
                    )?);
                }
            }
            args.push(type_check(
                vm,
                r,
                "Callable[args, result]: result must be a type.",
                false,
            )?);
            let origin = abcs::abc_class(vm, "Callable")?;
            new_alias(
                vm,
                Alias {
                    kind: AliasKind::Callable,
                    origin,
                    args,
                    name: "Callable".into(),
                    inst: true,
                },
            )
        }
        n => {
            let params = params_of(vm, key);
            let expected = n.max(0) as usize;
            if params.len() != expected {
                if expected == 0 {
                    return Err(Exc::type_error(format!(
                        "typing.{} is not a generic class",
                        s.name
                    )));
                }
                let which = if params.len() > expected {
                    "many"
                } else {
                    "few"
                };
                return Err(Exc::type_error(format!(
                    "Too {which} arguments for typing.{}; actual {}, expected {expected}",
                    s.name,
                    params.len()
                )));
            }
            let mut args = Vec::with_capacity(params.len());
            for p in params {
                args.push(type_check(
                    vm,
                    p,
                    "Parameters to generic types must be types.",
                    false,
                )?);
            }
            let origin = resolve_origin(vm, s).unwrap_or(Value::Undefined);
            new_alias(
                vm,
                Alias {
                    kind: AliasKind::Typing,
                    origin,
                    args,
                    name: s.name.clone(),
                    inst: s.inst,
                },
            )
        }
    }
}

/// The type variables in `args`, in order of first appearance.
pub(crate) fn collect_params(vm: &Vm, args: &[Value], out: &mut Vec<Value>, depth: usize) {
    if depth > 50 {
        return;
    }
    for a in args {
        match data(vm, *a) {
            Some(TypingData::Var(_)) if !out.iter().any(|x| x.is(*a)) => out.push(*a),
            Some(TypingData::Alias(al)) => {
                let inner = al.args.clone();
                collect_params(vm, &inner, out, depth + 1);
            }
            Some(TypingData::UnionType(u)) => {
                let inner = u.clone();
                collect_params(vm, &inner, out, depth + 1);
            }
            _ => {}
        }
    }
}

/// Replaces type variables in `v` by their values.
fn subst_value(vm: &mut Vm, v: Value, map: &[(Value, Value)], depth: usize) -> PyResult<Value> {
    if depth > 50 {
        return Ok(v);
    }
    match get(vm, v) {
        Some(TypingData::Var(_)) => Ok(map
            .iter()
            .find(|(k, _)| k.is(v))
            .map(|(_, x)| *x)
            .unwrap_or(v)),
        Some(TypingData::Alias(a)) => {
            let mut new_args = Vec::with_capacity(a.args.len());
            for x in &a.args {
                new_args.push(subst_value(vm, *x, map, depth + 1)?);
            }
            rebuild(vm, &a, new_args)
        }
        Some(TypingData::UnionType(args)) => {
            let mut out = Vec::new();
            for x in args {
                out.push(subst_value(vm, x, map, depth + 1)?);
            }
            let mut acc = out[0];
            for x in out.into_iter().skip(1) {
                acc = union_type(vm, acc, x)?;
            }
            Ok(acc)
        }
        _ => Ok(v),
    }
}

/// The same kind of alias with new arguments.
pub(crate) fn rebuild(vm: &mut Vm, a: &Alias, args: Vec<Value>) -> PyResult<Value> {
    if a.kind == AliasKind::Union {
        return make_union(vm, args);
    }
    new_alias(
        vm,
        Alias {
            kind: a.kind,
            origin: a.origin,
            args,
            name: a.name.clone(),
            inst: a.inst,
        },
    )
}

/// `List[T][int]`: substitutes the alias's type variables.
fn substitute(vm: &mut Vm, this: Value, a: &Alias, key: Value) -> PyResult<Value> {
    let mut params = Vec::new();
    collect_params(vm, &a.args, &mut params, 0);
    let r = alias_repr(vm, a)?;
    if params.is_empty() {
        let _ = this;
        return Err(Exc::type_error(format!("{r} is not a generic class")));
    }
    let given = params_of(vm, key);
    if given.len() != params.len() {
        let which = if given.len() > params.len() {
            "many"
        } else {
            "few"
        };
        return Err(Exc::type_error(format!(
            "Too {which} arguments for {r}; actual {}, expected {}",
            given.len(),
            params.len()
        )));
    }
    let mut map = Vec::with_capacity(params.len());
    for (p, g) in params.into_iter().zip(given) {
        let g = type_check(vm, g, "Parameters to generic types must be types.", false)?;
        map.push((p, g));
    }
    let mut new_args = Vec::with_capacity(a.args.len());
    for x in &a.args {
        new_args.push(subst_value(vm, *x, &map, 0)?);
    }
    rebuild(vm, a, new_args)
}

/// Substitutes the parameters of a user generic class (`Stack[int]`).
pub(crate) fn subscript_user(
    vm: &mut Vm,
    cls: Value,
    params: Vec<Value>,
    key: Value,
) -> PyResult<Value> {
    let given = params_of(vm, key);
    if given.len() != params.len() {
        let which = if given.len() > params.len() {
            "many"
        } else {
            "few"
        };
        let r = vm.repr(cls)?;
        return Err(Exc::type_error(format!(
            "Too {which} arguments for {r}; actual {}, expected {}",
            given.len(),
            params.len()
        )));
    }
    let mut args = Vec::with_capacity(given.len());
    for g in given {
        args.push(type_check(
            vm,
            g,
            "Parameters to generic types must be types.",
            false,
        )?);
    }
    user_alias(vm, cls, args)
}

// ---- construction and calls ---------------------------------------------------------------------

fn bool_kw(vm: &mut Vm, args: &Args, name: &str) -> PyResult<bool> {
    match args.kwarg(vm, name) {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// `TypeVar(...)`, `ParamSpec(...)`, `TypeVarTuple(...)`, `NewType(...)`, `ForwardRef(...)`.
fn obj_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let cname = vm.class_name(cls);
    let rest = &args.pos[1..];
    match cname.as_str() {
        "TypeVar" | "ParamSpec" | "TypeVarTuple" => {
            let allowed: &[&str] = match cname.as_str() {
                "TypeVar" | "ParamSpec" => &["bound", "covariant", "contravariant"],
                _ => &[],
            };
            args.check_kw(vm, &cname, allowed)?;
            let Some(name) = rest.first().and_then(|n| vm.str_value(*n)) else {
                return Err(Exc::type_error(format!(
                    "{cname}() missing required argument 'name' (pos 1)"
                )));
            };
            let kind = match cname.as_str() {
                "TypeVar" => VarKind::TypeVar,
                "ParamSpec" => VarKind::ParamSpec,
                _ => VarKind::TypeVarTuple,
            };
            if kind != VarKind::TypeVar && rest.len() > 1 {
                return Err(Exc::type_error(format!(
                    "{cname}() takes 1 positional argument but {} were given",
                    rest.len()
                )));
            }
            let covariant = bool_kw(vm, args, "covariant")?;
            let contravariant = bool_kw(vm, args, "contravariant")?;
            if covariant && contravariant {
                return Err(Exc::value_error("Bivariant types are not supported."));
            }
            let bound = match args.kwarg(vm, "bound") {
                Some(b) if !b.is_none() => type_check(vm, b, "Bound must be a type.", false)?,
                _ => Value::None,
            };
            let mut constraints = Vec::new();
            for c in &rest[1..] {
                constraints.push(type_check(
                    vm,
                    *c,
                    "TypeVar(name, constraint, ...): constraints must be types.",
                    false,
                )?);
            }
            if constraints.len() == 1 {
                return Err(Exc::type_error("A single constraint is not allowed"));
            }
            if !constraints.is_empty() && !bound.is_none() {
                return Err(Exc::type_error(
                    "Constraints cannot be combined with bound=...",
                ));
            }
            new_typevar(
                vm,
                TypeVarData {
                    name,
                    bound,
                    constraints,
                    covariant,
                    contravariant,
                    kind,
                },
            )
        }
        "NewType" => {
            args.check_kw(vm, "NewType", &["name", "tp"])?;
            let name = rest.first().copied().or_else(|| args.kwarg(vm, "name"));
            let tp = rest.get(1).copied().or_else(|| args.kwarg(vm, "tp"));
            let (Some(name), Some(tp)) = (name, tp) else {
                return Err(Exc::type_error(
                    "NewType.__init__() missing 1 required positional argument: 'tp'",
                ));
            };
            let name = vm.str_value(name).unwrap_or_default();
            let tp = type_check(vm, tp, "NewType(name, tp): tp must be a type.", false)?;
            new_obj(vm, "typing.NewType", TypingData::NewType(name, tp))
        }
        "ForwardRef" => {
            let Some(arg) = rest.first().copied() else {
                return Err(Exc::type_error(
                    "ForwardRef.__init__() missing 1 required positional argument: 'arg'",
                ));
            };
            match vm.str_value(arg) {
                Some(s) => forward_ref(vm, s),
                None => {
                    let r = vm.repr(arg)?;
                    Err(Exc::type_error(format!(
                        "Forward reference must be a string -- got {r}"
                    )))
                }
            }
        }
        _ => {
            let (q, m) = vm.class_qualname(cls);
            Err(Exc::type_error(format!(
                "cannot create '{m}.{q}' instances"
            )))
        }
    }
}

fn obj_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let d = get(vm, this).ok_or_else(|| Exc::type_error("typing object expected"))?;
    let mut rest = Args::new(&args.pos[1..]);
    rest.kw = args.kw.clone();
    match d {
        TypingData::Form(f) => Err(Exc::type_error(match f {
            Form::Any => "Any cannot be instantiated".to_string(),
            _ => format!("Cannot instantiate typing.{}", f.name()),
        })),
        TypingData::SpecialAlias(s) => {
            if !s.inst {
                let o = resolve_origin(vm, &s)?;
                let on = vm.class_name(o);
                return Err(Exc::type_error(format!(
                    "Type {} cannot be instantiated; use {on}() instead",
                    s.name
                )));
            }
            let o = resolve_origin(vm, &s)?;
            vm.call_args(o, rest)
        }
        TypingData::Alias(a) => {
            if !a.inst {
                let on = if a.origin.is_undefined() {
                    a.name.to_lowercase()
                } else {
                    vm.class_name(a.origin)
                };
                return Err(Exc::type_error(match a.kind {
                    AliasKind::Typing | AliasKind::Tuple => {
                        format!("Type {} cannot be instantiated; use {on}() instead", a.name)
                    }
                    _ => format!("Cannot instantiate {}", alias_repr(vm, &a)?),
                }));
            }
            let origin = if a.kind == AliasKind::Annotated {
                a.args.first().copied().unwrap_or(Value::None)
            } else {
                a.origin
            };
            let r = vm.call_args(origin, rest)?;
            if a.kind != AliasKind::Builtin {
                // Like CPython, the instance remembers the alias when it can.
                let is_inst =
                    matches!(r, Value::Obj(id) if matches!(vm.heap.get(id), Object::Instance(_)));
                if is_inst {
                    let _ = vm.setattr(r, "__orig_class__", this);
                }
            }
            Ok(r)
        }
        TypingData::NewType(name, _) => {
            if rest.pos.len() != 1 || !rest.kw.is_empty() {
                return Err(Exc::type_error(format!(
                    "NewType.__call__() takes 2 positional arguments but {} were given",
                    rest.pos.len() + 1
                )));
            }
            let _ = name;
            Ok(rest.pos[0])
        }
        _ => {
            let t = vm.type_name(this);
            Err(Exc::type_error(format!("'{t}' object is not callable")))
        }
    }
}

// ---- operators -------------------------------------------------------------------------------------

fn is_types_object(vm: &Vm, v: Value) -> bool {
    matches!(data(vm, v), Some(TypingData::UnionType(_)))
        || matches!(data(vm, v), Some(TypingData::Alias(a)) if a.kind == AliasKind::Builtin)
}

fn union_operand(vm: &mut Vm, v: Value) -> PyResult<Value> {
    type_check(vm, v, "Union[arg, ...]: each arg must be a type.", false)
}

fn obj_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__or__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if is_types_object(vm, a) {
        if unionable(vm, b) {
            return union_type(vm, a, b);
        }
        return Ok(Value::NotImplemented);
    }
    if matches!(
        data(vm, a),
        Some(TypingData::Var(_)) | Some(TypingData::NewType(..)) | Some(TypingData::ForwardRef(_))
    ) && !(b.is_none() || vm.is_class(b) || data(vm, b).is_some())
    {
        return Ok(Value::NotImplemented);
    }
    if data(vm, a).is_none() || matches!(data(vm, a), Some(TypingData::MappingProxy(_))) {
        return Ok(Value::NotImplemented);
    }
    let b = union_operand(vm, b)?;
    make_union(vm, vec![a, b])
}

fn obj_ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__ror__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if is_types_object(vm, a) {
        if unionable(vm, b) {
            return union_type(vm, b, a);
        }
        return Ok(Value::NotImplemented);
    }
    if data(vm, a).is_none() || matches!(data(vm, a), Some(TypingData::MappingProxy(_))) {
        return Ok(Value::NotImplemented);
    }
    let b = union_operand(vm, b)?;
    make_union(vm, vec![b, a])
}

/// Whether two lists hold equal values regardless of order.
fn same_set(vm: &mut Vm, a: &[Value], b: &[Value]) -> PyResult<bool> {
    for x in a {
        let mut found = false;
        for y in b {
            if x.is(*y) || vm.eq(*x, *y)? {
                found = true;
                break;
            }
        }
        if !found {
            return Ok(false);
        }
    }
    for y in b {
        let mut found = false;
        for x in a {
            if x.is(*y) || vm.eq(*x, *y)? {
                found = true;
                break;
            }
        }
        if !found {
            return Ok(false);
        }
    }
    Ok(true)
}

fn union_args(d: &TypingData) -> Option<Vec<Value>> {
    match d {
        TypingData::UnionType(a) => Some(a.clone()),
        TypingData::Alias(a) if a.kind == AliasKind::Union => Some(a.args.clone()),
        _ => None,
    }
}

/// Equality of `Literal` argument sets: by value and type (`Literal[1] != Literal[True]`).
fn same_literal_set(vm: &mut Vm, a: &[Value], b: &[Value]) -> PyResult<bool> {
    for (xs, ys) in [(a, b), (b, a)] {
        for x in xs {
            let mut found = false;
            for y in ys {
                if vm.type_of(*x).is(vm.type_of(*y)) && vm.eq(*x, *y)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

fn obj_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__eq__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if a.is(b) {
        return Ok(Value::Bool(true));
    }
    let (Some(da), Some(db)) = (get(vm, a), get(vm, b)) else {
        return Ok(Value::NotImplemented);
    };
    if let (Some(ua), Some(ub)) = (union_args(&da), union_args(&db)) {
        return same_set(vm, &ua, &ub).map(Value::Bool);
    }
    let r = match (&da, &db) {
        (TypingData::Form(x), TypingData::Form(y)) => x == y,
        (TypingData::SpecialAlias(x), TypingData::SpecialAlias(y)) => x.name == y.name,
        (TypingData::Alias(x), TypingData::Alias(y)) => {
            let same_kind = (x.kind == AliasKind::Builtin) == (y.kind == AliasKind::Builtin);
            if !same_kind || x.args.len() != y.args.len() {
                false
            } else if x.kind == AliasKind::Literal && y.kind == AliasKind::Literal {
                same_literal_set(vm, &x.args, &y.args)?
            } else {
                let mut eq = x.origin.is(y.origin) || vm.eq(x.origin, y.origin)?;
                if eq {
                    for (p, q) in x.args.iter().zip(y.args.iter()) {
                        if !(p.is(*q) || vm.eq(*p, *q)?) {
                            eq = false;
                            break;
                        }
                    }
                }
                eq
            }
        }
        (TypingData::ForwardRef(x), TypingData::ForwardRef(y)) => x == y,
        (TypingData::MappingProxy(x), _) => {
            let other = match &db {
                TypingData::MappingProxy(y) => *y,
                _ => b,
            };
            vm.eq(*x, other)?
        }
        _ => return Ok(Value::NotImplemented),
    };
    Ok(Value::Bool(r))
}

fn obj_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let d = get(vm, this).ok_or_else(|| Exc::type_error("typing object expected"))?;
    if let Some(u) = union_args(&d) {
        let mut h: i64 = 0x2d5c_a1f3;
        for a in u {
            h ^= vm.hash(a)?;
        }
        return Ok(Value::Int(h));
    }
    let h = match d {
        TypingData::Form(f) => crate::builtins::hash::hash_str(f.name()),
        TypingData::SpecialAlias(s) => crate::builtins::hash::hash_str(&s.name) ^ 0x1f,
        TypingData::Alias(a) if a.kind == AliasKind::Literal => {
            // Order-independent, like CPython's hash of a frozenset of (value, type) pairs.
            let mut h: i64 = 0x1e7a_5c3b;
            for x in &a.args {
                let t = vm.type_of(*x);
                let pair = vm.new_tuple(vec![*x, t])?;
                h ^= vm.hash(pair)?;
            }
            h
        }
        TypingData::Alias(a) => {
            let mut items = vec![a.origin];
            items.extend(a.args.iter().copied());
            let t = vm.new_tuple(items)?;
            vm.hash(t)?
        }
        TypingData::ForwardRef(s) => crate::builtins::hash::hash_str(&s) ^ 0x2f,
        TypingData::MappingProxy(_) => {
            return Err(Exc::type_error("unhashable type: 'mappingproxy'"))
        }
        _ => match this {
            Value::Obj(id) => crate::builtins::hash::hash_identity(id.0),
            _ => 0,
        },
    };
    Ok(Value::Int(h))
}

fn check(vm: &mut Vm, args: &Args, sub: bool) -> PyResult<Value> {
    let fname = if sub { "issubclass" } else { "isinstance" };
    args.check_method(
        if sub {
            "__subclasscheck__"
        } else {
            "__instancecheck__"
        },
        1,
        1,
    )?;
    let (this, v) = (args.this(), args.pos[1]);
    let d = get(vm, this).ok_or_else(|| Exc::type_error("typing object expected"))?;
    let test = |vm: &mut Vm, cls: Value| -> PyResult<bool> {
        if sub {
            Ok(vm.is_class(v) && vm.is_subclass(v, cls))
        } else {
            crate::builtins::functions::isinstance_spec(vm, v, cls, 1)
        }
    };
    match d {
        TypingData::Form(f) => Err(Exc::type_error(format!(
            "typing.{} cannot be used with {fname}()",
            f.name()
        ))),
        TypingData::SpecialAlias(s) => {
            if s.name == "Callable" && !sub {
                return Ok(Value::Bool(crate::builtins::functions::is_callable(vm, v)));
            }
            let o = resolve_origin(vm, &s)?;
            if sub {
                let r = crate::builtins::functions::isinstance_spec(vm, v, o, 1);
                let _ = r;
                return Ok(Value::Bool(
                    vm.is_class(v) && abcs::class_matches(vm, v, o)?,
                ));
            }
            test(vm, o).map(Value::Bool)
        }
        TypingData::Alias(a) if a.kind == AliasKind::Union => {
            for arg in &a.args {
                if !vm.is_class(*arg) {
                    return Err(Exc::type_error(
                        "Subscripted generics cannot be used with class and instance checks",
                    ));
                }
            }
            for arg in a.args {
                if test(vm, arg)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        TypingData::Alias(a) if a.kind == AliasKind::Builtin => Err(Exc::type_error(format!(
            "{fname}() argument 2 cannot be a parameterized generic"
        ))),
        TypingData::Alias(_) => Err(Exc::type_error(
            "Subscripted generics cannot be used with class and instance checks",
        )),
        TypingData::UnionType(u) => {
            for arg in u {
                if is_types_object(vm, arg) {
                    return Err(Exc::type_error(format!(
                        "{fname}() argument 2 cannot be a parameterized generic"
                    )));
                }
                if test(vm, arg)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(Exc::type_error(if sub {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        } else {
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        })),
    }
}

fn obj_instancecheck(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check(vm, args, false)
}

fn obj_subclasscheck(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check(vm, args, true)
}

/// `class C(Generic[T])`, `class L(List[int])`: the classes to use as bases.
fn obj_mro_entries(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__mro_entries__", 1, 1)?;
    let (this, bases) = (args.this(), args.pos[1]);
    let d = get(vm, this).ok_or_else(|| Exc::type_error("typing object expected"))?;
    let origin = match &d {
        TypingData::SpecialAlias(s) => resolve_origin(vm, s)?,
        TypingData::Alias(a) if matches!(a.kind, AliasKind::Typing | AliasKind::Tuple | AliasKind::User | AliasKind::Builtin | AliasKind::Callable) => a.origin,
        TypingData::NewType(name, _) => {
            return Err(Exc::type_error(format!(
                "Cannot subclass an instance of NewType. Perhaps you were looking for: `Pro{name} = NewType('Pro{name}', {name})`"
            )))
        }
        _ => {
            let r = data_repr(vm, &d)?;
            return Err(Exc::type_error(format!("Cannot subclass {r}")));
        }
    };
    if matches!(&d, TypingData::Alias(a) if a.kind == AliasKind::Builtin) {
        return vm.new_tuple(vec![origin]);
    }
    let items = vm.seq_items(bases).unwrap_or_default();
    let generic = super::generic::generic_class(vm)?;
    if origin.is(generic) {
        // `Generic[T]` gives way to a later subscripted base (which brings Generic itself);
        // two `Generic[...]` bases are then refused by `__init_subclass__`.
        let protocol = super::generic::protocol_class(vm)?;
        let pos = items.iter().position(|b| b.is(this)).unwrap_or(items.len());
        let later_alias = items
            .iter()
            .skip(pos + 1)
            .any(|b| !b.is(this) && matches!(data(vm, *b), Some(TypingData::Alias(_))));
        if later_alias || items.iter().any(|b| b.is(protocol)) {
            return vm.new_tuple(Vec::new());
        }
    }
    let mut res = Vec::new();
    if !items.iter().any(|b| b.is(origin)) {
        res.push(origin);
    }
    let pos = items.iter().position(|b| b.is(this)).unwrap_or(items.len());
    let mut need_generic = true;
    for b in items.iter().skip(pos + 1) {
        let is_alias = matches!(
            data(vm, *b),
            Some(TypingData::Alias(_)) | Some(TypingData::SpecialAlias(_))
        );
        if is_alias || (vm.is_class(*b) && vm.is_subclass(*b, generic)) {
            need_generic = false;
            break;
        }
    }
    if vm.is_class(origin) && vm.is_subclass(origin, generic) {
        need_generic = false;
    }
    if need_generic {
        res.push(generic);
    }
    vm.new_tuple(res)
}

// ---- attributes --------------------------------------------------------------------------------------

fn no_attr(vm: &mut Vm, this: Value, name: &str) -> Exc {
    vm.no_attribute(this, name)
}

fn prop_origin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    match get(vm, this) {
        Some(TypingData::SpecialAlias(s)) => resolve_origin(vm, &s),
        Some(TypingData::Alias(a)) => Ok(match a.kind {
            AliasKind::Annotated => a.args.first().copied().unwrap_or(Value::None),
            _ => a.origin,
        }),
        _ => Err(no_attr(vm, this, "__origin__")),
    }
}

fn prop_args(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    match get(vm, this) {
        Some(TypingData::Alias(a)) => {
            let items = if a.kind == AliasKind::Annotated {
                a.args.iter().take(1).copied().collect()
            } else {
                a.args
            };
            vm.new_tuple(items)
        }
        Some(TypingData::UnionType(u)) => vm.new_tuple(u),
        _ => Err(no_attr(vm, this, "__args__")),
    }
}

fn prop_parameters(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    match get(vm, this) {
        Some(TypingData::Alias(a)) => {
            let mut out = Vec::new();
            collect_params(vm, &a.args, &mut out, 0);
            vm.new_tuple(out)
        }
        Some(TypingData::UnionType(u)) => {
            let mut out = Vec::new();
            collect_params(vm, &u, &mut out, 0);
            vm.new_tuple(out)
        }
        Some(TypingData::SpecialAlias(_)) => vm.new_tuple(Vec::new()),
        _ => Err(no_attr(vm, this, "__parameters__")),
    }
}

fn prop_name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let name = match get(vm, this) {
        Some(TypingData::Form(f)) => f.name().to_string(),
        Some(TypingData::SpecialAlias(s)) => s.name,
        Some(TypingData::Alias(a)) => match a.kind {
            AliasKind::Builtin | AliasKind::User => vm.class_name(a.origin),
            AliasKind::Union => {
                if a.args.len() == 2 && a.args.iter().any(|v| is_none_type(*v)) {
                    "Optional".into()
                } else {
                    "Union".into()
                }
            }
            _ => a.name,
        },
        Some(TypingData::Var(t)) => t.name,
        Some(TypingData::NewType(n, _)) => n,
        _ => return Err(no_attr(vm, this, "__name__")),
    };
    vm.new_str(name)
}

fn var(vm: &mut Vm, this: Value, name: &str) -> PyResult<TypeVarData> {
    match get(vm, this) {
        Some(TypingData::Var(t)) => Ok(*t),
        _ => Err(no_attr(vm, this, name)),
    }
}

fn prop_bound(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(var(vm, args.this(), "__bound__")?.bound)
}

fn prop_constraints(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = var(vm, args.this(), "__constraints__")?;
    vm.new_tuple(t.constraints)
}

fn prop_covariant(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(
        var(vm, args.this(), "__covariant__")?.covariant,
    ))
}

fn prop_contravariant(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(
        var(vm, args.this(), "__contravariant__")?.contravariant,
    ))
}

fn prop_supertype(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    match get(vm, this) {
        Some(TypingData::NewType(_, t)) => Ok(t),
        _ => Err(no_attr(vm, this, "__supertype__")),
    }
}

fn prop_forward_arg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    match get(vm, this) {
        Some(TypingData::ForwardRef(s)) => vm.new_str(s),
        _ => Err(no_attr(vm, this, "__forward_arg__")),
    }
}

fn prop_metadata(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    match get(vm, this) {
        Some(TypingData::Alias(a)) if a.kind == AliasKind::Annotated => {
            vm.new_tuple(a.args.iter().skip(1).copied().collect())
        }
        _ => Err(no_attr(vm, this, "__metadata__")),
    }
}
