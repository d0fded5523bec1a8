//! Operators: binary and unary arithmetic, rich comparison, truth, hashing, `len`, `in`,
//! subscripts, `repr`/`str`, and formatting. Built-in types are handled natively by their
//! files in `builtins/`; user classes go through their dunder methods, as frames where the
//! bytecode is the caller (so they can pause) and as nested runs from native code.

use super::attr::Name;
use super::{Flow, OnReturn, Vm};
use crate::builtins::class::Payload;
use crate::builtins::{
    self, bytes as bytes_mod, dict_methods, float, int, list, set_methods, str as str_mod, tuple,
};
use crate::bytecode::{BinOp, CmpOp, Conversion, UnOp};
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::types::BuiltinType;
use crate::value::Value;

/// The broad kind of a value, for dispatching operators.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Int,
    Float,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Instance,
    Class,
    DictView,
    Other,
}

impl Vm {
    pub fn kind(&self, v: Value) -> Kind {
        match v {
            Value::Int(_) | Value::Bool(_) => Kind::Int,
            Value::Float(_) => Kind::Float,
            Value::Type(_) => Kind::Class,
            Value::Obj(id) => match self.heap.get(id) {
                Object::BigInt(_) => Kind::Int,
                Object::Str(_) => Kind::Str,
                Object::Bytes(_) => Kind::Bytes,
                Object::ByteArray(_) => Kind::ByteArray,
                Object::List(_) => Kind::List,
                Object::Tuple(_) => Kind::Tuple,
                Object::Dict(_) => Kind::Dict,
                Object::Set(_) => Kind::Set,
                Object::FrozenSet(_) => Kind::FrozenSet,
                Object::Range(_) => Kind::Range,
                Object::Instance(_) => Kind::Instance,
                Object::Class(_) => Kind::Class,
                Object::DictView(..) => Kind::DictView,
                _ => Kind::Other,
            },
            _ => Kind::Other,
        }
    }

