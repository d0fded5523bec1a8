//! `sys`: what a sandboxed program may know about its interpreter, with CPython 3.11's reprs and
//! messages.
//!
//! - `version_info` is `sys.version_info(major=3, minor=11, micro=0, releaselevel='final',
//!   serial=0)` (a tuple subclass: compares with tuples, indexes, unpacks); `version` is
//!   `'3.11.0 (montybox)'`; `hexversion` matches. montybox implements Python 3.11 semantics, so
//!   code testing `sys.version_info >= (3, 8)` takes its modern branches.
//! - `platform` is `'linux'`, `byteorder` `'little'`, `maxsize` `2**63 - 1`, `maxunicode`
//!   `0x10ffff`, `float_info`/`int_info` as on 64-bit CPython, `float_repr_style` `'short'`.
//! - `argv` is what the host grants (the CLI passes its arguments like `python3`); without a
//!   grant it is `[script name]` (`'main.py'` by default). `path` is an empty list. `modules`
//!   maps the names of the modules imported so far to the modules (kept up to date; changing it
//!   changes nothing).
//! - `stdout`/`stderr` (and `__stdout__`/`__stderr__`) are text streams with `write`,
//!   `writelines`, `flush`, `isatty`, `fileno`-less CPython attributes; `stdout.write` goes to
//!   the program output like `print`, `stderr.write` to the host's error stream (the CLI's
//!   stderr; hosts with one sink get both). `print(..., file=sys.stderr)` works. There is no
//!   `stdin` (the sandbox has no input stream).
//! - `getrecursionlimit`/`setrecursionlimit` read and set the VM's recursion limit;
//!   `setrecursionlimit` cannot raise it above the limit the host set (larger values are capped).
//! - `exit(code)` raises `SystemExit`; `exc_info()`; `intern`; `getdefaultencoding`,
//!   `getfilesystemencoding` (`'utf-8'`).
//! - `getsizeof` returns CPython 3.11's sizes on 64-bit Linux for empty and small objects of the
//!   built-in types (int, float, bool, None, str, bytes, list, tuple, dict, set) and an estimate
//!   elsewhere; treat it as approximate.
//! - `get_int_max_str_digits()` is 4300; the limit is fixed in montybox, so
//!   `set_int_max_str_digits` validates its argument like CPython and accepts only 4300
//!   (other values raise NotImplementedError).
//!
//! Not provided: `stdin`, `executable`, `flags`, `implementation`, `getrefcount`, `settrace`,
//! `setprofile`, `exception()` (3.12), and anything about the host process.

use serde::{Deserialize, Serialize};

use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::support::{
    str_of, text_data, tuple_class, tuple_instance, TextData, TupleFn, TupleRepr,
};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

/// The module's functions: its own, and the named-tuple support functions (which live here
/// so their values have a module).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SysFn {
    Sys(SysMain),
    Tuple(TupleFn),
}

impl SysFn {
    pub fn name(self) -> &'static str {
        match self {
            SysFn::Sys(f) => f.name(),
            SysFn::Tuple(f) => f.name(),
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            SysFn::Sys(f) => f.call(vm, args),
            SysFn::Tuple(f) => f.call(vm, args),
        }
    }
}

native_methods! {
    pub enum SysMain {
        Exit => "exit" => exit,
        GetRecursionLimit => "getrecursionlimit" => getrecursionlimit,
        SetRecursionLimit => "setrecursionlimit" => setrecursionlimit,
        GetSizeOf => "getsizeof" => getsizeof,
        ExcInfo => "exc_info" => exc_info,
        Intern => "intern" => intern,
        GetDefaultEncoding => "getdefaultencoding" => getdefaultencoding,
        GetFsEncoding => "getfilesystemencoding" => getdefaultencoding,
        GetIntMax => "get_int_max_str_digits" => get_int_max_str_digits,
        SetIntMax => "set_int_max_str_digits" => set_int_max_str_digits,
        StreamWrite => "write" => stream_write,
        StreamWritelines => "writelines" => stream_writelines,
        StreamFlush => "flush" => stream_flush,
        StreamFalse => "isatty" => stream_false,
        StreamTrue => "writable" => stream_true,
        StreamRepr => "__repr__" => stream_repr,
        StreamFileno => "fileno" => stream_fileno,
        NoInstances => "__new__" => no_instances,
    }
}

