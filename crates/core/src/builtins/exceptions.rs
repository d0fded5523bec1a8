//! Exception objects: the data every exception instance carries, and `BaseException` methods.

use serde::{Deserialize, Serialize};

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

/// One traceback entry: the code and instruction being executed in a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TbEntry {
    pub code: u32,
    pub ip: u32,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// Outermost frame first.
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    pub notes: Vec<Value>,
    /// The `exceptions` tuple of a `BaseExceptionGroup` (`None` for other exceptions).
    #[serde(default)]
    pub group: Value,
}

impl ExcData {
    pub fn new(args: Vec<Value>) -> ExcData {
        ExcData {
            args,
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            notes: Vec::new(),
            group: Value::None,
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.args.iter().for_each(|v| f(*v));
        f(self.cause);
        f(self.context);
        self.notes.iter().for_each(|v| f(*v));
        f(self.group);
    }
}

native_methods! {
    pub enum ExceptionMethod {
        WithTraceback => "with_traceback" => exc_with_traceback,
        AddNote => "add_note" => exc_add_note,
    }
}

fn exc_with_traceback(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("with_traceback", 1, 1)?;
    Ok(args.this())
}

fn exc_add_note(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("add_note", 1, 1)?;
    let note = args.pos[1];
    if vm.str_value(note).is_none() {
        let t = vm.type_name(note);
        return Err(crate::error::Exc::type_error(format!(
            "note must be a str, not '{t}'"
        )));
    }
    if let Some(id) = args.this().as_obj() {
        if let crate::heap::Object::Instance(inst) = vm.heap.get_mut(id) {
            if let Some(e) = inst.exc_mut() {
                e.notes.push(note);
            }
        }
    }
    Ok(Value::None)
}

// ---- BaseExceptionGroup / ExceptionGroup ----------------------------------------------------
//
// A group is an ordinary exception instance whose `args` are `(message, exceptions-as-given)`;
// its `exceptions` tuple is kept in `ExcData::group` (`message` is `args[0]`).

native_methods! {
    pub enum GroupMethod {
        Subgroup => "subgroup" => group_subgroup,
        Split => "split" => group_split,
        Derive => "derive" => group_derive,
    }
}

/// `BaseExceptionGroup(message, exceptions)` / `ExceptionGroup(...)`.
pub fn new_group(vm: &mut Vm, ty: BuiltinType, args: &Args) -> PyResult<Value> {
    let tname = ty.name();
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "{tname}() takes no keyword arguments"
        )));
    }
    if args.len() != 2 {
        return Err(Exc::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let (msg, seq) = (args.pos[0], args.pos[1]);
    if vm.str_value(msg).is_none() {
        let t = vm.type_name(msg);
        return Err(Exc::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {t}"
        )));
    }
    let items = match seq {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::List(items) | Object::Tuple(items) => items.to_vec(),
            _ => {
                return Err(Exc::type_error(
                    "second argument (exceptions) must be a sequence",
                ))
            }
        },
        _ => {
            return Err(Exc::type_error(
                "second argument (exceptions) must be a sequence",
            ))
        }
    };
    if items.is_empty() {
        return Err(Exc::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut all_exceptions = true;
    for (i, e) in items.iter().enumerate() {
        let is_exc = matches!(e, Value::Obj(id) if vm.is_exception_instance(*id));
        if !is_exc {
            return Err(Exc::value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        all_exceptions &= vm.exception_is(*e, BuiltinType::Exception);
    }
    let ty = match ty {
        BuiltinType::BaseExceptionGroup if all_exceptions => BuiltinType::ExceptionGroup,
        BuiltinType::ExceptionGroup if !all_exceptions => {
            return Err(Exc::type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ))
        }
        t => t,
    };
    let tuple = vm.new_tuple(items)?;
    let id = vm.new_exception_args(Value::Type(ty), vec![msg, seq])?;
    if let Object::Instance(i) = vm.heap.get_mut(id) {
        if let Some(d) = i.exc_mut() {
            d.group = tuple;
        }
    }
    Ok(Value::Obj(id))
}

/// The message and sub-exceptions of a group.
pub(crate) fn group_parts(vm: &Vm, g: Value) -> Option<(Value, Vec<Value>)> {
    let data = match vm.heap.get(g.as_obj()?) {
        Object::Instance(i) => i.exc()?,
        _ => return None,
    };
    let msg = *data.args.first()?;
    let excs = match data.group {
        Value::Obj(t) => match vm.heap.get(t) {
            Object::Tuple(items) => items.to_vec(),
            _ => return None,
        },
        _ => return None,
    };
    Some((msg, excs))
}

/// `str(group)`: "message (N sub-exceptions)".
pub fn group_str(vm: &mut Vm, g: Value) -> Option<String> {
    let (msg, excs) = group_parts(vm, g)?;
    let m = vm.str_value(msg)?;
    let n = excs.len();
    Some(format!(
        "{m} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    ))
}

fn parts_or_err(vm: &Vm, g: Value) -> PyResult<(Value, Vec<Value>)> {
    group_parts(vm, g).ok_or_else(|| Exc::type_error("expected an exception group"))
}

/// How `subgroup`/`split` select leaf exceptions.
enum Matcher {
    Types(Value),
    Predicate(Value),
}

fn matcher(vm: &mut Vm, cond: Value) -> PyResult<Matcher> {
    let is_exc_type = |vm: &Vm, v: Value| match v {
        Value::Type(t) => t.is_exception(),
        other => {
            vm.is_instance(other, BuiltinType::Type)
                && vm.is_subclass(other, Value::Type(BuiltinType::BaseException))
        }
    };
    if is_exc_type(vm, cond) {
        return Ok(Matcher::Types(cond));
    }
    if let Value::Obj(id) = cond {
        if let Object::Tuple(items) = vm.heap.get(id) {
            if items.iter().all(|t| is_exc_type(vm, *t)) {
                return Ok(Matcher::Types(cond));
            }
        } else if !vm.is_instance(cond, BuiltinType::Type)
            && crate::builtins::functions::is_callable(vm, cond)
        {
            return Ok(Matcher::Predicate(cond));
        }
    }
    Err(Exc::type_error(
        "expected a function, exception type or tuple of exception types",
    ))
}

fn matches(vm: &mut Vm, m: &Matcher, e: Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => {
            let types = match t {
                Value::Obj(id) => match vm.heap.get(*id) {
                    Object::Tuple(items) => items.to_vec(),
                    _ => vec![*t],
                },
                _ => vec![*t],
            };
            for ty in types {
                if vm.isinstance_of(e, ty)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Matcher::Predicate(f) => {
            let r = vm.call(*f, &[e])?;
            vm.truthy(r)
        }
    }
}

/// Builds a group like `g` (same message, traceback, cause, context, notes) holding `excs`.
fn derive_like(vm: &mut Vm, g: Value, excs: Vec<Value>) -> PyResult<Value> {
    let (msg, _) = parts_or_err(vm, g)?;
    let list = vm.new_list(excs)?;
    let new = new_group(
        vm,
        BuiltinType::BaseExceptionGroup,
        &Args::new(&[msg, list]),
    )?;
    let src = match g {
        Value::Obj(gid) => match vm.heap.get(gid) {
            Object::Instance(i) => i.exc().cloned(),
            _ => None,
        },
        _ => None,
    };
    if let (Some(src), Some(nid)) = (src, new.as_obj()) {
        if let Object::Instance(i) = vm.heap.get_mut(nid) {
            if let Some(d) = i.exc_mut() {
                d.traceback = src.traceback;
                d.cause = src.cause;
                d.context = src.context;
                d.suppress_context = src.suppress_context;
                d.notes = src.notes;
            }
        }
    }
    Ok(new)
}

/// Splits `g` into (matching, rest), either side `None` when empty; only a group matching as
/// a whole is returned itself, any other non-empty side is derived (as CPython does).
fn split_rec(
    vm: &mut Vm,
    g: Value,
    m: &Matcher,
    depth: usize,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, m, g)? {
        return Ok((Some(g), None));
    }
    if depth > 200 {
        return Err(Exc::new(
            BuiltinType::RecursionError,
            "maximum recursion depth exceeded while splitting an exception group",
        ));
    }
    let (_, excs) = parts_or_err(vm, g)?;
    let (mut yes, mut no) = (Vec::new(), Vec::new());
    for e in &excs {
        if group_parts(vm, *e).is_some() {
            let (a, b) = split_rec(vm, *e, m, depth + 1)?;
            yes.extend(a);
            no.extend(b);
        } else if matches(vm, m, *e)? {
            yes.push(*e);
        } else {
            no.push(*e);
        }
    }
    let side = |vm: &mut Vm, part: Vec<Value>| -> PyResult<Option<Value>> {
        if part.is_empty() {
            return Ok(None);
        }
        derive_like(vm, g, part).map(Some)
    };
    let a = side(vm, yes)?;
    let b = side(vm, no)?;
    Ok((a, b))
}

fn group_subgroup(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("subgroup", 1, 1)?;
    let m = matcher(vm, args.pos[1])?;
    let (a, _) = split_rec(vm, args.this(), &m, 0)?;
    Ok(a.unwrap_or(Value::None))
}

fn group_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("split", 1, 1)?;
    let m = matcher(vm, args.pos[1])?;
    let (a, b) = split_rec(vm, args.this(), &m, 0)?;
    vm.new_tuple(vec![a.unwrap_or(Value::None), b.unwrap_or(Value::None)])
}

fn group_derive(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("derive", 1, 1)?;
    let (msg, _) = parts_or_err(vm, args.this())?;
    new_group(
        vm,
        BuiltinType::BaseExceptionGroup,
        &Args::new(&[msg, args.pos[1]]),
    )
}
