//! `abc`: `ABC`, `ABCMeta` and `abstractmethod`. A class whose metaclass is `ABCMeta` records the
//! abstract methods it leaves unimplemented in `__abstractmethods__`, and cannot be instantiated
//! while that set is non-empty.

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::native::NativeClass;
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum AbcFn {
        AbstractMethod => "abstractmethod" => abstractmethod,
        MetaInit => "__init__" => meta_init,
        Register => "register" => register,
        InstanceCheck => "__instancecheck__" => instancecheck,
        SubclassCheck => "__subclasscheck__" => subclasscheck,
    }
}

fn f(which: AbcFn) -> Value {
    func_value(ModuleFn::Abc(which))
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let meta = vm.std_class("abc.ABCMeta", make_meta)?;
    let abc = vm.std_class("abc.ABC", make_abc)?;
    Ok(vec![
        ("ABCMeta", meta),
        ("ABC", abc),
        ("abstractmethod", f(AbcFn::AbstractMethod)),
    ])
}

pub fn make_meta(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "ABCMeta",
        module: "abc",
        bases: &[Value::Type(BuiltinType::Type)],
        attrs: vec![
            ("__init__", f(AbcFn::MetaInit)),
            ("register", f(AbcFn::Register)),
            ("__instancecheck__", f(AbcFn::InstanceCheck)),
            ("__subclasscheck__", f(AbcFn::SubclassCheck)),
        ],
        ..Default::default()
    })
}

fn make_abc(vm: &mut Vm) -> PyResult<Value> {
    let meta = vm.std_class("abc.ABCMeta", make_meta)?;
    let empty = vm.new_set_from(&[], true)?;
    vm.new_native_class(NativeClass {
        name: "ABC",
        module: "abc",
        attrs: vec![("__abstractmethods__", empty)],
        meta,
        ..Default::default()
    })
}

/// `@abstractmethod`: marks the function (`__isabstractmethod__ = True`) and returns it.
fn abstractmethod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("abstractmethod")?;
    args.check_func("abstractmethod", 1, 1)?;
    let func = args.pos[0];
    vm.setattr(func, "__isabstractmethod__", Value::Bool(true))?;
    Ok(func)
}

/// Whether a class attribute is abstract (directly, or through the property, staticmethod or
/// classmethod wrapping it).
fn is_abstract(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let inner = match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Property(p) => Some(p.fget),
            Object::StaticMethod(f) | Object::ClassMethod(f) => Some(*f),
            Object::Function(_) | Object::Instance(_) => None,
            _ => return Ok(false),
        },
        Value::Builtin(b) => return Ok(crate::modules::collections_abc::is_abstract_builtin(b)),
        _ => return Ok(false),
    };
    if let Some(inner) = inner {
        return is_abstract(vm, inner);
    }
    match vm.getattr_opt(v, "__isabstractmethod__")? {
        Some(flag) => vm.truthy(flag),
        None => Ok(false),
    }
}

/// `ABCMeta.__init__(cls, name, bases, namespace)`: computes `cls.__abstractmethods__`.
fn meta_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let Value::Obj(cid) = cls else {
        return Err(Exc::internal("ABCMeta.__init__ on a non-class"));
    };
    let (own, bases): (Vec<(Value, Value)>, Vec<Value>) = match vm.heap.get(cid) {
        Object::Class(c) => (
            c.dict.iter().map(|e| (e.key, e.value)).collect(),
            c.bases.clone(),
        ),
        _ => return Err(Exc::internal("ABCMeta.__init__ on a non-class")),
    };
    let mut names: Vec<String> = Vec::new();
    for (k, v) in own {
        if is_abstract(vm, v)? {
            if let Some(s) = vm.str_value(k) {
                names.push(s);
            }
        }
    }
    for base in bases {
        let Some(inherited) = vm.lookup_in_namespaces(base, "__abstractmethods__") else {
            continue;
        };
        for name in vm.collect(inherited)? {
            let Some(s) = vm.str_value(name) else {
                continue;
            };
            if names.contains(&s) {
                continue;
            }
            let still = match vm.lookup_in_namespaces(cls, &s) {
                Some(v) => is_abstract(vm, v)?,
                None => false,
            };
            if still {
                names.push(s);
            }
        }
    }
    let mut items = Vec::with_capacity(names.len());
    for n in names {
        items.push(vm.new_str(n)?);
    }
    let set = vm.new_set_from(&items, true)?;
    vm.setattr(cls, "__abstractmethods__", set)?;
    Ok(Value::None)
}

