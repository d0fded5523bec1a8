//! `itertools`: CPython 3.11's iterator building blocks as lazy native iterators.
//!
//! Supported: `count`, `cycle`, `repeat`, `accumulate` (`func`, `initial`), `chain` (and
//! `chain.from_iterable`), `compress`, `dropwhile`, `filterfalse`, `groupby` (groups share the
//! underlying iterator, as in CPython), `islice` (CPython's argument errors), `pairwise`,
//! `starmap`, `takewhile`, `tee` (a shared linked buffer, freed as the slowest copy advances),
//! `zip_longest`, `product`, `permutations`, `combinations`, `combinations_with_replacement`.
//! Each is a class whose instances are their own iterators; `count` and `repeat` have CPython's
//! reprs. Combinatoric iterators materialize their input pools (as CPython does) and produce
//! results one at a time. `batched` (3.12) is deliberately absent.
//! Not supported: pickling (`__reduce__`/`__setstate__`).

use serde::{Deserialize, Serialize};

use crate::builtins::Args;
use crate::bytecode::BinOp;
use crate::error::{Exc, PyResult};
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::operator::binary;
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

/// Values per link of a `tee` buffer.
const TEE_LINK: usize = 57;

/// The state of an itertools iterator.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum State {
    Count {
        next: Value,
        step: Value,
    },
    Cycle {
        it: Value,
        saved: Vec<Value>,
        index: usize,
        exhausted: bool,
    },
    Repeat {
        obj: Value,
        remaining: Option<i64>,
    },
    Accumulate {
        it: Value,
        func: Value,
        total: Option<Value>,
        initial: Option<Value>,
    },
    Chain {
        source: Value,
        active: Value,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    DropWhile {
        pred: Value,
        it: Value,
        dropping: bool,
    },
    TakeWhile {
        pred: Value,
        it: Value,
        done: bool,
    },
    FilterFalse {
        pred: Value,
        it: Value,
    },
    GroupBy {
        it: Value,
        key: Value,
        tgtkey: Option<Value>,
        currkey: Option<Value>,
        currvalue: Option<Value>,
        currgrouper: Value,
    },
    Grouper {
        parent: Value,
        tgtkey: Value,
    },
    ISlice {
        /// `None` once exhausted.
        it: Value,
        next: u64,
        stop: Option<u64>,
        step: u64,
        cnt: u64,
    },
    Pairwise {
        it: Value,
        old: Option<Value>,
    },
    StarMap {
        func: Value,
        it: Value,
    },
    /// A segment of a `tee` buffer: values read from `it`, and the next segment once full.
    TeeLink {
        it: Value,
        values: Vec<Value>,
        next: Value,
    },
    Tee {
        link: Value,
        index: usize,
    },
    ZipLongest {
        iters: Vec<Value>,
        active: usize,
        fill: Value,
    },
    Product {
        pools: Vec<Vec<Value>>,
        indices: Vec<usize>,
        started: bool,
        done: bool,
    },
    Permutations {
        pool: Vec<Value>,
        r: usize,
        indices: Vec<usize>,
        cycles: Vec<usize>,
        started: bool,
        done: bool,
    },
    Combinations {
        pool: Vec<Value>,
        indices: Vec<usize>,
        started: bool,
        done: bool,
        replacement: bool,
    },
}

impl State {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        use State::*;
        match self {
            Count { next, step } => {
                f(*next);
                f(*step);
            }
            Cycle { it, saved, .. } => {
                f(*it);
                saved.iter().for_each(|v| f(*v));
            }
            Repeat { obj, .. } => f(*obj),
            Accumulate {
                it,
                func,
                total,
                initial,
            } => {
                f(*it);
                f(*func);
                total.iter().chain(initial.iter()).for_each(|v| f(*v));
            }
            Chain { source, active } => {
                f(*source);
                f(*active);
            }
            Compress { data, selectors } => {
                f(*data);
                f(*selectors);
            }
            DropWhile { pred, it, .. } | TakeWhile { pred, it, .. } | FilterFalse { pred, it } => {
                f(*pred);
                f(*it);
            }
            GroupBy {
                it,
                key,
                tgtkey,
                currkey,
                currvalue,
                currgrouper,
            } => {
                f(*it);
                f(*key);
                f(*currgrouper);
                tgtkey
                    .iter()
                    .chain(currkey.iter())
                    .chain(currvalue.iter())
                    .for_each(|v| f(*v));
            }
            Grouper { parent, tgtkey } => {
                f(*parent);
                f(*tgtkey);
            }
            ISlice { it, .. } => f(*it),
            Pairwise { it, old } => {
                f(*it);
                old.iter().for_each(|v| f(*v));
            }
            StarMap { func, it } => {
                f(*func);
                f(*it);
            }
            TeeLink { it, values, next } => {
                f(*it);
                f(*next);
                values.iter().for_each(|v| f(*v));
            }
            Tee { link, .. } => f(*link),
            ZipLongest { iters, fill, .. } => {
                iters.iter().for_each(|v| f(*v));
                f(*fill);
            }
            Product { pools, .. } => pools.iter().flatten().for_each(|v| f(*v)),
            Permutations { pool, .. } | Combinations { pool, .. } => {
                pool.iter().for_each(|v| f(*v))
            }
        }
    }

    pub fn size_estimate(&self) -> usize {
        const V: usize = std::mem::size_of::<Value>();
        std::mem::size_of::<State>()
            + match self {
                State::Cycle { saved, .. } => saved.capacity() * V,
                State::TeeLink { values, .. } => values.capacity() * V,
                State::ZipLongest { iters, .. } => iters.capacity() * V,
                State::Product { pools, indices, .. } => {
                    pools.iter().map(|p| p.capacity() * V).sum::<usize>() + indices.len() * 8
                }
                State::Permutations {
                    pool,
                    indices,
                    cycles,
                    ..
                } => pool.capacity() * V + (indices.len() + cycles.len()) * 8,
                State::Combinations { pool, indices, .. } => {
                    pool.capacity() * V + indices.len() * 8
                }
                _ => 0,
            }
    }
}

