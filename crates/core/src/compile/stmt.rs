//! Compiling statements: definitions, assignment, control flow, exception handling and imports.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::expr::{binop, describe_expr};
use super::scope::ScopeKind;
use super::{CompileError, Compiler, FBlock, Label};
use crate::bytecode::{CodeKind, Const, Instr, RaiseKind};

type R = Result<(), CompileError>;

fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match e.value.as_ref() {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

fn has_annotations(body: &[Stmt]) -> bool {
    // CPython sets up `__annotations__` if any annotated assignment appears in the block,
    // including nested compound statements (but not nested scopes).
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub(super) fn compile_module_body(&mut self, body: &'a [Stmt]) -> R {
        self.unit().docstring = docstring(body);
        if has_annotations(body) {
            self.emit(Instr::SetupAnnotations);
        }
        let n = body.len();
        for (i, stmt) in body.iter().enumerate() {
            if i + 1 == n {
                if let Stmt::Expr(e) = stmt {
                    // The program's result: the value of its last expression statement.
                    self.compile_expr(&e.value)?;
                    self.set_loc(e.range);
                    self.emit(Instr::Return);
                    return Ok(());
                }
            }
            self.compile_stmt(stmt)?;
        }
        self.emit(Instr::LoadNone);
        self.emit(Instr::Return);
        Ok(())
    }

    fn compile_body(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn compile_stmt(&mut self, stmt: &'a Stmt) -> R {
        self.enter_nesting(stmt.range())?;
        self.set_loc(stmt.range());
        let r = self.compile_stmt_inner(stmt);
        self.leave_nesting();
        r
    }

    fn compile_stmt_inner(&mut self, stmt: &'a Stmt) -> R {
        match stmt {
            Stmt::FunctionDef(f) => self.compile_function_def(f),
            Stmt::ClassDef(c) => self.compile_class_def(c),
            Stmt::Return(r) => {
                let kind = self.scope().kind;
                if kind != ScopeKind::Function && kind != ScopeKind::Lambda {
                    return Err(CompileError::syntax("'return' outside function", r.range));
                }
                match &r.value {
                    Some(v) => {
                        if self.scope().is_coroutine && self.scope().is_generator {
                            return Err(CompileError::syntax(
                                "'return' with value in async generator",
                                r.range,
                            ));
                        }
                        self.compile_expr(v)?
                    }
                    None => self.emit(Instr::LoadNone),
                }
                self.set_loc(r.range);
                self.unwind(true, None)?;
                self.set_loc(r.range);
                self.emit(Instr::Return);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.compile_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.set_loc(a.range);
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.compile_aug_assign(a),
            Stmt::AnnAssign(a) => self.compile_ann_assign(a),
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => self.compile_with(w, 0),
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => {
                let kind = match (&r.exc, &r.cause) {
                    (None, None) => RaiseKind::Reraise,
                    (Some(e), None) => {
                        self.compile_expr(e)?;
                        RaiseKind::Raise
                    }
                    (Some(e), Some(c)) => {
                        self.compile_expr(e)?;
                        self.compile_expr(c)?;
                        RaiseKind::RaiseFrom
                    }
                    (None, Some(_)) => return Err(CompileError::syntax("invalid syntax", r.range)),
                };
                self.set_loc(r.range);
                self.emit(Instr::Raise(kind));
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(CompileError::syntax(
                        "'except*' is not supported by montybox",
                        t.range,
                    ));
                }
                if t.finalbody.is_empty() {
                    self.compile_try_except(&t.body, &t.handlers, &t.orelse)
                } else if t.handlers.is_empty() {
                    self.compile_try_finally(t.range, TryBody::Plain(&t.body), &t.finalbody)
                } else {
                    self.compile_try_finally(
                        t.range,
                        TryBody::Except(&t.body, &t.handlers, &t.orelse),
                        &t.finalbody,
                    )
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.compile_test(&a.test, end, true)?;
                // CPython reports a failed assert at the test expression.
                self.set_loc(a.test.range());
                self.emit(Instr::LoadAssertionError);
                if let Some(msg) = &a.msg {
                    self.compile_expr(msg)?;
                    self.set_loc(a.test.range());
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(RaiseKind::Raise));
                self.bind_label(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.id.as_str();
                    self.set_loc(i.range);

                    match &alias.asname {
                        Some(asname) => {
                            let idx = self.name_idx(full);
                            self.emit(Instr::ImportName(idx));
                            self.store_name(asname.id.as_str());
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            if top != full {
                                let idx = self.name_idx(full);
                                self.emit(Instr::ImportName(idx));
                                self.emit(Instr::Pop);
                            }
                            let idx = self.name_idx(top);
                            self.emit(Instr::ImportName(idx));
                            self.store_name(top);
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i)
                if i.level == 0
                    && i.module
                        .as_ref()
                        .is_some_and(|m| m.id.as_str() == "__future__") =>
            {
                // Future statements act at compile time (checked by `future_features`).
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
                let full = format!("{}{}", ".".repeat(i.level as usize), module);
                let idx = self.name_idx(&full);
                self.emit(Instr::ImportName(idx));
                for alias in &i.names {
                    let name = alias.name.id.as_str();
                    self.set_loc(i.range);
                    if name == "*" {
                        self.emit(Instr::ImportStar);
                        return Ok(());
                    }
                    let nidx = self.name_idx(name);
                    self.emit(Instr::ImportFrom(nidx));
                    let bound = alias.asname.as_ref().map(|a| a.id.as_str()).unwrap_or(name);
                    self.store_name(bound);
                }
                self.emit(Instr::Pop);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                // A docstring-like string statement has no effect; CPython emits nothing either.
                if matches!(e.value.as_ref(), Expr::StringLiteral(_)) {
                    return Ok(());
                }
                self.compile_expr(&e.value)?;
                self.set_loc(e.range);
                self.emit(Instr::Pop);
                Ok(())
            }
            Stmt::Break(b) => {
                self.set_loc(b.range);
                self.unwind_to_loop(true, b.range)
            }
            Stmt::Continue(c) => {
                self.set_loc(c.range);
                self.unwind_to_loop(false, c.range)
            }
            Stmt::TypeAlias(t) => Err(CompileError::syntax(
                "'type' statements are not supported by montybox",
                t.range,
            )),
            Stmt::IpyEscapeCommand(e) => Err(CompileError::syntax("invalid syntax", e.range)),
        }
    }

    fn compile_function_def(&mut self, f: &'a ast::StmtFunctionDef) -> R {
        if f.type_params.is_some() {
            return Err(CompileError::syntax(
                "type parameters are not supported by montybox",
                f.range,
            ));
        }
        for d in &f.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        self.set_loc(f.range);
        let mut flags = self.compile_defaults(&f.parameters)?;
        flags |= self.compile_annotations(&f.parameters, f.returns.as_deref())?;
        let index = self.enter_scope(f.range, CodeKind::Function)?;
        self.unit().params = Self::param_shape(&f.parameters);
        self.unit().docstring = docstring(&f.body);
        let child_scope = self.unit_ref().scope;
        self.compile_body(&f.body)?;
        // Implicit `return None`.
        let last_line_range = f.body.last().map(|s| s.range()).unwrap_or(f.range);
        self.set_loc(last_line_range);
        self.emit(Instr::LoadNone);
        self.emit(Instr::Return);
        self.leave_scope()?;
        self.set_loc(f.range);
        flags |= self.compile_closure(child_scope)?;
        self.emit(Instr::MakeFunction(index as u32, flags));
        for d in f.decorator_list.iter().rev() {
            self.set_loc(d.range);
            self.emit(Instr::Call(1));
        }
        self.set_loc(f.range);
        self.store_name(f.name.id.as_str());
        Ok(())
    }

    fn compile_class_def(&mut self, c: &'a ast::StmtClassDef) -> R {
        if c.type_params.is_some() {
            return Err(CompileError::syntax(
                "type parameters are not supported by montybox",
                c.range,
            ));
        }
        for d in &c.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        self.set_loc(c.range);
        let index = self.enter_scope(c.range, CodeKind::Class)?;
        let child_scope = self.unit_ref().scope;
        let qualname = self.table.scopes[child_scope].qualname.clone();
        self.unit().docstring = docstring(&c.body);
        self.set_loc(c.range);
        self.load_const(Const::Str("__main__".into()));
        let m = self.name_idx("__module__");
        self.emit(Instr::StoreName(m));
        self.load_const(Const::Str(qualname));
        let q = self.name_idx("__qualname__");
        self.emit(Instr::StoreName(q));
        if let Some(doc) = docstring(&c.body) {
            self.load_const(Const::Str(doc));
            let d = self.name_idx("__doc__");
            self.emit(Instr::StoreName(d));
        }
        if has_annotations(&c.body) {
            self.emit(Instr::SetupAnnotations);
        }
        self.compile_body(&c.body)?;
        // Hand the `__class__` cell (for zero-argument super()) to the class being built.
        if self.table.scopes[child_scope].needs_class_cell {
            if let Some(slot) = self
                .unit_ref()
                .varnames
                .iter()
                .position(|v| v == "__class__")
            {
                self.emit(Instr::LoadClosure(slot as u32));
                let cc = self.name_idx("__classcell__");
                self.emit(Instr::StoreName(cc));
            }
        }
        self.emit(Instr::LoadNone);
        self.emit(Instr::Return);
        self.leave_scope()?;
        self.set_loc(c.range);
        // Closure (or None), bases tuple, keywords dict.
        if self.compile_closure(child_scope)? == 0 {
            self.emit(Instr::LoadNone);
        }
        let empty: &[Expr] = &[];
        let (bases, keywords): (&'a [Expr], &'a [ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (empty, &[]),
        };
        let mut has_star = false;
        for b in bases {
            if matches!(b, Expr::Starred(_)) {
                has_star = true;
            }
        }
        if has_star {
            self.emit(Instr::BuildList(0));
            for b in bases {
                match b {
                    Expr::Starred(s) => {
                        self.compile_expr(&s.value)?;
                        self.emit(Instr::ListExtend(1));
                    }
                    other => {
                        self.compile_expr(other)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            self.emit(Instr::ListToTuple);
        } else {
            for b in bases {
                self.compile_expr(b)?;
            }
            self.set_loc(c.range);
            self.emit(Instr::BuildTuple(bases.len() as u32));
        }
        self.emit(Instr::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(name.id.to_string()));
                    self.compile_expr(&k.value)?;
                    self.emit(Instr::BuildMap(1));
                    self.emit(Instr::DictMerge(1));
                }
                None => {
                    self.compile_expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.set_loc(c.range);
        self.emit(Instr::BuildClass(index as u32));
        for d in c.decorator_list.iter().rev() {
            self.set_loc(d.range);
            self.emit(Instr::Call(1));
        }
        self.set_loc(c.range);
        self.store_name(c.name.id.as_str());
        Ok(())
    }

    fn compile_delete(&mut self, target: &'a Expr) -> R {
        match target {
            Expr::Name(n) if n.id.as_str() == "__debug__" => {
                return Err(CompileError::syntax("cannot delete __debug__", n.range));
            }
            Expr::Name(n) => {
                self.set_loc(n.range);
                self.delete_name(n.id.as_str());
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                let idx = self.name_idx(a.attr.id.as_str());
                self.emit(Instr::DeleteAttr(idx));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_slice_or_expr(&s.slice)?;
                let loc = self.subscript_loc(s);
                self.with_loc(loc, |c| c.emit(Instr::DeleteSubscr));
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.compile_delete(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.compile_delete(e)?;
                }
            }
            other => {
                return Err(CompileError::syntax(
                    format!("cannot delete {}", describe_expr(other)),
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    fn compile_aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R {
        let op = binop(a.op);
        match a.target.as_ref() {
            Expr::Name(n) if n.id.as_str() == "__debug__" => {
                return Err(CompileError::syntax("cannot assign to __debug__", n.range));
            }
            Expr::Name(n) => {
                self.set_loc(n.range);
                self.load_name(n.id.as_str());
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Instr::Inplace(op));
                self.set_loc(n.range);
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(t) => {
                self.compile_expr(&t.value)?;
                self.set_loc(t.range);
                self.emit(Instr::Copy(1));
                let idx = self.name_idx(t.attr.id.as_str());
                self.emit(Instr::LoadAttr(idx));
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Instr::Inplace(op));
                self.set_loc(t.range);
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(idx));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_slice_or_expr(&s.slice)?;
                let loc = self.subscript_loc(s);
                self.unit().loc = loc;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::Subscr);
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Instr::Inplace(op));
                self.set_loc(s.range);
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return Err(CompileError::syntax(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        describe_expr(other)
                    ),
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    fn compile_ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> R {
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.store_target(&a.target)?;
        }
        let kind = self.scope().kind;
        if kind == ScopeKind::Module || kind == ScopeKind::Class {
            match a.target.as_ref() {
                Expr::Name(n) if a.simple => {
                    self.compile_annotation(&a.annotation)?;
                    self.set_loc(a.range);
                    let idx = self.name_idx(n.id.as_str());
                    self.emit(Instr::StoreAnnotation(idx));
                }
                _ if self.future_annotations => {}
                _ => {
                    self.compile_expr(&a.annotation)?;
                    self.emit(Instr::Pop);
                }
            }
        }
        Ok(())
    }

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> R {
        let end = self.new_label();
        let mut next = self.new_label();
        self.compile_test(&i.test, next, false)?;
        self.compile_body(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(Instr::Jump, end);
            self.bind_label(next);
            next = self.new_label();
            match &clause.test {
                Some(test) => {
                    self.set_loc(clause.range);
                    self.compile_test(test, next, false)?;
                    self.compile_body(&clause.body)?;
                }
                None => self.compile_body(&clause.body)?,
            }
        }
        self.bind_label(next);
        self.bind_label(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> R {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind_label(start);
        let always_true = matches!(w.test.as_ref(), Expr::BooleanLiteral(b) if b.value)
            || matches!(w.test.as_ref(), Expr::NumberLiteral(n) if matches!(&n.value, ast::Number::Int(i) if i.as_i64() == Some(1)));
        if !always_true {
            self.compile_test(&w.test, orelse, false)?;
        }
        self.unit().fblocks.push(FBlock::Loop {
            continue_label: start,
            break_label: end,
            has_iterator: false,
        });
        self.compile_body(&w.body)?;
        self.unit().fblocks.pop();
        self.set_loc(w.range);
        self.emit_jump(Instr::Jump, start);
        self.bind_label(orelse);
        self.compile_body(&w.orelse)?;
        self.bind_label(end);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> R {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.compile_iterable(&f.iter)?;
        self.set_loc(f.iter.range());
        if f.is_async {
            self.check_async_allowed(f.range, "async for")?;
            self.emit(Instr::GetAIter);
            self.bind_label(start);
            let stop = self.new_label();
            let region = self.push_region(stop);
            // Like `for`, each step is attributed to the whole `async for` statement.
            self.set_loc(f.range);
            self.emit(Instr::GetANext);
            self.emit(Instr::Await);
            self.pop_region(region);
            self.store_target(&f.target)?;
            self.unit().fblocks.push(FBlock::Loop {
                continue_label: start,
                break_label: end,
                has_iterator: true,
            });
            self.compile_body(&f.body)?;
            self.unit().fblocks.pop();
            self.set_loc(f.range);
            self.emit_jump(Instr::Jump, start);
            self.bind_label(stop);
            self.emit_jump(Instr::EndAsyncFor, orelse);
        } else {
            // CPython attributes the iteration to the whole `for` statement.
            self.set_loc(f.range);
            self.emit(Instr::GetIter);
            self.bind_label(start);
            self.set_loc(f.range);
            self.emit_jump(Instr::ForIter, orelse);
            self.store_target(&f.target)?;
            self.unit().fblocks.push(FBlock::Loop {
                continue_label: start,
                break_label: end,
                has_iterator: true,
            });
            self.compile_body(&f.body)?;
            self.unit().fblocks.pop();
            self.set_loc(f.range);
            self.emit_jump(Instr::Jump, start);
        }
        self.bind_label(orelse);
        self.compile_body(&f.orelse)?;
        self.bind_label(end);
        Ok(())
    }

    fn check_async_allowed(&self, range: TextRange, what: &str) -> R {
        let s = self.scope();
        let ok = match s.kind {
            ScopeKind::Module => self.top_level_await,
            ScopeKind::Function => s.is_coroutine,
            ScopeKind::Comprehension => true,
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            Err(CompileError::syntax(
                format!("'{what}' outside async function"),
                range,
            ))
        }
    }

    fn compile_with(&mut self, w: &'a ast::StmtWith, item_index: usize) -> R {
        if w.is_async && item_index == 0 {
            self.check_async_allowed(w.range, "async with")?;
        }
        let item = &w.items[item_index];
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.compile_expr(&item.context_expr)?;
        self.set_loc(w.range);
        if w.is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::Await);
        } else {
            self.emit(Instr::BeforeWith);
        }
        let region = self.push_region_adjusted(handler, -1);
        self.unit().fblocks.push(FBlock::With {
            is_async: w.is_async,
            region,
        });
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.emit(Instr::Pop),
        }
        if item_index + 1 < w.items.len() {
            self.compile_with(w, item_index + 1)?;
        } else {
            self.compile_body(&w.body)?;
        }
        self.unit().fblocks.pop();
        self.pop_region(region);
        self.set_loc(w.range);
        self.emit(Instr::CallExitNone);
        if w.is_async {
            self.emit(Instr::Await);
        }
        self.emit(Instr::Pop);
        self.emit_jump(Instr::Jump, end);

        self.bind_label(handler);
        let cleanup_region = self.push_region(cleanup);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        if w.is_async {
            self.emit(Instr::Await);
        }
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.bind_label(suppress);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.pop_region(cleanup_region);
        self.emit_jump(Instr::Jump, end);
        self.bind_label(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind_label(end);
        Ok(())
    }

    /// `prev_exc, exc -> ` restore the previous exception, re-raise `exc`.
    fn emit_pop_except_and_reraise(&mut self) {
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
    }

    fn compile_try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let handler_label = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let region = self.push_region(handler_label);
        self.unit().fblocks.push(FBlock::Region(region));
        self.compile_body(body)?;
        self.unit().fblocks.pop();
        self.pop_region(region);
        self.compile_body(orelse)?;
        self.emit_jump(Instr::Jump, end);

        self.bind_label(handler_label);
        let cleanup_region = self.push_region(cleanup);
        self.emit(Instr::PushExcInfo);
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(CompileError::syntax(
                    "default 'except:' must be last",
                    h.range,
                ));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.compile_expr(ty)?;
                self.set_loc(h.range);
                self.emit(Instr::CheckExcMatch);
                self.emit_jump(Instr::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    let name = name.id.as_str();
                    self.store_name(name);
                    let name_cleanup = self.new_label();
                    let name_region = self.push_region(name_cleanup);
                    self.unit().fblocks.push(FBlock::ExceptHandler {
                        name: Some(name.to_string()),
                        regions: vec![name_region, cleanup_region],
                    });
                    self.compile_body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.pop_region(name_region);
                    self.pop_region(cleanup_region);
                    self.emit(Instr::PopExcept);
                    self.emit(Instr::LoadNone);
                    self.store_name(name);
                    self.delete_name(name);
                    self.emit_jump(Instr::Jump, end);
                    // Exception inside the handler body: unbind the name, re-raise (to cleanup).
                    self.reactivate_region(cleanup_region);
                    self.bind_label(name_cleanup);
                    self.emit(Instr::LoadNone);
                    self.store_name(name);
                    self.delete_name(name);
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::Pop);
                    self.unit().fblocks.push(FBlock::ExceptHandler {
                        name: None,
                        regions: vec![cleanup_region],
                    });
                    self.compile_body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.pop_region(cleanup_region);
                    self.emit(Instr::PopExcept);
                    self.emit_jump(Instr::Jump, end);
                    self.reactivate_region(cleanup_region);
                }
            }
            self.bind_label(next);
        }
        // No clause matched: re-raise (the cleanup handler restores the previous exception).
        self.emit(Instr::Reraise);
        self.pop_region(cleanup_region);
        self.bind_label(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind_label(end);
        Ok(())
    }

    fn compile_try_finally(
        &mut self,
        range: TextRange,
        body: TryBody<'a>,
        finalbody: &'a [Stmt],
    ) -> R {
        let handler_label = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let region = self.push_region(handler_label);
        self.unit().fblocks.push(FBlock::TryFinally {
            body: finalbody,
            region,
        });
        match body {
            TryBody::Plain(b) => self.compile_body(b)?,
            TryBody::Except(b, h, o) => self.compile_try_except(b, h, o)?,
        }
        self.unit().fblocks.pop();
        self.pop_region(region);
        self.compile_body(finalbody)?;
        self.emit_jump(Instr::Jump, end);

        self.bind_label(handler_label);
        self.set_loc(range);
        let cleanup_region = self.push_region(cleanup);
        self.emit(Instr::PushExcInfo);
        self.unit().fblocks.push(FBlock::FinallyEnd {
            region: cleanup_region,
        });
        self.compile_body(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise);
        self.pop_region(cleanup_region);
        self.bind_label(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind_label(end);
        Ok(())
    }

    /// Emits the cleanup of every block being left by `return` (`preserve_tos`: the return value
    /// stays on top) or, with `stop_at_loop`, by `break`/`continue` (up to the innermost loop).
    /// Returns the loop block reached, if any.
    fn unwind(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: Option<()>,
    ) -> Result<Option<FBlock<'a>>, CompileError> {
        let saved_blocks = self.unit_ref().fblocks.clone();
        let saved_active = self.unit_ref().active.clone();
        let mut reached = None;
        let result = (|| {
            while let Some(block) = self.unit().fblocks.pop() {
                match block {
                    FBlock::Loop { has_iterator, .. } => {
                        if stop_at_loop.is_some() {
                            reached = Some(block);
                            return Ok(());
                        }
                        if has_iterator {
                            if preserve_tos {
                                self.emit(Instr::Swap(2));
                            }
                            self.emit(Instr::Pop);
                        }
                    }
                    FBlock::Region(r) => self.pop_region(r),
                    FBlock::TryFinally { body, region } => {
                        self.pop_region(region);
                        if preserve_tos {
                            self.unit().fblocks.push(FBlock::PopValue);
                        }
                        self.compile_body(body)?;
                        if preserve_tos {
                            self.unit().fblocks.pop();
                        }
                    }
                    FBlock::ExceptHandler { name, regions } => {
                        for r in &regions {
                            self.pop_region(*r);
                        }
                        if preserve_tos {
                            self.emit(Instr::Swap(2));
                        }
                        self.emit(Instr::PopExcept);
                        if let Some(name) = name {
                            self.emit(Instr::LoadNone);
                            self.store_name(&name);
                            self.delete_name(&name);
                        }
                    }
                    FBlock::FinallyEnd { region } => {
                        if preserve_tos {
                            self.emit(Instr::Swap(2));
                        }
                        self.emit(Instr::Pop);
                        if preserve_tos {
                            self.emit(Instr::Swap(2));
                        }
                        self.pop_region(region);
                        self.emit(Instr::PopExcept);
                    }
                    FBlock::With { is_async, region } => {
                        self.pop_region(region);
                        if preserve_tos {
                            self.emit(Instr::Swap(2));
                        }
                        self.emit(Instr::CallExitNone);
                        if is_async {
                            self.emit(Instr::Await);
                        }
                        self.emit(Instr::Pop);
                    }
                    FBlock::PopValue => {
                        if preserve_tos {
                            self.emit(Instr::Swap(2));
                        }
                        self.emit(Instr::Pop);
                    }
                }
            }
            Ok(())
        })();
        self.unit().fblocks = saved_blocks;
        self.unit().active = saved_active;
        result.map(|_| reached)
    }

    fn unwind_to_loop(&mut self, is_break: bool, range: TextRange) -> R {
        let saved_active = self.unit_ref().active.clone();
        let reached = self.unwind(false, Some(()))?;
        // `unwind` restored the regions; redo the region pops for the jump itself.
        let _ = saved_active;
        match reached {
            Some(FBlock::Loop {
                continue_label,
                break_label,
                has_iterator,
            }) => {
                // Re-emit the pops of regions between here and the loop so the jump is outside them.
                let blocks = self.unit_ref().fblocks.clone();
                let saved = self.unit_ref().active.clone();
                for b in blocks.iter().rev() {
                    match b {
                        FBlock::Loop { .. } => break,
                        FBlock::Region(r)
                        | FBlock::TryFinally { region: r, .. }
                        | FBlock::FinallyEnd { region: r }
                        | FBlock::With { region: r, .. } => self.pop_region(*r),
                        FBlock::ExceptHandler { regions, .. } => {
                            for r in regions {
                                self.pop_region(*r);
                            }
                        }
                        FBlock::PopValue => {}
                    }
                }
                if is_break {
                    if has_iterator {
                        self.emit(Instr::Pop);
                    }
                    self.emit_jump(Instr::Jump, break_label);
                } else {
                    self.emit_jump(Instr::Jump, continue_label);
                }
                self.unit().active = saved;
                Ok(())
            }
            _ => {
                if is_break {
                    Err(CompileError::syntax("'break' outside loop", range))
                } else {
                    Err(CompileError::syntax(
                        "'continue' not properly in loop",
                        range,
                    ))
                }
            }
        }
    }
}

#[derive(Clone, Copy)]
enum TryBody<'a> {
    Plain(&'a [Stmt]),
    Except(&'a [Stmt], &'a [ast::ExceptHandler], &'a [Stmt]),
}

#[allow(dead_code)]
fn _label_is_copy(l: Label) -> Label {
    l
}
