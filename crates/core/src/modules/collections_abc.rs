//! `collections.abc`: the abstract base classes of the container protocols, as native classes
//! whose metaclass is `abc.ABCMeta`.
//!
//! Supported: every class of CPython 3.11's `collections.abc.__all__` with its bases, its
//! abstract methods (`__abstractmethods__`, so incomplete subclasses cannot be instantiated) and
//! its mixin methods (`Mapping.get/keys/items/values/__contains__/__eq__`, the `MutableMapping`,
//! `Sequence`, `MutableSequence`, `Set` and `MutableSet` mixins, the mapping views);
//! `isinstance`/`issubclass` through `ABCMeta`: the built-in types CPython registers (`list` is a
//! `MutableSequence`, `dict` a `MutableMapping`, `frozenset` a `Set`, ...), and the one-method
//! protocols recognized structurally by `__subclasshook__` (`Iterable`, `Iterator`, `Sized`,
//! `Container`, `Callable`, `Hashable`, `Awaitable`, `Collection`, `Reversible`, `Generator`...).
//! Not supported: `Set._hash`'s exact values are CPython's algorithm; `Buffer` (3.12) is absent.

use serde::{Deserialize, Serialize};

use crate::builtins::iter::IterObj;
use crate::builtins::{Args, Builtin};
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

/// State of the iterators of `ItemsView` and `ValuesView`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum State {
    ViewIter {
        it: Value,
        mapping: Value,
        items: bool,
    },
}

impl State {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            State::ViewIter { it, mapping, .. } => {
                f(*it);
                f(*mapping);
            }
        }
    }

    pub fn size_estimate(&self) -> usize {
        std::mem::size_of::<State>()
    }
}

native_methods! {
    /// Abstract methods (marked abstract for `ABCMeta`), with CPython's default bodies.
    pub enum AbstractFn {
        Hash => "__hash__" => abs_zero,
        Await => "__await__" => abs_empty_iter,
        AIter => "__aiter__" => abs_aiter,
        ANext => "__anext__" => abs_anext,
        Iter => "__iter__" => abs_empty_iter,
        Next => "__next__" => abs_stop,
        Reversed => "__reversed__" => abs_empty_iter,
        Send => "send" => abs_stop,
        Throw => "throw" => abs_throw,
        ASend => "asend" => abs_anext,
        AThrow => "athrow" => abs_throw,
        Len => "__len__" => abs_zero,
        Contains => "__contains__" => abs_false,
        Call => "__call__" => abs_false,
        Add => "add" => abs_not_implemented,
        Discard => "discard" => abs_not_implemented,
        Insert => "insert" => abs_index_error,
    }
}

native_methods! {
    pub enum AbstractMapFn {
        GetItem => "__getitem__" => abs_key_error,
        SetItem => "__setitem__" => abs_key_error,
        DelItem => "__delitem__" => abs_key_error,
    }
}

native_methods! {
    pub enum AbstractSeqFn {
        GetItem => "__getitem__" => abs_index_error,
        SetItem => "__setitem__" => abs_index_error,
        DelItem => "__delitem__" => abs_index_error,
    }
}

native_methods! {
    pub enum MixinFn {
        Hook => "__subclasshook__" => subclasshook,
        IterSelf => "__iter__" => iter_self,
        AIterSelf => "__aiter__" => iter_self,
        GenNext => "__next__" => gen_next,
        GenClose => "close" => gen_close,
        AGenANext => "__anext__" => agen_anext,
        AGenAClose => "aclose" => agen_aclose,
    }
}

native_methods! {
    pub enum SetFn {
        Le => "__le__" => set_le,
        Lt => "__lt__" => set_lt,
        Gt => "__gt__" => set_gt,
        Ge => "__ge__" => set_ge,
        Eq => "__eq__" => set_eq,
        FromIterable => "_from_iterable" => set_from_iterable,
        And => "__and__" => set_and,
        RAnd => "__rand__" => set_and,
        IsDisjoint => "isdisjoint" => set_isdisjoint,
        Or => "__or__" => set_or,
        ROr => "__ror__" => set_or,
        Sub => "__sub__" => set_sub,
        RSub => "__rsub__" => set_rsub,
        Xor => "__xor__" => set_xor,
        RXor => "__rxor__" => set_xor,
        Hash => "_hash" => set_hash,
    }
}

native_methods! {
    pub enum MutableSetFn {
        Remove => "remove" => mset_remove,
        Pop => "pop" => mset_pop,
        Clear => "clear" => mset_clear,
        IOr => "__ior__" => mset_ior,
        IAnd => "__iand__" => mset_iand,
        IXor => "__ixor__" => mset_ixor,
        ISub => "__isub__" => mset_isub,
    }
}

native_methods! {
    pub enum MappingFn {
        Get => "get" => map_get,
        Contains => "__contains__" => map_contains,
        Keys => "keys" => map_keys,
        Items => "items" => map_items,
        Values => "values" => map_values,
        Eq => "__eq__" => map_eq,
    }
}

native_methods! {
    pub enum MutableMappingFn {
        Pop => "pop" => mmap_pop,
        PopItem => "popitem" => mmap_popitem,
        Clear => "clear" => mmap_clear,
        Update => "update" => mmap_update,
        SetDefault => "setdefault" => mmap_setdefault,
    }
}

native_methods! {
    pub enum ViewFn {
        Init => "__init__" => view_init,
        Len => "__len__" => view_len,
        Repr => "__repr__" => view_repr,
        FromIterable => "_from_iterable" => view_from_iterable,
        KeysContains => "__contains__" => keys_contains,
        KeysIter => "__iter__" => keys_iter,
    }
}

native_methods! {
    pub enum ViewFn2 {
        ItemsContains => "__contains__" => items_contains,
        ItemsIter => "__iter__" => items_iter,
    }
}

native_methods! {
    pub enum ViewFn3 {
        ValuesContains => "__contains__" => values_contains,
        ValuesIter => "__iter__" => values_iter,
    }
}

native_methods! {
    pub enum ViewIterFn {
        Iter => "__iter__" => iter_self,
        Next => "__next__" => view_iter_next,
    }
}

