//! Argument handling of the str methods with CPython's exact messages, which depend on how each
//! method is declared there (no arguments, one object, positional-only, keywords, or tuple
//! parsing) and on the C type each argument converts to.

use num_traits::Signed;

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The str object behind `v` (a str, or the payload of a str subclass instance).
pub fn str_id(vm: &Vm, v: Value) -> Option<ObjId> {
    match vm.unwrap_builtin(v) {
        Value::Obj(id) if matches!(vm.heap.get(id), Object::Str(_)) => Some(id),
        _ => None,
    }
}

/// The text of str object `id`.
#[inline]
pub fn text(vm: &Vm, id: ObjId) -> &str {
    match vm.heap.get(id) {
        Object::Str(s) => &s.s,
        _ => "",
    }
}

/// The receiver of a str method, as CPython's method descriptors check it.
pub fn receiver(vm: &Vm, args: &Args, name: &str) -> PyResult<ObjId> {
    let Some(&this) = args.pos.first() else {
        return Err(Exc::type_error(format!(
            "unbound method str.{name}() needs an argument"
        )));
    };
    str_id(vm, this).ok_or_else(|| {
        let t = vm.type_name(this);
        Exc::type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{t}' object"
        ))
    })
}

/// The receiver of a slot wrapper (`__add__`, `__len__`, ...).
pub fn slot_receiver(vm: &Vm, args: &Args, name: &str, nargs: usize) -> PyResult<ObjId> {
    let Some(&this) = args.pos.first() else {
        return Err(Exc::type_error(format!(
            "descriptor '{name}' of 'str' object needs an argument"
        )));
    };
    let id = str_id(vm, this).ok_or_else(|| {
        let t = vm.type_name(this);
        Exc::type_error(format!(
            "descriptor '{name}' requires a 'str' object but received a '{t}'"
        ))
    })?;
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let n = args.pos.len() - 1;
    if n != nargs {
        return Err(Exc::type_error(format!(
            "expected {nargs} argument{}, got {n}",
            plural(nargs)
        )));
    }
    Ok(id)
}

fn no_kw(args: &Args, name: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(Exc::type_error(format!(
            "str.{name}() takes no keyword arguments"
        )))
    }
}

