//! Compiling expressions, including calls, displays, comprehensions, lambdas and f-strings.

use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast::{self as ast, Expr, ExprContext};
use ruff_text_size::{Ranged, TextRange};

use super::scope::NameAccess;
use super::{CompileError, Compiler, Label};
use crate::bytecode::{BinOp, CmpOp, CodeKind, Const, Conversion, Instr, Loc, UnOp};

type R = Result<(), CompileError>;

pub(super) fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

/// The value of an int literal's source text (`0x_ff`, `1_000`, ...).
pub(super) fn parse_int_literal(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::from_str_radix(&digits, radix).ok()
}

impl<'a> Compiler<'a> {
    pub(super) fn compile_expr(&mut self, expr: &'a Expr) -> R {
        self.enter_nesting(expr.range())?;
        let r = self.compile_expr_inner(expr);
        self.leave_nesting();
        r
    }

    fn compile_expr_inner(&mut self, expr: &'a Expr) -> R {
        match expr {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < n {
                        self.set_loc(b.range);
                        match b.op {
                            ast::BoolOp::And => self.emit_jump(Instr::JumpIfFalseOrPop, end),
                            ast::BoolOp::Or => self.emit_jump(Instr::JumpIfTrueOrPop, end),
                        }
                    }
                }
                self.bind_label(end);
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.set_loc(n.range);
                self.emit(Instr::Copy(1));
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                let loc = self.binop_loc(b);
                self.with_loc(loc, |c| c.emit(Instr::Binary(binop(b.op))));
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                self.set_loc(u.range);
                let op = match u.op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                self.emit(Instr::Unary(op));
            }
            Expr::Lambda(l) => self.compile_lambda(l)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.compile_test(&i.test, orelse, false)?;
                self.compile_expr(&i.body)?;
                self.emit_jump(Instr::Jump, end);
                self.bind_label(orelse);
                self.compile_expr(&i.orelse)?;
                self.bind_label(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.compile_sequence(&s.elts, s.range, Seq::Set)?,
            Expr::List(l) => match l.ctx {
                ExprContext::Load => self.compile_sequence(&l.elts, l.range, Seq::List)?,
                _ => return Err(CompileError::syntax("invalid syntax", l.range)),
            },
            Expr::Tuple(t) => match t.ctx {
                ExprContext::Load => self.compile_sequence(&t.elts, t.range, Seq::Tuple)?,
                _ => return Err(CompileError::syntax("invalid syntax", t.range)),
            },
            Expr::ListComp(c) => {
                self.compile_comprehension(c.range, Comp::List, &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.compile_comprehension(c.range, Comp::Set, &c.generators, &c.elt, None)?
            }
            Expr::Generator(c) => {
                self.compile_comprehension(c.range, Comp::Gen, &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => {
                let key = c.key.as_deref().ok_or_else(|| {
                    CompileError::syntax(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    )
                })?;
                self.compile_comprehension(c.range, Comp::Dict, &c.generators, key, Some(&c.value))?
            }
            Expr::Await(a) => {
                self.check_await_allowed(a.range)?;
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Instr::Await);
            }
            Expr::Yield(y) => {
                self.check_yield_allowed(y.range, "yield")?;
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.emit(Instr::LoadNone),
                }
                self.set_loc(y.range);
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(y.range, "yield from")?;
                if self.scope().is_coroutine {
                    return Err(CompileError::syntax(
                        "'yield from' inside async function",
                        y.range,
                    ));
                }
                self.compile_expr(&y.value)?;
                self.set_loc(y.range);
                self.emit(Instr::GetYieldFromIter);
                self.emit(Instr::LoadNone);
                self.emit_yield_from_loop();
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(call) => self.compile_call(call)?,
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::TString(t) => {
                return Err(CompileError::syntax(
                    "template strings are not supported",
                    t.range,
                ))
            }
            Expr::StringLiteral(s) => self.load_const(Const::Str(s.value.to_str().to_string())),
            Expr::BytesLiteral(b) => self.load_const(Const::Bytes(b.value.bytes().collect())),
            Expr::NumberLiteral(n) => {
                self.set_loc(n.range);
                match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(v) => self.load_const(Const::Int(v)),
                        None => {
                            let big = parse_int_literal(&i.to_string()).ok_or_else(|| {
                                CompileError::syntax("invalid decimal literal", n.range)
                            })?;
                            self.load_const(Const::BigInt(big));
                        }
                    },
                    ast::Number::Float(f) => self.load_const(Const::Float(*f)),
                    ast::Number::Complex { .. } => {
                        return Err(CompileError::syntax(
                            "complex numbers are not supported by montybox",
                            n.range,
                        ))
                    }
                }
            }
            Expr::BooleanLiteral(b) => self.load_const(Const::Bool(b.value)),
            Expr::NoneLiteral(_) => self.emit(Instr::LoadNone),
            Expr::EllipsisLiteral(_) => self.load_const(Const::Ellipsis),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                let idx = self.name_idx(a.attr.id.as_str());
                self.emit(Instr::LoadAttr(idx));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_slice_or_expr(&s.slice)?;
                let loc = self.subscript_loc(s);
                self.with_loc(loc, |c| c.emit(Instr::Subscr));
            }
            Expr::Starred(s) => {
                return Err(CompileError::syntax(
                    "can't use starred expression here",
                    s.range,
                ));
            }
            Expr::Name(n) => {
                self.set_loc(n.range);
                self.load_name(n.id.as_str());
            }
            Expr::Slice(s) => {
                self.compile_slice(s)?;
            }
            Expr::IpyEscapeCommand(e) => {
                return Err(CompileError::syntax("invalid syntax", e.range))
            }
        }
        Ok(())
    }

    pub(super) fn emit_yield_from_loop(&mut self) {
        let start = self.new_label();
        let end = self.new_label();
        self.bind_label(start);
        self.emit_jump(Instr::Send, end);
        self.emit(Instr::YieldValue);
        self.emit_jump(Instr::Jump, start);
        self.bind_label(end);
    }

    fn check_await_allowed(&self, range: TextRange) -> R {
        let s = self.scope();
        use super::scope::ScopeKind as K;
        let ok = match s.kind {
            K::Module => self.top_level_await,
            K::Function => s.is_coroutine,
            K::Comprehension => {
                // Allowed when the comprehension is inside an async function (or at top level).
                true
            }
            _ => false,
        };
        if ok {
            Ok(())
        } else if s.kind == K::Function || s.kind == K::Lambda {
            Err(CompileError::syntax(
                "'await' outside async function",
                range,
            ))
        } else {
            Err(CompileError::syntax("'await' outside function", range))
        }
    }

    fn check_yield_allowed(&self, range: TextRange, what: &str) -> R {
        use super::scope::ScopeKind as K;
        match self.scope().kind {
            K::Function | K::Lambda => Ok(()),
            K::Comprehension => Err(CompileError::syntax(
                format!("'{what}' inside {}", self.comprehension_label()),
                range,
            )),
            _ => Err(CompileError::syntax(
                format!("'{what}' outside function"),
                range,
            )),
        }
    }

    fn comprehension_label(&self) -> &'static str {
        match self.scope().name.as_str() {
            "<listcomp>" => "list comprehension",
            "<setcomp>" => "set comprehension",
            "<dictcomp>" => "dict comprehension",
            _ => "generator expression",
        }
    }

    fn binop_loc(&self, b: &ast::ExprBinOp) -> Loc {
        let mut loc = self.loc_of(b.range);
        let left_end = b.left.range().end().to_usize();
        let right_start = b.right.range().start().to_usize();
        let bytes = self.source.as_bytes();
        let line_start = b.range.start().to_usize() - loc.col as usize;
        let mut i = left_end;
        while i < right_start {
            let ch = bytes[i];
            if ch == b' '
                || ch == b'\t'
                || ch == b'\n'
                || ch == b'\r'
                || ch == b'\x0c'
                || ch == b'\\'
            {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            if end < right_start && !matches!(bytes[end], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                end += 1;
            }
            if loc.line == loc.end_line {
                loc.anchor = Some(((i - line_start) as u32, (end - line_start) as u32));
            }
            break;
        }
        loc
    }

    pub(super) fn subscript_loc(&self, s: &ast::ExprSubscript) -> Loc {
        let mut loc = self.loc_of(s.range);
        if loc.line == loc.end_line {
            let line_start = s.range.start().to_usize() - loc.col as usize;
            let left = s.value.range().end().to_usize() - line_start;
            let right = s.slice.range().end().to_usize() + 1 - line_start;
            loc.anchor = Some((left as u32, right as u32));
        }
        loc
    }

    pub(super) fn compile_slice_or_expr(&mut self, e: &'a Expr) -> R {
        match e {
            Expr::Slice(s) => self.compile_slice(s),
            Expr::Tuple(t) if t.elts.iter().any(|e| matches!(e, Expr::Slice(_))) => {
                for el in &t.elts {
                    self.compile_slice_or_expr(el)?;
                }
                self.set_loc(t.range);
                self.emit(Instr::BuildTuple(t.elts.len() as u32));
                Ok(())
            }
            other => self.compile_expr(other),
        }
    }

    fn compile_slice(&mut self, s: &'a ast::ExprSlice) -> R {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(e) => self.compile_expr(e)?,
                None => self.emit(Instr::LoadNone),
            }
        }
        match &s.step {
            Some(e) => {
                self.compile_expr(e)?;
                self.set_loc(s.range);
                self.emit(Instr::BuildSlice(3));
            }
            None => {
                self.set_loc(s.range);
                self.emit(Instr::BuildSlice(2));
            }
        }
        Ok(())
    }

    pub(super) fn load_name(&mut self, name: &str) {
        match self.scope().access(name) {
            NameAccess::Fast(slot) => self.emit(Instr::LoadFast(slot)),
            NameAccess::Deref(slot) => self.emit(Instr::LoadDeref(slot)),
            NameAccess::Global => {
                let slot = self.global_slot(name);
                self.emit(Instr::LoadGlobal(slot));
            }
            NameAccess::ClassName => {
                // A module global the class body reads may be bound only by `import *`.
                self.global_slot(name);
                let idx = self.name_idx(name);
                self.emit(Instr::LoadName(idx));
            }
            NameAccess::ClassDeref(slot) => {
                let idx = self.name_idx(name);
                self.emit(Instr::LoadClassDeref(idx, slot));
            }
        }
    }

    pub(super) fn store_name(&mut self, name: &str) {
        match self.scope().access(name) {
            NameAccess::Fast(slot) => self.emit(Instr::StoreFast(slot)),
            NameAccess::Deref(slot) | NameAccess::ClassDeref(slot) => {
                self.emit(Instr::StoreDeref(slot))
            }
            NameAccess::Global => {
                let slot = self.global_slot(name);
                self.emit(Instr::StoreGlobal(slot));
            }
            NameAccess::ClassName => {
                let idx = self.name_idx(name);
                self.emit(Instr::StoreName(idx));
            }
        }
    }

    pub(super) fn delete_name(&mut self, name: &str) {
        match self.scope().access(name) {
            NameAccess::Fast(slot) => self.emit(Instr::DeleteFast(slot)),
            NameAccess::Deref(slot) | NameAccess::ClassDeref(slot) => {
                self.emit(Instr::DeleteDeref(slot))
            }
            NameAccess::Global => {
                let slot = self.global_slot(name);
                self.emit(Instr::DeleteGlobal(slot));
            }
            NameAccess::ClassName => {
                let idx = self.name_idx(name);
                self.emit(Instr::DeleteName(idx));
            }
        }
    }

    /// Compiles `expr` as a condition: jumps to `target` when its truth equals `jump_if`.
    pub(super) fn compile_test(&mut self, expr: &'a Expr, target: Label, jump_if: bool) -> R {
        match expr {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.compile_test(&u.operand, target, !jump_if)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != jump_if {
                    // and/jump-if-false or or/jump-if-true: any operand decides.
                    for v in &b.values {
                        self.compile_test(v, target, jump_if)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.compile_test(v, skip, !jump_if)?;
                        } else {
                            self.compile_test(v, target, jump_if)?;
                        }
                    }
                    self.bind_label(skip);
                }
                Ok(())
            }
            _ => {
                self.compile_expr(expr)?;
                if jump_if {
                    self.emit_jump(Instr::PopJumpIfTrue, target);
                } else {
                    self.emit_jump(Instr::PopJumpIfFalse, target);
                }
                Ok(())
            }
        }
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> R {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compile_expr(&c.comparators[0])?;
            self.set_loc(c.range);
            self.emit_cmp(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.compile_expr(&c.comparators[i])?;
            self.set_loc(c.range);
            if i + 1 < n {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
                self.emit_cmp(c.ops[i]);
                self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit_cmp(c.ops[i]);
            }
        }
        self.emit_jump(Instr::Jump, end);
        self.bind_label(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::Pop);
        self.bind_label(end);
        Ok(())
    }

    fn emit_cmp(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        self.emit(match op {
            C::Eq => Instr::Compare(CmpOp::Eq),
            C::NotEq => Instr::Compare(CmpOp::Ne),
            C::Lt => Instr::Compare(CmpOp::Lt),
            C::LtE => Instr::Compare(CmpOp::Le),
            C::Gt => Instr::Compare(CmpOp::Gt),
            C::GtE => Instr::Compare(CmpOp::Ge),
            C::Is => Instr::Is(false),
            C::IsNot => Instr::Is(true),
            C::In => Instr::In(false),
            C::NotIn => Instr::In(true),
        });
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> R {
        let mut pending = 0u32;
        let mut built = false;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(&item.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !built {
                        self.set_loc(d.range);
                        self.emit(Instr::BuildMap(pending));
                        if built {
                            self.emit(Instr::DictUpdate(1));
                        }
                        built = true;
                        pending = 0;
                    }
                    self.compile_expr(&item.value)?;
                    self.set_loc(d.range);
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        self.set_loc(d.range);
        if !built {
            self.emit(Instr::BuildMap(pending));
        } else if pending > 0 {
            self.emit(Instr::BuildMap(pending));
            self.emit(Instr::DictUpdate(1));
        }
        Ok(())
    }

    /// The iterable of a `for` loop or comprehension. CPython turns a set display of constants
    /// there into a frozenset constant, whose table layout (so iteration order) differs from
    /// the set a display builds.
    pub(super) fn compile_iterable(&mut self, e: &'a Expr) -> R {
        if let Expr::Set(set) = e {
            let consts: Option<Vec<Const>> = set.elts.iter().map(literal_const).collect();
            if let Some(items) = consts {
                self.set_loc(set.range);
                self.load_const(Const::FrozenSet(items));
                return Ok(());
            }
        }
        self.compile_expr(e)
    }

    fn compile_sequence(&mut self, elts: &'a [Expr], range: TextRange, kind: Seq) -> R {
        // CPython folds displays of more than two constants into one constant; for sets this
        // decides the table layout (and so the iteration order), so do the same.
        if elts.len() > 2 {
            let consts: Option<Vec<Const>> = elts.iter().map(literal_const).collect();
            if let Some(items) = consts {
                self.set_loc(range);
                match kind {
                    Seq::Tuple => self.load_const(Const::Tuple(items)),
                    Seq::List => {
                        self.emit(Instr::BuildList(0));
                        self.load_const(Const::Tuple(items));
                        self.emit(Instr::ListExtend(1));
                    }
                    Seq::Set => {
                        self.emit(Instr::BuildSet(0));
                        self.load_const(Const::FrozenSet(items));
                        self.emit(Instr::SetUpdate(1));
                    }
                }
                return Ok(());
            }
        }
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.compile_expr(e)?;
            }
            self.set_loc(range);
            let n = elts.len() as u32;
            self.emit(match kind {
                Seq::List => Instr::BuildList(n),
                Seq::Tuple => Instr::BuildTuple(n),
                Seq::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        // Build incrementally: a list (or set), extended by each starred element.
        self.set_loc(range);
        match kind {
            Seq::Set => self.emit(Instr::BuildSet(0)),
            _ => self.emit(Instr::BuildList(0)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.set_loc(range);
                    match kind {
                        Seq::Set => self.emit(Instr::SetUpdate(1)),
                        _ => self.emit(Instr::ListExtend(1)),
                    }
                }
                other => {
                    self.compile_expr(other)?;
                    self.set_loc(range);
                    match kind {
                        Seq::Set => self.emit(Instr::SetAdd(1)),
                        _ => self.emit(Instr::ListAppend(1)),
                    }
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    pub(super) fn compile_call(&mut self, call: &'a ast::ExprCall) -> R {
        let args = &call.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none());
        let kwnames: Vec<String> = args
            .keywords
            .iter()
            .filter_map(|k| k.arg.as_ref().map(|a| a.id.to_string()))
            .collect();
        for (i, k) in kwnames.iter().enumerate() {
            if kwnames[..i].contains(k) {
                return Err(CompileError::syntax(
                    format!("keyword argument repeated: {k}"),
                    call.range(),
                ));
            }
        }
        if !has_star {
            if let Expr::Attribute(attr) = call.func.as_ref() {
                self.compile_expr(&attr.value)?;
                self.set_loc(attr.range);
                let idx = self.name_idx(attr.attr.id.as_str());
                self.emit(Instr::LoadMethod(idx));
                for a in args.args.iter() {
                    self.compile_expr(a)?;
                }
                for k in args.keywords.iter() {
                    self.compile_expr(&k.value)?;
                }
                self.set_loc(call.range());
                self.mark_if_deferred(call);
                let n = (args.args.len() + args.keywords.len()) as u32;
                if kwnames.is_empty() {
                    self.emit(Instr::CallMethod(n));
                } else {
                    let k =
                        self.add_const(Const::Tuple(kwnames.into_iter().map(Const::Str).collect()));
                    self.emit(Instr::CallMethodKw(n, k));
                }
                return Ok(());
            }
            self.compile_expr(&call.func)?;
            for a in args.args.iter() {
                self.compile_expr(a)?;
            }
            for k in args.keywords.iter() {
                self.compile_expr(&k.value)?;
            }
            self.set_loc(call.range());
            self.mark_if_deferred(call);
            let n = (args.args.len() + args.keywords.len()) as u32;
            if kwnames.is_empty() {
                self.emit(Instr::Call(n));
            } else {
                let k = self.add_const(Const::Tuple(kwnames.into_iter().map(Const::Str).collect()));
                self.emit(Instr::CallKw(n, k));
            }
            return Ok(());
        }
        // General form: positional args as a tuple, keywords as a dict.
        self.compile_expr(&call.func)?;
        self.set_loc(call.range());
        if let [Expr::Starred(only)] = &args.args[..] {
            // `f(*x)`: the call itself unpacks `x` (and names `f` if `x` is not iterable).
            self.compile_expr(&only.value)?;
            self.set_loc(call.range());
            return self.finish_call_ex(call);
        }
        self.emit(Instr::BuildList(0));
        for a in args.args.iter() {
            match a {
                Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.set_loc(call.range());
                    self.emit(Instr::ListExtend(1));
                }
                other => {
                    self.compile_expr(other)?;
                    self.set_loc(call.range());
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        self.finish_call_ex(call)
    }

    /// Emits the keyword dict (if any) and `CallEx`, the positional args being on the stack.
    fn finish_call_ex(&mut self, call: &'a ast::ExprCall) -> R {
        let args = &call.arguments;
        if args.keywords.is_empty() {
            self.mark_if_deferred(call);
            self.emit(Instr::CallEx(false));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for k in args.keywords.iter() {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(name.id.to_string()));
                    self.compile_expr(&k.value)?;
                    self.set_loc(call.range());
                    self.emit(Instr::BuildMap(1));
                    self.emit(Instr::DictMerge(1));
                }
                None => {
                    self.compile_expr(&k.value)?;
                    self.set_loc(call.range());
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.set_loc(call.range());
        self.mark_if_deferred(call);
        self.emit(Instr::CallEx(true));
        Ok(())
    }

    fn mark_if_deferred(&mut self, call: &ast::ExprCall) {
        if self.deferred.contains(&call.range()) {
            self.emit(Instr::MarkDeferred);
        }
    }

    fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> R {
        let mut count = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    if !s.value.is_empty() {
                        self.load_const(Const::Str(s.value.to_string()));
                        count += 1;
                    }
                }
                ast::FStringPart::FString(fs) => {
                    count += self.compile_interpolated_elements(&fs.elements, f.range)?;
                }
            }
        }
        self.set_loc(f.range);
        if count == 0 {
            self.load_const(Const::Str(String::new()));
        } else if count > 1 {
            self.emit(Instr::BuildString(count));
        } else {
            // A single piece: make sure it is a str (it always is: literals and formatted values).
        }
        Ok(())
    }

    /// Emits the pieces of an f-string (or format spec); returns how many strings were pushed.
    /// `whole` is the range of the entire f-string expression: CPython 3.11 reports a failed
    /// formatting step there, while the sub-expressions keep their own source columns.
    fn compile_interpolated_elements(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
        whole: TextRange,
    ) -> Result<u32, CompileError> {
        let mut count = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    if !l.value.is_empty() {
                        self.load_const(Const::Str(l.value.to_string()));
                        count += 1;
                    }
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => Conversion::None,
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => Conversion::Ascii,
                    };
                    if let Some(debug) = &i.debug_text {
                        let text = format!(
                            "{}{}{}",
                            debug.leading(),
                            debug.expression(),
                            debug.trailing()
                        );
                        self.load_const(Const::Str(text));
                        count += 1;
                        if conversion == Conversion::None && i.format_spec.is_none() {
                            conversion = Conversion::Repr;
                        }
                    }
                    self.compile_expr(&i.expression)?;
                    let has_spec = match &i.format_spec {
                        Some(spec) => {
                            let n = self.compile_interpolated_elements(&spec.elements, whole)?;
                            match n {
                                0 => self.load_const(Const::Str(String::new())),
                                1 => {}
                                n => self.emit(Instr::BuildString(n)),
                            }
                            true
                        }
                        None => false,
                    };
                    self.set_loc(whole);
                    self.emit(Instr::FormatValue(conversion, has_spec));
                    count += 1;
                }
            }
        }
        Ok(count)
    }

    /// Pushes the defaults tuple / kw-defaults dict of `params`; returns the MakeFunction flags.
    pub(super) fn compile_defaults(
        &mut self,
        params: &'a ast::Parameters,
    ) -> Result<u32, CompileError> {
        let mut flags = 0;
        let positional: Vec<&'a Expr> = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !positional.is_empty() {
            for d in &positional {
                self.compile_expr(d)?;
            }
            self.emit(Instr::BuildTuple(positional.len() as u32));
            flags |= 1;
        }
        let kw: Vec<(&'a str, &'a Expr)> = params
            .kwonlyargs
            .iter()
            .filter_map(|p| {
                p.default
                    .as_deref()
                    .map(|d| (p.parameter.name.id.as_str(), d))
            })
            .collect();
        if !kw.is_empty() {
            for (name, d) in &kw {
                self.load_const(Const::Str(name.to_string()));
                self.compile_expr(d)?;
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Pushes the annotations dict of a function, if it has any annotations.
    pub(super) fn compile_annotations(
        &mut self,
        params: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> Result<u32, CompileError> {
        let mut n = 0;
        for p in params.iter() {
            if let Some(a) = p.annotation() {
                self.load_const(Const::Str(p.name().id.to_string()));
                self.compile_annotation(a)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::Str("return".into()));
            self.compile_annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
            Ok(4)
        } else {
            Ok(0)
        }
    }

    /// An annotation's value: evaluated, or its text under `from __future__ import annotations`.
    pub(super) fn compile_annotation(&mut self, a: &'a Expr) -> Result<(), CompileError> {
        if self.future_annotations {
            let text = super::annotation_text(a, self.source);
            self.load_const(Const::Str(text));
            Ok(())
        } else {
            self.compile_expr(a)
        }
    }

    pub(super) fn param_shape(params: &ast::Parameters) -> (u32, u32, u32, bool, bool) {
        (
            (params.posonlyargs.len() + params.args.len()) as u32,
            params.posonlyargs.len() as u32,
            params.kwonlyargs.len() as u32,
            params.vararg.is_some(),
            params.kwarg.is_some(),
        )
    }

    /// Pushes the closure tuple for child code `scope` (if it has free variables); returns flag 8.
    pub(super) fn compile_closure(&mut self, child_scope: usize) -> Result<u32, CompileError> {
        let frees = self.table.scopes[child_scope].frees.clone();
        if frees.is_empty() {
            return Ok(0);
        }
        for name in &frees {
            let slot = match self.scope().access(name) {
                NameAccess::Deref(s) | NameAccess::ClassDeref(s) => s,
                _ => {
                    // The class body's `__class__` cell.
                    self.unit_ref()
                        .varnames
                        .iter()
                        .position(|v| v == name)
                        .map(|i| i as u32)
                        .ok_or_else(|| {
                            CompileError::syntax(
                                format!("internal: no cell for '{name}'"),
                                TextRange::default(),
                            )
                        })?
                }
            };
            self.emit(Instr::LoadClosure(slot));
        }
        self.emit(Instr::BuildTuple(frees.len() as u32));
        Ok(8)
    }

    fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> R {
        self.set_loc(l.range);
        let empty = ast::Parameters::default();
        let params: &ast::Parameters = l.parameters.as_deref().unwrap_or(&empty);
        let mut flags = match l.parameters.as_deref() {
            Some(p) => self.compile_defaults(p)?,
            None => 0,
        };
        let index = self.enter_scope(l.range, CodeKind::Lambda)?;
        self.unit().params = Self::param_shape(params);
        let child_scope = self.unit_ref().scope;
        self.compile_expr(&l.body)?;
        self.emit(Instr::Return);
        self.leave_scope()?;
        self.set_loc(l.range);
        flags |= self.compile_closure(child_scope)?;
        self.emit(Instr::MakeFunction(index as u32, flags));
        Ok(())
    }

    fn compile_comprehension(
        &mut self,
        range: TextRange,
        kind: Comp,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let first = generators
            .first()
            .ok_or_else(|| CompileError::syntax("comprehension without generators", range))?;
        self.set_loc(range);
        let index = self.enter_scope(range, CodeKind::Comprehension)?;
        self.unit().params = (1, 0, 0, false, false);
        let child_scope = self.unit_ref().scope;
        let is_coroutine = self.table.scopes[child_scope].is_coroutine;
        self.set_loc(range);
        match kind {
            Comp::List => self.emit(Instr::BuildList(0)),
            Comp::Set => self.emit(Instr::BuildSet(0)),
            Comp::Dict => self.emit(Instr::BuildMap(0)),
            Comp::Gen => {}
        }
        self.compile_generators(generators, 0, kind, elt, value, range)?;
        if kind == Comp::Gen {
            self.emit(Instr::LoadNone);
        }
        self.emit(Instr::Return);
        self.leave_scope()?;
        self.set_loc(range);
        let flags = self.compile_closure(child_scope)?;
        self.emit(Instr::MakeFunction(index as u32, flags));
        self.compile_iterable(&first.iter)?;
        self.set_loc(range);
        if first.is_async {
            self.emit(Instr::GetAIter);
        } else {
            self.emit(Instr::GetIter);
        }
        self.emit(Instr::Call(1));
        if is_coroutine && kind != Comp::Gen {
            self.emit(Instr::Await);
        }
        Ok(())
    }

    fn compile_generators(
        &mut self,
        generators: &'a [ast::Comprehension],
        i: usize,
        kind: Comp,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        range: TextRange,
    ) -> R {
        let g = &generators[i];
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.compile_iterable(&g.iter)?;
            self.set_loc(g.iter.range());
            self.emit(if g.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            });
        }
        let start = self.new_label();
        let end = self.new_label();
        self.bind_label(start);
        if g.is_async {
            let stop = self.new_label();
            let region = self.push_region(stop);
            self.emit(Instr::GetANext);
            self.emit(Instr::Await);
            self.pop_region(region);
            self.store_target(&g.target)?;
            self.compile_generator_body(generators, i, kind, elt, value, range, start)?;
            self.emit_jump(Instr::Jump, start);
            self.bind_label(stop);
            self.emit_jump(Instr::EndAsyncFor, end);
            self.bind_label(end);
        } else {
            self.emit_jump(Instr::ForIter, end);
            self.store_target(&g.target)?;
            self.compile_generator_body(generators, i, kind, elt, value, range, start)?;
            self.emit_jump(Instr::Jump, start);
            self.bind_label(end);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn compile_generator_body(
        &mut self,
        generators: &'a [ast::Comprehension],
        i: usize,
        kind: Comp,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        range: TextRange,
        start: Label,
    ) -> R {
        let g = &generators[i];
        for cond in &g.ifs {
            self.compile_test(cond, start, false)?;
        }
        if i + 1 < generators.len() {
            return self.compile_generators(generators, i + 1, kind, elt, value, range);
        }
        let depth = (generators.len() + 1) as u32;
        match kind {
            Comp::List => {
                self.compile_expr(elt)?;
                self.set_loc(range);
                self.emit(Instr::ListAppend(depth));
            }
            Comp::Set => {
                self.compile_expr(elt)?;
                self.set_loc(range);
                self.emit(Instr::SetAdd(depth));
            }
            Comp::Dict => {
                self.compile_expr(elt)?;
                if let Some(v) = value {
                    self.compile_expr(v)?;
                }
                self.set_loc(range);
                self.emit(Instr::MapAdd(depth));
            }
            Comp::Gen => {
                self.compile_expr(elt)?;
                self.set_loc(range);
                self.emit(Instr::YieldValue);
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    /// Stores TOS into an assignment target.
    pub(super) fn store_target(&mut self, target: &'a Expr) -> R {
        match target {
            Expr::Name(n) if n.id.as_str() == "__debug__" => {
                return Err(CompileError::syntax("cannot assign to __debug__", n.range));
            }
            Expr::Name(n) => {
                self.set_loc(n.range);
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                let idx = self.name_idx(a.attr.id.as_str());
                self.emit(Instr::StoreAttr(idx));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_slice_or_expr(&s.slice)?;
                let loc = self.subscript_loc(s);
                self.with_loc(loc, |c| c.emit(Instr::StoreSubscr));
            }
            Expr::Tuple(t) => self.unpack_into(&t.elts, t.range)?,
            Expr::List(l) => self.unpack_into(&l.elts, l.range)?,
            Expr::Starred(s) => {
                return Err(CompileError::syntax(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                ));
            }
            other => {
                return Err(CompileError::syntax(
                    format!("cannot assign to {}", describe_expr(other)),
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    fn unpack_into(&mut self, elts: &'a [Expr], range: TextRange) -> R {
        let stars: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e, Expr::Starred(_)))
            .map(|(i, _)| i)
            .collect();
        self.set_loc(range);
        match stars.as_slice() {
            [] => self.emit(Instr::UnpackSequence(elts.len() as u32)),
            [i] => {
                let before = *i as u32;
                let after = (elts.len() - i - 1) as u32;
                self.emit(Instr::UnpackEx(before, after));
            }
            _ => {
                return Err(CompileError::syntax(
                    "multiple starred expressions in assignment",
                    range,
                ))
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }
}

/// The constant a literal expression denotes (for folding displays), if it is one.
fn literal_const(e: &Expr) -> Option<Const> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Const::Int(v),
                None => Const::BigInt(parse_int_literal(&i.to_string())?),
            },
            ast::Number::Float(f) => Const::Float(*f),
            ast::Number::Complex { .. } => return None,
        },
        Expr::StringLiteral(s) => Const::Str(s.value.to_str().to_string()),
        Expr::BytesLiteral(b) => Const::Bytes(b.value.bytes().collect()),
        Expr::BooleanLiteral(b) => Const::Bool(b.value),
        Expr::NoneLiteral(_) => Const::None,
        Expr::EllipsisLiteral(_) => Const::Ellipsis,
        Expr::Tuple(t) if t.ctx == ExprContext::Load => Const::Tuple(
            t.elts
                .iter()
                .map(literal_const)
                .collect::<Option<Vec<_>>>()?,
        ),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match u.operand.as_ref() {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) => Const::Int(-v),
                    None => Const::BigInt(-parse_int_literal(&i.to_string())?),
                },
                ast::Number::Float(f) => Const::Float(-*f),
                ast::Number::Complex { .. } => return None,
            },
            _ => return None,
        },
        _ => return None,
    })
}

/// How CPython names an expression in "cannot assign to ..." messages.
pub(super) fn describe_expr(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::FString(_) => "f-string expression",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    List,
    Tuple,
    Set,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Comp {
    List,
    Set,
    Dict,
    Gen,
}
