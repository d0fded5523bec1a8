//! `object`: `repr()` and `str()` of every kind of value, the methods every class inherits, and
//! calling built-in types as constructors.

use crate::builtins::class::{Instance, Payload};
use crate::builtins::exceptions::ExcData;
use crate::builtins::iter::IterObj;
use crate::builtins::slice::SliceObj;
use crate::builtins::{self, Args, Builtin};
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object, Property, SuperObj};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

/// How deep nested containers may be before `repr` raises RecursionError.
const MAX_REPR_DEPTH: usize = 400;

/// A stable fake address for default reprs (`<... object at 0x...>`).
pub fn address(id: ObjId) -> String {
    format!("0x{:012x}", 0x7f00_0000_0000u64 + (id.0 as u64) * 0x30)
}

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    Ok(match v {
        Value::Undefined | Value::None => "None".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bool(b) => {
            if b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Value::Int(i) => i.to_string(),
        Value::Float(f) => builtins::float::repr(f),
        Value::Builtin(b) => builtin_repr(b),
        Value::Type(t) => {
            if t.module() == "builtins" {
                format!("<class '{}'>", t.name())
            } else {
                format!("<class '{}.{}'>", t.module(), t.name())
            }
        }
        Value::Obj(id) => return obj_repr(vm, v, id),
    })
}

fn builtin_repr(b: Builtin) -> String {
    match b.owner() {
        None => format!("<built-in function {}>", b.name()),
        Some(t) => format!("<method '{}' of '{}' objects>", b.name(), t.name()),
    }
}