    /// The built-in value inside an instance of a subclass of a built-in type.
    pub fn payload(&self, v: Value) -> Option<Value> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Instance(i) => match &i.payload {
                    Payload::Builtin(p) => Some(*p),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// `v` itself, or the built-in payload of a built-in subclass instance.
    pub fn unwrap_builtin(&self, v: Value) -> Value {
        self.payload(v).unwrap_or(v)
    }

    // ---- binary operators --------------------------------------------------------------------

    pub(crate) fn binary_op(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Flow> {
        let ka = self.kind(a);
        let kb = self.kind(b);
        if ka != Kind::Instance && kb != Kind::Instance {
            if let Some(v) = self.native_binop(op, a, b, inplace)? {
                return Ok(Flow::Value(v));
            }
            return Err(self.binop_type_error(op, a, b, inplace));
        }
        let (l, r, il) = op.dunders();
        if inplace && self.has_user_special(a, il) {
            let m = self
                .lookup_special(a, il)?
                .ok_or_else(|| Exc::internal("lost __i*__"))?;
            return self.call_flow(m, &[b], OnReturn::InplaceLeft { op, a, b });
        }
        self.binary_op_user(op, a, b, inplace, l, r)
    }

    fn binary_op_user(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
        l: &str,
        r: &str,
    ) -> PyResult<Flow> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = !ta.is(tb) && self.is_subclass(tb, ta) && self.has_user_special(b, r);
        // `str % x` is str's own operator, tried before `x.__rmod__`.
        if op == BinOp::Mod && !b_first && matches!(self.kind(a), Kind::Str | Kind::Bytes) {
            if let Some(v) = self.native_binop(op, a, b, inplace)? {
                return Ok(Flow::Value(v));
            }
        }
        if b_first {
            let m = self
                .lookup_special(b, r)?
                .ok_or_else(|| Exc::internal("lost __r*__"))?;
            return self.call_flow(m, &[a], OnReturn::BinopRight { op, a, b, inplace });
        }
        if self.has_user_special(a, l) {
            let m = self
                .lookup_special(a, l)?
                .ok_or_else(|| Exc::internal("lost dunder"))?;
            return self.call_flow(m, &[b], OnReturn::BinopLeft { op, a, b });
        }
        // `str % x` formats `x` itself (a str subclass's __str__, a dict subclass's __missing__).
        if op == BinOp::Mod {
            let pa = self.unwrap_builtin(a);
            match self.kind(pa) {
                Kind::Str => return builtins::printf::format_str(self, pa, b).map(Flow::Value),
                Kind::Bytes | Kind::ByteArray => {
                    return builtins::printf::format_bytes(self, pa, b).map(Flow::Value)
                }
                _ => {}
            }
        }
        // Built-in subclass instances without an override: operate on the payloads.
        if self.payload(a).is_some() || self.payload(b).is_some() {
            let (pa, pb) = (self.unwrap_builtin(a), self.unwrap_builtin(b));
            if let Some(v) = self.native_binop(op, pa, pb, inplace)? {
                return Ok(Flow::Value(v));
            }
        }
        self.binop_reflected(op, a, b, inplace)
    }

    /// After `a.__op__(b)` gave NotImplemented (or does not exist): try `b.__rop__(a)`.
    pub(crate) fn binop_reflected(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Flow> {
        let (_, r, _) = op.dunders();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        if !ta.is(tb) && self.has_user_special(b, r) {
            let m = self
                .lookup_special(b, r)?
                .ok_or_else(|| Exc::internal("lost __r*__"))?;
            return self.call_flow(m, &[a], OnReturn::BinopRight { op, a, b, inplace });
        }
        // `"%s" % obj` formats any right operand that has no `__rmod__`.
        let printf = op == BinOp::Mod
            && matches!(
                self.kind(self.unwrap_builtin(a)),
                Kind::Str | Kind::Bytes | Kind::ByteArray
            );
        if self.kind(b) != Kind::Instance || self.payload(b).is_some() || printf {
            let (pa, pb) = (self.unwrap_builtin(a), self.unwrap_builtin(b));
            if self.kind(pa) != Kind::Instance {
                if let Some(v) = self.native_binop(op, pa, pb, inplace)? {
                    return Ok(Flow::Value(v));
                }
            }
        }
        Err(self.binop_type_error(op, a, b, inplace))
    }

    /// `a op= b` where `__iop__` returned NotImplemented.
    pub(crate) fn binary_op_after_inplace(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
    ) -> PyResult<Flow> {
        let (l, r, _) = op.dunders();
        self.binary_op_user(op, a, b, true, l, r)
    }

    /// The TypeError for an unsupported operand combination, worded as CPython words it.
    pub(crate) fn binop_type_error(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> Exc {
        let (na, nb) = (self.type_name(a), self.type_name(b));
        let (ka, kb) = (
            self.kind(self.unwrap_builtin(a)),
            self.kind(self.unwrap_builtin(b)),
        );
        match op {
            BinOp::Add => match ka {
                Kind::Str if kb != Kind::Instance || self.payload(b).is_some() => {
                    return Exc::type_error(format!(
                        "can only concatenate str (not \"{nb}\") to str"
                    ))
                }
                Kind::List if kb != Kind::Instance => {
                    return Exc::type_error(format!(
                        "can only concatenate list (not \"{nb}\") to list"
                    ))
                }
                Kind::Tuple if kb != Kind::Instance => {
                    return Exc::type_error(format!(
                        "can only concatenate tuple (not \"{nb}\") to tuple"
                    ))
                }
                Kind::Bytes | Kind::ByteArray if kb != Kind::Instance => {
                    return Exc::type_error(format!("can't concat {nb} to {na}"))
                }
                _ => {}
            },
            BinOp::Mul => {
                let seq = |k: Kind| {
                    matches!(
                        k,
                        Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray
                    )
                };
                // As CPython: the sequence's repeat is tried last, and names the other operand.
                if seq(ka) {
                    return Exc::type_error(format!(
                        "can't multiply sequence by non-int of type '{nb}'"
                    ));
                }
                if seq(kb) && ka != Kind::Int {
                    return Exc::type_error(format!(
                        "can't multiply sequence by non-int of type '{na}'"
                    ));
                }
            }
            _ => {}
        }
        let sym = if inplace {
            op.inplace_symbol()
        } else {
            op.symbol()
        };
        Exc::type_error(format!(
            "unsupported operand type(s) for {sym}: '{na}' and '{nb}'"
        ))
    }

    /// Binary operators on built-in values; `None` when the operand types do not support `op`.
    pub fn native_binop(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let (ka, kb) = (self.kind(a), self.kind(b));
        match (ka, kb) {
            // `@` is not defined for numbers; the caller words the error (`@=` when in place).
            (Kind::Int, Kind::Int) if op != BinOp::MatMul => {
                return int::binop(self, op, a, b).map(Some)
            }
            (Kind::Int | Kind::Float, Kind::Int | Kind::Float)
                if !matches!(
                    op,
                    BinOp::MatMul
                        | BinOp::And
                        | BinOp::Or
                        | BinOp::Xor
                        | BinOp::LShift
                        | BinOp::RShift
                ) =>
            {
                return float::binop(self, op, a, b).map(Some)
            }
            _ => {}
        }
        match op {
            BinOp::Add => match (ka, kb) {
                (Kind::Str, Kind::Str) => str_mod::concat(self, a, b).map(Some),
                (Kind::List, Kind::List) if !inplace => list::concat(self, a, b).map(Some),
                (Kind::List, _) if inplace => {
                    if !self.is_iterable(b)? {
                        return Ok(None);
                    }
                    self.list_extend_from(a, b)?;
                    Ok(Some(a))
                }
                (Kind::Tuple, Kind::Tuple) => tuple::concat(self, a, b).map(Some),
                (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
                    bytes_mod::concat(self, a, b, inplace).map(Some)
                }
                _ => Ok(None),
            },
            BinOp::Mul => {
                // A repeat count beyond 64 bits is an OverflowError (not IndexError) here.
                let count = |vm: &mut Vm, v: Value| -> PyResult<i64> {
                    vm.index_value(v).map_err(|e| match e {
                        Exc::New(BuiltinType::IndexError, m) => Exc::overflow_error(m),
                        e => e,
                    })
                };
                match (ka, kb) {
                    (Kind::Str, Kind::Int) => {
                        let n = count(self, b)?;
                        str_mod::repeat(self, a, n).map(Some)
                    }
                    (Kind::Int, Kind::Str) => {
                        let n = count(self, a)?;
                        str_mod::repeat(self, b, n).map(Some)
                    }
                    (Kind::List, Kind::Int) => {
                        let n = count(self, b)?;
                        list::repeat(self, a, n, inplace).map(Some)
                    }
                    (Kind::Int, Kind::List) => {
                        let n = count(self, a)?;
                        list::repeat(self, b, n, false).map(Some)
                    }
                    (Kind::Tuple, Kind::Int) => {
                        let n = count(self, b)?;
                        tuple::repeat(self, a, n).map(Some)
                    }
                    (Kind::Int, Kind::Tuple) => {
                        let n = count(self, a)?;
                        tuple::repeat(self, b, n).map(Some)
                    }
                    (Kind::Bytes | Kind::ByteArray, Kind::Int) => {
                        let n = count(self, b)?;
                        bytes_mod::repeat(self, a, n, inplace).map(Some)
                    }
                    (Kind::Int, Kind::Bytes | Kind::ByteArray) => {
                        let n = count(self, a)?;
                        bytes_mod::repeat(self, b, n, false).map(Some)
                    }
                    _ => Ok(None),
                }
            }
            BinOp::Mod => match ka {
                Kind::Str => builtins::printf::format_str(self, a, b).map(Some),
                Kind::Bytes | Kind::ByteArray => {
                    builtins::printf::format_bytes(self, a, b).map(Some)
                }
                _ => Ok(None),
            },
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor => match (ka, kb) {
                (Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) => {
                    set_methods::binop(self, op, a, b, inplace).map(Some)
                }
                (Kind::DictView, _) | (_, Kind::DictView) => {
                    dict_methods::view_binop(self, op, a, b)
                }
                (Kind::Dict, Kind::Dict) if op == BinOp::Or => {
                    dict_methods::or(self, a, b, inplace).map(Some)
                }
                (Kind::Dict, _) if op == BinOp::Or && inplace => {
                    dict_methods::or(self, a, b, true).map(Some)
                }
                (Kind::Class, _) | (_, Kind::Class) if op == BinOp::Or => self.make_union(a, b),
                _ if op == BinOp::Or
                    && (a.is_none() || b.is_none())
                    && (self.is_class(a) || self.is_class(b)) =>
                {
                    self.make_union(a, b)
                }
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// `int | None`: a `types.UnionType`.
    fn make_union(&mut self, a: Value, b: Value) -> PyResult<Option<Value>> {
        let ok = |vm: &Vm, v: Value| v.is_none() || vm.is_class(v);
        if !ok(self, a) || !ok(self, b) {
            return Ok(None);
        }
        crate::modules::typing::union_type(self, a, b).map(Some)
    }

    pub(crate) fn unary_op(&mut self, op: UnOp, a: Value) -> PyResult<Flow> {
        match op {
            UnOp::Not => {
                let t = self.truthy(a)?;
                Ok(Flow::Value(Value::Bool(!t)))
            }
            _ => {
                match self.kind(a) {
                    Kind::Int => return int::unary(self, op, a).map(Flow::Value),
                    Kind::Float => return float::unary(op, a).map(Flow::Value),
                    _ => {}
                }
                let name = match op {
                    UnOp::Neg => "__neg__",
                    UnOp::Pos => "__pos__",
                    UnOp::Invert => "__invert__",
                    UnOp::Not => unreachable_not(),
                };
                // Python-defined, or native methods of stdlib classes (not built-in types').
                if let Some(m) = self.lookup_user(a, name)? {
                    return self.call_flow(m, &[], OnReturn::Push);
                }
                if let Some(p) = self.payload(a) {
                    return self.unary_op(op, p);
                }
                let sym = match op {
                    UnOp::Neg => "-",
                    UnOp::Pos => "+",
                    _ => "~",
                };
                let t = self.type_name(a);
                Err(Exc::type_error(format!(
                    "bad operand type for unary {sym}: '{t}'"
                )))
            }
        }
    }

    // ---- comparison ----------------------------------------------------------------------------

    pub(crate) fn compare_op(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Flow> {
        let ka = self.kind(a);
        let kb = self.kind(b);
        if ka != Kind::Instance && kb != Kind::Instance {
            return match self.native_compare(op, a, b)? {
                Some(r) => Ok(Flow::Value(Value::Bool(r))),
                None => self.compare_fallback(op, a, b).map(Flow::Value),
            };
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let rop = op.swapped();
        if !ta.is(tb) && self.is_subclass(tb, ta) && self.has_user_special(b, rop.dunder()) {
            let m = self
                .lookup_special(b, rop.dunder())?
                .ok_or_else(|| Exc::internal("lost cmp"))?;
            return self.call_flow(m, &[a], OnReturn::CompareRight { op, a, b });
        }
        if self.has_user_special(a, op.dunder()) {
            let m = self
                .lookup_special(a, op.dunder())?
                .ok_or_else(|| Exc::internal("lost cmp"))?;
            return self.call_flow(m, &[b], OnReturn::CompareLeft { op, a, b });
        }
        if op == CmpOp::Ne && self.has_user_special(a, "__eq__") {
            let m = self
                .lookup_special(a, "__eq__")?
                .ok_or_else(|| Exc::internal("lost eq"))?;
            return self.call_flow(m, &[b], OnReturn::NeFromEq { a, b });
        }
        self.compare_reflected(op, a, b)
    }

    pub(crate) fn compare_reflected(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Flow> {
        let rop = op.swapped();
        if self.kind(b) == Kind::Instance {
            if self.has_user_special(b, rop.dunder()) {
                let m = self
                    .lookup_special(b, rop.dunder())?
                    .ok_or_else(|| Exc::internal("lost cmp"))?;
                return self.call_flow(m, &[a], OnReturn::CompareRight { op, a, b });
            }
            if rop == CmpOp::Ne && self.has_user_special(b, "__eq__") {
                let m = self
                    .lookup_special(b, "__eq__")?
                    .ok_or_else(|| Exc::internal("lost eq"))?;
                let r = self.call(m, &[a])?;
                if !matches!(r, Value::NotImplemented) {
                    let t = self.truthy(r)?;
                    return Ok(Flow::Value(Value::Bool(!t)));
                }
            }
        }
        let (pa, pb) = (self.unwrap_builtin(a), self.unwrap_builtin(b));
        if (self.payload(a).is_some() || self.payload(b).is_some())
            && self.kind(pa) != Kind::Instance
            && self.kind(pb) != Kind::Instance
        {
            if let Some(r) = self.native_compare(op, pa, pb)? {
                return Ok(Flow::Value(Value::Bool(r)));
            }
        }
        self.compare_fallback(op, a, b).map(Flow::Value)
    }

    /// When neither side implements the comparison: identity for ==/!=, else TypeError.
    pub(crate) fn compare_fallback(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (na, nb) = (self.type_name(a), self.type_name(b));
                Err(Exc::type_error(format!(
                    "'{}' not supported between instances of '{na}' and '{nb}'",
                    op.symbol()
                )))
            }
        }
    }

    /// Comparison of built-in values; `None` when the types have no ordering relation.
    pub fn native_compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
        let (ka, kb) = (self.kind(a), self.kind(b));
        match (ka, kb) {
            (Kind::Int, Kind::Int) => return Ok(Some(int::compare(self, op, a, b))),
            (Kind::Int | Kind::Float, Kind::Int | Kind::Float) => {
                return Ok(Some(float::compare(self, op, a, b)))
            }
            (Kind::Str, Kind::Str) => {
                let (x, y) = (self.as_str(a).unwrap_or(""), self.as_str(b).unwrap_or(""));
                return Ok(Some(cmp_result(op, x.cmp(y))));
            }
            (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
                return Ok(Some(bytes_mod::compare(self, op, a, b)));
            }
            (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) => {
                return self.compare_sequences(op, a, b).map(Some);
            }
            (Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) => {
                return set_methods::compare(self, op, a, b);
            }
            (Kind::Dict, Kind::Dict) => {
                return match op {
                    CmpOp::Eq => dict_methods::equal(self, a, b).map(Some),
                    CmpOp::Ne => dict_methods::equal(self, a, b).map(|r| Some(!r)),
                    _ => Ok(None),
                };
            }
            (Kind::Range, Kind::Range) => {
                return match op {
                    CmpOp::Eq | CmpOp::Ne => {
                        let (x, y) = (self.range_obj(a)?, self.range_obj(b)?);
                        let same = x.same_items(&y);
                        Ok(Some(same == (op == CmpOp::Eq)))
                    }
                    _ => Ok(None),
                };
            }
            (Kind::DictView, _) | (_, Kind::DictView) => {
                return dict_methods::view_compare(self, op, a, b)
            }
            _ => {}
        }
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            if let (Object::Slice(s), Object::Slice(t)) = (self.heap.get(x), self.heap.get(y)) {
                let (s, t) = (*s, *t);
                let l = self.new_tuple(vec![s.start, s.stop, s.step])?;
                let r = self.new_tuple(vec![t.start, t.stop, t.step])?;
                return self.compare_sequences(op, l, r).map(Some);
            }
        }
        match op {
            CmpOp::Eq => Ok(Some(self.native_eq(a, b).unwrap_or_else(|| a.is(b)))),
            CmpOp::Ne => Ok(Some(!self.native_eq(a, b).unwrap_or_else(|| a.is(b)))),
            _ => Ok(None),
        }
    }

    fn compare_sequences(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
        self.check_stack(" in comparison")?;
        let xs = self.seq_items(a).unwrap_or_default();
        let ys = self.seq_items(b).unwrap_or_default();
        if (op == CmpOp::Eq || op == CmpOp::Ne) && xs.len() != ys.len() {
            return Ok(op == CmpOp::Ne);
        }
        for (x, y) in xs.iter().zip(ys.iter()) {
            if x.is(*y) {
                continue;
            }
            if !self.eq(*x, *y)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => self.compare_bool(op, *x, *y),
                };
            }
        }
        Ok(cmp_result(op, xs.len().cmp(&ys.len())))
    }

    /// `a == b` from native code.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = self.native_eq(a, b) {
            return Ok(r);
        }
        self.compare_bool(CmpOp::Eq, a, b)
    }

    /// A comparison from native code, as a bool.
    pub fn compare_bool(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
        let v = self.compare(op, a, b)?;
        match v {
            Value::Bool(b) => Ok(b),
            other => self.truthy(other),
        }
    }

    /// A comparison from native code (may run `__lt__` etc. to completion).
    pub fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        let depth = self.frames.len();
        match self.compare_op(op, a, b)? {
            Flow::Value(v) => Ok(v),
            Flow::Frame => self.run_nested_continuation(depth),
            Flow::Done => Ok(self.stack.pop().unwrap_or(Value::None)),
            Flow::Blocked => Err(Exc::internal("unexpected wait")),
        }
    }