native_methods! {
    pub enum SequenceFn {
        Iter => "__iter__" => seq_iter,
        Contains => "__contains__" => seq_contains,
        Reversed => "__reversed__" => seq_reversed,
        Index => "index" => seq_index,
        Count => "count" => seq_count,
    }
}

native_methods! {
    pub enum MutableSequenceFn {
        Append => "append" => mseq_append,
        Clear => "clear" => mseq_clear,
        Reverse => "reverse" => mseq_reverse,
        Extend => "extend" => mseq_extend,
        Pop => "pop" => mseq_pop,
        Remove => "remove" => mseq_remove,
        IAdd => "__iadd__" => mseq_iadd,
    }
}

/// Every native function of the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AbcFn {
    Abstract(AbstractFn),
    AbstractMap(AbstractMapFn),
    AbstractSeq(AbstractSeqFn),
    Mixin(MixinFn),
    Set(SetFn),
    MutableSet(MutableSetFn),
    Mapping(MappingFn),
    MutableMapping(MutableMappingFn),
    View(ViewFn),
    View2(ViewFn2),
    View3(ViewFn3),
    ViewIter(ViewIterFn),
    Sequence(SequenceFn),
    MutableSequence(MutableSequenceFn),
}

impl AbcFn {
    pub fn name(self) -> &'static str {
        match self {
            AbcFn::Abstract(f) => f.name(),
            AbcFn::AbstractMap(f) => f.name(),
            AbcFn::AbstractSeq(f) => f.name(),
            AbcFn::Mixin(f) => f.name(),
            AbcFn::Set(f) => f.name(),
            AbcFn::MutableSet(f) => f.name(),
            AbcFn::Mapping(f) => f.name(),
            AbcFn::MutableMapping(f) => f.name(),
            AbcFn::View(f) => f.name(),
            AbcFn::View2(f) => f.name(),
            AbcFn::View3(f) => f.name(),
            AbcFn::ViewIter(f) => f.name(),
            AbcFn::Sequence(f) => f.name(),
            AbcFn::MutableSequence(f) => f.name(),
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            AbcFn::Abstract(f) => f.call(vm, args),
            AbcFn::AbstractMap(f) => f.call(vm, args),
            AbcFn::AbstractSeq(f) => f.call(vm, args),
            AbcFn::Mixin(f) => f.call(vm, args),
            AbcFn::Set(f) => f.call(vm, args),
            AbcFn::MutableSet(f) => f.call(vm, args),
            AbcFn::Mapping(f) => f.call(vm, args),
            AbcFn::MutableMapping(f) => f.call(vm, args),
            AbcFn::View(f) => f.call(vm, args),
            AbcFn::View2(f) => f.call(vm, args),
            AbcFn::View3(f) => f.call(vm, args),
            AbcFn::ViewIter(f) => f.call(vm, args),
            AbcFn::Sequence(f) => f.call(vm, args),
            AbcFn::MutableSequence(f) => f.call(vm, args),
        }
    }
}

fn fv(f: AbcFn) -> Value {
    func_value(ModuleFn::CollectionsAbc(f))
}

/// Whether a native function is one of the abstract placeholders (for `ABCMeta`).
pub fn is_abstract_builtin(b: Builtin) -> bool {
    matches!(
        b,
        Builtin::Module(ModuleFn::CollectionsAbc(
            AbcFn::Abstract(_) | AbcFn::AbstractMap(_) | AbcFn::AbstractSeq(_)
        ))
    )
}

// ---- the classes ------------------------------------------------------------------------------

/// One ABC: its name, bases (earlier entries of `CLASSES`), abstract methods and mixins.
struct Spec {
    name: &'static str,
    bases: &'static [&'static str],
    /// Methods defined here (abstract ones are listed in `abstract_set` too).
    methods: &'static [AbcFn],
    /// The full `__abstractmethods__` (including inherited ones still abstract).
    abstract_set: &'static [&'static str],
    hook: bool,
}

use AbcFn as A;

