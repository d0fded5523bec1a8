//! Exceptions in the VM: raising, implicit chaining, unwinding to handlers through frames, and
//! CPython 3.11's report of an uncaught exception (tracebacks with source lines and carets,
//! chained sections, and "Did you mean" suggestions).

use super::{LoopExit, OnReturn, Vm};
use crate::builtins::class::Payload;
use crate::builtins::exceptions::{ExcData, TbEntry};
use crate::bytecode::RaiseKind;
use crate::data::names;
use crate::error::{Exc, PyResult, PythonError, TracebackFrame};
use crate::heap::{ObjId, Object};
use crate::types::BuiltinType;
use crate::value::Value;

impl Vm {
    /// Turns an error into an exception object (creating built-in ones lazily described).
    pub(crate) fn materialize(&mut self, e: Exc) -> Result<ObjId, Exc> {
        match e {
            Exc::Object(id) => Ok(id),
            Exc::New(ty, msg) => {
                let m = self.new_str(msg)?;
                self.new_exception_args(Value::Type(ty), vec![m])
            }
            Exc::Args(ty, args) => self.new_exception_args(Value::Type(ty), args),
            Exc::Fatal(f) => Err(Exc::Fatal(f)),
        }
    }

    /// Whether an error is (an instance of a subclass of) the built-in exception `ty`.
    pub fn exc_is(&self, e: &Exc, ty: BuiltinType) -> bool {
        match e {
            Exc::New(t, _) | Exc::Args(t, _) => t.is_subtype_of(ty),
            Exc::Object(id) => self.exception_is(Value::Obj(*id), ty),
            Exc::Fatal(_) => false,
        }
    }

    /// Whether the exception object `exc` is an instance of `ty`.
    pub fn exception_is(&self, exc: Value, ty: BuiltinType) -> bool {
        let t = self.type_of(exc);
        self.is_subclass(t, Value::Type(ty))
    }

    pub(crate) fn is_exception_instance(&self, id: ObjId) -> bool {
        matches!(self.heap.get(id), Object::Instance(i) if matches!(i.payload, Payload::Exception(_)))
    }

    fn exc_data(&self, id: ObjId) -> Option<&ExcData> {
        match self.heap.get(id) {
            Object::Instance(i) => i.exc(),
            _ => None,
        }
    }

    fn exc_data_mut(&mut self, id: ObjId) -> Option<&mut ExcData> {
        match self.heap.get_mut(id) {
            Object::Instance(i) => i.exc_mut(),
            _ => None,
        }
    }

    /// The value of a `BaseException` data attribute, or a type-specific member.
    pub(crate) fn exception_attr(&mut self, id: ObjId, name: &str) -> PyResult<Option<Value>> {
        let exc = Value::Obj(id);
        let Some(data) = self.exc_data(id) else {
            return Ok(None);
        };
        let first = data.args.first().copied();
        let v = match name {
            "args" => {
                let args = data.args.clone();
                Some(self.new_tuple(args)?)
            }
            "__cause__" => Some(data.cause),
            "__context__" => Some(data.context),
            "__suppress_context__" => Some(Value::Bool(data.suppress_context)),
            "message" if !data.group.is_none() => first,
            "exceptions" if !data.group.is_none() => Some(data.group),
            "__traceback__" => {
                if data.traceback.is_empty() {
                    Some(Value::None)
                } else {
                    Some(self.alloc(Object::Traceback(id, 0))?)
                }
            }
            "value"
                if self.exception_is(exc, BuiltinType::StopIteration)
                    || self.exception_is(exc, BuiltinType::StopAsyncIteration) =>
            {
                Some(first.unwrap_or(Value::None))
            }
            "code" if self.exception_is(exc, BuiltinType::SystemExit) => {
                let args = self
                    .exc_data(id)
                    .map(|d| d.args.clone())
                    .unwrap_or_default();
                Some(match args.len() {
                    0 => Value::None,
                    1 => args[0],
                    _ => self.new_tuple(args)?,
                })
            }
            "errno" | "strerror" | "filename" if self.exception_is(exc, BuiltinType::OSError) => {
                let args = self
                    .exc_data(id)
                    .map(|d| d.args.clone())
                    .unwrap_or_default();
                Some(match (name, args.len()) {
                    ("errno", 2..) => args[0],
                    ("strerror", 2..) => args[1],
                    ("filename", 3..) => args[2],
                    _ => Value::None,
                })
            }
            _ => None,
        };
        Ok(v)
    }

