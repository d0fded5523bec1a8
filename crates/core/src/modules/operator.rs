//! `operator`: the standard operators as functions, and `itemgetter`, `attrgetter`,
//! `methodcaller`.
//!
//! Supported: every function of CPython 3.11's `operator` (`add` ... `xor`, the in-place forms
//! `iadd` ... `ixor`, `call`, `concat`/`iconcat`, `contains`, `countOf`, `indexOf`,
//! `getitem`/`setitem`/`delitem`, `index`, `length_hint`, `truth`, `is_`/`is_not`, comparisons)
//! and their dunder aliases (`__add__` ...), plus the three callable classes with CPython's reprs.
//! Not supported: pickling (`__reduce__`) of the callable classes.
//!
//! The helpers [`binary`], [`unary`] and [`call_kw`] run Python operators from native code and
//! are shared by the other modules of this crate.

use serde::{Deserialize, Serialize};

use crate::builtins::{Args, Builtin};
use crate::bytecode::{BinOp, CmpOp, UnOp};
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::{Flow, Vm};

// ---- helpers shared with other modules ---------------------------------------------------------

/// `a <op> b` (or `a <op>= b`) from native code, with full dunder dispatch.
pub fn binary(vm: &mut Vm, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    if !inplace {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            match op {
                BinOp::Add => {
                    if let Some(r) = x.checked_add(y) {
                        return Ok(Value::Int(r));
                    }
                }
                BinOp::Sub => {
                    if let Some(r) = x.checked_sub(y) {
                        return Ok(Value::Int(r));
                    }
                }
                _ => {}
            }
        }
    }
    let depth = vm.frames.len();
    flow_value(vm, depth, |vm| vm.binary_op(op, a, b, inplace))
}

/// `-a`, `+a`, `~a` from native code.
pub fn unary(vm: &mut Vm, op: UnOp, a: Value) -> PyResult<Value> {
    let depth = vm.frames.len();
    flow_value(vm, depth, |vm| vm.unary_op(op, a))
}

fn flow_value(
    vm: &mut Vm,
    depth: usize,
    f: impl FnOnce(&mut Vm) -> PyResult<Flow>,
) -> PyResult<Value> {
    match f(vm)? {
        Flow::Value(v) => Ok(v),
        Flow::Frame => vm.run_nested_continuation(depth),
        Flow::Done => Ok(vm.stack.pop().unwrap_or(Value::None)),
        Flow::Blocked => Err(Exc::internal("unexpected wait")),
    }
}

/// Calls `f(*pos, **kw)` from native code.
pub fn call_kw(vm: &mut Vm, f: Value, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut a = Args::new(pos);
    a.kw.extend_from_slice(kw);
    vm.call_args(f, a)
}

/// The `__name__` of `v`'s type (without the module that messages show for C-style types).
pub fn short_type_name(vm: &Vm, v: Value) -> String {
    let n = vm.type_name(v);
    match n.rsplit_once('.') {
        Some((_, short)) => short.to_string(),
        None => n,
    }
}

/// `k1=repr(v1), k2=...` as reprs of callables print their keywords.
pub fn kwargs_repr(vm: &mut Vm, kw: &[(Value, Value)]) -> PyResult<Vec<String>> {
    let mut out = Vec::with_capacity(kw.len());
    for (k, v) in kw {
        let name = vm.str_value(*k).unwrap_or_default();
        let r = vm.repr(*v)?;
        out.push(format!("{name}={r}"));
    }
    Ok(out)
}

/// `operator.index(v)`: an int (small or big) from an int or an object with `__index__`.
pub fn index_int(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v {
        Value::Int(_) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        _ => {
            if vm.kind(v) == Kind::Int && vm.payload(v).is_none() {
                return Ok(v);
            }
            if let Some(m) = vm.lookup_user(v, "__index__")? {
                let r = vm.call(m, &[])?;
                if vm.kind(r) != Kind::Int {
                    let t = vm.type_name(r);
                    return Err(Exc::type_error(format!(
                        "__index__ returned non-int (type {t})"
                    )));
                }
                return Ok(vm.unwrap_builtin(r));
            }
            if let Some(p) = vm.payload(v) {
                if vm.kind(p) == Kind::Int {
                    return Ok(p);
                }
            }
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "'{t}' object cannot be interpreted as an integer"
            )))
        }
    }
}