const CLASSES: &[Spec] = &[
    Spec {
        name: "Hashable",
        bases: &[],
        methods: &[A::Abstract(AbstractFn::Hash)],
        abstract_set: &["__hash__"],
        hook: true,
    },
    Spec {
        name: "Awaitable",
        bases: &[],
        methods: &[A::Abstract(AbstractFn::Await)],
        abstract_set: &["__await__"],
        hook: true,
    },
    Spec {
        name: "Coroutine",
        bases: &["Awaitable"],
        methods: &[
            A::Abstract(AbstractFn::Send),
            A::Abstract(AbstractFn::Throw),
            A::Mixin(MixinFn::GenClose),
        ],
        abstract_set: &["__await__", "send", "throw"],
        hook: true,
    },
    Spec {
        name: "AsyncIterable",
        bases: &[],
        methods: &[A::Abstract(AbstractFn::AIter)],
        abstract_set: &["__aiter__"],
        hook: true,
    },
    Spec {
        name: "AsyncIterator",
        bases: &["AsyncIterable"],
        methods: &[A::Abstract(AbstractFn::ANext), A::Mixin(MixinFn::AIterSelf)],
        abstract_set: &["__anext__"],
        hook: true,
    },
    Spec {
        name: "AsyncGenerator",
        bases: &["AsyncIterator"],
        methods: &[
            A::Mixin(MixinFn::AGenANext),
            A::Abstract(AbstractFn::ASend),
            A::Abstract(AbstractFn::AThrow),
            A::Mixin(MixinFn::AGenAClose),
        ],
        abstract_set: &["asend", "athrow"],
        hook: true,
    },
    Spec {
        name: "Iterable",
        bases: &[],
        methods: &[A::Abstract(AbstractFn::Iter)],
        abstract_set: &["__iter__"],
        hook: true,
    },
    Spec {
        name: "Iterator",
        bases: &["Iterable"],
        methods: &[A::Abstract(AbstractFn::Next), A::Mixin(MixinFn::IterSelf)],
        abstract_set: &["__next__"],
        hook: true,
    },
    Spec {
        name: "Reversible",
        bases: &["Iterable"],
        methods: &[A::Abstract(AbstractFn::Reversed)],
        abstract_set: &["__iter__", "__reversed__"],
        hook: true,
    },
    Spec {
        name: "Generator",
        bases: &["Iterator"],
        methods: &[
            A::Mixin(MixinFn::GenNext),
            A::Abstract(AbstractFn::Send),
            A::Abstract(AbstractFn::Throw),
            A::Mixin(MixinFn::GenClose),
        ],
        abstract_set: &["send", "throw"],
        hook: true,
    },
    Spec {
        name: "Sized",
        bases: &[],
        methods: &[A::Abstract(AbstractFn::Len)],
        abstract_set: &["__len__"],
        hook: true,
    },
    Spec {
        name: "Container",
        bases: &[],
        methods: &[A::Abstract(AbstractFn::Contains)],
        abstract_set: &["__contains__"],
        hook: true,
    },
    Spec {
        name: "Collection",
        bases: &["Sized", "Iterable", "Container"],
        methods: &[],
        abstract_set: &["__contains__", "__iter__", "__len__"],
        hook: true,
    },
    Spec {
        name: "Callable",
        bases: &[],
        methods: &[A::Abstract(AbstractFn::Call)],
        abstract_set: &["__call__"],
        hook: true,
    },
    Spec {
        name: "Set",
        bases: &["Collection"],
        methods: &[
            A::Set(SetFn::Le),
            A::Set(SetFn::Lt),
            A::Set(SetFn::Gt),
            A::Set(SetFn::Ge),
            A::Set(SetFn::Eq),
            A::Set(SetFn::FromIterable),
            A::Set(SetFn::And),
            A::Set(SetFn::RAnd),
            A::Set(SetFn::IsDisjoint),
            A::Set(SetFn::Or),
            A::Set(SetFn::ROr),
            A::Set(SetFn::Sub),
            A::Set(SetFn::RSub),
            A::Set(SetFn::Xor),
            A::Set(SetFn::RXor),
            A::Set(SetFn::Hash),
        ],
        abstract_set: &["__contains__", "__iter__", "__len__"],
        hook: false,
    },
    Spec {
        name: "MutableSet",
        bases: &["Set"],
        methods: &[
            A::Abstract(AbstractFn::Add),
            A::Abstract(AbstractFn::Discard),
            A::MutableSet(MutableSetFn::Remove),
            A::MutableSet(MutableSetFn::Pop),
            A::MutableSet(MutableSetFn::Clear),
            A::MutableSet(MutableSetFn::IOr),
            A::MutableSet(MutableSetFn::IAnd),
            A::MutableSet(MutableSetFn::IXor),
            A::MutableSet(MutableSetFn::ISub),
        ],
        abstract_set: &["__contains__", "__iter__", "__len__", "add", "discard"],
        hook: false,
    },
    Spec {
        name: "Mapping",
        bases: &["Collection"],
        methods: &[
            A::AbstractMap(AbstractMapFn::GetItem),
            A::Mapping(MappingFn::Get),
            A::Mapping(MappingFn::Contains),
            A::Mapping(MappingFn::Keys),
            A::Mapping(MappingFn::Items),
            A::Mapping(MappingFn::Values),
            A::Mapping(MappingFn::Eq),
        ],
        abstract_set: &["__getitem__", "__iter__", "__len__"],
        hook: false,
    },
    Spec {
        name: "MappingView",
        bases: &["Sized"],
        methods: &[
            A::View(ViewFn::Init),
            A::View(ViewFn::Len),
            A::View(ViewFn::Repr),
        ],
        abstract_set: &[],
        hook: false,
    },
    Spec {
        name: "KeysView",
        bases: &["MappingView", "Set"],
        methods: &[
            A::View(ViewFn::FromIterable),
            A::View(ViewFn::KeysContains),
            A::View(ViewFn::KeysIter),
        ],
        abstract_set: &[],
        hook: false,
    },
    Spec {
        name: "ItemsView",
        bases: &["MappingView", "Set"],
        methods: &[
            A::View(ViewFn::FromIterable),
            A::View2(ViewFn2::ItemsContains),
            A::View2(ViewFn2::ItemsIter),
        ],
        abstract_set: &[],
        hook: false,
    },
    Spec {
        name: "ValuesView",
        bases: &["MappingView", "Collection"],
        methods: &[
            A::View3(ViewFn3::ValuesContains),
            A::View3(ViewFn3::ValuesIter),
        ],
        abstract_set: &[],
        hook: false,
    },
    Spec {
        name: "MutableMapping",
        bases: &["Mapping"],
        methods: &[
            A::AbstractMap(AbstractMapFn::SetItem),
            A::AbstractMap(AbstractMapFn::DelItem),
            A::MutableMapping(MutableMappingFn::Pop),
            A::MutableMapping(MutableMappingFn::PopItem),
            A::MutableMapping(MutableMappingFn::Clear),
            A::MutableMapping(MutableMappingFn::Update),
            A::MutableMapping(MutableMappingFn::SetDefault),
        ],
        abstract_set: &[
            "__delitem__",
            "__getitem__",
            "__iter__",
            "__len__",
            "__setitem__",
        ],
        hook: false,
    },
    Spec {
        name: "Sequence",
        bases: &["Reversible", "Collection"],
        methods: &[
            A::AbstractSeq(AbstractSeqFn::GetItem),
            A::Sequence(SequenceFn::Iter),
            A::Sequence(SequenceFn::Contains),
            A::Sequence(SequenceFn::Reversed),
            A::Sequence(SequenceFn::Index),
            A::Sequence(SequenceFn::Count),
        ],
        abstract_set: &["__getitem__", "__len__"],
        hook: false,
    },
    Spec {
        name: "ByteString",
        bases: &["Sequence"],
        methods: &[],
        abstract_set: &["__getitem__", "__len__"],
        hook: false,
    },
    Spec {
        name: "MutableSequence",
        bases: &["Sequence"],
        methods: &[
            A::AbstractSeq(AbstractSeqFn::SetItem),
            A::AbstractSeq(AbstractSeqFn::DelItem),
            A::Abstract(AbstractFn::Insert),
            A::MutableSequence(MutableSequenceFn::Append),
            A::MutableSequence(MutableSequenceFn::Clear),
            A::MutableSequence(MutableSequenceFn::Reverse),
            A::MutableSequence(MutableSequenceFn::Extend),
            A::MutableSequence(MutableSequenceFn::Pop),
            A::MutableSequence(MutableSequenceFn::Remove),
            A::MutableSequence(MutableSequenceFn::IAdd),
        ],
        abstract_set: &[
            "__delitem__",
            "__getitem__",
            "__len__",
            "__setitem__",
            "insert",
        ],
        hook: false,
    },
];

