//! `urllib`: the package of `urllib.parse`, which it exposes as its `parse` attribute (CPython
//! only does so once `urllib.parse` was imported). `urllib.request`, `urllib.error` and
//! `urllib.robotparser` are not provided: the sandbox has no network.

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// The package has no functions of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum UrllibFn {}

impl UrllibFn {
    pub fn name(self) -> &'static str {
        match self {}
    }

    pub fn call(self, _vm: &mut Vm, _args: &crate::builtins::Args) -> PyResult<Value> {
        match self {}
    }
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let parse = crate::modules::import(vm, "urllib.parse")?;
    Ok(vec![("parse", parse)])
}
