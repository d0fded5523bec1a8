//! Errors: Python exceptions raised inside the VM, faults Python code cannot catch, and the
//! errors a host sees when a program fails.
//!
//! Native code returns `PyResult<T>`. A Python exception is usually created lazily
//! (`Exc::New`) and only becomes a heap object when Python code can observe it; limit breaches,
//! cancellation and internal faults are `Exc::Fatal`, which no `except` clause matches.

use serde::{Deserialize, Serialize};

use crate::heap::ObjId;
use crate::types::BuiltinType;
use crate::value::Value;

pub type PyResult<T> = Result<T, Exc>;

/// Which resource limit was exceeded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LimitKind {
    Duration,
    Memory,
    Allocations,
    Recursion,
}

impl LimitKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LimitKind::Duration => "duration",
            LimitKind::Memory => "memory",
            LimitKind::Allocations => "allocations",
            LimitKind::Recursion => "recursion",
        }
    }
}

/// A fault that stops the program and that Python code cannot catch.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Fatal {
    Limit(LimitKind, String),
    Cancelled,
    /// A bug in montybox, or a corrupted snapshot.
    Internal(String),
}

/// An error travelling through native code.
#[derive(Clone, Debug)]
pub enum Exc {
    /// A live exception object.
    Object(ObjId),
    /// A built-in exception with one string argument, to be created when observed.
    New(BuiltinType, String),
    /// A built-in exception with the given arguments.
    Args(BuiltinType, Vec<Value>),
    Fatal(Fatal),
}

impl Exc {
    pub fn new(ty: BuiltinType, msg: impl Into<String>) -> Exc {
        Exc::New(ty, msg.into())
    }
    pub fn type_error(msg: impl Into<String>) -> Exc {
        Exc::New(BuiltinType::TypeError, msg.into())
    }
    pub fn value_error(msg: impl Into<String>) -> Exc {
        Exc::New(BuiltinType::ValueError, msg.into())
    }
    pub fn index_error(msg: impl Into<String>) -> Exc {
        Exc::New(BuiltinType::IndexError, msg.into())
    }
    pub fn attribute_error(msg: impl Into<String>) -> Exc {
        Exc::New(BuiltinType::AttributeError, msg.into())
    }
    pub fn runtime_error(msg: impl Into<String>) -> Exc {
        Exc::New(BuiltinType::RuntimeError, msg.into())
    }
    pub fn overflow_error(msg: impl Into<String>) -> Exc {
        Exc::New(BuiltinType::OverflowError, msg.into())
    }
    pub fn zero_division(msg: impl Into<String>) -> Exc {
        Exc::New(BuiltinType::ZeroDivisionError, msg.into())
    }
    pub fn name_error(msg: impl Into<String>) -> Exc {
        Exc::New(BuiltinType::NameError, msg.into())
    }
    pub fn key_error(key: Value) -> Exc {
        Exc::Args(BuiltinType::KeyError, vec![key])
    }
    pub fn stop_iteration(value: Value) -> Exc {
        if value.is_none() {
            Exc::Args(BuiltinType::StopIteration, vec![])
        } else {
            Exc::Args(BuiltinType::StopIteration, vec![value])
        }
    }
    pub fn internal(msg: impl Into<String>) -> Exc {
        Exc::Fatal(Fatal::Internal(msg.into()))
    }
    pub fn limit(kind: LimitKind, msg: impl Into<String>) -> Exc {
        Exc::Fatal(Fatal::Limit(kind, msg.into()))
    }

    pub fn is_fatal(&self) -> bool {
        matches!(self, Exc::Fatal(_))
    }

    /// The built-in type of a not-yet-materialized exception.
    pub fn builtin_type(&self) -> Option<BuiltinType> {
        match self {
            Exc::New(t, _) | Exc::Args(t, _) => Some(*t),
            _ => None,
        }
    }
}

/// One frame of a traceback, as a host sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TracebackFrame {
    pub filename: String,
    pub line: u32,
    /// 1-based column of the start of the failing expression.
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    /// `None` for module-level code.
    pub function_name: Option<String>,
    pub source_line: Option<String>,
}

/// A Python exception that escaped the program.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PythonError {
    /// The exception's type name (`ValueError`, or a user class name).
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// The full report CPython prints to stderr: tracebacks, chained exceptions, final line.
    pub traceback: String,
    /// The frames of the exception's own traceback, outermost first.
    pub frames: Vec<TracebackFrame>,
}

/// Why a run did not complete.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum RunError {
    /// The source did not compile (`SyntaxError` and subclasses).
    Syntax(PythonError),
    /// An uncaught Python exception.
    Exception(PythonError),
    /// A resource limit was exceeded.
    Limit { kind: LimitKind, message: String },
    /// The host cancelled the run.
    Cancelled,
    /// Bad bytes given to `load`, a misuse of the stepping API, or a bug.
    Internal(String),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Syntax(e) | RunError::Exception(e) => write!(f, "{}", e.traceback.trim_end()),
            RunError::Limit { message, .. } => write!(f, "{message}"),
            RunError::Cancelled => write!(f, "the run was cancelled"),
            RunError::Internal(m) => write!(f, "internal error: {m}"),
        }
    }
}

impl std::error::Error for RunError {}

impl From<Fatal> for RunError {
    fn from(f: Fatal) -> RunError {
        match f {
            Fatal::Limit(kind, message) => RunError::Limit { kind, message },
            Fatal::Cancelled => RunError::Cancelled,
            Fatal::Internal(m) => RunError::Internal(m),
        }
    }
}
