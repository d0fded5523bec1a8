//! The standard-library modules montybox provides, one file per module, and `import`.
//!
//! A module is a heap object with an attribute dict, created on first import and cached.
//! Module functions are `Builtin::Module(ModuleFn)` values.

pub mod asyncio;

use serde::{Deserialize, Serialize};

use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Module {
    pub name: String,
    pub attrs: Dict,
}

impl Module {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.attrs.trace(f);
    }
}

/// A function of a built-in module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ModuleFn {
    Asyncio(asyncio::AsyncioFn),
}

impl ModuleFn {
    pub fn name(self) -> &'static str {
        match self {
            ModuleFn::Asyncio(f) => f.name(),
        }
    }

    pub fn module(self) -> &'static str {
        match self {
            ModuleFn::Asyncio(_) => "asyncio",
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            ModuleFn::Asyncio(f) => f.call(vm, args),
        }
    }
}

/// Builds the attribute dict of module `name`, or `None` if no such module exists.
pub fn create(vm: &mut Vm, name: &str) -> PyResult<Option<Vec<(&'static str, Value)>>> {
    Ok(match name {
        "asyncio" => Some(asyncio::attrs(vm)?),
        _ => None,
    })
}

/// `import name`: the module object, created on first use.
pub fn import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.iter().find(|(n, _)| n == name).map(|(_, m)| *m) {
        return Ok(m);
    }
    if name.starts_with('.') {
        return Err(Exc::new(
            BuiltinType::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let attrs = match create(vm, name)? {
        Some(a) => a,
        None => {
            let top = name.split('.').next().unwrap_or(name);
            let exc = vm.new_exception(
                BuiltinType::ModuleNotFoundError,
                &format!("No module named '{top}'"),
            )?;
            let n = vm.new_str(top.to_string())?;
            vm.set_exc_attr(exc, "name", n);
            return Err(Exc::Object(exc));
        }
    };
    let mut dict = Dict::new();
    let name_v = vm.new_str(name.to_string())?;
    vm.dict_insert_str(&mut dict, "__name__", name_v)?;
    for (k, v) in attrs {
        vm.dict_insert_str(&mut dict, k, v)?;
    }
    let module = vm.alloc(crate::heap::Object::Module(Box::new(Module {
        name: name.to_string(),
        attrs: dict,
    })))?;
    vm.modules.push((name.to_string(), module));
    Ok(module)
}