/// The names CPython's `collections.abc.__all__` lists, in its order.
const ALL: &[&str] = &[
    "Awaitable",
    "Coroutine",
    "AsyncIterable",
    "AsyncIterator",
    "AsyncGenerator",
    "Hashable",
    "Iterable",
    "Iterator",
    "Generator",
    "Reversible",
    "Sized",
    "Container",
    "Callable",
    "Collection",
    "Set",
    "MutableSet",
    "Mapping",
    "MutableMapping",
    "MappingView",
    "KeysView",
    "ItemsView",
    "ValuesView",
    "Sequence",
    "MutableSequence",
    "ByteString",
];

/// The built-in types CPython registers as virtual subclasses.
fn registrations(name: &str) -> &'static [BuiltinType] {
    use BuiltinType as T;
    match name {
        "Generator" => &[T::Generator],
        "Coroutine" => &[T::Coroutine],
        "AsyncGenerator" => &[T::AsyncGenerator],
        "Set" => &[T::FrozenSet],
        "MutableSet" => &[T::Set],
        "MutableMapping" => &[T::Dict],
        "KeysView" => &[T::DictKeys],
        "ItemsView" => &[T::DictItems],
        "ValuesView" => &[T::DictValues],
        "Sequence" => &[T::Tuple, T::Str, T::Range],
        "ByteString" => &[T::Bytes, T::ByteArray],
        "MutableSequence" => &[T::List, T::ByteArray],
        _ => &[],
    }
}

fn std_key(name: &str) -> Option<&'static str> {
    Some(match name {
        "Awaitable" => "collections.abc.Awaitable",
        "Coroutine" => "collections.abc.Coroutine",
        "AsyncIterable" => "collections.abc.AsyncIterable",
        "AsyncIterator" => "collections.abc.AsyncIterator",
        "AsyncGenerator" => "collections.abc.AsyncGenerator",
        "Hashable" => "collections.abc.Hashable",
        "Iterable" => "collections.abc.Iterable",
        "Iterator" => "collections.abc.Iterator",
        "Generator" => "collections.abc.Generator",
        "Reversible" => "collections.abc.Reversible",
        "Sized" => "collections.abc.Sized",
        "Container" => "collections.abc.Container",
        "Callable" => "collections.abc.Callable",
        "Collection" => "collections.abc.Collection",
        "Set" => "collections.abc.Set",
        "MutableSet" => "collections.abc.MutableSet",
        "Mapping" => "collections.abc.Mapping",
        "MutableMapping" => "collections.abc.MutableMapping",
        "MappingView" => "collections.abc.MappingView",
        "KeysView" => "collections.abc.KeysView",
        "ItemsView" => "collections.abc.ItemsView",
        "ValuesView" => "collections.abc.ValuesView",
        "Sequence" => "collections.abc.Sequence",
        "MutableSequence" => "collections.abc.MutableSequence",
        "ByteString" => "collections.abc.ByteString",
        _ => return None,
    })
}

/// The ABC `name` (created, with its bases and registrations, on first use).
pub fn class(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let key = std_key(name).ok_or_else(|| Exc::internal("unknown ABC"))?;
    if let Some((_, c)) = vm.std_classes.iter().find(|(k, _)| k == key) {
        return Ok(*c);
    }
    let spec = CLASSES
        .iter()
        .find(|s| s.name == name)
        .ok_or_else(|| Exc::internal("unknown ABC"))?;
    let mut bases = Vec::with_capacity(spec.bases.len());
    for b in spec.bases {
        bases.push(class(vm, b)?);
    }
    let meta = vm.std_class("abc.ABCMeta", crate::modules::abc::make_meta)?;
    let mut abstract_names = Vec::with_capacity(spec.abstract_set.len());
    for n in spec.abstract_set {
        abstract_names.push(vm.new_str(n.to_string())?);
    }
    let abstracts = vm.new_set_from(&abstract_names, true)?;
    let mut attrs: Vec<(&str, Value)> = vec![("__abstractmethods__", abstracts)];
    for m in spec.methods {
        let v = fv(*m);
        let v = match m {
            A::Set(SetFn::FromIterable) | A::View(ViewFn::FromIterable) => vm.class_method(v)?,
            _ => v,
        };
        attrs.push((m.name(), v));
    }
    if spec.hook {
        let hook = vm.class_method(fv(A::Mixin(MixinFn::Hook)))?;
        attrs.push(("__subclasshook__", hook));
    }
    if matches!(
        name,
        "Set" | "Mapping" | "KeysView" | "ItemsView" | "MutableSet" | "MutableMapping"
    ) {
        // Defining `__eq__` makes these unhashable, as in CPython.
        attrs.push(("__hash__", Value::None));
    }
    if name == "Mapping" {
        attrs.push(("__reversed__", Value::None));
    }
    let slots = vm.new_tuple(Vec::new())?;
    attrs.push(("__slots__", slots));
    let cls = vm.new_native_class(NativeClass {
        name: spec.name,
        module: "collections.abc",
        bases: &bases,
        attrs,
        meta,
        dotted_name: false,
    })?;
    vm.std_classes.push((key.to_string(), cls));
    for t in registrations(name) {
        crate::modules::abc::register_virtual(vm, cls, Value::Type(*t))?;
    }
    if name == "MutableSequence" {
        let deque = vm.std_class(
            "collections.deque",
            crate::modules::collections::deque_class,
        )?;
        crate::modules::abc::register_virtual(vm, cls, deque)?;
    }
    Ok(cls)
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out = Vec::with_capacity(ALL.len());
    for name in ALL {
        out.push((*name, class(vm, name)?));
    }
    Ok(out)
}

// ---- __subclasshook__ -------------------------------------------------------------------------

