//! Compiling `match` statements.
//!
//! Each (sub)subject lives in a hidden local slot, so a failing check is a plain jump with nothing
//! to pop. Captures go to hidden slots too and are bound to their names only once the whole
//! pattern has matched (before the guard runs), which is when CPython binds them.

use std::collections::HashMap;

use ruff_python_ast::{self as ast, Pattern};
use ruff_text_size::{Ranged, TextRange};

use super::{CompileError, Compiler, Label};
use crate::bytecode::{CmpOp, Const, Instr};

type R = Result<(), CompileError>;

fn pattern_names(p: &Pattern, out: &mut Vec<(String, TextRange)>) {
    match p {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| pattern_names(p, out)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|p| pattern_names(p, out));
            if let Some(r) = &m.rest {
                out.push((r.id.to_string(), r.range));
            }
        }
        Pattern::MatchClass(c) => {
            c.arguments
                .patterns
                .iter()
                .for_each(|p| pattern_names(p, out));
            c.arguments
                .keywords
                .iter()
                .for_each(|k| pattern_names(&k.pattern, out));
        }
        Pattern::MatchStar(s) => {
            if let Some(n) = &s.name {
                out.push((n.id.to_string(), n.range));
            }
        }
        Pattern::MatchAs(a) => {
            if let Some(p) = &a.pattern {
                pattern_names(p, out);
            }
            if let Some(n) = &a.name {
                out.push((n.id.to_string(), n.range));
            }
        }
        Pattern::MatchOr(o) => {
            if let Some(first) = o.patterns.first() {
                pattern_names(first, out);
            }
        }
    }
}

