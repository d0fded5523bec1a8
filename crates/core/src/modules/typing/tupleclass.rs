//! Named tuple classes: tuple subclasses with named fields, as `typing.NamedTuple` makes them
//! (and `collections.namedtuple` may reuse: [`new_class`] builds one, [`convert`] turns a class
//! created by a class statement into one). Instances are instances of the class whose payload
//! is a tuple; fields are `_tuplegetter` descriptors; the class gets `__new__` (with CPython's
//! argument errors, `P.__new__() missing 1 required positional argument: 'x'`), `_make`,
//! `_replace`, `_asdict`, `__repr__` (`P(x=1, y=2)`), `__getnewargs__`, `_fields`,
//! `_field_defaults`, `__match_args__` and `__slots__`.

use super::{data, fv, TypingData, TypingFn};
use crate::builtins::class::{Instance, Payload};
use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::dataclasses::{own_attr, set_class_attr};
use crate::modules::native::NativeData;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum TupleFn {
        New => "__new__" => nt_new,
        Make => "_make" => nt_make,
        Replace => "_replace" => nt_replace,
        AsDict => "_asdict" => nt_asdict,
        Repr => "__repr__" => nt_repr,
        GetNewArgs => "__getnewargs__" => nt_getnewargs,
        FieldGet => "__get__" => field_get,
        FieldSet => "__set__" => field_set,
        FieldDelete => "__delete__" => field_delete,
        FieldRepr => "_tuplegetter.__repr__" => field_repr,
    }
}

fn tf(f: TupleFn) -> Value {
    fv(TypingFn::Tuple(f))
}

fn getter_class(vm: &mut Vm) -> PyResult<Value> {
    super::singleton(vm, "collections._tuplegetter", |vm| {
        super::native_class(
            vm,
            "_tuplegetter",
            "collections",
            &[],
            vec![
                ("__get__", tf(TupleFn::FieldGet)),
                ("__set__", tf(TupleFn::FieldSet)),
                ("__delete__", tf(TupleFn::FieldDelete)),
                ("__repr__", tf(TupleFn::FieldRepr)),
            ],
            Value::Undefined,
        )
    })
}

/// Makes class `cls` (created by a class statement) a direct subclass of built-in `base`
/// (`tuple` for named tuples, `dict` for TypedDicts), keeping its namespace; `keep_meta`
/// keeps its metaclass, otherwise it becomes `type`.
pub(crate) fn rebase(vm: &mut Vm, cls: Value, base: BuiltinType, keep_meta: bool) -> PyResult<()> {
    let Value::Obj(id) = cls else {
        return Err(Exc::internal("rebase of a non-class"));
    };
    match vm.heap.get_mut(id) {
        Object::Class(c) => {
            c.bases = vec![Value::Type(base)];
            c.mro = vec![cls, Value::Type(base), Value::Type(BuiltinType::Object)];
            c.builtin_base = base;
            if !keep_meta {
                c.meta = Value::Undefined;
            }
            Ok(())
        }
        _ => Err(Exc::internal("rebase of a non-class")),
    }
}

/// A new named tuple class `name` with `fields`; `defaults` apply to the last fields.
pub fn new_class(
    vm: &mut Vm,
    name: &str,
    module: &str,
    fields: &[String],
    defaults: &[Value],
) -> PyResult<Value> {
    let mut dict = Dict::new();
    let m = vm.new_str(module.to_string())?;
    vm.dict_insert_str(&mut dict, "__module__", m)?;
    let cls = vm.create_class(crate::vm::ClassSpec {
        name: name.to_string(),
        qualname: name.to_string(),
        module: module.to_string(),
        bases: vec![Value::Type(BuiltinType::Tuple)],
        dict,
        meta: Value::Undefined,
        native: false,
        dotted_name: false,
    })?;
    install(vm, cls, fields, defaults)?;
    Ok(cls)
}

/// Turns `cls` into a named tuple class with `fields` (`defaults` for the last ones).
pub fn convert(vm: &mut Vm, cls: Value, fields: &[String], defaults: &[Value]) -> PyResult<()> {
    rebase(vm, cls, BuiltinType::Tuple, false)?;
    install(vm, cls, fields, defaults)
}

