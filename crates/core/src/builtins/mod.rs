//! Built-in functions and the native methods of built-in types.
//!
//! Each built-in type's file declares its methods with `native_methods!`, which generates an enum
//! of them with name lookup and dispatch. `Builtin` nests those enums, so a built-in function or
//! method is a small `Copy` value (`Value::Builtin`) that serializes as data.

pub mod bytes;
pub mod class;
pub mod dict;
pub mod dict_methods;
pub mod exceptions;
pub mod float;
pub mod format;
pub mod function;
pub mod functions;
pub mod generator;
pub mod hash;
pub mod int;
pub mod iter;
pub mod list;
pub mod object;
pub mod printf;
pub mod range;
pub mod set;
pub mod set_methods;
pub mod slice;
pub mod sort;
pub mod str;
pub mod task;
pub mod tuple;

use serde::{Deserialize, Serialize};
use smallvec::SmallVec;

use crate::error::{Exc, PyResult};
use crate::modules::ModuleFn;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

/// Declares an enum of native functions: `Variant => "python_name" => rust_fn,`.
/// Each `rust_fn` has the signature `fn(&mut Vm, &Args) -> PyResult<Value>`.
#[macro_export]
macro_rules! native_methods {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $( $variant:ident => $pyname:literal => $func:path, )* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        $vis enum $name { $( $variant, )* }

        impl $name {
            /// The method with this Python name (the first, if several classes of a module
            /// share one enum and a name).
            #[allow(clippy::should_implement_trait, unreachable_patterns)]
            pub fn from_name(name: &str) -> Option<$name> {
                match name {
                    $( $pyname => Some($name::$variant), )*
                    _ => None,
                }
            }

            /// The Python name of the method.
            pub fn name(self) -> &'static str {
                match self { $( $name::$variant => $pyname, )* }
            }

            /// Every method's Python name (for `dir()` and "did you mean" suggestions).
            pub fn all_names() -> &'static [&'static str] {
                &[ $( $pyname, )* ]
            }

            /// Calls the method.
            pub fn call(self, vm: &mut $crate::vm::Vm, args: &$crate::builtins::Args) -> $crate::error::PyResult<$crate::value::Value> {
                match self { $( $name::$variant => $func(vm, args), )* }
            }
        }
    };
}

/// A built-in function, or a native method of a built-in type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Builtin {
    Func(functions::Func),
    Object(object::ObjectMethod),
    Int(int::IntMethod),
    Float(float::FloatMethod),
    Str(str::StrMethod),
    Bytes(bytes::BytesMethod),
    List(list::ListMethod),
    Tuple(tuple::TupleMethod),
    Dict(dict_methods::DictMethod),
    Set(set_methods::SetMethod),
    Range(range::RangeMethod),
    Slice(slice::SliceMethod),
    Exception(exceptions::ExceptionMethod),
    Group(exceptions::GroupMethod),
    Generator(generator::GeneratorMethod),
    Iter(iter::IterMethod),
    Type(class::TypeMethod),
    Property(object::PropertyMethod),
    Task(task::TaskMethod),
    Module(ModuleFn),
}

impl Builtin {
    /// The builtin a module-level name refers to when the program does not bind it.
    pub fn from_global_name(name: &str) -> Option<Builtin> {
        functions::Func::from_name(name).map(Builtin::Func)
    }