/// Which class an iterator belongs to (the `__new__` of each class).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind2 {
    Count,
    Cycle,
    Repeat,
    Accumulate,
    Chain,
    Compress,
    DropWhile,
    TakeWhile,
    FilterFalse,
    GroupBy,
    ISlice,
    Pairwise,
    StarMap,
    ZipLongest,
    Product,
    Permutations,
    Combinations,
    CombWithRep,
}

const CLASSES: &[(Kind2, &str)] = &[
    (Kind2::Count, "count"),
    (Kind2::Cycle, "cycle"),
    (Kind2::Repeat, "repeat"),
    (Kind2::Accumulate, "accumulate"),
    (Kind2::Chain, "chain"),
    (Kind2::Compress, "compress"),
    (Kind2::DropWhile, "dropwhile"),
    (Kind2::TakeWhile, "takewhile"),
    (Kind2::FilterFalse, "filterfalse"),
    (Kind2::GroupBy, "groupby"),
    (Kind2::ISlice, "islice"),
    (Kind2::Pairwise, "pairwise"),
    (Kind2::StarMap, "starmap"),
    (Kind2::ZipLongest, "zip_longest"),
    (Kind2::Product, "product"),
    (Kind2::Permutations, "permutations"),
    (Kind2::Combinations, "combinations"),
    (Kind2::CombWithRep, "combinations_with_replacement"),
];

native_methods! {
    pub enum IterFn {
        Init => "__init__" => it_init,
        Iter => "__iter__" => it_iter,
        Next => "__next__" => it_next,
        Repr => "__repr__" => it_repr,
        LengthHint => "__length_hint__" => it_length_hint,
        FromIterable => "from_iterable" => chain_from_iterable,
        Copy => "__copy__" => tee_copy,
        Tee => "tee" => tee,
        ClassGetItem => "__class_getitem__" => class_getitem,
    }
}

/// Every native function of the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItertoolsFn {
    New(Kind2),
    Method(IterFn),
}

impl ItertoolsFn {
    pub fn name(self) -> &'static str {
        match self {
            ItertoolsFn::New(_) => "__new__",
            ItertoolsFn::Method(m) => m.name(),
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            ItertoolsFn::New(k) => construct(vm, k, args),
            ItertoolsFn::Method(m) => m.call(vm, args),
        }
    }
}

fn m(f: IterFn) -> Value {
    func_value(ModuleFn::Itertools(ItertoolsFn::Method(f)))
}

fn class_key(k: Kind2) -> &'static str {
    match k {
        Kind2::Count => "itertools.count",
        Kind2::Cycle => "itertools.cycle",
        Kind2::Repeat => "itertools.repeat",
        Kind2::Accumulate => "itertools.accumulate",
        Kind2::Chain => "itertools.chain",
        Kind2::Compress => "itertools.compress",
        Kind2::DropWhile => "itertools.dropwhile",
        Kind2::TakeWhile => "itertools.takewhile",
        Kind2::FilterFalse => "itertools.filterfalse",
        Kind2::GroupBy => "itertools.groupby",
        Kind2::ISlice => "itertools.islice",
        Kind2::Pairwise => "itertools.pairwise",
        Kind2::StarMap => "itertools.starmap",
        Kind2::ZipLongest => "itertools.zip_longest",
        Kind2::Product => "itertools.product",
        Kind2::Permutations => "itertools.permutations",
        Kind2::Combinations => "itertools.combinations",
        Kind2::CombWithRep => "itertools.combinations_with_replacement",
    }
}

fn make_class(vm: &mut Vm, k: Kind2) -> PyResult<Value> {
    let name = CLASSES
        .iter()
        .find(|(c, _)| *c == k)
        .map(|(_, n)| *n)
        .unwrap_or("?");
    let new = vm.static_method(func_value(ModuleFn::Itertools(ItertoolsFn::New(k))))?;
    let cgi = vm.class_method(m(IterFn::ClassGetItem))?;
    let mut attrs: Vec<(&str, Value)> = vec![
        ("__new__", new),
        ("__init__", m(IterFn::Init)),
        ("__iter__", m(IterFn::Iter)),
        ("__next__", m(IterFn::Next)),
    ];
    match k {
        Kind2::Count => attrs.push(("__repr__", m(IterFn::Repr))),
        Kind2::Repeat => {
            attrs.push(("__repr__", m(IterFn::Repr)));
            attrs.push(("__length_hint__", m(IterFn::LengthHint)));
        }
        Kind2::Chain => {
            let fi = vm.class_method(m(IterFn::FromIterable))?;
            attrs.push(("from_iterable", fi));
            attrs.push(("__class_getitem__", cgi));
        }
        _ => {}
    }
    vm.new_native_class(NativeClass {
        name,
        module: "itertools",
        dotted_name: true,
        attrs,
        ..Default::default()
    })
}

/// The class of iterator kind `k`.
fn class_of(vm: &mut Vm, k: Kind2) -> PyResult<Value> {
    let key = class_key(k);
    if let Some((_, c)) = vm.std_classes.iter().find(|(n, _)| n == key) {
        return Ok(*c);
    }
    let c = make_class(vm, k)?;
    vm.std_classes.push((key.to_string(), c));
    Ok(c)
}

