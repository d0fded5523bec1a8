//! `functools`: higher-order functions and caching, as in CPython 3.11.
//!
//! Supported: `reduce`, `partial` (attributes `func`/`args`/`keywords`, nested partials flattened,
//! CPython's repr), `lru_cache` (`@lru_cache`, `@lru_cache(maxsize=..., typed=...)`,
//! `cache_info()`, `cache_clear()`, `cache_parameters()`, `__wrapped__`, CPython's key rules:
//! keyword order matters, a lone `int`/`str` argument is its own key), `cache`, `wraps`,
//! `update_wrapper`, `WRAPPER_ASSIGNMENTS`, `WRAPPER_UPDATES`, `cmp_to_key`, `total_ordering`,
//! `cached_property`, `singledispatch` (registration by class or by the first parameter's
//! annotation; dispatch along the MRO, then registered ABCs).
//! Calls through a `partial` or a cache miss of an `lru_cache` function made from Python code
//! continue as ordinary frames, so recursion through them is limited like plain recursion.
//! Not supported: `partialmethod`, `singledispatchmethod`, union types in
//! `singledispatch.register`, pickling.

use serde::{Deserialize, Serialize};

use crate::builtins::dict::Dict;
use crate::builtins::function::BoundMethod;
use crate::builtins::functions::is_callable;
use crate::builtins::Args;
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::operator::kwargs_repr;
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

/// The state of `functools` objects.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum State {
    Partial {
        func: Value,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    },
    Lru {
        func: Value,
        /// A dict from key to result, least recently used first.
        cache: Value,
        maxsize: Option<usize>,
        typed: bool,
        hits: u64,
        misses: u64,
    },
    /// What `lru_cache(maxsize=..., typed=...)` returns: applied to a function, it wraps it.
    LruDecorator { maxsize: Option<usize>, typed: bool },
    /// A `cmp_to_key` key: the comparison function, and the wrapped object (absent for the
    /// key function itself).
    Key { cmp: Value, obj: Option<Value> },
    SingleDispatch {
        func: Value,
        /// A dict from class to implementation.
        registry: Value,
    },
}

impl State {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            State::Partial { func, args, kwargs } => {
                f(*func);
                args.iter().for_each(|v| f(*v));
                kwargs.iter().for_each(|(k, v)| {
                    f(*k);
                    f(*v)
                });
            }
            State::Lru { func, cache, .. } => {
                f(*func);
                f(*cache);
            }
            State::LruDecorator { .. } => {}
            State::Key { cmp, obj } => {
                f(*cmp);
                obj.iter().for_each(|v| f(*v));
            }
            State::SingleDispatch { func, registry } => {
                f(*func);
                f(*registry);
            }
        }
    }

    pub fn size_estimate(&self) -> usize {
        std::mem::size_of::<State>()
            + match self {
                State::Partial { args, kwargs, .. } => args.len() * 16 + kwargs.len() * 32,
                _ => 0,
            }
    }
}

native_methods! {
    pub enum ModFn {
        Reduce => "reduce" => reduce,
        LruCache => "lru_cache" => lru_cache,
        Cache => "cache" => cache,
        Wraps => "wraps" => wraps,
        UpdateWrapper => "update_wrapper" => update_wrapper,
        CmpToKey => "cmp_to_key" => cmp_to_key,
        TotalOrdering => "total_ordering" => total_ordering,
        SingleDispatch => "singledispatch" => singledispatch,
    }
}

native_methods! {
    pub enum PartialFn {
        New => "__new__" => partial_new,
        Init => "__init__" => noop_init,
        Call => "__call__" => partial_call,
        Repr => "__repr__" => partial_repr,
        Func => "func" => partial_func,
        PArgs => "args" => partial_args,
        Keywords => "keywords" => partial_keywords,
    }
}

native_methods! {
    pub enum LruFn {
        Call => "__call__" => lru_call,
        CacheInfo => "cache_info" => lru_cache_info,
        CacheClear => "cache_clear" => lru_cache_clear,
        CacheParameters => "cache_parameters" => lru_cache_parameters,
        Get => "__get__" => method_get,
        Store => "_store" => lru_store,
        DecoratorCall => "decorating_function" => lru_decorate,
    }
}

native_methods! {
    pub enum KeyFn {
        Call => "__call__" => key_call,
        Lt => "__lt__" => key_lt,
        Le => "__le__" => key_le,
        Eq => "__eq__" => key_eq,
        Ne => "__ne__" => key_ne,
        Gt => "__gt__" => key_gt,
        Ge => "__ge__" => key_ge,
        Obj => "obj" => key_obj,
    }
}

native_methods! {
    pub enum OrderFn {
        GtFromLt => "__gt__" => gt_from_lt,
        LeFromLt => "__le__" => le_from_lt,
        GeFromLt => "__ge__" => ge_from_lt,
    }
}

native_methods! {
    pub enum OrderFn2 {
        GeFromLe => "__ge__" => ge_from_le,
        LtFromLe => "__lt__" => lt_from_le,
        GtFromLe => "__gt__" => gt_from_le,
    }
}

native_methods! {
    pub enum OrderFn3 {
        LtFromGt => "__lt__" => lt_from_gt,
        GeFromGt => "__ge__" => ge_from_gt,
        LeFromGt => "__le__" => le_from_gt,
    }
}

native_methods! {
    pub enum OrderFn4 {
        LeFromGe => "__le__" => le_from_ge,
        GtFromGe => "__gt__" => gt_from_ge,
        LtFromGe => "__lt__" => lt_from_ge,
    }
}

native_methods! {
    pub enum CachedPropertyFn {
        New => "__new__" => cp_new,
        Init => "__init__" => noop_init,
        SetName => "__set_name__" => cp_set_name,
        Get => "__get__" => cp_get,
    }
}

