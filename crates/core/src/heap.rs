//! The heap: an arena of objects addressed by `ObjId`, with a mark-and-sweep collector.
//!
//! Objects refer to each other by id, never by pointer, so the whole heap serializes as plain data
//! and cycles cost nothing special. Collection runs only at VM safepoints, where every live value
//! is reachable from the VM's roots; native code between safepoints may hold ids in locals freely.
//! The heap also keeps the memory and allocation accounting that the limits enforce.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

use crate::builtins::class::{Class, Instance};
use crate::builtins::dict::Dict;
use crate::builtins::function::{BoundMethod, Function};
use crate::builtins::generator::Generator;
use crate::builtins::iter::IterObj;
use crate::builtins::range::RangeObj;
use crate::builtins::set::SetTable;
use crate::builtins::slice::SliceObj;
use crate::builtins::str::StrObj;
use crate::modules::Module;
use crate::value::Value;
use crate::vm::scheduler::{FutureObj, TaskObj};

/// The index of a heap object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ObjId(pub u32);

impl ObjId {
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// `property(fget, fset, fdel, doc)`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// `super(type, obj)`: attribute lookup starting after `ty` in the MRO of `obj`'s type.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SuperObj {
    pub ty: Value,
    pub obj: Value,
}

/// Which view of a dict a `DictView` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// A heap object.
#[derive(Debug, Serialize, Deserialize)]
pub enum Object {
    Str(StrObj),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    BigInt(BigInt),
    List(#[serde(with = "crate::value_codec")] Vec<Value>),
    Tuple(#[serde(with = "crate::value_codec")] Vec<Value>),
    Dict(Dict),
    Set(SetTable),
    FrozenSet(SetTable),
    Range(RangeObj),
    Slice(SliceObj),
    Function(Box<Function>),
    BoundMethod(BoundMethod),
    Class(Box<Class>),
    Instance(Box<Instance>),
    Cell(Value),
    Generator(Box<Generator>),
    Iter(Box<IterObj>),
    Property(Box<Property>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(SuperObj),
    DictView(ObjId, DictViewKind),
    Module(Box<Module>),
    Task(Box<TaskObj>),
    Future(Box<FutureObj>),
    /// A function the host declared; calling it pauses the VM.
    External(String),
    /// The awaitable of one async-generator step (`__anext__()` or `asend(v)`).
    AGenStep(ObjId, Value),
    /// `exc.__traceback__`: entry `index` of exception `exc`'s traceback.
    Traceback(ObjId, u32),
}

impl Object {
    /// Calls `f` on every value this object refers to.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Object::Str(_)
            | Object::Bytes(_)
            | Object::ByteArray(_)
            | Object::BigInt(_)
            | Object::Range(_)
            | Object::External(_) => {}
            Object::List(items) | Object::Tuple(items) => items.iter().for_each(|v| f(*v)),
            Object::Dict(d) => d.trace(f),
            Object::Set(s) | Object::FrozenSet(s) => s.trace(f),
            Object::Slice(s) => {
                f(s.start);
                f(s.stop);
                f(s.step);
            }
            Object::Function(func) => func.trace(f),
            Object::BoundMethod(m) => {
                f(m.func);
                f(m.receiver);
            }
            Object::Class(c) => c.trace(f),
            Object::Instance(i) => i.trace(f),
            Object::Cell(v) | Object::StaticMethod(v) | Object::ClassMethod(v) => f(*v),
            Object::Generator(g) => g.trace(f),
            Object::Iter(it) => it.trace(f),
            Object::Property(p) => {
                f(p.fget);
                f(p.fset);
                f(p.fdel);
                f(p.doc);
            }
            Object::Super(s) => {
                f(s.ty);
                f(s.obj);
            }
            Object::DictView(d, _) => f(Value::Obj(*d)),
            Object::Module(m) => m.trace(f),
            Object::Task(t) => t.trace(f),
            Object::Future(fu) => fu.trace(f),
            Object::AGenStep(g, v) => {
                f(Value::Obj(*g));
                f(*v);
            }
            Object::Traceback(e, _) => f(Value::Obj(*e)),
        }
    }

    /// An estimate of the bytes this object holds, for the memory limit.
    pub fn size_estimate(&self) -> usize {
        const V: usize = std::mem::size_of::<Value>();
        std::mem::size_of::<Object>()
            + match self {
                Object::Str(s) => s.s.capacity(),
                Object::Bytes(b) | Object::ByteArray(b) => b.capacity(),
                Object::BigInt(b) => (b.bits() as usize).div_ceil(8),
                Object::List(items) | Object::Tuple(items) => items.capacity() * V,
                Object::Dict(d) => d.size_estimate(),
                Object::Set(s) | Object::FrozenSet(s) => s.size_estimate(),
                Object::Function(_) => std::mem::size_of::<Function>(),
                Object::Class(c) => std::mem::size_of::<Class>() + c.dict.size_estimate(),
                Object::Instance(i) => std::mem::size_of::<Instance>() + i.size_estimate(),
                Object::Generator(g) => std::mem::size_of::<Generator>() + g.stack.capacity() * V,
                Object::Iter(_) => std::mem::size_of::<IterObj>(),
                Object::Task(t) => std::mem::size_of::<TaskObj>() + t.size_estimate(),
                Object::Module(m) => std::mem::size_of::<Module>() + m.attrs.size_estimate(),
                _ => 0,
            }
    }
}

/// Reports every root value to the marker it is given.
pub type RootTracer<'a> = dyn FnMut(&mut dyn FnMut(Value)) + 'a;

/// The arena.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Heap {
    slots: Vec<Option<Object>>,
    free: Vec<u32>,
    /// Estimated bytes held by live objects (exact after a collection, grown by allocations).
    pub bytes: usize,
    /// Objects allocated since the run started (for `maxAllocations`).
    pub total_allocations: u64,
    pub allocations_since_gc: usize,
    /// `bytes` right after the last collection.
    #[serde(default)]
    pub bytes_after_gc: usize,
    gc_threshold: usize,
    #[serde(skip)]
    marks: Vec<bool>,
}

