//! Function objects (`def` and `lambda`) and bound methods.

use serde::{Deserialize, Serialize};

use crate::value::Value;

/// A Python function: compiled code plus what `def` evaluated (defaults, closure, ...).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Function {
    /// Index of the code in the program.
    pub code: u32,
    pub name: String,
    pub qualname: String,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Keyword-only defaults (a dict), or `None`.
    pub kwdefaults: Value,
    /// Cells of the free variables, in the code's free-variable order.
    pub closure: Vec<Value>,
    /// `__annotations__` (a dict), or `None` until asked for.
    pub annotations: Value,
    /// `__dict__` (a dict) once an attribute is set on the function; `Undefined` before.
    pub dict: Value,
    pub doc: Value,
}

impl Function {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.defaults.iter().for_each(|v| f(*v));
        self.closure.iter().for_each(|v| f(*v));
        f(self.kwdefaults);
        f(self.annotations);
        f(self.dict);
        f(self.doc);
    }
}

/// A function bound to a receiver (`obj.method`).
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}