native_methods! {
    pub enum DispatchFn {
        Call => "__call__" => sd_call,
        Register => "register" => sd_register,
        Dispatch => "dispatch" => sd_dispatch,
        Registry => "registry" => sd_registry,
        ClearCache => "_clear_cache" => sd_clear_cache,
        Get => "__get__" => method_get,
    }
}

/// Every native function of the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FunctoolsFn {
    Mod(ModFn),
    Partial(PartialFn),
    Lru(LruFn),
    Key(KeyFn),
    Order(OrderFn),
    Order2(OrderFn2),
    Order3(OrderFn3),
    Order4(OrderFn4),
    CachedProperty(CachedPropertyFn),
    Dispatch(DispatchFn),
}

impl FunctoolsFn {
    pub fn name(self) -> &'static str {
        match self {
            FunctoolsFn::Mod(f) => f.name(),
            FunctoolsFn::Partial(f) => f.name(),
            FunctoolsFn::Lru(f) => f.name(),
            FunctoolsFn::Key(f) => f.name(),
            FunctoolsFn::Order(f) => f.name(),
            FunctoolsFn::Order2(f) => f.name(),
            FunctoolsFn::Order3(f) => f.name(),
            FunctoolsFn::Order4(f) => f.name(),
            FunctoolsFn::CachedProperty(f) => f.name(),
            FunctoolsFn::Dispatch(f) => f.name(),
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            FunctoolsFn::Mod(f) => f.call(vm, args),
            FunctoolsFn::Partial(f) => f.call(vm, args),
            FunctoolsFn::Lru(f) => f.call(vm, args),
            FunctoolsFn::Key(f) => f.call(vm, args),
            FunctoolsFn::Order(f) => f.call(vm, args),
            FunctoolsFn::Order2(f) => f.call(vm, args),
            FunctoolsFn::Order3(f) => f.call(vm, args),
            FunctoolsFn::Order4(f) => f.call(vm, args),
            FunctoolsFn::CachedProperty(f) => f.call(vm, args),
            FunctoolsFn::Dispatch(f) => f.call(vm, args),
        }
    }
}

fn fv(f: FunctoolsFn) -> Value {
    func_value(ModuleFn::Functools(f))
}

const ASSIGNED: &[&str] = &[
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = ModFn::all_names()
        .iter()
        .filter_map(|n| ModFn::from_name(n).map(|f| (*n, fv(FunctoolsFn::Mod(f)))))
        .collect();
    out.push(("partial", partial_class(vm)?));
    out.push(("cached_property", cached_property_class(vm)?));
    let mut names = Vec::with_capacity(ASSIGNED.len());
    for n in ASSIGNED {
        names.push(vm.new_str(n.to_string())?);
    }
    let assigned = vm.new_tuple(names)?;
    let d = vm.new_str("__dict__".to_string())?;
    let updated = vm.new_tuple(vec![d])?;
    out.push(("WRAPPER_ASSIGNMENTS", assigned));
    out.push(("WRAPPER_UPDATES", updated));
    Ok(out)
}

fn state(vm: &Vm, v: Value) -> Option<&State> {
    match vm.native_data(v) {
        Some(NativeData::Functools(s)) => Some(s),
        _ => None,
    }
}

fn state_mut(vm: &mut Vm, v: Value) -> Option<&mut State> {
    match vm.native_data_mut(v) {
        Some(NativeData::Functools(s)) => Some(s),
        _ => None,
    }
}

fn new_obj(vm: &mut Vm, cls: Value, st: State) -> PyResult<Value> {
    vm.new_native_instance(cls, NativeData::Functools(Box::new(st)))
}

fn noop_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `__get__` of function-like wrappers: binds them as methods when found on a class.
fn method_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let obj = args.get(1).unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(this);
    }
    vm.alloc(Object::BoundMethod(BoundMethod {
        func: this,
        receiver: obj,
    }))
}

// ---- reduce ----------------------------------------------------------------------------------

fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("reduce")?;
    args.check_func("reduce", 2, 3)?;
    let func = args.pos[0];
    let it = match vm.get_iter(args.pos[1]) {
        Ok(it) => it,
        Err(e) if vm.exc_is(&e, BuiltinType::TypeError) => {
            return Err(Exc::type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = args.get(2);
    let mut n = 0u32;
    while let Some(v) = vm.iter_next(it)? {
        acc = Some(match acc {
            None => v,
            Some(a) => vm.call(func, &[a, v])?,
        });
        n = n.wrapping_add(1);
        if n.is_multiple_of(4096) {
            vm.check_limits()?;
        }
    }
    acc.ok_or_else(|| Exc::type_error("reduce() of empty iterable with no initial value"))
}

// ---- partial -------------------------------------------------------------------------------

fn partial_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("functools.partial", |vm| {
        let p = |f: PartialFn| fv(FunctoolsFn::Partial(f));
        let new = vm.static_method(p(PartialFn::New))?;
        let func = vm.native_property(p(PartialFn::Func), None)?;
        let pargs = vm.native_property(p(PartialFn::PArgs), None)?;
        let keywords = vm.native_property(p(PartialFn::Keywords), None)?;
        vm.new_native_class(NativeClass {
            name: "partial",
            module: "functools",
            dotted_name: true,
            attrs: vec![
                ("__new__", new),
                ("__init__", p(PartialFn::Init)),
                ("__call__", p(PartialFn::Call)),
                ("__repr__", p(PartialFn::Repr)),
                ("func", func),
                ("args", pargs),
                ("keywords", keywords),
            ],
            ..Default::default()
        })
    })
}

/// A new `partial(func, *args, **kwargs)` of class `cls`, flattening a nested partial.
fn make_partial(
    vm: &mut Vm,
    cls: Value,
    func: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    if !is_callable(vm, func) {
        return Err(Exc::type_error("the first argument must be callable"));
    }
    let base = partial_class(vm)?;
    let (func, mut all_args, mut all_kw) = match state(vm, func) {
        Some(State::Partial {
            func: inner,
            args: a,
            kwargs: k,
        }) if vm.type_of(func).is(base) => (*inner, a.clone(), k.clone()),
        _ => (func, Vec::new(), Vec::new()),
    };
    all_args.extend_from_slice(args);
    for (k, v) in kwargs {
        match all_kw
            .iter_mut()
            .find(|(ek, _)| vm.native_eq(*ek, *k) == Some(true))
        {
            Some(slot) => slot.1 = *v,
            None => all_kw.push((*k, *v)),
        }
    }
    new_obj(
        vm,
        cls,
        State::Partial {
            func,
            args: all_args,
            kwargs: all_kw,
        },
    )
}

fn partial_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let Some(func) = args.get(1) else {
        return Err(Exc::type_error(
            "type 'partial' takes at least one argument",
        ));
    };
    make_partial(vm, cls, func, &args.pos[2..], &args.kw)
}