/// Which special methods a built-in type defines itself (for the structural checks).
fn builtin_has(t: BuiltinType, name: &str) -> Option<bool> {
    use BuiltinType as T;
    let iterable = matches!(
        t,
        T::Str
            | T::Bytes
            | T::ByteArray
            | T::List
            | T::Tuple
            | T::Dict
            | T::Set
            | T::FrozenSet
            | T::Range
            | T::DictKeys
            | T::DictItems
            | T::DictValues
            | T::Generator
    ) || crate::builtins::iter::is_iterator_type(t);
    let sized = matches!(
        t,
        T::Str
            | T::Bytes
            | T::ByteArray
            | T::List
            | T::Tuple
            | T::Dict
            | T::Set
            | T::FrozenSet
            | T::Range
            | T::DictKeys
            | T::DictItems
            | T::DictValues
    );
    let r = match name {
        "__iter__" => iterable,
        "__next__" => t == T::Generator || crate::builtins::iter::is_iterator_type(t),
        "__len__" | "__contains__" => sized,
        "__reversed__" => matches!(
            t,
            T::List | T::Dict | T::Range | T::DictKeys | T::DictItems | T::DictValues
        ),
        "__hash__" => {
            if matches!(
                t,
                T::List | T::Dict | T::Set | T::ByteArray | T::Slice | T::DictKeys | T::DictItems
            ) {
                // These set `__hash__ = None`, which stops the search.
                return Some(false);
            }
            true
        }
        "__call__" => matches!(
            t,
            T::Function | T::BuiltinFunction | T::Method | T::Type | T::ExternalFunction
        ),
        "__await__" => matches!(t, T::Coroutine | T::Task | T::Future),
        "send" | "throw" | "close" => matches!(t, T::Generator | T::Coroutine),
        "__aiter__" | "__anext__" | "asend" | "athrow" | "aclose" => t == T::AsyncGenerator,
        _ => false,
    };
    if t == T::Object {
        return if name == "__hash__" { Some(true) } else { None };
    }
    if r {
        Some(true)
    } else {
        None
    }
}

/// CPython's `_check_methods`: every method is defined (not as None) somewhere in the MRO.
fn check_methods(vm: &mut Vm, c: Value, methods: &[&str]) -> PyResult<Value> {
    let mro = vm.mro_of(c)?;
    for m in methods {
        let mut found = false;
        for b in &mro {
            let here = match b {
                Value::Type(t) => builtin_has(*t, m),
                Value::Obj(id) => match vm.heap.get(*id) {
                    Object::Class(cls) => vm.dict_lookup_str(&cls.dict, m).map(|v| !v.is_none()),
                    _ => None,
                },
                _ => None,
            };
            match here {
                Some(true) => {
                    found = true;
                    break;
                }
                Some(false) => return Ok(Value::NotImplemented),
                None => {}
            }
        }
        if !found {
            return Ok(Value::NotImplemented);
        }
    }
    Ok(Value::Bool(true))
}

fn subclasshook(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__subclasshook__", 1, 1)?;
    let (cls, c) = (args.this(), args.pos[1]);
    let (name, module) = vm.class_qualname(cls);
    if module != "collections.abc" {
        return Ok(Value::NotImplemented);
    }
    let Some(key) = std_key(&name) else {
        return Ok(Value::NotImplemented);
    };
    if !vm.std_classes.iter().any(|(k, v)| k == key && v.is(cls)) {
        return Ok(Value::NotImplemented);
    }
    let methods: &[&str] = match name.as_str() {
        "Hashable" => &["__hash__"],
        "Awaitable" => &["__await__"],
        "Coroutine" => &["__await__", "send", "throw", "close"],
        "AsyncIterable" => &["__aiter__"],
        "AsyncIterator" => &["__anext__", "__aiter__"],
        "AsyncGenerator" => &["__aiter__", "__anext__", "asend", "athrow", "aclose"],
        "Iterable" => &["__iter__"],
        "Iterator" => &["__iter__", "__next__"],
        "Reversible" => &["__reversed__", "__iter__"],
        "Generator" => &["__iter__", "__next__", "send", "throw", "close"],
        "Sized" => &["__len__"],
        "Container" => &["__contains__"],
        "Collection" => &["__len__", "__iter__", "__contains__"],
        "Callable" => &["__call__"],
        _ => return Ok(Value::NotImplemented),
    };
    if !vm.is_class(c) {
        return Ok(Value::NotImplemented);
    }
    check_methods(vm, c, methods)
}

// ---- abstract method bodies ---------------------------------------------------------------------

fn abs_zero(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn abs_false(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn abs_empty_iter(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let t = vm.new_tuple(Vec::new())?;
    vm.get_iter(t)
}

fn abs_stop(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::stop_iteration(Value::None))
}

fn abs_anext(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::Args(BuiltinType::StopAsyncIteration, vec![]))
}

fn abs_aiter(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let cls = class(vm, "AsyncIterator")?;
    vm.call(cls, &[])
}

fn abs_not_implemented(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::Args(BuiltinType::NotImplementedError, vec![]))
}

fn abs_index_error(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::Args(BuiltinType::IndexError, vec![]))
}

fn abs_key_error(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::Args(BuiltinType::KeyError, vec![]))
}

/// `throw(typ, val=None, tb=None)`: raises the given exception.
fn abs_throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let typ = args.get(1).unwrap_or(Value::None);
    let val = args.get(2).unwrap_or(Value::None);
    let exc = if val.is_none() {
        if vm.is_class(typ) {
            vm.call(typ, &[])?
        } else {
            typ
        }
    } else {
        val
    };
    match exc {
        Value::Obj(id) if vm.is_exception_instance(id) => Err(Exc::Object(id)),
        _ => Err(Exc::type_error("exceptions must derive from BaseException")),
    }
}

// ---- small mixins ----------------------------------------------------------------------------

fn iter_self(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}

fn call_method(vm: &mut Vm, obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.getattr(obj, name)?;
    vm.call(m, args)
}

fn gen_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    call_method(vm, args.this(), "send", &[Value::None])
}

fn gen_close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    match call_method(
        vm,
        this,
        "throw",
        &[Value::Type(BuiltinType::GeneratorExit)],
    ) {
        Ok(_) => Err(Exc::runtime_error("generator ignored GeneratorExit")),
        Err(e)
            if vm.exc_is(&e, BuiltinType::GeneratorExit)
                || vm.exc_is(&e, BuiltinType::StopIteration) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn agen_anext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    call_method(vm, args.this(), "asend", &[Value::None])
}