fn install(vm: &mut Vm, cls: Value, fields: &[String], defaults: &[Value]) -> PyResult<()> {
    let mut names = Vec::with_capacity(fields.len());
    for f in fields {
        names.push(vm.new_str(f.clone())?);
    }
    let fields_t = vm.new_tuple(names.clone())?;
    let mut fd = Dict::new();
    let first_default = fields.len().saturating_sub(defaults.len());
    for (i, d) in defaults.iter().enumerate() {
        if let Some(n) = fields.get(first_default + i) {
            vm.dict_insert_str(&mut fd, n, *d)?;
        }
    }
    let fd_v = vm.new_dict(fd)?;
    let new = vm.static_method(tf(TupleFn::New))?;
    let make = vm.class_method(tf(TupleFn::Make))?;
    let slots = vm.new_tuple(Vec::new())?;
    set_class_attr(vm, cls, "__new__", new)?;
    set_class_attr(vm, cls, "_make", make)?;
    set_class_attr(vm, cls, "_replace", tf(TupleFn::Replace))?;
    set_class_attr(vm, cls, "_asdict", tf(TupleFn::AsDict))?;
    if own_attr(vm, cls, "__repr__").is_none() {
        set_class_attr(vm, cls, "__repr__", tf(TupleFn::Repr))?;
    }
    set_class_attr(vm, cls, "__getnewargs__", tf(TupleFn::GetNewArgs))?;
    set_class_attr(vm, cls, "_fields", fields_t)?;
    set_class_attr(vm, cls, "_field_defaults", fd_v)?;
    set_class_attr(vm, cls, "__match_args__", fields_t)?;
    set_class_attr(vm, cls, "__slots__", slots)?;
    if own_attr(vm, cls, "__doc__").is_none_or(|d| d.is_none()) {
        let n = vm.class_name(cls);
        let doc = vm.new_str(format!("{n}({})", fields.join(", ")))?;
        set_class_attr(vm, cls, "__doc__", doc)?;
    }
    let gcls = getter_class(vm)?;
    for (i, f) in fields.iter().enumerate() {
        let g =
            vm.new_native_instance(gcls, NativeData::Typing(TypingData::TupleField(i as u32)))?;
        set_class_attr(vm, cls, f, g)?;
    }
    Ok(())
}

/// The named tuple class in `cls`'s MRO that defines the fields, its field names and defaults.
fn spec(vm: &Vm, cls: Value) -> PyResult<(Value, Vec<Value>, Value)> {
    for entry in vm.mro_of(cls)? {
        if let Some(f) = own_attr(vm, entry, "_fields") {
            let names = vm.seq_items(f).unwrap_or_default();
            let d = own_attr(vm, entry, "_field_defaults").unwrap_or(Value::None);
            return Ok((entry, names, d));
        }
    }
    Err(Exc::type_error("not a named tuple class"))
}