fn f(which: SysMain) -> Value {
    func_value(ModuleFn::Sys(SysFn::Sys(which)))
}

/// A named-tuple support function as a value.
pub(crate) fn tuple_fn(which: TupleFn) -> Value {
    func_value(ModuleFn::Sys(SysFn::Tuple(which)))
}

const VERSION: &str = "3.11.0 (montybox)";
const INT_MAX_STR_DIGITS: i64 = crate::builtins::int::MAX_STR_DIGITS as i64;

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    // Remember the host's recursion limit (the cap for setrecursionlimit) before any change.
    recursion_cap(vm)?;
    let mut out: Vec<(&'static str, Value)> = Vec::new();
    for which in [
        SysMain::Exit,
        SysMain::GetRecursionLimit,
        SysMain::SetRecursionLimit,
        SysMain::GetSizeOf,
        SysMain::ExcInfo,
        SysMain::Intern,
        SysMain::GetDefaultEncoding,
        SysMain::GetFsEncoding,
        SysMain::GetIntMax,
        SysMain::SetIntMax,
    ] {
        out.push((which.name(), f(which)));
    }
    let version = vm.new_str(VERSION.into())?;
    out.push(("version", version));
    let vi = version_info(vm)?;
    out.push(("version_info", vi));
    out.push(("hexversion", Value::Int(0x030b_00f0)));
    let fi = float_info(vm)?;
    out.push(("float_info", fi));
    let ii = int_info(vm)?;
    out.push(("int_info", ii));
    for (name, s) in [
        ("platform", "linux"),
        ("byteorder", "little"),
        ("float_repr_style", "short"),
    ] {
        let v = vm.new_str(s.into())?;
        out.push((name, v));
    }
    out.push(("maxsize", Value::Int(i64::MAX)));
    out.push(("maxunicode", Value::Int(0x10ffff)));
    let argv: Vec<String> = if vm.host.argv.is_empty() {
        vec![script_name(vm)]
    } else {
        vm.host.argv.clone()
    };
    let argv = crate::modules::support::str_list(vm, argv)?;
    out.push(("argv", argv));
    let path = vm.new_list(Vec::new())?;
    out.push(("path", path));
    let mut mods = Dict::new();
    for (name, m) in vm.modules.clone() {
        let k = vm.new_str(name)?;
        vm.dict_set_in(&mut mods, k, m)?;
    }
    let mods = vm.new_dict(mods)?;
    out.push(("modules", mods));
    let stdout = stream(vm, false)?;
    let stderr = stream(vm, true)?;
    out.push(("stdout", stdout));
    out.push(("stderr", stderr));
    out.push(("__stdout__", stdout));
    out.push(("__stderr__", stderr));
    Ok(out)
}

fn script_name(vm: &Vm) -> String {
    let name = &vm.program.filename;
    if name.is_empty() || name.starts_with('<') {
        "main.py".to_string()
    } else {
        name.clone()
    }
}

/// Records a newly imported module in `sys.modules` (if `sys` was imported).
pub(crate) fn register_module(vm: &mut Vm, name: &str, module: Value) -> PyResult<()> {
    let Some(sys) = vm.modules.iter().find(|(n, _)| n == "sys").map(|(_, m)| *m) else {
        return Ok(());
    };
    let dict = match sys {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Module(m) => vm.dict_lookup_str(&m.attrs, "modules"),
            _ => None,
        },
        _ => None,
    };
    if let Some(d) = dict.filter(|d| vm.dict_id(*d).is_some()) {
        let k = vm.new_str(name.to_string())?;
        vm.dict_setitem(d, k, module)?;
    }
    Ok(())
}

// ---- structseqs ---------------------------------------------------------------------------------

fn structseq(
    vm: &mut Vm,
    key: &'static str,
    make: fn(&mut Vm) -> PyResult<Value>,
    items: Vec<Value>,
) -> PyResult<Value> {
    let cls = vm.std_class(key, make)?;
    tuple_instance(vm, cls, items)
}

