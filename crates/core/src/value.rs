//! `Value`: the 16-byte, `Copy` representation of every Python value the VM handles.
//!
//! Small ints, floats, bools and the singletons live inline, so arithmetic on them neither
//! allocates nor touches the heap. Everything else is an `ObjId` into the heap arena.

use serde::{Deserialize, Serialize};

use crate::builtins::Builtin;
use crate::heap::ObjId;
use crate::types::BuiltinType;

/// A Python value.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, Default)]
pub enum Value {
    /// The marker of an unbound local, global or cell. Never visible to Python code.
    Undefined,
    #[default]
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// An int that fits in 64 bits; larger ints are heap `BigInt` objects.
    Int(i64),
    Float(f64),
    /// A built-in function or method (unbound).
    Builtin(Builtin),
    /// A built-in type such as `int` or `ValueError`.
    Type(BuiltinType),
    /// A heap object.
    Obj(ObjId),
}

impl Value {
    /// `a is b`.
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Undefined, Value::Undefined)
            | (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Builtin(a), Value::Builtin(b)) => a == b,
            (Value::Type(a), Value::Type(b)) => a == b,
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }

    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn is_undefined(self) -> bool {
        matches!(self, Value::Undefined)
    }

    #[inline]
    pub fn as_obj(self) -> Option<ObjId> {
        match self {
            Value::Obj(id) => Some(id),
            _ => None,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}