/// A partial's function, positional arguments and keyword arguments.
type PartialParts = (Value, Vec<Value>, Vec<(Value, Value)>);

fn partial_parts(vm: &Vm, v: Value) -> PyResult<PartialParts> {
    match state(vm, v) {
        Some(State::Partial { func, args, kwargs }) => Ok((*func, args.clone(), kwargs.clone())),
        _ => Err(Exc::type_error("a partial object is required")),
    }
}

fn partial_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let tail = vm.take_tail_ok();
    let (func, mut pargs, mut kw) = partial_parts(vm, args.this())?;
    pargs.extend_from_slice(&args.pos[1..]);
    for (k, v) in &args.kw {
        match kw
            .iter_mut()
            .find(|(ek, _)| vm.native_eq(*ek, *k) == Some(true))
        {
            Some(slot) => slot.1 = *v,
            None => kw.push((*k, *v)),
        }
    }
    let mut a = Args::new(&pargs);
    a.kw.extend(kw);
    if tail {
        vm.tail_call(func, a, None);
        return Ok(Value::None);
    }
    vm.call_args(func, a)
}

fn partial_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let (func, pargs, kw) = partial_parts(vm, this)?;
    let name = vm.type_name(this);
    let Value::Obj(id) = this else {
        return Err(Exc::internal("partial repr"));
    };
    if vm.repr_guard.contains(&id) {
        return vm.new_str("...".to_string());
    }
    vm.repr_guard.push(id);
    let r = (|| -> PyResult<String> {
        let mut parts = vec![vm.repr(func)?];
        for a in pargs {
            parts.push(vm.repr(a)?);
        }
        parts.extend(kwargs_repr(vm, &kw)?);
        Ok(parts.join(", "))
    })();
    vm.repr_guard.pop();
    let inner = r?;
    vm.new_str(format!("{name}({inner})"))
}

fn partial_func(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(partial_parts(vm, args.this())?.0)
}

fn partial_args(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a, _) = partial_parts(vm, args.this())?;
    vm.new_tuple(a)
}

fn partial_keywords(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, _, kw) = partial_parts(vm, args.this())?;
    let mut d = Dict::new();
    for (k, v) in kw {
        vm.dict_set_in(&mut d, k, v)?;
    }
    vm.new_dict(d)
}

// ---- wraps / update_wrapper ------------------------------------------------------------------

fn names_of(vm: &mut Vm, v: Option<Value>, default: &[&str]) -> PyResult<Vec<String>> {
    match v {
        None => Ok(default.iter().map(|s| s.to_string()).collect()),
        Some(v) => {
            let mut out = Vec::new();
            for n in vm.collect(v)? {
                match vm.str_value(n) {
                    Some(s) => out.push(s),
                    None => {
                        return Err(Exc::type_error("attribute name must be a string"));
                    }
                }
            }
            Ok(out)
        }
    }
}

/// CPython's `update_wrapper` over `wrapper` and `wrapped`.
fn do_update_wrapper(
    vm: &mut Vm,
    wrapper: Value,
    wrapped: Value,
    assigned: &[String],
    updated: &[String],
) -> PyResult<()> {
    for name in assigned {
        if let Some(v) = vm.getattr_opt(wrapped, name)? {
            vm.setattr(wrapper, name, v)?;
        }
    }
    for name in updated {
        let target = vm.getattr(wrapper, name)?;
        if let Some(src) = vm.getattr_opt(wrapped, name)? {
            let upd = vm.getattr(target, "update")?;
            vm.call(upd, &[src])?;
        }
    }
    vm.setattr(wrapper, "__wrapped__", wrapped)?;
    Ok(())
}

fn update_wrapper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(
        vm,
        "update_wrapper",
        &["wrapper", "wrapped", "assigned", "updated"],
    )?;
    let wrapper = args.get(0).or_else(|| args.kwarg(vm, "wrapper"));
    let wrapped = args.get(1).or_else(|| args.kwarg(vm, "wrapped"));
    let (Some(wrapper), Some(wrapped)) = (wrapper, wrapped) else {
        return Err(Exc::type_error(
            "update_wrapper() missing 1 required positional argument: 'wrapped'",
        ));
    };
    let assigned = args.get(2).or_else(|| args.kwarg(vm, "assigned"));
    let updated = args.get(3).or_else(|| args.kwarg(vm, "updated"));
    let assigned = names_of(vm, assigned, ASSIGNED)?;
    let updated = names_of(vm, updated, &["__dict__"])?;
    do_update_wrapper(vm, wrapper, wrapped, &assigned, &updated)?;
    Ok(wrapper)
}