fn agen_aclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    call_method(
        vm,
        args.this(),
        "athrow",
        &[Value::Type(BuiltinType::GeneratorExit)],
    )
}

// ---- Set ----------------------------------------------------------------------------------

/// Whether `v` is an instance of the ABC `name` (through `ABCMeta`).
fn is_a(vm: &mut Vm, v: Value, name: &str) -> PyResult<bool> {
    let cls = class(vm, name)?;
    crate::builtins::functions::isinstance_spec(vm, v, cls, 0)
}

fn set_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    vm.len(v)
}

/// `all(elem in other for elem in this)`.
fn contains_all(vm: &mut Vm, this: Value, other: Value) -> PyResult<bool> {
    let it = vm.get_iter(this)?;
    while let Some(x) = vm.iter_next(it)? {
        if !vm.contains(other, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_cmp(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    args.check_method(op.dunder(), 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if !is_a(vm, b, "Set")? {
        return Ok(Value::NotImplemented);
    }
    let (la, lb) = (set_len(vm, a)?, set_len(vm, b)?);
    let r = match op {
        CmpOp::Le => la <= lb && contains_all(vm, a, b)?,
        CmpOp::Lt => la < lb && contains_all(vm, a, b)?,
        CmpOp::Ge => la >= lb && contains_all(vm, b, a)?,
        CmpOp::Gt => la > lb && contains_all(vm, b, a)?,
        CmpOp::Eq => la == lb && contains_all(vm, a, b)?,
        CmpOp::Ne => !(la == lb && contains_all(vm, a, b)?),
    };
    Ok(Value::Bool(r))
}

fn set_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Le)
}
fn set_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Lt)
}
fn set_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Gt)
}
fn set_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Ge)
}
fn set_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Eq)
}

/// `cls(iterable)`, the default `_from_iterable`.
fn set_from_iterable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("_from_iterable", 1, 1)?;
    vm.call(args.this(), &[args.pos[1]])
}

/// `type(this)._from_iterable(items)`.
fn from_iterable(vm: &mut Vm, this: Value, items: Vec<Value>) -> PyResult<Value> {
    let list = vm.new_list(items)?;
    let f = vm.getattr(this, "_from_iterable")?;
    vm.call(f, &[list])
}

fn is_iterable_set_arg(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if is_a(vm, v, "Set")? {
        return Ok(true);
    }
    is_a(vm, v, "Iterable")
}

fn set_and(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__and__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if !is_iterable_set_arg(vm, b)? {
        return Ok(Value::NotImplemented);
    }
    let mut out = Vec::new();
    for x in vm.collect(b)? {
        if vm.contains(a, x)? {
            out.push(x);
        }
    }
    from_iterable(vm, a, out)
}

fn set_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__or__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if !is_iterable_set_arg(vm, b)? {
        return Ok(Value::NotImplemented);
    }
    let mut out = vm.collect(a)?;
    out.extend(vm.collect(b)?);
    from_iterable(vm, a, out)
}

fn set_sub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__sub__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if !is_a(vm, b, "Set")? {
        if !is_a(vm, b, "Iterable")? {
            return Ok(Value::NotImplemented);
        }
        let items = vm.collect(b)?;
        let bs = from_iterable(vm, a, items)?;
        return sub_impl(vm, a, bs);
    }
    sub_impl(vm, a, b)
}

fn sub_impl(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let mut out = Vec::new();
    for x in vm.collect(a)? {
        if !vm.contains(b, x)? {
            out.push(x);
        }
    }
    from_iterable(vm, a, out)
}

fn set_rsub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__rsub__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    let bs = if is_a(vm, b, "Set")? {
        b
    } else if is_a(vm, b, "Iterable")? {
        let items = vm.collect(b)?;
        from_iterable(vm, a, items)?
    } else {
        return Ok(Value::NotImplemented);
    };
    let mut out = Vec::new();
    for x in vm.collect(bs)? {
        if !vm.contains(a, x)? {
            out.push(x);
        }
    }
    from_iterable(vm, a, out)
}

fn set_xor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__xor__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    let bs = if is_a(vm, b, "Set")? {
        b
    } else if is_a(vm, b, "Iterable")? {
        let items = vm.collect(b)?;
        from_iterable(vm, a, items)?
    } else {
        return Ok(Value::NotImplemented);
    };
    let mut out = Vec::new();
    for x in vm.collect(a)? {
        if !vm.contains(bs, x)? {
            out.push(x);
        }
    }
    for x in vm.collect(bs)? {
        if !vm.contains(a, x)? {
            out.push(x);
        }
    }
    from_iterable(vm, a, out)
}

fn set_isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("isdisjoint", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    for x in vm.collect(b)? {
        if vm.contains(a, x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `Set._hash`: CPython's algorithm over the element hashes (as `frozenset` hashing does).
fn set_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let items = vm.collect(this)?;
    let mut h: u64 = 1927868237u64.wrapping_mul(items.len() as u64 + 1);
    for x in items {
        let hx = vm.hash(x)? as u64;
        h ^= (hx ^ (hx << 16) ^ 89869747).wrapping_mul(3644798167);
    }
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let mut r = h as i64;
    if r == -1 {
        r = 590923713;
    }
    Ok(Value::Int(r))
}

// ---- MutableSet -------------------------------------------------------------------------------

fn mset_remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("remove", 1, 1)?;
    let (this, v) = (args.this(), args.pos[1]);
    if !vm.contains(this, v)? {
        return Err(Exc::key_error(v));
    }
    call_method(vm, this, "discard", &[v])?;
    Ok(Value::None)
}

fn mset_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let it = vm.get_iter(this)?;
    match vm.iter_next(it)? {
        Some(v) => {
            call_method(vm, this, "discard", &[v])?;
            Ok(v)
        }
        None => Err(Exc::Args(BuiltinType::KeyError, vec![])),
    }
}

fn mset_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    loop {
        match mset_pop(vm, &Args::new(&[this])) {
            Ok(_) => {}
            Err(e) if vm.exc_is(&e, BuiltinType::KeyError) => return Ok(Value::None),
            Err(e) => return Err(e),
        }
    }
}

fn mset_ior(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__ior__", 1, 1)?;
    let this = args.this();
    for x in vm.collect(args.pos[1])? {
        call_method(vm, this, "add", &[x])?;
    }
    Ok(this)
}

