//! Calling: argument binding, Python frames, classes, natives and host functions, and the
//! continuations (`OnReturn`) applied when a called frame returns.

use smallvec::SmallVec;

use super::{Flow, Frame, OnReturn, Vm};
use crate::builtins::class::{c3_merge, Class, Instance, Payload};
use crate::builtins::dict::Dict;
use crate::builtins::exceptions::ExcData;
use crate::builtins::function::{BoundMethod, Function};
use crate::builtins::generator::{GenKind, GenState, Generator};
use crate::builtins::{Args, Builtin};
use crate::bytecode::Code;
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::types::BuiltinType;
use crate::value::Value;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!(
            "{}, {}, and {}",
            quoted[..n - 2].join(", "),
            quoted[n - 2],
            quoted[n - 1]
        ),
    }
}

/// What `create_class` needs to make a class.
pub struct ClassSpec {
    pub name: String,
    pub qualname: String,
    pub module: String,
    /// The bases as written (`object` is implied when empty).
    pub bases: Vec<Value>,
    pub dict: Dict,
    /// The metaclass, `Undefined` for `type`.
    pub meta: Value,
    /// Created by native code (which may derive metaclasses from `type`).
    pub native: bool,
    /// See `Class::dotted_name`.
    pub dotted_name: bool,
}

impl Vm {
    /// `Call(n)` and `CallKw`: the callable sits below `n` arguments.
    pub(crate) fn call_instr(
        &mut self,
        n: usize,
        _extra: usize,
        kwnames: Option<u32>,
    ) -> PyResult<Flow> {
        let len = self.stack.len();
        let callable_pos = len - n - 1;
        let callable = self.stack[callable_pos];
        if kwnames.is_none() {
            if let Some(flow) = self.try_fast_call(callable, callable_pos + 1, n, callable_pos)? {
                return Ok(flow);
            }
        }
        let args = self.collect_args(callable_pos + 1, n, kwnames)?;
        self.stack.truncate(callable_pos);
        self.call_value(callable, args, OnReturn::Push)
    }

    /// `CallMethod(n)`: `method, self_or_Undefined, args...`.
    pub(crate) fn call_method_instr(&mut self, n: usize, kwnames: Option<u32>) -> PyResult<Flow> {
        let len = self.stack.len();
        let meth_pos = len - n - 2;
        let meth = self.stack[meth_pos];
        let receiver = self.stack[meth_pos + 1];
        if receiver.is_undefined() {
            if kwnames.is_none() {
                if let Some(flow) = self.try_fast_call(meth, meth_pos + 2, n, meth_pos)? {
                    return Ok(flow);
                }
            }
            let args = self.collect_args(meth_pos + 2, n, kwnames)?;
            self.stack.truncate(meth_pos);
            return self.call_value(meth, args, OnReturn::Push);
        }
        if kwnames.is_none() {
            if let Value::Builtin(b) = meth {
                let args = Args::new(&self.stack[meth_pos + 1..]);
                self.stack.truncate(meth_pos);
                if matches!(b, Builtin::Str(crate::builtins::str::StrMethod::Join)) {
                    if let Some(flow) = self.drain_flow(meth, &args)? {
                        return Ok(flow);
                    }
                }
                let v = self.call_builtin(b, &args)?;
                return Ok(Flow::Value(v));
            }
            if let Some(flow) = self.try_fast_call(meth, meth_pos + 1, n + 1, meth_pos)? {
                return Ok(flow);
            }
        }
        let args = self.collect_args(meth_pos + 1, n + 1, kwnames)?;
        self.stack.truncate(meth_pos);
        self.call_value(meth, args, OnReturn::Push)
    }

    /// `CallEx`: `callable, args_tuple[, kwargs_dict]`.
    pub(crate) fn call_ex_instr(&mut self, has_kw: bool) -> PyResult<Flow> {
        let kwargs = if has_kw { self.pop() } else { Value::None };
        let pos = self.pop();
        let callable = self.pop();
        let mut args = Args::default();
        match pos {
            Value::Obj(id) if matches!(self.heap.get(id), Object::Tuple(_) | Object::List(_)) => {
                if let Object::Tuple(items) | Object::List(items) = self.heap.get(id) {
                    args.pos.extend_from_slice(items);
                }
            }
            // `f(*x)` passes `x` itself.
            other => {
                if !self.is_iterable(other)? {
                    let t = self.type_name(other);
                    let f = self.function_str(callable);
                    return Err(Exc::type_error(format!(
                        "{f} argument after * must be an iterable, not {t}"
                    )));
                }
                args.pos.extend(self.collect(other)?);
            }
        }
        if let Value::Obj(id) = kwargs {
            if let Object::Dict(d) = self.heap.get(id) {
                for e in d.iter() {
                    args.kw.push((e.key, e.value));
                }
            }
            for (k, _) in &args.kw {
                if self.str_value(*k).is_none() {
                    return Err(Exc::type_error("keywords must be strings"));
                }
            }
        }
        self.call_value(callable, args, OnReturn::Push)
    }

    fn collect_args(&self, start: usize, n: usize, kwnames: Option<u32>) -> PyResult<Args> {
        let vals = &self.stack[start..start + n];
        match kwnames {
            None => Ok(Args::new(vals)),
            Some(k) => {
                let names: SmallVec<[Value; 4]> = match self.consts[k as usize] {
                    Value::Obj(id) => match self.heap.get(id) {
                        Object::Tuple(items) => items.iter().copied().collect(),
                        _ => SmallVec::new(),
                    },
                    _ => SmallVec::new(),
                };
                let npos = n - names.len();
                let mut args = Args::new(&vals[..npos]);
                for (i, name) in names.iter().enumerate() {
                    args.kw.push((*name, vals[npos + i]));
                }
                Ok(args)
            }
        }
    }

    /// Calls a plain Python function whose arguments are already in place on the stack, when
    /// no binding work is needed beyond defaults. This is the path of nearly every Python call,
    /// so it avoids work the common case does not need (defaults, growing the locals).
    fn try_fast_call(
        &mut self,
        callable: Value,
        args_start: usize,
        n: usize,
        ret_sp: usize,
    ) -> PyResult<Option<Flow>> {
        self.fast_call_with(callable, args_start, n, ret_sp, OnReturn::Push)
    }

