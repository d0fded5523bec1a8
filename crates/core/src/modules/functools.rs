//! stub
use crate::error::PyResult;
use crate::native_methods;
use crate::value::Value;
use crate::vm::Vm;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum State {}
impl State {
    pub fn trace(&self, _f: &mut dyn FnMut(Value)) {
        match *self {}
    }
    pub fn size_estimate(&self) -> usize {
        match *self {}
    }
}
native_methods! { pub enum StubFn { X => "x" => x, } }
fn x(_vm: &mut Vm, _a: &crate::builtins::Args) -> PyResult<Value> {
    Ok(Value::None)
}
pub fn attrs(_vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    Ok(vec![])
}