// ---- state of the callable classes -----------------------------------------------------------

/// The state of `itemgetter`, `attrgetter` and `methodcaller` instances.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum OpState {
    ItemGetter(Vec<Value>),
    /// Each attribute path as written (`"a.b"`), split at the dots.
    AttrGetter(Vec<Vec<String>>),
    MethodCaller {
        name: String,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    },
}

impl OpState {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            OpState::ItemGetter(items) => items.iter().for_each(|v| f(*v)),
            OpState::AttrGetter(_) => {}
            OpState::MethodCaller { args, kwargs, .. } => {
                args.iter().for_each(|v| f(*v));
                kwargs.iter().for_each(|(k, v)| {
                    f(*k);
                    f(*v)
                });
            }
        }
    }

    pub fn size_estimate(&self) -> usize {
        match self {
            OpState::ItemGetter(items) => items.len() * 16,
            OpState::AttrGetter(paths) => paths.iter().map(|p| p.len() * 32).sum(),
            OpState::MethodCaller { args, kwargs, name } => {
                args.len() * 16 + kwargs.len() * 32 + name.len()
            }
        }
    }
}

fn state(vm: &Vm, v: Value) -> Option<&OpState> {
    match vm.native_data(v) {
        Some(NativeData::Operator(s)) => Some(s),
        _ => None,
    }
}

// ---- the function table --------------------------------------------------------------------

native_methods! {
    pub enum OpFunc {
        Abs => "abs" => op_abs,
        Add => "add" => op_add,
        And => "and_" => op_and,
        Call => "call" => op_call,
        Concat => "concat" => op_concat,
        Contains => "contains" => op_contains,
        CountOf => "countOf" => op_count_of,
        DelItem => "delitem" => op_delitem,
        Eq => "eq" => op_eq,
        FloorDiv => "floordiv" => op_floordiv,
        Ge => "ge" => op_ge,
        GetItem => "getitem" => op_getitem,
        Gt => "gt" => op_gt,
        IAdd => "iadd" => op_iadd,
        IAnd => "iand" => op_iand,
        IConcat => "iconcat" => op_iconcat,
        IFloorDiv => "ifloordiv" => op_ifloordiv,
        ILShift => "ilshift" => op_ilshift,
        IMatMul => "imatmul" => op_imatmul,
        IMod => "imod" => op_imod,
        IMul => "imul" => op_imul,
        Index => "index" => op_index,
        IndexOf => "indexOf" => op_index_of,
        Inv => "inv" => op_inv,
        Invert => "invert" => op_invert,
        IOr => "ior" => op_ior,
        IPow => "ipow" => op_ipow,
        IRShift => "irshift" => op_irshift,
        Is => "is_" => op_is,
        IsNot => "is_not" => op_is_not,
        ISub => "isub" => op_isub,
        ITrueDiv => "itruediv" => op_itruediv,
        IXor => "ixor" => op_ixor,
        Le => "le" => op_le,
        LengthHint => "length_hint" => op_length_hint,
        LShift => "lshift" => op_lshift,
        Lt => "lt" => op_lt,
        MatMul => "matmul" => op_matmul,
        Mod => "mod" => op_mod,
        Mul => "mul" => op_mul,
        Ne => "ne" => op_ne,
        Neg => "neg" => op_neg,
        Not => "not_" => op_not,
        Or => "or_" => op_or,
        Pos => "pos" => op_pos,
        Pow => "pow" => op_pow,
        RShift => "rshift" => op_rshift,
        SetItem => "setitem" => op_setitem,
        Sub => "sub" => op_sub,
        TrueDiv => "truediv" => op_truediv,
        Truth => "truth" => op_truth,
        Xor => "xor" => op_xor,
    }
}

native_methods! {
    pub enum ItemGetterNew {
        New => "__new__" => itemgetter_new,
    }
}

native_methods! {
    pub enum AttrGetterNew {
        New => "__new__" => attrgetter_new,
    }
}

native_methods! {
    pub enum MethodCallerNew {
        New => "__new__" => methodcaller_new,
    }
}

native_methods! {
    pub enum GetterFn {
        Init => "__init__" => getter_init,
        Call => "__call__" => getter_call,
        Repr => "__repr__" => getter_repr,
    }
}