fn wraps(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "wraps", &["wrapped", "assigned", "updated"])?;
    let Some(wrapped) = args.get(0).or_else(|| args.kwarg(vm, "wrapped")) else {
        return Err(Exc::type_error(
            "wraps() missing 1 required positional argument: 'wrapped'",
        ));
    };
    let mut kw: Vec<(Value, Value)> = Vec::new();
    let k = vm.new_str("wrapped".to_string())?;
    kw.push((k, wrapped));
    for (i, name) in ["assigned", "updated"].iter().enumerate() {
        if let Some(v) = args.get(i + 1).or_else(|| args.kwarg(vm, name)) {
            let k = vm.new_str(name.to_string())?;
            kw.push((k, v));
        }
    }
    let cls = partial_class(vm)?;
    make_partial(
        vm,
        cls,
        fv(FunctoolsFn::Mod(ModFn::UpdateWrapper)),
        &[],
        &kw,
    )
}

// ---- lru_cache ---------------------------------------------------------------------------------

fn lru_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("functools._lru_cache_wrapper", |vm| {
        let l = |f: LruFn| fv(FunctoolsFn::Lru(f));
        vm.new_native_class(NativeClass {
            name: "_lru_cache_wrapper",
            module: "functools",
            dotted_name: true,
            attrs: vec![
                ("__call__", l(LruFn::Call)),
                ("cache_info", l(LruFn::CacheInfo)),
                ("cache_clear", l(LruFn::CacheClear)),
                ("cache_parameters", l(LruFn::CacheParameters)),
                ("__get__", l(LruFn::Get)),
            ],
            ..Default::default()
        })
    })
}

fn lru_decorator_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("functools._lru_decorator", |vm| {
        vm.new_native_class(NativeClass {
            name: "decorating_function",
            module: "functools",
            attrs: vec![("__call__", fv(FunctoolsFn::Lru(LruFn::DecoratorCall)))],
            ..Default::default()
        })
    })
}

/// Wraps `func` in an LRU cache.
fn make_lru(vm: &mut Vm, func: Value, maxsize: Option<usize>, typed: bool) -> PyResult<Value> {
    if !is_callable(vm, func) {
        return Err(Exc::type_error("the first argument must be callable"));
    }
    let cls = lru_class(vm)?;
    let cache = vm.new_dict(Dict::new())?;
    let w = new_obj(
        vm,
        cls,
        State::Lru {
            func,
            cache,
            maxsize,
            typed,
            hits: 0,
            misses: 0,
        },
    )?;
    let assigned: Vec<String> = ASSIGNED.iter().map(|s| s.to_string()).collect();
    do_update_wrapper(vm, w, func, &assigned, &["__dict__".to_string()])?;
    Ok(w)
}

fn maxsize_arg(vm: &mut Vm, v: Value) -> PyResult<Option<usize>> {
    if v.is_none() {
        return Ok(None);
    }
    if vm.kind(v) == Kind::Int {
        let n = match v {
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            _ => i64::MAX,
        };
        return Ok(Some(n.max(0) as usize));
    }
    Err(Exc::type_error(
        "Expected first argument to be an integer, a callable, or None",
    ))
}

fn lru_cache(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "lru_cache", &["maxsize", "typed"])?;
    args.check_func("lru_cache", 0, 2)?;
    let typed = match args.get(1).or_else(|| args.kwarg(vm, "typed")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let first = args
        .get(0)
        .or_else(|| args.kwarg(vm, "maxsize"))
        .unwrap_or(Value::Int(128));
    if vm.kind(first) != Kind::Int && !first.is_none() && is_callable(vm, first) {
        return make_lru(vm, first, Some(128), typed);
    }
    let maxsize = maxsize_arg(vm, first)?;
    let cls = lru_decorator_class(vm)?;
    new_obj(vm, cls, State::LruDecorator { maxsize, typed })
}

fn lru_decorate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("decorating_function", 1, 1)?;
    let (maxsize, typed) = match state(vm, args.this()) {
        Some(State::LruDecorator { maxsize, typed }) => (*maxsize, *typed),
        _ => return Err(Exc::type_error("not an lru_cache decorator")),
    };
    make_lru(vm, args.pos[1], maxsize, typed)
}

fn cache(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "cache", &["user_function"])?;
    if let (0, Some(f)) = (args.len(), args.kwarg(vm, "user_function")) {
        return make_lru(vm, f, None, false);
    }
    if args.len() != 1 {
        return Err(Exc::type_error(if args.is_empty() {
            "cache() missing 1 required positional argument: 'user_function'".to_string()
        } else {
            format!(
                "cache() takes 1 positional argument but {} were given",
                args.len()
            )
        }));
    }
    make_lru(vm, args.pos[0], None, false)
}

/// The sentinel separating positional from keyword arguments in cache keys.
fn kwd_mark(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("functools._kwd_mark", |vm| {
        let cls = vm.new_native_class(NativeClass {
            name: "_kwd_mark",
            module: "functools",
            ..Default::default()
        })?;
        vm.alloc(Object::Instance(Box::new(
            crate::builtins::class::Instance::new(cls),
        )))
    })
}

/// CPython's cache key for a call.
fn make_key(vm: &mut Vm, pos: &[Value], kw: &[(Value, Value)], typed: bool) -> PyResult<Value> {
    if !typed && kw.is_empty() && pos.len() == 1 {
        let a = pos[0];
        let exact = match a {
            Value::Int(_) => true,
            Value::Obj(id) => matches!(vm.heap.get(id), Object::Str(_) | Object::BigInt(_)),
            _ => false,
        };
        if exact {
            return Ok(a);
        }
    }
    let mut key: Vec<Value> = pos.to_vec();
    if !kw.is_empty() {
        key.push(kwd_mark(vm)?);
        for (k, v) in kw {
            key.push(*k);
            key.push(*v);
        }
    }
    if typed {
        for a in pos {
            key.push(vm.type_of(*a));
        }
        for (_, v) in kw {
            key.push(vm.type_of(*v));
        }
    }
    vm.new_tuple(key)
}