/// A method without arguments (`upper()`).
pub fn noargs(vm: &Vm, args: &Args, name: &str) -> PyResult<ObjId> {
    let id = receiver(vm, args, name)?;
    no_kw(args, name)?;
    let n = args.pos.len() - 1;
    if n != 0 {
        return Err(Exc::type_error(format!(
            "str.{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(id)
}

/// A method of exactly one argument (`join(iterable)`).
pub fn one(vm: &Vm, args: &Args, name: &str) -> PyResult<(ObjId, Value)> {
    let id = receiver(vm, args, name)?;
    no_kw(args, name)?;
    let n = args.pos.len() - 1;
    match args.pos.get(1) {
        Some(&v) if n == 1 => Ok((id, v)),
        _ => Err(Exc::type_error(format!(
            "str.{name}() takes exactly one argument ({n} given)"
        ))),
    }
}

/// A positional-only method (`center(width, fillchar=' ', /)`); returns the arguments.
pub fn positional<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(ObjId, &'a [Value])> {
    let id = receiver(vm, args, name)?;
    no_kw(args, name)?;
    let rest = args.pos.get(1..).unwrap_or(&[]);
    check_positional(name, rest.len(), min, max)?;
    Ok((id, rest))
}

/// CPython's `_PyArg_CheckPositional` messages.
pub fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let (what, k) = if n < min {
        (if min == max { "" } else { "at least " }, min)
    } else if n > max {
        (if min == max { "" } else { "at most " }, max)
    } else {
        return Ok(());
    };
    Err(Exc::type_error(format!(
        "{name} expected {what}{k} argument{}, got {n}",
        plural(k)
    )))
}

/// A method parsed with a format string (`find(sub[, start[, end]])`).
pub fn varargs<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(ObjId, &'a [Value])> {
    let id = receiver(vm, args, name)?;
    // Called as `s.count(..., start=1)` the method descriptor rejects keywords, naming the
    // type; only a stored bound method (`f = s.count; f(start=1)`) would say `count()`.
    no_kw(args, name)?;
    let rest = args.pos.get(1..).unwrap_or(&[]);
    let n = rest.len();
    if n < min || n > max {
        let (what, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(Exc::type_error(format!(
            "{name}() takes {what} {k} argument{} ({n} given)",
            plural(k)
        )));
    }
    Ok((id, rest))
}

/// Matches positional and keyword arguments to `names` (all optional), as argument clinic does
/// for functions with keyword parameters. `skip` positional values (the receiver) come first.
pub fn keywords<const N: usize>(
    vm: &Vm,
    args: &Args,
    fname: &str,
    names: [&str; N],
    skip: usize,
) -> PyResult<[Option<Value>; N]> {
    let pos = args.pos.get(skip..).unwrap_or(&[]);
    let total = pos.len() + args.kw.len();
    if total > N {
        return Err(Exc::type_error(format!(
            "{fname}() takes at most {N} {}argument{} ({total} given)",
            if pos.is_empty() { "keyword " } else { "" },
            plural(N)
        )));
    }
    let mut out = [None; N];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(*v);
    }
    for (i, name) in names.iter().enumerate() {
        let found = args.kw.iter().find(|(k, _)| vm.str_eq_literal(*k, name));
        if let Some((_, v)) = found {
            if i < pos.len() {
                return Err(Exc::type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            out[i] = Some(*v);
        }
    }
    for (k, _) in &args.kw {
        let kname = vm.as_str(*k).unwrap_or("");
        if !names.contains(&kname) {
            return Err(Exc::type_error(format!(
                "'{kname}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(out)
}

/// A method with keyword parameters: the receiver and the matched arguments.
pub fn method_keywords<const N: usize>(
    vm: &Vm,
    args: &Args,
    name: &str,
    names: [&str; N],
) -> PyResult<(ObjId, [Option<Value>; N])> {
    let id = receiver(vm, args, name)?;
    Ok((id, keywords(vm, args, name, names, 1)?))
}

/// The name CPython's argument errors give a value's type (`None` for None).
pub fn arg_type_name(vm: &Vm, v: Value) -> String {
    if v.is_none() {
        "None".into()
    } else {
        vm.type_name(v)
    }
}

/// A str argument of a clinic function: `replace() argument 1 must be str, not int` (`which`
/// is `argument 1`, `argument 'encoding'` or just `argument`).
pub fn str_param(vm: &Vm, v: Value, func: &str, which: &str) -> PyResult<ObjId> {
    str_id(vm, v).ok_or_else(|| {
        let t = arg_type_name(vm, v);
        Exc::type_error(format!("{func}() {which} must be str, not {t}"))
    })
}

/// A str argument checked with the plain message `must be str, not int`.
pub fn str_plain(vm: &Vm, v: Value) -> PyResult<ObjId> {
    str_id(vm, v).ok_or_else(|| {
        let t = vm.type_name(v);
        Exc::type_error(format!("must be str, not {t}"))
    })
}

/// A `Py_ssize_t` argument: `__index__`, with OverflowError beyond 64 bits.
pub fn ssize(vm: &mut Vm, v: Value) -> PyResult<i64> {
    vm.index_value(v).map_err(|e| match e {
        Exc::New(BuiltinType::IndexError, m) if m.starts_with("cannot fit") => {
            Exc::overflow_error("Python int too large to convert to C ssize_t")
        }
        e => e,
    })
}

/// A C `int` argument.
pub fn c_int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let n = vm.index_value(v).map_err(|e| match e {
        Exc::New(BuiltinType::IndexError, m) if m.starts_with("cannot fit") => {
            Exc::overflow_error("Python int too large to convert to C int")
        }
        e => e,
    })?;
    if i32::try_from(n).is_err() {
        return Err(Exc::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    Ok(n)
}

/// A slice-style index (`find`'s start and end): None means absent, and ints beyond 64 bits
/// clamp instead of failing.
pub fn slice_index(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    let v = match v {
        Value::Int(_) | Value::Bool(_) => v,
        Value::Obj(id) if matches!(vm.heap.get(id), Object::BigInt(_)) => v,
        _ => match vm.lookup_user(v, "__index__")? {
            Some(m) => vm.call(m, &[])?,
            None => match vm.payload(v) {
                Some(p) if vm.kind(p) == crate::vm::ops::Kind::Int => p,
                _ => {
                    return Err(Exc::type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ))
                }
            },
        },
    };
    match v {
        Value::Int(i) => Ok(Some(i)),
        Value::Bool(b) => Ok(Some(b as i64)),
        _ => match crate::builtins::int::to_bigint(vm, v) {
            Some(b) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
            None => Err(Exc::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
    }
}

/// CPython's `ADJUST_INDICES`: resolves `start`/`end` against a length of `len` characters.
/// The results may be out of order (start > end) but lie in `0..=len` except `start`, which may
/// exceed `len`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}
