//! `os`: the parts of the operating-system interface a sandboxed program can have, with
//! CPython 3.11's behaviour and messages. Nothing here touches the host's files, environment or
//! processes.
//!
//! - `environ` is a mapping (`os._Environ`, a dict subclass here) built from the environment the
//!   host grants (empty by default; the CLI grants the real one, like `python3`). Reads, `in`,
//!   `get`, `pop`, `keys`/`items`/`values`, iteration and `copy()` (a dict) work as in CPython;
//!   keys (and written values, also through `update`/`setdefault`) must be str
//!   (`TypeError: str expected, not int`); writes change only the program's copy.
//!   `getenv(key, default=None)` reads `environ`.
//! - `name` is `'posix'`; `sep`, `altsep`, `extsep`, `pathsep`, `linesep`, `curdir`, `pardir`,
//!   `defpath`, `devnull` are POSIX's; `SEEK_SET`/`SEEK_CUR`/`SEEK_END`. `path` is `os.path`.
//! - `getcwd()` is `'/'`: the sandbox's working directory is its empty root (see `os.path`).
//! - `fspath`, `fsencode`, `fsdecode` (UTF-8); `urandom(n)` asks the host for random bytes
//!   (PermissionError without the grant); `cpu_count()` is None ("unknown").
//!
//! Not provided: files and directories (`listdir`, `mkdir`, `remove`, `open`, `stat`, `walk`,
//! ...), processes (`system`, `getpid`, `kill`, ...) and `putenv`/`unsetenv`: the sandbox has
//! none of them, so they are absent (AttributeError) rather than faked. `isinstance(os.environ,
//! dict)` is true here (false in CPython).

use crate::builtins::class::{Instance, Payload};
use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::native::NativeClass;
use crate::modules::os_path::{fspath, path_arg};
use crate::modules::support::{bind, Sig};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum OsFn {
        Getenv => "getenv" => getenv,
        Getcwd => "getcwd" => getcwd,
        Fspath => "fspath" => os_fspath,
        Fsencode => "fsencode" => fsencode,
        Fsdecode => "fsdecode" => fsdecode,
        Urandom => "urandom" => urandom,
        CpuCount => "cpu_count" => cpu_count,
        EnvRepr => "__repr__" => env_repr,
        EnvSetitem => "__setitem__" => env_setitem,
        EnvSetdefault => "setdefault" => env_setdefault,
        EnvCopy => "copy" => env_copy,
        EnvGetitem => "__getitem__" => env_getitem,
        EnvDelitem => "__delitem__" => env_delitem,
        EnvContains => "__contains__" => env_contains,
        EnvGet => "get" => env_get,
        EnvPop => "pop" => env_pop,
        EnvUpdate => "update" => env_update,
    }
}

fn f(which: OsFn) -> Value {
    func_value(ModuleFn::Os(which))
}

/// The separator constants shared by `os` and `os.path`.
pub(crate) fn separators(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out = Vec::new();
    for (name, s) in [
        ("sep", "/"),
        ("extsep", "."),
        ("pathsep", ":"),
        ("curdir", "."),
        ("pardir", ".."),
        ("defpath", "/bin:/usr/bin"),
        ("devnull", "/dev/null"),
    ] {
        out.push((name, vm.new_str(s.into())?));
    }
    out.push(("altsep", Value::None));
    Ok(out)
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = vec![
        ("getenv", f(OsFn::Getenv)),
        ("getcwd", f(OsFn::Getcwd)),
        ("fspath", f(OsFn::Fspath)),
        ("fsencode", f(OsFn::Fsencode)),
        ("fsdecode", f(OsFn::Fsdecode)),
        ("urandom", f(OsFn::Urandom)),
        ("cpu_count", f(OsFn::CpuCount)),
        ("SEEK_SET", Value::Int(0)),
        ("SEEK_CUR", Value::Int(1)),
        ("SEEK_END", Value::Int(2)),
    ];
    out.extend(separators(vm)?);
    for (name, s) in [("name", "posix"), ("linesep", "\n")] {
        out.push((name, vm.new_str(s.into())?));
    }
    let env = environ(vm)?;
    out.push(("environ", env));
    let path = crate::modules::import(vm, "os.path")?;
    out.push(("path", path));
    Ok(out)
}

fn environ_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("os._Environ", |vm| {
        vm.new_native_class(NativeClass {
            name: "_Environ",
            module: "os",
            bases: &[Value::Type(BuiltinType::Dict)],
            attrs: vec![
                ("__repr__", f(OsFn::EnvRepr)),
                ("__setitem__", f(OsFn::EnvSetitem)),
                ("setdefault", f(OsFn::EnvSetdefault)),
                ("copy", f(OsFn::EnvCopy)),
                ("__getitem__", f(OsFn::EnvGetitem)),
                ("__delitem__", f(OsFn::EnvDelitem)),
                ("__contains__", f(OsFn::EnvContains)),
                ("get", f(OsFn::EnvGet)),
                ("pop", f(OsFn::EnvPop)),
                ("update", f(OsFn::EnvUpdate)),
            ],
            ..Default::default()
        })
    })
}

fn environ(vm: &mut Vm) -> PyResult<Value> {
    let cls = environ_class(vm)?;
    let mut d = Dict::new();
    for (k, v) in vm.host.environ.clone() {
        let kv = vm.new_str(k)?;
        let vv = vm.new_str(v)?;
        vm.dict_set_in(&mut d, kv, vv)?;
    }
    let dv = vm.new_dict(d)?;
    let mut inst = Instance::new(cls);
    inst.payload = Payload::Builtin(dv);
    vm.alloc(Object::Instance(Box::new(inst)))
}

