//! Exception objects: the data every exception instance carries, and `BaseException` methods.

use serde::{Deserialize, Serialize};

use crate::builtins::Args;
use crate::error::PyResult;
use crate::native_methods;
use crate::value::Value;
use crate::vm::Vm;

/// One traceback entry: the code and instruction being executed in a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TbEntry {
    pub code: u32,
    pub ip: u32,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// Outermost frame first.
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    pub notes: Vec<Value>,
}

impl ExcData {
    pub fn new(args: Vec<Value>) -> ExcData {
        ExcData {
            args,
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            notes: Vec::new(),
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.args.iter().for_each(|v| f(*v));
        f(self.cause);
        f(self.context);
        self.notes.iter().for_each(|v| f(*v));
    }
}

native_methods! {
    pub enum ExceptionMethod {
        WithTraceback => "with_traceback" => exc_with_traceback,
        AddNote => "add_note" => exc_add_note,
    }
}

fn exc_with_traceback(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("with_traceback", 1, 1)?;
    Ok(args.this())
}

fn exc_add_note(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("add_note", 1, 1)?;
    let note = args.pos[1];
    if vm.str_value(note).is_none() {
        let t = vm.type_name(note);
        return Err(crate::error::Exc::type_error(format!(
            "note must be a str, not '{t}'"
        )));
    }
    if let Some(id) = args.this().as_obj() {
        if let crate::heap::Object::Instance(inst) = vm.heap.get_mut(id) {
            if let Some(e) = inst.exc_mut() {
                e.notes.push(note);
            }
        }
    }
    Ok(Value::None)
}