fn no_new(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let new = vm.static_method(f(SysMain::NoInstances))?;
    Ok(vec![("__new__", new)])
}

fn version_info(vm: &mut Vm) -> PyResult<Value> {
    let final_ = vm.new_str("final".into())?;
    structseq(
        vm,
        "sys.version_info",
        |vm| {
            let extra = no_new(vm)?;
            tuple_class(
                vm,
                "version_info",
                "sys",
                &["major", "minor", "micro", "releaselevel", "serial"],
                TupleRepr::StructSeq,
                extra,
            )
        },
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(0),
            final_,
            Value::Int(0),
        ],
    )
}

fn float_info(vm: &mut Vm) -> PyResult<Value> {
    structseq(
        vm,
        "sys.float_info",
        |vm| {
            let extra = no_new(vm)?;
            tuple_class(
                vm,
                "float_info",
                "sys",
                &[
                    "max",
                    "max_exp",
                    "max_10_exp",
                    "min",
                    "min_exp",
                    "min_10_exp",
                    "dig",
                    "mant_dig",
                    "epsilon",
                    "radix",
                    "rounds",
                ],
                TupleRepr::StructSeq,
                extra,
            )
        },
        vec![
            Value::Float(f64::MAX),
            Value::Int(1024),
            Value::Int(308),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(-1021),
            Value::Int(-307),
            Value::Int(15),
            Value::Int(53),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    )
}

fn int_info(vm: &mut Vm) -> PyResult<Value> {
    structseq(
        vm,
        "sys.int_info",
        |vm| {
            let extra = no_new(vm)?;
            tuple_class(
                vm,
                "int_info",
                "sys",
                &[
                    "bits_per_digit",
                    "sizeof_digit",
                    "default_max_str_digits",
                    "str_digits_check_threshold",
                ],
                TupleRepr::StructSeq,
                extra,
            )
        },
        vec![
            Value::Int(30),
            Value::Int(4),
            Value::Int(INT_MAX_STR_DIGITS),
            Value::Int(640),
        ],
    )
}

fn no_instances(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let (name, module) = vm.class_qualname(cls);
    Err(Exc::type_error(format!(
        "cannot create '{module}.{name}' instances"
    )))
}

// ---- streams ------------------------------------------------------------------------------------

fn stream_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("sys.TextIOWrapper", |vm| {
        let enc = vm.new_str("utf-8".into())?;
        let errors = vm.new_str("strict".into())?;
        let mode = vm.new_str("w".into())?;
        vm.new_native_class(NativeClass {
            name: "TextIOWrapper",
            module: "_io",
            attrs: vec![
                ("write", f(SysMain::StreamWrite)),
                ("writelines", f(SysMain::StreamWritelines)),
                ("flush", f(SysMain::StreamFlush)),
                ("isatty", f(SysMain::StreamFalse)),
                ("readable", f(SysMain::StreamFalse)),
                ("seekable", f(SysMain::StreamFalse)),
                ("writable", f(SysMain::StreamTrue)),
                ("fileno", f(SysMain::StreamFileno)),
                ("__repr__", f(SysMain::StreamRepr)),
                ("encoding", enc),
                ("errors", errors),
                ("mode", mode),
                ("closed", Value::Bool(false)),
                ("line_buffering", Value::Bool(false)),
            ],
            dotted_name: true,
            ..Default::default()
        })
    })
}

fn stream(vm: &mut Vm, err: bool) -> PyResult<Value> {
    let cls = stream_class(vm)?;
    let v = vm.new_native_instance(cls, NativeData::Text(TextData::StdStream(err)))?;
    let name = vm.new_str(if err { "<stderr>" } else { "<stdout>" }.into())?;
    vm.setattr(v, "name", name)?;
    Ok(v)
}

/// Whether `v` is `sys.stdout` (Some(false)) or `sys.stderr` (Some(true)).
fn std_stream(vm: &Vm, v: Value) -> Option<bool> {
    match text_data(vm, v) {
        Some(TextData::StdStream(e)) => Some(*e),
        _ => None,
    }
}

