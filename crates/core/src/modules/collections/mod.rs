//! `collections`: `deque`, `Counter`, `defaultdict`, `OrderedDict`, `namedtuple` and `ChainMap`,
//! as in CPython 3.11.
//!
//! Supported:
//! - `deque` (a native ring buffer): every method, `maxlen`, indexing, comparisons, `+`/`*`,
//!   iteration that detects mutation, CPython's reprs and messages.
//! - `Counter`, `defaultdict`, `OrderedDict`: real `dict` subclasses (instances carry a dict
//!   payload), so every dict method and `isinstance(x, dict)` work; `Counter` has
//!   `most_common`, `elements`, `update`/`subtract`, `total`, the multiset operators and
//!   inclusion comparisons; `defaultdict` has `default_factory` and `__missing__`; `OrderedDict`
//!   has `move_to_end`, `popitem(last=)` and order-sensitive equality.
//! - `namedtuple(typename, field_names, *, rename, defaults, module)`: a `tuple` subclass with
//!   `_make`, `_asdict`, `_replace`, `_fields`, `_field_defaults`, field properties and the usual
//!   repr; it can be subclassed.
//! - `ChainMap`: `maps`, `new_child`, `parents`, lookups, writes to the first map, `|`.
//!
//! Not supported: `UserDict`, `UserList`, `UserString`; pickling (`__reduce__`). Known gaps:
//! `OrderedDict` views print as `dict_keys(...)` (CPython: `odict_keys(...)`); namedtuple
//! instances accept new attributes (montybox has no `__slots__`); a defaultdict's
//! `default_factory` is an instance attribute, so it shows in `vars()`.

mod chainmap;
mod counter;
mod deque;
mod dicts;
mod namedtuple;

use serde::{Deserialize, Serialize};

use crate::builtins::Args;
use crate::error::PyResult;
use crate::modules::native::NativeData;
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::value::Value;
use crate::vm::Vm;

pub use deque::{DequeData, DequeIterData};

/// The native state of `collections` objects.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum State {
    Deque(DequeData),
    DequeIter(DequeIterData),
    /// A namedtuple field accessor: the field's index.
    TupleGetter(usize),
}

impl State {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            State::Deque(d) => d.items.iter().for_each(|v| f(*v)),
            State::DequeIter(it) => f(it.deque),
            State::TupleGetter(_) => {}
        }
    }

    pub fn size_estimate(&self) -> usize {
        match self {
            State::Deque(d) => d.items.capacity() * std::mem::size_of::<Value>(),
            State::DequeIter(_) => std::mem::size_of::<DequeIterData>(),
            State::TupleGetter(_) => 8,
        }
    }
}

pub(crate) fn state_ref(vm: &Vm, v: Value) -> Option<&State> {
    match vm.native_data(v) {
        Some(NativeData::Collections(s)) => Some(s),
        _ => None,
    }
}

pub(crate) fn state_mut(vm: &mut Vm, v: Value) -> Option<&mut State> {
    match vm.native_data_mut(v) {
        Some(NativeData::Collections(s)) => Some(s),
        _ => None,
    }
}

native_methods! {
    pub enum ModFn {
        NamedTuple => "namedtuple" => namedtuple::namedtuple,
    }
}

/// Every native function of the module (module functions and methods of its classes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CollFn {
    Mod(ModFn),
    Deque(deque::DequeFn),
    DequeIter(deque::DequeIterFn),
    Counter(counter::CounterFn),
    DefaultDict(dicts::DefaultDictFn),
    OrderedDict(dicts::OrderedDictFn),
    NamedTuple(namedtuple::NamedTupleFn),
    TupleGetter(namedtuple::TupleGetterFn),
    ChainMap(chainmap::ChainMapFn),
}

impl CollFn {
    pub fn name(self) -> &'static str {
        match self {
            CollFn::Mod(f) => f.name(),
            CollFn::Deque(f) => f.name(),
            CollFn::DequeIter(f) => f.name(),
            CollFn::Counter(f) => f.name(),
            CollFn::DefaultDict(f) => f.name(),
            CollFn::OrderedDict(f) => f.name(),
            CollFn::NamedTuple(f) => f.name(),
            CollFn::TupleGetter(f) => f.name(),
            CollFn::ChainMap(f) => f.name(),
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            CollFn::Mod(f) => f.call(vm, args),
            CollFn::Deque(f) => f.call(vm, args),
            CollFn::DequeIter(f) => f.call(vm, args),
            CollFn::Counter(f) => f.call(vm, args),
            CollFn::DefaultDict(f) => f.call(vm, args),
            CollFn::OrderedDict(f) => f.call(vm, args),
            CollFn::NamedTuple(f) => f.call(vm, args),
            CollFn::TupleGetter(f) => f.call(vm, args),
            CollFn::ChainMap(f) => f.call(vm, args),
        }
    }
}

pub(crate) fn coll_fn(f: CollFn) -> Value {
    func_value(ModuleFn::Collections(f))
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let deque = vm.std_class("collections.deque", deque_class)?;
    let counter = vm.std_class("collections.Counter", counter::make_class)?;
    let defaultdict = vm.std_class("collections.defaultdict", dicts::make_defaultdict)?;
    let ordered = vm.std_class("collections.OrderedDict", dicts::make_ordereddict)?;
    let chainmap = vm.std_class("collections.ChainMap", chainmap::make_class)?;
    let abc = crate::modules::import(vm, "collections.abc")?;
    Ok(vec![
        ("deque", deque),
        ("Counter", counter),
        ("defaultdict", defaultdict),
        ("OrderedDict", ordered),
        ("ChainMap", chainmap),
        ("namedtuple", coll_fn(CollFn::Mod(ModFn::NamedTuple))),
        ("abc", abc),
    ])
}

/// The class `collections.deque` (the `std_class` maker, for other modules).
pub fn deque_class(vm: &mut Vm) -> PyResult<Value> {
    deque::make_class(vm)
}

/// The class `collections.Counter` (for other modules).
pub fn counter_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("collections.Counter", counter::make_class)
}

/// The class `collections.OrderedDict`.
pub fn ordereddict_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("collections.OrderedDict", dicts::make_ordereddict)
}

/// The class `collections.defaultdict`.
pub fn defaultdict_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("collections.defaultdict", dicts::make_defaultdict)
}

/// A namedtuple class made natively (`functools.CacheInfo`).
pub fn make_namedtuple(
    vm: &mut Vm,
    typename: &str,
    fields: &[&str],
    module: &str,
) -> PyResult<Value> {
    let t = vm.new_str(typename.to_string())?;
    let mut names = Vec::with_capacity(fields.len());
    for f in fields {
        names.push(vm.new_str(f.to_string())?);
    }
    let l = vm.new_list(names)?;
    let m = vm.new_str(module.to_string())?;
    let mk = vm.new_str("module".to_string())?;
    let mut a = Args::new(&[t, l]);
    a.kw.push((mk, m));
    namedtuple::namedtuple(vm, &a)
}