    pub fn name(self) -> &'static str {
        match self {
            Builtin::Func(f) => f.name(),
            Builtin::Object(m) => m.name(),
            Builtin::Int(m) => m.name(),
            Builtin::Float(m) => m.name(),
            Builtin::Str(m) => m.name(),
            Builtin::Bytes(m) => m.name(),
            Builtin::List(m) => m.name(),
            Builtin::Tuple(m) => m.name(),
            Builtin::Dict(m) => m.name(),
            Builtin::Set(m) => m.name(),
            Builtin::Range(m) => m.name(),
            Builtin::Slice(m) => m.name(),
            Builtin::Exception(m) => m.name(),
            Builtin::Group(m) => m.name(),
            Builtin::Generator(m) => m.name(),
            Builtin::Iter(m) => m.name(),
            Builtin::Type(m) => m.name(),
            Builtin::Property(m) => m.name(),
            Builtin::Task(m) => m.name(),
            Builtin::Module(m) => m.name(),
        }
    }

    /// The type whose method this is (`None` for plain functions).
    pub fn owner(self) -> Option<BuiltinType> {
        Some(match self {
            Builtin::Func(_) | Builtin::Module(_) => return None,
            Builtin::Object(_) => BuiltinType::Object,
            Builtin::Int(_) => BuiltinType::Int,
            Builtin::Float(_) => BuiltinType::Float,
            Builtin::Str(_) => BuiltinType::Str,
            Builtin::Bytes(_) => BuiltinType::Bytes,
            Builtin::List(_) => BuiltinType::List,
            Builtin::Tuple(_) => BuiltinType::Tuple,
            Builtin::Dict(_) => BuiltinType::Dict,
            Builtin::Set(_) => BuiltinType::Set,
            Builtin::Range(_) => BuiltinType::Range,
            Builtin::Slice(_) => BuiltinType::Slice,
            Builtin::Exception(_) => BuiltinType::BaseException,
            Builtin::Group(_) => BuiltinType::BaseExceptionGroup,
            Builtin::Generator(_) => BuiltinType::Generator,
            Builtin::Iter(_) => BuiltinType::Object,
            Builtin::Type(_) => BuiltinType::Type,
            Builtin::Property(_) => BuiltinType::Property,
            Builtin::Task(_) => BuiltinType::Task,
        })
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            Builtin::Func(f) => f.call(vm, args),
            Builtin::Object(m) => m.call(vm, args),
            Builtin::Int(m) => m.call(vm, args),
            Builtin::Float(m) => m.call(vm, args),
            Builtin::Str(m) => m.call(vm, args),
            Builtin::Bytes(m) => m.call(vm, args),
            Builtin::List(m) => m.call(vm, args),
            Builtin::Tuple(m) => m.call(vm, args),
            Builtin::Dict(m) => m.call(vm, args),
            Builtin::Set(m) => m.call(vm, args),
            Builtin::Range(m) => m.call(vm, args),
            Builtin::Slice(m) => m.call(vm, args),
            Builtin::Exception(m) => m.call(vm, args),
            Builtin::Group(m) => m.call(vm, args),
            Builtin::Generator(m) => m.call(vm, args),
            Builtin::Iter(m) => m.call(vm, args),
            Builtin::Type(m) => m.call(vm, args),
            Builtin::Property(m) => m.call(vm, args),
            Builtin::Task(m) => m.call(vm, args),
            Builtin::Module(m) => m.call(vm, args),
        }
    }
}

