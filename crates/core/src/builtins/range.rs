//! `range` objects and their iterators.
//!
//! A range whose start, stop, step and length all fit in an i64 is `RangeObj::Small`, so
//! creating and iterating the ranges of ordinary loops never touches a big integer. Any other
//! range (`range(10**20)`, `range(-2**63, 2**63)`) is `RangeObj::Big`, and iterates with a
//! `LongRangeIter`, lazily like CPython's `longrange_iterator`. Both variants hold plain numbers,
//! never heap references, so there is nothing for the collector to trace.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use serde::{Deserialize, Serialize};

use crate::builtins::iter::IterObj;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

/// A range of i64 values with at most `i64::MAX` items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmallRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

/// A range with a bound, step or length beyond i64.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RangeObj {
    Small(SmallRange),
    Big(Box<BigRange>),
}

/// The lazy iterator of a `Big` range (also of its `reversed()`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LongRangeIter {
    next: BigInt,
    step: BigInt,
    remaining: BigInt,
}

impl LongRangeIter {
    /// The next item, or `None` at the end.
    pub fn next_item(&mut self) -> Option<BigInt> {
        if !self.remaining.is_positive() {
            return None;
        }
        self.remaining -= 1;
        let next = &self.next + &self.step;
        Some(std::mem::replace(&mut self.next, next))
    }

    /// The number of items left.
    pub fn remaining_big(&self) -> BigInt {
        self.remaining.clone().max(BigInt::zero())
    }

    /// The number of items left, saturated to `usize`.
    pub fn remaining(&self) -> usize {
        self.remaining.to_usize().unwrap_or(usize::MAX)
    }
}

/// The number of items of `range(start, stop, step)` (0 for a zero step).
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u32) / step + 1u32
    } else if step.is_negative() && start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

/// CPython's message when a length or index does not fit in `Py_ssize_t`.
fn ssize_overflow() -> Exc {
    Exc::overflow_error("Python int too large to convert to C ssize_t")
}

impl SmallRange {
    /// The number of items (at most `i64::MAX` by construction; a hand-made snapshot with more
    /// is clamped rather than trusted).
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

    /// The item at index `i` (0 <= i < len, so it lies between start and stop and fits).
    pub fn item(&self, i: i64) -> i64 {
        let v = self.start as i128 + i as i128 * self.step as i128;
        v.clamp(i64::MIN as i128, i64::MAX as i128) as i64
    }

    /// Whether the int `v` is an item.
    pub fn contains(&self, v: i64) -> bool {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let v = v as i128;
        if step > 0 {
            v >= start && v < stop && (v - start) % step == 0
        } else if step < 0 {
            v <= start && v > stop && (start - v) % (-step) == 0
        } else {
            false
        }
    }
}

impl RangeObj {
    /// `range(start, stop, step)` of i64 values (`step != 0`).
    pub fn from_i64(start: i64, stop: i64, step: i64) -> RangeObj {
        let r = SmallRange { start, stop, step };
        let (a, b, s) = (start as i128, stop as i128, step as i128);
        let n = if s > 0 && a < b {
            (b - a - 1) / s + 1
        } else if s < 0 && a > b {
            (a - b - 1) / (-s) + 1
        } else {
            0
        };
        if n <= i64::MAX as i128 {
            RangeObj::Small(r)
        } else {
            Self::from_big(start.into(), stop.into(), step.into())
        }
    }

    /// `range(start, stop, step)` (`step != 0`), small when everything fits.
    pub fn from_big(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
        let len = big_len(&start, &stop, &step);
        if let (Some(a), Some(b), Some(s), Some(_)) =
            (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64())
        {
            return RangeObj::Small(SmallRange {
                start: a,
                stop: b,
                step: s,
            });
        }
        RangeObj::Big(Box::new(BigRange {
            start,
            stop,
            step,
            len,
        }))
    }

    pub fn start(&self) -> BigInt {
        match self {
            RangeObj::Small(r) => r.start.into(),
            RangeObj::Big(r) => r.start.clone(),
        }
    }

    pub fn stop(&self) -> BigInt {
        match self {
            RangeObj::Small(r) => r.stop.into(),
            RangeObj::Big(r) => r.stop.clone(),
        }
    }

    pub fn step(&self) -> BigInt {
        match self {
            RangeObj::Small(r) => r.step.into(),
            RangeObj::Big(r) => r.step.clone(),
        }
    }