/// Every native function of the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OperatorFn {
    Func(OpFunc),
    Getter(GetterFn),
    ItemGetter(ItemGetterNew),
    AttrGetter(AttrGetterNew),
    MethodCaller(MethodCallerNew),
}

impl OperatorFn {
    pub fn name(self) -> &'static str {
        match self {
            OperatorFn::Func(f) => f.name(),
            OperatorFn::Getter(f) => f.name(),
            OperatorFn::ItemGetter(f) => f.name(),
            OperatorFn::AttrGetter(f) => f.name(),
            OperatorFn::MethodCaller(f) => f.name(),
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            OperatorFn::Func(f) => f.call(vm, args),
            OperatorFn::Getter(f) => f.call(vm, args),
            OperatorFn::ItemGetter(f) => f.call(vm, args),
            OperatorFn::AttrGetter(f) => f.call(vm, args),
            OperatorFn::MethodCaller(f) => f.call(vm, args),
        }
    }
}

fn g(f: GetterFn) -> Value {
    func_value(ModuleFn::Operator(OperatorFn::Getter(f)))
}

/// The module's function `f` as a value (for other modules: `operator.itemgetter` and friends).
pub fn func(f: OpFunc) -> Value {
    func_value(ModuleFn::Operator(OperatorFn::Func(f)))
}

/// The dunder aliases (`operator.__add__ is operator.add`).
const ALIASES: &[(&str, OpFunc)] = &[
    ("__abs__", OpFunc::Abs),
    ("__add__", OpFunc::Add),
    ("__and__", OpFunc::And),
    ("__call__", OpFunc::Call),
    ("__concat__", OpFunc::Concat),
    ("__contains__", OpFunc::Contains),
    ("__delitem__", OpFunc::DelItem),
    ("__eq__", OpFunc::Eq),
    ("__floordiv__", OpFunc::FloorDiv),
    ("__ge__", OpFunc::Ge),
    ("__getitem__", OpFunc::GetItem),
    ("__gt__", OpFunc::Gt),
    ("__iadd__", OpFunc::IAdd),
    ("__iand__", OpFunc::IAnd),
    ("__iconcat__", OpFunc::IConcat),
    ("__ifloordiv__", OpFunc::IFloorDiv),
    ("__ilshift__", OpFunc::ILShift),
    ("__imatmul__", OpFunc::IMatMul),
    ("__imod__", OpFunc::IMod),
    ("__imul__", OpFunc::IMul),
    ("__index__", OpFunc::Index),
    ("__inv__", OpFunc::Inv),
    ("__invert__", OpFunc::Invert),
    ("__ior__", OpFunc::IOr),
    ("__ipow__", OpFunc::IPow),
    ("__irshift__", OpFunc::IRShift),
    ("__isub__", OpFunc::ISub),
    ("__itruediv__", OpFunc::ITrueDiv),
    ("__ixor__", OpFunc::IXor),
    ("__le__", OpFunc::Le),
    ("__lshift__", OpFunc::LShift),
    ("__lt__", OpFunc::Lt),
    ("__matmul__", OpFunc::MatMul),
    ("__mod__", OpFunc::Mod),
    ("__mul__", OpFunc::Mul),
    ("__ne__", OpFunc::Ne),
    ("__neg__", OpFunc::Neg),
    ("__not__", OpFunc::Not),
    ("__or__", OpFunc::Or),
    ("__pos__", OpFunc::Pos),
    ("__pow__", OpFunc::Pow),
    ("__rshift__", OpFunc::RShift),
    ("__setitem__", OpFunc::SetItem),
    ("__sub__", OpFunc::Sub),
    ("__truediv__", OpFunc::TrueDiv),
    ("__xor__", OpFunc::Xor),
];

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = OpFunc::all_names()
        .iter()
        .filter_map(|n| OpFunc::from_name(n).map(|f| (*n, func(f))))
        .collect();
    for (alias, f) in ALIASES {
        out.push((alias, func(*f)));
    }
    out.push(("itemgetter", itemgetter_class(vm)?));
    out.push(("attrgetter", attrgetter_class(vm)?));
    out.push(("methodcaller", methodcaller_class(vm)?));
    Ok(out)
}

