//! `slice` objects and the index arithmetic of slicing.

use serde::{Deserialize, Serialize};

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::native_methods;
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Resolved slice bounds for a sequence of a given length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl SliceIndices {
    /// The number of items the slice selects.
    pub fn len(&self) -> usize {
        let n = if self.step > 0 {
            if self.start < self.stop {
                (self.stop - self.start - 1) / self.step + 1
            } else {
                0
            }
        } else if self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        };
        n.max(0) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The selected positions, in order.
    pub fn positions(&self) -> impl Iterator<Item = usize> {
        let (start, step, n) = (self.start, self.step, self.len());
        (0..n).map(move |i| (start + i as i64 * step) as usize)
    }
}

/// CPython's `PySlice_AdjustIndices`: clamps `start`/`stop` (already integers or `None`) to `len`.
pub fn adjust(start: Option<i64>, stop: Option<i64>, step: i64, len: i64) -> SliceIndices {
    let (lo_default, hi_default) = if step < 0 { (len - 1, -1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut v) => {
                if v < 0 {
                    v += len;
                    if v < 0 {
                        v = if step < 0 { -1 } else { 0 };
                    }
                } else if v >= len {
                    v = if step < 0 { len - 1 } else { len };
                }
                v
            }
        }
    };
    SliceIndices {
        start: clamp(start, lo_default),
        stop: clamp(stop, hi_default),
        step,
    }
}

native_methods! {
    pub enum SliceMethod {
        Indices => "indices" => slice_indices,
    }
}

fn slice_indices(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("indices", 1, 1)?;
    let len = vm.index_value(args.pos[1])?;
    if len < 0 {
        return Err(Exc::value_error("length should not be negative"));
    }
    let idx = vm.slice_indices(args.this(), len)?;
    vm.new_tuple(vec![
        Value::Int(idx.start),
        Value::Int(idx.stop),
        Value::Int(idx.step),
    ])
}