    pub fn len_big(&self) -> BigInt {
        match self {
            RangeObj::Small(r) => r.len().into(),
            RangeObj::Big(r) => r.len.clone(),
        }
    }

    /// `len(range)`: an OverflowError beyond `sys.maxsize`, as in CPython.
    pub fn len(&self) -> PyResult<usize> {
        match self {
            RangeObj::Small(r) => usize::try_from(r.len()).map_err(|_| ssize_overflow()),
            RangeObj::Big(r) => r
                .len
                .to_i64()
                .and_then(|n| usize::try_from(n).ok())
                .ok_or_else(ssize_overflow),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            RangeObj::Small(r) => r.is_empty(),
            RangeObj::Big(r) => !r.len.is_positive(),
        }
    }

    /// The item at index `i` (0 <= i < len).
    fn item_big(&self, i: &BigInt) -> BigInt {
        match self {
            RangeObj::Small(r) => BigInt::from(r.start) + i * r.step,
            RangeObj::Big(r) => &r.start + i * &r.step,
        }
    }

    /// Whether the int `v` is an item.
    pub fn contains_int(&self, v: &BigInt) -> bool {
        match (self, v.to_i64()) {
            (RangeObj::Small(r), Some(v)) => r.contains(v),
            (RangeObj::Small(_), None) => false,
            (RangeObj::Big(r), _) => {
                let in_bounds = if r.step.is_positive() {
                    &r.start <= v && v < &r.stop
                } else if r.step.is_negative() {
                    &r.start >= v && v > &r.stop
                } else {
                    false
                };
                in_bounds && (v - &r.start).mod_floor(&r.step).is_zero()
            }
        }
    }

    /// The iterator of `iter(range)`.
    pub fn iter_obj(&self) -> IterObj {
        match self {
            RangeObj::Small(r) => IterObj::Range {
                next: r.start,
                step: r.step,
                remaining: r.len() as u64,
            },
            RangeObj::Big(r) => IterObj::LongRange(Box::new(LongRangeIter {
                next: r.start.clone(),
                step: r.step.clone(),
                remaining: r.len.clone(),
            })),
        }
    }

    /// The iterator of `reversed(range)`.
    pub fn reversed_iter_obj(&self) -> IterObj {
        match self {
            RangeObj::Small(r) => {
                let n = r.len();
                match r.step.checked_neg() {
                    Some(step) => IterObj::Range {
                        next: if n > 0 { r.item(n - 1) } else { r.start },
                        step,
                        remaining: n as u64,
                    },
                    // A step of i64::MIN: the reversed step does not fit.
                    None => self.long_reversed(),
                }
            }
            RangeObj::Big(_) => self.long_reversed(),
        }
    }

    fn long_reversed(&self) -> IterObj {
        let (start, step, len) = (self.start(), self.step(), self.len_big());
        let last = if len.is_positive() {
            &start + (&len - 1u32) * &step
        } else {
            start
        };
        IterObj::LongRange(Box::new(LongRangeIter {
            next: last,
            step: -step,
            remaining: len,
        }))
    }

    /// `==` between ranges: the same sequence of items.
    pub fn same_items(&self, other: &RangeObj) -> bool {
        if let (RangeObj::Small(x), RangeObj::Small(y)) = (self, other) {
            let (lx, ly) = (x.len(), y.len());
            return lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)));
        }
        let (lx, ly) = (self.len_big(), other.len_big());
        if lx != ly {
            return false;
        }
        lx.is_zero()
            || (self.start() == other.start() && (lx.is_one() || self.step() == other.step()))
    }
}

/// The int that `v` stands for as an index (`__index__`), or `None` if it has none.
fn index_big(vm: &mut Vm, v: Value) -> PyResult<Option<BigInt>> {
    match v {
        Value::Int(i) => return Ok(Some(i.into())),
        Value::Bool(b) => return Ok(Some((b as i64).into())),
        Value::Float(_) => return Ok(None),
        _ => {}
    }
    if let Some(b) = crate::builtins::int::to_bigint(vm, v) {
        return Ok(Some(b));
    }
    if let Some(m) = vm.lookup_user(v, "__index__")? {
        let r = vm.call(m, &[])?;
        return match crate::builtins::int::to_bigint(vm, vm.unwrap_builtin(r)) {
            Some(b) => Ok(Some(b)),
            None => {
                let t = vm.type_name(r);
                Err(Exc::type_error(format!(
                    "__index__ returned non-int (type {t})"
                )))
            }
        };
    }
    // An instance of an int subclass without `__index__` of its own.
    let inner = vm.unwrap_builtin(v);
    Ok(if inner.is(v) {
        None
    } else {
        crate::builtins::int::to_bigint(vm, inner)
    })
}