fn guard_enter(vm: &mut Vm, id: ObjId) -> PyResult<bool> {
    if vm.repr_guard.contains(&id) {
        return Ok(false);
    }
    if vm.repr_guard.len() >= MAX_REPR_DEPTH || !crate::limits::stack_has_room() {
        return Err(Exc::new(
            BuiltinType::RecursionError,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    vm.repr_guard.push(id);
    Ok(true)
}

fn guard_leave(vm: &mut Vm) {
    vm.repr_guard.pop();
}

fn seq_repr(
    vm: &mut Vm,
    items: Vec<Value>,
    open: &str,
    close: &str,
    trailing_comma: bool,
) -> PyResult<String> {
    let mut out = String::from(open);
    let n = items.len();
    for (i, it) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr(it)?);
    }
    if trailing_comma && n == 1 {
        out.push(',');
    }
    out.push_str(close);
    Ok(out)
}

fn obj_repr(vm: &mut Vm, v: Value, id: ObjId) -> PyResult<String> {
    let kind_repr = match vm.heap.get(id) {
        Object::Str(s) => return Ok(builtins::str::repr_str(&s.s)),
        Object::Bytes(b) => return Ok(builtins::bytes::repr_bytes(b, false)),
        Object::ByteArray(b) => return Ok(builtins::bytes::repr_bytes(b, true)),
        Object::BigInt(_) => return builtins::int::repr(vm, v),
        Object::Range(r) => return builtins::range::repr(r),
        Object::Slice(s) => {
            let s = *s;
            return Ok(format!(
                "slice({}, {}, {})",
                vm.repr(s.start)?,
                vm.repr(s.stop)?,
                vm.repr(s.step)?
            ));
        }
        Object::List(_)
        | Object::Tuple(_)
        | Object::Dict(_)
        | Object::Set(_)
        | Object::FrozenSet(_)
        | Object::DictView(..) => None,
        Object::Function(f) => return Ok(format!("<function {} at {}>", f.qualname, address(id))),
        Object::BoundMethod(m) => {
            let (func, recv) = (m.func, m.receiver);
            return bound_method_repr(vm, func, recv);
        }
        Object::Class(c) => {
            if matches!(c.meta, Value::Undefined) {
                return Ok(format!("<class '{}.{}'>", c.module, c.qualname));
            }
            let plain = format!("<class '{}.{}'>", c.module, c.qualname);
            if let Some(m) = vm.lookup_user(v, "__repr__")? {
                let r = vm.call(m, &[])?;
                return match vm.str_value(r) {
                    Some(s) => Ok(s),
                    None => Err(Exc::type_error("__repr__ returned non-string")),
                };
            }
            return Ok(plain);
        }
        Object::Instance(_) => return instance_repr(vm, v, id),
        Object::Cell(_) => return Ok(format!("<cell at {}>", address(id))),
        Object::Generator(g) => {
            return Ok(format!(
                "<{} object {} at {}>",
                g.kind.builtin_type().name(),
                g.qualname,
                address(id)
            ))
        }
        Object::Iter(it) => {
            return Ok(format!(
                "<{} object at {}>",
                it.builtin_type().name(),
                address(id)
            ))
        }
        Object::Property(_) => return Ok(format!("<property object at {}>", address(id))),
        Object::StaticMethod(_) => return Ok(format!("<staticmethod object at {}>", address(id))),
        Object::ClassMethod(_) => return Ok(format!("<classmethod object at {}>", address(id))),
        Object::Super(s) => {
            let (t, o) = (s.ty, s.obj);
            let tn = vm.class_name(t);
            let on = vm.type_name(o);
            return Ok(format!("<super: <class '{tn}'>, <{on} object>>"));
        }
        Object::Module(m) => return Ok(format!("<module '{}' (built-in)>", m.name)),
        Object::Task(t) => {
            let state = if t.state == crate::vm::scheduler::FutState::Pending {
                "pending"
            } else {
                "finished"
            };
            return Ok(format!("<Task {state} name='{}'>", t.name));
        }
        Object::Future(f) => {
            let state = if f.state == crate::vm::scheduler::FutState::Pending {
                "pending"
            } else {
                "finished"
            };
            return Ok(format!("<Future {state}>"));
        }
        Object::External(name) => return Ok(format!("<function {name}>")),
        Object::AGenStep(..) => {
            return Ok(format!("<async_generator_asend object at {}>", address(id)))
        }
        Object::Traceback(..) => return Ok(format!("<traceback object at {}>", address(id))),
    };
    let _: Option<()> = kind_repr;
    if !guard_enter(vm, id)? {
        return Ok(match vm.heap.get(id) {
            Object::List(_) => "[...]".into(),
            Object::Dict(_) => "{...}".into(),
            Object::Tuple(_) => "(...)".into(),
            Object::Set(_) => "set(...)".into(),
            Object::FrozenSet(_) => "frozenset(...)".into(),
            _ => "...".into(),
        });
    }
    let r = match vm.heap.get(id) {
        Object::List(items) => {
            let items = items.clone();
            seq_repr(vm, items, "[", "]", false)
        }
        Object::Tuple(items) => {
            let items = items.clone();
            seq_repr(vm, items, "(", ")", true)
        }
        Object::Dict(_) => builtins::dict_methods::repr(vm, id),
        Object::Set(_) | Object::FrozenSet(_) => builtins::set_methods::repr(vm, v),
        Object::DictView(d, k) => {
            let (d, k) = (*d, *k);
            builtins::dict_methods::view_repr(vm, d, k)
        }
        _ => Ok(String::new()),
    };
    guard_leave(vm);
    r
}

fn bound_method_repr(vm: &mut Vm, func: Value, recv: Value) -> PyResult<String> {
    match func {
        Value::Builtin(b) => {
            let tn = vm.type_name(recv);
            let addr = match recv {
                Value::Obj(id) => address(id),
                _ => address(ObjId(0)),
            };
            if vm.is_class(recv) {
                let n = vm.class_name(recv);
                return Ok(
                    format!("<built-in method {} of type object at {}>", b.name(), addr)
                        .replace("type object", &format!("type object '{n}'"))
                        .replace(&format!("'{n}' at"), "at"),
                );
            }
            Ok(format!(
                "<built-in method {} of {tn} object at {addr}>",
                b.name()
            ))
        }
        _ => {
            let qual = match func {
                Value::Obj(fid) => match vm.heap.get(fid) {
                    Object::Function(f) => f.qualname.clone(),
                    _ => "?".into(),
                },
                _ => "?".into(),
            };
            let r = vm.repr(recv)?;
            Ok(format!("<bound method {qual} of {r}>"))
        }
    }
}

fn instance_repr(vm: &mut Vm, v: Value, id: ObjId) -> PyResult<String> {
    if let Some(m) = vm.lookup_user(v, "__repr__")? {
        let r = vm.call(m, &[])?;
        return match vm.str_value(r) {
            Some(s) => Ok(s),
            None => {
                let t = vm.type_name(r);
                Err(Exc::type_error(format!(
                    "__repr__ returned non-string (type {t})"
                )))
            }
        };
    }
    let (cls, payload) = match vm.heap.get(id) {
        Object::Instance(i) => (
            i.class,
            match &i.payload {
                // Native state is not part of the default repr; avoid copying it.
                Payload::Native(_) => Payload::None,
                p => p.clone(),
            },
        ),
        _ => return Err(Exc::internal("instance")),
    };
    match payload {
        Payload::Exception(e) => {
            let name = vm.class_name(cls);
            let args = e.args.clone();
            Ok(match args.len() {
                1 => format!("{name}({})", vm.repr(args[0])?),
                _ => {
                    let mut parts = Vec::with_capacity(args.len());
                    for a in args {
                        parts.push(vm.repr(a)?);
                    }
                    format!("{name}({})", parts.join(", "))
                }
            })
        }
        Payload::Builtin(p) => vm.repr(p),
        Payload::None | Payload::Native(_) => {
            let (qual, module) = vm.class_qualname(cls);
            if matches!(cls, Value::Type(BuiltinType::Object)) {
                return Ok(format!("<object object at {}>", address(id)));
            }
            Ok(format!("<{module}.{qual} object at {}>", address(id)))
        }
    }
}

/// `str(v)`.
pub fn to_str(vm: &mut Vm, v: Value) -> PyResult<String> {
    match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Str(s) => Ok(s.s.clone()),
            Object::Instance(_) => instance_str(vm, v, id),
            _ => repr(vm, v),
        },
        _ => repr(vm, v),
    }
}