/// The native method `name` of built-in type `ty` (searching its bases).
pub fn type_method(ty: BuiltinType, name: &str) -> Option<Builtin> {
    for t in ty.mro() {
        let found = match t {
            BuiltinType::Object => object::ObjectMethod::from_name(name).map(Builtin::Object),
            BuiltinType::Int => int::IntMethod::from_name(name).map(Builtin::Int),
            BuiltinType::Float => float::FloatMethod::from_name(name).map(Builtin::Float),
            BuiltinType::Str => str::StrMethod::from_name(name).map(Builtin::Str),
            BuiltinType::Bytes | BuiltinType::ByteArray => bytes::method_for(t, name),
            BuiltinType::List => list::ListMethod::from_name(name).map(Builtin::List),
            BuiltinType::Tuple => tuple::TupleMethod::from_name(name).map(Builtin::Tuple),
            BuiltinType::Dict => dict_methods::DictMethod::from_name(name).map(Builtin::Dict),
            BuiltinType::Set | BuiltinType::FrozenSet => set_methods::method_for(t, name),
            BuiltinType::Range => range::RangeMethod::from_name(name).map(Builtin::Range),
            BuiltinType::Slice => slice::SliceMethod::from_name(name).map(Builtin::Slice),
            BuiltinType::BaseException => {
                exceptions::ExceptionMethod::from_name(name).map(Builtin::Exception)
            }
            BuiltinType::BaseExceptionGroup => {
                exceptions::GroupMethod::from_name(name).map(Builtin::Group)
            }
            BuiltinType::Generator | BuiltinType::Coroutine | BuiltinType::AsyncGenerator => {
                generator::method_for(t, name)
            }
            BuiltinType::Type => class::TypeMethod::from_name(name).map(Builtin::Type),
            BuiltinType::Property => object::PropertyMethod::from_name(name).map(Builtin::Property),
            BuiltinType::Task | BuiltinType::Future => task::method_for(t, name),

            other if iter::is_iterator_type(other) => {
                iter::IterMethod::from_name(name).map(Builtin::Iter)
            }
            BuiltinType::DictKeys | BuiltinType::DictItems | BuiltinType::DictValues => {
                dict_methods::view_method(t, name)
            }
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Every native method name of `ty` (for suggestions and `dir()`).
pub fn type_method_names(ty: BuiltinType) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for t in ty.mro() {
        let names: &[&'static str] = match t {
            BuiltinType::Object => object::ObjectMethod::all_names(),
            BuiltinType::Int => int::IntMethod::all_names(),
            BuiltinType::Float => float::FloatMethod::all_names(),
            BuiltinType::Str => str::StrMethod::all_names(),
            BuiltinType::Bytes | BuiltinType::ByteArray => bytes::BytesMethod::all_names(),
            BuiltinType::List => list::ListMethod::all_names(),
            BuiltinType::Tuple => tuple::TupleMethod::all_names(),
            BuiltinType::Dict => dict_methods::DictMethod::all_names(),
            BuiltinType::Set | BuiltinType::FrozenSet => set_methods::SetMethod::all_names(),
            BuiltinType::Range => range::RangeMethod::all_names(),
            BuiltinType::Slice => slice::SliceMethod::all_names(),
            BuiltinType::BaseException => exceptions::ExceptionMethod::all_names(),
            BuiltinType::BaseExceptionGroup => exceptions::GroupMethod::all_names(),
            _ => &[],
        };
        for n in names {
            if !out.contains(n) {
                out.push(n);
            }
        }
    }
    out
}

/// The arguments of a native call: positional values, then keyword (name, value) pairs whose
/// names are `str` values.
#[derive(Clone, Debug, Default)]
pub struct Args {
    pub pos: SmallVec<[Value; 6]>,
    pub kw: SmallVec<[(Value, Value); 2]>,
}

impl Args {
    pub fn new(pos: &[Value]) -> Args {
        Args {
            pos: SmallVec::from_slice(pos),
            kw: SmallVec::new(),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.pos.get(i).copied()
    }

    /// The receiver of a method call.
    #[inline]
    pub fn this(&self) -> Value {
        self.pos.first().copied().unwrap_or(Value::None)
    }

    /// The keyword argument `name`, if given.
    pub fn kwarg(&self, vm: &Vm, name: &str) -> Option<Value> {
        self.kw
            .iter()
            .find(|(k, _)| vm.str_eq_literal(*k, name))
            .map(|(_, v)| *v)
    }

    /// Fails with CPython's message if any keyword argument is not one of `allowed`.
    pub fn check_kw(&self, vm: &Vm, func: &str, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in &self.kw {
            let name = vm.str_value(*k).unwrap_or_default();
            if !allowed.contains(&name.as_str()) {
                return Err(Exc::type_error(format!(
                    "{func}() got an unexpected keyword argument '{name}'"
                )));
            }
        }
        Ok(())
    }

    /// Fails unless no keyword arguments were given (`len() takes no keyword arguments`).
    pub fn no_kw(&self, func: &str) -> PyResult<()> {
        if self.kw.is_empty() {
            Ok(())
        } else {
            Err(Exc::type_error(format!(
                "{func}() takes no keyword arguments"
            )))
        }
    }

    /// Checks the positional count of a method (receiver excluded from counts and messages)
    /// in the style of CPython's argument clinic: `upper() takes no arguments (1 given)`,
    /// `count expected at least 1 argument, got 0`, `pop expected at most 1 argument, got 2`.
    pub fn check_method(&self, name: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len().saturating_sub(1);
        check_count(name, n, min, max)
    }

    /// Like `check_method` for a function without a receiver.
    pub fn check_func(&self, name: &str, min: usize, max: usize) -> PyResult<()> {
        check_count(name, self.pos.len(), min, max)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// CPython's messages for a wrong number of positional arguments to a native function.
pub fn check_count(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if max == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if min == max {
        if min == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    };
    Err(Exc::type_error(msg))
}
