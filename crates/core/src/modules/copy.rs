//! `copy`: shallow and deep copies, following CPython's `copy` module: immutable values are
//! returned as is, `__copy__`/`__deepcopy__` hooks are honoured, containers are copied directly,
//! and other instances are rebuilt the way `__reduce_ex__(4)` describes them (`cls.__new__`,
//! then `__setstate__` or `__dict__.update`, then list/dict items).
//!
//! Supported: `copy`, `deepcopy` (with a `memo` dict keyed by `id()`, cycles, user classes with
//! `__copy__`/`__deepcopy__`/`__getstate__`/`__setstate__`/`__reduce__`/`__reduce_ex__`,
//! subclasses of built-in types, namedtuples, the `collections` classes), `Error`/`error`.
//! Deep copies run on an explicit work stack, so deep nesting raises CPython's `RecursionError`
//! at the depth CPython would instead of overflowing the native stack.
//! Not supported: `dispatch_table`/`copyreg` registration; copying generators, iterators and
//! modules raises `TypeError` ("cannot pickle ...") as CPython does for most of them.

use crate::builtins::class::{Attrs, Instance, Payload};
use crate::builtins::dict::Dict;
use crate::builtins::function::BoundMethod;
use crate::builtins::functions::Func;
use crate::builtins::{Args, Builtin};
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::modules::native::NativeData;
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum CopyFn {
        Copy => "copy" => copy,
        DeepCopy => "deepcopy" => deepcopy,
    }
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let err = vm.std_class("copy.Error", |vm| {
        vm.new_exception_class("Error", "copy", Value::Type(BuiltinType::Exception))
    })?;
    Ok(vec![
        ("copy", func_value(ModuleFn::Copy(CopyFn::Copy))),
        ("deepcopy", func_value(ModuleFn::Copy(CopyFn::DeepCopy))),
        ("Error", err),
        ("error", err),
    ])
}

/// How to treat a value.
enum Class {
    /// Returned as is (immutable, or a function/class).
    Atomic,
    Tuple,
    List,
    Dict,
    Set(bool),
    ByteArray,
    Method,
    Instance,
    /// Cannot be copied (CPython's pickling error).
    Unsupported,
}

fn classify(vm: &Vm, x: Value) -> Class {
    let Value::Obj(id) = x else {
        return Class::Atomic;
    };
    match vm.heap.get(id) {
        Object::Str(_)
        | Object::Bytes(_)
        | Object::BigInt(_)
        | Object::Range(_)
        | Object::Slice(_)
        | Object::Function(_)
        | Object::Class(_)
        | Object::Property(_)
        | Object::StaticMethod(_)
        | Object::ClassMethod(_)
        | Object::External(_) => Class::Atomic,
        Object::Tuple(_) => Class::Tuple,
        Object::List(_) => Class::List,
        Object::Dict(_) => Class::Dict,
        Object::Set(_) => Class::Set(false),
        Object::FrozenSet(_) => Class::Set(true),
        Object::ByteArray(_) => Class::ByteArray,
        Object::BoundMethod(_) => Class::Method,
        Object::Instance(_) => Class::Instance,
        _ => Class::Unsupported,
    }
}

fn cannot_pickle(vm: &Vm, x: Value) -> Exc {
    Exc::type_error(format!("cannot pickle '{}' object", vm.type_name(x)))
}

fn id_of(vm: &mut Vm, x: Value) -> PyResult<Value> {
    vm.call_builtin(Builtin::Func(Func::Id), &Args::new(&[x]))
}

/// A user-level (Python) definition of `name` on `x`'s class, bound to `x`.
fn python_method(vm: &mut Vm, x: Value, name: &str) -> PyResult<Option<Value>> {
    let cls = vm.type_of(x);
    match vm.lookup_in_namespaces(cls, name) {
        Some(m) if !matches!(m, Value::Builtin(_)) && !m.is_none() => {
            vm.bind_class_attr(m, x, cls).map(Some)
        }
        _ => Ok(None),
    }
}

// ---- reconstruction plans ------------------------------------------------------------------