fn instance_str(vm: &mut Vm, v: Value, id: ObjId) -> PyResult<String> {
    if let Some(m) = vm.lookup_user(v, "__str__")? {
        let r = vm.call(m, &[])?;
        return match vm.str_value(r) {
            Some(s) => Ok(s),
            None => {
                let t = vm.type_name(r);
                Err(Exc::type_error(format!(
                    "__str__ returned non-string (type {t})"
                )))
            }
        };
    }
    let exc_args = match vm.heap.get(id) {
        Object::Instance(i) => match &i.payload {
            Payload::Exception(e) => Some(e.args.clone()),
            _ => None,
        },
        _ => None,
    };
    if let Some(args) = exc_args {
        return exception_str(vm, v, &args);
    }
    if let Some(p) = vm.payload(v) {
        // `str.__str__` is the string itself; int and float inherit `object.__str__` (repr).
        if let Some(s) = vm.as_str(p) {
            return Ok(s.to_string());
        }
        if vm.lookup_user(v, "__repr__")?.is_some() {
            return repr(vm, v);
        }
        return to_str(vm, p);
    }
    repr(vm, v)
}

/// `str(exc)` for the built-in exception types.
fn exception_str(vm: &mut Vm, exc: Value, args: &[Value]) -> PyResult<String> {
    if vm.exception_is(exc, BuiltinType::BaseExceptionGroup) {
        if let Some(s) = builtins::exceptions::group_str(vm, exc) {
            return Ok(s);
        }
    }
    if vm.exception_is(exc, BuiltinType::KeyError) && args.len() == 1 {
        return vm.repr(args[0]);
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.to_str(args[0]),
        _ => {
            let t = vm.new_tuple(args.to_vec())?;
            vm.repr(t)
        }
    }
}