fn is_irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none(),
        Pattern::MatchOr(o) => o.patterns.iter().any(is_irrefutable),
        _ => false,
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn compile_match(&mut self, m: &'a ast::StmtMatch) -> R {
        self.compile_expr(&m.subject)?;
        let subject = self.temp_slot();
        self.emit(Instr::StoreFast(subject));
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            if i + 1 < n && case.guard.is_none() && is_irrefutable(&case.pattern) {
                let msg = match &case.pattern {
                    Pattern::MatchAs(a) => match &a.name {
                        Some(name) => format!(
                            "name capture '{}' makes remaining patterns unreachable",
                            name.id
                        ),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    },
                    _ => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(CompileError::syntax(msg, case.pattern.range()));
            }
            let mut names = Vec::new();
            pattern_names(&case.pattern, &mut names);
            let mut captures: HashMap<String, u32> = HashMap::new();
            let mut order: Vec<String> = Vec::new();
            for (name, range) in &names {
                if captures.contains_key(name) {
                    return Err(CompileError::syntax(
                        format!("multiple assignments to name '{name}' in pattern"),
                        *range,
                    ));
                }
                let slot = self.temp_slot();
                captures.insert(name.clone(), slot);
                order.push(name.clone());
            }
            let fail = self.new_label();
            self.set_loc(case.pattern.range());
            self.compile_pattern(&case.pattern, subject, fail, &captures)?;
            for name in &order {
                self.emit(Instr::LoadFast(captures[name]));
                self.store_name(name);
            }
            if let Some(guard) = &case.guard {
                self.compile_test(guard, fail, false)?;
            }
            for s in &case.body {
                self.compile_stmt(s)?;
            }
            self.emit_jump(Instr::Jump, end);
            self.bind_label(fail);
        }
        self.bind_label(end);
        Ok(())
    }

    fn compile_pattern(
        &mut self,
        p: &'a Pattern,
        subject: u32,
        fail: Label,
        caps: &HashMap<String, u32>,
    ) -> R {
        self.enter_nesting(p.range())?;
        let r = self.compile_pattern_inner(p, subject, fail, caps);
        self.leave_nesting();
        r
    }

    fn emit_check(&mut self, subject: u32, check: Instr, fail: Label) {
        // subject -> subject, result -> result
        self.emit(Instr::LoadFast(subject));
        self.emit(check);
        self.emit(Instr::Swap(2));
        self.emit(Instr::Pop);
        self.emit_jump(Instr::PopJumpIfFalse, fail);
    }

    fn compile_pattern_inner(
        &mut self,
        p: &'a Pattern,
        subject: u32,
        fail: Label,
        caps: &HashMap<String, u32>,
    ) -> R {
        self.set_loc(p.range());
        match p {
            Pattern::MatchValue(v) => {
                self.emit(Instr::LoadFast(subject));
                self.compile_expr(&v.value)?;
                self.set_loc(p.range());
                self.emit(Instr::Compare(CmpOp::Eq));
                self.emit_jump(Instr::PopJumpIfFalse, fail);
            }
            Pattern::MatchSingleton(s) => {
                self.emit(Instr::LoadFast(subject));
                match s.value {
                    ast::Singleton::None => self.emit(Instr::LoadNone),
                    ast::Singleton::True => self.load_const(Const::Bool(true)),
                    ast::Singleton::False => self.load_const(Const::Bool(false)),
                }
                self.emit(Instr::Is(false));
                self.emit_jump(Instr::PopJumpIfFalse, fail);
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.compile_pattern(inner, subject, fail, caps)?;
                }
                if let Some(name) = &a.name {
                    self.emit(Instr::LoadFast(subject));
                    self.emit(Instr::StoreFast(caps[name.id.as_str()]));
                }
            }
            Pattern::MatchStar(s) => {
                return Err(CompileError::syntax("can't use starred name here", s.range));
            }
            Pattern::MatchOr(o) => {
                let mut first_names = Vec::new();
                if let Some(first) = o.patterns.first() {
                    pattern_names(first, &mut first_names);
                }
                let mut first_set: Vec<String> = first_names.into_iter().map(|(n, _)| n).collect();
                first_set.sort();
                let success = self.new_label();
                let n = o.patterns.len();
                for (i, alt) in o.patterns.iter().enumerate() {
                    let mut names = Vec::new();
                    pattern_names(alt, &mut names);
                    let mut set: Vec<String> = names.into_iter().map(|(n, _)| n).collect();
                    set.sort();
                    if set != first_set {
                        return Err(CompileError::syntax(
                            "alternative patterns bind different names",
                            alt.range(),
                        ));
                    }
                    if i + 1 < n {
                        if is_irrefutable(alt) {
                            return Err(CompileError::syntax(
                                "wildcard makes remaining patterns unreachable",
                                alt.range(),
                            ));
                        }
                        let next = self.new_label();
                        self.compile_pattern(alt, subject, next, caps)?;
                        self.emit_jump(Instr::Jump, success);
                        self.bind_label(next);
                    } else {
                        self.compile_pattern(alt, subject, fail, caps)?;
                    }
                }
                self.bind_label(success);
            }
            Pattern::MatchSequence(s) => {
                self.emit_check(subject, Instr::MatchSequence, fail);
                let star = s
                    .patterns
                    .iter()
                    .position(|p| matches!(p, Pattern::MatchStar(_)));
                let n = s.patterns.len();
                self.emit(Instr::LoadFast(subject));
                self.emit(Instr::GetLen);
                self.emit(Instr::Swap(2));
                self.emit(Instr::Pop);
                match star {
                    None => {
                        self.load_const(Const::Int(n as i64));
                        self.emit(Instr::Compare(CmpOp::Eq));
                    }
                    Some(_) => {
                        self.load_const(Const::Int(n as i64 - 1));
                        self.emit(Instr::Compare(CmpOp::Ge));
                    }
                }
                self.emit_jump(Instr::PopJumpIfFalse, fail);
                if n == 0 {
                    return Ok(());
                }
                self.emit(Instr::LoadFast(subject));
                match star {
                    None => self.emit(Instr::UnpackSequence(n as u32)),
                    Some(i) => self.emit(Instr::UnpackEx(i as u32, (n - i - 1) as u32)),
                }
                let mut slots = Vec::with_capacity(n);
                for _ in 0..n {
                    let t = self.temp_slot();
                    self.emit(Instr::StoreFast(t));
                    slots.push(t);
                }
                for (p, slot) in s.patterns.iter().zip(slots) {
                    match p {
                        Pattern::MatchStar(st) => {
                            if let Some(name) = &st.name {
                                self.emit(Instr::LoadFast(slot));
                                self.emit(Instr::StoreFast(caps[name.id.as_str()]));
                            }
                        }
                        other => self.compile_pattern(other, slot, fail, caps)?,
                    }
                }
            }
            Pattern::MatchMapping(m) => {
                self.emit_check(subject, Instr::MatchMapping, fail);
                let n = m.keys.len();
                if n > 0 {
                    self.emit(Instr::LoadFast(subject));
                    self.emit(Instr::GetLen);
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Pop);
                    self.load_const(Const::Int(n as i64));
                    self.emit(Instr::Compare(CmpOp::Ge));
                    self.emit_jump(Instr::PopJumpIfFalse, fail);
                }
                if n == 0 && m.rest.is_none() {
                    return Ok(());
                }
                let keys_slot = self.temp_slot();
                let values_slot = self.temp_slot();
                self.emit(Instr::LoadFast(subject));
                for k in &m.keys {
                    self.compile_expr(k)?;
                }
                self.set_loc(p.range());
                self.emit(Instr::BuildTuple(n as u32));
                self.emit(Instr::MatchKeys);
                self.emit(Instr::StoreFast(values_slot));
                self.emit(Instr::StoreFast(keys_slot));
                self.emit(Instr::Pop);
                self.emit(Instr::LoadFast(values_slot));
                self.emit_jump(Instr::PopJumpIfNone, fail);
                if n > 0 {
                    self.emit(Instr::LoadFast(values_slot));
                    self.emit(Instr::UnpackSequence(n as u32));
                    let mut slots = Vec::with_capacity(n);
                    for _ in 0..n {
                        let t = self.temp_slot();
                        self.emit(Instr::StoreFast(t));
                        slots.push(t);
                    }
                    for (p, slot) in m.patterns.iter().zip(slots) {
                        self.compile_pattern(p, slot, fail, caps)?;
                    }
                }
                if let Some(rest) = &m.rest {
                    self.emit(Instr::LoadFast(subject));
                    self.emit(Instr::LoadFast(keys_slot));
                    self.emit(Instr::CopyDictWithoutKeys);
                    self.emit(Instr::StoreFast(caps[rest.id.as_str()]));
                    self.emit(Instr::Pop);
                }
            }
            Pattern::MatchClass(c) => {
                let npos = c.arguments.patterns.len();
                let kw: Vec<Const> = c
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| Const::Str(k.attr.id.to_string()))
                    .collect();
                let nkw = kw.len();
                self.emit(Instr::LoadFast(subject));
                self.compile_expr(&c.cls)?;
                self.set_loc(p.range());
                let idx = self.add_const(Const::Tuple(kw));
                self.emit(Instr::LoadConst(idx));
                self.emit(Instr::MatchClass(npos as u32));
                let attrs = self.temp_slot();
                self.emit(Instr::StoreFast(attrs));
                self.emit(Instr::LoadFast(attrs));
                self.emit_jump(Instr::PopJumpIfNone, fail);
                let total = npos + nkw;
                if total > 0 {
                    self.emit(Instr::LoadFast(attrs));
                    self.emit(Instr::UnpackSequence(total as u32));
                    let mut slots = Vec::with_capacity(total);
                    for _ in 0..total {
                        let t = self.temp_slot();
                        self.emit(Instr::StoreFast(t));
                        slots.push(t);
                    }
                    let subpatterns = c
                        .arguments
                        .patterns
                        .iter()
                        .chain(c.arguments.keywords.iter().map(|k| &k.pattern));
                    for (p, slot) in subpatterns.zip(slots) {
                        self.compile_pattern(p, slot, fail, caps)?;
                    }
                }
            }
        }
        Ok(())
    }
}