fn lru_parts(vm: &Vm, v: Value) -> PyResult<(Value, Value, Option<usize>, bool)> {
    match state(vm, v) {
        Some(State::Lru {
            func,
            cache,
            maxsize,
            typed,
            ..
        }) => Ok((*func, *cache, *maxsize, *typed)),
        _ => Err(Exc::type_error("an lru_cache wrapper is required")),
    }
}

fn bump(vm: &mut Vm, w: Value, hit: bool) {
    if let Some(State::Lru { hits, misses, .. }) = state_mut(vm, w) {
        if hit {
            *hits += 1;
        } else {
            *misses += 1;
        }
    }
}

fn lru_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let tail = vm.take_tail_ok();
    let this = args.this();
    let (func, cache, maxsize, typed) = lru_parts(vm, this)?;
    let pos = &args.pos[1..];
    let call_args = || {
        let mut a = Args::new(pos);
        a.kw = args.kw.clone();
        a
    };
    if maxsize == Some(0) {
        bump(vm, this, false);
        if tail {
            vm.tail_call(func, call_args(), None);
            return Ok(Value::None);
        }
        return vm.call_args(func, call_args());
    }
    let key = make_key(vm, pos, &args.kw, typed)?;
    let cid = cache.as_obj().ok_or_else(|| Exc::internal("lru cache"))?;
    let hash = vm.hash(key)?;
    let mut dict = match vm.heap.get_mut(cid) {
        Object::Dict(d) => std::mem::take(d),
        _ => return Err(Exc::internal("lru cache")),
    };
    let found = vm.dict_find(&dict, key, hash);
    let hit = match found {
        Ok(Some(pos)) => {
            let v = dict.entry(pos).map(|e| e.value);
            if maxsize.is_some() {
                if let Some(e) = dict.remove_at(pos) {
                    dict.push_new(e.key, e.hash, e.value);
                }
            }
            Ok(v)
        }
        Ok(None) => Ok(None),
        Err(e) => Err(e),
    };
    if let Object::Dict(slot) = vm.heap.get_mut(cid) {
        *slot = dict;
    }
    if let Some(v) = hit? {
        bump(vm, this, true);
        return Ok(v);
    }
    bump(vm, this, false);
    if tail {
        check_depth(vm)?;
        let ctx = vm.new_tuple(vec![this, key])?;
        vm.tail_call(
            func,
            call_args(),
            Some((fv(FunctoolsFn::Lru(LruFn::Store)), ctx)),
        );
        return Ok(Value::None);
    }
    let r = vm.call_args(func, call_args())?;
    store(vm, this, key, r)?;
    Ok(r)
}

/// CPython counts a call through the cache wrapper (a C call) towards the recursion limit, as
/// well as the function's own frame: a recursive cached function gets about half the depth.
fn check_depth(vm: &mut Vm) -> PyResult<()> {
    let store = fv(FunctoolsFn::Lru(LruFn::Store));
    let wrappers = vm
        .frames
        .iter()
        .filter(|f| matches!(f.on_return, crate::vm::OnReturn::NativeThen { func, .. } if func.is(store)))
        .count();
    if vm.frames.len() + wrappers + 2 > vm.limits.max_recursion_depth {
        return Err(Exc::new(
            BuiltinType::RecursionError,
            "maximum recursion depth exceeded",
        ));
    }
    Ok(())
}

/// Records `key -> result` unless a recursive call already did, evicting the least recently
/// used entry when the cache is over its size.
fn store(vm: &mut Vm, w: Value, key: Value, result: Value) -> PyResult<()> {
    let (_, cache, maxsize, _) = lru_parts(vm, w)?;
    let cid = cache.as_obj().ok_or_else(|| Exc::internal("lru cache"))?;
    if vm.dict_get(cid, key)?.is_some() {
        return Ok(());
    }
    vm.dict_set(cid, key, result)?;
    if let Some(m) = maxsize {
        if let Object::Dict(d) = vm.heap.get_mut(cid) {
            while d.len() > m {
                if d.pop_first().is_none() {
                    break;
                }
            }
        }
    }
    Ok(())
}

/// The continuation of a cache miss: `_store((wrapper, key), result)`.
fn lru_store(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let ctx = args.this();
    let result = args.get(1).unwrap_or(Value::None);
    let parts = vm.seq_items(ctx).unwrap_or_default();
    if let [w, key] = parts[..] {
        store(vm, w, key, result)?;
    }
    Ok(result)
}

fn cache_info_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("functools.CacheInfo", |vm| {
        crate::modules::collections::make_namedtuple(
            vm,
            "CacheInfo",
            &["hits", "misses", "maxsize", "currsize"],
            "functools",
        )
    })
}

fn lru_cache_info(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let (hits, misses, maxsize, cache) = match state(vm, this) {
        Some(State::Lru {
            hits,
            misses,
            maxsize,
            cache,
            ..
        }) => (*hits, *misses, *maxsize, *cache),
        _ => return Err(Exc::type_error("an lru_cache wrapper is required")),
    };
    let currsize = match cache {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Dict(d) => d.len(),
            _ => 0,
        },
        _ => 0,
    };
    let cls = cache_info_class(vm)?;
    let m = maxsize.map(|m| Value::Int(m as i64)).unwrap_or(Value::None);
    vm.call(
        cls,
        &[
            Value::Int(hits as i64),
            Value::Int(misses as i64),
            m,
            Value::Int(currsize as i64),
        ],
    )
}