/// What `__reduce_ex__(4)` would say about an instance: `func(*pre, *args)` rebuilds it, then
/// `state` is applied and the items are added.
struct Plan {
    func: Value,
    /// Leading arguments that are not copied (the class for `__new__`).
    pre: Vec<Value>,
    /// Arguments copied (deeply for `deepcopy`).
    args: Vec<Value>,
    state: Option<Value>,
    list_items: Vec<Value>,
    dict_items: Vec<(Value, Value)>,
}

impl Plan {
    fn new(func: Value) -> Plan {
        Plan {
            func,
            pre: Vec::new(),
            args: Vec::new(),
            state: None,
            list_items: Vec::new(),
            dict_items: Vec::new(),
        }
    }
}

fn items_of(vm: &Vm, v: Value) -> Vec<Value> {
    match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::List(l) | Object::Tuple(l) => l.clone(),
            Object::Set(s) | Object::FrozenSet(s) => s.keys().collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn dict_entries(vm: &Vm, v: Value) -> Vec<(Value, Value)> {
    match vm.dict_id(v).map(|id| vm.heap.get(id)) {
        Some(Object::Dict(d)) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    }
}

/// The instance's `__dict__` when it has attributes (what `object.__getstate__` returns).
fn default_state(vm: &mut Vm, x: Value) -> PyResult<Option<Value>> {
    if let Some(m) = python_method(vm, x, "__getstate__")? {
        let s = vm.call(m, &[])?;
        return Ok(if s.is_none() { None } else { Some(s) });
    }
    let Value::Obj(id) = x else { return Ok(None) };
    let empty = match vm.heap.get(id) {
        Object::Instance(i) => match &i.attrs {
            Attrs::Inline(d) => d.is_empty(),
            Attrs::Shared(d) => match vm.heap.get(*d) {
                Object::Dict(dd) => dd.is_empty(),
                _ => true,
            },
        },
        _ => true,
    };
    if empty {
        return Ok(None);
    }
    vm.instance_dict(id).map(Some)
}

fn new_of(vm: &mut Vm, cls: Value) -> PyResult<Value> {
    vm.getattr(cls, "__new__")
}

/// Parses what a user `__reduce__`/`__reduce_ex__` returned.
fn plan_from_reduce(vm: &mut Vm, x: Value, rv: Value) -> PyResult<Option<Plan>> {
    if vm.str_value(rv).is_some() {
        return Ok(None);
    }
    let Some(parts) = vm
        .seq_items(rv)
        .filter(|_| vm.kind(rv) == crate::vm::ops::Kind::Tuple)
    else {
        if !vm.is_iterable(rv)? {
            let t = vm.type_name(rv);
            return Err(Exc::type_error(format!(
                "Value after * must be an iterable, not {t}"
            )));
        }
        return Err(Exc::type_error("__reduce__ must return a string or tuple"));
    };
    if !(2..=5).contains(&parts.len()) {
        return Err(Exc::type_error(
            "tuple returned by __reduce__ must contain 2 through 5 elements",
        ));
    }
    let _ = x;
    let mut plan = Plan::new(parts[0]);
    plan.args = vm.collect(parts[1])?;
    plan.state = parts.get(2).copied().filter(|v| !v.is_none());
    if let Some(li) = parts.get(3).copied().filter(|v| !v.is_none()) {
        plan.list_items = vm.collect(li)?;
    }
    if let Some(di) = parts.get(4).copied().filter(|v| !v.is_none()) {
        for pair in vm.collect(di)? {
            let kv = vm.collect(pair)?;
            if kv.len() != 2 {
                return Err(Exc::value_error("not enough values to unpack (expected 2)"));
            }
            plan.dict_items.push((kv[0], kv[1]));
        }
    }
    Ok(Some(plan))
}

/// How to rebuild instance `x` (None: `x` is its own copy).
fn plan_for(vm: &mut Vm, x: Value) -> PyResult<Option<Plan>> {
    let Value::Obj(id) = x else { return Ok(None) };
    let cls = vm.type_of(x);
    if let Some(m) = python_method(vm, x, "__reduce_ex__")? {
        let rv = vm.call(m, &[Value::Int(4)])?;
        return plan_from_reduce(vm, x, rv);
    }
    if let Some(m) = python_method(vm, x, "__reduce__")? {
        let rv = vm.call(m, &[])?;
        return plan_from_reduce(vm, x, rv);
    }
    let payload = match vm.heap.get(id) {
        Object::Instance(i) => match &i.payload {
            Payload::None => None,
            Payload::Builtin(p) => Some(*p),
            Payload::Exception(e) => {
                let args = e.args.clone();
                let mut plan = Plan::new(cls);
                plan.args = args;
                plan.state = default_state(vm, x)?;
                return Ok(Some(plan));
            }
            Payload::Native(_) => return Ok(None),
        },
        _ => return Ok(None),
    };
    let Some(p) = payload else {
        let mut plan = Plan::new(new_of(vm, cls)?);
        plan.pre = vec![cls];
        plan.state = default_state(vm, x)?;
        return Ok(Some(plan));
    };
    match classify(vm, p) {
        Class::Dict => {
            let counter = crate::modules::collections::counter_class(vm)?;
            let ordered = crate::modules::collections::ordereddict_class(vm)?;
            let dd = crate::modules::collections::defaultdict_class(vm)?;
            if vm.is_subclass(cls, dd) {
                let factory = vm.getattr_opt(x, "default_factory")?.unwrap_or(Value::None);
                let mut plan = Plan::new(cls);
                plan.args = vec![factory];
                plan.dict_items = dict_entries(vm, p);
                return Ok(Some(plan));
            }
            if vm.is_subclass(cls, counter) {
                let plain = vm.new_dict(match vm.heap.get(p.as_obj().unwrap_or(id)) {
                    Object::Dict(d) => d.clone(),
                    _ => Dict::new(),
                })?;
                let mut plan = Plan::new(cls);
                plan.args = vec![plain];
                return Ok(Some(plan));
            }
            let mut plan = if vm.is_subclass(cls, ordered) {
                Plan::new(cls)
            } else {
                let mut pl = Plan::new(new_of(vm, cls)?);
                pl.pre = vec![cls];
                pl
            };
            plan.state = default_state(vm, x)?;
            plan.dict_items = dict_entries(vm, p);
            Ok(Some(plan))
        }
        Class::List => {
            let mut plan = Plan::new(new_of(vm, cls)?);
            plan.pre = vec![cls];
            plan.state = default_state(vm, x)?;
            plan.list_items = items_of(vm, p);
            Ok(Some(plan))
        }
        Class::Tuple => {
            let mut plan = Plan::new(new_of(vm, cls)?);
            plan.pre = vec![cls];
            plan.args = if vm.lookup_in_namespaces(cls, "__getnewargs__").is_some() {
                items_of(vm, p)
            } else {
                vec![p]
            };
            plan.state = default_state(vm, x)?;
            Ok(Some(plan))
        }
        Class::Set(_) => {
            let mut plan = Plan::new(cls);
            let l = vm.new_list(items_of(vm, p))?;
            plan.args = vec![l];
            plan.state = default_state(vm, x)?;
            Ok(Some(plan))
        }
        _ => {
            let mut plan = Plan::new(new_of(vm, cls)?);
            plan.pre = vec![cls];
            plan.args = vec![p];
            plan.state = default_state(vm, x)?;
            Ok(Some(plan))
        }
    }
}

/// A copy of a native-state instance: the deque is rebuilt from its items (so its mutation
/// state is fresh); other native objects get a clone of their state.
fn native_plan(vm: &mut Vm, x: Value) -> PyResult<Option<Plan>> {
    let cls = vm.type_of(x);
    if let Some(NativeData::Collections(s)) = vm.native_data(x) {
        if let crate::modules::collections::State::Deque(d) = s.as_ref() {
            let items: Vec<Value> = d.items.iter().copied().collect();
            let maxlen = d
                .maxlen
                .map(|m| Value::Int(m as i64))
                .unwrap_or(Value::None);
            let mut plan = Plan::new(cls);
            let empty = vm.new_tuple(Vec::new())?;
            plan.pre = vec![empty, maxlen];
            plan.list_items = items;
            plan.state = default_state(vm, x)?;
            return Ok(Some(plan));
        }
    }
    Ok(None)
}

fn clone_native(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let Value::Obj(id) = x else { return Ok(x) };
    // An lru_cache wrapper is its own copy, as in CPython.
    if let Some(NativeData::Functools(s)) = vm.native_data(x) {
        if matches!(s.as_ref(), crate::modules::functools::State::Lru { .. }) {
            return Ok(x);
        }
    }
    let inst = match vm.heap.get(id) {
        Object::Instance(i) => (**i).clone(),
        _ => return Ok(x),
    };
    let attrs = match &inst.attrs {
        Attrs::Inline(d) => d.clone(),
        Attrs::Shared(d) => match vm.heap.get(*d) {
            Object::Dict(dd) => dd.clone(),
            _ => Dict::new(),
        },
    };
    let copy = Instance {
        class: inst.class,
        attrs: Attrs::Inline(attrs),
        payload: inst.payload,
    };
    vm.alloc(Object::Instance(Box::new(copy)))
}

/// Applies a reconstructed object's state (`__setstate__`, or `__dict__.update`).
fn apply_state(vm: &mut Vm, y: Value, state: Value) -> PyResult<()> {
    if let Some(m) = python_method(vm, y, "__setstate__")? {
        vm.call(m, &[state])?;
        return Ok(());
    }
    let (state, slotstate) = match vm.seq_items(state) {
        Some(parts) if parts.len() == 2 && vm.kind(state) == crate::vm::ops::Kind::Tuple => {
            (parts[0], Some(parts[1]))
        }
        _ => (state, None),
    };
    if !state.is_none() {
        let Value::Obj(yid) = y else {
            return Err(Exc::attribute_error("object has no attribute '__dict__'"));
        };
        if !matches!(vm.heap.get(yid), Object::Instance(_)) {
            let t = vm.type_name(y);
            return Err(Exc::attribute_error(format!(
                "'{t}' object has no attribute '__dict__'"
            )));
        }
        let d = vm.instance_dict(yid)?;
        let did = d.as_obj().ok_or_else(|| Exc::internal("instance dict"))?;
        crate::builtins::dict_methods::update_from(vm, did, state)?;
    }
    if let Some(ss) = slotstate.filter(|v| !v.is_none()) {
        for (k, v) in dict_entries(vm, ss) {
            let name = vm.str_value(k).unwrap_or_default();
            vm.setattr(y, &name, v)?;
        }
    }
    Ok(())
}

fn append_item(vm: &mut Vm, y: Value, item: Value) -> PyResult<()> {
    if let Value::Obj(id) = y {
        if matches!(vm.heap.get(id), Object::List(_)) {
            return vm.list_append(y, item);
        }
    }
    let m = vm.getattr(y, "append")?;
    vm.call(m, &[item])?;
    Ok(())
}

fn build(vm: &mut Vm, func: Value, pre: &[Value], args: &[Value]) -> PyResult<Value> {
    let mut all = Vec::with_capacity(pre.len() + args.len());
    all.extend_from_slice(pre);
    all.extend_from_slice(args);
    vm.call(func, &all)
}

// ---- copy.copy -----------------------------------------------------------------------------

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "copy", &["x"])?;
    if let (0, Some(x)) = (args.len(), args.kwarg(vm, "x")) {
        return shallow(vm, x);
    }
    if args.is_empty() {
        return Err(Exc::type_error(
            "copy() missing 1 required positional argument: 'x'",
        ));
    }
    if args.len() != 1 {
        return Err(Exc::type_error(format!(
            "copy() takes 1 positional argument but {} were given",
            args.len()
        )));
    }
    shallow(vm, args.pos[0])
}

