//! The built-in functions (`print`, `len`, `sorted`, `min`, ...), with CPython's messages.
//! Functions that would reach outside the sandbox (`open`, `input`, `exec`, ...) exist and fail
//! with an error that says why.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

use crate::builtins::iter::IterObj;
use crate::builtins::{float, int, Args};
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::heap::{DictViewKind, Object, SuperObj};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

native_methods! {
    /// The functions of the builtins namespace.
    pub enum Func {
        Print => "print" => print,
        Len => "len" => len,
        Repr => "repr" => repr,
        Ascii => "ascii" => ascii,
        Abs => "abs" => abs,
        All => "all" => all,
        Any => "any" => any,
        Bin => "bin" => bin,
        Oct => "oct" => oct,
        Hex => "hex" => hex,
        Callable => "callable" => callable,
        Chr => "chr" => chr,
        Ord => "ord" => ord,
        Divmod => "divmod" => divmod,
        Format => "format" => format,
        Getattr => "getattr" => getattr,
        Setattr => "setattr" => setattr,
        Hasattr => "hasattr" => hasattr,
        Delattr => "delattr" => delattr,
        Hash => "hash" => hash,
        Id => "id" => id,
        Isinstance => "isinstance" => isinstance,
        Issubclass => "issubclass" => issubclass,
        Iter => "iter" => iter,
        Next => "next" => next,
        Max => "max" => max,
        Min => "min" => min,
        Sum => "sum" => sum,
        Sorted => "sorted" => sorted,
        Round => "round" => round,
        Pow => "pow" => pow,
        Vars => "vars" => vars,
        Dir => "dir" => dir,
        Globals => "globals" => globals,
        Locals => "locals" => locals,
        Aiter => "aiter" => aiter,
        Anext => "anext" => anext,
        Open => "open" => refused_io,
        Input => "input" => refused_io,
        Exec => "exec" => refused_code,
        Eval => "eval" => refused_code,
        Compile => "compile" => refused_code,
        Import => "__import__" => refused_code,
        Breakpoint => "breakpoint" => refused_code,
        Help => "help" => refused_code,
        Exit => "exit" => exit,
        Quit => "quit" => exit,
    }
}

fn print(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    for (k, _) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        if !matches!(name.as_str(), "sep" | "end" | "file" | "flush") {
            return Err(Exc::type_error(format!(
                "'{name}' is an invalid keyword argument for print()"
            )));
        }
    }
    let opt_str = |vm: &Vm, name: &str, default: &str| -> PyResult<String> {
        match args.kwarg(vm, name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) => match vm.as_str(v) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let t = vm.type_name(v);
                    Err(Exc::type_error(format!(
                        "{name} must be None or a string, not {t}"
                    )))
                }
            },
        }
    };
    let sep = opt_str(vm, "sep", " ")?;
    let end = opt_str(vm, "end", "\n")?;
    let file = args.kwarg(vm, "file").filter(|f| !f.is_none());
    if let Some(file) = file {
        // Like CPython: each piece goes to `file.write()` (sys.stdout/stderr and StringIO
        // natively), then `file.flush()` when asked.
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                crate::modules::sys::write_to_file(vm, file, &sep)?;
            }
            let s = vm.to_str(*v)?;
            crate::modules::sys::write_to_file(vm, file, &s)?;
        }
        crate::modules::sys::write_to_file(vm, file, &end)?;
        if let Some(flush) = args.kwarg(vm, "flush") {
            if vm.truthy(flush)? {
                let m = vm.getattr(file, "flush")?;
                vm.call(m, &[])?;
            }
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.to_str(*v)?);
    }
    out.push_str(&end);
    vm.out.write(&out);
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("len")?;
    args.check_func("len", 1, 1)?;
    vm.len(args.pos[0]).map(|n| Value::Int(n as i64))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("repr", 1, 1)?;
    let s = vm.repr(args.pos[0])?;
    vm.new_str(s)
}

fn ascii(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("ascii", 1, 1)?;
    let s = vm.repr(args.pos[0])?;
    vm.new_str(crate::builtins::str::ascii_escape(&s))
}

fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("abs", 1, 1)?;
    let v = args.pos[0];
    match vm.kind(v) {
        Kind::Int => int::abs_value(vm, v),
        Kind::Float => Ok(Value::Float(float::to_f64(vm, v)?.abs())),
        _ => match vm.lookup_user(v, "__abs__")? {
            Some(m) => vm.call(m, &[]),
            None => match vm.payload(v) {
                Some(p) => abs(vm, &Args::new(&[p])),
                None => {
                    let t = vm.type_name(v);
                    Err(Exc::type_error(format!(
                        "bad operand type for abs(): '{t}'"
                    )))
                }
            },
        },
    }
}

fn all(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("all", 1, 1)?;
    let it = vm.get_iter(args.pos[0])?;
    while let Some(v) = vm.iter_next(it)? {
        if !vm.truthy(v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("any", 1, 1)?;
    let it = vm.get_iter(args.pos[0])?;
    while let Some(v) = vm.iter_next(it)? {
        if vm.truthy(v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(b) = int::to_bigint(vm, v) {
        return Ok(b);
    }
    let i = vm.index_value(v)?;
    Ok(BigInt::from(i))
}

fn radix(vm: &mut Vm, args: &Args, name: &str, prefix: &str, r: u32) -> PyResult<Value> {
    args.check_func(name, 1, 1)?;
    let b = match int::to_bigint(vm, args.pos[0]) {
        Some(b) => b,
        None => {
            if vm.lookup_user(args.pos[0], "__index__")?.is_none() {
                let t = vm.type_name(args.pos[0]);
                return Err(Exc::type_error(format!(
                    "'{t}' object cannot be interpreted as an integer"
                )));
            }
            int_arg(vm, args.pos[0])?
        }
    };
    let digits = b.abs().to_str_radix(r);
    let s = if b.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    };
    vm.new_str(s)
}

fn bin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "bin", "0b", 2)
}

fn oct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "oct", "0o", 8)
}

fn hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "hex", "0x", 16)
}

/// Whether `v` can be called.
pub fn is_callable(vm: &mut Vm, v: Value) -> bool {
    match v {
        Value::Builtin(_) | Value::Type(_) => true,
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Function(_)
            | Object::BoundMethod(_)
            | Object::Class(_)
            | Object::External(_) => true,
            Object::StaticMethod(_) => true,
            Object::Instance(_) => vm.has_user_special(v, "__call__"),
            _ => false,
        },
        _ => false,
    }
}

fn callable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("callable", 1, 1)?;
    Ok(Value::Bool(is_callable(vm, args.pos[0])))
}

fn chr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("chr", 1, 1)?;
    let i = match vm.index_value(args.pos[0]) {
        Ok(i) if i32::try_from(i).is_ok() => i,
        Ok(_) => {
            return Err(Exc::overflow_error(
                "Python int too large to convert to C int",
            ))
        }
        Err(e) if vm.kind(args.pos[0]) == Kind::Int => {
            let _ = e;
            return Err(Exc::overflow_error(
                "Python int too large to convert to C int",
            ));
        }
        Err(e) => return Err(e),
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => vm.new_str(c.to_string()),
        None => {
            if (0..0x110000).contains(&i) {
                // Surrogates cannot be represented in UTF-8.
                return Err(Exc::value_error(
                    "montybox strings cannot hold surrogate code points",
                ));
            }
            Err(Exc::value_error("chr() arg not in range(0x110000)"))
        }
    }
}

fn ord(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("ord", 1, 1)?;
    let v = vm.unwrap_builtin(args.pos[0]);
    if let Some(s) = vm.as_str(v) {
        let mut chars = s.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => {
                let n = s.chars().count();
                Err(Exc::type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                )))
            }
        };
    }
    if let Some(b) = crate::builtins::bytes::bytes_of(vm, v) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(Exc::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    let t = vm.type_name(v);
    Err(Exc::type_error(format!(
        "ord() expected string of length 1, but {t} found"
    )))
}