    pub(crate) fn set_exception_attr(
        &mut self,
        id: ObjId,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        match name {
            "args" => {
                let items = self.collect(value)?;
                if let Some(d) = self.exc_data_mut(id) {
                    d.args = items;
                }
            }
            "__cause__" => {
                if !value.is_none() && !self.is_exception_value(value) {
                    return Err(Exc::type_error(
                        "exception cause must be None or derive from BaseException",
                    ));
                }
                if let Some(d) = self.exc_data_mut(id) {
                    d.cause = value;
                    d.suppress_context = true;
                }
            }
            "__context__" => {
                if !value.is_none() && !self.is_exception_value(value) {
                    return Err(Exc::type_error(
                        "exception context must be None or derive from BaseException",
                    ));
                }
                if let Some(d) = self.exc_data_mut(id) {
                    d.context = value;
                }
            }
            "__suppress_context__" => {
                let b = self.truthy(value)?;
                if let Some(d) = self.exc_data_mut(id) {
                    d.suppress_context = b;
                }
            }
            "__traceback__" => {
                if !value.is_none() {
                    return Err(Exc::type_error("__traceback__ must be a traceback or None"));
                }
                if let Some(d) = self.exc_data_mut(id) {
                    d.traceback.clear();
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn is_exception_value(&self, v: Value) -> bool {
        matches!(v, Value::Obj(id) if self.is_exception_instance(id))
    }

    /// An exception instance from a raised value: an instance, or a class to instantiate.
    fn exception_instance(&mut self, v: Value, for_cause: bool) -> PyResult<ObjId> {
        if let Value::Obj(id) = v {
            if self.is_exception_instance(id) {
                return Ok(id);
            }
        }
        if self.is_class(v) && self.is_subclass(v, Value::Type(BuiltinType::BaseException)) {
            let inst = self.call(v, &[])?;
            return match inst {
                Value::Obj(id) if self.is_exception_instance(id) => Ok(id),
                other => {
                    let t = self.type_name(other);
                    Err(Exc::type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {t}",
                        self.class_name(v)
                    )))
                }
            };
        }
        Err(Exc::type_error(if for_cause {
            "exception causes must derive from BaseException"
        } else {
            "exceptions must derive from BaseException"
        }))
    }

    /// `Raise(kind)`: the error to unwind with.
    pub(crate) fn raise_instr(&mut self, kind: RaiseKind) -> Exc {
        match kind {
            RaiseKind::Reraise => {
                let exc = self.exc_info;
                if exc.is_none() {
                    return Exc::runtime_error("No active exception to reraise");
                }
                self.mark_reraise(exc)
            }
            RaiseKind::Raise => {
                let v = self.stack.pop().unwrap_or(Value::None);
                match self.exception_instance(v, false) {
                    Ok(id) => Exc::Object(id),
                    Err(e) => e,
                }
            }
            RaiseKind::RaiseFrom => {
                let cause = self.stack.pop().unwrap_or(Value::None);
                let v = self.stack.pop().unwrap_or(Value::None);
                let id = match self.exception_instance(v, false) {
                    Ok(id) => id,
                    Err(e) => return e,
                };
                let cause = if cause.is_none() {
                    Value::None
                } else {
                    match self.exception_instance(cause, true) {
                        Ok(c) => Value::Obj(c),
                        Err(e) => return e,
                    }
                };
                if let Some(d) = self.exc_data_mut(id) {
                    d.cause = cause;
                    d.suppress_context = true;
                }
                Exc::Object(id)
            }
        }
    }

    /// Re-raises an exception object without adding the current frame to its traceback.
    pub(crate) fn mark_reraise(&mut self, exc: Value) -> Exc {
        match exc {
            Value::Obj(id) if self.is_exception_instance(id) => {
                self.reraising = true;
                Exc::Object(id)
            }
            _ => Exc::internal("re-raise of a non-exception"),
        }
    }

    /// `CheckExcMatch`: whether `exc` matches the `except` clause's type (or tuple of types).
    pub(crate) fn exception_matches(&mut self, exc: Value, ty: Value) -> PyResult<bool> {
        let types = match self.seq_items(ty) {
            Some(items) if self.kind(ty) == super::ops::Kind::Tuple => items,
            _ => vec![ty],
        };
        for t in &types {
            let ok =
                self.is_class(*t) && self.is_subclass(*t, Value::Type(BuiltinType::BaseException));
            if !ok {
                return Err(Exc::type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
        let et = self.type_of(exc);
        Ok(types.iter().any(|t| self.is_subclass(et, *t)))
    }

    /// An exception for `gen.throw(...)` from its arguments.
    pub fn exception_from_throw_args(&mut self, args: &[Value]) -> PyResult<Value> {
        let first = args.first().copied().unwrap_or(Value::None);
        if let Value::Obj(id) = first {
            if self.is_exception_instance(id) {
                return Ok(first);
            }
        }
        if self.is_class(first) && self.is_subclass(first, Value::Type(BuiltinType::BaseException))
        {
            let call_args: Vec<Value> = match args.get(1) {
                Some(v) if !v.is_none() => vec![*v],
                _ => vec![],
            };
            return self.call(first, &call_args);
        }
        Err(Exc::type_error(
            "exceptions must be classes or instances deriving from BaseException, not str",
        ))
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    fn set_context(&mut self, id: ObjId) {
        let handled = self.exc_info;
        let Value::Obj(hid) = handled else { return };
        if hid == id {
            return;
        }
        // Break a would-be cycle in the context chain.
        let mut o = hid;
        let mut guard = 0;
        while let Some(ctx) = self.exc_data(o).map(|d| d.context) {
            guard += 1;
            if guard > 10_000 {
                break;
            }
            match ctx {
                Value::Obj(c) if c == id => {
                    if let Some(d) = self.exc_data_mut(o) {
                        d.context = Value::None;
                    }
                    break;
                }
                Value::Obj(c) => o = c,
                _ => break,
            }
        }
        if let Some(d) = self.exc_data_mut(id) {
            d.context = handled;
        }
    }

    /// Unwinds to the innermost handler for `exc`. `None`: a handler was found and execution
    /// continues there. `Some(exit)`: the exception left the frame at index `stop`.
    pub(crate) fn unwind(&mut self, exc: Exc, stop: usize) -> Option<LoopExit> {
        let reraise = std::mem::take(&mut self.reraising);
        if let Exc::Fatal(_) = exc {
            return Some(LoopExit::Raised(exc));
        }
        let mut id = match self.materialize(exc) {
            Ok(id) => id,
            Err(e) => return Some(LoopExit::Raised(e)),
        };
        if !reraise {
            self.set_context(id);
        }
        let mut add_tb = !reraise;
        loop {
            let Some(frame) = self.frames.last() else {
                return Some(LoopExit::Raised(Exc::Object(id)));
            };
            let (code_idx, ip) = (frame.code, frame.ip.saturating_sub(1));
            // A frame that has not run yet (an exception thrown into an unstarted coroutine, such
            // as a task cancelled before its first step) is inside no `try` block.
            let started = frame.ip > 0;
            if add_tb {
                if let Some(d) = self.exc_data_mut(id) {
                    d.traceback.insert(0, TbEntry { code: code_idx, ip });
                }
            }
            add_tb = true;
            let handler = if started {
                self.program.codes[code_idx as usize].handler_for(ip)
            } else {
                None
            };
            if let Some(h) = handler {
                let nlocals = self.program.codes[code_idx as usize].nlocals();
                let Some(frame) = self.frames.last_mut() else {
                    return Some(LoopExit::Raised(Exc::Object(id)));
                };
                let depth = frame.base as usize + nlocals + h.depth as usize;
                frame.ip = h.handler;
                self.stack.truncate(depth);
                self.stack.push(Value::Obj(id));
                return None;
            }
            let Some(frame) = self.frames.pop() else {
                return Some(LoopExit::Raised(Exc::Object(id)));
            };
            if let Some(g) = frame.gen {
                let kind = self.gen_kind(Value::Obj(g));
                self.finish_generator(g, &frame);
                // PEP 479: StopIteration must not leak out of a generator.
                let (leak, what) = match kind {
                    Some(crate::builtins::generator::GenKind::AsyncGenerator) => (
                        self.exception_is(Value::Obj(id), BuiltinType::StopAsyncIteration)
                            || self.exception_is(Value::Obj(id), BuiltinType::StopIteration),
                        "async generator",
                    ),
                    Some(k) => (
                        self.exception_is(Value::Obj(id), BuiltinType::StopIteration),
                        k.describe(),
                    ),
                    None => (false, ""),
                };
                if leak {
                    let raised =
                        if self.exception_is(Value::Obj(id), BuiltinType::StopAsyncIteration) {
                            "StopAsyncIteration"
                        } else {
                            "StopIteration"
                        };
                    if let Ok(new) = self.new_exception(
                        BuiltinType::RuntimeError,
                        &format!("{what} raised {raised}"),
                    ) {
                        if let Some(d) = self.exc_data_mut(new) {
                            d.cause = Value::Obj(id);
                            d.context = Value::Obj(id);
                            d.suppress_context = true;
                        }
                        let tb = self
                            .exc_data(id)
                            .map(|d| d.traceback.clone())
                            .unwrap_or_default();
                        if let Some(d) = self.exc_data_mut(new) {
                            d.traceback = tb;
                        }
                        id = new;
                    }
                }
            }
            self.stack.truncate(frame.ret_sp as usize);
            if let OnReturn::AsyncioRun = frame.on_return {
                if let Some(d) = self.exc_data_mut(id) {
                    for i in (0..ASYNCIO_RUN_FRAMES.len()).rev() {
                        d.traceback.insert(
                            0,
                            TbEntry {
                                code: SYNTHETIC_CODE,
                                ip: i as u32,
                            },
                        );
                    }
                }
            }
            match frame.on_return {
                OnReturn::ExitNested | OnReturn::ModuleEnd | OnReturn::TaskEnd => {
                    return Some(LoopExit::Raised(Exc::Object(id)));
                }
                OnReturn::ForIterNext { target }
                    if self.exception_is(Value::Obj(id), BuiltinType::StopIteration) =>
                {
                    // The iterator is exhausted: leave the loop.
                    self.stack.pop();
                    if let Some(f) = self.frames.last_mut() {
                        f.ip = target;
                    }
                    return None;
                }
                _ => {}
            }
            if self.frames.len() <= stop {
                return Some(LoopExit::Raised(Exc::Object(id)));
            }
        }
    }

    // ---- reporting ----------------------------------------------------------------------------

    /// `str(exc)`, never failing (CPython prints `<exception str() failed>`).
    pub fn exception_str(&mut self, id: ObjId) -> String {
        match self.to_str(Value::Obj(id)) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        }
    }

    /// The type name as the final line of a traceback prints it.
    fn exception_type_display(&self, id: ObjId) -> String {
        let cls = self.type_of(Value::Obj(id));
        let (qualname, module) = self.class_qualname(cls);
        if module == "builtins" || module == "__main__" {
            qualname
        } else {
            format!("{module}.{qualname}")
        }
    }

    /// The host-facing description of an uncaught exception.
    pub fn python_error(&mut self, id: ObjId) -> PythonError {
        let type_name = self.class_name(self.type_of(Value::Obj(id)));
        let message = self.exception_str(id);
        let traceback = self.format_exception(id);
        let frames = self.traceback_frames(id);
        PythonError {
            type_name,
            message,
            traceback,
            frames,
        }
    }

    /// The frames of an exception's traceback, outermost first.
    pub fn traceback_frames(&self, id: ObjId) -> Vec<TracebackFrame> {
        let tb = self
            .exc_data(id)
            .map(|d| d.traceback.clone())
            .unwrap_or_default();
        tb.iter()
            .filter(|e| e.code != SYNTHETIC_CODE)
            .map(|e| {
                let code = &self.program.codes[e.code as usize];
                let loc = code.locs.get(e.ip as usize).copied().unwrap_or_default();
                // The whole line, so that the 1-based columns index into it.
                let source_line = self
                    .program
                    .source_line(loc.line)
                    .map(|l| l.trim_end().to_string());
                let line_text = self.program.source_line(loc.line).unwrap_or("");
                let end_text = self.program.source_line(loc.end_line).unwrap_or("");
                TracebackFrame {
                    filename: self.program.filename.clone(),
                    line: loc.line,
                    column: char_offset(line_text, loc.col as usize) as u32 + 1,
                    end_line: loc.end_line,
                    end_column: char_offset(end_text, loc.end_col as usize) as u32 + 1,
                    function_name: match code.kind {
                        crate::bytecode::CodeKind::Module => None,
                        _ => Some(code.name.clone()),
                    },
                    source_line,
                }
            })
            .collect()
    }

    /// CPython's full report of an uncaught exception, chained exceptions first.
    pub fn format_exception(&mut self, id: ObjId) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        let mut ctx = TbCtx::default();
        self.format_exception_chain(id, &mut out, &mut seen, 0, &mut ctx);
        out
    }

    fn format_exception_chain(
        &mut self,
        id: ObjId,
        out: &mut String,
        seen: &mut Vec<ObjId>,
        depth: usize,
        ctx: &mut TbCtx,
    ) {
        seen.push(id);
        let (cause, context, suppress) = match self.exc_data(id) {
            Some(d) => (d.cause, d.context, d.suppress_context),
            None => (Value::None, Value::None, false),
        };
        if depth < 100 {
            if let Value::Obj(c) = cause {
                if !seen.contains(&c) {
                    // A chained report keeps the enclosing group's pending closing line.
                    let need_close = ctx.need_close;
                    self.format_exception_chain(c, out, seen, depth + 1, ctx);
                    ctx.need_close = need_close;
                    ctx.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
                }
            } else if let (Value::Obj(c), false) = (context, suppress) {
                if !seen.contains(&c) {
                    let need_close = ctx.need_close;
                    self.format_exception_chain(c, out, seen, depth + 1, ctx);
                    ctx.need_close = need_close;
                    ctx.emit(
                        out,
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                        '|',
                    );
                }
            }
        }
        let tb = self
            .exc_data(id)
            .map(|d| d.traceback.clone())
            .unwrap_or_default();
        let members =
            crate::builtins::exceptions::group_parts(self, Value::Obj(id)).map(|(_, excs)| excs);
        let Some(members) = members else {
            if !tb.is_empty() {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                let mut s = String::new();
                self.format_tb_entries(&tb, &mut s);
                ctx.emit(out, &s, '|');
            }
            let last = self.exception_only(id, &tb);
            ctx.emit(out, &last, '|');
            return;
        };
        // CPython's boxed exception-group layout (traceback.TracebackException.format).
        const MAX_WIDTH: usize = 15;
        const MAX_DEPTH: usize = 10;
        if ctx.group_depth > MAX_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {MAX_DEPTH})\n"), '|');
            return;
        }
        let toplevel = ctx.group_depth == 0;
        if toplevel {
            ctx.group_depth += 1;
        }
        if !tb.is_empty() {
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                if toplevel { '+' } else { '|' },
            );
            let mut s = String::new();
            self.format_tb_entries(&tb, &mut s);
            ctx.emit(out, &s, '|');
        }
        let last = self.exception_only(id, &tb);
        ctx.emit(out, &last, '|');
        let n = if members.len() <= MAX_WIDTH {
            members.len()
        } else {
            MAX_WIDTH + 1
        };
        ctx.need_close = false;
        for i in 0..n {
            let last_exc = i + 1 == n;
            if last_exc {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&ctx.indent());
            out.push_str(if i == 0 { "+-" } else { "  " });
            out.push_str(&format!("+---------------- {title} ----------------\n"));
            ctx.group_depth += 1;
            if !truncated {
                if let Some(Value::Obj(m)) = members.get(i) {
                    if !seen.contains(m) {
                        self.format_exception_chain(*m, out, seen, depth + 1, ctx);
                    }
                }
            } else {
                let remaining = members.len() - MAX_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                ctx.emit(
                    out,
                    &format!("and {remaining} more exception{plural}\n"),
                    '|',
                );
            }
            if last_exc && ctx.need_close {
                out.push_str(&ctx.indent());
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.group_depth -= 1;
        }
        if toplevel {
            ctx.group_depth = 0;
        }
    }

    /// The final `Type: message` line of a report.
    fn exception_only(&mut self, id: ObjId, tb: &[TbEntry]) -> String {
        let ty = self.exception_type_display(id);
        let msg = self.exception_str(id);
        let suggestion = self.suggestion(id, tb);
        let mut out = ty;
        if !msg.is_empty() {
            out.push_str(": ");
            out.push_str(&msg);
        }
        if let Some(s) = suggestion {
            out.push_str(&format!(". Did you mean: '{s}'?"));
        }
        out.push('\n');
        out
    }

    fn format_tb_entries(&self, tb: &[TbEntry], out: &mut String) {
        // CPython collapses runs of more than three identical lines.
        let mut last: Option<(u32, u32, String)> = None;
        let mut count = 0usize;
        for e in tb {
            if e.code == SYNTHETIC_CODE {
                if let Some(f) = ASYNCIO_RUN_FRAMES.get(e.ip as usize) {
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n    {}\n",
                        f.0, f.1, f.2, f.3
                    ));
                    out.push_str(&format!("    {}{}\n", " ".repeat(f.4), "^".repeat(f.5)));
                }
                last = None;
                count = 0;
                continue;
            }
            let code = &self.program.codes[e.code as usize];
            let loc = code.locs.get(e.ip as usize).copied().unwrap_or_default();
            let key = (e.code, loc.line, code.name.clone());
            if last.as_ref() == Some(&key) {
                count += 1;
            } else {
                if count > 3 {
                    let n = count - 3;
                    out.push_str(&format!(
                        "  [Previous line repeated {n} more time{}]\n",
                        if n == 1 { "" } else { "s" }
                    ));
                }
                last = Some(key);
                count = 1;
            }
            if count > 3 {
                continue;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                self.program.filename, loc.line, code.name
            ));
            if let Some(line) = self.program.source_line(loc.line) {
                format_source_line(line, &loc, out);
            }
        }
        if count > 3 {
            let n = count - 3;
            out.push_str(&format!(
                "  [Previous line repeated {n} more time{}]\n",
                if n == 1 { "" } else { "s" }
            ));
        }
    }

    /// The "Did you mean" suggestion for NameError and AttributeError.
    fn suggestion(&mut self, id: ObjId, tb: &[TbEntry]) -> Option<String> {
        let exc = Value::Obj(id);
        if self.exception_is(exc, BuiltinType::AttributeError) {
            let name = self.exc_attr(id, "name").and_then(|n| self.str_value(n))?;
            let obj = self.exc_attr(id, "obj")?;
            let candidates = self.dir_names(obj);
            return calculate_suggestion(&candidates, &name);
        }
        if self.exception_is(exc, BuiltinType::NameError) {
            let name = self.exc_attr(id, "name").and_then(|n| self.str_value(n))?;
            let last = tb.last()?;
            let code = self.program.codes.get(last.code as usize)?;

            let locals: Vec<String> = match code.kind {
                crate::bytecode::CodeKind::Module | crate::bytecode::CodeKind::Class => Vec::new(),
                _ => {
                    let start_free = code
                        .instrs
                        .iter()
                        .find_map(|i| match i {
                            crate::bytecode::Instr::CopyFreeVars(s) => Some(*s as usize),
                            _ => None,
                        })
                        .unwrap_or(code.varnames.len());
                    code.varnames[..start_free.min(code.varnames.len())]
                        .iter()
                        .filter(|v| !v.starts_with('.'))
                        .cloned()
                        .collect()
                }
            };
            if let Some(s) = calculate_suggestion(&locals, &name) {
                return Some(s);
            }
            let mut globals: Vec<String> = names::MODULE_GLOBALS
                .iter()
                .map(|s| s.to_string())
                .collect();
            for (slot, g) in self.program.globals.iter().enumerate() {
                if !self.globals[slot].is_undefined() {
                    globals.push(g.name.clone());
                }
            }
            if let Some(s) = calculate_suggestion(&globals, &name) {
                return Some(s);
            }
            let builtins: Vec<String> = names::BUILTINS.iter().map(|s| s.to_string()).collect();
            return calculate_suggestion(&builtins, &name);
        }
        None
    }

    /// `dir(obj)` as CPython would list it (sorted), for suggestions and `dir()`.
    pub fn dir_names(&mut self, obj: Value) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let add = |out: &mut Vec<String>, s: &str| {
            if !out.iter().any(|x| x == s) {
                out.push(s.to_string());
            }
        };
        let static_dir = |t: BuiltinType| -> Option<&'static [&'static str]> {
            Some(match t {
                BuiltinType::Object => names::DIR_OBJECT,
                BuiltinType::Int => names::DIR_INT,
                BuiltinType::Float => names::DIR_FLOAT,
                BuiltinType::Str => names::DIR_STR,
                BuiltinType::Bytes => names::DIR_BYTES,
                BuiltinType::ByteArray => names::DIR_BYTEARRAY,
                BuiltinType::List => names::DIR_LIST,
                BuiltinType::Tuple => names::DIR_TUPLE,
                BuiltinType::Dict => names::DIR_DICT,
                BuiltinType::Set => names::DIR_SET,
                BuiltinType::FrozenSet => names::DIR_FROZENSET,
                BuiltinType::Range => names::DIR_RANGE,
                BuiltinType::Bool => names::DIR_BOOL,
                BuiltinType::NoneType => names::DIR_NONETYPE,
                BuiltinType::Function => names::DIR_FUNCTION,
                BuiltinType::Type => names::DIR_TYPE,
                t if t.is_exception() => names::DIR_BASEEXCEPTION,
                _ => return None,
            })
        };
        match obj {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Module(m) => {
                    let keys: Vec<String> =
                        m.attrs.keys().filter_map(|k| self.str_value(k)).collect();
                    for k in keys {
                        add(&mut out, &k);
                    }
                }
                Object::Instance(i) => {
                    let cls = i.class;
                    let attrs: Vec<Value> = match &i.attrs {
                        crate::builtins::class::Attrs::Inline(d) => d.keys().collect(),
                        crate::builtins::class::Attrs::Shared(d) => match self.heap.get(*d) {
                            Object::Dict(d) => d.keys().collect(),
                            _ => Vec::new(),
                        },
                    };
                    for k in attrs {
                        if let Some(s) = self.str_value(k) {
                            add(&mut out, &s);
                        }
                    }
                    self.add_class_dir(cls, &mut out, &static_dir);
                }
                Object::Class(_) => {
                    self.add_class_dir(obj, &mut out, &static_dir);
                }
                _ => {
                    let t = self.type_of(obj);
                    self.add_class_dir(t, &mut out, &static_dir);
                }
            },
            Value::Type(_) => self.add_class_dir(obj, &mut out, &static_dir),
            _ => {
                let t = self.type_of(obj);
                self.add_class_dir(t, &mut out, &static_dir);
            }
        }
        out.sort();
        out
    }

    fn add_class_dir(
        &mut self,
        cls: Value,
        out: &mut Vec<String>,
        static_dir: &dyn Fn(BuiltinType) -> Option<&'static [&'static str]>,
    ) {
        let mro = self.mro_of(cls).unwrap_or_default();
        for c in mro {
            match c {
                Value::Type(t) => {
                    if let Some(names) = static_dir(t) {
                        for n in names {
                            if !out.iter().any(|x| x == n) {
                                out.push(n.to_string());
                            }
                        }
                    } else {
                        for n in crate::builtins::type_method_names(t) {
                            if !out.iter().any(|x| x == n) {
                                out.push(n.to_string());
                            }
                        }
                    }
                }
                Value::Obj(id) => {
                    let keys: Vec<Value> = match self.heap.get(id) {
                        Object::Class(c) => c.dict.keys().collect(),
                        _ => Vec::new(),
                    };
                    for k in keys {
                        if let Some(s) = self.str_value(k) {
                            if !out.contains(&s) {
                                out.push(s);
                            }
                        }
                    }
                    for n in ["__dict__", "__module__", "__weakref__"] {
                        if !out.iter().any(|x| x == n) {
                            out.push(n.to_string());
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// The character offset of UTF-8 byte offset `byte` in `line`.
pub(crate) fn char_offset(line: &str, byte: usize) -> usize {
    let b = byte.min(line.len());
    let mut b = b;
    while b > 0 && !line.is_char_boundary(b) {
        b -= 1;
    }
    line[..b].chars().count()
}

/// Writes a traceback's source line and (when informative) its caret line.
fn format_source_line(line: &str, loc: &crate::bytecode::Loc, out: &mut String) {
    let line = line.trim_end_matches(['\r', '\n']);
    let indent: usize = line
        .chars()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    let stripped: String = line.chars().skip(indent).collect::<String>();
    let stripped = stripped.trim_end();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if loc.line == 0 {
        return;
    }
    let full_len = indent + stripped.chars().count();
    let start = char_offset(line, loc.col as usize);
    let (end, anchors) = if loc.line == loc.end_line {
        let end = char_offset(line, loc.end_col as usize);
        let anchors = loc
            .anchor
            .map(|(l, r)| (char_offset(line, l as usize), char_offset(line, r as usize)));
        (end, anchors)
    } else {
        (full_len, None)
    };
    let out_of_line = start < indent || end <= start || end > full_len;
    let tolerable = end > full_len && anchors.is_none() && start >= indent;
    if out_of_line && !tolerable {
        return;
    }
    let end = end.min(full_len);
    if end - start == stripped.chars().count() && anchors.is_none() {
        return;
    }
    out.push_str("    ");
    for _ in indent..start {
        out.push(' ');
    }
    for pos in start..end {
        let c = match anchors {
            Some((l, r)) => {
                if pos >= l && pos < r {
                    '^'
                } else {
                    '~'
                }
            }
            None => '^',
        };
        out.push(c);
    }
    out.push('\n');
}

/// The code index that marks a traceback entry of one of asyncio's own frames.
const SYNTHETIC_CODE: u32 = u32::MAX;

/// The frames of CPython 3.11's `asyncio.run` that an uncaught exception passes through: file
/// (the standard library's directory shown as `<stdlib>`), line, function, source line, and the
/// caret column and width.
const ASYNCIO_RUN_FRAMES: [(&str, u32, &str, &str, usize, usize); 3] = [
    (
        "<stdlib>/asyncio/runners.py",
        190,
        "run",
        "return runner.run(main)",
        7,
        16,
    ),
    (
        "<stdlib>/asyncio/runners.py",
        118,
        "run",
        "return self._loop.run_until_complete(task)",
        7,
        35,
    ),
    (
        "<stdlib>/asyncio/base_events.py",
        653,
        "run_until_complete",
        "return future.result()",
        7,
        15,
    ),
];

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's Levenshtein distance for suggestions (moves cost 2, case flips 1).
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The best candidate for a misspelt `name`, as CPython picks it.
pub(crate) fn calculate_suggestion(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= 750 {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        let max = max.min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_match_cpython_examples() {
        let c = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            calculate_suggestion(&c(&["upper", "lower"]), "uper"),
            Some("upper".into())
        );
        assert_eq!(
            calculate_suggestion(&c(&["length"]), "lenght"),
            Some("length".into())
        );
        assert_eq!(calculate_suggestion(&c(&["abc"]), "xyz"), None);
    }
}

/// Indentation state of an exception-group report.
#[derive(Default)]
struct TbCtx {
    group_depth: usize,
    need_close: bool,
}

impl TbCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// Appends `text`, every line prefixed with the group margin when inside a group.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.group_depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}