/// The exact int (or bool) that `v` is, if it is one; int subclasses do not count, as in
/// CPython's fast paths of `in`, `index` and `count`.
fn exact_int(vm: &Vm, v: Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(i.into()),
        Value::Bool(b) => Some((b as i64).into()),
        Value::Obj(id) => match vm.heap.get(id) {
            Object::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

native_methods! {
    pub enum RangeMethod {
        Index => "index" => range_index,
        Count => "count" => range_count,
    }
}

/// CPython's generic `in`/`index`/`count` for values that are not exact ints: iterate and
/// compare with `==` (item first). `f` sees each match's position and says whether to stop.
fn search(
    vm: &mut Vm,
    r: &RangeObj,
    target: Value,
    mut f: impl FnMut(i64) -> bool,
) -> PyResult<()> {
    let mut it = r.iter_obj();
    let mut pos: i64 = 0;
    loop {
        let item = match &mut it {
            IterObj::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining == 0 {
                    return Ok(());
                }
                *remaining -= 1;
                let v = *next;
                *next = next.wrapping_add(*step);
                Value::Int(v)
            }
            IterObj::LongRange(l) => match l.next_item() {
                Some(b) => vm.new_int_big(b)?,
                None => return Ok(()),
            },
            _ => return Ok(()),
        };
        if vm.eq(item, target)? && f(pos) {
            return Ok(());
        }
        pos = pos.saturating_add(1);
        // A search over a huge range can run for ever: honour the time limit.
        vm.native_tick()?;
    }
}

/// `range.index` and `range.count` take exactly one argument (CPython's `METH_O` message).
fn one_arg(args: &Args, name: &str) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if given != 1 || !args.kw.is_empty() {
        if !args.kw.is_empty() {
            return Err(Exc::type_error(format!(
                "range.{name}() takes no keyword arguments"
            )));
        }
        return Err(Exc::type_error(format!(
            "range.{name}() takes exactly one argument ({given} given)"
        )));
    }
    Ok(())
}