fn divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("divmod", 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    match (vm.kind(a), vm.kind(b)) {
        (Kind::Int, Kind::Int) => int::divmod_values(vm, a, b),
        (Kind::Int | Kind::Float, Kind::Int | Kind::Float) => {
            let (x, y) = (float::to_f64(vm, a)?, float::to_f64(vm, b)?);
            if y == 0.0 {
                return Err(Exc::zero_division("float divmod()"));
            }
            let (q, r) = float::py_divmod(x, y);
            vm.new_tuple(vec![Value::Float(q), Value::Float(r)])
        }
        _ => {
            if let Some(m) = vm.lookup_user(a, "__divmod__")? {
                let r = vm.call(m, &[b])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if let Some(m) = vm.lookup_user(b, "__rdivmod__")? {
                let r = vm.call(m, &[a])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            // Subclasses of int and float divide their values.
            let (pa, pb) = (vm.unwrap_builtin(a), vm.unwrap_builtin(b));
            let numeric = |k: Kind| matches!(k, Kind::Int | Kind::Float);
            if (!pa.is(a) || !pb.is(b)) && numeric(vm.kind(pa)) && numeric(vm.kind(pb)) {
                return divmod(vm, &Args::new(&[pa, pb]));
            }
            let (na, nb) = (vm.type_name(a), vm.type_name(b));
            Err(Exc::type_error(format!(
                "unsupported operand type(s) for divmod(): '{na}' and '{nb}'"
            )))
        }
    }
}

fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("format", 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => match vm.as_str(s) {
            Some(s) => s.to_string(),
            None => {
                let t = if s.is_none() {
                    "None".to_string()
                } else {
                    vm.type_name(s)
                };
                return Err(Exc::type_error(format!(
                    "format() argument 2 must be str, not {t}"
                )));
            }
        },
        None => String::new(),
    };
    let s = vm.format(args.pos[0], &spec)?;
    vm.new_str(s)
}

fn name_arg(vm: &Vm, v: Value) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "attribute name must be string, not '{t}'"
            )))
        }
    }
}

fn getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("getattr", 2, 3)?;
    let name = name_arg(vm, args.pos[1])?;
    match args.get(2) {
        None => vm.getattr(args.pos[0], &name),
        Some(d) => Ok(vm.getattr_opt(args.pos[0], &name)?.unwrap_or(d)),
    }
}

fn setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("setattr", 3, 3)?;
    let name = name_arg(vm, args.pos[1])?;
    vm.setattr(args.pos[0], &name, args.pos[2])?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("hasattr", 2, 2)?;
    let name = name_arg(vm, args.pos[1])?;
    Ok(Value::Bool(vm.getattr_opt(args.pos[0], &name)?.is_some()))
}

fn delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("delattr", 2, 2)?;
    let name = name_arg(vm, args.pos[1])?;
    let obj = args.pos[0];
    match obj {
        Value::Obj(id) if matches!(vm.heap.get(id), Object::Instance(_)) => {
            if let Some(m) = vm.lookup_user(obj, "__delattr__")? {
                vm.call(m, &[args.pos[1]])?;
                return Ok(Value::None);
            }
            let d = vm.instance_dict(id)?;
            let did = d.as_obj().ok_or_else(|| Exc::internal("dict"))?;
            if vm.dict_remove(did, args.pos[1])?.is_none() {
                return Err(vm.no_attribute(obj, &name));
            }
            Ok(Value::None)
        }
        Value::Obj(id) if matches!(vm.heap.get(id), Object::Class(_)) => {
            let mut dict = match vm.heap.get_mut(id) {
                Object::Class(c) => std::mem::take(&mut c.dict),
                _ => crate::builtins::dict::Dict::new(),
            };
            let r = vm.dict_remove_str(&mut dict, &name);
            if let Object::Class(c) = vm.heap.get_mut(id) {
                c.dict = dict;
            }
            match r? {
                Some(_) => Ok(Value::None),
                None => Err(vm.no_attribute(obj, &name)),
            }
        }
        _ => Err(vm.no_attribute(obj, &name)),
    }
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("hash", 1, 1)?;
    vm.hash(args.pos[0]).map(Value::Int)
}

fn id(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("id", 1, 1)?;
    let v = args.pos[0];
    Ok(Value::Int(match v {
        Value::Obj(o) => 0x7f00_0000_0000 + (o.0 as i64) * 0x30,
        other => 0x5500_0000_0000 + (vm.hash(other).unwrap_or(0) & 0xffff_ffff) * 16,
    }))
}