/// `copy.copy(x)`.
pub fn shallow(vm: &mut Vm, x: Value) -> PyResult<Value> {
    match classify(vm, x) {
        Class::Atomic | Class::Tuple | Class::Method | Class::Set(true) => Ok(x),
        Class::List => {
            let items = items_of(vm, x);
            vm.new_list(items)
        }
        Class::Dict => {
            let d = match vm
                .heap
                .get(x.as_obj().ok_or_else(|| Exc::internal("dict"))?)
            {
                Object::Dict(d) => d.clone(),
                _ => Dict::new(),
            };
            vm.new_dict(d)
        }
        Class::Set(false) => {
            let items = items_of(vm, x);
            vm.new_set_from(&items, false)
        }
        Class::ByteArray => match vm.heap.get(x.as_obj().ok_or_else(|| Exc::internal("ba"))?) {
            Object::ByteArray(b) => {
                let b = b.clone();
                vm.alloc(Object::ByteArray(b))
            }
            _ => Ok(x),
        },
        Class::Unsupported => Err(cannot_pickle(vm, x)),
        Class::Instance => {
            let cls = vm.type_of(x);
            if let Some((m, _)) = vm.mro_lookup(cls, crate::vm::attr::Name::new("__copy__"), 0) {
                if !m.is_none() {
                    let bound = vm.bind_class_attr(m, x, cls)?;
                    return vm.call(bound, &[]);
                }
            }
            let plan = match vm.native_data(x) {
                Some(_) => match native_plan(vm, x)? {
                    Some(p) => Some(p),
                    None => return clone_native(vm, x),
                },
                None => plan_for(vm, x)?,
            };
            let Some(plan) = plan else { return Ok(x) };
            let y = build(vm, plan.func, &plan.pre, &plan.args)?;
            if let Some(s) = plan.state {
                apply_state(vm, y, s)?;
            }
            for item in plan.list_items {
                append_item(vm, y, item)?;
            }
            for (k, v) in plan.dict_items {
                vm.setitem(y, k, v)?;
            }
            Ok(y)
        }
    }
}