fn range_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_arg(args, "index")?;
    let r = vm.range_obj(args.this())?;
    let target = args.pos[1];
    if let Some(v) = exact_int(vm, target) {
        if r.contains_int(&v) {
            let i = (v - r.start()) / r.step();
            return vm.new_int_big(i);
        }
        let repr = vm.repr(target)?;
        return Err(Exc::value_error(format!("{repr} is not in range")));
    }
    let mut found = None;
    search(vm, &r, target, |i| {
        found = Some(i);
        true
    })?;
    match found {
        Some(i) => Ok(Value::Int(i)),
        None => Err(Exc::value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_arg(args, "count")?;
    let r = vm.range_obj(args.this())?;
    let target = args.pos[1];
    if let Some(v) = exact_int(vm, target) {
        return Ok(Value::Int(r.contains_int(&v) as i64));
    }
    let mut count = 0;
    search(vm, &r, target, |_| {
        count += 1;
        false
    })?;
    Ok(Value::Int(count))
}

/// `x in range`.
pub fn contains(vm: &mut Vm, r: &RangeObj, item: Value) -> PyResult<bool> {
    match (r, item) {
        (RangeObj::Small(r), Value::Int(i)) => Ok(r.contains(i)),
        _ => match exact_int(vm, item) {
            Some(v) => Ok(r.contains_int(&v)),
            None => {
                let mut found = false;
                search(vm, r, item, |_| {
                    found = true;
                    true
                })?;
                Ok(found)
            }
        },
    }
}

/// `range(...)`.
pub fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("range")?;
    match args.len() {
        0 => return Err(Exc::type_error("range expected at least 1 argument, got 0")),
        1..=3 => {}
        n => {
            return Err(Exc::type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    }
    // The common case: plain small ints, no big-integer work.
    let mut small = [0i64; 3];
    let all_small = args
        .pos
        .iter()
        .zip(small.iter_mut())
        .all(|(a, s)| match *a {
            Value::Int(i) => {
                *s = i;
                true
            }
            Value::Bool(b) => {
                *s = b as i64;
                true
            }
            _ => false,
        });
    let r = if all_small {
        let (start, stop, step) = match args.len() {
            1 => (0, small[0], 1),
            2 => (small[0], small[1], 1),
            _ => (small[0], small[1], small[2]),
        };
        if step == 0 {
            return Err(Exc::value_error("range() arg 3 must not be zero"));
        }
        RangeObj::from_i64(start, stop, step)
    } else {
        let mut ints = Vec::with_capacity(3);
        for a in args.pos.iter() {
            match index_big(vm, *a)? {
                Some(b) => ints.push(b),
                None => {
                    let t = vm.type_name(*a);
                    return Err(Exc::type_error(format!(
                        "'{t}' object cannot be interpreted as an integer"
                    )));
                }
            }
        }
        let mut ints = ints.into_iter();
        let (first, second, third) = (ints.next(), ints.next(), ints.next());
        let (start, stop, step) = match (first, second, third) {
            (Some(stop), None, _) => (BigInt::zero(), stop, BigInt::one()),
            (Some(start), Some(stop), None) => (start, stop, BigInt::one()),
            (Some(start), Some(stop), Some(step)) => (start, stop, step),
            _ => return Err(Exc::internal("range arguments")),
        };
        if step.is_zero() {
            return Err(Exc::value_error("range() arg 3 must not be zero"));
        }
        RangeObj::from_big(start, stop, step)
    };
    vm.alloc(Object::Range(r))
}

/// A slice bound or step: `None` or an int via `__index__`.
fn slice_part(vm: &mut Vm, v: Value) -> PyResult<Option<BigInt>> {
    if v.is_none() {
        return Ok(None);
    }
    match index_big(vm, v)? {
        Some(b) => Ok(Some(b)),
        None => Err(Exc::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// `range[slice]`: CPython's slice arithmetic on unbounded ints.
fn slice(vm: &mut Vm, r: &RangeObj, s: crate::builtins::slice::SliceObj) -> PyResult<Value> {
    let step = slice_part(vm, s.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(Exc::value_error("slice step cannot be zero"));
    }
    let len = r.len_big();
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), &len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |b: Option<BigInt>, default: &BigInt| -> BigInt {
        match b {
            None => default.clone(),
            Some(mut i) => {
                if i.is_negative() {
                    i += &len;
                    if i < lower {
                        i = lower.clone();
                    }
                } else if i > upper {
                    i = upper.clone();
                }
                i
            }
        }
    };
    let start = slice_part(vm, s.start)?;
    let stop = slice_part(vm, s.stop)?;
    let (start, stop) = if step.is_negative() {
        (clamp(start, &upper), clamp(stop, &lower))
    } else {
        (clamp(start, &lower), clamp(stop, &upper))
    };
    let new = RangeObj::from_big(r.item_big(&start), r.item_big(&stop), r.step() * step);
    vm.alloc(Object::Range(new))
}

/// `range[key]`.
pub fn range_getitem(vm: &mut Vm, r: Value, key: Value) -> PyResult<Value> {
    let rg = vm.range_obj(r)?;
    if let Value::Obj(k) = key {
        if let Object::Slice(s) = vm.heap.get(k) {
            let s = *s;
            return slice(vm, &rg, s);
        }
    }
    if let (RangeObj::Small(sr), Value::Int(i)) = (&rg, key) {
        let len = sr.len();
        let j = if i < 0 { i.saturating_add(len) } else { i };
        if j < 0 || j >= len {
            return Err(Exc::index_error("range object index out of range"));
        }
        return Ok(Value::Int(sr.item(j)));
    }
    let Some(mut i) = index_big(vm, key)? else {
        let t = vm.type_name(key);
        return Err(Exc::type_error(format!(
            "range indices must be integers or slices, not {t}"
        )));
    };
    let len = rg.len_big();
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return Err(Exc::index_error("range object index out of range"));
    }
    let v = rg.item_big(&i);
    vm.new_int_big(v)
}

/// `hash(range)`: the hash of `(len, start, step)`, with `None` for the parts that do not
/// matter (start of an empty range, step of a one-item range), so equal ranges hash equal.
pub fn hash(vm: &mut Vm, r: &RangeObj) -> PyResult<i64> {
    use crate::builtins::hash as h;
    let none = vm.hash(Value::None)?;
    let parts = match r {
        RangeObj::Small(r) => {
            let len = r.len();
            [
                h::hash_i64(len),
                if len == 0 { none } else { h::hash_i64(r.start) },
                if len <= 1 { none } else { h::hash_i64(r.step) },
            ]
        }
        RangeObj::Big(r) => [
            h::hash_bigint(&r.len),
            if r.len.is_zero() {
                none
            } else {
                h::hash_bigint(&r.start)
            },
            if r.len <= BigInt::one() {
                none
            } else {
                h::hash_bigint(&r.step)
            },
        ],
    };
    Ok(h::hash_tuple(parts.into_iter()))
}

/// `repr(range)`.
pub fn repr(r: &RangeObj) -> PyResult<String> {
    let int = |b: BigInt| crate::builtins::int::bigint_to_decimal(&b);
    let step = r.step();
    Ok(if step.is_one() {
        format!("range({}, {})", int(r.start())?, int(r.stop())?)
    } else {
        format!(
            "range({}, {}, {})",
            int(r.start())?,
            int(r.stop())?,
            int(step)?
        )
    })
}

/// The `start`, `stop` and `step` attributes.
pub fn attr(vm: &mut Vm, r: &RangeObj, name: &str) -> PyResult<Option<Value>> {
    let v = match name {
        "start" => r.start(),
        "stop" => r.stop(),
        "step" => r.step(),
        _ => return Ok(None),
    };
    vm.new_int_big(v).map(Some)
}

/// All the items, for `list(range)` and friends.
pub fn collect(vm: &mut Vm, r: &RangeObj) -> PyResult<Vec<Value>> {
    let n = r.len()?;
    let no_memory = || Exc::Args(BuiltinType::MemoryError, Vec::new());
    vm.reserve_values(n)?;
    let mut out = Vec::new();
    out.try_reserve_exact(n).map_err(|_| no_memory())?;
    match r {
        RangeObj::Small(r) => {
            for i in 0..n as i64 {
                if i % 65536 == 65535 {
                    vm.check_limits()?;
                }
                out.push(Value::Int(r.item(i)));
            }
        }
        RangeObj::Big(_) => {
            let mut it = r.iter_obj();
            if let IterObj::LongRange(l) = &mut it {
                while let Some(b) = l.next_item() {
                    vm.native_tick()?;
                    out.push(vm.new_int_big(b)?);
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_to_small_when_everything_fits() {
        assert!(matches!(RangeObj::from_i64(0, 10, 1), RangeObj::Small(_)));
        assert!(matches!(
            RangeObj::from_i64(i64::MIN, i64::MAX, 1),
            RangeObj::Big(_)
        ));
        // 2**63 items: one more than fits.
        assert!(matches!(
            RangeObj::from_i64(i64::MIN, i64::MAX, 2),
            RangeObj::Big(_)
        ));
        assert!(matches!(
            RangeObj::from_i64(i64::MIN, i64::MAX, 4),
            RangeObj::Small(_)
        ));
        let big = BigInt::from(10).pow(20);
        assert!(matches!(
            RangeObj::from_big(BigInt::zero(), big.clone(), BigInt::one()),
            RangeObj::Big(_)
        ));
        let r = RangeObj::from_big(BigInt::zero(), big.clone(), BigInt::one());
        assert_eq!(r.len_big(), big);
        assert!(r.len().is_err());
    }

    #[test]
    fn membership_and_items() {
        let big = BigInt::from(10).pow(20);
        let r = RangeObj::from_big(-big.clone(), big.clone(), BigInt::from(7));
        assert!(r.contains_int(&(-big.clone() + 14u32)));
        assert!(!r.contains_int(&(-big.clone() + 15u32)));
        assert!(!r.contains_int(&big));
        let r = RangeObj::from_big(big.clone(), -big.clone(), BigInt::from(-3));
        assert!(r.contains_int(&(big.clone() - 3u32)));
        assert!(!r.contains_int(&(big.clone() + 3u32)));
        let mut it = match r.reversed_iter_obj() {
            IterObj::LongRange(l) => l,
            _ => panic!("expected a long range iterator"),
        };
        let last = it.next_item();
        assert!(last.is_some_and(|l| r.contains_int(&l)));
    }
}
