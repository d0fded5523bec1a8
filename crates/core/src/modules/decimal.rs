//! `decimal` (in progress).

use num_bigint::BigInt;

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// The exact ratio of a Decimal instance, `None` for other values.
pub fn decimal_ratio(_vm: &mut Vm, _v: Value) -> PyResult<Option<(BigInt, BigInt)>> {
    Ok(None)
}

/// Whether `t` is the Decimal class or a subclass.
pub fn is_decimal_class(_vm: &mut Vm, _t: Value) -> bool {
    false
}

/// Whether `v` is a Decimal.
pub fn is_decimal(_vm: &mut Vm, _v: Value) -> bool {
    false
}

/// The correctly rounded Decimal square root of `n/m`.
pub fn sqrt_of_frac(_vm: &mut Vm, _n: &BigInt, _m: &BigInt) -> PyResult<Value> {
    Err(crate::error::Exc::internal("decimal"))
}