/// `isinstance(v, spec)` where spec is a class or a tuple of specs.
pub fn isinstance_spec(vm: &mut Vm, v: Value, spec: Value, depth: usize) -> PyResult<bool> {
    if depth > 100 {
        return Err(Exc::new(
            BuiltinType::RecursionError,
            "maximum recursion depth exceeded in __instancecheck__",
        ));
    }
    if vm.is_class(spec) {
        if let Some(m) = class_hook(vm, spec, "__instancecheck__")? {
            let r = vm.call(m, &[v])?;
            return vm.truthy(r);
        }
        return vm.isinstance_of(v, spec);
    }
    if vm.kind(spec) == Kind::Tuple {
        for s in vm.seq_items(spec).unwrap_or_default() {
            if isinstance_spec(vm, v, s, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    // Objects that define the check themselves (`int | str`, `typing.List`).
    if vm.kind(spec) == Kind::Instance {
        if let Some(m) = vm.lookup_user(spec, "__instancecheck__")? {
            let r = vm.call(m, &[v])?;
            return vm.truthy(r);
        }
    }
    Err(Exc::type_error(
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    ))
}

/// The `__instancecheck__`/`__subclasscheck__` of a class's native metaclass, bound to it.
fn class_hook(vm: &mut Vm, cls: Value, name: &str) -> PyResult<Option<Value>> {
    if !vm.has_metaclass(cls) {
        return Ok(None);
    }
    vm.meta_hook(cls, name)
}

fn isinstance(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("isinstance", 2, 2)?;
    isinstance_spec(vm, args.pos[0], args.pos[1], 0).map(Value::Bool)
}

fn issubclass_spec(vm: &mut Vm, c: Value, spec: Value, depth: usize) -> PyResult<bool> {
    if depth > 100 {
        return Err(Exc::new(
            BuiltinType::RecursionError,
            "maximum recursion depth exceeded in __subclasscheck__",
        ));
    }
    if vm.is_class(spec) {
        if let Some(m) = class_hook(vm, spec, "__subclasscheck__")? {
            let r = vm.call(m, &[c])?;
            return vm.truthy(r);
        }
        return Ok(vm.is_subclass(c, spec));
    }
    if vm.kind(spec) == Kind::Tuple {
        for s in vm.seq_items(spec).unwrap_or_default() {
            if issubclass_spec(vm, c, s, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if vm.kind(spec) == Kind::Instance {
        if let Some(m) = vm.lookup_user(spec, "__subclasscheck__")? {
            let r = vm.call(m, &[c])?;
            return vm.truthy(r);
        }
    }
    Err(Exc::type_error(
        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
    ))
}

fn issubclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("issubclass", 2, 2)?;
    if !vm.is_class(args.pos[0]) {
        return Err(Exc::type_error("issubclass() arg 1 must be a class"));
    }
    issubclass_spec(vm, args.pos[0], args.pos[1], 0).map(Value::Bool)
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("iter", 1, 2)?;
    match args.get(1) {
        None => vm.get_iter(args.pos[0]),
        Some(sentinel) => {
            if !is_callable(vm, args.pos[0]) {
                return Err(Exc::type_error("iter(v, w): v must be callable"));
            }
            vm.alloc(Object::Iter(Box::new(IterObj::Callable {
                func: args.pos[0],
                sentinel,
            })))
        }
    }
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("next", 1, 2)?;
    let it = args.pos[0];
    if !vm.is_iterator(it)? {
        let t = vm.type_name(it);
        return Err(Exc::type_error(format!("'{t}' object is not an iterator")));
    }
    match vm.gen_kind(it) {
        Some(crate::builtins::generator::GenKind::Generator) => {
            match vm.gen_resume_nested(it, crate::vm::Resume::Value(Value::None)) {
                Ok(v) => Ok(v),
                Err(e) if vm.exc_is(&e, BuiltinType::StopIteration) => match args.get(1) {
                    Some(d) => Ok(d),
                    None => Err(e),
                },
                Err(e) => Err(e),
            }
        }
        _ => match vm.iter_next(it)? {
            Some(v) => Ok(v),
            None => match args.get(1) {
                Some(d) => Ok(d),
                None => Err(Exc::stop_iteration(Value::None)),
            },
        },
    }
}

fn min_max(vm: &mut Vm, args: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    args.check_kw(vm, name, &["key", "default"])?;
    let key = args.kwarg(vm, "key").filter(|k| !k.is_none());
    let default = args.kwarg(vm, "default");
    // One iterable is streamed (it may be huge or endless); several arguments are compared.
    let source = match args.len() {
        0 => {
            return Err(Exc::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => {
            let it = vm.get_iter(args.pos[0]).map_err(|e| {
                if vm.exc_is(&e, BuiltinType::TypeError) {
                    let t = vm.type_name(args.pos[0]);
                    Exc::type_error(format!("'{t}' object is not iterable"))
                } else {
                    e
                }
            })?;
            Err(it)
        }
        _ => {
            if default.is_some() {
                return Err(Exc::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            Ok(args.pos.to_vec())
        }
    };
    let mark = vm.temp_roots.len();
    let result = (|| {
        let mut index = 0usize;
        let mut next = |vm: &mut Vm| -> PyResult<Option<Value>> {
            match &source {
                Ok(items) => {
                    index += 1;
                    Ok(items.get(index - 1).copied())
                }
                Err(it) => vm.iter_next(*it),
            }
        };
        let Some(first) = next(vm)? else {
            return match default {
                Some(d) => Ok(d),
                None => Err(Exc::value_error(format!(
                    "{name}() arg is an empty sequence"
                ))),
            };
        };
        let mut best = first;
        let mut best_key = match key {
            Some(k) => vm.call(k, &[best])?,
            None => best,
        };
        vm.temp_roots.push(best);
        vm.temp_roots.push(best_key);
        while let Some(v) = next(vm)? {
            let k = match key {
                Some(kf) => vm.call(kf, &[v])?,
                None => v,
            };
            if vm.compare_bool(op, k, best_key)? {
                best = v;
                best_key = k;
                vm.temp_roots.push(best);
                vm.temp_roots.push(best_key);
            }
        }
        Ok(best)
    })();
    vm.release_temps(mark);
    result
}

fn max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

fn min(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn sum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "sum", &["start"])?;
    args.check_func("sum", 1, 2)?;
    let start = args
        .get(1)
        .or_else(|| args.kwarg(vm, "start"))
        .unwrap_or(Value::Int(0));
    match vm.kind(start) {
        Kind::Str => {
            return Err(Exc::type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Kind::Bytes => {
            return Err(Exc::type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        Kind::ByteArray => {
            return Err(Exc::type_error(
                "sum() can't sum bytearray [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    // A list of small ints (the common case) is summed in place: no iterator, and no Python
    // code can run to change the list. Anything else starts over on the general path.
    if let (Value::Int(mut total), Value::Obj(id)) = (start, args.pos[0]) {
        if let Object::List(items) = vm.heap.get(id) {
            let all_small = items.iter().all(|v| match v {
                Value::Int(b) => match total.checked_add(*b) {
                    Some(t) => {
                        total = t;
                        true
                    }
                    None => false,
                },
                _ => false,
            });
            if all_small {
                return Ok(Value::Int(total));
            }
        }
    }
    let it = vm.get_iter(args.pos[0])?;
    let mut acc = start;
    let mark = vm.root_temp(it);
    let r = (|| {
        while let Some(v) = vm.iter_next(it)? {
            acc = match (acc, v) {
                (Value::Int(a), Value::Int(b)) if a.checked_add(b).is_some() => Value::Int(a + b),
                (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
                (Value::Float(a), Value::Int(b)) => Value::Float(a + b as f64),
                _ => vm.binary_add(acc, v)?,
            };
            vm.temp_roots.push(acc);
        }
        Ok(acc)
    })();
    vm.release_temps(mark);
    r
}

fn sorted(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(Exc::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let mut items = vm.collect(args.pos[0])?;
    crate::builtins::list::check_sort_kw(vm, args)?;
    let key = args.kwarg(vm, "key").unwrap_or(Value::None);
    let reverse = match args.kwarg(vm, "reverse") {
        Some(v) => crate::builtins::list::reverse_flag(vm, v)?,
        None => false,
    };
    let list = vm.new_list(Vec::new())?;
    let mark = vm.root_temp(list);
    if let Object::List(l) = vm
        .heap
        .get_mut(list.as_obj().ok_or_else(|| Exc::internal("list"))?)
    {
        *l = items.clone();
    }
    let r = crate::builtins::list::sort_values(vm, &mut items, key, reverse);
    vm.release_temps(mark);
    r?;
    if let Object::List(l) = vm
        .heap
        .get_mut(list.as_obj().ok_or_else(|| Exc::internal("list"))?)
    {
        *l = items;
    }
    Ok(list)
}

fn round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "round", &["number", "ndigits"])?;
    let number = args
        .get(0)
        .or_else(|| args.kwarg(vm, "number"))
        .ok_or_else(|| Exc::type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = args
        .get(1)
        .or_else(|| args.kwarg(vm, "ndigits"))
        .unwrap_or(Value::None);
    if let Some(m) = vm.lookup_user(number, "__round__")? {
        let extra: &[Value] = if nd.is_none() { &[] } else { &[nd] };
        return vm.call(m, extra);
    }
    // Subclasses of int and float round their value.
    let number = vm.unwrap_builtin(number);
    let call_args = if nd.is_none() {
        vec![number]
    } else {
        vec![number, nd]
    };
    match vm.kind(number) {
        Kind::Int => {
            crate::builtins::Builtin::Int(int::IntMethod::Round).call(vm, &Args::new(&call_args))
        }
        Kind::Float => crate::builtins::Builtin::Float(float::FloatMethod::Round)
            .call(vm, &Args::new(&call_args)),
        _ => {
            let t = vm.type_name(number);
            Err(Exc::type_error(format!(
                "type {t} doesn't define __round__ method"
            )))
        }
    }
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "pow", &["base", "exp", "mod"])?;
    let base = args
        .get(0)
        .or_else(|| args.kwarg(vm, "base"))
        .ok_or_else(|| Exc::type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = args
        .get(1)
        .or_else(|| args.kwarg(vm, "exp"))
        .ok_or_else(|| Exc::type_error("pow() missing required argument 'exp' (pos 2)"))?;
    let m = args
        .get(2)
        .or_else(|| args.kwarg(vm, "mod"))
        .unwrap_or(Value::None);
    if m.is_none() {
        return vm.binary_pow(base, exp);
    }
    let (kb, ke, km) = (vm.kind(base), vm.kind(exp), vm.kind(m));
    if kb != Kind::Int || ke != Kind::Int || km != Kind::Int {
        // float's pow is reached (and refuses a modulus) when a float takes part; otherwise
        // no type implements three-argument pow for these operands.
        let num = |k: Kind| matches!(k, Kind::Int | Kind::Float);
        let float_pow =
            num(kb) && num(ke) && (kb == Kind::Float || ke == Kind::Float || km == Kind::Float);
        if float_pow {
            return Err(Exc::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        }
        let (tb, te, tm) = (vm.type_name(base), vm.type_name(exp), vm.type_name(m));
        return Err(Exc::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{tb}', '{te}', '{tm}'"
        )));
    }
    let (b, e, md) = (
        int::to_bigint(vm, base).unwrap_or_default(),
        int::to_bigint(vm, exp).unwrap_or_default(),
        int::to_bigint(vm, m).unwrap_or_default(),
    );
    if md.is_zero() {
        return Err(Exc::value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = md.abs();
    let mut base_r = b.mod_floor(&modulus);
    let mut e = e;
    if e.is_negative() {
        let inv = mod_inverse(&base_r, &modulus)
            .ok_or_else(|| Exc::value_error("base is not invertible for the given modulus"))?;
        base_r = inv;
        e = -e;
    }
    let mut r = base_r.modpow(&e, &modulus);
    if md.is_negative() && !r.is_zero() {
        r += &md;
    }
    vm.new_int_big(r)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.extended_gcd(m);
    if e.gcd != BigInt::from(1) {
        return None;
    }
    Some(e.x.mod_floor(m))
}

fn vars(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("vars", 0, 1)?;
    let Some(v) = args.get(0) else {
        return locals(vm, args);
    };
    match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Instance(_) => vm.instance_dict(id),
            Object::Class(_) | Object::Module(_) | Object::Function(_) => vm.getattr(v, "__dict__"),
            _ => Err(Exc::type_error(
                "vars() argument must have __dict__ attribute",
            )),
        },
        _ => Err(Exc::type_error(
            "vars() argument must have __dict__ attribute",
        )),
    }
}

fn dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("dir", 0, 1)?;
    let names = match args.get(0) {
        Some(v) => vm.dir_names(v),
        None => {
            let mut n = frame_locals(vm)
                .into_iter()
                .map(|(k, _)| k)
                .collect::<Vec<_>>();
            n.sort();
            n
        }
    };
    let mut vals = Vec::with_capacity(names.len());
    for n in names {
        vals.push(vm.new_str(n)?);
    }
    vm.new_list(vals)
}

/// The bound local names of the calling frame (module level: the globals).
fn frame_locals(vm: &Vm) -> Vec<(String, Value)> {
    let Some(frame) = vm.frames.last() else {
        return Vec::new();
    };
    let code = vm.code(frame.code);
    if code.kind == crate::bytecode::CodeKind::Module {
        return global_entries(vm);
    }
    let mut out = Vec::new();
    for (i, name) in code.varnames.iter().enumerate() {
        if name.starts_with('.') {
            continue;
        }
        let mut v = vm
            .stack
            .get(frame.base as usize + i)
            .copied()
            .unwrap_or(Value::Undefined);
        if let Value::Obj(id) = v {
            if matches!(vm.heap.get(id), Object::Cell(_)) && code.instrs.iter().any(|ins| matches!(ins, crate::bytecode::Instr::MakeCell(s) | crate::bytecode::Instr::LoadDeref(s) | crate::bytecode::Instr::StoreDeref(s) if *s as usize == i)) {
                v = vm.cell_get(v);
            }
        }
        if !v.is_undefined() {
            out.push((name.clone(), v));
        }
    }
    out
}

fn global_entries(vm: &Vm) -> Vec<(String, Value)> {
    vm.program
        .globals
        .iter()
        .enumerate()
        .filter(|(i, _)| !vm.globals[*i].is_undefined())
        .map(|(i, g)| (g.name.clone(), vm.globals[i]))
        .collect()
}

fn dict_of_pairs(vm: &mut Vm, pairs: Vec<(String, Value)>) -> PyResult<Value> {
    let mut d = crate::builtins::dict::Dict::new();
    for (k, v) in pairs {
        vm.dict_insert_str(&mut d, &k, v)?;
    }
    vm.new_dict(d)
}

fn globals(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("globals", 0, 0)?;
    let mut pairs = vec![("__name__".to_string(), vm.new_str("__main__".into())?)];
    pairs.extend(global_entries(vm));
    dict_of_pairs(vm, pairs)
}

fn locals(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let _ = args;
    let pairs = frame_locals(vm);
    dict_of_pairs(vm, pairs)
}

fn aiter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("aiter", 1, 1)?;
    let v = args.pos[0];
    if vm.gen_kind(v) == Some(crate::builtins::generator::GenKind::AsyncGenerator) {
        return Ok(v);
    }
    match vm.lookup_user(v, "__aiter__")? {
        Some(m) => vm.call(m, &[]),
        None => {
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "'{t}' object is not an async iterable"
            )))
        }
    }
}

fn anext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("anext", 1, 2)?;
    let v = args.pos[0];
    if vm.gen_kind(v) == Some(crate::builtins::generator::GenKind::AsyncGenerator) {
        return vm.async_gen_step_awaitable(v, Value::None);
    }
    match vm.lookup_user(v, "__anext__")? {
        Some(m) => vm.call(m, &[]),
        None => {
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "'{t}' object is not an async iterator"
            )))
        }
    }
}

fn refused_io(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::new(
        BuiltinType::PermissionError,
        "montybox has no file system or terminal access (sandbox); the host must provide data as inputs or functions",
    ))
}

fn refused_code(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::new(
        BuiltinType::NotImplementedError,
        "montybox does not support running or importing code dynamically (sandbox)",
    ))
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("exit", 0, 1)?;
    let code = args.get(0).unwrap_or(Value::None);
    let exc = vm.new_exception_args(
        Value::Type(BuiltinType::SystemExit),
        if code.is_none() { vec![] } else { vec![code] },
    )?;
    Err(Exc::Object(exc))
}

/// `reversed(seq)`.
pub fn reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("reversed")?;
    args.check_func("reversed", 1, 1)?;
    let v = args.pos[0];
    if let Some(m) = vm.lookup_user(v, "__reversed__")? {
        return vm.call(m, &[]);
    }
    let inner = vm.unwrap_builtin(v);
    if let Value::Obj(id) = inner {
        match vm.heap.get(id) {
            Object::List(items) => {
                let index = items.len() as i64 - 1;
                return vm.alloc(Object::Iter(Box::new(IterObj::ListReverse {
                    list: id,
                    index,
                })));
            }
            Object::Dict(_) => {
                return crate::builtins::dict_methods::reversed_iter(vm, id, DictViewKind::Keys)
            }
            Object::DictView(d, k) => {
                let (d, k) = (*d, *k);
                return crate::builtins::dict_methods::reversed_iter(vm, d, k);
            }
            Object::Range(r) => {
                let it = r.reversed_iter_obj();
                return vm.alloc(Object::Iter(Box::new(it)));
            }
            Object::Tuple(_) | Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_) => {
                let n = vm.len(inner)? as i64;
                return vm.alloc(Object::Iter(Box::new(IterObj::Reversed {
                    seq: inner,
                    index: n - 1,
                })));
            }
            _ => {}
        }
    }
    if vm.lookup_user(v, "__getitem__")?.is_some() {
        // The sequence protocol: without __len__ this raises CPython's "has no len()".
        let n = vm.len(v)? as i64;
        return vm.alloc(Object::Iter(Box::new(IterObj::Reversed {
            seq: v,
            index: n - 1,
        })));
    }
    let t = vm.type_name(v);
    Err(Exc::type_error(format!("'{t}' object is not reversible")))
}

/// `super()` and `super(type, obj)`.
pub fn super_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (ty, obj) = match args.len() {
        2 => (args.pos[0], args.pos[1]),
        0 => {
            let Some(frame) = vm.frames.last() else {
                return Err(Exc::runtime_error("super(): no arguments"));
            };
            let code = vm.code(frame.code);
            if code.argcount == 0 && !code.has_varargs {
                return Err(Exc::runtime_error("super(): no arguments"));
            }
            let Some(class_slot) = code.varnames.iter().position(|n| n == "__class__") else {
                return Err(Exc::runtime_error("super(): __class__ cell not found"));
            };
            let base = frame.base as usize;
            let mut first = vm.stack.get(base).copied().unwrap_or(Value::Undefined);
            let first_is_cell = code
                .instrs
                .iter()
                .any(|i| matches!(i, crate::bytecode::Instr::MakeCell(0)));
            if first_is_cell {
                first = vm.cell_get(first);
            }
            let cls = vm.cell_get(
                vm.stack
                    .get(base + class_slot)
                    .copied()
                    .unwrap_or(Value::Undefined),
            );
            if cls.is_undefined() {
                return Err(Exc::runtime_error("super(): empty __class__ cell"));
            }
            if first.is_undefined() {
                return Err(Exc::runtime_error("super(): arg[0] deleted"));
            }
            (cls, first)
        }
        1 => {
            return Err(Exc::type_error(
                "montybox does not support unbound super objects",
            ))
        }
        n => {
            return Err(Exc::type_error(format!(
                "super() takes at most 2 arguments ({n} given)"
            )))
        }
    };
    if !vm.is_class(ty) {
        let t = vm.type_name(ty);
        return Err(Exc::type_error(format!(
            "super() argument 1 must be a type, not {t}"
        )));
    }
    let ok = if vm.is_class(obj) {
        vm.is_subclass(obj, ty)
    } else {
        vm.isinstance_of(obj, ty)?
    };
    if !ok {
        return Err(Exc::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    vm.alloc(Object::Super(SuperObj { ty, obj }))
}

impl Vm {
    /// `a + b` from native code.
    pub fn binary_add(&mut self, a: Value, b: Value) -> PyResult<Value> {
        self.binary_native(crate::bytecode::BinOp::Add, a, b)
    }

    /// `a ** b` from native code.
    pub fn binary_pow(&mut self, a: Value, b: Value) -> PyResult<Value> {
        self.binary_native(crate::bytecode::BinOp::Pow, a, b)
    }

    /// A binary operator from native code (runs dunders to completion).
    pub fn binary_native(
        &mut self,
        op: crate::bytecode::BinOp,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        let depth = self.frames.len();
        match self.binary_op(op, a, b, false)? {
            crate::vm::Flow::Value(v) => Ok(v),
            crate::vm::Flow::Frame => self.run_nested_continuation(depth),
            _ => Ok(self.stack.pop().unwrap_or(Value::None)),
        }
    }
}