fn env_dict(vm: &Vm, this: Value) -> PyResult<Value> {
    vm.payload(this)
        .ok_or_else(|| Exc::type_error("descriptor requires an 'os._Environ' object"))
}

fn check_env_str(vm: &Vm, v: Value) -> PyResult<()> {
    if vm.as_str(vm.unwrap_builtin(v)).is_some() {
        return Ok(());
    }
    Err(Exc::type_error(format!(
        "str expected, not {}",
        vm.type_name(v)
    )))
}

fn env_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = env_dict(vm, args.this())?;
    let r = vm.repr(d)?;
    vm.new_str(format!("environ({r})"))
}

fn env_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [this, key, value] = args.pos[..] else {
        return Err(Exc::type_error(format!(
            "_Environ.__setitem__() takes 3 positional arguments but {} were given",
            args.pos.len()
        )));
    };
    check_env_str(vm, key)?;
    check_env_str(vm, value)?;
    let d = env_dict(vm, this)?;
    vm.dict_setitem(d, key, value)?;
    Ok(Value::None)
}

fn env_setdefault(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("_Environ.setdefault", &["self", "key", "value"], 3),
    )?;
    let (this, key, value) = (b.or_none(0), b.or_none(1), b.or_none(2));
    let d = env_dict(vm, this)?;
    if vm.contains(d, key)? {
        return vm.getitem(d, key);
    }
    check_env_str(vm, key)?;
    check_env_str(vm, value)?;
    vm.dict_setitem(d, key, value)?;
    Ok(value)
}

/// Calls the dict method `name` on the environment's dict once the key (the first argument)
/// is checked to be a str: CPython encodes every key, so `os.environ[5]`, `.get(5)` and
/// `5 in os.environ` raise `TypeError: str expected, not int`.
fn env_delegate(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    if let Some(key) = args.get(1) {
        check_env_str(vm, key)?;
    }
    let d = env_dict(vm, args.this())?;
    let m = vm.getattr(d, name)?;
    let mut rest = args.clone();
    if !rest.pos.is_empty() {
        rest.pos.remove(0);
    }
    vm.call_args(m, rest)
}

fn env_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    env_delegate(vm, args, "__getitem__")
}

fn env_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    env_delegate(vm, args, "__delitem__")
}

fn env_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    env_delegate(vm, args, "__contains__")
}

fn env_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    env_delegate(vm, args, "get")
}

fn env_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    env_delegate(vm, args, "pop")
}

/// `update(other=(), /, **kwds)`: every pair goes through the str checks of `__setitem__`.
fn env_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let d = env_dict(vm, this)?;
    let mut rest = args.clone();
    if !rest.pos.is_empty() {
        rest.pos.remove(0);
    }
    let pairs = vm.call_args(Value::Type(BuiltinType::Dict), rest)?;
    let items = vm.getattr(pairs, "items")?;
    let items = vm.call(items, &[])?;
    let items = vm.collect(items)?;
    for item in items {
        let kv = vm.collect(item)?;
        let [key, value] = kv[..] else { continue };
        check_env_str(vm, key)?;
        check_env_str(vm, value)?;
        vm.dict_setitem(d, key, value)?;
    }
    Ok(Value::None)
}

fn env_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = env_dict(vm, args.this())?;
    let m = vm.getattr(d, "copy")?;
    vm.call(m, &[])
}

fn getenv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("getenv", &["key", "default"], 1))?;
    let key = b.or_none(0);
    check_env_str(vm, key)?;
    let os = crate::modules::import(vm, "os")?;
    let env = vm.getattr(os, "environ")?;
    let get = vm.getattr(env, "get")?;
    vm.call(get, &[key, b.or_none(1)])
}

fn getcwd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("getcwd")?;
    crate::builtins::check_count("getcwd", args.pos.len(), 0, 0)?;
    vm.new_str("/".into())
}

fn os_fspath(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("fspath", &["path"], 1))?;
    let v = b.or_none(0);
    if vm.is_instance(v, BuiltinType::Str) || vm.is_instance(v, BuiltinType::Bytes) {
        return Ok(v);
    }
    path_arg(vm, v)?.value(vm)
}

fn fsencode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("fsencode", &["filename"], 1))?;
    let p = path_arg(vm, b.or_none(0))?;
    vm.new_bytes(p.b)
}

fn fsdecode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("fsdecode", &["filename"], 1))?;
    let v = b.or_none(0);
    match fspath(vm, v)? {
        Some(p) if p.bytes => {
            let s = crate::builtins::bytes::decode(&p.b, "utf-8", "surrogateescape")?;
            vm.new_str(s)
        }
        Some(p) => p.value(vm),
        None => {
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "expected str, bytes or os.PathLike object, not {t}"
            )))
        }
    }
}

fn urandom(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("urandom")?;
    crate::builtins::check_count("urandom", args.pos.len(), 1, 1)?;
    let v = args.pos[0];
    if matches!(v, Value::Float(_)) {
        return Err(Exc::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = vm.index_value(v)?;
    if n < 0 {
        return Err(Exc::value_error("negative argument not allowed"));
    }
    let n = n as usize;
    vm.reserve(n)?;
    let bytes = vm.host_random_bytes(n)?;
    vm.new_bytes(bytes)
}

fn cpu_count(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("cpu_count")?;
    crate::builtins::check_count("cpu_count", args.pos.len(), 0, 0)?;
    Ok(Value::None)
}