fn make_getter_class(vm: &mut Vm, name: &str, new: OperatorFn) -> PyResult<Value> {
    let new = vm.static_method(func_value(ModuleFn::Operator(new)))?;
    vm.new_native_class(NativeClass {
        name,
        module: "operator",
        dotted_name: true,
        attrs: vec![
            ("__new__", new),
            ("__init__", g(GetterFn::Init)),
            ("__call__", g(GetterFn::Call)),
            ("__repr__", g(GetterFn::Repr)),
        ],
        ..Default::default()
    })
}

/// The `operator.itemgetter` class.
pub fn itemgetter_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("operator.itemgetter", |vm| {
        make_getter_class(vm, "itemgetter", OperatorFn::ItemGetter(ItemGetterNew::New))
    })
}

fn attrgetter_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("operator.attrgetter", |vm| {
        make_getter_class(vm, "attrgetter", OperatorFn::AttrGetter(AttrGetterNew::New))
    })
}

fn methodcaller_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("operator.methodcaller", |vm| {
        make_getter_class(
            vm,
            "methodcaller",
            OperatorFn::MethodCaller(MethodCallerNew::New),
        )
    })
}

/// A new `itemgetter(*items)` (used by `namedtuple` for its field accessors).
pub fn new_itemgetter(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let cls = itemgetter_class(vm)?;
    vm.new_native_instance(
        cls,
        NativeData::Operator(Box::new(OpState::ItemGetter(items))),
    )
}

// ---- operator functions ---------------------------------------------------------------------

fn no_kw(args: &Args, name: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(Exc::type_error(format!(
            "_operator.{name}() takes no keyword arguments"
        )))
    }
}

fn two(args: &Args, name: &str) -> PyResult<(Value, Value)> {
    no_kw(args, name)?;
    args.check_func(name, 2, 2)?;
    Ok((args.pos[0], args.pos[1]))
}

fn one(args: &Args, name: &str) -> PyResult<Value> {
    no_kw(args, name)?;
    if args.len() != 1 {
        return Err(Exc::type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(args.pos[0])
}

macro_rules! binops {
    ($( $fname:ident => $name:literal, $op:ident, $inplace:literal; )*) => {
        $(
            fn $fname(vm: &mut Vm, args: &Args) -> PyResult<Value> {
                let (a, b) = two(args, $name)?;
                binary(vm, BinOp::$op, a, b, $inplace)
            }
        )*
    };
}

binops! {
    op_add => "add", Add, false;
    op_sub => "sub", Sub, false;
    op_mul => "mul", Mul, false;
    op_matmul => "matmul", MatMul, false;
    op_truediv => "truediv", TrueDiv, false;
    op_floordiv => "floordiv", FloorDiv, false;
    op_mod => "mod", Mod, false;
    op_pow => "pow", Pow, false;
    op_lshift => "lshift", LShift, false;
    op_rshift => "rshift", RShift, false;
    op_and => "and_", And, false;
    op_or => "or_", Or, false;
    op_xor => "xor", Xor, false;
    op_iadd => "iadd", Add, true;
    op_isub => "isub", Sub, true;
    op_imul => "imul", Mul, true;
    op_imatmul => "imatmul", MatMul, true;
    op_itruediv => "itruediv", TrueDiv, true;
    op_ifloordiv => "ifloordiv", FloorDiv, true;
    op_imod => "imod", Mod, true;
    op_ipow => "ipow", Pow, true;
    op_ilshift => "ilshift", LShift, true;
    op_irshift => "irshift", RShift, true;
    op_iand => "iand", And, true;
    op_ior => "ior", Or, true;
    op_ixor => "ixor", Xor, true;
}

macro_rules! cmpops {
    ($( $fname:ident => $name:literal, $op:ident; )*) => {
        $(
            fn $fname(vm: &mut Vm, args: &Args) -> PyResult<Value> {
                let (a, b) = two(args, $name)?;
                vm.compare(CmpOp::$op, a, b)
            }
        )*
    };
}

cmpops! {
    op_lt => "lt", Lt;
    op_le => "le", Le;
    op_eq => "eq", Eq;
    op_ne => "ne", Ne;
    op_gt => "gt", Gt;
    op_ge => "ge", Ge;
}

fn op_neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = one(args, "neg")?;
    unary(vm, UnOp::Neg, a)
}

fn op_pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = one(args, "pos")?;
    unary(vm, UnOp::Pos, a)
}

fn op_inv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = one(args, "inv")?;
    unary(vm, UnOp::Invert, a)
}

