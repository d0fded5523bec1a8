//! Native classes for the standard-library modules: how a module written in Rust defines a
//! Python class, keeps per-instance state, and finds its classes again.
//!
//! A native class is an ordinary heap `Class` whose namespace holds native functions
//! (`Value::Builtin(Builtin::Module(..))`), so everything the VM does for user classes —
//! attribute lookup, binding, special-method dispatch, subclassing, `isinstance` — works for it
//! unchanged. A native function found in a class namespace binds like a Python function
//! (receiving the instance first); wrap it with [`Vm::static_method`] or [`Vm::class_method`]
//! for the other kinds, and with [`Vm::native_property`] for computed attributes. `__new__` is
//! called with the class first, like CPython's implicit static `__new__`.
//!
//! Instance state lives in [`NativeData`], one variant per kind of state, stored as the
//! instance's `Payload::Native`. It must be serializable (snapshots) and must report every
//! `Value` it holds to `trace` (garbage collection).
//!
//! Classes are created once per run and cached by a unique key such as `"collections.deque"`
//! ([`Vm::std_class`]), so native code can construct instances (`date + timedelta` -> `date`)
//! without going through a module attribute the program may have rebound.
//!
//! Adding a module: write `modules/NAME.rs` with a `native_methods!` enum of its functions and an
//! `attrs(vm)` function returning the module's attributes, then add one line to the
//! `std_modules!` table in `modules/mod.rs`. Give each class's state a `NativeData` variant here.

use serde::{Deserialize, Serialize};

use crate::builtins::class::{Instance, Payload};
use crate::builtins::dict::Dict;
use crate::error::{Exc, PyResult};
use crate::heap::{Object, Property};
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

/// The state of an instance of a native standard-library class.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum NativeData {
    Operator(Box<crate::modules::operator::OpState>),
    Collections(Box<crate::modules::collections::State>),
    CollectionsAbc(Box<crate::modules::collections_abc::State>),
    Itertools(Box<crate::modules::itertools::State>),
    Functools(Box<crate::modules::functools::State>),
    Heapq(Box<crate::modules::heapq::MergeState>),
    /// `datetime.date`, `time`, `datetime`, `timedelta`, `timezone`.
    Datetime(crate::modules::datetime::DtData),
    /// `dataclasses`' field plans and decorators.
    Dataclass(crate::modules::dataclasses::DcData),
    /// `enum`'s class-body namespaces.
    Enum(crate::modules::r#enum::EnumData),
    /// `typing`'s special forms, aliases, type variables, `mappingproxy`, named tuple fields.
    Typing(crate::modules::typing::TypingData),
    /// The running loop object of `asyncio.get_running_loop()`.
    AsyncioLoop,
    AsyncioTimeout(Box<crate::modules::asyncio::TimeoutState>),
    AsyncioTaskGroup(Box<crate::modules::asyncio::TaskGroupState>),
    AsyncioSync(Box<crate::modules::asyncio::SyncState>),
    AsyncioQueue(Box<crate::modules::asyncio::QueueState>),
    /// `random.Random`: the Mersenne Twister state.
    Random(Box<crate::modules::random::MtState>),
    /// `fractions.Fraction`: the normalized value.
    Fraction(Box<crate::modules::fractions::FractionData>),
    /// `decimal`: a Decimal, a Context, and their helper objects.
    Decimal(Box<crate::modules::decimal::DecState>),
    /// `statistics.NormalDist`: mu and sigma.
    NormalDist(Box<crate::modules::statistics::NormalDistData>),
    RePattern(crate::modules::re::PatternData),
    ReMatch(crate::modules::re::MatchData),
    ReScanner(crate::modules::re::ScannerData),
    /// The classes of the text and data modules (`io`, `csv`, `hashlib`, `uuid`...).
    Text(crate::modules::support::TextData),
}