fn helper_class(vm: &mut Vm, key: &'static str) -> PyResult<Value> {
    if let Some((_, c)) = vm.std_classes.iter().find(|(n, _)| n == key) {
        return Ok(*c);
    }
    let (name, mut attrs): (&str, Vec<(&str, Value)>) = match key {
        "itertools._grouper" => (
            "_grouper",
            vec![("__iter__", m(IterFn::Iter)), ("__next__", m(IterFn::Next))],
        ),
        "itertools._tee" => (
            "_tee",
            vec![
                ("__iter__", m(IterFn::Iter)),
                ("__next__", m(IterFn::Next)),
                ("__copy__", m(IterFn::Copy)),
            ],
        ),
        _ => ("_tee_dataobject", vec![]),
    };
    attrs.push(("__init__", m(IterFn::Init)));
    let c = vm.new_native_class(NativeClass {
        name,
        module: "itertools",
        dotted_name: true,
        attrs,
        ..Default::default()
    })?;
    vm.std_classes.push((key.to_string(), c));
    Ok(c)
}

fn new_iter(vm: &mut Vm, cls: Value, st: State) -> PyResult<Value> {
    vm.new_native_instance(cls, NativeData::Itertools(Box::new(st)))
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out = Vec::with_capacity(CLASSES.len() + 1);
    for (k, name) in CLASSES {
        out.push((*name, class_of(vm, *k)?));
    }
    out.push(("tee", m(IterFn::Tee)));
    Ok(out)
}

fn state(vm: &Vm, v: Value) -> Option<&State> {
    match vm.native_data(v) {
        Some(NativeData::Itertools(s)) => Some(s),
        _ => None,
    }
}

fn set_state(vm: &mut Vm, v: Value, st: State) {
    if let Some(NativeData::Itertools(s)) = vm.native_data_mut(v) {
        **s = st;
    }
}

/// `elements()` of a Counter: `chain.from_iterable(starmap(repeat, pairs))`, with the repeat
/// objects made up front.
pub fn chain_of_repeats(vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
    let repeat_cls = class_of(vm, Kind2::Repeat)?;
    let mut reps = Vec::with_capacity(pairs.len());
    for (k, n) in pairs {
        let times = count_arg(vm, n)?;
        reps.push(new_iter(
            vm,
            repeat_cls,
            State::Repeat {
                obj: k,
                remaining: Some(times.max(0)),
            },
        )?);
    }
    let list = vm.new_list(reps)?;
    let source = vm.get_iter(list)?;
    let chain_cls = class_of(vm, Kind2::Chain)?;
    new_iter(
        vm,
        chain_cls,
        State::Chain {
            source,
            active: Value::None,
        },
    )
}

fn count_arg(vm: &mut Vm, n: Value) -> PyResult<i64> {
    match n {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ if vm.kind(n) == Kind::Int => Ok(i64::MAX),
        _ => {
            if vm.lookup_user(n, "__index__")?.is_some() {
                return vm.index_value(n);
            }
            let t = vm.type_name(n);
            Err(Exc::type_error(format!(
                "'{t}' object cannot be interpreted as an integer"
            )))
        }
    }
}

// ---- constructors ------------------------------------------------------------------------------

fn no_kw(args: &Args, name: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(Exc::type_error(format!(
            "{name}() takes no keyword arguments"
        )))
    }
}