// ---- copy.deepcopy -----------------------------------------------------------------------------

/// One step of the deep-copy machine. Results go to a value stack; objects under
/// reconstruction to an object stack.
enum Task {
    /// Copy a value; `depth` counts the Python frames CPython's recursion would have used.
    Copy(Value, usize),
    Push(Value),
    ListAppend(Value),
    DictSet(Value),
    Tuple {
        orig: Value,
        n: usize,
    },
    Set {
        orig: Value,
        n: usize,
        frozen: bool,
    },
    Method {
        orig: Value,
        func: Value,
    },
    Construct {
        orig: Value,
        func: Value,
        pre: Vec<Value>,
        nargs: usize,
    },
    State,
    Append,
    SetItem,
    Finish,
}

fn deepcopy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "deepcopy", &["x", "memo", "_nil"])?;
    if args.is_empty() && args.kwarg(vm, "x").is_none() {
        return Err(Exc::type_error(
            "deepcopy() missing 1 required positional argument: 'x'",
        ));
    }
    if args.len() > 3 {
        return Err(Exc::type_error(format!(
            "deepcopy() takes from 1 to 3 positional arguments but {} were given",
            args.len()
        )));
    }
    let x = args
        .get(0)
        .or_else(|| args.kwarg(vm, "x"))
        .unwrap_or(Value::None);
    let memo = match args.get(1).or_else(|| args.kwarg(vm, "memo")) {
        Some(m) if !m.is_none() => m,
        _ => vm.new_dict(Dict::new())?,
    };
    let Some(memo_id) = vm.dict_id(memo) else {
        let t = vm.type_name(memo);
        return Err(Exc::attribute_error(format!(
            "'{t}' object has no attribute 'get'"
        )));
    };
    deep(vm, x, memo, memo_id)
}