impl NativeData {
    /// Reports every value the state holds.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            NativeData::Operator(s) => s.trace(f),
            NativeData::Collections(s) => s.trace(f),
            NativeData::CollectionsAbc(s) => s.trace(f),
            NativeData::Itertools(s) => s.trace(f),
            NativeData::Functools(s) => s.trace(f),
            NativeData::Heapq(s) => s.trace(f),
            NativeData::Datetime(d) => d.trace(f),
            NativeData::Dataclass(d) => d.trace(f),
            NativeData::Enum(d) => d.trace(f),
            NativeData::Typing(d) => d.trace(f),
            NativeData::AsyncioLoop => {}
            NativeData::AsyncioTimeout(s) => s.trace(f),
            NativeData::AsyncioTaskGroup(s) => s.trace(f),
            NativeData::AsyncioSync(s) => s.trace(f),
            NativeData::AsyncioQueue(s) => s.trace(f),
            NativeData::Random(_) | NativeData::Fraction(_) | NativeData::NormalDist(_) => {}
            NativeData::Decimal(d) => d.trace(f),
            NativeData::RePattern(p) => p.trace(f),
            NativeData::ReMatch(m) => m.trace(f),
            NativeData::ReScanner(s) => s.trace(f),
            NativeData::Text(t) => t.trace(f),
        }
    }

    /// An estimate of the bytes the state occupies (for memory accounting).
    pub fn size_estimate(&self) -> usize {
        match self {
            NativeData::Operator(s) => s.size_estimate(),
            NativeData::Collections(s) => s.size_estimate(),
            NativeData::CollectionsAbc(s) => s.size_estimate(),
            NativeData::Itertools(s) => s.size_estimate(),
            NativeData::Functools(s) => s.size_estimate(),
            NativeData::Heapq(s) => s.size_estimate(),
            NativeData::Datetime(d) => d.size_estimate(),
            NativeData::Dataclass(d) => d.size_estimate(),
            NativeData::Enum(d) => d.size_estimate(),
            NativeData::Typing(d) => d.size_estimate(),
            NativeData::AsyncioLoop
            | NativeData::AsyncioTimeout(_)
            | NativeData::AsyncioSync(_) => 64,
            NativeData::AsyncioQueue(s) => 64 + s.size_estimate(),
            NativeData::AsyncioTaskGroup(s) => s.size_estimate(),
            NativeData::Random(s) => s.size_estimate(),
            NativeData::Fraction(f) => f.size_estimate(),
            NativeData::Decimal(d) => d.size_estimate(),
            NativeData::NormalDist(_) => 16,
            NativeData::RePattern(p) => std::mem::size_of_val(p) + p.source.len() * 4,
            NativeData::ReMatch(m) => {
                std::mem::size_of_val(m) + (m.spans.len() + m.byte_spans.len()) * 8
            }
            NativeData::ReScanner(s) => std::mem::size_of_val(s),
            NativeData::Text(t) => t.size_estimate(),
        }
    }

    /// The dict behind a class-body namespace object (`enum`'s `__prepare__` namespaces).
    pub fn namespace_dict(&self) -> Option<crate::heap::ObjId> {
        match self {
            NativeData::Enum(d) => d.namespace_dict(),
            _ => None,
        }
    }
}

/// The definition of a native class (`..Default::default()` fills what is not given).
#[derive(Default)]
pub struct NativeClass<'a> {
    /// `__name__` (also the `__qualname__`).
    pub name: &'a str,
    /// `__module__`, as reprs show it: `<class 'collections.deque'>`.
    pub module: &'a str,
    /// The bases (`object` if empty). Built-in types and other classes are both allowed.
    pub bases: &'a [Value],
    /// The namespace: native functions, properties, constants.
    pub attrs: Vec<(&'a str, Value)>,
    /// The metaclass (a native metaclass class), or `Undefined` (the default) for `type`.
    pub meta: Value,
    /// Name the class `module.name` in error messages, like CPython's C types
    /// (`'collections.deque'`, `'datetime.date'`); pure-Python classes (`ABC`) leave it false.
    pub dotted_name: bool,
}

impl Vm {
    /// Creates a native class.
    pub fn new_native_class(&mut self, def: NativeClass<'_>) -> PyResult<Value> {
        let mut dict = Dict::new();
        for (k, v) in def.attrs {
            self.dict_insert_str(&mut dict, k, v)?;
        }
        let mod_name = self.new_str(def.module.to_string())?;
        self.dict_insert_str(&mut dict, "__module__", mod_name)?;
        self.create_class(crate::vm::ClassSpec {
            name: def.name.to_string(),
            qualname: def.name.to_string(),
            module: def.module.to_string(),
            bases: def.bases.to_vec(),
            dict,
            meta: def.meta,
            native: true,
            dotted_name: def.dotted_name,
        })
    }