fn lru_cache_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let cache = match state_mut(vm, this) {
        Some(State::Lru {
            hits,
            misses,
            cache,
            ..
        }) => {
            *hits = 0;
            *misses = 0;
            *cache
        }
        _ => return Err(Exc::type_error("an lru_cache wrapper is required")),
    };
    if let Value::Obj(id) = cache {
        if let Object::Dict(d) = vm.heap.get_mut(id) {
            d.clear();
        }
    }
    Ok(Value::None)
}

fn lru_cache_parameters(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, _, maxsize, typed) = lru_parts(vm, args.this())?;
    let mut d = Dict::new();
    let m = maxsize.map(|m| Value::Int(m as i64)).unwrap_or(Value::None);
    vm.dict_insert_str(&mut d, "maxsize", m)?;
    vm.dict_insert_str(&mut d, "typed", Value::Bool(typed))?;
    vm.new_dict(d)
}

// ---- cmp_to_key --------------------------------------------------------------------------------

fn key_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("functools.KeyWrapper", |vm| {
        let k = |f: KeyFn| fv(FunctoolsFn::Key(f));
        let obj = vm.native_property(k(KeyFn::Obj), None)?;
        vm.new_native_class(NativeClass {
            name: "KeyWrapper",
            module: "functools",
            dotted_name: true,
            attrs: vec![
                ("__call__", k(KeyFn::Call)),
                ("__lt__", k(KeyFn::Lt)),
                ("__le__", k(KeyFn::Le)),
                ("__eq__", k(KeyFn::Eq)),
                ("__ne__", k(KeyFn::Ne)),
                ("__gt__", k(KeyFn::Gt)),
                ("__ge__", k(KeyFn::Ge)),
                ("obj", obj),
                ("__hash__", Value::None),
            ],
            ..Default::default()
        })
    })
}

fn cmp_to_key(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "cmp_to_key", &["mycmp"])?;
    let Some(cmp) = args.get(0).or_else(|| args.kwarg(vm, "mycmp")) else {
        return Err(Exc::type_error(
            "cmp_to_key() missing required argument 'mycmp' (pos 1)",
        ));
    };
    let cls = key_class(vm)?;
    new_obj(vm, cls, State::Key { cmp, obj: None })
}

fn key_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("K")?;
    if args.len() != 2 {
        return Err(Exc::type_error(format!(
            "K() takes exactly 1 positional argument ({} given)",
            args.len() - 1
        )));
    }
    let cmp = match state(vm, args.this()) {
        Some(State::Key { cmp, .. }) => *cmp,
        _ => return Err(Exc::type_error("a cmp_to_key key is required")),
    };
    let cls = key_class(vm)?;
    new_obj(
        vm,
        cls,
        State::Key {
            cmp,
            obj: Some(args.pos[1]),
        },
    )
}

fn key_obj(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match state(vm, args.this()) {
        Some(State::Key { obj: Some(o), .. }) => Ok(*o),
        _ => Err(Exc::attribute_error("obj")),
    }
}

fn key_compare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    args.check_method(op.dunder(), 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    let (cmp, x) = match state(vm, a) {
        Some(State::Key { cmp, obj: Some(o) }) => (*cmp, *o),
        _ => return Err(Exc::type_error("other argument must be K instance")),
    };
    let y = match state(vm, b) {
        Some(State::Key { obj: Some(o), .. }) => *o,
        _ => return Err(Exc::type_error("other argument must be K instance")),
    };
    let r = vm.call(cmp, &[x, y])?;
    vm.compare(op, r, Value::Int(0))
}

fn key_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    key_compare(vm, args, CmpOp::Lt)
}
fn key_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    key_compare(vm, args, CmpOp::Le)
}
fn key_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    key_compare(vm, args, CmpOp::Eq)
}
fn key_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    key_compare(vm, args, CmpOp::Ne)
}
fn key_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    key_compare(vm, args, CmpOp::Gt)
}
fn key_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    key_compare(vm, args, CmpOp::Ge)
}

// ---- total_ordering ------------------------------------------------------------------------------

fn total_ordering(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("total_ordering")?;
    args.check_func("total_ordering", 1, 1)?;
    let cls = args.pos[0];
    if !vm.is_class(cls) {
        return Err(Exc::attribute_error(format!(
            "'{}' object has no attribute '__lt__'",
            vm.type_name(cls)
        )));
    }
    let mut roots: Vec<&str> = Vec::new();
    for op in ["__lt__", "__le__", "__gt__", "__ge__"] {
        if let Some(v) = vm.lookup_in_namespaces(cls, op) {
            if !v.is_none() {
                roots.push(op);
            }
        }
    }
    // CPython picks `max(roots)` by name: __lt__ > __le__ > __gt__ > __ge__.
    let root = ["__lt__", "__le__", "__gt__", "__ge__"]
        .into_iter()
        .find(|r| roots.contains(r));
    let Some(root) = root else {
        return Err(Exc::value_error(
            "must define at least one ordering operation: < > <= >=",
        ));
    };
    let derived: Vec<(&str, FunctoolsFn)> = match root {
        "__lt__" => vec![
            ("__gt__", FunctoolsFn::Order(OrderFn::GtFromLt)),
            ("__le__", FunctoolsFn::Order(OrderFn::LeFromLt)),
            ("__ge__", FunctoolsFn::Order(OrderFn::GeFromLt)),
        ],
        "__le__" => vec![
            ("__ge__", FunctoolsFn::Order2(OrderFn2::GeFromLe)),
            ("__lt__", FunctoolsFn::Order2(OrderFn2::LtFromLe)),
            ("__gt__", FunctoolsFn::Order2(OrderFn2::GtFromLe)),
        ],
        "__gt__" => vec![
            ("__lt__", FunctoolsFn::Order3(OrderFn3::LtFromGt)),
            ("__ge__", FunctoolsFn::Order3(OrderFn3::GeFromGt)),
            ("__le__", FunctoolsFn::Order3(OrderFn3::LeFromGt)),
        ],
        _ => vec![
            ("__le__", FunctoolsFn::Order4(OrderFn4::LeFromGe)),
            ("__gt__", FunctoolsFn::Order4(OrderFn4::GtFromGe)),
            ("__lt__", FunctoolsFn::Order4(OrderFn4::LtFromGe)),
        ],
    };
    for (name, f) in derived {
        if !roots.contains(&name) {
            vm.setattr(cls, name, fv(f))?;
        }
    }
    Ok(cls)
}