/// Calls a built-in type: `int(x)`, `list(it)`, `ValueError(msg)`, ...
pub fn construct(vm: &mut Vm, t: BuiltinType, args: &Args) -> PyResult<Value> {
    use BuiltinType as T;
    match t {
        T::Object => {
            if !args.is_empty() || !args.kw.is_empty() {
                return Err(Exc::type_error("object() takes no arguments"));
            }
            vm.alloc(Object::Instance(Box::new(Instance::new(Value::Type(
                T::Object,
            )))))
        }
        T::Type => {
            if args.len() == 1 && args.kw.is_empty() {
                return Ok(vm.type_of(args.pos[0]));
            }
            if args.len() == 3 {
                return Err(Exc::type_error(
                    "montybox does not support creating classes with type(name, bases, dict); use a class statement",
                ));
            }
            Err(Exc::type_error("type() takes 1 or 3 arguments"))
        }
        T::Int => builtins::int::new(vm, args),
        T::Bool => {
            args.no_kw("bool")?;
            if args.len() > 1 {
                return Err(Exc::type_error(format!(
                    "bool expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            match args.get(0) {
                Some(v) => vm.truthy(v).map(Value::Bool),
                None => Ok(Value::Bool(false)),
            }
        }
        T::Float => builtins::float::new(vm, args),
        T::Str => builtins::str::new(vm, args),
        T::Bytes => builtins::bytes::new(vm, args, false),
        T::ByteArray => builtins::bytes::new(vm, args, true),
        T::List => builtins::list::new(vm, args),
        T::Tuple => builtins::tuple::new(vm, args),
        T::Dict => builtins::dict_methods::new(vm, args),
        T::Set => builtins::set_methods::new(vm, args, false),
        T::FrozenSet => builtins::set_methods::new(vm, args, true),
        T::Range => builtins::range::new(vm, args),
        T::Slice => {
            args.no_kw("slice")?;
            let (start, stop, step) = match args.len() {
                1 => (Value::None, args.pos[0], Value::None),
                2 => (args.pos[0], args.pos[1], Value::None),
                3 => (args.pos[0], args.pos[1], args.pos[2]),
                0 => return Err(Exc::type_error("slice expected at least 1 argument, got 0")),
                n => {
                    return Err(Exc::type_error(format!(
                        "slice expected at most 3 arguments, got {n}"
                    )))
                }
            };
            vm.alloc(Object::Slice(SliceObj { start, stop, step }))
        }
        T::Enumerate => {
            args.check_kw(vm, "enumerate", &["iterable", "start"])?;
            let it = args
                .get(0)
                .or_else(|| args.kwarg(vm, "iterable"))
                .ok_or_else(|| {
                    Exc::type_error("enumerate() missing required argument 'iterable' (pos 1)")
                })?;
            let start = match args.get(1).or_else(|| args.kwarg(vm, "start")) {
                Some(s) => {
                    if vm.kind(s) != Kind::Int {
                        let tn = vm.type_name(s);
                        return Err(Exc::type_error(format!(
                            "'{tn}' object cannot be interpreted as an integer"
                        )));
                    }
                    vm.index_value(s)?
                }
                None => 0,
            };
            let iter = vm.get_iter(it)?;
            vm.alloc(Object::Iter(Box::new(IterObj::Enumerate {
                iter,
                count: start,
            })))
        }
        T::Zip => {
            args.check_kw(vm, "zip", &["strict"])?;
            let strict = match args.kwarg(vm, "strict") {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let mut iters = Vec::with_capacity(args.len());
            for (i, a) in args.pos.iter().enumerate() {
                match vm.get_iter(*a) {
                    Ok(it) => iters.push(it),
                    Err(e) if vm.exc_is(&e, BuiltinType::TypeError) => {
                        let tn = vm.type_name(*a);
                        let _ = i;
                        return Err(Exc::type_error(format!("'{tn}' object is not iterable")));
                    }
                    Err(e) => return Err(e),
                }
            }
            vm.alloc(Object::Iter(Box::new(IterObj::Zip { iters, strict })))
        }
        T::Map => {
            args.no_kw("map")?;
            if args.len() < 2 {
                return Err(Exc::type_error("map() must have at least two arguments."));
            }
            let func = args.pos[0];
            let mut iters = Vec::with_capacity(args.len() - 1);
            for a in &args.pos[1..] {
                iters.push(vm.get_iter(*a)?);
            }
            vm.alloc(Object::Iter(Box::new(IterObj::Map { func, iters })))
        }
        T::Filter => {
            args.no_kw("filter")?;
            if args.len() != 2 {
                return Err(Exc::type_error(format!(
                    "filter expected 2 arguments, got {}",
                    args.len()
                )));
            }
            let iter = vm.get_iter(args.pos[1])?;
            vm.alloc(Object::Iter(Box::new(IterObj::Filter {
                func: args.pos[0],
                iter,
            })))
        }
        T::Reversed => builtins::functions::reversed(vm, args),
        T::Property => {
            args.check_kw(vm, "property", &["fget", "fset", "fdel", "doc"])?;
            let get = |i: usize, name: &str, vm: &Vm| {
                args.get(i)
                    .or_else(|| args.kwarg(vm, name))
                    .unwrap_or(Value::None)
            };
            let p = Property {
                fget: get(0, "fget", vm),
                fset: get(1, "fset", vm),
                fdel: get(2, "fdel", vm),
                doc: get(3, "doc", vm),
            };
            vm.alloc(Object::Property(Box::new(p)))
        }
        T::StaticMethod => {
            args.check_func("staticmethod", 1, 1)?;
            vm.alloc(Object::StaticMethod(args.pos[0]))
        }
        T::ClassMethod => {
            args.check_func("classmethod", 1, 1)?;
            vm.alloc(Object::ClassMethod(args.pos[0]))
        }
        T::Super => builtins::functions::super_(vm, args),
        T::NoneType => Ok(Value::None),
        T::Future => {
            args.check_func("Future", 0, 0)?;
            vm.new_future()
        }

        T::BaseExceptionGroup | T::ExceptionGroup => builtins::exceptions::new_group(vm, t, args),
        t if t.is_exception() => {
            if !args.kw.is_empty() {
                return Err(Exc::type_error(format!(
                    "{}() takes no keyword arguments",
                    t.name()
                )));
            }
            let exc = vm.new_exception_args(Value::Type(t), args.pos.to_vec())?;
            Ok(Value::Obj(exc))
        }
        t => Err(Exc::type_error(format!(
            "cannot create '{}' instances",
            t.name()
        ))),
    }
}

/// The built-in value held by an instance of a user subclass of built-in type `layout`.
pub fn construct_for_subclass(vm: &mut Vm, layout: BuiltinType, args: &Args) -> PyResult<Value> {
    use BuiltinType as T;
    match layout {
        // Mutable containers start empty; their __init__ fills them.
        T::List => vm.new_list(Vec::new()),
        T::Dict => vm.new_dict(crate::builtins::dict::Dict::new()),
        T::Set => vm.alloc(Object::Set(crate::builtins::set::SetTable::new())),
        T::ByteArray => vm.alloc(Object::ByteArray(Vec::new())),
        _ => {
            let mut a = args.clone();
            a.kw.clear();
            construct(vm, layout, &a)
        }
    }
}

native_methods! {
    pub enum ObjectMethod {
        Init => "__init__" => init,
        New => "__new__" => new,
        Repr => "__repr__" => m_repr,
        Str => "__str__" => m_str,
        Eq => "__eq__" => eq,
        Ne => "__ne__" => ne,
        Hash => "__hash__" => hash,
        Format => "__format__" => format,
        SetAttr => "__setattr__" => setattr,
        GetAttribute => "__getattribute__" => getattribute,
        DelAttr => "__delattr__" => delattr,
        InitSubclass => "__init_subclass__" => init_subclass,
        Dir => "__dir__" => dir,
    }
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    if let Value::Obj(id) = this {
        if let Object::Instance(inst) = vm.heap.get(id) {
            if let Payload::Exception(_) = inst.payload {
                // BaseException.__init__ stores its arguments.
                let a = args.pos[1..].to_vec();
                if let Object::Instance(inst) = vm.heap.get_mut(id) {
                    if let Some(e) = inst.exc_mut() {
                        e.args = a;
                    }
                }
                return Ok(Value::None);
            }
            // A subclass of a built-in type (int, str, tuple...): the built-in's constructor
            // took the arguments, as CPython's `__new__` does.
            if let Payload::Builtin(_) = inst.payload {
                return Ok(Value::None);
            }
        }
    }
    // Instances of built-in subclasses (`class S(str)`) took their arguments in the built-in
    // type's own `__new__`, so `object.__init__` accepts them, as in CPython.
    if (args.len() > 1 || !args.kw.is_empty()) && vm.payload(this).is_none() {
        let cls = vm.type_of(this);
        let custom_init = vm.has_user_special(this, "__init__");
        let custom_new = vm.has_user_special(this, "__new__");
        // Like CPython: extra arguments are for an overridden __new__ when __init__ is not.
        if custom_init {
            return Err(Exc::type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !custom_new {
            let n = vm.class_error_name(cls);
            return Err(Exc::type_error(format!("{n}() takes no arguments")));
        }
    }
    Ok(Value::None)
}

fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(cls) = args.get(0) else {
        return Err(Exc::type_error("object.__new__(): not enough arguments"));
    };
    if !vm.is_class(cls) {
        let t = vm.type_name(cls);
        return Err(Exc::type_error(format!(
            "object.__new__(X): X is not a type object ({t})"
        )));
    }
    match cls {
        Value::Type(t) => construct(vm, t, &Args::new(&args.pos[1..])),
        _ => {
            let layout = match cls {
                Value::Obj(id) => match vm.heap.get(id) {
                    Object::Class(c) => c.builtin_base,
                    _ => BuiltinType::Object,
                },
                _ => BuiltinType::Object,
            };
            if vm.has_metaclass(cls) {
                crate::modules::abc::check_instantiable(vm, cls)?;
            }
            let mut inst = Instance::new(cls);
            if layout.is_exception() {
                inst.payload = Payload::Exception(Box::new(ExcData::new(args.pos[1..].to_vec())));
            } else if layout != BuiltinType::Object {
                let p = construct_for_subclass(vm, layout, &Args::new(&args.pos[1..]))?;
                inst.payload = Payload::Builtin(p);
            }
            vm.alloc(Object::Instance(Box::new(inst)))
        }
    }
}

fn m_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this();
    let s = match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Instance(i) => {
                let cls = i.class;
                match &i.payload {
                    Payload::None => {
                        let (q, m) = vm.class_qualname(cls);
                        format!("<{m}.{q} object at {}>", address(id))
                    }
                    _ => {
                        // Bypass a user __repr__ (this is the inherited one).
                        let exc_args = i.exc().map(|e| e.args.clone());
                        match exc_args {
                            Some(a) => {
                                let name = vm.class_name(cls);
                                let mut parts = Vec::new();
                                for x in &a {
                                    parts.push(vm.repr(*x)?);
                                }
                                format!("{name}({})", parts.join(", "))
                            }
                            None => {
                                let p = vm.payload(v).unwrap_or(Value::None);
                                vm.repr(p)?
                            }
                        }
                    }
                }
            }
            _ => vm.repr(v)?,
        },
        _ => vm.repr(v)?,
    };
    vm.new_str(s)
}

fn m_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this();
    let exc_args = match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Instance(i) => i.exc().map(|e| e.args.clone()),
            _ => None,
        },
        _ => None,
    };
    let s = match exc_args {
        Some(a) => exception_str(vm, v, &a)?,
        None => {
            if vm.has_user_special(v, "__repr__") {
                vm.repr(v)?
            } else {
                to_str(vm, vm.unwrap_builtin(v))?
            }
        }
    };
    vm.new_str(s)
}