fn op_invert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = one(args, "invert")?;
    unary(vm, UnOp::Invert, a)
}

fn op_abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = one(args, "abs")?;
    vm.call_builtin(
        Builtin::Func(crate::builtins::functions::Func::Abs),
        &Args::new(&[a]),
    )
}

fn op_not(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = one(args, "not_")?;
    Ok(Value::Bool(!vm.truthy(a)?))
}

fn op_truth(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = one(args, "truth")?;
    Ok(Value::Bool(vm.truthy(a)?))
}

fn op_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = one(args, "index")?;
    index_int(vm, a)
}

fn op_is(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "is_")?;
    Ok(Value::Bool(a.is(b)))
}

fn op_is_not(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "is_not")?;
    Ok(Value::Bool(!a.is(b)))
}

fn op_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "contains")?;
    Ok(Value::Bool(vm.contains(a, b)?))
}

fn op_count_of(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "countOf")?;
    let it = vm.get_iter(a)?;
    let mut n = 0i64;
    while let Some(x) = vm.iter_next(it)? {
        if x.is(b) || vm.eq(x, b)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn op_index_of(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "indexOf")?;
    let it = vm.get_iter(a)?;
    let mut i = 0i64;
    while let Some(x) = vm.iter_next(it)? {
        if x.is(b) || vm.eq(x, b)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(Exc::value_error("sequence.index(x): x not in sequence"))
}

fn op_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "getitem")?;
    vm.getitem(a, b)
}

fn op_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_kw(args, "setitem")?;
    args.check_func("setitem", 3, 3)?;
    vm.setitem(args.pos[0], args.pos[1], args.pos[2])?;
    Ok(Value::None)
}

fn op_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "delitem")?;
    vm.delitem(a, b)?;
    Ok(Value::None)
}

/// Whether `v` supports the sequence protocol (`__getitem__`), as `concat` requires.
fn is_sequence_like(vm: &mut Vm, v: Value) -> bool {
    match vm.kind(v) {
        Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::List | Kind::Tuple | Kind::Range => true,
        Kind::Instance => vm.has_user_special(v, "__getitem__") || vm.payload(v).is_some(),
        _ => false,
    }
}

fn op_concat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "concat")?;
    if !is_sequence_like(vm, a) {
        let t = vm.type_name(a);
        return Err(Exc::type_error(format!(
            "'{t}' object can't be concatenated"
        )));
    }
    binary(vm, BinOp::Add, a, b, false)
}

fn op_iconcat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "iconcat")?;
    if !is_sequence_like(vm, a) {
        let t = vm.type_name(a);
        return Err(Exc::type_error(format!(
            "'{t}' object can't be concatenated"
        )));
    }
    binary(vm, BinOp::Add, a, b, true)
}

fn op_length_hint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_kw(args, "length_hint")?;
    args.check_func("length_hint", 1, 2)?;
    let obj = args.pos[0];
    let default = match args.get(1) {
        Some(d) => {
            if vm.kind(d) != Kind::Int {
                let t = vm.type_name(d);
                return Err(Exc::type_error(format!(
                    "'{t}' object cannot be interpreted as an integer"
                )));
            }
            d
        }
        None => Value::Int(0),
    };
    let has_len = match vm.kind(obj) {
        Kind::Instance => vm.has_user_special(obj, "__len__") || vm.payload(obj).is_some(),
        Kind::Other | Kind::Int | Kind::Float | Kind::Class => false,
        _ => true,
    };
    if has_len {
        match vm.len(obj) {
            Ok(n) => return Ok(Value::Int(n as i64)),
            Err(e) if vm.exc_is(&e, BuiltinType::TypeError) => {}
            Err(e) => return Err(e),
        }
    }
    if let Value::Obj(id) = obj {
        if matches!(vm.heap.get(id), Object::Iter(_)) {
            let n = vm.iter_length_hint(obj)?;
            return Ok(Value::Int(n as i64));
        }
    }
    if let Some(m) = vm.lookup_user(obj, "__length_hint__")? {
        let r = vm.call(m, &[])?;
        if matches!(r, Value::NotImplemented) {
            return Ok(default);
        }
        return match r {
            Value::Int(n) if n < 0 => Err(Exc::value_error("__length_hint__() should return >= 0")),
            Value::Int(_) => Ok(r),
            other => {
                let t = vm.type_name(other);
                Err(Exc::type_error(format!(
                    "__length_hint__ must be an integer, not {t}"
                )))
            }
        };
    }
    Ok(default)
}

