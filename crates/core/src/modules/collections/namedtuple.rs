//! `collections.namedtuple`: builds a `tuple` subclass whose instances carry a tuple payload.
//! Fields are `_tuplegetter` data descriptors; the methods are native functions that read
//! `_fields` and `_field_defaults` from the class, so user subclasses inherit them unchanged.

use super::{coll_fn, state_ref, CollFn, State};
use crate::builtins::class::{Instance, Payload};
use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::native::{NativeClass, NativeData};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum NamedTupleFn {
        New => "__new__" => nt_new,
        Make => "_make" => nt_make,
        Replace => "_replace" => nt_replace,
        Repr => "__repr__" => nt_repr,
        AsDict => "_asdict" => nt_asdict,
        GetNewArgs => "__getnewargs__" => nt_getnewargs,
        GetterGet => "__get__" => getter_get,
        GetterSet => "__set__" => getter_set,
        GetterDelete => "__delete__" => getter_delete,
    }
}

native_methods! {
    pub enum TupleGetterFn {
        Repr => "__repr__" => getter_repr,
    }
}

fn f(x: NamedTupleFn) -> Value {
    coll_fn(CollFn::NamedTuple(x))
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn make_getter_class(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "_tuplegetter",
        module: "collections",
        attrs: vec![
            ("__get__", f(NamedTupleFn::GetterGet)),
            ("__set__", f(NamedTupleFn::GetterSet)),
            ("__delete__", f(NamedTupleFn::GetterDelete)),
            (
                "__repr__",
                coll_fn(CollFn::TupleGetter(TupleGetterFn::Repr)),
            ),
        ],
        ..Default::default()
    })
}

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
pub fn namedtuple(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(
        vm,
        "namedtuple",
        &["typename", "field_names", "rename", "defaults", "module"],
    )?;
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "namedtuple() takes 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let typename = args.get(0).or_else(|| args.kwarg(vm, "typename"));
    let field_names = args.get(1).or_else(|| args.kwarg(vm, "field_names"));
    let (typename, field_names) = match (typename, field_names) {
        (Some(t), Some(f)) => (t, f),
        (Some(_), None) => {
            return Err(Exc::type_error(
                "namedtuple() missing 1 required positional argument: 'field_names'",
            ))
        }
        _ => return Err(Exc::type_error(
            "namedtuple() missing 2 required positional arguments: 'typename' and 'field_names'",
        )),
    };
    let rename = match args.kwarg(vm, "rename") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let defaults = args.kwarg(vm, "defaults").filter(|v| !v.is_none());
    let module = match args.kwarg(vm, "module").filter(|v| !v.is_none()) {
        Some(m) => vm.to_str(m)?,
        None => "__main__".to_string(),
    };

    let mut names: Vec<String> = match vm.str_value(field_names) {
        Some(s) => s
            .replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        None => {
            let mut out = Vec::new();
            for v in vm.collect(field_names)? {
                out.push(vm.to_str(v)?);
            }
            out
        }
    };
    let typename = vm.to_str(typename)?;
    if rename {
        let mut seen: Vec<String> = Vec::new();
        for (i, name) in names.iter_mut().enumerate() {
            let bad = !crate::builtins::str::unicode::is_identifier(name)
                || KEYWORDS.contains(&name.as_str())
                || name.starts_with('_')
                || seen.contains(name);
            seen.push(name.clone());
            if bad {
                *name = format!("_{i}");
            }
        }
    }
    for name in std::iter::once(&typename).chain(names.iter()) {
        if !crate::builtins::str::unicode::is_identifier(name) {
            return Err(Exc::value_error(format!(
                "Type names and field names must be valid identifiers: {}",
                crate::builtins::str::repr_str(name)
            )));
        }
        if KEYWORDS.contains(&name.as_str()) {
            return Err(Exc::value_error(format!(
                "Type names and field names cannot be a keyword: {}",
                crate::builtins::str::repr_str(name)
            )));
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for name in &names {
        if name.starts_with('_') && !rename {
            return Err(Exc::value_error(format!(
                "Field names cannot start with an underscore: {}",
                crate::builtins::str::repr_str(name)
            )));
        }
        if seen.contains(&name.as_str()) {
            return Err(Exc::value_error(format!(
                "Encountered duplicate field name: {}",
                crate::builtins::str::repr_str(name)
            )));
        }
        seen.push(name);
    }
    let mut field_defaults = Dict::new();
    if let Some(d) = defaults {
        let ds = vm.collect(d)?;
        if ds.len() > names.len() {
            return Err(Exc::type_error("Got more default values than field names"));
        }
        let first = names.len() - ds.len();
        for (i, v) in ds.into_iter().enumerate() {
            let k = vm.new_str(names[first + i].clone())?;
            vm.dict_set_in(&mut field_defaults, k, v)?;
        }
    }

    let arg_list = names.join(", ");
    let mut name_values = Vec::with_capacity(names.len());
    for n in &names {
        name_values.push(vm.new_str(n.clone())?);
    }
    let fields = vm.new_tuple(name_values.clone())?;
    let match_args = vm.new_tuple(name_values)?;
    let doc = vm.new_str(format!("{typename}({arg_list})"))?;
    let defaults_v = vm.new_dict(field_defaults)?;
    let new = vm.static_method(f(NamedTupleFn::New))?;
    let make = vm.class_method(f(NamedTupleFn::Make))?;
    let slots = vm.new_tuple(Vec::new())?;
    let mut attrs: Vec<(&str, Value)> = vec![
        ("__doc__", doc),
        ("__slots__", slots),
        ("_fields", fields),
        ("_field_defaults", defaults_v),
        ("__new__", new),
        ("_make", make),
        ("_replace", f(NamedTupleFn::Replace)),
        ("__repr__", f(NamedTupleFn::Repr)),
        ("_asdict", f(NamedTupleFn::AsDict)),
        ("__getnewargs__", f(NamedTupleFn::GetNewArgs)),
        ("__match_args__", match_args),
    ];
    let getter_cls = vm.std_class("collections._tuplegetter", make_getter_class)?;
    let mut getters = Vec::with_capacity(names.len());
    for i in 0..names.len() {
        let g = vm.new_native_instance(
            getter_cls,
            NativeData::Collections(Box::new(State::TupleGetter(i))),
        )?;
        let doc = vm.new_str(format!("Alias for field number {i}"))?;
        vm.setattr(g, "__doc__", doc)?;
        getters.push(g);
    }
    for (name, g) in names.iter().zip(getters) {
        attrs.push((name.as_str(), g));
    }
    vm.new_native_class(NativeClass {
        name: &typename,
        module: &module,
        bases: &[Value::Type(BuiltinType::Tuple)],
        attrs,
        ..Default::default()
    })
}

/// The field names of namedtuple class `cls`, and the name of the generated class (which
/// CPython's messages use as the methods' qualified names).
fn fields_of(vm: &mut Vm, cls: Value) -> PyResult<(Vec<Value>, String)> {
    let found = vm.mro_lookup(cls, crate::vm::attr::Name::new("_fields"), 0);
    let Some((fields, owner)) = found else {
        return Err(Exc::type_error("not a namedtuple class"));
    };
    let owner_name = vm.class_name(owner);
    Ok((vm.collect(fields)?, owner_name))
}

/// An instance of `cls` holding `items` as its tuple (what `tuple.__new__(cls, items)` makes).
fn new_instance(vm: &mut Vm, cls: Value, items: Vec<Value>) -> PyResult<Value> {
    let t = vm.new_tuple(items)?;
    let mut inst = Instance::new(cls);
    inst.payload = Payload::Builtin(t);
    vm.alloc(Object::Instance(Box::new(inst)))
}

fn quoted_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

fn nt_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let (fields, owner) = fields_of(vm, cls)?;
    let qual = format!("{owner}.__new__");
    let defaults = vm
        .lookup_in_namespaces(cls, "_field_defaults")
        .and_then(|d| vm.dict_id(d));
    let n = fields.len();
    let given = args.len().saturating_sub(1);
    let mut slots: Vec<Option<Value>> = vec![None; n];
    for (i, v) in args.pos.iter().skip(1).take(n).enumerate() {
        slots[i] = Some(*v);
    }
    for (k, v) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        let pos = fields
            .iter()
            .position(|fv| vm.as_str(*fv) == Some(name.as_str()));
        match pos {
            Some(p) => {
                if slots[p].is_some() {
                    return Err(Exc::type_error(format!(
                        "{qual}() got multiple values for argument '{name}'"
                    )));
                }
                slots[p] = Some(*v);
            }
            None => {
                return Err(Exc::type_error(format!(
                    "{qual}() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    let ndefaults = match defaults {
        Some(d) => match vm.heap.get(d) {
            Object::Dict(dd) => dd.len(),
            _ => 0,
        },
        None => 0,
    };
    if given > n {
        let sig = if ndefaults > 0 {
            format!("from {} to {}", n + 1 - ndefaults, n + 1)
        } else {
            (n + 1).to_string()
        };
        let plural = if ndefaults > 0 || n + 1 != 1 { "s" } else { "" };
        return Err(Exc::type_error(format!(
            "{qual}() takes {sig} positional argument{plural} but {} were given",
            given + 1
        )));
    }
    let mut missing: Vec<String> = Vec::new();
    let mut items = Vec::with_capacity(n);
    for (i, slot) in slots.into_iter().enumerate() {
        match slot {
            Some(v) => items.push(v),
            None => {
                let default = match defaults {
                    Some(d) => vm.dict_get(d, fields[i])?,
                    None => None,
                };
                match default {
                    Some(v) => items.push(v),
                    None => missing.push(vm.str_value(fields[i]).unwrap_or_default()),
                }
            }
        }
    }
    if !missing.is_empty() {
        let plural = if missing.len() == 1 { "" } else { "s" };
        return Err(Exc::type_error(format!(
            "{qual}() missing {} required positional argument{plural}: {}",
            missing.len(),
            quoted_list(&missing)
        )));
    }
    new_instance(vm, cls, items)
}

fn nt_make(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    if args.len() != 2 || !args.kw.is_empty() {
        let (_, owner) = fields_of(vm, cls)?;
        return Err(Exc::type_error(format!(
            "{owner}._make() missing 1 required positional argument: 'iterable'"
        )));
    }
    let (fields, _) = fields_of(vm, cls)?;
    let items = vm.collect(args.pos[1])?;
    if items.len() != fields.len() {
        return Err(Exc::type_error(format!(
            "Expected {} arguments, got {}",
            fields.len(),
            items.len()
        )));
    }
    new_instance(vm, cls, items)
}

fn tuple_items(vm: &Vm, v: Value) -> PyResult<Vec<Value>> {
    vm.seq_items(v)
        .ok_or_else(|| Exc::type_error("a namedtuple instance is required"))
}

fn nt_replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    if args.len() > 1 {
        return Err(Exc::type_error(format!(
            "_replace() takes 1 positional argument but {} were given",
            args.len()
        )));
    }
    let cls = vm.type_of(this);
    let (fields, _) = fields_of(vm, cls)?;
    let mut items = tuple_items(vm, this)?;
    let mut used = vec![false; args.kw.len()];
    for (i, fv) in fields.iter().enumerate() {
        for (j, (k, v)) in args.kw.iter().enumerate() {
            if !used[j] && vm.native_eq(*k, *fv) == Some(true) {
                used[j] = true;
                if let Some(slot) = items.get_mut(i) {
                    *slot = *v;
                }
            }
        }
    }
    let extra: Vec<Value> = args
        .kw
        .iter()
        .zip(used)
        .filter(|(_, u)| !u)
        .map(|((k, _), _)| *k)
        .collect();
    if !extra.is_empty() {
        let l = vm.new_list(extra)?;
        let r = vm.repr(l)?;
        return Err(Exc::value_error(format!("Got unexpected field names: {r}")));
    }
    let make = vm.getattr(this, "_make")?;
    let t = vm.new_tuple(items)?;
    vm.call(make, &[t])
}

fn nt_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let cls = vm.type_of(this);
    let (fields, _) = fields_of(vm, cls)?;
    let items = tuple_items(vm, this)?;
    let name = vm.class_name(cls);
    if items.len() != fields.len() {
        return Err(Exc::type_error(format!(
            "not enough arguments for format string (expected {}, got {})",
            fields.len(),
            items.len()
        )));
    }
    let Value::Obj(id) = this else {
        return Err(Exc::internal("namedtuple repr"));
    };
    if vm.repr_guard.contains(&id) {
        return vm.new_str("...".to_string());
    }
    vm.repr_guard.push(id);
    let mut parts = Vec::with_capacity(items.len());
    let mut err = None;
    for (fv, v) in fields.iter().zip(items) {
        let fname = vm.str_value(*fv).unwrap_or_default();
        match vm.repr(v) {
            Ok(r) => parts.push(format!("{fname}={r}")),
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

fn nt_asdict(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let cls = vm.type_of(this);
    let (fields, _) = fields_of(vm, cls)?;
    let items = tuple_items(vm, this)?;
    let mut d = Dict::with_capacity(fields.len());
    for (k, v) in fields.into_iter().zip(items) {
        vm.dict_set_in(&mut d, k, v)?;
    }
    vm.new_dict(d)
}

fn nt_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = tuple_items(vm, args.this())?;
    vm.new_tuple(items)
}

fn getter_index(vm: &Vm, v: Value) -> PyResult<usize> {
    match state_ref(vm, v) {
        Some(State::TupleGetter(i)) => Ok(*i),
        _ => Err(Exc::type_error("expected a _tuplegetter")),
    }
}

fn getter_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let i = getter_index(vm, this)?;
    let obj = args.get(1).unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(this);
    }
    let Some(items) = vm.seq_items(obj) else {
        let t = vm.type_name(obj);
        return Err(Exc::type_error(format!(
            "descriptor for index '{i}' for tuple subclasses doesn't apply to '{t}' object"
        )));
    };
    items
        .get(i)
        .copied()
        .ok_or_else(|| Exc::index_error("tuple index out of range"))
}

fn getter_set(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::attribute_error("can't set attribute"))
}

fn getter_delete(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::attribute_error("can't delete attribute"))
}

fn getter_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let i = getter_index(vm, this)?;
    let doc = vm.getattr_opt(this, "__doc__")?.unwrap_or(Value::None);
    let d = vm.repr(doc)?;
    vm.new_str(format!("_tuplegetter({i}, {d})"))
}