fn eq(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__eq__", 1, 1)?;
    Ok(if args.this().is(args.pos[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__ne__", 1, 1)?;
    let r = vm.compare(crate::bytecode::CmpOp::Eq, args.this(), args.pos[1])?;
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(r)?))
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this();
    Ok(Value::Int(match v {
        Value::Obj(id) => builtins::hash::hash_identity(id.0),
        other => vm.hash(other)?,
    }))
}

fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__format__", 1, 1)?;
    let spec = vm.str_value(args.pos[1]).unwrap_or_default();
    if !spec.is_empty() {
        let t = vm.type_name(args.this());
        return Err(Exc::type_error(format!(
            "unsupported format string passed to {t}.__format__"
        )));
    }
    let s = vm.to_str(args.this())?;
    vm.new_str(s)
}

fn setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__setattr__", 2, 2)?;
    let (obj, name, value) = (args.this(), args.pos[1], args.pos[2]);
    let Some(id) = obj.as_obj() else {
        return Err(Exc::type_error("can't apply this __setattr__ to object"));
    };
    if vm.is_exception_instance(id) {
        if let Some(n) = vm.str_value(name) {
            if matches!(
                n.as_str(),
                "args" | "__cause__" | "__context__" | "__suppress_context__" | "__traceback__"
            ) {
                vm.set_exception_attr(id, &n, value)?;
                return Ok(Value::None);
            }
        }
    }
    if vm.str_value(name).is_none() {
        let t = vm.type_name(name);
        return Err(Exc::type_error(format!(
            "attribute name must be string, not '{t}'"
        )));
    }
    // Properties and descriptors on the class still apply (object.__setattr__ semantics).
    let s = vm.str_value(name).unwrap_or_default();
    let cls = vm.type_of(obj);
    if let Some((Value::Obj(aid), _)) = vm.mro_lookup(cls, crate::vm::attr::Name::new(&s), 0) {
        {
            if let Object::Property(p) = vm.heap.get(aid) {
                let fset = p.fset;
                if fset.is_none() {
                    let cn = vm.class_name(cls);
                    return Err(Exc::attribute_error(format!(
                        "property '{s}' of '{cn}' object has no setter"
                    )));
                }
                vm.call(fset, &[obj, value])?;
                return Ok(Value::None);
            }
        }
    }
    if matches!(vm.heap.get(id), Object::Instance(_)) {
        vm.instance_set(id, name, value)?;
        return Ok(Value::None);
    }
    vm.setattr(obj, &s, value)?;
    Ok(Value::None)
}