/// Positional-or-keyword parameters of a constructor (receiver excluded).
fn params(vm: &Vm, args: &Args, fname: &str, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let pos = &args.pos[1..];
    if pos.len() > names.len() {
        return Err(Exc::type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len() + args.kw.len()
        )));
    }
    let mut out: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    for (k, v) in &args.kw {
        let n = vm.str_value(*k).unwrap_or_default();
        match names.iter().position(|x| *x == n) {
            Some(i) if out[i].is_none() => out[i] = Some(*v),
            Some(i) => {
                return Err(Exc::type_error(format!(
                    "argument for {fname}() given by name ('{n}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(Exc::type_error(format!(
                    "'{n}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(out)
}

fn exactly(args: &Args, name: &str, n: usize) -> PyResult<()> {
    let given = args.len() - 1;
    if given != n {
        return Err(Exc::type_error(format!(
            "{name} expected {n} argument{}, got {given}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn is_number(vm: &mut Vm, v: Value) -> PyResult<bool> {
    Ok(match vm.kind(v) {
        Kind::Int | Kind::Float => true,
        Kind::Instance => {
            vm.has_user_special(v, "__add__")
                || vm.has_user_special(v, "__index__")
                || vm.has_user_special(v, "__float__")
                || vm.has_user_special(v, "__int__")
                || vm
                    .payload(v)
                    .is_some_and(|p| matches!(vm.kind(p), Kind::Int | Kind::Float))
        }
        _ => matches!(v, Value::Bool(_)),
    })
}

fn pool_of(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    let items = vm.collect(v)?;
    vm.reserve(items.len() * std::mem::size_of::<Value>())?;
    Ok(items)
}

fn r_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if vm.kind(v) != Kind::Int {
        return Err(Exc::type_error("Expected int as r"));
    }
    let r = match v {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => {
            return Err(Exc::overflow_error(
                "Python int too large to convert to C ssize_t",
            ))
        }
    };
    if r < 0 {
        return Err(Exc::value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

/// An islice index: None, or an int in 0..=sys.maxsize.
fn islice_index(vm: &mut Vm, v: Value, msg: &str) -> PyResult<Option<u64>> {
    if v.is_none() {
        return Ok(None);
    }
    let is_int = vm.kind(v) == Kind::Int || vm.lookup_user(v, "__index__")?.is_some();
    if !is_int {
        return Err(Exc::value_error(msg.to_string()));
    }
    match vm.index_value(v) {
        Ok(i) if i >= 0 => Ok(Some(i as u64)),
        Ok(_) => Err(Exc::value_error(msg.to_string())),
        // Beyond sys.maxsize.
        Err(e)
            if vm.kind(v) == Kind::Int || vm.exc_is(&e, crate::types::BuiltinType::IndexError) =>
        {
            Err(Exc::value_error(msg.to_string()))
        }
        Err(e) => Err(e),
    }
}

fn construct(vm: &mut Vm, k: Kind2, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let st = match k {
        Kind2::Count => {
            let p = params(vm, args, "count", &["start", "step"])?;
            let start = p[0].unwrap_or(Value::Int(0));
            let step = p[1].unwrap_or(Value::Int(1));
            if !is_number(vm, start)? || !is_number(vm, step)? {
                return Err(Exc::type_error("a number is required"));
            }
            let start = if let Value::Bool(b) = start {
                Value::Int(b as i64)
            } else {
                start
            };
            State::Count { next: start, step }
        }
        Kind2::Cycle => {
            no_kw(args, "cycle")?;
            exactly(args, "cycle", 1)?;
            let it = vm.get_iter(args.pos[1])?;
            State::Cycle {
                it,
                saved: Vec::new(),
                index: 0,
                exhausted: false,
            }
        }
        Kind2::Repeat => {
            let p = params(vm, args, "repeat", &["object", "times"])?;
            let Some(obj) = p[0] else {
                return Err(Exc::type_error(
                    "repeat() missing required argument 'object' (pos 1)",
                ));
            };
            let remaining = match p[1] {
                None => None,
                Some(t) => Some(count_arg(vm, t)?.max(0)),
            };
            State::Repeat { obj, remaining }
        }
        Kind2::Accumulate => {
            let p = params(vm, args, "accumulate", &["iterable", "func", "initial"])?;
            let Some(src) = p[0] else {
                return Err(Exc::type_error(
                    "accumulate() missing required argument 'iterable' (pos 1)",
                ));
            };
            let it = vm.get_iter(src)?;
            State::Accumulate {
                it,
                func: p[1].unwrap_or(Value::None),
                total: None,
                initial: p[2].filter(|v| !v.is_none()),
            }
        }
        Kind2::Chain => {
            no_kw(args, "chain")?;
            let t = vm.new_tuple(args.pos[1..].to_vec())?;
            let source = vm.get_iter(t)?;
            State::Chain {
                source,
                active: Value::None,
            }
        }
        Kind2::Compress => {
            let p = params(vm, args, "compress", &["data", "selectors"])?;
            let (Some(d), Some(s)) = (p[0], p[1]) else {
                return Err(Exc::type_error(
                    "compress() missing required argument 'selectors' (pos 2)",
                ));
            };
            let data = vm.get_iter(d)?;
            let selectors = vm.get_iter(s)?;
            State::Compress { data, selectors }
        }
        Kind2::DropWhile | Kind2::TakeWhile | Kind2::FilterFalse | Kind2::StarMap => {
            let name = match k {
                Kind2::DropWhile => "dropwhile",
                Kind2::TakeWhile => "takewhile",
                Kind2::FilterFalse => "filterfalse",
                _ => "starmap",
            };
            no_kw(args, name)?;
            exactly(args, name, 2)?;
            let pred = args.pos[1];
            let it = vm.get_iter(args.pos[2])?;
            match k {
                Kind2::DropWhile => State::DropWhile {
                    pred,
                    it,
                    dropping: true,
                },
                Kind2::TakeWhile => State::TakeWhile {
                    pred,
                    it,
                    done: false,
                },
                Kind2::FilterFalse => State::FilterFalse { pred, it },
                _ => State::StarMap { func: pred, it },
            }
        }
        Kind2::GroupBy => {
            let p = params(vm, args, "groupby", &["iterable", "key"])?;
            let Some(src) = p[0] else {
                return Err(Exc::type_error(
                    "groupby() missing required argument 'iterable' (pos 1)",
                ));
            };
            let it = vm.get_iter(src)?;
            State::GroupBy {
                it,
                key: p[1].unwrap_or(Value::None),
                tgtkey: None,
                currkey: None,
                currvalue: None,
                currgrouper: Value::None,
            }
        }
        Kind2::ISlice => {
            no_kw(args, "islice")?;
            let given = args.len() - 1;
            if !(2..=4).contains(&given) {
                let msg = if given < 2 {
                    format!("islice expected at least 2 arguments, got {given}")
                } else {
                    format!("islice expected at most 4 arguments, got {given}")
                };
                return Err(Exc::type_error(msg));
            }
            let stop_msg =
                "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            let idx_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            let (start, stop, step) = if given == 2 {
                (None, islice_index(vm, args.pos[2], stop_msg)?, None)
            } else {
                let start = islice_index(vm, args.pos[2], idx_msg)?;
                let stop = islice_index(vm, args.pos[3], stop_msg)?;
                let step_msg = "Step for islice() must be a positive integer or None.";
                let step = match args.get(4) {
                    Some(s) => islice_index(vm, s, step_msg)?,
                    None => None,
                };
                (start, stop, step)
            };
            if step == Some(0) {
                return Err(Exc::value_error(
                    "Step for islice() must be a positive integer or None.",
                ));
            }
            let it = vm.get_iter(args.pos[1])?;
            State::ISlice {
                it,
                next: start.unwrap_or(0),
                stop,
                step: step.unwrap_or(1),
                cnt: 0,
            }
        }
        Kind2::Pairwise => {
            no_kw(args, "pairwise")?;
            exactly(args, "pairwise", 1)?;
            let it = vm.get_iter(args.pos[1])?;
            State::Pairwise { it, old: None }
        }
        Kind2::ZipLongest => {
            let mut fill = Value::None;
            for (kname, v) in &args.kw {
                if vm.str_eq_literal(*kname, "fillvalue") {
                    fill = *v;
                } else {
                    return Err(Exc::type_error(
                        "zip_longest() got an unexpected keyword argument",
                    ));
                }
            }
            let mut iters = Vec::with_capacity(args.len() - 1);
            for a in &args.pos[1..] {
                iters.push(vm.get_iter(*a)?);
            }
            let active = iters.len();
            State::ZipLongest {
                iters,
                active,
                fill,
            }
        }
        Kind2::Product => {
            let mut repeat = 1i64;
            for (kname, v) in &args.kw {
                if vm.str_eq_literal(*kname, "repeat") {
                    repeat = vm.index_value(*v)?;
                } else {
                    let n = vm.str_value(*kname).unwrap_or_default();
                    return Err(Exc::type_error(format!(
                        "product() got an unexpected keyword argument '{n}'"
                    )));
                }
            }
            if repeat < 0 {
                return Err(Exc::value_error("repeat argument cannot be negative"));
            }
            let mut base = Vec::with_capacity(args.len() - 1);
            for a in &args.pos[1..] {
                base.push(pool_of(vm, *a)?);
            }
            let total = base.len().saturating_mul(repeat as usize);
            if total > 1 << 20 {
                return Err(Exc::overflow_error("repeat argument too large"));
            }
            let mut pools = Vec::with_capacity(total);
            if !base.is_empty() {
                for _ in 0..repeat {
                    pools.extend(base.iter().cloned());
                }
            }
            let done = pools.iter().any(|p| p.is_empty());
            State::Product {
                indices: vec![0; pools.len()],
                pools,
                started: false,
                done,
            }
        }
        Kind2::Permutations => {
            let p = params(vm, args, "permutations", &["iterable", "r"])?;
            let Some(src) = p[0] else {
                return Err(Exc::type_error(
                    "permutations() missing required argument 'iterable' (pos 1)",
                ));
            };
            let pool = pool_of(vm, src)?;
            let n = pool.len();
            let r = match p[1] {
                Some(v) if !v.is_none() => r_arg(vm, v)?,
                _ => n,
            };
            let cycles = if r <= n {
                (0..r).map(|i| n - i).collect()
            } else {
                Vec::new()
            };
            State::Permutations {
                indices: (0..n).collect(),
                cycles,
                done: r > n,
                pool,
                r,
                started: false,
            }
        }
        Kind2::Combinations | Kind2::CombWithRep => {
            let name = if k == Kind2::Combinations {
                "combinations"
            } else {
                "combinations_with_replacement"
            };
            let p = params(vm, args, name, &["iterable", "r"])?;
            let Some(src) = p[0] else {
                return Err(Exc::type_error(format!(
                    "{name}() missing required argument 'iterable' (pos 1)"
                )));
            };
            let Some(rv) = p[1] else {
                return Err(Exc::type_error(format!(
                    "{name}() missing required argument 'r' (pos 2)"
                )));
            };
            let pool = pool_of(vm, src)?;
            let r = r_arg(vm, rv)?;
            let replacement = k == Kind2::CombWithRep;
            let n = pool.len();
            let (indices, done) = if replacement {
                (vec![0; r], n == 0 && r > 0)
            } else {
                ((0..r).collect(), r > n)
            };
            State::Combinations {
                pool,
                indices,
                started: false,
                done,
                replacement,
            }
        }
    };
    new_iter(vm, cls, st)
}

fn it_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn it_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}

fn class_getitem(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}

fn chain_from_iterable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("from_iterable", 1, 1)?;
    let cls = args.this();
    let source = vm.get_iter(args.pos[1])?;
    new_iter(
        vm,
        cls,
        State::Chain {
            source,
            active: Value::None,
        },
    )
}

fn stop() -> Exc {
    Exc::stop_iteration(Value::None)
}

fn next_of(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    if it.is_none() {
        return Ok(None);
    }
    vm.iter_next(it)
}

// ---- stepping ---------------------------------------------------------------------------------

fn it_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let Some(st) = state(vm, this).cloned() else {
        return Err(Exc::type_error("an itertools iterator is required"));
    };
    match step(vm, this, st)? {
        Some(v) => Ok(v),
        None => Err(stop()),
    }
}

/// Produces the next item of iterator `this` whose state (a copy) is `st`, storing the new
/// state back. Values are cloned out first because stepping may run Python code that touches
/// the same iterator.
fn step(vm: &mut Vm, this: Value, st: State) -> PyResult<Option<Value>> {
    match st {
        State::Count { next, step } => {
            let after = match (next, step) {
                (Value::Int(a), Value::Int(b)) => match a.checked_add(b) {
                    Some(c) => Value::Int(c),
                    None => binary(vm, BinOp::Add, next, step, false)?,
                },
                _ => binary(vm, BinOp::Add, next, step, false)?,
            };
            set_state(vm, this, State::Count { next: after, step });
            Ok(Some(next))
        }
        State::Cycle {
            it,
            mut saved,
            index,
            exhausted,
        } => {
            if !exhausted {
                if let Some(v) = vm.iter_next(it)? {
                    saved.push(v);
                    set_state(
                        vm,
                        this,
                        State::Cycle {
                            it,
                            saved,
                            index,
                            exhausted,
                        },
                    );
                    return Ok(Some(v));
                }
            }
            if saved.is_empty() {
                return Ok(None);
            }
            let i = index % saved.len();
            let v = saved[i];
            set_state(
                vm,
                this,
                State::Cycle {
                    it: Value::None,
                    saved,
                    index: i + 1,
                    exhausted: true,
                },
            );
            Ok(Some(v))
        }
        State::Repeat { obj, remaining } => match remaining {
            None => Ok(Some(obj)),
            Some(0) => Ok(None),
            Some(n) => {
                set_state(
                    vm,
                    this,
                    State::Repeat {
                        obj,
                        remaining: Some(n - 1),
                    },
                );
                Ok(Some(obj))
            }
        },
        State::Accumulate {
            it,
            func,
            total,
            initial,
        } => {
            if let Some(init) = initial {
                set_state(
                    vm,
                    this,
                    State::Accumulate {
                        it,
                        func,
                        total: Some(init),
                        initial: None,
                    },
                );
                return Ok(Some(init));
            }
            let Some(v) = vm.iter_next(it)? else {
                return Ok(None);
            };
            let new_total = match total {
                None => v,
                Some(t) => {
                    if func.is_none() {
                        binary(vm, BinOp::Add, t, v, false)?
                    } else {
                        vm.call(func, &[t, v])?
                    }
                }
            };
            set_state(
                vm,
                this,
                State::Accumulate {
                    it,
                    func,
                    total: Some(new_total),
                    initial: None,
                },
            );
            Ok(Some(new_total))
        }
        State::Chain { source, mut active } => loop {
            if !active.is_none() {
                if let Some(v) = vm.iter_next(active)? {
                    return Ok(Some(v));
                }
            }
            let Some(next_iterable) = next_of(vm, source)? else {
                set_state(
                    vm,
                    this,
                    State::Chain {
                        source: Value::None,
                        active: Value::None,
                    },
                );
                return Ok(None);
            };
            active = vm.get_iter(next_iterable)?;
            set_state(vm, this, State::Chain { source, active });
        },
        State::Compress { data, selectors } => loop {
            let Some(d) = vm.iter_next(data)? else {
                return Ok(None);
            };
            let Some(s) = vm.iter_next(selectors)? else {
                return Ok(None);
            };
            if vm.truthy(s)? {
                return Ok(Some(d));
            }
        },
        State::DropWhile { pred, it, dropping } => loop {
            let Some(v) = vm.iter_next(it)? else {
                return Ok(None);
            };
            if !dropping {
                return Ok(Some(v));
            }
            let r = vm.call(pred, &[v])?;
            if !vm.truthy(r)? {
                set_state(
                    vm,
                    this,
                    State::DropWhile {
                        pred,
                        it,
                        dropping: false,
                    },
                );
                return Ok(Some(v));
            }
        },
        State::TakeWhile { pred, it, done } => {
            if done {
                return Ok(None);
            }
            let Some(v) = vm.iter_next(it)? else {
                return Ok(None);
            };
            let r = vm.call(pred, &[v])?;
            if vm.truthy(r)? {
                return Ok(Some(v));
            }
            set_state(
                vm,
                this,
                State::TakeWhile {
                    pred,
                    it,
                    done: true,
                },
            );
            Ok(None)
        }
        State::FilterFalse { pred, it } => loop {
            let Some(v) = vm.iter_next(it)? else {
                return Ok(None);
            };
            let t = if pred.is_none() {
                vm.truthy(v)?
            } else {
                let r = vm.call(pred, &[v])?;
                vm.truthy(r)?
            };
            if !t {
                return Ok(Some(v));
            }
        },
        State::StarMap { func, it } => {
            let Some(v) = vm.iter_next(it)? else {
                return Ok(None);
            };
            let a = vm.collect(v)?;
            vm.call(func, &a).map(Some)
        }
        State::Pairwise { it, old } => {
            let old = match old {
                Some(o) => o,
                None => match vm.iter_next(it)? {
                    Some(o) => o,
                    None => return Ok(None),
                },
            };
            let Some(new) = vm.iter_next(it)? else {
                set_state(vm, this, State::Pairwise { it, old: None });
                return Ok(None);
            };
            set_state(vm, this, State::Pairwise { it, old: Some(new) });
            vm.new_tuple(vec![old, new]).map(Some)
        }
        State::ISlice {
            it,
            mut next,
            stop,
            step,
            mut cnt,
        } => {
            if it.is_none() {
                return Ok(None);
            }
            let finish = |vm: &mut Vm, cnt: u64| {
                set_state(
                    vm,
                    this,
                    State::ISlice {
                        it: Value::None,
                        next,
                        stop,
                        step,
                        cnt,
                    },
                );
            };
            while cnt < next {
                if vm.iter_next(it)?.is_none() {
                    finish(vm, cnt);
                    return Ok(None);
                }
                cnt += 1;
                if cnt.is_multiple_of(4096) {
                    vm.check_limits()?;
                }
            }
            if let Some(s) = stop {
                if cnt >= s {
                    finish(vm, cnt);
                    return Ok(None);
                }
            }
            let Some(v) = vm.iter_next(it)? else {
                finish(vm, cnt);
                return Ok(None);
            };
            cnt += 1;
            let old = next;
            next = next.wrapping_add(step);
            if next < old || stop.is_some_and(|s| next > s) {
                next = stop.unwrap_or(u64::MAX);
            }
            set_state(
                vm,
                this,
                State::ISlice {
                    it,
                    next,
                    stop,
                    step,
                    cnt,
                },
            );
            Ok(Some(v))
        }
        State::GroupBy { .. } => groupby_next(vm, this),
        State::Grouper { parent, tgtkey } => grouper_next(vm, this, parent, tgtkey),
        State::Tee { link, index } => tee_next(vm, this, link, index),
        State::TeeLink { .. } => Ok(None),
        State::ZipLongest {
            mut iters,
            mut active,
            fill,
        } => {
            if iters.is_empty() || active == 0 {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(iters.len());
            for slot in iters.iter_mut() {
                let it = *slot;
                if it.is_none() {
                    out.push(fill);
                    continue;
                }
                match vm.iter_next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        active -= 1;
                        if active == 0 {
                            set_state(
                                vm,
                                this,
                                State::ZipLongest {
                                    iters: Vec::new(),
                                    active: 0,
                                    fill,
                                },
                            );
                            return Ok(None);
                        }
                        *slot = Value::None;
                        out.push(fill);
                    }
                }
            }
            set_state(
                vm,
                this,
                State::ZipLongest {
                    iters,
                    active,
                    fill,
                },
            );
            vm.new_tuple(out).map(Some)
        }
        State::Product {
            pools,
            mut indices,
            started,
            mut done,
        } => {
            if done {
                return Ok(None);
            }
            if started {
                // Advance the rightmost index that can move, resetting those after it.
                let mut i = pools.len();
                loop {
                    if i == 0 {
                        done = true;
                        break;
                    }
                    i -= 1;
                    indices[i] += 1;
                    if indices[i] < pools[i].len() {
                        break;
                    }
                    indices[i] = 0;
                }
                if done {
                    set_state(
                        vm,
                        this,
                        State::Product {
                            pools: Vec::new(),
                            indices: Vec::new(),
                            started: true,
                            done: true,
                        },
                    );
                    return Ok(None);
                }
            }
            let out: Vec<Value> = indices
                .iter()
                .zip(pools.iter())
                .map(|(i, p)| p[*i])
                .collect();
            set_state(
                vm,
                this,
                State::Product {
                    pools,
                    indices,
                    started: true,
                    done: false,
                },
            );
            vm.new_tuple(out).map(Some)
        }
        State::Permutations {
            pool,
            r,
            mut indices,
            mut cycles,
            started,
            done,
        } => {
            if done {
                return Ok(None);
            }
            let n = pool.len();
            if started {
                let mut advanced = false;
                let mut i = r;
                while i > 0 {
                    i -= 1;
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        let moved = indices.remove(i);
                        indices.push(moved);
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        indices.swap(i, n - j);
                        advanced = true;
                        break;
                    }
                }
                if !advanced {
                    set_state(
                        vm,
                        this,
                        State::Permutations {
                            pool: Vec::new(),
                            r,
                            indices: Vec::new(),
                            cycles: Vec::new(),
                            started: true,
                            done: true,
                        },
                    );
                    return Ok(None);
                }
            }
            let out: Vec<Value> = indices[..r].iter().map(|i| pool[*i]).collect();
            set_state(
                vm,
                this,
                State::Permutations {
                    pool,
                    r,
                    indices,
                    cycles,
                    started: true,
                    done: false,
                },
            );
            vm.new_tuple(out).map(Some)
        }
        State::Combinations {
            pool,
            mut indices,
            started,
            done,
            replacement,
        } => {
            if done {
                return Ok(None);
            }
            let n = pool.len();
            let r = indices.len();
            if started {
                let mut found = None;
                let mut i = r;
                while i > 0 {
                    i -= 1;
                    let limit = if replacement { n - 1 } else { i + n - r };
                    if indices[i] != limit {
                        found = Some(i);
                        break;
                    }
                }
                let Some(i) = found else {
                    set_state(
                        vm,
                        this,
                        State::Combinations {
                            pool: Vec::new(),
                            indices: Vec::new(),
                            started: true,
                            done: true,
                            replacement,
                        },
                    );
                    return Ok(None);
                };
                if replacement {
                    let v = indices[i] + 1;
                    for x in indices[i..].iter_mut() {
                        *x = v;
                    }
                } else {
                    indices[i] += 1;
                    for j in i + 1..r {
                        indices[j] = indices[j - 1] + 1;
                    }
                }
            }
            let out: Vec<Value> = indices.iter().map(|i| pool[*i]).collect();
            set_state(
                vm,
                this,
                State::Combinations {
                    pool,
                    indices,
                    started: true,
                    done: false,
                    replacement,
                },
            );
            vm.new_tuple(out).map(Some)
        }
    }
}

// ---- groupby ----------------------------------------------------------------------------------

fn groupby_parts(vm: &Vm, gb: Value) -> PyResult<State> {
    match state(vm, gb) {
        Some(s @ State::GroupBy { .. }) => Ok(s.clone()),
        _ => Err(Exc::internal("groupby state")),
    }
}

/// Reads the next value and its key into the groupby state; false when exhausted.
fn groupby_step(vm: &mut Vm, gb: Value) -> PyResult<bool> {
    let State::GroupBy { it, key, .. } = groupby_parts(vm, gb)? else {
        return Ok(false);
    };
    let Some(v) = vm.iter_next(it)? else {
        return Ok(false);
    };
    let k = if key.is_none() {
        v
    } else {
        vm.call(key, &[v])?
    };
    if let Some(NativeData::Itertools(s)) = vm.native_data_mut(gb) {
        if let State::GroupBy {
            currkey, currvalue, ..
        } = s.as_mut()
        {
            *currkey = Some(k);
            *currvalue = Some(v);
        }
    }
    Ok(true)
}

fn groupby_next(vm: &mut Vm, gb: Value) -> PyResult<Option<Value>> {
    if let Some(NativeData::Itertools(s)) = vm.native_data_mut(gb) {
        if let State::GroupBy { currgrouper, .. } = s.as_mut() {
            *currgrouper = Value::None;
        }
    }
    loop {
        let State::GroupBy {
            tgtkey, currkey, ..
        } = groupby_parts(vm, gb)?
        else {
            return Ok(None);
        };
        match (currkey, tgtkey) {
            (None, _) => {}
            (Some(_), None) => break,
            (Some(c), Some(t)) => {
                if !(t.is(c) || vm.eq(t, c)?) {
                    break;
                }
            }
        }
        if !groupby_step(vm, gb)? {
            return Ok(None);
        }
    }
    let State::GroupBy { currkey, .. } = groupby_parts(vm, gb)? else {
        return Ok(None);
    };
    let key = currkey.unwrap_or(Value::None);
    let gcls = helper_class(vm, "itertools._grouper")?;
    let grouper = new_iter(
        vm,
        gcls,
        State::Grouper {
            parent: gb,
            tgtkey: key,
        },
    )?;
    if let Some(NativeData::Itertools(s)) = vm.native_data_mut(gb) {
        if let State::GroupBy {
            tgtkey,
            currgrouper,
            ..
        } = s.as_mut()
        {
            *tgtkey = Some(key);
            *currgrouper = grouper;
        }
    }
    vm.new_tuple(vec![key, grouper]).map(Some)
}

fn grouper_next(vm: &mut Vm, this: Value, parent: Value, tgtkey: Value) -> PyResult<Option<Value>> {
    let State::GroupBy {
        currgrouper,
        currvalue,
        ..
    } = groupby_parts(vm, parent)?
    else {
        return Ok(None);
    };
    if !currgrouper.is(this) {
        return Ok(None);
    }
    if currvalue.is_none() && !groupby_step(vm, parent)? {
        return Ok(None);
    }
    let State::GroupBy {
        currkey, currvalue, ..
    } = groupby_parts(vm, parent)?
    else {
        return Ok(None);
    };
    let ck = currkey.unwrap_or(Value::None);
    if !(tgtkey.is(ck) || vm.eq(tgtkey, ck)?) {
        return Ok(None);
    }
    if let Some(NativeData::Itertools(s)) = vm.native_data_mut(parent) {
        if let State::GroupBy { currvalue, .. } = s.as_mut() {
            *currvalue = None;
        }
    }
    Ok(currvalue)
}

// ---- tee ---------------------------------------------------------------------------------------

fn tee_link(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let cls = helper_class(vm, "itertools._tee_dataobject")?;
    new_iter(
        vm,
        cls,
        State::TeeLink {
            it,
            values: Vec::new(),
            next: Value::None,
        },
    )
}

fn new_tee(vm: &mut Vm, link: Value, index: usize) -> PyResult<Value> {
    let cls = helper_class(vm, "itertools._tee")?;
    new_iter(vm, cls, State::Tee { link, index })
}

fn tee_next(
    vm: &mut Vm,
    this: Value,
    mut link: Value,
    mut index: usize,
) -> PyResult<Option<Value>> {
    loop {
        let (it, len, next) = match state(vm, link) {
            Some(State::TeeLink { it, values, next }) => (*it, values.len(), *next),
            _ => return Err(Exc::internal("tee link")),
        };
        if index < len {
            let v = match state(vm, link) {
                Some(State::TeeLink { values, .. }) => values[index],
                _ => return Err(Exc::internal("tee link")),
            };
            set_state(
                vm,
                this,
                State::Tee {
                    link,
                    index: index + 1,
                },
            );
            return Ok(Some(v));
        }
        if len < TEE_LINK {
            let Some(v) = vm.iter_next(it)? else {
                return Ok(None);
            };
            if let Some(NativeData::Itertools(s)) = vm.native_data_mut(link) {
                if let State::TeeLink { values, .. } = s.as_mut() {
                    values.push(v);
                }
            }
            set_state(
                vm,
                this,
                State::Tee {
                    link,
                    index: index + 1,
                },
            );
            return Ok(Some(v));
        }
        let next = if next.is_none() {
            let n = tee_link(vm, it)?;
            if let Some(NativeData::Itertools(s)) = vm.native_data_mut(link) {
                if let State::TeeLink { next, .. } = s.as_mut() {
                    *next = n;
                }
            }
            n
        } else {
            next
        };
        link = next;
        index = 0;
    }
}

fn tee_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match state(vm, args.this()) {
        Some(State::Tee { link, index }) => {
            let (link, index) = (*link, *index);
            new_tee(vm, link, index)
        }
        _ => Err(Exc::type_error("expected a tee object")),
    }
}

/// `tee(iterable, n=2)`.
fn tee(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error(
            "itertools.tee() takes no keyword arguments",
        ));
    }
    args.check_func("tee", 1, 2)?;
    let n = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 2,
    };
    if n < 0 {
        return Err(Exc::value_error("n must be >= 0"));
    }
    if n == 0 {
        return vm.new_tuple(Vec::new());
    }
    let src = args.pos[0];
    let first = match state(vm, src) {
        Some(State::Tee { link, index }) => {
            let (link, index) = (*link, *index);
            new_tee(vm, link, index)?
        }
        _ => {
            let it = vm.get_iter(src)?;
            if let Some(State::Tee { link, index }) = state(vm, it) {
                let (link, index) = (*link, *index);
                new_tee(vm, link, index)?
            } else {
                let link = tee_link(vm, it)?;
                new_tee(vm, link, 0)?
            }
        }
    };
    let mut out = vec![first];
    for _ in 1..n {
        let c = tee_copy(vm, &Args::new(&[first]))?;
        out.push(c);
    }
    vm.new_tuple(out)
}

// ---- reprs and hints -------------------------------------------------------------------------

fn it_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let name = crate::modules::operator::short_type_name(vm, this);
    let s = match state(vm, this).cloned() {
        Some(State::Count { next, step }) => {
            let n = vm.repr(next)?;
            if matches!(step, Value::Int(1)) {
                format!("{name}({n})")
            } else {
                let s = vm.repr(step)?;
                format!("{name}({n}, {s})")
            }
        }
        Some(State::Repeat { obj, remaining }) => {
            let o = vm.repr(obj)?;
            match remaining {
                Some(k) => format!("{name}({o}, {k})"),
                None => format!("{name}({o})"),
            }
        }
        _ => {
            let Value::Obj(id) = this else {
                return Err(Exc::internal("itertools repr"));
            };
            let (q, module) = {
                let cls = vm.type_of(this);
                vm.class_qualname(cls)
            };
            format!(
                "<{module}.{q} object at {}>",
                crate::builtins::object::address(id)
            )
        }
    };
    vm.new_str(s)
}

fn it_length_hint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match state(vm, args.this()) {
        Some(State::Repeat { remaining, .. }) => match remaining {
            Some(k) => Ok(Value::Int(*k)),
            None => Err(Exc::type_error("len() of unsized object")),
        },
        _ => Ok(Value::Int(0)),
    }
}
