//! The standard-library modules montybox provides, one file per module, and `import`.
//!
//! A module is a heap object with an attribute dict, created on first import and cached.
//! Module functions are `Builtin::Module(ModuleFn)` values.

pub mod abc;
pub mod asyncio;
pub mod base64;
pub mod binascii;
pub mod bisect;
pub mod collections;
pub mod collections_abc;
pub mod copy;
pub mod csv;
pub mod datetime;
pub mod decimal;
pub mod fractions;
pub mod functools;
pub mod hashlib;
pub mod heapq;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod native;
pub mod operator;
pub mod os;
pub mod os_path;
pub mod random;
pub mod re;
pub mod statistics;
pub mod string;
pub mod support;
pub mod sys;
pub mod textwrap;
pub mod time;
pub mod urllib;
pub mod urllib_parse;
pub mod uuid;

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

/// The table of standard-library modules: `"import name" => Variant(file::FnEnum),`.
/// Each module file provides its function enum (usually made with `native_methods!`, which
/// gives `name()` and `call()`) and `pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>>`.
macro_rules! std_modules {
    ($( $pyname:literal => $variant:ident($module:ident :: $fns:ident), )*) => {
        /// A function of a built-in module (or a method of one of its native classes).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum ModuleFn {
            $( $variant($module::$fns), )*
        }

        impl ModuleFn {
            pub fn name(self) -> &'static str {
                match self { $( ModuleFn::$variant(f) => f.name(), )* }
            }

            /// The name of the module the function belongs to.
            pub fn module(self) -> &'static str {
                match self { $( ModuleFn::$variant(_) => $pyname, )* }
            }

            pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
                match self { $( ModuleFn::$variant(f) => f.call(vm, args), )* }
            }
        }

        /// Builds the attributes of module `name`, or `None` if no such module exists.
        pub fn create(vm: &mut Vm, name: &str) -> PyResult<Option<Vec<(&'static str, Value)>>> {
            Ok(match name {
                $( $pyname => Some($module::attrs(vm)?), )*
                _ => None,
            })
        }

        /// The names of every module montybox provides.
        pub const MODULE_NAMES: &[&str] = &[ $( $pyname, )* ];
    };
}

std_modules! {
    "abc" => Abc(abc::AbcFn),
    "asyncio" => Asyncio(asyncio::AsyncioFn),
    "bisect" => Bisect(bisect::BisectFn),
    "collections" => Collections(collections::CollFn),
    "collections.abc" => CollectionsAbc(collections_abc::AbcFn),
    "copy" => Copy(copy::CopyFn),
    "base64" => Base64(base64::Base64Fn),
    "binascii" => Binascii(binascii::BinasciiFn),
    "csv" => Csv(csv::CsvFn),
    "datetime" => Datetime(datetime::DatetimeFn),
    "hashlib" => Hashlib(hashlib::HashlibFn),
    "io" => Io(io::IoFn),
    "os" => Os(os::OsFn),
    "os.path" => OsPath(os_path::PathFn),
    "string" => String(string::StringFn),
    "sys" => Sys(sys::SysFn),
    "textwrap" => Textwrap(textwrap::TextwrapFn),
    "time" => Time(time::TimeFn),
    "decimal" => Decimal(decimal::DecimalFn),
    "fractions" => Fractions(fractions::FractionFn),
    "functools" => Functools(functools::FunctoolsFn),
    "heapq" => Heapq(heapq::HeapqFn),
    "itertools" => Itertools(itertools::ItertoolsFn),
    "math" => Math(math::MathFn),
    "operator" => Operator(operator::OperatorFn),
    "random" => Random(random::RandomFn),
    "statistics" => Statistics(statistics::StatsFn),
    "json" => Json(json::JsonFn),
    "re" => Re(re::ReFn),
    "urllib" => Urllib(urllib::UrllibFn),
    "urllib.parse" => UrllibParse(urllib_parse::UrlParseFn),
    "uuid" => Uuid(uuid::UuidFn),
}

/// A module function as a value: `Value::Builtin(Builtin::Module(f))`.
pub fn func_value(f: ModuleFn) -> Value {
    Value::Builtin(crate::builtins::Builtin::Module(f))
}

/// Standard-library modules that reach the host or the interpreter itself: deliberately absent,
/// and their import error says so.
const HOST_MODULES: &[&str] = &[
    "subprocess",
    "socket",
    "ssl",
    "ctypes",
    "importlib",
    "shutil",
    "pathlib",
    "glob",
    "tempfile",
    "threading",
    "_thread",
    "multiprocessing",
    "concurrent",
    "signal",
    "select",
    "selectors",
    "sqlite3",
    "http",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "socketserver",
    "xmlrpc",
    "webbrowser",
    "pickle",
    "marshal",
    "shelve",
    "dbm",
    "inspect",
    "gc",
    "builtins",
    "code",
    "codeop",
    "pdb",
    "pty",
    "fcntl",
    "resource",
    "mmap",
    "platform",
    "sysconfig",
    "site",
    "runpy",
    "zipimport",
    "pkgutil",
    "faulthandler",
    "tracemalloc",
    "atexit",
];

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
            let message = if HOST_MODULES.contains(&top) {
                format!(
                    "No module named '{top}' (montybox does not provide it: no file, process, network or interpreter access in the sandbox)"
                )
            } else {
                format!("No module named '{top}'")
            };
            let exc = vm.new_exception(BuiltinType::ModuleNotFoundError, &message)?;
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
    sys::register_module(vm, name, module)?;
    Ok(module)
}