    #[inline(always)]
    fn fast_call_with(
        &mut self,
        callable: Value,
        args_start: usize,
        n: usize,
        ret_sp: usize,
        on_return: OnReturn,
    ) -> PyResult<Option<Flow>> {
        let Value::Obj(id) = callable else {
            return Ok(None);
        };
        let Object::Function(f) = self.heap.get(id) else {
            return Ok(None);
        };
        let code_idx = f.code;
        let ndefaults = f.defaults.len();
        let Some(code) = self.program.codes.get(code_idx as usize) else {
            return Ok(None);
        };
        if code.is_generator
            || code.is_coroutine
            || code.has_varargs
            || code.has_varkw
            || code.kwonlyargcount != 0
        {
            return Ok(None);
        }
        let argcount = code.argcount as usize;
        let nlocals = code.nlocals();
        if n != argcount {
            if n > argcount || n + ndefaults < argcount {
                return Ok(None);
            }
            let Object::Function(f) = self.heap.get(id) else {
                return Ok(None);
            };
            let first_default = ndefaults - (argcount - n);
            let defaults: SmallVec<[Value; 4]> =
                f.defaults[first_default..].iter().copied().collect();
            self.stack.truncate(args_start + n);
            self.stack.extend_from_slice(&defaults);
        }
        if nlocals > argcount {
            self.stack.resize(args_start + nlocals, Value::Undefined);
        }
        self.push_frame(Frame {
            code: code_idx,
            ip: 0,
            base: args_start as u32,
            ret_sp: ret_sp as u32,
            func: callable,
            namespace: Value::Undefined,
            on_return,
            gen: None,
            saved_exc_info: Value::None,
        })?;
        Ok(Some(Flow::Frame))
    }

    /// Calls `callable` with `args`; the result goes through `on_return`.
    pub fn call_value(
        &mut self,
        callable: Value,
        args: Args,
        on_return: OnReturn,
    ) -> PyResult<Flow> {
        match callable {
            Value::Builtin(b) => {
                if matches!(on_return, OnReturn::Push) {
                    if let Some(flow) = self.drain_flow(callable, &args)? {
                        return Ok(flow);
                    }
                }
                if let Some(flow) = self.call_builtin_flow(b, &args, &on_return)? {
                    return Ok(flow);
                }
                // Only a call whose result is simply pushed can be continued by a frame.
                self.tail_ok = matches!(on_return, OnReturn::Push);
                let r = b.call(self, &args);
                self.tail_ok = false;
                let tail = self.tail.take();
                let v = r?;
                if let Some((callable, args, then)) = tail {
                    let on = match then {
                        Some((func, ctx)) => OnReturn::NativeThen { func, ctx },
                        None => on_return,
                    };
                    return self.call_value(callable, args, on);
                }
                self.resolve(on_return, v)
            }
            Value::Type(t) => {
                if matches!(on_return, OnReturn::Push) {
                    if let Some(flow) = self.drain_flow(callable, &args)? {
                        return Ok(flow);
                    }
                }
                let v = crate::builtins::object::construct(self, t, &args)?;
                self.resolve(on_return, v)
            }
            Value::Obj(id) => match self.heap.get(id) {
                Object::Function(_) => self.call_function(id, args, on_return),
                Object::BoundMethod(m) => {
                    let BoundMethod { func, receiver } = *m;
                    let mut args = args;
                    args.pos.insert(0, receiver);
                    self.call_value(func, args, on_return)
                }
                Object::Class(c) => {
                    if !matches!(c.meta, Value::Undefined) {
                        if let Some(m) = self.lookup_user(callable, "__call__")? {
                            return self.call_value(m, args, on_return);
                        }
                    }
                    self.call_class(callable, args, on_return)
                }
                Object::External(name) => {
                    let name = name.clone();
                    self.external_call(name, args)?;
                    Ok(Flow::Done)
                }
                Object::StaticMethod(f) => {
                    let f = *f;
                    self.call_value(f, args, on_return)
                }
                Object::Instance(_) => match self.lookup_special(callable, "__call__")? {
                    Some(call) => self.call_value(call, args, on_return),
                    None => Err(self.not_callable(callable)),
                },
                _ => Err(self.not_callable(callable)),
            },
            _ => Err(self.not_callable(callable)),
        }
    }