/// `type(self).<op>(self, other)`.
fn call_op(vm: &mut Vm, a: Value, b: Value, op: &str) -> PyResult<Value> {
    let cls = vm.type_of(a);
    let m = vm
        .lookup_in_namespaces(cls, op)
        .ok_or_else(|| Exc::attribute_error(op.to_string()))?;
    let bound = vm.bind_class_attr(m, a, cls)?;
    vm.call(bound, &[b])
}

/// The derived comparison `name`: calls `base` and combines its result with equality.
fn derived(vm: &mut Vm, args: &Args, name: &str, base: &str, how: Derive) -> PyResult<Value> {
    args.check_method(name, 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    let r = call_op(vm, a, b, base)?;
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    let t = vm.truthy(r)?;
    Ok(Value::Bool(match how {
        Derive::Not => !t,
        Derive::OrEq => t || vm.eq(a, b)?,
        Derive::NotAndNe => !t && !vm.eq(a, b)?,
        Derive::NotOrEq => !t || vm.eq(a, b)?,
        Derive::AndNe => t && !vm.eq(a, b)?,
    }))
}

#[derive(Clone, Copy)]
enum Derive {
    Not,
    OrEq,
    NotAndNe,
    NotOrEq,
    AndNe,
}

fn gt_from_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    derived(vm, args, "__gt__", "__lt__", Derive::NotAndNe)
}
fn le_from_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    derived(vm, args, "__le__", "__lt__", Derive::OrEq)
}
fn ge_from_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    derived(vm, args, "__ge__", "__lt__", Derive::Not)
}
fn ge_from_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    derived(vm, args, "__ge__", "__le__", Derive::NotOrEq)
}
fn lt_from_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    derived(vm, args, "__lt__", "__le__", Derive::AndNe)
}
fn gt_from_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    derived(vm, args, "__gt__", "__le__", Derive::Not)
}
fn lt_from_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    derived(vm, args, "__lt__", "__gt__", Derive::NotAndNe)
}
fn ge_from_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    derived(vm, args, "__ge__", "__gt__", Derive::OrEq)
}
fn le_from_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    derived(vm, args, "__le__", "__gt__", Derive::Not)
}
fn le_from_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    derived(vm, args, "__le__", "__ge__", Derive::NotOrEq)
}
fn gt_from_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    derived(vm, args, "__gt__", "__ge__", Derive::AndNe)
}
fn lt_from_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    derived(vm, args, "__lt__", "__ge__", Derive::Not)
}

// ---- cached_property -----------------------------------------------------------------------------

fn cached_property_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("functools.cached_property", |vm| {
        let c = |f: CachedPropertyFn| fv(FunctoolsFn::CachedProperty(f));
        let new = vm.static_method(c(CachedPropertyFn::New))?;
        vm.new_native_class(NativeClass {
            name: "cached_property",
            module: "functools",
            attrs: vec![
                ("__new__", new),
                ("__init__", c(CachedPropertyFn::Init)),
                ("__set_name__", c(CachedPropertyFn::SetName)),
                ("__get__", c(CachedPropertyFn::Get)),
            ],
            ..Default::default()
        })
    })
}

fn cp_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    if args.len() != 2 {
        return Err(Exc::type_error(format!(
            "cached_property.__init__() takes 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let func = args.pos[1];
    let inst = vm.alloc(Object::Instance(Box::new(
        crate::builtins::class::Instance::new(cls),
    )))?;
    vm.setattr(inst, "func", func)?;
    vm.setattr(inst, "attrname", Value::None)?;
    let doc = vm.getattr_opt(func, "__doc__")?.unwrap_or(Value::None);
    vm.setattr(inst, "__doc__", doc)?;
    Ok(inst)
}

fn cp_set_name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__set_name__", 2, 2)?;
    let (this, name) = (args.this(), args.pos[2]);
    let current = vm.getattr_opt(this, "attrname")?.unwrap_or(Value::None);
    if current.is_none() {
        vm.setattr(this, "attrname", name)?;
    } else if vm.native_eq(current, name) != Some(true) {
        let (a, b) = (vm.repr(current)?, vm.repr(name)?);
        return Err(Exc::type_error(format!(
            "Cannot assign the same cached_property to two different names ({a} and {b})."
        )));
    }
    Ok(Value::None)
}

fn cp_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let inst = args.get(1).unwrap_or(Value::None);
    if inst.is_none() {
        return Ok(this);
    }
    let name = vm.getattr_opt(this, "attrname")?.unwrap_or(Value::None);
    if name.is_none() {
        return Err(Exc::type_error(
            "Cannot use cached_property instance without calling __set_name__ on it.",
        ));
    }
    let dict = match inst {
        Value::Obj(id) if matches!(vm.heap.get(id), Object::Instance(_)) => vm.instance_dict(id)?,
        _ => {
            let (t, n) = (vm.type_name(inst), vm.repr(name)?);
            return Err(Exc::type_error(
                format!("No '__dict__' attribute on {t:?} instance to cache {n} property.")
                    .replace('"', "'"),
            ));
        }
    };
    let did = dict
        .as_obj()
        .ok_or_else(|| Exc::internal("instance dict"))?;
    if let Some(v) = vm.dict_get(did, name)? {
        return Ok(v);
    }
    let func = vm.getattr(this, "func")?;
    let v = vm.call(func, &[inst])?;
    vm.dict_set(did, name, v)?;
    Ok(v)
}

// ---- singledispatch ---------------------------------------------------------------------------

fn dispatch_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("functools._singledispatch", |vm| {
        let d = |f: DispatchFn| fv(FunctoolsFn::Dispatch(f));
        let registry = vm.native_property(d(DispatchFn::Registry), None)?;
        vm.new_native_class(NativeClass {
            name: "function",
            module: "functools",
            attrs: vec![
                ("__call__", d(DispatchFn::Call)),
                ("register", d(DispatchFn::Register)),
                ("dispatch", d(DispatchFn::Dispatch)),
                ("registry", registry),
                ("_clear_cache", d(DispatchFn::ClearCache)),
                ("__get__", d(DispatchFn::Get)),
            ],
            ..Default::default()
        })
    })
}

