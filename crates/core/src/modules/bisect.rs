//! `bisect`: binary search and insertion in sorted sequences, as CPython's `_bisect` does them
//! (`lo`/`hi` bounds, `key=`, comparisons with `<`, `insert` for non-list sequences).
//!
//! Supported: `bisect_left`, `bisect_right`, `bisect`, `insort_left`, `insort_right`, `insort`.

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::heapq::less;
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum BisectFn {
        BisectLeft => "bisect_left" => bisect_left,
        BisectRight => "bisect_right" => bisect_right,
        InsortLeft => "insort_left" => insort_left,
        InsortRight => "insort_right" => insort_right,
    }
}

pub fn attrs(_vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = BisectFn::all_names()
        .iter()
        .filter_map(|n| BisectFn::from_name(n).map(|f| (*n, func_value(ModuleFn::Bisect(f)))))
        .collect();
    // `bisect.bisect is bisect.bisect_right`, as in CPython.
    out.push((
        "bisect",
        func_value(ModuleFn::Bisect(BisectFn::BisectRight)),
    ));
    out.push((
        "insort",
        func_value(ModuleFn::Bisect(BisectFn::InsortRight)),
    ));
    Ok(out)
}

struct Params {
    a: Value,
    x: Value,
    lo: i64,
    hi: Option<i64>,
    key: Value,
}

fn params(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Params> {
    for (k, _) in &args.kw {
        let n = vm.str_value(*k).unwrap_or_default();
        if !["a", "x", "lo", "hi", "key"].contains(&n.as_str()) {
            return Err(Exc::type_error(format!(
                "'{n}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    if args.len() > 4 {
        return Err(Exc::type_error(format!(
            "{name}() takes at most 4 positional arguments ({} given)",
            args.len()
        )));
    }
    let get = |vm: &Vm, i: usize, n: &str| args.get(i).or_else(|| args.kwarg(vm, n));
    let a = get(vm, 0, "a");
    let x = get(vm, 1, "x");
    let (a, x) = match (a, x) {
        (Some(a), Some(x)) => (a, x),
        (None, _) => {
            return Err(Exc::type_error(format!(
                "{name}() missing required argument 'a' (pos 1)"
            )))
        }
        (Some(_), None) => {
            return Err(Exc::type_error(format!(
                "{name}() missing required argument 'x' (pos 2)"
            )))
        }
    };
    let lo = match get(vm, 2, "lo") {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(Exc::value_error("lo must be non-negative"));
    }
    let hi = match get(vm, 3, "hi") {
        Some(Value::None) | None => None,
        // CPython's C code uses -1 as "len(a)".
        Some(v) => {
            if vm.kind(v) != crate::vm::ops::Kind::Int && vm.lookup_user(v, "__index__")?.is_none()
            {
                let t = vm.type_name(v);
                return Err(Exc::type_error(format!(
                    "argument should be integer or None, not '{t}'"
                )));
            }
            match vm.index_value(v) {
                Ok(-1) => None,
                Ok(h) => Some(h),
                Err(_) => {
                    return Err(Exc::overflow_error(
                        "cannot fit 'int' into an index-sized integer",
                    ))
                }
            }
        }
    };
    let key = get(vm, 4, "key").unwrap_or(Value::None);
    Ok(Params { a, x, lo, hi, key })
}

fn item(vm: &mut Vm, a: Value, i: i64) -> PyResult<Value> {
    // The sequence protocol: a dict has `__getitem__` but is not a sequence.
    if vm.dict_id(a).is_some() && !vm.has_user_special(a, "__getitem__") {
        let t = vm.type_name(a);
        return Err(Exc::type_error(format!("{t} is not a sequence")));
    }
    if let Some(id) = vm.list_id(a) {
        if vm
            .lookup_in_namespaces(vm.type_of(a), "__getitem__")
            .is_none()
        {
            if let Object::List(items) = vm.heap.get(id) {
                if let Some(v) = usize::try_from(i).ok().and_then(|i| items.get(i)) {
                    return Ok(*v);
                }
            }
        }
    }
    vm.getitem(a, Value::Int(i))
}

/// The insertion point for `x` (leftmost when `left`) among `a[lo:hi]`.
fn search(vm: &mut Vm, p: &Params, x: Value, left: bool) -> PyResult<i64> {
    let mut lo = p.lo;
    let mut hi = match p.hi {
        Some(h) => h,
        None => vm.len(p.a)? as i64,
    };
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut litem = item(vm, p.a, mid)?;
        if !p.key.is_none() {
            litem = vm.call(p.key, &[litem])?;
        }
        if left {
            if less(vm, litem, x)? {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        } else if less(vm, x, litem)? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_left(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params(vm, args, "bisect_left")?;
    search(vm, &p, p.x, true).map(Value::Int)
}

fn bisect_right(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params(vm, args, "bisect_right")?;
    search(vm, &p, p.x, false).map(Value::Int)
}

fn insort(vm: &mut Vm, args: &Args, name: &str, left: bool) -> PyResult<Value> {
    let p = params(vm, args, name)?;
    let target = if p.key.is_none() {
        p.x
    } else {
        vm.call(p.key, &[p.x])?
    };
    let i = search(vm, &p, target, left)?;
    let exact_list = matches!(p.a, Value::Obj(id) if matches!(vm.heap.get(id), Object::List(_)));
    if exact_list {
        if let Value::Obj(id) = p.a {
            vm.reserve(std::mem::size_of::<Value>())?;
            if let Object::List(items) = vm.heap.get_mut(id) {
                let pos = (i.max(0) as usize).min(items.len());
                items.insert(pos, p.x);
            }
        }
        return Ok(Value::None);
    }
    let ins = vm.getattr(p.a, "insert")?;
    vm.call(ins, &[Value::Int(i), p.x])?;
    Ok(Value::None)
}

fn insort_left(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    insort(vm, args, "insort_left", true)
}

fn insort_right(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    insort(vm, args, "insort_right", false)
}