/// Refuses to instantiate a class that still has abstract methods, with CPython's message.
pub fn check_instantiable(vm: &mut Vm, cls: Value) -> PyResult<()> {
    let Some(set) = vm.lookup_in_namespaces(cls, "__abstractmethods__") else {
        return Ok(());
    };
    let mut names: Vec<String> = vm
        .collect(set)?
        .into_iter()
        .filter_map(|n| vm.str_value(n))
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let cname = vm.class_name(cls);
    let plural = if names.len() == 1 { "" } else { "s" };
    Err(Exc::type_error(format!(
        "Can't instantiate abstract class {cname} with abstract method{plural} {}",
        names.join(", ")
    )))
}

/// The classes registered as virtual subclasses of `cls` (its own registry, not inherited).
fn registry_of(vm: &Vm, cls: Value) -> Option<Value> {
    let Value::Obj(id) = cls else { return None };
    match vm.heap.get(id) {
        Object::Class(c) => vm.dict_lookup_str(&c.dict, REGISTRY),
        _ => None,
    }
}

/// The class-namespace key of an ABC's registry of virtual subclasses.
const REGISTRY: &str = "_abc_registry";

/// Records `sub` as a virtual subclass of `cls` and of the ABCs `cls` derives from (which is
/// what CPython's walk over `__subclasses__()` finds).
pub fn register_virtual(vm: &mut Vm, cls: Value, sub: Value) -> PyResult<()> {
    for abc in vm.mro_of(cls)? {
        if !vm.has_metaclass(abc) {
            continue;
        }
        let reg = match registry_of(vm, abc) {
            Some(r) => r,
            None => {
                let l = vm.new_list(Vec::new())?;
                vm.setattr(abc, REGISTRY, l)?;
                l
            }
        };
        let known = vm.seq_items(reg).unwrap_or_default();
        if !known.iter().any(|k| k.is(sub)) {
            vm.list_append(reg, sub)?;
        }
    }
    Ok(())
}

/// `ABCMeta.register(cls, subclass)`.
fn register(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("register")?;
    args.check_method("register", 1, 1)?;
    let (cls, sub) = (args.this(), args.pos[1]);
    if !vm.is_class(sub) {
        return Err(Exc::type_error("Can only register classes"));
    }
    if vm.is_subclass(sub, cls) {
        return Ok(sub);
    }
    if vm.is_subclass(cls, sub) {
        return Err(Exc::runtime_error(
            "Refusing to create an inheritance cycle",
        ));
    }
    register_virtual(vm, cls, sub)?;
    Ok(sub)
}

/// `ABCMeta.__instancecheck__(cls, instance)`.
fn instancecheck(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__instancecheck__", 1, 1)?;
    let (cls, inst) = (args.this(), args.pos[1]);
    let t = vm.type_of(inst);
    subclass_check(vm, cls, t, 0).map(Value::Bool)
}

/// `ABCMeta.__subclasscheck__(cls, subclass)`.
fn subclasscheck(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__subclasscheck__", 1, 1)?;
    let (cls, sub) = (args.this(), args.pos[1]);
    if !vm.is_class(sub) {
        return Err(Exc::type_error("issubclass() arg 1 must be a class"));
    }
    subclass_check(vm, cls, sub, 0).map(Value::Bool)
}

/// `issubclass(sub, cls)` for an ABC `cls`: its `__subclasshook__`, then real inheritance,
/// then the registry (recursively, since registered classes may be ABCs themselves).
pub fn subclass_check(vm: &mut Vm, cls: Value, sub: Value, depth: usize) -> PyResult<bool> {
    if depth > 100 {
        return Err(Exc::new(
            BuiltinType::RecursionError,
            "maximum recursion depth exceeded in __subclasscheck__",
        ));
    }
    if vm.lookup_in_namespaces(cls, "__subclasshook__").is_some() {
        let hook = vm.getattr(cls, "__subclasshook__")?;
        let r = vm.call(hook, &[sub])?;
        match r {
            Value::Bool(b) => return Ok(b),
            Value::NotImplemented => {}
            other => return vm.truthy(other),
        }
    }
    if vm.is_subclass(sub, cls) {
        return Ok(true);
    }
    if let Some(reg) = registry_of(vm, cls) {
        for r in vm.seq_items(reg).unwrap_or_default() {
            if vm.is_subclass(sub, r) {
                return Ok(true);
            }
            if vm.has_metaclass(r) && subclass_check(vm, r, sub, depth + 1)? {
                return Ok(true);
            }
        }
    }
    Ok(false)
}
