//! Built-in iterator objects: over lists, tuples, strings, ranges, dicts and sets, and the
//! lazy ones `enumerate`, `zip`, `map`, `filter`, `reversed` and `iter(callable, sentinel)`.
//! Stepping them is `Vm::iter_next` (it may call Python functions for `map` and `filter`).

use serde::{Deserialize, Serialize};

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::{DictViewKind, ObjId};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum IterObj {
    List {
        list: ObjId,
        index: usize,
    },
    ListReverse {
        list: ObjId,
        index: i64,
    },
    Tuple {
        tuple: ObjId,
        index: usize,
    },
    Str {
        s: ObjId,
        byte_pos: usize,
        ascii: bool,
    },
    Bytes {
        bytes: ObjId,
        index: usize,
        bytearray: bool,
    },
    Range {
        next: i64,
        step: i64,
        remaining: u64,
    },
    /// Over a range beyond i64 (see `range.rs`).
    LongRange(Box<crate::builtins::range::LongRangeIter>),
    Dict {
        dict: ObjId,
        pos: usize,
        kind: DictViewKind,
        used: usize,
    },
    DictReverse {
        dict: ObjId,
        pos: usize,
        kind: DictViewKind,
        used: usize,
    },
    Set {
        set: ObjId,
        pos: usize,
        used: usize,
    },
    /// Iteration through `__getitem__` with 0, 1, 2, ... until IndexError.
    GetItem {
        seq: Value,
        index: i64,
    },
    /// `reversed()` of a sequence that has `__len__` and `__getitem__`.
    Reversed {
        seq: Value,
        index: i64,
    },
    Enumerate {
        iter: Value,
        count: i64,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// `future.__await__()`: yields the future while it is pending (or once for `sleep(0)`),
    /// then returns its result.
    AwaitFuture {
        fut: ObjId,
        yielded: bool,
    },
    /// An exhausted iterator of the given type.
    Done(BuiltinType),
}

impl IterObj {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            IterObj::List { list, .. } | IterObj::ListReverse { list, .. } => f(Value::Obj(*list)),
            IterObj::Tuple { tuple, .. } => f(Value::Obj(*tuple)),
            IterObj::Str { s, .. } => f(Value::Obj(*s)),
            IterObj::Bytes { bytes, .. } => f(Value::Obj(*bytes)),
            IterObj::Range { .. } | IterObj::LongRange(_) | IterObj::Done(_) => {}
            IterObj::Dict { dict, .. } | IterObj::DictReverse { dict, .. } => f(Value::Obj(*dict)),
            IterObj::Set { set, .. } => f(Value::Obj(*set)),
            IterObj::GetItem { seq, .. } | IterObj::Reversed { seq, .. } => f(*seq),
            IterObj::Enumerate { iter, .. } => f(*iter),
            IterObj::Zip { iters, .. } => iters.iter().for_each(|v| f(*v)),
            IterObj::Map { func, iters } => {
                f(*func);
                iters.iter().for_each(|v| f(*v));
            }
            IterObj::Filter { func, iter } => {
                f(*func);
                f(*iter);
            }
            IterObj::Callable { func, sentinel } => {
                f(*func);
                f(*sentinel);
            }
            IterObj::AwaitFuture { fut, .. } => f(Value::Obj(*fut)),
        }
    }

    /// The Python type of the iterator.
    pub fn builtin_type(&self) -> BuiltinType {
        match self {
            IterObj::List { .. } => BuiltinType::ListIterator,
            IterObj::ListReverse { .. } => BuiltinType::ListReverseIterator,
            IterObj::Tuple { .. } => BuiltinType::TupleIterator,
            IterObj::Str { ascii: true, .. } => BuiltinType::StrAsciiIterator,
            IterObj::Str { .. } => BuiltinType::StrIterator,
            IterObj::Bytes {
                bytearray: false, ..
            } => BuiltinType::BytesIterator,
            IterObj::Bytes { .. } => BuiltinType::ByteArrayIterator,
            IterObj::Range { .. } => BuiltinType::RangeIterator,
            IterObj::LongRange(_) => BuiltinType::LongRangeIterator,
            IterObj::Dict { kind, .. } => match kind {
                DictViewKind::Keys => BuiltinType::DictKeyIterator,
                DictViewKind::Values => BuiltinType::DictValueIterator,
                DictViewKind::Items => BuiltinType::DictItemIterator,
            },
            IterObj::DictReverse { .. } => BuiltinType::DictReverseKeyIterator,
            IterObj::Set { .. } => BuiltinType::SetIterator,
            IterObj::GetItem { .. } => BuiltinType::CallableIterator,
            IterObj::Reversed { .. } => BuiltinType::Reversed,
            IterObj::Enumerate { .. } => BuiltinType::Enumerate,
            IterObj::Zip { .. } => BuiltinType::Zip,
            IterObj::Map { .. } => BuiltinType::Map,
            IterObj::Filter { .. } => BuiltinType::Filter,
            IterObj::Callable { .. } => BuiltinType::CallableIterator,
            IterObj::AwaitFuture { .. } => BuiltinType::FutureIter,
            IterObj::Done(t) => *t,
        }
    }
}

/// Whether `t` is the type of a built-in iterator.
pub fn is_iterator_type(t: BuiltinType) -> bool {
    use BuiltinType as T;
    matches!(
        t,
        T::ListIterator
            | T::ListReverseIterator
            | T::TupleIterator
            | T::StrAsciiIterator
            | T::StrIterator
            | T::BytesIterator
            | T::ByteArrayIterator
            | T::RangeIterator
            | T::LongRangeIterator
            | T::FutureIter
            | T::DictKeyIterator
            | T::DictValueIterator
            | T::DictItemIterator
            | T::DictReverseKeyIterator
            | T::SetIterator
            | T::CallableIterator
            | T::Enumerate
            | T::Zip
            | T::Map
            | T::Filter
            | T::Reversed
    )
}

native_methods! {
    pub enum IterMethod {
        Next => "__next__" => iter_next,
        Iter => "__iter__" => iter_iter,
        LengthHint => "__length_hint__" => iter_length_hint,
    }
}

fn iter_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__next__", 0, 0)?;
    match vm.iter_next(args.this())? {
        Some(v) => Ok(v),
        None => Err(Exc::stop_iteration(Value::None)),
    }
}

fn iter_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}

fn iter_length_hint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Value::Obj(id) = args.this() {
        if let crate::heap::Object::Iter(it) = vm.heap.get(id) {
            if let IterObj::LongRange(r) = it.as_ref() {
                let n = r.remaining_big();
                return vm.new_int_big(n);
            }
        }
    }
    let n = vm.iter_length_hint(args.this())?;
    Ok(Value::Int(n as i64))
}