fn singledispatch(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("singledispatch")?;
    args.check_func("singledispatch", 1, 1)?;
    let func = args.pos[0];
    let mut reg = Dict::new();
    vm.dict_set_in(&mut reg, Value::Type(BuiltinType::Object), func)?;
    let registry = vm.new_dict(reg)?;
    let cls = dispatch_class(vm)?;
    let w = new_obj(vm, cls, State::SingleDispatch { func, registry })?;
    let assigned: Vec<String> = ASSIGNED.iter().map(|s| s.to_string()).collect();
    do_update_wrapper(vm, w, func, &assigned, &["__dict__".to_string()])?;
    Ok(w)
}

fn sd_parts(vm: &Vm, v: Value) -> PyResult<(Value, Value)> {
    match state(vm, v) {
        Some(State::SingleDispatch { func, registry }) => Ok((*func, *registry)),
        _ => Err(Exc::type_error("a singledispatch function is required")),
    }
}

/// The implementation registered for class `cls`: along its MRO, then registered ABCs.
fn dispatch(vm: &mut Vm, this: Value, cls: Value) -> PyResult<Value> {
    let (func, registry) = sd_parts(vm, this)?;
    let rid = registry.as_obj().ok_or_else(|| Exc::internal("registry"))?;
    for c in vm.mro_of(cls)? {
        if matches!(c, Value::Type(BuiltinType::Object)) {
            break;
        }
        if let Some(f) = vm.dict_get(rid, c)? {
            return Ok(f);
        }
    }
    let entries: Vec<(Value, Value)> = match vm.heap.get(rid) {
        Object::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    };
    for (k, f) in entries {
        if vm.has_metaclass(k) {
            let r = crate::modules::abc::subclass_check(vm, k, cls, 0)?;
            if r {
                return Ok(f);
            }
        }
    }
    Ok(vm
        .dict_get(rid, Value::Type(BuiltinType::Object))?
        .unwrap_or(func))
}

fn sd_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let tail = vm.take_tail_ok();
    let this = args.this();
    let Some(first) = args.get(1) else {
        let name = vm
            .getattr_opt(this, "__name__")?
            .and_then(|n| vm.str_value(n))
            .unwrap_or_else(|| "singledispatch function".to_string());
        return Err(Exc::type_error(format!(
            "{name} requires at least 1 positional argument"
        )));
    };
    let cls = vm.type_of(first);
    let f = dispatch(vm, this, cls)?;
    let mut a = Args::new(&args.pos[1..]);
    a.kw = args.kw.clone();
    if tail {
        vm.tail_call(f, a, None);
        return Ok(Value::None);
    }
    vm.call_args(f, a)
}

fn sd_dispatch(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("dispatch", 1, 1)?;
    dispatch(vm, args.this(), args.pos[1])
}

fn sd_registry(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, registry) = sd_parts(vm, args.this())?;
    let d = match registry {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Dict(d) => d.clone(),
            _ => Dict::new(),
        },
        _ => Dict::new(),
    };
    vm.new_dict(d)
}

fn sd_clear_cache(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn sd_register(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("register", 1, 2)?;
    let this = args.this();
    let cls = args.pos[1];
    let (_, registry) = sd_parts(vm, this)?;
    let func = args.get(2).or_else(|| args.kwarg(vm, "func"));
    if vm.is_class(cls) {
        let Some(func) = func else {
            // `@f.register(cls)`: a decorator that registers its argument.
            let register = vm.getattr(this, "register")?;
            let pcls = partial_class(vm)?;
            return make_partial(vm, pcls, register, &[cls], &[]);
        };
        vm.dict_setitem(registry, cls, func)?;
        return Ok(func);
    }
    if func.is_some() {
        let r = vm.repr(cls)?;
        return Err(Exc::type_error(format!(
            "Invalid first argument to `register()`. {r} is not a class or union type."
        )));
    }
    // `@f.register` on a function: the class is its first parameter's annotation.
    let func = cls;
    let ann = vm.getattr_opt(func, "__annotations__")?;
    let first = match ann.and_then(|a| vm.dict_id(a)) {
        Some(did) => match vm.heap.get(did) {
            Object::Dict(d) => d
                .iter()
                .find(|e| vm.as_str(e.key) != Some("return"))
                .map(|e| (e.key, e.value)),
            _ => None,
        },
        None => None,
    };
    let Some((argname, target)) = first else {
        let r = vm.repr(func)?;
        return Err(Exc::type_error(format!(
            "Invalid first argument to `register()`: {r}. Use either `@register(some_class)` or plain `@register` on an annotated function."
        )));
    };
    if !vm.is_class(target) {
        let (n, t) = (vm.to_str(argname)?, vm.repr(target)?);
        return Err(Exc::type_error(
            format!("Invalid annotation for {n:?}. {t} is not a class.").replace('"', "'"),
        ));
    }
    vm.dict_setitem(registry, target, func)?;
    Ok(func)
}
