//! `range` objects.

use serde::{Deserialize, Serialize};

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::native_methods;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    /// The number of items.
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at index `i` (0 <= i < len).
    pub fn item(&self, i: i64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }

    /// Whether the int `v` is in the range.
    pub fn contains(&self, v: i64) -> bool {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let v = v as i128;
        if step > 0 {
            v >= start && v < stop && (v - start) % step == 0
        } else {
            v <= start && v > stop && (start - v) % (-step) == 0
        }
    }
}

native_methods! {
    pub enum RangeMethod {
        Index => "index" => range_index,
        Count => "count" => range_count,
    }
}

fn int_arg(v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        _ => None,
    }
}

fn range_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("index", 1, 1)?;
    let r = vm.range_obj(args.this())?;
    if let Some(v) = int_arg(args.pos[1]) {
        if r.contains(v) {
            return Ok(Value::Int((v - r.start) / r.step));
        }
    } else {
        let n = r.len();
        for i in 0..n {
            if vm.eq(Value::Int(r.item(i)), args.pos[1])? {
                return Ok(Value::Int(i));
            }
        }
    }
    let repr = vm.repr(args.pos[1])?;
    Err(Exc::value_error(format!("{repr} is not in range")))
}

fn range_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("count", 1, 1)?;
    let r = vm.range_obj(args.this())?;
    if let Some(v) = int_arg(args.pos[1]) {
        return Ok(Value::Int(r.contains(v) as i64));
    }
    let mut count = 0;
    for i in 0..r.len() {
        if vm.eq(Value::Int(r.item(i)), args.pos[1])? {
            count += 1;
        }
    }
    Ok(Value::Int(count))
}

/// `range(...)`.
pub fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("range")?;
    let mut ints = Vec::with_capacity(3);
    for a in args.pos.iter() {
        if vm.kind(*a) == Kind::Float
            || (vm.kind(*a) != Kind::Int && vm.lookup_user(*a, "__index__")?.is_none())
        {
            let t = vm.type_name(*a);
            return Err(Exc::type_error(format!(
                "'{t}' object cannot be interpreted as an integer"
            )));
        }
        ints.push(
            vm.index_value(*a)
                .map_err(|_| Exc::overflow_error("Python int too large to convert to C ssize_t"))?,
        );
    }
    let (start, stop, step) = match ints.len() {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        3 => (ints[0], ints[1], ints[2]),
        0 => return Err(Exc::type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(Exc::type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if step == 0 {
        return Err(Exc::value_error("range() arg 3 must not be zero"));
    }
    vm.alloc(Object::Range(RangeObj { start, stop, step }))
}

/// `range[key]`.
pub fn range_getitem(vm: &mut Vm, r: Value, key: Value) -> PyResult<Value> {
    let rg = vm.range_obj(r)?;
    let len = rg.len();
    if matches!(key, Value::Obj(k) if matches!(vm.heap.get(k), Object::Slice(_))) {
        let idx = vm.slice_indices(key, len)?;
        let start = rg.start + idx.start * rg.step;
        let stop = rg.start + idx.stop * rg.step;
        let step = rg.step * idx.step;
        return vm.alloc(Object::Range(RangeObj { start, stop, step }));
    }
    let i = match vm.index_value(key) {
        Ok(i) => i,
        Err(_) => {
            let t = vm.type_name(key);
            return Err(Exc::type_error(format!(
                "range indices must be integers or slices, not {t}"
            )));
        }
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(Exc::index_error("range object index out of range"));
    }
    Ok(Value::Int(rg.item(j)))
}