fn op_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.is_empty() {
        return Err(Exc::type_error("call expected at least 1 argument, got 0"));
    }
    let mut a = Args::new(&args.pos[1..]);
    a.kw = args.kw.clone();
    vm.call_args(args.pos[0], a)
}

// ---- itemgetter / attrgetter / methodcaller ------------------------------------------------

fn itemgetter_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("itemgetter")?;
    let cls = args.this();
    let items = args.pos[1..].to_vec();
    if items.is_empty() {
        return Err(Exc::type_error("itemgetter expected 1 argument, got 0"));
    }
    vm.new_native_instance(
        cls,
        NativeData::Operator(Box::new(OpState::ItemGetter(items))),
    )
}

fn attrgetter_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("attrgetter")?;
    let cls = args.this();
    if args.len() < 2 {
        return Err(Exc::type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::with_capacity(args.len() - 1);
    for a in &args.pos[1..] {
        let Some(s) = vm.str_value(*a) else {
            return Err(Exc::type_error("attribute name must be a string"));
        };
        paths.push(s.split('.').map(str::to_string).collect());
    }
    vm.new_native_instance(
        cls,
        NativeData::Operator(Box::new(OpState::AttrGetter(paths))),
    )
}

fn methodcaller_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    if args.len() < 2 {
        return Err(Exc::type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    }
    let Some(name) = vm.str_value(args.pos[1]) else {
        return Err(Exc::type_error("method name must be a string"));
    };
    let st = OpState::MethodCaller {
        name,
        args: args.pos[2..].to_vec(),
        kwargs: args.kw.to_vec(),
    };
    vm.new_native_instance(cls, NativeData::Operator(Box::new(st)))
}

fn getter_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn getter_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let st = state(vm, this)
        .cloned()
        .ok_or_else(|| Exc::type_error("descriptor '__call__' requires an operator object"))?;
    let (cname, nargs) = match &st {
        OpState::ItemGetter(_) => ("itemgetter", 1),
        OpState::AttrGetter(_) => ("attrgetter", 1),
        OpState::MethodCaller { .. } => ("methodcaller", 1),
    };
    args.no_kw(cname)?;
    args.check_method(cname, nargs, nargs).map_err(|_| {
        Exc::type_error(format!(
            "{cname} expected 1 argument, got {}",
            args.len().saturating_sub(1)
        ))
    })?;
    let obj = args.pos[1];
    match st {
        OpState::ItemGetter(items) => {
            if items.len() == 1 {
                return vm.getitem(obj, items[0]);
            }
            let mut out = Vec::with_capacity(items.len());
            for k in items {
                out.push(vm.getitem(obj, k)?);
            }
            vm.new_tuple(out)
        }
        OpState::AttrGetter(paths) => {
            let mut out = Vec::with_capacity(paths.len());
            for p in &paths {
                let mut cur = obj;
                for part in p {
                    cur = vm.getattr(cur, part)?;
                }
                out.push(cur);
            }
            if out.len() == 1 {
                return Ok(out[0]);
            }
            vm.new_tuple(out)
        }
        OpState::MethodCaller {
            name,
            args: margs,
            kwargs,
        } => {
            let m = vm.getattr(obj, &name)?;
            call_kw(vm, m, &margs, &kwargs)
        }
    }
}

fn getter_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let Some(st) = state(vm, this).cloned() else {
        return Err(Exc::type_error(
            "descriptor '__repr__' requires an operator object",
        ));
    };
    let cname = vm.type_name(this);
    let mut parts: Vec<String> = Vec::new();
    match st {
        OpState::ItemGetter(items) => {
            for i in items {
                parts.push(vm.repr(i)?);
            }
        }
        OpState::AttrGetter(paths) => {
            for p in paths {
                parts.push(crate::builtins::str::repr_str(&p.join(".")));
            }
        }
        OpState::MethodCaller {
            name,
            args: margs,
            kwargs,
        } => {
            parts.push(crate::builtins::str::repr_str(&name));
            for a in margs {
                parts.push(vm.repr(a)?);
            }
            parts.extend(kwargs_repr(vm, &kwargs)?);
        }
    }
    let s = format!("{cname}({})", parts.join(", "));
    vm.new_str(s)
}