fn getattribute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__getattribute__", 1, 1)?;
    let name = vm
        .str_value(args.pos[1])
        .ok_or_else(|| Exc::type_error("attribute name must be string"))?;
    vm.getattr(args.this(), &name)
}

fn delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__delattr__", 1, 1)?;
    let obj = args.this();
    let Some(id) = obj.as_obj() else {
        return Err(Exc::type_error("can't apply this __delattr__ to object"));
    };
    let d = vm.instance_dict(id)?;
    let did = d.as_obj().ok_or_else(|| Exc::internal("dict"))?;
    if vm.dict_remove(did, args.pos[1])?.is_none() {
        let n = vm.str_value(args.pos[1]).unwrap_or_default();
        return Err(vm.no_attribute(obj, &n));
    }
    Ok(Value::None)
}

fn init_subclass(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let names = vm.dir_names(args.this());
    let mut vals = Vec::with_capacity(names.len());
    for n in names {
        vals.push(vm.new_str(n)?);
    }
    vm.new_list(vals)
}

native_methods! {
    /// Methods of `property` objects.
    pub enum PropertyMethod {
        Getter => "getter" => getter,
        Setter => "setter" => setter,
        Deleter => "deleter" => deleter,
        Get => "__get__" => prop_get,
        Set => "__set__" => prop_set,
    }
}