fn mset_iand(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__iand__", 1, 1)?;
    let (this, other) = (args.this(), args.pos[1]);
    for x in vm.collect(this)? {
        if !vm.contains(other, x)? {
            call_method(vm, this, "discard", &[x])?;
        }
    }
    Ok(this)
}

fn mset_ixor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__ixor__", 1, 1)?;
    let (this, other) = (args.this(), args.pos[1]);
    if other.is(this) {
        mset_clear(vm, &Args::new(&[this]))?;
        return Ok(this);
    }
    for x in vm.collect(other)? {
        if vm.contains(this, x)? {
            call_method(vm, this, "discard", &[x])?;
        } else {
            call_method(vm, this, "add", &[x])?;
        }
    }
    Ok(this)
}

fn mset_isub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__isub__", 1, 1)?;
    let (this, other) = (args.this(), args.pos[1]);
    if other.is(this) {
        mset_clear(vm, &Args::new(&[this]))?;
        return Ok(this);
    }
    for x in vm.collect(other)? {
        call_method(vm, this, "discard", &[x])?;
    }
    Ok(this)
}

// ---- Mapping ----------------------------------------------------------------------------------

fn map_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("get", 1, 2)?;
    let default = args.get(2).unwrap_or(Value::None);
    match vm.getitem(args.this(), args.pos[1]) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_is(&e, BuiltinType::KeyError) => Ok(default),
        Err(e) => Err(e),
    }
}

fn map_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    match vm.getitem(args.this(), args.pos[1]) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.exc_is(&e, BuiltinType::KeyError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn new_view(vm: &mut Vm, name: &str, mapping: Value) -> PyResult<Value> {
    let cls = class(vm, name)?;
    vm.call(cls, &[mapping])
}

fn map_keys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_view(vm, "KeysView", args.this())
}

fn map_items(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_view(vm, "ItemsView", args.this())
}

fn map_values(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_view(vm, "ValuesView", args.this())
}

/// The (key, value) pairs of any mapping, through `items()`.
fn mapping_pairs(vm: &mut Vm, m: Value) -> PyResult<Vec<(Value, Value)>> {
    let items = call_method(vm, m, "items", &[])?;
    let mut out = Vec::new();
    for p in vm.collect(items)? {
        let kv = vm.collect(p)?;
        if kv.len() != 2 {
            return Err(Exc::value_error(
                "dictionary update sequence element has the wrong length",
            ));
        }
        out.push((kv[0], kv[1]));
    }
    Ok(out)
}

fn map_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__eq__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    if !is_a(vm, b, "Mapping")? {
        return Ok(Value::NotImplemented);
    }
    let mut da = crate::builtins::dict::Dict::new();
    for (k, v) in mapping_pairs(vm, a)? {
        vm.dict_set_in(&mut da, k, v)?;
    }
    let mut db = crate::builtins::dict::Dict::new();
    for (k, v) in mapping_pairs(vm, b)? {
        vm.dict_set_in(&mut db, k, v)?;
    }
    let (x, y) = (vm.new_dict(da)?, vm.new_dict(db)?);
    Ok(Value::Bool(crate::builtins::dict_methods::equal(vm, x, y)?))
}

// ---- MutableMapping -----------------------------------------------------------------------

fn mmap_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("pop", 1, 2)?;
    let (this, key) = (args.this(), args.pos[1]);
    match vm.getitem(this, key) {
        Ok(v) => {
            vm.delitem(this, key)?;
            Ok(v)
        }
        Err(e) if vm.exc_is(&e, BuiltinType::KeyError) => match args.get(2) {
            Some(d) => Ok(d),
            None => Err(e),
        },
        Err(e) => Err(e),
    }
}

fn mmap_popitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let it = vm.get_iter(this)?;
    let Some(key) = vm.iter_next(it)? else {
        return Err(Exc::Args(BuiltinType::KeyError, vec![]));
    };
    let v = vm.getitem(this, key)?;
    vm.delitem(this, key)?;
    vm.new_tuple(vec![key, v])
}

fn mmap_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    loop {
        match mmap_popitem(vm, &Args::new(&[this])) {
            Ok(_) => {}
            Err(e) if vm.exc_is(&e, BuiltinType::KeyError) => return Ok(Value::None),
            Err(e) => return Err(e),
        }
    }
}

fn mmap_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let this = args.this();
    if let Some(other) = args.get(1) {
        if is_a(vm, other, "Mapping")? {
            let keys = vm.collect(other)?;
            for k in keys {
                let v = vm.getitem(other, k)?;
                vm.setitem(this, k, v)?;
            }
        } else if vm.getattr_opt(other, "keys")?.is_some() {
            let keys_v = call_method(vm, other, "keys", &[])?;
            for k in vm.collect(keys_v)? {
                let v = vm.getitem(other, k)?;
                vm.setitem(this, k, v)?;
            }
        } else {
            for p in vm.collect(other)? {
                let kv = vm.collect(p)?;
                if kv.len() != 2 {
                    return Err(Exc::value_error("too many values to unpack (expected 2)"));
                }
                vm.setitem(this, kv[0], kv[1])?;
            }
        }
    }
    for (k, v) in &args.kw {
        vm.setitem(this, *k, *v)?;
    }
    Ok(Value::None)
}

fn mmap_setdefault(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("setdefault", 1, 2)?;
    let (this, key) = (args.this(), args.pos[1]);
    let default = args.get(2).unwrap_or(Value::None);
    match vm.getitem(this, key) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_is(&e, BuiltinType::KeyError) => {
            vm.setitem(this, key, default)?;
            Ok(default)
        }
        Err(e) => Err(e),
    }
}

// ---- mapping views ------------------------------------------------------------------------

fn view_mapping(vm: &mut Vm, this: Value) -> PyResult<Value> {
    vm.getattr(this, "_mapping")
}

fn view_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__init__", 1, 1)?;
    vm.setattr(args.this(), "_mapping", args.pos[1])?;
    Ok(Value::None)
}

fn view_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = view_mapping(vm, args.this())?;
    Ok(Value::Int(vm.len(m)? as i64))
}

fn view_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let name = vm.type_name(this);
    let m = view_mapping(vm, this)?;
    let r = vm.repr(m)?;
    vm.new_str(format!("{name}({r})"))
}