const MIN_GC_THRESHOLD: usize = 20_000;

impl Heap {
    pub fn new() -> Heap {
        Heap {
            gc_threshold: MIN_GC_THRESHOLD,
            ..Default::default()
        }
    }

    /// Stores `obj` and returns its id. Limits are checked by the caller (`Vm::alloc`).
    pub fn alloc(&mut self, obj: Object) -> ObjId {
        self.bytes += obj.size_estimate();
        self.total_allocations += 1;
        self.allocations_since_gc += 1;
        if let Some(i) = self.free.pop() {
            self.slots[i as usize] = Some(obj);
            ObjId(i)
        } else {
            self.slots.push(Some(obj));
            ObjId((self.slots.len() - 1) as u32)
        }
    }

    /// The object behind `id`. Ids held by live values always name live objects; a loaded
    /// snapshot is validated so that this holds for it too.
    #[inline]
    pub fn get(&self, id: ObjId) -> &Object {
        match self.slots.get(id.index()) {
            Some(Some(obj)) => obj,
            _ => panic!("internal error: dangling object id {}", id.0),
        }
    }

    #[inline]
    pub fn get_mut(&mut self, id: ObjId) -> &mut Object {
        match self.slots.get_mut(id.index()) {
            Some(Some(obj)) => obj,
            _ => panic!("internal error: dangling object id {}", id.0),
        }
    }

    /// Checks the free list of a loaded heap: in range, naming empty slots, no repeats, and
    /// every empty slot listed.
    pub fn check_consistency(&self) -> Result<(), String> {
        let mut seen = vec![false; self.slots.len()];
        for &i in &self.free {
            match self.slots.get(i as usize) {
                Some(None) if !seen[i as usize] => seen[i as usize] = true,
                _ => return Err(format!("bad free slot {i}")),
            }
        }
        let empty = self.slots.iter().filter(|s| s.is_none()).count();
        if empty != self.free.len() {
            return Err("unlisted free slots".into());
        }
        Ok(())
    }

    /// Every live object.
    pub fn objects(&self) -> impl Iterator<Item = &Object> {
        self.slots.iter().flatten()
    }

    /// Reports every value held by every live object.
    pub fn trace_all(&self, f: &mut dyn FnMut(Value)) {
        for obj in self.objects() {
            obj.trace(f);
        }
    }

    /// Whether `id` names a live object.
    pub fn contains(&self, id: ObjId) -> bool {
        matches!(self.slots.get(id.index()), Some(Some(_)))
    }

    /// Number of live objects.
    pub fn live_count(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// Whether enough has been allocated since the last collection to collect again.
    #[inline]
    pub fn wants_collection(&self) -> bool {
        self.allocations_since_gc >= self.gc_threshold
    }

    /// Marks everything reachable from `roots` (a function that reports each root to the
    /// marker it is given) and frees the rest.
    pub fn collect(&mut self, roots: &mut RootTracer) {
        self.marks.clear();
        self.marks.resize(self.slots.len(), false);
        let mut gray: Vec<ObjId> = Vec::new();
        {
            let marks = &mut self.marks;
            let mut mark_root = |v: Value| {
                if let Value::Obj(id) = v {
                    if let Some(m) = marks.get_mut(id.index()) {
                        if !*m {
                            *m = true;
                            gray.push(id);
                        }
                    }
                }
            };
            roots(&mut mark_root);
        }
        while let Some(id) = gray.pop() {
            if let Some(Some(obj)) = self.slots.get(id.index()) {
                let marks = &mut self.marks;
                obj.trace(&mut |v| {
                    if let Value::Obj(child) = v {
                        if let Some(m) = marks.get_mut(child.index()) {
                            if !*m {
                                *m = true;
                                gray.push(child);
                            }
                        }
                    }
                });
            }
        }
        let mut bytes = 0;
        for (i, slot) in self.slots.iter_mut().enumerate() {
            if let Some(obj) = slot {
                if self.marks[i] {
                    bytes += obj.size_estimate();
                } else {
                    *slot = None;
                    self.free.push(i as u32);
                }
            }
        }
        // Trim trailing free slots so an emptied heap gives its memory back.
        while matches!(self.slots.last(), Some(None)) {
            self.slots.pop();
        }
        let len = self.slots.len() as u32;
        self.free.retain(|&i| i < len);
        self.bytes = bytes;
        self.bytes_after_gc = bytes;
        let live = self.live_count();
        self.gc_threshold = MIN_GC_THRESHOLD.max(live);
        self.allocations_since_gc = 0;
    }
}
