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

fn make_meta(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "ABCMeta",
        module: "abc",
        bases: &[Value::Type(BuiltinType::Type)],
        attrs: vec![("__init__", f(AbcFn::MetaInit))],
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