/// Writes `text` to a file-like object: the program output for `sys.stdout`, the host's error
/// stream for `sys.stderr`, else the object's `write` method (natively for a StringIO).
pub fn write_to_file(vm: &mut Vm, file: Value, text: &str) -> PyResult<()> {
    match std_stream(vm, file) {
        Some(false) => {
            vm.out.write(text);
            Ok(())
        }
        Some(true) => {
            vm.out.write_err(text);
            Ok(())
        }
        None => crate::modules::io::write_to(vm, file, text),
    }
}

fn stream_write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("write")?;
    crate::builtins::check_count("write", args.pos.len().saturating_sub(1), 1, 1)?;
    let v = args.pos[1];
    let Some(s) = str_of(vm, v) else {
        let t = vm.type_name(v);
        return Err(Exc::type_error(format!(
            "write() argument must be str, not {t}"
        )));
    };
    write_to_file(vm, args.this(), &s)?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_writelines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("writelines")?;
    crate::builtins::check_count("writelines", args.pos.len().saturating_sub(1), 1, 1)?;
    let it = vm.get_iter(args.pos[1])?;
    while let Some(line) = vm.iter_next(it)? {
        let Some(s) = str_of(vm, line) else {
            let t = vm.type_name(line);
            return Err(Exc::type_error(format!(
                "write() argument must be str, not {t}"
            )));
        };
        write_to_file(vm, args.this(), &s)?;
    }
    Ok(Value::None)
}

fn stream_flush(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("flush")?;
    crate::builtins::check_count("flush", args.pos.len().saturating_sub(1), 0, 0)?;
    Ok(Value::None)
}

