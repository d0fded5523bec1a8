//! `decimal` (in progress).

use num_bigint::BigInt;

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// The exact ratio of a Decimal instance, `None` for other values.
pub fn decimal_ratio(_vm: &mut Vm, _v: Value) -> PyResult<Option<(BigInt, BigInt)>> {
    Ok(None)
}