fn prop_copy(vm: &mut Vm, args: &Args, which: usize) -> PyResult<Value> {
    args.check_method("setter", 1, 1)?;
    let p = match args.this() {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Property(p) => (**p).clone(),
            _ => return Err(Exc::type_error("descriptor requires a 'property' object")),
        },
        _ => return Err(Exc::type_error("descriptor requires a 'property' object")),
    };
    let mut np = p;
    match which {
        0 => np.fget = args.pos[1],
        1 => np.fset = args.pos[1],
        _ => np.fdel = args.pos[1],
    }
    vm.alloc(Object::Property(Box::new(np)))
}

fn getter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    prop_copy(vm, args, 0)
}

fn setter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    prop_copy(vm, args, 1)
}

fn deleter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    prop_copy(vm, args, 2)
}

fn prop_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__get__", 1, 2)?;
    let obj = args.pos[1];
    if obj.is_none() {
        return Ok(args.this());
    }
    let fget = match args.this() {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Property(p) => p.fget,
            _ => Value::None,
        },
        _ => Value::None,
    };
    vm.call(fget, &[obj])
}

fn prop_set(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__set__", 2, 2)?;
    let fset = match args.this() {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Property(p) => p.fset,
            _ => Value::None,
        },
        _ => Value::None,
    };
    vm.call(fset, &[args.pos[1], args.pos[2]])?;
    Ok(Value::None)
}

#[allow(dead_code)]
fn _super_obj(ty: Value, obj: Value) -> SuperObj {
    SuperObj { ty, obj }
}