fn view_from_iterable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("_from_iterable", 1, 1)?;
    let items = vm.collect(args.pos[1])?;
    vm.new_set_from(&items, false)
}

fn keys_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    let m = view_mapping(vm, args.this())?;
    Ok(Value::Bool(vm.contains(m, args.pos[1])?))
}

fn keys_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = view_mapping(vm, args.this())?;
    vm.get_iter(m)
}

fn items_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    let m = view_mapping(vm, args.this())?;
    let item = args.pos[1];
    let Some(kv) = vm.seq_items(item).filter(|kv| kv.len() == 2) else {
        return Ok(Value::Bool(false));
    };
    match vm.getitem(m, kv[0]) {
        Ok(v) => Ok(Value::Bool(v.is(kv[1]) || vm.eq(v, kv[1])?)),
        Err(e) if vm.exc_is(&e, BuiltinType::KeyError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn view_iter(vm: &mut Vm, this: Value, items: bool) -> PyResult<Value> {
    let m = view_mapping(vm, this)?;
    let it = vm.get_iter(m)?;
    let cls = vm.std_class("collections.abc._view_iterator", |vm| {
        let attrs = ViewIterFn::all_names()
            .iter()
            .filter_map(|n| ViewIterFn::from_name(n).map(|f| (*n, fv(A::ViewIter(f)))))
            .collect();
        vm.new_native_class(NativeClass {
            name: "generator",
            module: "builtins",
            attrs,
            ..Default::default()
        })
    })?;
    vm.new_native_instance(
        cls,
        NativeData::CollectionsAbc(Box::new(State::ViewIter {
            it,
            mapping: m,
            items,
        })),
    )
}

fn items_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_iter(vm, args.this(), true)
}

fn values_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_iter(vm, args.this(), false)
}

fn view_iter_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let st = match vm.native_data(args.this()) {
        Some(NativeData::CollectionsAbc(s)) => (**s).clone(),
        _ => return Err(Exc::type_error("expected a view iterator")),
    };
    let State::ViewIter { it, mapping, items } = st;
    let Some(k) = vm.iter_next(it)? else {
        return Err(Exc::stop_iteration(Value::None));
    };
    let v = vm.getitem(mapping, k)?;
    if items {
        vm.new_tuple(vec![k, v])
    } else {
        Ok(v)
    }
}

fn values_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    let m = view_mapping(vm, args.this())?;
    let item = args.pos[1];
    for k in vm.collect(m)? {
        let v = vm.getitem(m, k)?;
        if v.is(item) || vm.eq(v, item)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

// ---- Sequence -------------------------------------------------------------------------------

fn seq_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    vm.alloc(Object::Iter(Box::new(IterObj::GetItem {
        seq: args.this(),
        index: 0,
    })))
}

fn seq_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    let (this, x) = (args.this(), args.pos[1]);
    let it = seq_iter(vm, &Args::new(&[this]))?;
    while let Some(v) = vm.iter_next(it)? {
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn seq_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let n = vm.len(this)?;
    vm.alloc(Object::Iter(Box::new(IterObj::Reversed {
        seq: this,
        index: n as i64 - 1,
    })))
}

fn seq_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("index", 1, 3)?;
    let (this, x) = (args.this(), args.pos[1]);
    let mut start = match args.get(2) {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => 0,
    };
    if start < 0 {
        start = (start + vm.len(this)? as i64).max(0);
    }
    let mut stop = match args.get(3) {
        Some(v) if !v.is_none() => Some(vm.index_value(v)?),
        _ => None,
    };
    if let Some(s) = stop {
        if s < 0 {
            stop = Some(s + vm.len(this)? as i64);
        }
    }
    let mut i = start;
    while stop.is_none_or(|s| i < s) {
        let v = match vm.getitem(this, Value::Int(i)) {
            Ok(v) => v,
            Err(e) if vm.exc_is(&e, BuiltinType::IndexError) => break,
            Err(e) => return Err(e),
        };
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(Exc::Args(BuiltinType::ValueError, vec![]))
}

fn seq_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("count", 1, 1)?;
    let (this, x) = (args.this(), args.pos[1]);
    let it = seq_iter(vm, &Args::new(&[this]))?;
    let mut n = 0i64;
    while let Some(v) = vm.iter_next(it)? {
        if v.is(x) || vm.eq(v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

// ---- MutableSequence --------------------------------------------------------------------------

fn mseq_append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("append", 1, 1)?;
    let this = args.this();
    let n = vm.len(this)?;
    call_method(vm, this, "insert", &[Value::Int(n as i64), args.pos[1]])?;
    Ok(Value::None)
}

fn mseq_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    loop {
        match call_method(vm, this, "pop", &[]) {
            Ok(_) => {}
            Err(e) if vm.exc_is(&e, BuiltinType::IndexError) => return Ok(Value::None),
            Err(e) => return Err(e),
        }
    }
}

fn mseq_reverse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let n = vm.len(this)? as i64;
    for i in 0..n / 2 {
        let a = vm.getitem(this, Value::Int(i))?;
        let b = vm.getitem(this, Value::Int(n - i - 1))?;
        vm.setitem(this, Value::Int(i), b)?;
        vm.setitem(this, Value::Int(n - i - 1), a)?;
    }
    Ok(Value::None)
}

fn mseq_extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("extend", 1, 1)?;
    let (this, values) = (args.this(), args.pos[1]);
    let items = vm.collect(values)?;
    for v in items {
        mseq_append(vm, &Args::new(&[this, v]))?;
    }
    Ok(Value::None)
}

fn mseq_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("pop", 0, 1)?;
    let this = args.this();
    let index = args.get(1).unwrap_or(Value::Int(-1));
    let v = vm.getitem(this, index)?;
    vm.delitem(this, index)?;
    Ok(v)
}

fn mseq_remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("remove", 1, 1)?;
    let this = args.this();
    let i = call_method(vm, this, "index", &[args.pos[1]])?;
    vm.delitem(this, i)?;
    Ok(Value::None)
}

fn mseq_iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__iadd__", 1, 1)?;
    let this = args.this();
    call_method(vm, this, "extend", &[args.pos[1]])?;
    Ok(this)
}