    /// The class cached under `key`, created by `make` on first use in this run.
    pub fn std_class(
        &mut self,
        key: &'static str,
        make: fn(&mut Vm) -> PyResult<Value>,
    ) -> PyResult<Value> {
        if let Some((_, cls)) = self.std_classes.iter().find(|(k, _)| k == key) {
            return Ok(*cls);
        }
        let cls = make(self)?;
        self.std_classes.push((key.to_string(), cls));
        Ok(cls)
    }

    /// A new instance of `cls` holding `data`.
    pub fn new_native_instance(&mut self, cls: Value, data: NativeData) -> PyResult<Value> {
        let mut inst = Instance::new(cls);
        inst.payload = Payload::Native(Box::new(data));
        self.alloc(Object::Instance(Box::new(inst)))
    }

    /// The native state of `v`, if it is an instance of a native class (or a subclass of one).
    pub fn native_data(&self, v: Value) -> Option<&NativeData> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Instance(i) => match &i.payload {
                    Payload::Native(n) => Some(n),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// The native state of `v`, mutably.
    pub fn native_data_mut(&mut self, v: Value) -> Option<&mut NativeData> {
        match v {
            Value::Obj(id) => match self.heap.get_mut(id) {
                Object::Instance(i) => match &mut i.payload {
                    Payload::Native(n) => Some(n),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Replaces the native state of instance `v` (for `__init__` of mutable classes, whose
    /// instances start without state when a subclass calls `object.__new__`).
    pub fn set_native_data(&mut self, v: Value, data: NativeData) -> PyResult<()> {
        match v {
            Value::Obj(id) => match self.heap.get_mut(id) {
                Object::Instance(i) => {
                    i.payload = Payload::Native(Box::new(data));
                    Ok(())
                }
                _ => Err(Exc::internal("native state set on a non-instance")),
            },
            _ => Err(Exc::internal("native state set on a non-instance")),
        }
    }

    /// Wraps a native function so that looking it up on a class or instance does not bind it.
    pub fn static_method(&mut self, f: Value) -> PyResult<Value> {
        self.alloc(Object::StaticMethod(f))
    }

    /// Wraps a native function so that it receives the class first.
    pub fn class_method(&mut self, f: Value) -> PyResult<Value> {
        self.alloc(Object::ClassMethod(f))
    }

    /// A property whose getter (and optional setter) are native functions.
    pub fn native_property(&mut self, getter: Value, setter: Option<Value>) -> PyResult<Value> {
        self.alloc(Object::Property(Box::new(Property {
            fget: getter,
            fset: setter.unwrap_or(Value::None),
            fdel: Value::None,
            doc: Value::None,
        })))
    }

    /// Creates an exception class `module.name` deriving from `base` (a built-in exception type
    /// or another exception class).
    pub fn new_exception_class(
        &mut self,
        name: &str,
        module: &str,
        base: Value,
    ) -> PyResult<Value> {
        self.new_native_class(NativeClass {
            name,
            module,
            bases: &[base],
            ..Default::default()
        })
    }

    /// An exception instance of class `cls` (built-in type or exception class) with `args`,
    /// ready to raise: `Err(vm.exception_of(cls, vec![msg])?)`.
    pub fn exception_of(&mut self, cls: Value, args: Vec<Value>) -> PyResult<Exc> {
        let id = self.new_exception_args(cls, args)?;
        Ok(Exc::Object(id))
    }

    /// Like [`Vm::exception_of`] with a single message argument.
    pub fn exception_msg(&mut self, cls: Value, msg: &str) -> PyResult<Exc> {
        let m = self.new_str(msg.to_string())?;
        self.exception_of(cls, vec![m])
    }

    /// Whether `cls` is a native metaclass (a class whose instances are classes).
    pub fn is_metaclass(&self, cls: Value) -> bool {
        match cls {
            Value::Type(BuiltinType::Type) => true,
            Value::Obj(id) => {
                matches!(self.heap.get(id), Object::Class(c) if c.builtin_base == BuiltinType::Type)
            }
            _ => false,
        }
    }
}