fn stream_false(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stream_true(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn stream_fileno(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let m = crate::modules::import(vm, "io")?;
    let cls = vm.getattr(m, "UnsupportedOperation")?;
    Err(vm.exception_msg(cls, "montybox: sys streams have no file descriptor")?)
}

fn stream_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = if std_stream(vm, args.this()) == Some(true) {
        "<stderr>"
    } else {
        "<stdout>"
    };
    vm.new_str(format!(
        "<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>"
    ))
}

// ---- functions ----------------------------------------------------------------------------------

fn exit(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("exit")?;
    crate::builtins::check_count("exit", args.pos.len(), 0, 1)?;
    // `sys.exit(None)` raises a SystemExit without arguments, like `sys.exit()`.
    let exc_args = match args.pos[..] {
        [Value::None] => Vec::new(),
        _ => args.pos.to_vec(),
    };
    Err(Exc::Args(BuiltinType::SystemExit, exc_args))
}

fn recursion_cap(vm: &mut Vm) -> PyResult<i64> {
    let cap = vm.std_class("sys.recursion_cap", |vm| {
        Ok(Value::Int(vm.limits.max_recursion_depth as i64))
    })?;
    Ok(match cap {
        Value::Int(i) => i,
        _ => vm.limits.max_recursion_depth as i64,
    })
}

fn getrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("getrecursionlimit")?;
    crate::builtins::check_count("getrecursionlimit", args.pos.len(), 0, 0)?;
    Ok(Value::Int(vm.limits.max_recursion_depth as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("setrecursionlimit")?;
    crate::builtins::check_count("setrecursionlimit", args.pos.len(), 1, 1)?;
    let v = args.pos[0];
    if matches!(v, Value::Float(_)) {
        return Err(Exc::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = vm.index_value(v)?;
    if n < 1 {
        return Err(Exc::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    let depth = vm.frames.len() as i64;
    if n <= depth {
        return Err(Exc::new(
            BuiltinType::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    let cap = recursion_cap(vm)?;
    vm.limits.max_recursion_depth = n.min(cap).max(1) as usize;
    Ok(Value::None)
}

/// CPython 3.11's `sys.getsizeof` for the common built-in values (64-bit), else an estimate.
fn getsizeof(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = crate::modules::support::bind(
        vm,
        args,
        &crate::modules::support::Sig::simple("getsizeof", &["object", "default"], 1),
    )
    .map_err(|_| Exc::type_error("getsizeof() missing required argument 'object' (pos 1)"))?;
    let v = b.or_none(0);
    let size: usize = match v {
        Value::None | Value::NotImplemented | Value::Ellipsis => 16,
        Value::Bool(_) => 28,
        Value::Int(0) => 28,
        Value::Int(i) => 24 + 4 * (64 - i.unsigned_abs().leading_zeros() as usize).div_ceil(30),
        Value::Float(_) => 24,
        Value::Builtin(_) => 72,
        Value::Type(_) => 920,
        Value::Undefined => 16,
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Str(s) => {
                let max = s.s.chars().map(|c| c as u32).max().unwrap_or(0);
                let n = s.char_len;
                if max < 0x80 {
                    49 + n
                } else if max < 0x100 {
                    73 + n
                } else if max < 0x10000 {
                    74 + 2 * n
                } else {
                    76 + 4 * n
                }
            }
            Object::Bytes(b) => 33 + b.len(),
            Object::ByteArray(b) => {
                if b.is_empty() {
                    56
                } else {
                    57 + b.len()
                }
            }
            Object::BigInt(b) => 24 + 4 * (b.bits() as usize).div_ceil(30),
            Object::List(items) => 56 + 8 * items.capacity(),
            Object::Tuple(items) => 40 + 8 * items.len(),
            Object::Dict(d) => dict_size(d.len()),
            Object::Set(s) | Object::FrozenSet(s) => {
                let n = s.len();
                let mut table = 8usize;
                while n * 5 >= table * 3 {
                    table *= 4;
                }
                200 + 16 * table - 128 + 16
            }
            Object::Range(_) => 48,
            Object::Function(_) => 152,
            Object::Class(_) => 1064,
            Object::Instance(_) => 56,
            Object::Module(_) => 72,
            other => other.size_estimate().max(16),
        },
    };
    Ok(Value::Int(size as i64))
}

fn dict_size(n: usize) -> usize {
    if n == 0 {
        return 64;
    }
    // CPython's dict sizes: a keys table of 8, 16, 32... slots holding up to 2/3 of them.
    let mut slots = 8usize;
    while n > slots * 2 / 3 {
        slots *= 2;
    }
    let usable = slots * 2 / 3;
    let index_bytes = if slots <= 128 {
        1
    } else if slots <= 0x8000 {
        2
    } else {
        4
    };
    48 + 32 + slots * index_bytes + usable * 24
}

fn exc_info(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("exc_info")?;
    crate::builtins::check_count("exc_info", args.pos.len(), 0, 0)?;
    let exc = vm.exc_info;
    if exc.is_none() {
        return vm.new_tuple(vec![Value::None, Value::None, Value::None]);
    }
    let ty = vm.type_of(exc);
    let tb = vm.getattr(exc, "__traceback__")?;
    vm.new_tuple(vec![ty, exc, tb])
}

fn intern(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("intern")?;
    crate::builtins::check_count("intern", args.pos.len(), 1, 1)?;
    let v = args.pos[0];
    if vm.as_str(v).is_none() {
        let t = vm.type_name(v);
        return Err(Exc::type_error(format!(
            "intern() argument must be str, not {t}"
        )));
    }
    Ok(v)
}

fn getdefaultencoding(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("getdefaultencoding")?;
    crate::builtins::check_count("getdefaultencoding", args.pos.len(), 0, 0)?;
    vm.new_str("utf-8".into())
}

fn get_int_max_str_digits(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("get_int_max_str_digits")?;
    crate::builtins::check_count("get_int_max_str_digits", args.pos.len(), 0, 0)?;
    Ok(Value::Int(INT_MAX_STR_DIGITS))
}

fn set_int_max_str_digits(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = crate::modules::support::bind(
        vm,
        args,
        &crate::modules::support::Sig::simple("set_int_max_str_digits", &["maxdigits"], 1),
    )?;
    let v = b.or_none(0);
    if matches!(v, Value::Float(_)) {
        return Err(Exc::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = vm.index_value(v)?;
    if n != 0 && n < 640 {
        return Err(Exc::value_error("maxdigits must be 0 or larger than 640"));
    }
    if n != INT_MAX_STR_DIGITS {
        return Err(Exc::new(
            BuiltinType::NotImplementedError,
            format!(
                "montybox: the int/str conversion limit is fixed at {INT_MAX_STR_DIGITS} digits"
            ),
        ));
    }
    Ok(Value::None)
}
