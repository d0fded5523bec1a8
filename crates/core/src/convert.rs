//! Values crossing the host boundary: `HostValue`, an owned tree a host builds and reads without
//! touching the heap, and the conversions between it and VM values.
//!
//! Conversion is bounded in depth in both directions (no native recursion past `MAX_DEPTH`) and
//! refuses what has no host form (functions, instances of user classes...) with a `TypeError`
//! that names the type, instead of guessing.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

use crate::builtins::dict::Dict;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

/// The deepest nesting converted in either direction.
pub const MAX_DEPTH: usize = 200;

/// A value as a host gives it to or receives it from a program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum HostValue {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<HostValue>),
    Tuple(Vec<HostValue>),
    /// Key-value pairs in insertion order.
    Dict(Vec<(HostValue, HostValue)>),
    Set(Vec<HostValue>),
    FrozenSet(Vec<HostValue>),
}

impl HostValue {
    /// Whether every key of a dict is a `str` (hosts with plain objects use this).
    pub fn is_str_keyed(pairs: &[(HostValue, HostValue)]) -> bool {
        pairs.iter().all(|(k, _)| matches!(k, HostValue::Str(_)))
    }
}

impl Vm {
    /// Converts a VM value for the host. `what` names the value in the error message
    /// ("the result", "argument 1 of 'fetch'").
    pub fn host_value_of(&mut self, v: Value, what: &str) -> PyResult<HostValue> {
        self.host_value_at(v, what, 0)
    }

    fn host_value_at(&mut self, v: Value, what: &str, depth: usize) -> PyResult<HostValue> {
        if depth > MAX_DEPTH {
            return Err(Exc::new(
                BuiltinType::RecursionError,
                format!("montybox: {what} is nested too deeply to pass to the host"),
            ));
        }
        let v = self.unwrap_builtin(v);
        Ok(match v {
            Value::None => HostValue::None,
            Value::Bool(b) => HostValue::Bool(b),
            Value::Int(i) => HostValue::Int(i),
            Value::Float(f) => HostValue::Float(f),
            Value::Obj(id) => {
                let children: Vec<Value> = match self.heap.get(id) {
                    Object::Str(s) => return Ok(HostValue::Str(s.s.to_string())),
                    Object::Bytes(b) | Object::ByteArray(b) => {
                        return Ok(HostValue::Bytes(b.clone()))
                    }
                    Object::BigInt(b) => return Ok(HostValue::BigInt(b.clone())),
                    Object::List(items) | Object::Tuple(items) => items.clone(),
                    Object::Set(s) | Object::FrozenSet(s) => s.iter().map(|e| e.key).collect(),
                    Object::Dict(d) => {
                        let pairs: Vec<(Value, Value)> =
                            d.iter().map(|e| (e.key, e.value)).collect();
                        let mut out = Vec::with_capacity(pairs.len());
                        for (k, val) in pairs {
                            let hk = self.host_value_at(k, what, depth + 1)?;
                            let hv = self.host_value_at(val, what, depth + 1)?;
                            out.push((hk, hv));
                        }
                        return Ok(HostValue::Dict(out));
                    }
                    _ => return Err(self.unconvertible(v, what)),
                };
                let mut out = Vec::with_capacity(children.len());
                for c in children {
                    out.push(self.host_value_at(c, what, depth + 1)?);
                }
                match self.heap.get(id) {
                    Object::List(_) => HostValue::List(out),
                    Object::Tuple(_) => HostValue::Tuple(out),
                    Object::Set(_) => HostValue::Set(out),
                    _ => HostValue::FrozenSet(out),
                }
            }
            _ => return Err(self.unconvertible(v, what)),
        })
    }

    fn unconvertible(&self, v: Value, what: &str) -> Exc {
        let t = self.type_name(v);
        Exc::type_error(format!(
            "montybox: {what} is a '{t}' object, which has no host representation"
        ))
    }

    /// Builds a VM value from a host value.
    pub fn value_from_host(&mut self, h: &HostValue) -> PyResult<Value> {
        self.value_from_host_at(h, 0)
    }

    fn value_from_host_at(&mut self, h: &HostValue, depth: usize) -> PyResult<Value> {
        if depth > MAX_DEPTH {
            return Err(Exc::new(
                BuiltinType::RecursionError,
                "montybox: a host value is nested too deeply",
            ));
        }
        Ok(match h {
            HostValue::None => Value::None,
            HostValue::Bool(b) => Value::Bool(*b),
            HostValue::Int(i) => Value::Int(*i),
            HostValue::BigInt(b) => self.new_int_big(b.clone())?,
            HostValue::Float(f) => Value::Float(*f),
            HostValue::Str(s) => self.new_str(s.clone())?,
            HostValue::Bytes(b) => self.new_bytes(b.clone())?,
            HostValue::List(items) | HostValue::Tuple(items) => {
                let mut vals = Vec::with_capacity(items.len());
                for i in items {
                    vals.push(self.value_from_host_at(i, depth + 1)?);
                }
                if matches!(h, HostValue::List(_)) {
                    self.new_list(vals)?
                } else {
                    self.new_tuple(vals)?
                }
            }
            HostValue::Dict(pairs) => {
                let mut d = Dict::new();
                for (k, v) in pairs {
                    let kv = self.value_from_host_at(k, depth + 1)?;
                    let vv = self.value_from_host_at(v, depth + 1)?;
                    self.dict_set_in(&mut d, kv, vv)?;
                }
                self.new_dict(d)?
            }
            HostValue::Set(items) | HostValue::FrozenSet(items) => {
                let mut vals = Vec::with_capacity(items.len());
                for i in items {
                    vals.push(self.value_from_host_at(i, depth + 1)?);
                }
                self.new_set_from(&vals, matches!(h, HostValue::FrozenSet(_)))?
            }
        })
    }

    /// An exception for the host's `(type name, message)`: the built-in exception type of that
    /// name, or `RuntimeError` when the name is not one.
    pub fn exception_from_host(&mut self, type_name: &str, message: &str) -> PyResult<Value> {
        let ty = BuiltinType::ALL
            .iter()
            .copied()
            .find(|t| t.is_exception() && t.name() == type_name)
            .unwrap_or(BuiltinType::RuntimeError);
        let id = self.new_exception(ty, message)?;
        Ok(Value::Obj(id))
    }
}