fn recursion_error() -> Exc {
    Exc::new(
        BuiltinType::RecursionError,
        "maximum recursion depth exceeded while calling a Python object",
    )
}

/// `copy.deepcopy(x, memo)`.
pub fn deep(vm: &mut Vm, x: Value, memo: Value, memo_id: ObjId) -> PyResult<Value> {
    let limit = vm
        .limits
        .max_recursion_depth
        .saturating_sub(2)
        .saturating_sub(vm.frames.len());
    let mut tasks: Vec<Task> = vec![Task::Copy(x, 0)];
    let mut results: Vec<Value> = Vec::new();
    let mut objs: Vec<Value> = Vec::new();
    let mut steps = 0u32;
    while let Some(task) = tasks.pop() {
        steps = steps.wrapping_add(1);
        if steps.is_multiple_of(4096) {
            vm.check_limits()?;
        }
        match task {
            Task::Copy(x, depth) => {
                if depth + 1 > limit {
                    return Err(recursion_error());
                }
                let class = classify(vm, x);
                if matches!(class, Class::Atomic) {
                    results.push(x);
                    continue;
                }
                let key = id_of(vm, x)?;
                if let Some(y) = vm.dict_get(memo_id, key)? {
                    results.push(y);
                    continue;
                }
                match class {
                    Class::Atomic => results.push(x),
                    Class::Unsupported => return Err(cannot_pickle(vm, x)),
                    Class::List => {
                        let items = items_of(vm, x);
                        let y = vm.new_list(Vec::with_capacity(items.len()))?;
                        vm.dict_set(memo_id, key, y)?;
                        tasks.push(Task::Push(y));
                        for item in items.into_iter().rev() {
                            tasks.push(Task::ListAppend(y));
                            tasks.push(Task::Copy(item, depth + 2));
                        }
                    }
                    Class::Dict => {
                        let entries = dict_entries(vm, x);
                        let y = vm.new_dict(Dict::new())?;
                        vm.dict_set(memo_id, key, y)?;
                        tasks.push(Task::Push(y));
                        for (k, v) in entries.into_iter().rev() {
                            tasks.push(Task::DictSet(y));
                            tasks.push(Task::Copy(v, depth + 2));
                            tasks.push(Task::Copy(k, depth + 2));
                        }
                    }
                    Class::Tuple => {
                        let items = items_of(vm, x);
                        tasks.push(Task::Tuple {
                            orig: x,
                            n: items.len(),
                        });
                        for item in items.into_iter().rev() {
                            tasks.push(Task::Copy(item, depth + 3));
                        }
                    }
                    Class::Set(frozen) => {
                        let items = items_of(vm, x);
                        tasks.push(Task::Set {
                            orig: x,
                            n: items.len(),
                            frozen,
                        });
                        for item in items.into_iter().rev() {
                            tasks.push(Task::Copy(item, depth + 6));
                        }
                    }
                    Class::ByteArray => {
                        let y = shallow(vm, x)?;
                        vm.dict_set(memo_id, key, y)?;
                        results.push(y);
                    }
                    Class::Method => {
                        let (func, recv) = match vm.heap.get(x.as_obj().unwrap_or(ObjId(0))) {
                            Object::BoundMethod(m) => (m.func, m.receiver),
                            _ => (Value::None, Value::None),
                        };
                        tasks.push(Task::Method { orig: x, func });
                        tasks.push(Task::Copy(recv, depth + 2));
                    }
                    Class::Instance => {
                        if let Some(copier) = vm.getattr_opt(x, "__deepcopy__")? {
                            if !copier.is_none() {
                                let y = vm.call(copier, &[memo])?;
                                if !y.is(x) {
                                    vm.dict_set(memo_id, key, y)?;
                                }
                                results.push(y);
                                continue;
                            }
                        }
                        let plan = if vm.native_data(x).is_some() {
                            match native_plan(vm, x)? {
                                Some(p) => Some(p),
                                None => {
                                    let y = clone_native(vm, x)?;
                                    vm.dict_set(memo_id, key, y)?;
                                    results.push(y);
                                    continue;
                                }
                            }
                        } else {
                            plan_for(vm, x)?
                        };
                        let Some(plan) = plan else {
                            results.push(x);
                            continue;
                        };
                        tasks.push(Task::Finish);
                        for (k, v) in plan.dict_items.into_iter().rev() {
                            tasks.push(Task::SetItem);
                            tasks.push(Task::Copy(v, depth + 2));
                            tasks.push(Task::Copy(k, depth + 2));
                        }
                        for item in plan.list_items.into_iter().rev() {
                            tasks.push(Task::Append);
                            tasks.push(Task::Copy(item, depth + 2));
                        }
                        if let Some(s) = plan.state {
                            tasks.push(Task::State);
                            tasks.push(Task::Copy(s, depth + 2));
                        }
                        tasks.push(Task::Construct {
                            orig: x,
                            func: plan.func,
                            pre: plan.pre,
                            nargs: plan.args.len(),
                        });
                        for a in plan.args.into_iter().rev() {
                            tasks.push(Task::Copy(a, depth + 3));
                        }
                    }
                }
            }
            Task::Push(v) => results.push(v),
            Task::ListAppend(y) => {
                let v = results
                    .pop()
                    .ok_or_else(|| Exc::internal("deepcopy stack"))?;
                vm.list_append(y, v)?;
            }
            Task::DictSet(y) => {
                let v = results
                    .pop()
                    .ok_or_else(|| Exc::internal("deepcopy stack"))?;
                let k = results
                    .pop()
                    .ok_or_else(|| Exc::internal("deepcopy stack"))?;
                vm.dict_setitem(y, k, v)?;
            }
            Task::Tuple { orig, n } => {
                let start = results
                    .len()
                    .checked_sub(n)
                    .ok_or_else(|| Exc::internal("deepcopy stack"))?;
                let copied: Vec<Value> = results.split_off(start);
                let key = id_of(vm, orig)?;
                if let Some(y) = vm.dict_get(memo_id, key)? {
                    results.push(y);
                    continue;
                }
                let originals = items_of(vm, orig);
                let same = originals.iter().zip(copied.iter()).all(|(a, b)| a.is(*b));
                if same {
                    results.push(orig);
                } else {
                    let y = vm.new_tuple(copied)?;
                    vm.dict_set(memo_id, key, y)?;
                    results.push(y);
                }
            }
            Task::Set { orig, n, frozen } => {
                let start = results
                    .len()
                    .checked_sub(n)
                    .ok_or_else(|| Exc::internal("deepcopy stack"))?;
                let copied: Vec<Value> = results.split_off(start);
                let y = vm.new_set_from(&copied, frozen)?;
                let key = id_of(vm, orig)?;
                vm.dict_set(memo_id, key, y)?;
                results.push(y);
            }
            Task::Method { orig, func } => {
                let recv = results
                    .pop()
                    .ok_or_else(|| Exc::internal("deepcopy stack"))?;
                let y = vm.alloc(Object::BoundMethod(BoundMethod {
                    func,
                    receiver: recv,
                }))?;
                let key = id_of(vm, orig)?;
                vm.dict_set(memo_id, key, y)?;
                results.push(y);
            }
            Task::Construct {
                orig,
                func,
                pre,
                nargs,
            } => {
                let start = results
                    .len()
                    .checked_sub(nargs)
                    .ok_or_else(|| Exc::internal("deepcopy stack"))?;
                let copied: Vec<Value> = results.split_off(start);
                let y = build(vm, func, &pre, &copied)?;
                let key = id_of(vm, orig)?;
                vm.dict_set(memo_id, key, y)?;
                objs.push(y);
            }
            Task::State => {
                let s = results
                    .pop()
                    .ok_or_else(|| Exc::internal("deepcopy stack"))?;
                let y = *objs.last().ok_or_else(|| Exc::internal("deepcopy stack"))?;
                apply_state(vm, y, s)?;
            }
            Task::Append => {
                let v = results
                    .pop()
                    .ok_or_else(|| Exc::internal("deepcopy stack"))?;
                let y = *objs.last().ok_or_else(|| Exc::internal("deepcopy stack"))?;
                append_item(vm, y, v)?;
            }
            Task::SetItem => {
                let v = results
                    .pop()
                    .ok_or_else(|| Exc::internal("deepcopy stack"))?;
                let k = results
                    .pop()
                    .ok_or_else(|| Exc::internal("deepcopy stack"))?;
                let y = *objs.last().ok_or_else(|| Exc::internal("deepcopy stack"))?;
                vm.setitem(y, k, v)?;
            }
            Task::Finish => {
                let y = objs.pop().ok_or_else(|| Exc::internal("deepcopy stack"))?;
                results.push(y);
            }
        }
    }
    results
        .pop()
        .ok_or_else(|| Exc::internal("deepcopy result"))
}