    pub(crate) fn not_callable(&self, v: Value) -> Exc {
        Exc::type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Calls a builtin natively.
    pub fn call_builtin(&mut self, b: Builtin, args: &Args) -> PyResult<Value> {
        self.tail_ok = false;
        b.call(self, args)
    }

    /// Whether the native function just entered was called from bytecode in a way that lets it
    /// hand a call back to the VM with [`Vm::tail_call`] instead of running it in a nested loop
    /// (so Python recursion through it, e.g. a recursive `@lru_cache` function, is not limited
    /// by the nesting depth). Must be asked first thing, before any other VM call.
    pub fn take_tail_ok(&mut self) -> bool {
        std::mem::replace(&mut self.tail_ok, false)
    }

    /// Asks the VM to call `callable(args)` when the current native function returns (its own
    /// return value is then ignored); the call's result, passed through `then` as
    /// `then.0(then.1, result)` when given, becomes the native function's result. Only allowed
    /// when [`Vm::take_tail_ok`] said so.
    pub fn tail_call(&mut self, callable: Value, args: Args, then: Option<(Value, Value)>) {
        self.tail = Some((callable, args, then));
    }

    /// Builtins that must not recurse on the Rust stack when called from bytecode: stepping a
    /// generator (`next(gen)`, `gen.send(v)`), and `asyncio.run`.
    fn call_builtin_flow(
        &mut self,
        b: Builtin,
        args: &Args,
        on_return: &OnReturn,
    ) -> PyResult<Option<Flow>> {
        use crate::builtins::functions::Func;
        use crate::builtins::generator::GeneratorMethod as G;
        if !matches!(on_return, OnReturn::Push) || !args.kw.is_empty() {
            return Ok(None);
        }
        let (gen, resume) = match b {
            Builtin::Func(Func::Next) if args.len() == 1 => {
                (args.pos[0], super::Resume::Value(Value::None))
            }
            Builtin::Generator(G::Next) if args.len() == 1 => {
                (args.pos[0], super::Resume::Value(Value::None))
            }
            Builtin::Generator(G::Send) if args.len() == 2 => {
                (args.pos[0], super::Resume::Value(args.pos[1]))
            }
            Builtin::Module(crate::modules::ModuleFn::Asyncio(
                crate::modules::asyncio::AsyncioFn::Func(crate::modules::asyncio::Func::Run),
            )) if args.len() == 1 => {
                return self.asyncio_run(args.pos[0]).map(Some);
            }
            _ => return Ok(None),
        };
        if self.gen_kind(gen) != Some(GenKind::Generator)
            && !matches!(b, Builtin::Generator(G::Send))
        {
            return Ok(None);
        }
        if self.gen_kind(gen).is_none() {
            return Ok(None);
        }
        self.resume_generator(gen, resume, OnReturn::GenNext { for_iter: None })?;
        Ok(Some(Flow::Frame))
    }

    /// A built-in that consumes a whole iterable, called on a generator: runs the generator in
    /// frames (see [`OnReturn::Drain`]) so that host calls inside it can pause the run, as they
    /// can in a `for` loop. `None` when the call is not of that kind.
    fn drain_flow(&mut self, callee: Value, args: &Args) -> PyResult<Option<Flow>> {
        use crate::builtins::functions::Func;
        use crate::builtins::str::StrMethod;
        let n = args.pos.len();
        let no_kw = args.kw.is_empty();
        let (at, test) = match callee {
            Value::Type(
                BuiltinType::List
                | BuiltinType::Tuple
                | BuiltinType::Set
                | BuiltinType::FrozenSet
                | BuiltinType::Dict,
            ) if n == 1 => (0, None),
            Value::Builtin(Builtin::Func(Func::Sum)) if (1..=2).contains(&n) => (0, None),
            Value::Builtin(Builtin::Func(Func::Sorted | Func::Min | Func::Max)) if n == 1 => {
                (0, None)
            }
            Value::Builtin(Builtin::Func(Func::Any)) if n == 1 && no_kw => (0, Some(true)),
            Value::Builtin(Builtin::Func(Func::All)) if n == 1 && no_kw => (0, Some(false)),
            Value::Builtin(Builtin::Str(StrMethod::Join)) if n == 2 && no_kw => (1, None),
            _ => return Ok(None),
        };
        let gen = args.pos[at];
        let resumable = match gen {
            Value::Obj(id) => matches!(
                self.heap.get(id),
                Object::Generator(g) if g.kind == GenKind::Generator
                    && matches!(g.state, GenState::Created | GenState::Suspended)
            ),
            _ => false,
        };
        if !resumable {
            return Ok(None);
        }
        let on_return = match test {
            Some(stop_on) => OnReturn::DrainTest { stop_on },
            None => {
                let mut rest: Vec<Value> = args.pos.to_vec();
                rest.remove(at);
                OnReturn::Drain(Box::new(super::Drain {
                    items: self.new_list(Vec::new())?,
                    callee,
                    args: rest,
                    at: at as u8,
                    kw: args.kw.to_vec(),
                }))
            }
        };
        self.resume_generator(gen, super::Resume::Value(Value::None), on_return)?;
        Ok(Some(Flow::Frame))
    }

    /// Calls a callable from native code and runs it to completion (a nested dispatch loop).
    pub fn call(&mut self, callable: Value, args: &[Value]) -> PyResult<Value> {
        if let Some(r) = self.try_fast_nested(callable, args) {
            return r;
        }
        self.call_args(callable, Args::new(args))
    }

    /// [`Vm::call`] of a plain Python function with positional arguments (a `key=` function,
    /// say): the arguments go straight onto the stack as the new frame's locals. `None` when
    /// the callable needs the general path.
    #[inline]
    fn try_fast_nested(&mut self, callable: Value, args: &[Value]) -> Option<PyResult<Value>> {
        if !matches!(callable, Value::Obj(_)) {
            return None;
        }
        let depth = self.frames.len();
        let base = self.stack.len();
        self.stack.extend_from_slice(args);
        match self.fast_call_with(callable, base, args.len(), base, OnReturn::ExitNested) {
            Ok(Some(_)) => Some(self.run_nested(depth)),
            Ok(None) => {
                self.stack.truncate(base);
                None
            }
            Err(e) => {
                self.stack.truncate(base);
                Some(Err(e))
            }
        }
    }

    pub fn call_args(&mut self, callable: Value, args: Args) -> PyResult<Value> {
        if let Value::Builtin(b) = callable {
            return self.call_builtin(b, &args);
        }
        if args.kw.is_empty() {
            if let Some(r) = self.try_fast_nested(callable, &args.pos) {
                return r;
            }
        }
        let depth = self.frames.len();
        match self.call_value(callable, args, OnReturn::ExitNested)? {
            Flow::Value(v) => Ok(v),
            Flow::Done => {
                if self.pending.is_some() {
                    self.pending = None;
                    return Err(self.nested_external_error());
                }
                Ok(self.pop())
            }
            Flow::Frame => self.run_nested(depth),
            Flow::Blocked => Err(Exc::internal("unexpected wait")),
        }
    }

    /// Runs the frame pushed at index `depth` (and whatever it calls) to completion.
    pub(crate) fn run_nested(&mut self, depth: usize) -> PyResult<Value> {
        if self.nested >= super::MAX_NESTED || !crate::limits::stack_has_room() {
            // Drop the frame we were about to run.
            self.frames.truncate(depth);
            return Err(Exc::new(
                BuiltinType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.nested += 1;
        let exit = self.run_loop(depth);
        self.nested -= 1;
        match exit {
            super::LoopExit::Returned(v) => Ok(v),
            super::LoopExit::Raised(e) => Err(e),
            super::LoopExit::Yield => Err(Exc::internal("a nested loop yielded")),
            super::LoopExit::Blocked | super::LoopExit::External => {
                self.frames.truncate(depth);
                self.pending = None;
                Err(self.nested_external_error())
            }
        }
    }

    fn nested_external_error(&self) -> Exc {
        Exc::runtime_error(
            "montybox cannot pause for a host call or an await inside a callback that a built-in \
             function runs (such as a key= function or a __repr__); call the host function in \
             ordinary code instead",
        )
    }

    /// Calls `callable(args)` and applies `on_return` to the result (which may come later).
    pub fn call_flow(
        &mut self,
        callable: Value,
        args: &[Value],
        on_return: OnReturn,
    ) -> PyResult<Flow> {
        self.call_value(callable, Args::new(args), on_return)
    }

    fn call_function(&mut self, id: ObjId, args: Args, on_return: OnReturn) -> PyResult<Flow> {
        let Object::Function(f) = self.heap.get(id) else {
            return Err(Exc::internal("not a function"));
        };
        let code_idx = f.code;
        let program = self.program.clone();
        let code = &program.codes[code_idx as usize];
        let locals = self.bind_args(id, code, args)?;
        if code.is_generator || code.is_coroutine {
            let kind = match (code.is_generator, code.is_coroutine) {
                (true, true) => GenKind::AsyncGenerator,
                (false, true) => GenKind::Coroutine,
                _ => GenKind::Generator,
            };
            let (name, qualname) = match self.heap.get(id) {
                Object::Function(f) => (f.name.clone(), f.qualname.clone()),
                _ => (String::new(), String::new()),
            };
            let gen = self.alloc_obj(Object::Generator(Box::new(Generator {
                kind,
                code: code_idx,
                name,
                qualname,
                frame: None,
                stack: locals,
                state: GenState::Created,
                exc_info: Value::None,
                yield_from: Value::None,
            })))?;
            if let Object::Generator(g) = self.heap.get_mut(gen) {
                g.frame = Some(Frame {
                    code: code_idx,
                    ip: 0,
                    base: 0,
                    ret_sp: 0,
                    func: Value::Obj(id),
                    namespace: Value::Undefined,
                    on_return: OnReturn::Push,
                    gen: Some(gen),
                    saved_exc_info: Value::None,
                });
            }
            return self.resolve(on_return, Value::Obj(gen));
        }
        let base = self.stack.len();
        self.stack.extend_from_slice(&locals);
        self.push_frame(Frame {
            code: code_idx,
            ip: 0,
            base: base as u32,
            ret_sp: base as u32,
            func: Value::Obj(id),
            namespace: Value::Undefined,
            on_return,
            gen: None,
            saved_exc_info: Value::None,
        })?;
        Ok(Flow::Frame)
    }

    /// Binds call arguments to a function's parameters as CPython does (with its messages).
    fn bind_args(&mut self, func_id: ObjId, code: &Code, args: Args) -> PyResult<Vec<Value>> {
        let (defaults, kwdefaults, qualname) = match self.heap.get(func_id) {
            Object::Function(f) => (f.defaults.clone(), f.kwdefaults, f.qualname.clone()),
            _ => return Err(Exc::internal("not a function")),
        };
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let mut locals = vec![Value::Undefined; code.nlocals()];
        let given = args.pos.len();
        for (i, v) in args.pos.iter().take(argcount).enumerate() {
            locals[i] = *v;
        }
        let mut slot = argcount + kwonly;
        if code.has_varargs {
            let extra: Vec<Value> = args.pos.iter().skip(argcount).copied().collect();
            locals[slot] = self.new_tuple(extra)?;
            slot += 1;
        }
        let mut kwdict: Option<Dict> = if code.has_varkw {
            Some(Dict::new())
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in &args.kw {
            let name = self.str_value(*k).unwrap_or_default();
            let pos = code.varnames[posonly..argcount + kwonly]
                .iter()
                .position(|n| *n == name);
            match pos {
                Some(p) => {
                    let i = p + posonly;
                    if !locals[i].is_undefined() {
                        return Err(Exc::type_error(format!(
                            "{qualname}() got multiple values for argument '{name}'"
                        )));
                    }
                    locals[i] = *v;
                }
                None => match kwdict.as_mut() {
                    Some(d) => {
                        let key = *k;
                        self.dict_set_in(d, key, *v)?;
                    }
                    None => {
                        if code.varnames[..posonly].contains(&name) {
                            posonly_as_kw.push(name);
                        } else {
                            return Err(Exc::type_error(format!(
                                "{qualname}() got an unexpected keyword argument '{name}'"
                            )));
                        }
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(Exc::type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(d) = kwdict {
            locals[slot] = self.alloc(Object::Dict(d))?;
        }
        if given > argcount && !code.has_varargs {
            let kwonly_given = (argcount..argcount + kwonly)
                .filter(|&i| !locals[i].is_undefined())
                .count();
            let (sig, plural_s) = if !defaults.is_empty() {
                (
                    format!("from {} to {}", argcount - defaults.len(), argcount),
                    true,
                )
            } else {
                (argcount.to_string(), argcount != 1)
            };
            let kw_sig = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    plural(given),
                    kwonly_given,
                    plural(kwonly_given)
                )
            } else {
                String::new()
            };
            return Err(Exc::type_error(format!(
                "{qualname}() takes {sig} positional argument{} but {given}{kw_sig} {} given",
                if plural_s { "s" } else { "" },
                if given == 1 && kwonly_given == 0 {
                    "was"
                } else {
                    "were"
                }
            )));
        }
        // Defaults for missing positional parameters.
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing: Vec<String> = Vec::new();
        for i in 0..argcount {
            if locals[i].is_undefined() {
                if i >= first_default {
                    locals[i] = defaults[i - first_default];
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(Exc::type_error(format!(
                "{qualname}() missing {} required positional argument{}: {}",
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
        for (i, name) in code
            .varnames
            .iter()
            .enumerate()
            .take(argcount + kwonly)
            .skip(argcount)
        {
            if locals[i].is_undefined() {
                let default = match kwdefaults {
                    Value::Obj(d) => self.dict_get_str(d, name),
                    _ => None,
                };
                match default {
                    Some(v) => locals[i] = v,
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(Exc::type_error(format!(
                "{qualname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
        Ok(locals)
    }

    /// `MakeFunction`.
    pub(crate) fn make_function(&mut self, code_idx: u32, flags: u32) -> PyResult<Value> {
        let closure = if flags & 8 != 0 {
            self.pop()
        } else {
            Value::None
        };
        let annotations = if flags & 4 != 0 {
            self.pop()
        } else {
            Value::None
        };
        let kwdefaults = if flags & 2 != 0 {
            self.pop()
        } else {
            Value::None
        };
        let defaults = if flags & 1 != 0 {
            self.pop()
        } else {
            Value::None
        };
        let tuple_items = |vm: &Vm, v: Value| -> Vec<Value> {
            match v {
                Value::Obj(id) => match vm.heap.get(id) {
                    Object::Tuple(items) => items.clone(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            }
        };
        let code = &self.program.codes[code_idx as usize];
        let (name, qualname) = (code.name.clone(), code.qualname.clone());
        let doc = match &code.docstring {
            Some(d) => {
                let d = d.clone();
                self.new_str(d)?
            }
            None => Value::None,
        };
        let func = Function {
            code: code_idx,
            name,
            qualname,
            defaults: tuple_items(self, defaults),
            kwdefaults,
            closure: tuple_items(self, closure),
            annotations,
            dict: Value::Undefined,
            doc,
        };
        self.alloc(Object::Function(Box::new(func)))
    }

    /// `BuildClass`: runs the class body; the class is built when it returns.
    pub(crate) fn build_class_instr(&mut self, code_idx: u32) -> PyResult<()> {
        let kwargs = self.pop();
        let bases = self.pop();
        let closure = self.pop();
        let namespace = match self.prepare_namespace(bases, code_idx)? {
            Some(ns) => ns,
            None => self.alloc(Object::Dict(Dict::new()))?,
        };
        let func = if closure.is_none() {
            Value::Undefined
        } else {
            let cells = match closure {
                Value::Obj(id) => match self.heap.get(id) {
                    Object::Tuple(items) => items.clone(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            let code = &self.program.codes[code_idx as usize];
            let f = Function {
                code: code_idx,
                name: code.name.clone(),
                qualname: code.qualname.clone(),
                defaults: Vec::new(),
                kwdefaults: Value::None,
                closure: cells,
                annotations: Value::None,
                dict: Value::Undefined,
                doc: Value::None,
            };
            self.alloc(Object::Function(Box::new(f)))?
        };
        let nlocals = self.program.codes[code_idx as usize].nlocals();
        let base = self.stack.len();
        self.stack.resize(base + nlocals, Value::Undefined);
        self.push_frame(Frame {
            code: code_idx,
            ip: 0,
            base: base as u32,
            ret_sp: base as u32,
            func,
            namespace,
            on_return: OnReturn::ClassBody {
                bases,
                kwargs,
                code: code_idx,
            },
            gen: None,
            saved_exc_info: Value::None,
        })
    }

    /// The namespace a base's native metaclass prepares for the class body (`enum` tracks
    /// member definitions), or `None` for a plain dict.
    fn prepare_namespace(&mut self, bases: Value, code_idx: u32) -> PyResult<Option<Value>> {
        let items = match bases {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Tuple(items) => items.clone(),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        for b in items {
            let meta = match b {
                Value::Obj(id) => match self.heap.get(id) {
                    Object::Class(c) => c.meta,
                    _ => continue,
                },
                _ => continue,
            };
            if !matches!(meta, Value::Obj(_)) {
                continue;
            }
            if let Some(prepare) = self.lookup_in_namespaces(meta, "__prepare__") {
                let name = self.program.codes[code_idx as usize].name.clone();
                let name_v = self.new_str(name)?;
                return self.call(prepare, &[meta, name_v, bases]).map(Some);
            }
        }
        Ok(None)
    }

    /// Replaces bases that are not classes but define `__mro_entries__` (`Generic[T]`,
    /// `typing.NamedTuple`) by the classes it returns; records `__orig_bases__` when it did.
    fn resolve_mro_entries(&mut self, bases: Value, dict: &mut Dict) -> PyResult<Vec<Value>> {
        let items: Vec<Value> = match bases {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Tuple(items) => items.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let mut out = Vec::with_capacity(items.len());
        let mut changed = false;
        for b in &items {
            let is_instance =
                matches!(b, Value::Obj(id) if matches!(self.heap.get(*id), Object::Instance(_)));
            if is_instance {
                if let Some(m) = self.lookup_user(*b, "__mro_entries__")? {
                    let r = self.call(m, &[bases])?;
                    match self.seq_items(r) {
                        Some(entries) if self.kind(r) == super::ops::Kind::Tuple => {
                            out.extend(entries)
                        }
                        _ => return Err(Exc::type_error("__mro_entries__ must return a tuple")),
                    }
                    changed = true;
                    continue;
                }
            }
            out.push(*b);
        }
        if changed {
            self.dict_insert_str(dict, "__orig_bases__", bases)?;
        }
        Ok(out)
    }

    /// Creates a class object from a finished class body.
    fn finish_class(
        &mut self,
        namespace: Value,
        bases: Value,
        kwargs: Value,
        code_idx: u32,
    ) -> PyResult<Value> {
        let name = self.program.codes[code_idx as usize].name.clone();
        let namespace = match self.native_data(namespace).and_then(|d| d.namespace_dict()) {
            Some(d) => Value::Obj(d),
            None => namespace,
        };
        let mut dict = match namespace {
            Value::Obj(id) => match self.heap.get_mut(id) {
                Object::Dict(d) => std::mem::take(d),
                _ => Dict::new(),
            },
            _ => Dict::new(),
        };
        let base_list: Vec<Value> = self.resolve_mro_entries(bases, &mut dict)?;
        // Keywords: `metaclass=type` is accepted; others go to __init_subclass__.
        let mut init_subclass_kw: Vec<(Value, Value)> = Vec::new();
        if let Value::Obj(id) = kwargs {
            if let Object::Dict(d) = self.heap.get(id) {
                for e in d.iter() {
                    init_subclass_kw.push((e.key, e.value));
                }
            }
        }
        let mut kept = Vec::new();
        let mut explicit_meta = None;
        for (k, v) in init_subclass_kw {
            if self.str_eq_literal(k, "metaclass") {
                if !self.is_metaclass(v) {
                    return Err(Exc::type_error(
                        "montybox does not support metaclasses other than type and the standard library's",
                    ));
                }
                explicit_meta = Some(v);
            } else {
                kept.push((k, v));
            }
        }
        // The metaclass: the explicit one or the most derived among the bases' metaclasses.
        let mut meta = match explicit_meta {
            Some(Value::Type(BuiltinType::Type)) | None => Value::Undefined,
            Some(m) => m,
        };
        for b in &base_list {
            let bm = match b {
                Value::Obj(id) => match self.heap.get(*id) {
                    Object::Class(c) => c.meta,
                    _ => Value::Undefined,
                },
                _ => Value::Undefined,
            };
            if matches!(bm, Value::Undefined) || bm.is(meta) {
                continue;
            }
            if matches!(meta, Value::Undefined) || self.is_subclass(bm, meta) {
                meta = bm;
            } else if !self.is_subclass(meta, bm) {
                return Err(Exc::type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
        let qualname = match self.dict_remove_str(&mut dict, "__qualname__")? {
            Some(q) => self.str_value(q).unwrap_or_else(|| name.clone()),
            None => name.clone(),
        };
        let classcell = self.dict_remove_str(&mut dict, "__classcell__")?;
        if self.dict_lookup_str(&dict, "__eq__").is_some()
            && self.dict_lookup_str(&dict, "__hash__").is_none()
        {
            self.dict_insert_str(&mut dict, "__hash__", Value::None)?;
        }
        let cls = self.create_class(ClassSpec {
            name: name.clone(),
            qualname,
            module: "__main__".to_string(),
            bases: base_list.clone(),
            dict,
            meta,
            native: false,
            dotted_name: false,
        })?;
        let id = match cls {
            Value::Obj(id) => id,
            _ => return Err(Exc::internal("class creation gave a non-object")),
        };
        if let Some(cell) = classcell {
            self.cell_set(cell, Value::Obj(id));
        }
        let cls = Value::Obj(id);
        // __set_name__ on descriptors, then the parent's __init_subclass__.
        let entries: Vec<(Value, Value)> = match self.heap.get(id) {
            Object::Class(c) => c.dict.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        for (k, v) in entries {
            if let Value::Obj(vid) = v {
                if matches!(self.heap.get(vid), Object::Instance(_)) {
                    if let Some(set_name) = self.lookup_special(v, "__set_name__")? {
                        if let Err(e) = self.call(set_name, &[cls, k]) {
                            // CPython 3.11 wraps the error, keeping it as the cause.
                            if e.is_fatal() {
                                return Err(e);
                            }
                            let cause = self.materialize(e)?;
                            let msg = format!(
                                "Error calling __set_name__ on '{}' instance {} in '{}'",
                                self.type_name(v),
                                self.repr(k)?,
                                self.class_name(cls)
                            );
                            let wrapped = self.new_exception(BuiltinType::RuntimeError, &msg)?;
                            self.set_exception_attr(wrapped, "__cause__", Value::Obj(cause))?;
                            return Err(Exc::Object(wrapped));
                        }
                    }
                }
            }
        }
        let parent_hook = self.lookup_in_mro_from(cls, "__init_subclass__", 1)?;
        match parent_hook {
            Some(hook) if !matches!(hook, Value::Builtin(_)) => {
                let func = match hook {
                    Value::Obj(h) => match self.heap.get(h) {
                        Object::ClassMethod(f) => *f,
                        _ => hook,
                    },
                    other => other,
                };
                let mut args = Args::new(&[cls]);
                args.kw.extend(kept);
                self.call_args(func, args)?;
            }
            _ => {
                if !kept.is_empty() {
                    let n = self.class_name(cls);
                    return Err(Exc::type_error(format!(
                        "{n}.__init_subclass__() takes no keyword arguments"
                    )));
                }
            }
        }
        // A native metaclass finishes the class (`enum.EnumType` turns attributes into members).
        if let Value::Obj(_) = meta {
            if let Some(init) = self.lookup_in_namespaces(meta, "__init__") {
                let name_v = self.new_str(name)?;
                let bases_v = self.new_tuple(base_list)?;
                self.call(init, &[cls, name_v, bases_v, Value::None])?;
            }
        }
        Ok(cls)
    }

    /// Validates the bases, computes the MRO and instance layout, and allocates a class.
    pub(crate) fn create_class(&mut self, spec: ClassSpec) -> PyResult<Value> {
        let ClassSpec {
            name,
            qualname,
            module,
            bases: mut base_list,
            dict,
            meta,
            native,
            dotted_name,
        } = spec;
        let meta = match meta {
            Value::None | Value::Type(BuiltinType::Type) => Value::Undefined,
            m => m,
        };
        for b in &base_list {
            match b {
                Value::Type(t) if t.subclassable() => {}
                Value::Type(BuiltinType::Type) if native => {}
                Value::Type(BuiltinType::Type) => {
                    return Err(Exc::type_error(
                        "montybox does not support user-defined metaclasses (subclassing 'type')",
                    ))
                }
                Value::Type(t) => {
                    return Err(Exc::type_error(format!(
                        "type '{}' is not an acceptable base type",
                        t.name()
                    )))
                }
                Value::Obj(id) if matches!(self.heap.get(*id), Object::Class(_)) => {}
                _ => return Err(Exc::type_error("bases must be types")),
            }
        }
        for (i, b) in base_list.iter().enumerate() {
            if base_list[..i].iter().any(|x| x.is(*b)) {
                let n = self.class_name(*b);
                return Err(Exc::type_error(format!("duplicate base class {n}")));
            }
        }
        if base_list.is_empty() {
            base_list.push(Value::Type(BuiltinType::Object));
        }
        let mut seqs: Vec<Vec<Value>> = Vec::new();
        for b in &base_list {
            seqs.push(self.mro_of(*b)?);
        }
        seqs.push(base_list.clone());
        let merged = c3_merge(seqs).map_err(|heads| {
            let names: Vec<String> = heads.iter().map(|b| self.class_name(*b)).collect();
            Exc::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ))
        })?;
        // The layout: the most derived built-in type among the bases' layouts.
        let mut builtin_base = BuiltinType::Object;
        for b in &base_list {
            let layout = match b {
                Value::Type(t) => *t,
                Value::Obj(id) => match self.heap.get(*id) {
                    Object::Class(c) => c.builtin_base,
                    _ => BuiltinType::Object,
                },
                _ => BuiltinType::Object,
            };
            if layout == BuiltinType::Object {
                continue;
            }
            if builtin_base == BuiltinType::Object || layout.is_subtype_of(builtin_base) {
                builtin_base = layout;
            } else if !builtin_base.is_subtype_of(layout) {
                let both_exc = layout.is_exception() && builtin_base.is_exception();
                if !both_exc {
                    return Err(Exc::type_error(
                        "multiple bases have instance lay-out conflict",
                    ));
                }
            }
        }
        let class = Class {
            name,
            qualname,
            module,
            bases: base_list,
            mro: Vec::new(),
            dict,
            builtin_base,
            dict_obj: Value::Undefined,
            meta,
            dotted_name,
        };
        let id = self.alloc_obj(Object::Class(Box::new(class)))?;
        let mut mro = vec![Value::Obj(id)];
        mro.extend(merged);
        if let Object::Class(c) = self.heap.get_mut(id) {
            c.mro = mro;
        }
        Ok(Value::Obj(id))
    }

    /// Calls a user class: `__new__`, then `__init__`.
    fn call_class(&mut self, cls: Value, args: Args, on_return: OnReturn) -> PyResult<Flow> {
        if let Some(new) = self.lookup_in_namespaces(cls, "__new__") {
            {
                let func = match new {
                    Value::Obj(id) => match self.heap.get(id) {
                        Object::StaticMethod(f) => *f,
                        _ => new,
                    },
                    other => other,
                };
                let mut new_args = args.clone();
                new_args.pos.insert(0, cls);
                let depth = self.frames.len();
                let inst = match self.call_value(func, new_args, OnReturn::ExitNested)? {
                    Flow::Value(v) => v,
                    Flow::Frame => self.run_nested(depth)?,
                    Flow::Done => self.pop(),
                    Flow::Blocked => return Err(Exc::internal("unexpected wait")),
                };
                if !self.isinstance_of(inst, cls)? {
                    return self.resolve(on_return, inst);
                }
                return self.init_instance(inst, cls, args, on_return);
            }
        }
        let inst = self.new_instance(cls, &args)?;
        self.init_instance(inst, cls, args, on_return)
    }

    fn init_instance(
        &mut self,
        inst: Value,
        cls: Value,
        args: Args,
        on_return: OnReturn,
    ) -> PyResult<Flow> {
        let init = self.lookup_in_mro_from(cls, "__init__", 0)?;
        let in_namespace = self.lookup_in_namespaces(cls, "__init__").is_some();
        match init {
            Some(init) if !matches!(init, Value::Builtin(_)) || in_namespace => {
                let mut init_args = args;
                init_args.pos.insert(0, inst);
                let on = OnReturn::Init { instance: inst };
                // Run __init__ inline, then apply the caller's continuation to the instance.
                match on_return {
                    OnReturn::Push => self.call_value(init, init_args, on),
                    other => {
                        let depth = self.frames.len();
                        let v = match self.call_value(init, init_args, on)? {
                            Flow::Value(v) => v,
                            Flow::Frame => {
                                // The Init continuation pushes the instance when __init__ returns;
                                // run it nested so the outer continuation can see it.
                                if let Some(f) = self.frames.last_mut() {
                                    f.on_return = OnReturn::ExitNested;
                                }
                                self.run_nested(depth)?;
                                inst
                            }
                            Flow::Done => self.pop(),
                            Flow::Blocked => return Err(Exc::internal("unexpected wait")),
                        };
                        self.resolve(other, v)
                    }
                }
            }
            Some(Value::Builtin(b)) => {
                // A built-in __init__ (exceptions store args; object.__init__ checks them).
                let mut init_args = args;
                init_args.pos.insert(0, inst);
                self.call_builtin(b, &init_args)?;
                self.resolve(on_return, inst)
            }
            _ => self.resolve(on_return, inst),
        }
    }

    /// A fresh instance of user class `cls` (the payload set up for built-in bases).
    pub(crate) fn new_instance(&mut self, cls: Value, args: &Args) -> PyResult<Value> {
        let layout = match cls {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Class(c) => c.builtin_base,
                _ => BuiltinType::Object,
            },
            _ => BuiltinType::Object,
        };
        let mut inst = Instance::new(cls);
        if layout.is_exception() {
            inst.payload = Payload::Exception(Box::new(ExcData::new(args.pos.to_vec())));
        } else if layout != BuiltinType::Object {
            let value = crate::builtins::object::construct_for_subclass(self, layout, args)?;
            inst.payload = Payload::Builtin(value);
        } else {
            let has_user_init = self.lookup_in_namespaces(cls, "__init__").is_some();
            if !has_user_init && (!args.pos.is_empty() || !args.kw.is_empty()) {
                let n = self.class_name(cls);
                return Err(Exc::type_error(format!("{n}() takes no arguments")));
            }
        }
        if self.has_metaclass(cls) {
            crate::modules::abc::check_instantiable(self, cls)?;
        }
        self.alloc(Object::Instance(Box::new(inst)))
    }

    /// Applies a continuation to a value. `Flow::Value` is to be pushed by the caller.
    pub(crate) fn resolve(&mut self, on_return: OnReturn, v: Value) -> PyResult<Flow> {
        match on_return {
            OnReturn::Push
            | OnReturn::AwaitCoro
            | OnReturn::AsyncioRun
            | OnReturn::WithEnter
            | OnReturn::ForIterNext { .. } => Ok(Flow::Value(v)),
            OnReturn::Discard | OnReturn::SetAttrDone => Ok(Flow::Done),
            OnReturn::ExitNested | OnReturn::ModuleEnd | OnReturn::TaskEnd => Ok(Flow::Value(v)),
            OnReturn::MethodValue => {
                self.stack.push(v);
                Ok(Flow::Value(Value::Undefined))
            }
            OnReturn::Init { instance } => {
                if !v.is_none() {
                    let t = self.type_name(v);
                    return Err(Exc::type_error(format!(
                        "__init__() should return None, not '{t}'"
                    )));
                }
                Ok(Flow::Value(instance))
            }
            OnReturn::NewThenInit(n) => {
                let super::NewThenInit { cls, args, kw } = *n;
                if !self.isinstance_of(v, cls)? {
                    return Ok(Flow::Value(v));
                }
                let mut a = Args::new(&args);
                a.kw.extend(kw);
                self.init_instance(v, cls, a, OnReturn::Push)
            }
            OnReturn::ClassBody { .. } => {
                Err(Exc::internal("class body continuation out of place"))
            }
            OnReturn::NativeThen { func, ctx } => {
                let r = self.call(func, &[ctx, v])?;
                Ok(Flow::Value(r))
            }
            OnReturn::Drain(d) => {
                let super::Drain {
                    items,
                    callee,
                    mut args,
                    at,
                    kw,
                } = *d;
                args.insert((at as usize).min(args.len()), items);
                let mut a = Args::new(&args);
                a.kw.extend(kw);
                self.call_value(callee, a, OnReturn::Push)
            }
            OnReturn::DrainTest { stop_on } => Ok(Flow::Value(Value::Bool(!stop_on))),
            OnReturn::BinopLeft { op, a, b } => {
                if matches!(v, Value::NotImplemented) {
                    self.binop_reflected(op, a, b, false)
                } else {
                    Ok(Flow::Value(v))
                }
            }
            OnReturn::BinopRight { op, a, b, inplace } => {
                if matches!(v, Value::NotImplemented) {
                    Err(self.binop_type_error(op, a, b, inplace))
                } else {
                    Ok(Flow::Value(v))
                }
            }
            OnReturn::InplaceLeft { op, a, b } => {
                if matches!(v, Value::NotImplemented) {
                    self.binary_op_after_inplace(op, a, b)
                } else {
                    Ok(Flow::Value(v))
                }
            }
            OnReturn::CompareLeft { op, a, b } => {
                if matches!(v, Value::NotImplemented) {
                    self.compare_reflected(op, a, b)
                } else {
                    Ok(Flow::Value(v))
                }
            }
            OnReturn::CompareRight { op, a, b } => {
                if matches!(v, Value::NotImplemented) {
                    self.compare_fallback(op, a, b).map(Flow::Value)
                } else {
                    Ok(Flow::Value(v))
                }
            }
            OnReturn::NeFromEq { a, b } => {
                if matches!(v, Value::NotImplemented) {
                    self.compare_reflected(crate::bytecode::CmpOp::Ne, a, b)
                } else {
                    let t = self.truthy(v)?;
                    Ok(Flow::Value(Value::Bool(!t)))
                }
            }
            OnReturn::Contains { negate } => {
                let t = self.truthy(v)?;
                Ok(Flow::Value(Value::Bool(t != negate)))
            }
            OnReturn::Truth {
                jump_if,
                target,
                len,
            } => {
                let truth = if len {
                    match v {
                        Value::Int(n) if n >= 0 => n != 0,
                        Value::Int(_) => {
                            return Err(Exc::value_error("__len__() should return >= 0"))
                        }
                        Value::Bool(b) => b,
                        other => {
                            let t = self.type_name(other);
                            return Err(Exc::type_error(format!(
                                "'{t}' object cannot be interpreted as an integer"
                            )));
                        }
                    }
                } else {
                    match v {
                        Value::Bool(b) => b,
                        other => {
                            let t = self.type_name(other);
                            return Err(Exc::type_error(format!(
                                "__bool__ should return bool, returned {t}"
                            )));
                        }
                    }
                };
                if truth == jump_if {
                    if let Some(f) = self.frames.last_mut() {
                        f.ip = target;
                    }
                }
                Ok(Flow::Done)
            }
            OnReturn::CheckIter => {
                if !self.is_iterator(v)? {
                    let t = self.type_name(v);
                    return Err(Exc::type_error(format!(
                        "iter() returned non-iterator of type '{t}'"
                    )));
                }
                Ok(Flow::Value(v))
            }
            OnReturn::GenNext { for_iter } => match for_iter {
                Some(target) => {
                    self.stack.pop();
                    if let Some(f) = self.frames.last_mut() {
                        f.ip = target;
                    }
                    Ok(Flow::Done)
                }
                None => Err(Exc::stop_iteration(v)),
            },
            OnReturn::YieldFromSend { target } => {
                self.stack.pop();
                self.stack.push(v);
                if let Some(f) = self.frames.last_mut() {
                    f.ip = target;
                }
                Ok(Flow::Done)
            }
            OnReturn::AsyncGenStep => Err(Exc::Args(BuiltinType::StopAsyncIteration, vec![])),
        }
    }

    /// Applies the continuation of a frame that just returned `v`.
    pub(crate) fn apply_on_return(
        &mut self,
        on_return: OnReturn,
        v: Value,
        namespace: Value,
    ) -> PyResult<()> {
        let flow = match on_return {
            OnReturn::ClassBody {
                bases,
                kwargs,
                code,
            } => {
                let cls = self.finish_class(namespace, bases, kwargs, code)?;
                Flow::Value(cls)
            }
            other => self.resolve(other, v)?,
        };
        if let Flow::Value(v) = flow {
            self.stack.push(v);
        }
        Ok(())
    }

    /// Calls a host-declared function: records the pending call and pauses.
    fn external_call(&mut self, name: String, args: Args) -> PyResult<()> {
        if self.nested > 0 {
            return Err(self.nested_external_error());
        }
        let id = self.next_call_id;
        self.next_call_id += 1;
        let awaited = self.next_instr_is_await();
        let deferred = self.call_is_marked_deferred();
        self.pending = Some(super::PendingCall {
            id,
            function: name,
            args: args.pos.to_vec(),
            kwargs: args.kw.to_vec(),
            awaited,
            deferred,
        });
        Ok(())
    }

    fn next_instr_is_await(&self) -> bool {
        match self.frames.last() {
            Some(f) => matches!(
                self.program.codes[f.code as usize]
                    .instrs
                    .get(f.ip as usize),
                Some(crate::bytecode::Instr::Await)
            ),
            None => false,
        }
    }

    /// Whether the call instruction just executed carries `MarkDeferred`.
    fn call_is_marked_deferred(&self) -> bool {
        match self.frames.last() {
            Some(f) => {
                let ip = f.ip as usize;
                ip >= 2
                    && matches!(
                        self.program.codes[f.code as usize].instrs.get(ip - 2),
                        Some(crate::bytecode::Instr::MarkDeferred)
                    )
            }
            None => false,
        }
    }

    /// Whether `v` is a host-declared function.
    pub fn is_external(&self, v: Value) -> bool {
        matches!(v, Value::Obj(id) if matches!(self.heap.get(id), Object::External(_)))
    }
}