    /// Runs a pushed frame whose continuation pushes its final value, then returns that value.
    pub(crate) fn run_nested_continuation(&mut self, depth: usize) -> PyResult<Value> {
        // Re-route the innermost pushed frame's result through a nested exit; continuations that
        // call further frames run inside the nested loop too.
        if let Some(f) = self.frames.get_mut(depth) {
            let cont = std::mem::replace(&mut f.on_return, OnReturn::ExitNested);
            let v = self.run_nested(depth)?;
            return match self.resolve(cont, v)? {
                Flow::Value(v) => Ok(v),
                Flow::Done => Ok(self.stack.pop().unwrap_or(Value::None)),
                Flow::Frame => self.run_nested_continuation(depth),
                Flow::Blocked => Err(Exc::internal("unexpected wait")),
            };
        }
        Err(Exc::internal("no frame to run"))
    }

    // ---- truth, hash, len, index ----------------------------------------------------------------

    /// `bool(v)` from native code.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if let Some(t) = self.native_truth(v) {
            return Ok(t);
        }
        if let Some(m) = self.lookup_user(v, "__bool__")? {
            let r = self.call(m, &[])?;
            return match r {
                Value::Bool(b) => Ok(b),
                other => {
                    let t = self.type_name(other);
                    Err(Exc::type_error(format!(
                        "__bool__ should return bool, returned {t}"
                    )))
                }
            };
        }
        if let Some(m) = self.lookup_user(v, "__len__")? {
            let r = self.call(m, &[])?;
            let n = self.len_result(r)?;
            return Ok(n != 0);
        }
        if let Some(p) = self.payload(v) {
            return self.truthy(p);
        }
        Ok(true)
    }

    /// A user-defined special method, bound (not native methods inherited from built-ins).
    pub fn lookup_user(&mut self, v: Value, name: &str) -> PyResult<Option<Value>> {
        if self.kind(v) != Kind::Instance && !self.has_metaclass(v) {
            return Ok(None);
        }
        if !self.has_user_special(v, name) {
            return Ok(None);
        }
        self.lookup_special(v, name)
    }

    fn native_truth(&self, v: Value) -> Option<bool> {
        Some(match v {
            Value::None | Value::Undefined => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::NotImplemented | Value::Ellipsis | Value::Builtin(_) | Value::Type(_) => true,
            Value::Obj(id) => match self.heap.get(id) {
                Object::Str(s) => !s.s.is_empty(),
                Object::Bytes(b) | Object::ByteArray(b) => !b.is_empty(),
                Object::BigInt(_) => true,
                Object::List(l) | Object::Tuple(l) => !l.is_empty(),
                Object::Dict(d) => !d.is_empty(),
                Object::Set(s) | Object::FrozenSet(s) => !s.is_empty(),
                Object::Range(r) => !r.is_empty(),
                Object::DictView(d, _) => match self.heap.get(*d) {
                    Object::Dict(d) => !d.is_empty(),
                    _ => false,
                },
                Object::Instance(_) => return None,
                _ => true,
            },
        })
    }

    /// Truth for a conditional jump: `Some` when known now, `None` when a frame was pushed.
    pub(crate) fn truth_flow(
        &mut self,
        v: Value,
        jump_if: bool,
        target: u32,
    ) -> PyResult<Option<bool>> {
        if let Some(t) = self.native_truth(v) {
            return Ok(Some(t));
        }
        if let Some(m) = self.lookup_user(v, "__bool__")? {
            self.call_flow(
                m,
                &[],
                OnReturn::Truth {
                    jump_if,
                    target,
                    len: false,
                },
            )?;
            return Ok(None);
        }
        if let Some(m) = self.lookup_user(v, "__len__")? {
            self.call_flow(
                m,
                &[],
                OnReturn::Truth {
                    jump_if,
                    target,
                    len: true,
                },
            )?;
            return Ok(None);
        }
        if let Some(p) = self.payload(v) {
            return self.truthy(p).map(Some);
        }
        Ok(Some(true))
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        use crate::builtins::hash as h;
        Ok(match v {
            Value::Int(i) => h::hash_i64(i),
            Value::Bool(b) => b as i64,
            Value::Float(f) => match h::hash_f64(f) {
                Some(x) => x,
                None => h::hash_identity(f.to_bits() as u32),
            },
            Value::None => 0xFCA86420_u32 as i64,
            Value::Undefined | Value::NotImplemented | Value::Ellipsis => 0x1234,
            Value::Builtin(b) => h::hash_str(b.name()) ^ 0x55,
            Value::Type(t) => (t as i64 + 1) * 0x9E3779B1,
            Value::Obj(id) => match self.heap.get(id) {
                Object::Str(_) => self.str_hash(id),
                Object::Bytes(b) => h::hash_bytes(b),
                Object::BigInt(b) => h::hash_bigint(b),
                Object::Tuple(items) => {
                    let items = items.clone();
                    self.check_stack(" while calling a Python object")?;
                    let mut hashes = Vec::with_capacity(items.len());
                    for i in items {
                        hashes.push(self.hash(i)?);
                    }
                    h::hash_tuple(hashes.into_iter())
                }
                Object::FrozenSet(s) => s.frozenset_hash(),
                Object::Range(r) => {
                    let r = r.clone();
                    builtins::range::hash(self, &r)?
                }
                Object::List(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::ByteArray(_)
                | Object::Slice(_) => {
                    let t = self.type_name(v);
                    return Err(Exc::type_error(format!("unhashable type: '{t}'")));
                }
                Object::Instance(_) => {
                    let cls = self.type_of(v);
                    match self.mro_lookup(cls, Name::new("__hash__"), 0) {
                        Some((Value::None, _)) => {
                            let t = self.type_name(v);
                            return Err(Exc::type_error(format!("unhashable type: '{t}'")));
                        }
                        // A Python `__hash__`, or a native one defined by a stdlib class.
                        Some((m, owner))
                            if !matches!(m, Value::Builtin(_))
                                || matches!(owner, Value::Obj(_)) =>
                        {
                            let bound = self.bind_class_attr(m, v, cls)?;
                            let r = self.call(bound, &[])?;
                            return match r {
                                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                                Value::Bool(b) => Ok(b as i64),
                                other if self.kind(other) == Kind::Int => self.hash(other),
                                _ => {
                                    Err(Exc::type_error("__hash__ method should return an integer"))
                                }
                            };
                        }
                        _ => match self.payload(v) {
                            Some(p) => self.hash(p)?,
                            None => h::hash_identity(id.0),
                        },
                    }
                }
                _ => h::hash_identity(id.0),
            },
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if let Value::Obj(id) = v {
            let n = match self.heap.get(id) {
                Object::Str(s) => Some(s.char_len),
                Object::Bytes(b) | Object::ByteArray(b) => Some(b.len()),
                Object::List(l) | Object::Tuple(l) => Some(l.len()),
                Object::Dict(d) => Some(d.len()),
                Object::Set(s) | Object::FrozenSet(s) => Some(s.len()),
                Object::Range(r) => Some(r.len()?),
                Object::DictView(d, _) => match self.heap.get(*d) {
                    Object::Dict(d) => Some(d.len()),
                    _ => Some(0),
                },
                _ => None,
            };
            if let Some(n) = n {
                return Ok(n);
            }
            if let Some(m) = self.lookup_user(v, "__len__")? {
                let r = self.call(m, &[])?;
                return self.len_result(r);
            }
            if let Some(p) = self.payload(v) {
                return self.len(p);
            }
        }
        let t = self.type_name(v);
        Err(Exc::type_error(format!(
            "object of type '{t}' has no len()"
        )))
    }

    fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(n) if n >= 0 => Ok(n as usize),
            Value::Int(_) => Err(Exc::value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(b as usize),
            other => {
                if self.kind(other) == Kind::Int {
                    return Err(Exc::overflow_error(
                        "cannot fit 'int' into an index-sized integer",
                    ));
                }
                let t = self.type_name(other);
                Err(Exc::type_error(format!(
                    "'{t}' object cannot be interpreted as an integer"
                )))
            }
        }
    }

    /// `operator.index(v)` as an i64 (`__index__` for user classes).
    pub fn index_value(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(id) => match self.heap.get(id) {
                Object::BigInt(_) => Err(Exc::new(
                    BuiltinType::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                )),
                Object::Instance(_) => {
                    if let Some(m) = self.lookup_user(v, "__index__")? {
                        let r = self.call(m, &[])?;
                        return self.index_value(r);
                    }
                    if let Some(p) = self.payload(v) {
                        return self.index_value(p);
                    }
                    let t = self.type_name(v);
                    Err(Exc::type_error(format!(
                        "'{t}' object cannot be interpreted as an integer"
                    )))
                }
                _ => {
                    let t = self.type_name(v);
                    Err(Exc::type_error(format!(
                        "'{t}' object cannot be interpreted as an integer"
                    )))
                }
            },
            _ => {
                let t = self.type_name(v);
                Err(Exc::type_error(format!(
                    "'{t}' object cannot be interpreted as an integer"
                )))
            }
        }
    }

    // ---- in --------------------------------------------------------------------------------------

    pub(crate) fn contains_flow(
        &mut self,
        container: Value,
        item: Value,
        negate: bool,
    ) -> PyResult<Flow> {
        if self.kind(container) == Kind::Instance {
            if let Some(m) = self.lookup_user(container, "__contains__")? {
                return self.call_flow(m, &[item], OnReturn::Contains { negate });
            }
        }
        let r = self.contains(container, item)?;
        Ok(Flow::Value(Value::Bool(r != negate)))
    }

    /// `item in container` from native code.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let c = self.unwrap_builtin(container);
        match self.kind(c) {
            Kind::Str => str_mod::contains(self, c, item),
            Kind::Bytes | Kind::ByteArray => bytes_mod::contains(self, c, item),
            Kind::List | Kind::Tuple => {
                let items = self.seq_items(c).unwrap_or_default();
                for x in items {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Kind::Dict => {
                let id = c.as_obj().ok_or_else(|| Exc::internal("dict"))?;
                Ok(self.dict_get(id, item)?.is_some())
            }
            Kind::Set | Kind::FrozenSet => {
                let id = c.as_obj().ok_or_else(|| Exc::internal("set"))?;
                match self.set_contains(id, item) {
                    Err(e)
                        if self.exc_is(&e, BuiltinType::TypeError)
                            && self.kind(item) == Kind::Set =>
                    {
                        // `{1} in {frozenset({1})}`: a set is looked up as a frozenset.
                        let items = self.collect(item)?;
                        let fs = self.new_set_from(&items, true)?;
                        self.set_contains(id, fs)
                    }
                    other => other,
                }
            }
            Kind::Range => {
                let r = self.range_obj(c)?;
                builtins::range::contains(self, &r, item)
            }
            Kind::DictView => dict_methods::view_contains(self, c, item),
            _ => {
                if let Some(m) = self.lookup_user(container, "__contains__")? {
                    let r = self.call(m, &[item])?;
                    return self.truthy(r);
                }
                if self.is_iterable(container)? {
                    let it = self.get_iter(container)?;
                    while let Some(x) = self.iter_next(it)? {
                        if x.is(item) || self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                let t = self.type_name(container);
                Err(Exc::type_error(format!(
                    "argument of type '{t}' is not iterable"
                )))
            }
        }
    }

    // ---- subscripts ------------------------------------------------------------------------------

    pub(crate) fn getitem_flow(&mut self, obj: Value, key: Value) -> PyResult<Flow> {
        if self.kind(obj) == Kind::Instance {
            if let Some(m) = self.lookup_user(obj, "__getitem__")? {
                return self.call_flow(m, &[key], OnReturn::Push);
            }
            if let Some(p) = self.payload(obj) {
                if self.kind(p) == Kind::Dict {
                    return match dict_methods::getitem_opt(self, p, key)? {
                        Some(v) => Ok(Flow::Value(v)),
                        None => match self.lookup_user(obj, "__missing__")? {
                            Some(m) => self.call_flow(m, &[key], OnReturn::Push),
                            None => Err(Exc::key_error(key)),
                        },
                    };
                }
                return self.getitem(p, key).map(Flow::Value);
            }
        }
        self.getitem(obj, key).map(Flow::Value)
    }

    /// `obj[key]` from native code.
    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        match self.kind(obj) {
            Kind::List => list::getitem(self, obj, key),
            Kind::Tuple => tuple::getitem(self, obj, key),
            Kind::Str => str_mod::getitem(self, obj, key),
            Kind::Bytes | Kind::ByteArray => bytes_mod::getitem(self, obj, key),
            Kind::Range => builtins::range::range_getitem(self, obj, key),
            Kind::Dict => match dict_methods::getitem_opt(self, obj, key)? {
                Some(v) => Ok(v),
                None => Err(Exc::key_error(key)),
            },
            Kind::Class => self.class_getitem(obj, key),
            Kind::Instance => {
                if let Some(m) = self.lookup_user(obj, "__getitem__")? {
                    return self.call(m, &[key]);
                }
                match self.payload(obj) {
                    Some(p) => {
                        if self.kind(p) == Kind::Dict {
                            if let Some(v) = dict_methods::getitem_opt(self, p, key)? {
                                return Ok(v);
                            }
                            if let Some(m) = self.lookup_user(obj, "__missing__")? {
                                return self.call(m, &[key]);
                            }
                            return Err(Exc::key_error(key));
                        }
                        self.getitem(p, key)
                    }
                    None => Err(self.not_subscriptable(obj)),
                }
            }
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    fn not_subscriptable(&self, obj: Value) -> Exc {
        let t = self.type_name(obj);
        Exc::type_error(format!("'{t}' object is not subscriptable"))
    }

    /// `list[int]`, `dict[str, int]`: a generic alias, kept as a tuple `(origin, args)`.
    /// Whether `v` is a class whose metaclass is a native one (not `type`).
    pub fn has_metaclass(&self, v: Value) -> bool {
        match v {
            Value::Obj(id) => {
                matches!(self.heap.get(id), Object::Class(c) if !matches!(c.meta, Value::Undefined))
            }
            _ => false,
        }
    }

    fn class_getitem(&mut self, cls: Value, key: Value) -> PyResult<Value> {
        if let Some(m) = self.lookup_user(cls, "__getitem__")? {
            return self.call(m, &[key]);
        }
        if let Value::Type(t) = cls {
            if matches!(
                t,
                BuiltinType::List
                    | BuiltinType::Dict
                    | BuiltinType::Tuple
                    | BuiltinType::Set
                    | BuiltinType::FrozenSet
                    | BuiltinType::Type
            ) {
                return crate::modules::typing::builtin_generic_alias(self, cls, key);
            }
        }
        if let Some((m, _)) = self.mro_lookup(cls, Name::new("__class_getitem__"), 0) {
            if !matches!(m, Value::Builtin(_)) {
                let f = match m {
                    Value::Obj(id) => match self.heap.get(id) {
                        Object::ClassMethod(f) => *f,
                        _ => m,
                    },
                    other => other,
                };
                return self.call(f, &[cls, key]);
            }
        }
        let n = self.class_name(cls);
        Err(Exc::type_error(format!("type '{n}' is not subscriptable")))
    }

    pub(crate) fn setitem_flow(&mut self, obj: Value, key: Value, v: Value) -> PyResult<Flow> {
        if self.kind(obj) == Kind::Instance {
            if let Some(m) = self.lookup_user(obj, "__setitem__")? {
                return self.call_flow(m, &[key, v], OnReturn::Discard);
            }
        }
        self.setitem(obj, key, v).map(|_| Flow::Done)
    }

    /// `obj[key] = v` from native code.
    pub fn setitem(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        match self.kind(obj) {
            Kind::List => list::setitem(self, obj, key, v),
            Kind::Dict => self.dict_setitem(obj, key, v),
            Kind::ByteArray => bytes_mod::setitem(self, obj, key, v),
            Kind::Instance => {
                if let Some(m) = self.lookup_user(obj, "__setitem__")? {
                    self.call(m, &[key, v])?;
                    return Ok(());
                }
                match self.payload(obj) {
                    Some(p) => self.setitem(p, key, v),
                    None => Err(self.no_item_assignment(obj)),
                }
            }
            _ => Err(self.no_item_assignment(obj)),
        }
    }

    fn no_item_assignment(&self, obj: Value) -> Exc {
        let t = self.type_name(obj);
        Exc::type_error(format!("'{t}' object does not support item assignment"))
    }

    pub(crate) fn delitem_flow(&mut self, obj: Value, key: Value) -> PyResult<Flow> {
        if self.kind(obj) == Kind::Instance {
            if let Some(m) = self.lookup_user(obj, "__delitem__")? {
                return self.call_flow(m, &[key], OnReturn::Discard);
            }
        }
        self.delitem(obj, key).map(|_| Flow::Done)
    }

    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        match self.kind(obj) {
            Kind::List => list::delitem(self, obj, key),
            Kind::Dict => {
                let id = obj.as_obj().ok_or_else(|| Exc::internal("dict"))?;
                match self.dict_remove(id, key)? {
                    Some(_) => Ok(()),
                    None => Err(Exc::key_error(key)),
                }
            }
            Kind::ByteArray => bytes_mod::delitem(self, obj, key),
            Kind::Instance => {
                if let Some(m) = self.lookup_user(obj, "__delitem__")? {
                    self.call(m, &[key])?;
                    return Ok(());
                }
                match self.payload(obj) {
                    Some(p) => self.delitem(p, key),
                    None => Err(self.no_item_deletion(obj)),
                }
            }
            _ => Err(self.no_item_deletion(obj)),
        }
    }

    fn no_item_deletion(&self, obj: Value) -> Exc {
        let t = self.type_name(obj);
        Exc::type_error(format!("'{t}' object doesn't support item deletion"))
    }

    // ---- repr, str, format --------------------------------------------------------------------

    /// `repr(v)`.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        builtins::object::repr(self, v)
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: Value) -> PyResult<String> {
        builtins::object::to_str(self, v)
    }

    /// `FormatValue`: an f-string replacement field.
    pub(crate) fn format_value(
        &mut self,
        v: Value,
        conv: Conversion,
        spec: Option<Value>,
    ) -> PyResult<Value> {
        // `f"{n}"` of a small int is its decimal digits, without the general formatter's work.
        if let (Value::Int(i), None, Conversion::None | Conversion::Str | Conversion::Repr) =
            (v, spec, conv)
        {
            return self.new_str(i.to_string());
        }
        let converted = match conv {
            Conversion::None => v,
            Conversion::Str => {
                if self.kind(v) == Kind::Str {
                    v
                } else {
                    let s = self.to_str(v)?;
                    self.new_str(s)?
                }
            }
            Conversion::Repr => {
                let s = self.repr(v)?;
                self.new_str(s)?
            }
            Conversion::Ascii => {
                let s = self.repr(v)?;
                let s = str_mod::ascii_escape(&s);
                self.new_str(s)?
            }
        };
        let spec_str = match spec {
            Some(s) => self.str_value(s).unwrap_or_default(),
            None => String::new(),
        };
        if spec_str.is_empty()
            && self.kind(converted) == Kind::Str
            && self.payload(converted).is_none()
        {
            return Ok(converted);
        }
        let s = self.format(converted, &spec_str)?;
        self.new_str(s)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        builtins::format::format_value(self, v, spec)
    }
}

fn unreachable_not() -> &'static str {
    "__bool__"
}

pub fn cmp_result(op: CmpOp, ord: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => ord == Less,
        CmpOp::Le => ord != Greater,
        CmpOp::Eq => ord == Equal,
        CmpOp::Ne => ord != Equal,
        CmpOp::Gt => ord == Greater,
        CmpOp::Ge => ord != Less,
    }
}