fn new_instance(vm: &mut Vm, cls: Value, items: Vec<Value>) -> PyResult<Value> {
    let t = vm.new_tuple(items)?;
    let mut inst = Instance::new(cls);
    inst.payload = Payload::Builtin(t);
    vm.alloc(Object::Instance(Box::new(inst)))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

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

/// `P(x, y=...)`: binds the arguments to the fields like a Python `__new__(_cls, x, y=0)`.
fn nt_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(cls) = args.get(0) else {
        return Err(Exc::type_error("__new__(): not enough arguments"));
    };
    let (owner, names, defaults) = spec(vm, cls)?;
    let q = format!("{}.__new__", vm.class_name(owner));
    let n = names.len();
    let given = args.len() - 1;
    let mut vals: Vec<Option<Value>> = vec![None; n];
    for (i, v) in args.pos.iter().skip(1).take(n).enumerate() {
        vals[i] = Some(*v);
    }
    for (k, v) in &args.kw {
        let key = vm.str_value(*k).unwrap_or_default();
        match names
            .iter()
            .position(|nm| vm.as_str(*nm) == Some(key.as_str()))
        {
            Some(i) => {
                if vals[i].is_some() {
                    return Err(Exc::type_error(format!(
                        "{q}() got multiple values for argument '{key}'"
                    )));
                }
                vals[i] = Some(*v);
            }
            None => {
                return Err(Exc::type_error(format!(
                    "{q}() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    let default_of = |vm: &Vm, name: Value| -> Option<Value> {
        vm.dict_id(defaults).and_then(|d| {
            let s = vm.str_value(name)?;
            vm.dict_get_str(d, &s)
        })
    };
    if given > n {
        let ndef = names
            .iter()
            .filter(|nm| default_of(vm, **nm).is_some())
            .count();
        let argc = n + 1;
        let sig = if ndef > 0 {
            format!("from {} to {argc} positional arguments", argc - ndef)
        } else {
            format!("{argc} positional argument{}", plural(argc))
        };
        return Err(Exc::type_error(format!(
            "{q}() takes {sig} but {} were given",
            given + 1
        )));
    }
    let mut missing = Vec::new();
    let mut items = Vec::with_capacity(n);
    for (i, name) in names.iter().enumerate() {
        match vals[i] {
            Some(v) => items.push(v),
            None => match default_of(vm, *name) {
                Some(d) => items.push(d),
                None => missing.push(vm.str_value(*name).unwrap_or_default()),
            },
        }
    }
    if !missing.is_empty() {
        return Err(Exc::type_error(format!(
            "{q}() missing {} required positional argument{}: {}",
            missing.len(),
            plural(missing.len()),
            name_list(&missing)
        )));
    }
    new_instance(vm, cls, items)
}

fn nt_make(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("_make", 1, 1)?;
    let cls = args.this();
    let (_, names, _) = spec(vm, cls)?;
    let items = vm.collect(args.pos[1])?;
    if items.len() != names.len() {
        return Err(Exc::type_error(format!(
            "Expected {} arguments, got {}",
            names.len(),
            items.len()
        )));
    }
    new_instance(vm, cls, items)
}

fn items_of(vm: &Vm, v: Value) -> Vec<Value> {
    vm.seq_items(v).unwrap_or_default()
}

fn nt_replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("_replace", 0, 0)?;
    let this = args.this();
    let cls = vm.type_of(this);
    let (_, names, _) = spec(vm, cls)?;
    let mut items = items_of(vm, this);
    let mut used = vec![false; args.kw.len()];
    for (i, name) in names.iter().enumerate() {
        for (j, (k, v)) in args.kw.iter().enumerate() {
            if vm.as_str(*k) == vm.as_str(*name) {
                if let Some(slot) = items.get_mut(i) {
                    *slot = *v;
                }
                used[j] = true;
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
    new_instance(vm, cls, items)
}

fn nt_asdict(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("_asdict", 0, 0)?;
    let this = args.this();
    let cls = vm.type_of(this);
    let (_, names, _) = spec(vm, cls)?;
    let items = items_of(vm, this);
    let mut d = Dict::new();
    for (k, v) in names.into_iter().zip(items) {
        vm.dict_set_in(&mut d, k, v)?;
    }
    vm.new_dict(d)
}

fn nt_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let cls = vm.type_of(this);
    let (_, names, _) = spec(vm, cls)?;
    let Value::Obj(id) = this else {
        return Err(Exc::type_error("named tuple expected"));
    };
    let cname = vm.class_name(cls);
    if vm.repr_guard.contains(&id) {
        return vm.new_str(format!("{cname}(...)"));
    }
    if vm.repr_guard.len() >= 200 {
        return Err(Exc::new(
            BuiltinType::RecursionError,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    vm.repr_guard.push(id);
    let items = items_of(vm, this);
    let mut parts = Vec::with_capacity(items.len());
    let mut err = None;
    for (k, v) in names.iter().zip(items) {
        match vm.repr(v) {
            Ok(r) => parts.push(format!("{}={r}", vm.as_str(*k).unwrap_or(""))),
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
    vm.new_str(format!("{cname}({})", parts.join(", ")))
}

fn nt_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = items_of(vm, args.this());
    vm.new_tuple(items)
}

fn field_index(vm: &Vm, this: Value) -> u32 {
    match data(vm, this) {
        Some(TypingData::TupleField(i)) => *i,
        _ => 0,
    }
}

fn field_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let obj = args.get(1).unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(this);
    }
    let i = field_index(vm, this) as usize;
    match vm.seq_items(obj).and_then(|items| items.get(i).copied()) {
        Some(v) => Ok(v),
        None => Err(Exc::index_error("tuple index out of range")),
    }
}

fn field_set(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::attribute_error("can't set attribute"))
}

fn field_delete(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::attribute_error("can't delete attribute"))
}

fn field_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let i = field_index(vm, args.this());
    vm.new_str(format!("_tuplegetter({i}, 'Alias for field number {i}')"))
}
