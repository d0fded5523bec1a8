//! The virtual machine: frames, the dispatch loop, and the continuations that let Python-level
//! calls run without recursing on the Rust stack.
//!
//! All execution state lives in `Vm` (heap, value stack, frame stack, scheduler), so the VM can
//! stop between any two instructions and serialize. A Python function call pushes a `Frame`;
//! when a frame returns, its `OnReturn` says what to do with the value (push it, build a class,
//! check an `__init__` result, finish a task, ...). Native code that must call back into Python
//! (a `key=` function in `sorted`) runs a nested dispatch loop, bounded in depth; such nested
//! runs cannot pause for the host.

pub mod attr;
pub mod call;
pub use call::ClassSpec;
pub mod exc;
pub mod heapops;
pub mod iter;
pub mod ops;
pub mod protocols;
pub mod scheduler;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::builtins::generator::GenKind;
use crate::bytecode::{BinOp, CmpOp, Const, Instr, Program, UnOp};
use crate::error::{Exc, Fatal, LimitKind, PyResult};
use crate::heap::{Heap, ObjId, Object};
use crate::limits::{Clock, Limits};
use crate::types::BuiltinType;
use crate::value::Value;
use scheduler::Scheduler;

/// What a frame's return value is for.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum OnReturn {
    /// Push it onto the caller's stack.
    Push,
    /// Drop it (`__setitem__`, `__delitem__`, `__set_name__`...).
    Discard,
    /// Leave the nested dispatch loop with it.
    ExitNested,
    /// The main program finished.
    ModuleEnd,
    /// A task's coroutine finished.
    TaskEnd,
    /// `__init__` finished: it must return None; push the instance.
    Init {
        instance: Value,
    },
    /// `__new__` finished: call `__init__` if the result is an instance of `cls`.
    /// (Boxed, like `Drain`, to keep `Frame` small: frames are pushed and popped on every call.)
    NewThenInit(Box<NewThenInit>),
    /// A class body finished: build the class.
    ClassBody {
        bases: Value,
        kwargs: Value,
        code: u32,
    },
    /// `a.__op__(b)` returned; on NotImplemented try `b.__rop__(a)`.
    BinopLeft {
        op: BinOp,
        a: Value,
        b: Value,
    },
    /// `b.__rop__(a)` returned; NotImplemented is a TypeError.
    BinopRight {
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    },
    /// `a.__iop__(b)` returned; on NotImplemented fall back to the binary operator.
    InplaceLeft {
        op: BinOp,
        a: Value,
        b: Value,
    },
    /// `a.__cmp__(b)` returned; on NotImplemented try the reflected comparison.
    CompareLeft {
        op: CmpOp,
        a: Value,
        b: Value,
    },
    CompareRight {
        op: CmpOp,
        a: Value,
        b: Value,
    },
    /// `__eq__` called for `!=`: invert unless NotImplemented.
    NeFromEq {
        a: Value,
        b: Value,
    },
    /// `__contains__` returned: push its truth (negated for `not in`).
    Contains {
        negate: bool,
    },
    /// `__bool__` or `__len__` for a conditional jump.
    Truth {
        jump_if: bool,
        target: u32,
        len: bool,
    },
    /// `__iter__` returned: it must be an iterator.
    CheckIter,
    /// `__next__` of a `for` loop's iterator returned an item (StopIteration ends the loop).
    ForIterNext {
        target: u32,
    },
    /// A generator resumed by `for` (jump to `for_iter` when it returns) or by next()/send().
    GenNext {
        for_iter: Option<u32>,
    },
    /// A sub-generator resumed by `yield from`; when it returns, jump to `target`.
    YieldFromSend {
        target: u32,
    },
    /// A coroutine awaited in place.
    AwaitCoro,
    /// The coroutine `asyncio.run` runs (its tracebacks pass through asyncio's own frames).
    AsyncioRun,

    /// An async generator step awaited (`__anext__`/`asend`).
    AsyncGenStep,
    /// `__enter__`/`__aenter__`'s result (pushed), the exit method already on the stack.
    WithEnter,
    /// A property setter or `__setattr__` returned.
    SetAttrDone,
    /// `__getattr__`/property getter returned a value for `LoadMethod`: push (value, Undefined).
    MethodValue,
    /// A call a native function handed back to the VM returned: push `func(ctx, value)`
    /// (`func` is native; see [`Vm::tail_call`]).
    NativeThen {
        func: Value,
        ctx: Value,
    },
    /// A generator consumed by a built-in (`sum(g)`, `list(g)`, `sorted(g)`, `sep.join(g)`...)
    /// runs in frames rather than in a nested loop, so that it can pause for the host: each
    /// item it yields is appended to `items`, and when it returns `callee` is called with
    /// `items` inserted at position `at` of `args`.
    Drain(Box<Drain>),
    /// `any(g)` (`stop_on` true) or `all(g)` (false) over a generator, in frames: stops at the
    /// first item whose truth is `stop_on`.
    DrainTest {
        stop_on: bool,
    },
}

/// The continuation [`OnReturn::NewThenInit`] (its fields in their serialized order).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NewThenInit {
    pub cls: Value,
    pub args: Vec<Value>,
    pub kw: Vec<(Value, Value)>,
}

/// The continuation [`OnReturn::Drain`] (its fields in their serialized order).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Drain {
    pub items: Value,
    pub callee: Value,
    pub args: Vec<Value>,
    pub at: u8,
    pub kw: Vec<(Value, Value)>,
}

impl OnReturn {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            OnReturn::Init { instance } => f(*instance),
            OnReturn::NewThenInit(n) => {
                let NewThenInit { cls, args, kw } = &**n;
                f(*cls);
                args.iter().for_each(|v| f(*v));
                kw.iter().for_each(|(k, v)| {
                    f(*k);
                    f(*v)
                });
            }
            OnReturn::ClassBody { bases, kwargs, .. } => {
                f(*bases);
                f(*kwargs);
            }
            OnReturn::BinopLeft { a, b, .. }
            | OnReturn::BinopRight { a, b, .. }
            | OnReturn::InplaceLeft { a, b, .. }
            | OnReturn::CompareLeft { a, b, .. }
            | OnReturn::CompareRight { a, b, .. }
            | OnReturn::NeFromEq { a, b } => {
                f(*a);
                f(*b);
            }
            OnReturn::NativeThen { func, ctx } => {
                f(*func);
                f(*ctx);
            }
            OnReturn::Drain(d) => {
                let Drain {
                    items,
                    callee,
                    args,
                    kw,
                    ..
                } = &**d;
                f(*items);
                f(*callee);
                args.iter().for_each(|v| f(*v));
                kw.iter().for_each(|(k, v)| {
                    f(*k);
                    f(*v)
                });
            }
            _ => {}
        }
    }
}

/// An activation record. Its locals are `stack[base .. base + nlocals]`; its operand stack
/// follows them.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Frame {
    pub code: u32,
    pub ip: u32,
    pub base: u32,
    /// The stack height to restore when the frame returns.
    pub ret_sp: u32,
    /// The function being run (closure, defaults), or `Undefined` for module and class code.
    pub func: Value,
    /// A class body's namespace dict, else `Undefined`.
    pub namespace: Value,
    pub on_return: OnReturn,
    /// The generator or coroutine this frame belongs to.
    pub gen: Option<ObjId>,
    /// For generator frames: the handled exception of whoever resumed it.
    pub saved_exc_info: Value,
}

impl Frame {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.func);
        f(self.namespace);
        self.on_return.trace(f);
        if let Some(g) = self.gen {
            f(Value::Obj(g));
        }
        f(self.saved_exc_info);
    }
}

/// How to resume a suspended generator or task.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum Resume {
    Value(Value),
    /// Raise this exception object at the suspension point.
    Throw(Value),
}

/// Where program output goes.
pub trait Output {
    fn write(&mut self, text: &str);

    /// Text for the error stream (`sys.stderr`); hosts with a single sink get it there.
    fn write_err(&mut self, text: &str) {
        self.write(text);
    }
}

/// Output collected in memory (the default sink).
#[derive(Default, Debug, Clone)]
pub struct BufferOutput(pub String);

impl Output for BufferOutput {
    fn write(&mut self, text: &str) {
        self.0.push_str(text);
    }
}

fn default_output() -> Box<dyn Output + Send> {
    Box::new(BufferOutput::default())
}

/// A call to a host function that the VM is paused on.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PendingCall {
    pub id: u64,
    pub function: String,
    pub args: Vec<Value>,
    pub kwargs: Vec<(Value, Value)>,
    /// Whether the call site immediately awaits the result.
    pub awaited: bool,
    /// Whether the result is awaited later (`compile::deferred`): an answer that comes later
    /// is handed to the program as an awaitable instead of waiting for it.
    pub deferred: bool,
}

/// Why the dispatch loop stopped.
pub(crate) enum LoopExit {
    /// The stop frame (nested entry, module, or task) returned this value.
    Returned(Value),
    /// An exception escaped the stop frame.
    Raised(Exc),
    /// The current task is blocked on a future.
    Blocked,
    /// A host function was called.
    External,
    /// The run slice is over; the current frame's `ip` is where to continue.
    Yield,
}

/// One step's result inside the dispatch loop.
enum Step {
    NewFrame,
    /// Leave the loop with a value (a generator resumed by a nested loop yielded).
    Exit(Value),
    Err(Exc),
    Return(Value),
    Blocked,
    External,
    Yield,
}

/// A call handed back to the VM by a native function: callable, arguments, and the optional
/// native continuation `(func, ctx)` (see [`Vm::tail_call`]).
pub(crate) type TailCall = (Value, crate::builtins::Args, Option<(Value, Value)>);

/// The result of an operation that may have pushed a frame instead of producing a value.
pub enum Flow {
    Value(Value),
    /// A frame was pushed; its result arrives through its `OnReturn`.
    Frame,
    /// The operation completed and pushed its own results (or none).
    Done,
    /// The current task must wait (an `await` of a pending future).
    Blocked,
}

/// The maximum depth of nested dispatch loops (native code calling back into Python).
pub const MAX_NESTED: u32 = 150;

/// How many instructions run between checks of the time limit.
const CHECK_INTERVAL: u32 = 1024;

/// The interpreter state of one run.
#[derive(Serialize, Deserialize)]
pub struct Vm {
    pub program: Arc<Program>,
    pub heap: Heap,
    pub consts: Vec<Value>,
    /// Interned `str` values of `program.names` (`Undefined` until first used).
    pub names: Vec<Value>,
    #[serde(with = "crate::value_codec")]
    pub globals: Vec<Value>,
    #[serde(with = "crate::value_codec")]
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    pub sched: Scheduler,
    pub modules: Vec<(String, Value)>,
    /// Standard-library classes created so far, by key (see `modules::native`).
    pub std_classes: Vec<(String, Value)>,
    pub limits: Limits,
    pub clock: Clock,
    pub nested: u32,
    /// Containers whose repr is being computed (to print `[...]` for cycles).
    pub repr_guard: Vec<ObjId>,
    pub pending: Option<PendingCall>,
    pub next_call_id: u64,
    /// The host's answer to the last external call was a plain value, so a directly following
    /// `await` passes it through.
    pub skip_await: bool,
    /// Temporaries native code keeps alive across nested runs.
    pub temp_roots: Vec<Value>,
    /// The error being unwound is a re-raise (no traceback entry for the current frame).
    pub reraising: bool,
    /// An exception the host answered a call with, to raise at the call site on resume.
    pub pending_raise: Option<Value>,
    /// The current task waits for the answer to a plain host call answered "later".
    pub resume_blocked: bool,
    #[serde(skip, default = "default_output")]
    pub out: Box<dyn Output + Send>,
    #[serde(skip)]
    pub cancel: Option<Arc<std::sync::atomic::AtomicBool>>,
    /// What the host grants beyond external functions (clock, randomness, environment).
    #[serde(skip)]
    pub host: crate::host::HostAccess,
    /// When the current run slice should give control back to the host (`Progress::Yielded`),
    /// checked at the periodic safepoints of the outermost dispatch loop.
    #[serde(skip)]
    pub slice_deadline: Option<std::time::Instant>,
    #[serde(skip)]
    yield_requested: bool,
    /// Whether the native function being entered may hand a call back (`take_tail_ok`).
    #[serde(skip)]
    tail_ok: bool,
    /// The call a native function asked the VM to make in its place.
    #[serde(skip)]
    tail: Option<TailCall>,
    #[serde(skip)]
    check_counter: u32,
}

/// Borrowed views of the VM's roots (everything outside the heap that holds values).
struct Roots<'a> {
    consts: &'a [Value],
    names: &'a [Value],
    globals: &'a [Value],
    stack: &'a [Value],
    frames: &'a [Frame],
    exc_info: &'a Value,
    sched: &'a Scheduler,
    modules: &'a [(String, Value)],
    std_classes: &'a [(String, Value)],
    pending: &'a Option<PendingCall>,
    pending_raise: &'a Option<Value>,
    temp_roots: &'a [Value],
}

impl Roots<'_> {
    fn trace(&self, mark: &mut dyn FnMut(Value)) {
        self.consts.iter().for_each(|v| mark(*v));
        self.names.iter().for_each(|v| mark(*v));
        self.globals.iter().for_each(|v| mark(*v));
        self.stack.iter().for_each(|v| mark(*v));
        self.frames.iter().for_each(|f| f.trace(mark));
        mark(*self.exc_info);
        self.sched.trace(mark);
        self.modules.iter().for_each(|(_, m)| mark(*m));
        self.std_classes.iter().for_each(|(_, c)| mark(*c));
        if let Some(v) = self.pending_raise {
            mark(*v);
        }
        self.temp_roots.iter().for_each(|v| mark(*v));
        if let Some(p) = self.pending {
            p.args.iter().for_each(|v| mark(*v));
            p.kwargs.iter().for_each(|(k, v)| {
                mark(*k);
                mark(*v)
            });
        }
    }
}

impl Vm {
    /// A VM ready to run `program` from the start.
    pub fn new(program: Arc<Program>, limits: Limits) -> PyResult<Vm> {
        let mut vm = Vm {
            heap: Heap::new(),
            consts: Vec::new(),
            names: vec![Value::Undefined; program.names.len()],
            globals: vec![Value::Undefined; program.globals.len()],
            stack: Vec::with_capacity(16),
            frames: Vec::with_capacity(4),
            exc_info: Value::None,
            sched: Scheduler::default(),
            modules: Vec::new(),
            std_classes: Vec::new(),
            limits,
            clock: Clock::default(),
            nested: 0,
            repr_guard: Vec::new(),
            pending: None,
            next_call_id: 1,
            skip_await: false,
            temp_roots: Vec::new(),
            reraising: false,
            pending_raise: None,
            resume_blocked: false,
            tail_ok: false,
            tail: None,
            out: default_output(),
            cancel: None,
            host: crate::host::HostAccess::default(),
            slice_deadline: None,
            yield_requested: false,
            check_counter: 0,
            program,
        };
        let program = vm.program.clone();
        vm.consts = Vec::with_capacity(program.consts.len());
        for c in &program.consts {
            let v = vm.materialize_const(c)?;
            vm.consts.push(v);
        }
        let module = &vm.program.codes[0];
        let nlocals = module.nlocals();
        vm.stack.resize(nlocals, Value::Undefined);
        vm.frames.push(Frame {
            code: 0,
            ip: 0,
            base: 0,
            ret_sp: 0,
            func: Value::Undefined,
            namespace: Value::Undefined,
            on_return: OnReturn::ModuleEnd,
            gen: None,
            saved_exc_info: Value::None,
        });
        Ok(vm)
    }

    pub fn materialize_const(&mut self, c: &Const) -> PyResult<Value> {
        Ok(match c {
            Const::None => Value::None,
            Const::Ellipsis => Value::Ellipsis,
            Const::NotImplemented => Value::NotImplemented,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => self.new_int_big(b.clone())?,
            Const::Float(f) => Value::Float(*f),
            Const::Str(s) => self.new_str(s.clone())?,
            Const::Bytes(b) => self.alloc(Object::Bytes(b.clone()))?,
            Const::Tuple(items) => {
                let mut vals = Vec::with_capacity(items.len());
                for i in items {
                    vals.push(self.materialize_const(i)?);
                }
                self.new_tuple(vals)?
            }
            Const::FrozenSet(items) => {
                let mut vals = Vec::with_capacity(items.len());
                for i in items {
                    vals.push(self.materialize_const(i)?);
                }
                // CPython's compiler rebuilds a constant frozenset from its own iteration order
                // when it merges constants, which changes the table layout.
                let first = self.new_set_from(&vals, true)?;
                let order = self.collect(first)?;
                self.new_set_from(&order, true)?
            }
            Const::Builtin(b) => Value::Builtin(*b),
            Const::Type(t) => Value::Type(*t),
        })
    }

    /// The interned `str` value of program name `idx`.
    #[inline]
    pub fn name_value(&mut self, idx: u32) -> PyResult<Value> {
        let v = self.names[idx as usize];
        if !v.is_undefined() {
            return Ok(v);
        }
        let s = self.program.names[idx as usize].clone();
        let v = self.new_str(s)?;
        self.names[idx as usize] = v;
        Ok(v)
    }

    /// Sets a global by name (inputs and host-declared functions).
    pub fn set_global(&mut self, name: &str, value: Value) -> bool {
        match self.program.global_slot(name) {
            Some(slot) => {
                self.globals[slot] = value;
                true
            }
            None => false,
        }
    }

    pub fn code(&self, idx: u32) -> &crate::bytecode::Code {
        &self.program.codes[idx as usize]
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }

    #[inline]
    fn top(&self) -> Value {
        self.stack.last().copied().unwrap_or(Value::None)
    }

    /// Periodic checks: the time limit, cancellation and garbage collection. Runs at every
    /// call and backward jump, so the common case (nothing to do) is a few comparisons inline
    /// and the work is out of line.
    #[inline(always)]
    fn tick(&mut self) -> PyResult<()> {
        self.check_counter += 1;
        if self.check_counter >= CHECK_INTERVAL
            || self.heap.wants_collection()
            || self
                .limits
                .max_memory
                .is_some_and(|max| self.heap.bytes > max / 4 * 3)
        {
            return self.tick_slow();
        }
        Ok(())
    }

    #[inline(never)]
    fn tick_slow(&mut self) -> PyResult<()> {
        if self.check_counter >= CHECK_INTERVAL {
            self.check_counter = 0;
            self.check_limits()?;
            if self.nested == 0 {
                if let Some(d) = self.slice_deadline {
                    if std::time::Instant::now() >= d {
                        self.yield_requested = true;
                    }
                }
            }
        }
        // A safepoint: every live value is reachable from the VM's roots here, so this is the
        // only place garbage is collected.
        if self.nested == 0 && (self.heap.wants_collection() || self.memory_is_high()) {
            self.collect_garbage();
        }
        Ok(())
    }

    /// Raises RecursionError (`maximum recursion depth exceeded{what}`) when the native stack
    /// is nearly used up, before a native operation recurses into nested values.
    #[inline]
    pub fn check_stack(&self, what: &str) -> PyResult<()> {
        if crate::limits::stack_has_room() {
            Ok(())
        } else {
            Err(Exc::new(
                BuiltinType::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            ))
        }
    }

    /// Counts a unit of native work (an iterator step, a comparison) towards the periodic
    /// checks, so long native loops honour the time limit and cancellation. Never collects.
    #[inline]
    pub fn native_tick(&mut self) -> PyResult<()> {
        self.check_counter += 1;
        if self.check_counter >= CHECK_INTERVAL {
            self.check_counter = 0;
            self.check_limits()?;
        }
        Ok(())
    }

    /// Whether the heap is close to the memory limit and has grown since the last collection
    /// (so a large live set does not cause a collection at every safepoint).
    fn memory_is_high(&self) -> bool {
        match self.limits.max_memory {
            Some(max) => {
                self.heap.bytes > max / 4 * 3
                    && self.heap.bytes.saturating_sub(self.heap.bytes_after_gc) > max / 16
            }
            None => false,
        }
    }

    /// Checks cancellation and the time limit. Native code whose work grows with its input calls
    /// this periodically; it never collects garbage, so unrooted values stay valid.
    pub fn check_limits(&self) -> PyResult<()> {
        if let Some(c) = &self.cancel {
            if c.load(std::sync::atomic::Ordering::Relaxed) {
                return Err(Exc::Fatal(Fatal::Cancelled));
            }
        }
        if let Some(max) = self.limits.max_duration {
            if self.clock.measured(&self.limits) > max {
                return Err(Exc::limit(
                    LimitKind::Duration,
                    format!("time limit exceeded ({} ms)", max.as_millis()),
                ));
            }
        }
        Ok(())
    }

    /// Runs a collection now (only safe when no native code holds unrooted values).
    pub fn collect_garbage(&mut self) {
        let (heap, roots) = self.split_roots();
        heap.collect(&mut |mark: &mut dyn FnMut(Value)| roots.trace(mark));
    }

    /// Reports every root value: what is reachable from outside the heap.
    pub fn trace_roots(&self, f: &mut dyn FnMut(Value)) {
        let Vm {
            consts,
            names,
            globals,
            stack,
            frames,
            exc_info,
            sched,
            modules,
            std_classes,
            pending,
            pending_raise,
            temp_roots,
            ..
        } = self;
        Roots {
            consts,
            names,
            globals,
            stack,
            frames,
            exc_info,
            sched,
            modules,
            std_classes,
            pending,
            pending_raise,
            temp_roots,
        }
        .trace(f);
    }

    fn split_roots(&mut self) -> (&mut Heap, Roots<'_>) {
        let Vm {
            heap,
            consts,
            names,
            globals,
            stack,
            frames,
            exc_info,
            sched,
            modules,
            std_classes,
            pending,
            pending_raise,
            temp_roots,
            ..
        } = self;
        (
            heap,
            Roots {
                consts,
                names,
                globals,
                stack,
                frames,
                exc_info,
                sched,
                modules,
                std_classes,
                pending,
                pending_raise,
                temp_roots,
            },
        )
    }

    /// Pushes a frame for code `code` whose locals are already at `stack[base..]`.
    #[inline]
    pub(crate) fn push_frame(&mut self, frame: Frame) -> PyResult<()> {
        if self.frames.len() >= self.limits.max_recursion_depth {
            return Err(Exc::new(
                BuiltinType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.frames.push(frame);
        Ok(())
    }

    /// Runs frames until the frame at index `stop` (and everything above it) is gone.
    pub(crate) fn run_loop(&mut self, stop: usize) -> LoopExit {
        let program = self.program.clone();
        'frames: loop {
            let fi = match self.frames.len().checked_sub(1) {
                Some(fi) if fi >= stop => fi,
                _ => return LoopExit::Raised(Exc::internal("dispatch loop without a frame")),
            };
            let code = &program.codes[self.frames[fi].code as usize];
            let mut ip = self.frames[fi].ip as usize;
            let base = self.frames[fi].base as usize;

            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break Step::Err(e),
                    }
                };
            }
            macro_rules! save_ip {
                () => {
                    self.frames[fi].ip = ip as u32
                };
            }
            macro_rules! flow {
                ($e:expr) => {{
                    save_ip!();
                    match $e {
                        Ok(Flow::Value(v)) => self.stack.push(v),
                        Ok(Flow::Done) => {}
                        Ok(Flow::Frame) => break Step::NewFrame,
                        Ok(Flow::Blocked) => break Step::Blocked,
                        Err(e) => break Step::Err(e),
                    }
                }};
            }

            // Jumps to `t`; a backward jump is where a loop goes round, so it runs the periodic
            // checks and may end the run slice (resuming at `t`).
            macro_rules! jump {
                ($t:expr) => {{
                    let t: u32 = $t;
                    if (t as usize) < ip {
                        tri!(self.tick());
                        if self.yield_requested {
                            self.yield_requested = false;
                            self.frames[fi].ip = t;
                            break Step::Yield;
                        }
                    }
                    ip = t as usize;
                }};
            }

            // An int comparison's result: a comparison is nearly always followed by its
            // conditional jump, so take it here rather than push the bool and pop it again
            // (nothing between the two can raise or be observed).
            macro_rules! cmp_result {
                ($r:expr) => {{
                    let r: bool = $r;
                    match code.instrs.get(ip) {
                        Some(&Instr::PopJumpIfFalse(t)) => {
                            ip += 1;
                            if !r {
                                jump!(t);
                            }
                        }
                        Some(&Instr::PopJumpIfTrue(t)) => {
                            ip += 1;
                            if r {
                                jump!(t);
                            }
                        }
                        _ => self.stack.push(Value::Bool(r)),
                    }
                }};
            }

            // The next item of a `for` loop: nearly always stored to a local right away, so
            // store it there rather than push it and pop it again.
            macro_rules! store_next {
                ($v:expr) => {{
                    let v: Value = $v;
                    match code.instrs.get(ip) {
                        Some(&Instr::StoreFast(i)) => match self.stack.get_mut(base + i as usize) {
                            Some(slot) => {
                                *slot = v;
                                ip += 1;
                            }
                            None => self.stack.push(v),
                        },
                        _ => self.stack.push(v),
                    }
                }};
            }

            let step = loop {
                let Some(&instr) = code.instrs.get(ip) else {
                    break Step::Err(Exc::internal("instruction pointer out of range"));
                };
                ip += 1;
                match instr {
                    Instr::Nop | Instr::MarkDeferred => {}
                    Instr::Pop => {
                        self.stack.pop();
                    }
                    Instr::Copy(n) => {
                        let v = self.stack[self.stack.len() - n as usize];
                        self.stack.push(v);
                    }
                    Instr::Swap(n) => {
                        let len = self.stack.len();
                        self.stack.swap(len - 1, len - n as usize);
                    }
                    Instr::LoadConst(i) => self.stack.push(self.consts[i as usize]),
                    Instr::LoadNone => self.stack.push(Value::None),
                    Instr::LoadSmallInt(i) => self.stack.push(Value::Int(i as i64)),
                    Instr::LoadFast(i) => {
                        let v = self.stack[base + i as usize];
                        if v.is_undefined() {
                            break Step::Err(self.unbound_local(code, i));
                        }
                        self.stack.push(v);
                    }
                    Instr::LoadFastIntBinary(i, k, op) => {
                        let v = self.stack.get(base + i as usize).copied();
                        if let Some(Value::Int(x)) = v {
                            if let Some(r) = small_int_op(op, x, k as i64) {
                                self.stack.push(Value::Int(r));
                                ip += 2;
                                continue;
                            }
                        }
                        match v {
                            Some(v) if !v.is_undefined() => self.stack.push(v),
                            _ => break Step::Err(self.unbound_local(code, i)),
                        }
                    }
                    Instr::LoadFastIntCompare(i, k, op) => {
                        let v = self.stack.get(base + i as usize).copied();
                        if let Some(Value::Int(x)) = v {
                            ip += 2;
                            cmp_result!(int_compare(op, x, k as i64));
                            continue;
                        }
                        match v {
                            Some(v) if !v.is_undefined() => self.stack.push(v),
                            _ => break Step::Err(self.unbound_local(code, i)),
                        }
                    }
                    Instr::StoreFast(i) => {
                        let v = self.pop();
                        self.stack[base + i as usize] = v;
                    }
                    Instr::DeleteFast(i) => {
                        if self.stack[base + i as usize].is_undefined() {
                            break Step::Err(self.unbound_local(code, i));
                        }
                        self.stack[base + i as usize] = Value::Undefined;
                    }
                    Instr::MakeCell(i) => {
                        let v = self.stack[base + i as usize];
                        let cell = tri!(self.alloc(Object::Cell(v)));
                        self.stack[base + i as usize] = cell;
                    }
                    Instr::CopyFreeVars(start) => {
                        let func = self.frames[fi].func;
                        let cells: Vec<Value> = match func {
                            Value::Obj(id) => match self.heap.get(id) {
                                Object::Function(f) => f.closure.clone(),
                                _ => Vec::new(),
                            },
                            _ => Vec::new(),
                        };
                        for (k, c) in cells.into_iter().enumerate() {
                            self.stack[base + start as usize + k] = c;
                        }
                    }
                    Instr::LoadDeref(i) => {
                        let v = self.cell_get(self.stack[base + i as usize]);
                        if v.is_undefined() {
                            break Step::Err(self.unbound_deref(code, i));
                        }
                        self.stack.push(v);
                    }
                    Instr::StoreDeref(i) => {
                        let v = self.pop();
                        self.cell_set(self.stack[base + i as usize], v);
                    }
                    Instr::DeleteDeref(i) => {
                        let cell = self.stack[base + i as usize];
                        if self.cell_get(cell).is_undefined() {
                            break Step::Err(self.unbound_deref(code, i));
                        }
                        self.cell_set(cell, Value::Undefined);
                    }
                    Instr::LoadClosure(i) => self.stack.push(self.stack[base + i as usize]),
                    Instr::LoadGlobal(slot) => {
                        let v = self.globals[slot as usize];
                        if v.is_undefined() {
                            let v = tri!(self.global_fallback(slot));
                            self.stack.push(v);
                        } else {
                            self.stack.push(v);
                        }
                    }
                    Instr::StoreGlobal(slot) => {
                        let v = self.pop();
                        self.globals[slot as usize] = v;
                    }
                    Instr::DeleteGlobal(slot) => {
                        if self.globals[slot as usize].is_undefined() {
                            let name = self.program.globals[slot as usize].name.clone();
                            break Step::Err(self.name_error(&name));
                        }
                        self.globals[slot as usize] = Value::Undefined;
                    }
                    Instr::LoadName(idx) => {
                        let v = tri!(self.load_name(fi, idx));
                        self.stack.push(v);
                    }
                    Instr::StoreName(idx) => {
                        let v = self.pop();
                        tri!(self.store_name(fi, idx, v));
                    }
                    Instr::DeleteName(idx) => tri!(self.delete_name(fi, idx)),
                    Instr::LoadClassDeref(idx, slot) => {
                        let v =
                            tri!(self.load_class_deref(fi, idx, base + slot as usize, code, slot));
                        self.stack.push(v);
                    }
                    Instr::LoadAttr(idx) => {
                        let obj = self.pop();
                        flow!(self.load_attr_flow(obj, idx));
                    }
                    Instr::StoreAttr(idx) => {
                        let obj = self.pop();
                        let v = self.pop();
                        flow!(self.store_attr_flow(obj, idx, v));
                    }
                    Instr::DeleteAttr(idx) => {
                        let obj = self.pop();
                        flow!(self.delete_attr_flow(obj, idx));
                    }
                    Instr::LoadMethod(idx) => {
                        let obj = self.pop();
                        flow!(self.load_method_flow(obj, idx));
                    }
                    Instr::Subscr => {
                        let key = self.pop();
                        let obj = self.pop();
                        if let (Value::Obj(id), Value::Int(i)) = (obj, key) {
                            if let Object::List(items) | Object::Tuple(items) = self.heap.get(id) {
                                let n = items.len() as i64;
                                let j = if i < 0 { i + n } else { i };
                                if j >= 0 && j < n {
                                    self.stack.push(items[j as usize]);
                                    continue;
                                }
                            }
                        }
                        flow!(self.getitem_flow(obj, key));
                    }
                    Instr::StoreSubscr => {
                        let key = self.pop();
                        let obj = self.pop();
                        let v = self.pop();
                        flow!(self.setitem_flow(obj, key, v));
                    }
                    Instr::DeleteSubscr => {
                        let key = self.pop();
                        let obj = self.pop();
                        flow!(self.delitem_flow(obj, key));
                    }
                    Instr::BuildSlice(n) => {
                        let step = if n == 3 { self.pop() } else { Value::None };
                        let stop = self.pop();
                        let start = self.pop();
                        let s = tri!(self.alloc(Object::Slice(crate::builtins::slice::SliceObj {
                            start,
                            stop,
                            step
                        })));
                        self.stack.push(s);
                    }
                    Instr::Binary(op) | Instr::Inplace(op) => {
                        let b = self.pop();
                        // Two small ints: the result replaces the left operand in place.
                        if let (Some(Value::Int(x)), Value::Int(y)) = (self.stack.last_mut(), b) {
                            if let Some(r) = small_int_op(op, *x, y) {
                                *x = r;
                                continue;
                            }
                        }
                        let a = self.pop();
                        let inplace = matches!(instr, Instr::Inplace(_));
                        flow!(self.binary_op(op, a, b, inplace));
                    }
                    Instr::Unary(op) => {
                        let a = self.pop();
                        match (op, a) {
                            (UnOp::Not, Value::Bool(b)) => self.stack.push(Value::Bool(!b)),
                            (UnOp::Neg, Value::Int(i)) if i != i64::MIN => {
                                self.stack.push(Value::Int(-i))
                            }
                            _ => flow!(self.unary_op(op, a)),
                        }
                    }
                    Instr::Compare(op) => {
                        let b = self.pop();
                        let a = self.pop();
                        if let (Value::Int(x), Value::Int(y)) = (a, b) {
                            cmp_result!(int_compare(op, x, y));
                            continue;
                        }
                        flow!(self.compare_op(op, a, b));
                    }
                    Instr::Is(negate) => {
                        let b = self.pop();
                        let a = self.pop();
                        self.stack.push(Value::Bool(a.is(b) != negate));
                    }
                    Instr::In(negate) => {
                        let container = self.pop();
                        let item = self.pop();
                        flow!(self.contains_flow(container, item, negate));
                    }
                    Instr::Jump(t) => jump!(t),
                    Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                        let jump_if = matches!(instr, Instr::PopJumpIfTrue(_));
                        let v = self.pop();
                        let truth = match v {
                            Value::Bool(b) => b,
                            Value::None => false,
                            Value::Int(i) => i != 0,
                            other => {
                                save_ip!();
                                match tri!(self.truth_flow(other, jump_if, t)) {
                                    Some(b) => b,
                                    None => break Step::NewFrame,
                                }
                            }
                        };
                        if truth == jump_if {
                            jump!(t);
                        }
                    }
                    Instr::PopJumpIfNone(t) => {
                        if self.pop().is_none() {
                            jump!(t);
                        }
                    }
                    Instr::PopJumpIfNotNone(t) => {
                        if !self.pop().is_none() {
                            jump!(t);
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                        let jump_if = matches!(instr, Instr::JumpIfTrueOrPop(_));
                        let v = self.top();
                        let truth = tri!(self.truthy(v));
                        if truth == jump_if {
                            ip = t as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Instr::GetIter => {
                        let v = self.pop();
                        flow!(self.get_iter_flow(v));
                    }
                    Instr::ForIter(t) => {
                        let it = self.top();
                        // Fast paths for the common iterators.
                        if let Value::Obj(id) = it {
                            if let Object::Iter(iter) = self.heap.get_mut(id) {
                                match iter.as_mut() {
                                    crate::builtins::iter::IterObj::Range {
                                        next,
                                        step,
                                        remaining,
                                    } => {
                                        if *remaining == 0 {
                                            self.stack.pop();
                                            ip = t as usize;
                                        } else {
                                            let v = *next;
                                            *remaining -= 1;
                                            *next = next.wrapping_add(*step);
                                            store_next!(Value::Int(v));
                                        }
                                        continue;
                                    }
                                    crate::builtins::iter::IterObj::List { list, index } => {
                                        let (list, i) = (*list, *index);
                                        if let Object::List(items) = self.heap.get(list) {
                                            if let Some(v) = items.get(i).copied() {
                                                if let Object::Iter(iter) = self.heap.get_mut(id) {
                                                    if let crate::builtins::iter::IterObj::List {
                                                        index,
                                                        ..
                                                    } = iter.as_mut()
                                                    {
                                                        *index += 1;
                                                    }
                                                }
                                                store_next!(v);
                                                continue;
                                            }
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        }
                        save_ip!();
                        match self.for_iter_flow(it, t) {
                            Ok(Some(Flow::Value(v))) => self.stack.push(v),
                            Ok(Some(Flow::Frame)) => break Step::NewFrame,
                            Ok(Some(Flow::Done)) => {}
                            Ok(Some(Flow::Blocked)) => break Step::Blocked,
                            Ok(None) => {
                                self.stack.pop();
                                ip = t as usize;
                            }
                            Err(e) => break Step::Err(e),
                        }
                    }
                    Instr::Call(n) => {
                        save_ip!();
                        tri!(self.tick());
                        if self.yield_requested {
                            self.yield_requested = false;
                            self.frames[fi].ip = (ip - 1) as u32;
                            break Step::Yield;
                        }
                        match self.call_instr(n as usize, 0, None) {
                            Ok(Flow::Value(v)) => self.stack.push(v),
                            Ok(Flow::Done) => {}
                            Ok(Flow::Frame) => break Step::NewFrame,
                            Ok(Flow::Blocked) => break Step::Blocked,
                            Err(e) => break Step::Err(e),
                        }
                        if self.pending.is_some() {
                            break Step::External;
                        }
                    }
                    Instr::CallKw(n, k) => {
                        save_ip!();
                        tri!(self.tick());
                        if self.yield_requested {
                            self.yield_requested = false;
                            self.frames[fi].ip = (ip - 1) as u32;
                            break Step::Yield;
                        }
                        match self.call_instr(n as usize, 0, Some(k)) {
                            Ok(Flow::Value(v)) => self.stack.push(v),
                            Ok(Flow::Done) => {}
                            Ok(Flow::Frame) => break Step::NewFrame,
                            Ok(Flow::Blocked) => break Step::Blocked,
                            Err(e) => break Step::Err(e),
                        }
                        if self.pending.is_some() {
                            break Step::External;
                        }
                    }
                    Instr::CallMethod(n) | Instr::CallMethodKw(n, _) => {
                        save_ip!();
                        tri!(self.tick());
                        if self.yield_requested {
                            self.yield_requested = false;
                            self.frames[fi].ip = (ip - 1) as u32;
                            break Step::Yield;
                        }
                        let kw = if let Instr::CallMethodKw(_, k) = instr {
                            Some(k)
                        } else {
                            None
                        };
                        match self.call_method_instr(n as usize, kw) {
                            Ok(Flow::Value(v)) => self.stack.push(v),
                            Ok(Flow::Done) => {}
                            Ok(Flow::Frame) => break Step::NewFrame,
                            Ok(Flow::Blocked) => break Step::Blocked,
                            Err(e) => break Step::Err(e),
                        }
                        if self.pending.is_some() {
                            break Step::External;
                        }
                    }
                    Instr::CallEx(has_kw) => {
                        save_ip!();
                        tri!(self.tick());
                        if self.yield_requested {
                            self.yield_requested = false;
                            self.frames[fi].ip = (ip - 1) as u32;
                            break Step::Yield;
                        }
                        match self.call_ex_instr(has_kw) {
                            Ok(Flow::Value(v)) => self.stack.push(v),
                            Ok(Flow::Done) => {}
                            Ok(Flow::Frame) => break Step::NewFrame,
                            Ok(Flow::Blocked) => break Step::Blocked,
                            Err(e) => break Step::Err(e),
                        }
                        if self.pending.is_some() {
                            break Step::External;
                        }
                    }
                    Instr::Return => {
                        let v = self.pop();
                        // The common case, a plain function returning to the bytecode that
                        // called it, without going through `return_from_frame`.
                        if fi > stop {
                            if let Some(f) = self.frames.get(fi) {
                                if matches!(f.on_return, OnReturn::Push) && f.gen.is_none() {
                                    let ret_sp = f.ret_sp as usize;
                                    self.frames.truncate(fi);
                                    self.stack.truncate(ret_sp);
                                    self.stack.push(v);
                                    continue 'frames;
                                }
                            }
                        }
                        save_ip!();
                        break Step::Return(v);
                    }
                    Instr::BuildTuple(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let t = tri!(self.new_tuple(items));
                        self.stack.push(t);
                    }
                    Instr::BuildList(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let l = tri!(self.new_list(items));
                        self.stack.push(l);
                    }
                    Instr::BuildSet(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let s = tri!(self.new_set_from(&items, false));
                        self.stack.push(s);
                    }
                    Instr::BuildMap(n) => {
                        let items = self.stack.split_off(self.stack.len() - 2 * n as usize);
                        let d = tri!(self.new_dict_from_pairs(&items));
                        self.stack.push(d);
                    }
                    Instr::BuildString(n) => {
                        let parts = self.stack.split_off(self.stack.len() - n as usize);
                        let s = tri!(self.concat_strs(&parts));
                        self.stack.push(s);
                    }
                    Instr::ListAppend(n) => {
                        let v = self.pop();
                        let target = self.stack[self.stack.len() - n as usize];
                        tri!(self.list_append(target, v));
                    }
                    Instr::SetAdd(n) => {
                        let v = self.pop();
                        let target = self.stack[self.stack.len() - n as usize];
                        tri!(self.set_add(target, v));
                    }
                    Instr::MapAdd(n) => {
                        let v = self.pop();
                        let k = self.pop();
                        let target = self.stack[self.stack.len() - n as usize];
                        tri!(self.dict_setitem(target, k, v));
                    }
                    Instr::ListExtend(n) => {
                        let v = self.pop();
                        let target = self.stack[self.stack.len() - n as usize];
                        save_ip!();
                        // `[*x]`, `f(a, *x)`: CPython's message names the unpacking.
                        if !tri!(self.is_iterable(v)) {
                            let t = self.type_name(v);
                            break Step::Err(Exc::type_error(format!(
                                "Value after * must be an iterable, not {t}"
                            )));
                        }
                        tri!(self.list_extend_from(target, v));
                    }
                    Instr::SetUpdate(n) => {
                        let v = self.pop();
                        let target = self.stack[self.stack.len() - n as usize];
                        save_ip!();
                        tri!(self.set_update_from(target, v));
                    }
                    Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                        let v = self.pop();
                        let target = self.stack[self.stack.len() - n as usize];
                        save_ip!();
                        let merge = matches!(instr, Instr::DictMerge(_));
                        tri!(self.dict_update_instr(target, v, merge, fi));
                    }
                    Instr::ListToTuple => {
                        let l = self.pop();
                        let items = match l {
                            Value::Obj(id) => match self.heap.get_mut(id) {
                                Object::List(items) => std::mem::take(items),
                                _ => Vec::new(),
                            },
                            _ => Vec::new(),
                        };
                        let t = tri!(self.new_tuple(items));
                        self.stack.push(t);
                    }
                    Instr::FormatValue(conv, has_spec) => {
                        save_ip!();
                        let spec = if has_spec { Some(self.pop()) } else { None };
                        let v = self.pop();
                        let s = tri!(self.format_value(v, conv, spec));
                        self.stack.push(s);
                    }
                    Instr::UnpackSequence(n) => {
                        let seq = self.pop();
                        save_ip!();
                        tri!(self.unpack_sequence(seq, n as usize));
                    }
                    Instr::UnpackEx(before, after) => {
                        let seq = self.pop();
                        save_ip!();
                        tri!(self.unpack_ex(seq, before as usize, after as usize));
                    }
                    Instr::MakeFunction(code_idx, flags) => {
                        let f = tri!(self.make_function(code_idx, flags));
                        self.stack.push(f);
                    }
                    Instr::BuildClass(code_idx) => {
                        save_ip!();
                        match self.build_class_instr(code_idx) {
                            Ok(()) => break Step::NewFrame,
                            Err(e) => break Step::Err(e),
                        }
                    }
                    Instr::Raise(kind) => {
                        save_ip!();
                        break Step::Err(self.raise_instr(kind));
                    }
                    Instr::Reraise => {
                        save_ip!();
                        let exc = self.pop();
                        break Step::Err(self.mark_reraise(exc));
                    }
                    Instr::PushExcInfo => {
                        let exc = self.pop();
                        self.stack.push(self.exc_info);
                        self.stack.push(exc);
                        self.exc_info = exc;
                    }
                    Instr::PopExcept => {
                        self.exc_info = self.pop();
                    }
                    Instr::CheckExcMatch => {
                        let ty = self.pop();
                        let exc = self.top();
                        let m = tri!(self.exception_matches(exc, ty));
                        self.stack.push(Value::Bool(m));
                    }
                    Instr::LoadAssertionError => {
                        self.stack.push(Value::Type(BuiltinType::AssertionError))
                    }
                    Instr::BeforeWith => {
                        let ctx = self.pop();
                        flow!(self.before_with(ctx, false));
                    }
                    Instr::BeforeAsyncWith => {
                        let ctx = self.pop();
                        flow!(self.before_with(ctx, true));
                    }
                    Instr::WithExceptStart => {
                        let len = self.stack.len();
                        let exit = self.stack[len - 3];
                        let exc = self.stack[len - 1];
                        flow!(self.with_except_start(exit, exc));
                    }
                    Instr::CallExitNone => {
                        let exit = self.pop();
                        flow!(self.call_flow(
                            exit,
                            &[Value::None, Value::None, Value::None],
                            OnReturn::Push
                        ));
                    }
                    Instr::YieldValue => {
                        save_ip!();
                        let v = self.pop();
                        match self.yield_value(v) {
                            Ok(None) => break Step::NewFrame,
                            Ok(Some(v)) => break Step::Exit(v),
                            Err(e) => break Step::Err(e),
                        }
                    }
                    Instr::GetYieldFromIter => {
                        let v = self.pop();
                        let it = tri!(self.get_yield_from_iter(v));
                        self.stack.push(it);
                    }
                    Instr::Send(t) => {
                        save_ip!();
                        let v = self.pop();
                        let sub = self.top();
                        match self.send_instr(sub, v, t) {
                            Ok(Some(Flow::Value(y))) => self.stack.push(y),
                            Ok(Some(_)) => break Step::NewFrame,
                            Ok(None) => {
                                // Finished: the result replaced the sub-iterator.
                                ip = t as usize;
                            }
                            Err(e) => break Step::Err(e),
                        }
                    }
                    Instr::Await => {
                        save_ip!();
                        if self.skip_await {
                            self.skip_await = false;
                            continue;
                        }
                        let aw = self.pop();
                        match self.await_value(aw) {
                            Ok(Flow::Value(v)) => self.stack.push(v),
                            Ok(Flow::Done) => {}
                            Ok(Flow::Frame) => break Step::NewFrame,
                            Ok(Flow::Blocked) => break Step::Blocked,
                            Err(e) => break Step::Err(e),
                        }
                        if self.pending.is_some() {
                            break Step::External;
                        }
                    }
                    Instr::GetAIter => {
                        let v = self.pop();
                        flow!(self.get_aiter(v));
                    }
                    Instr::GetANext => {
                        let it = self.top();
                        flow!(self.get_anext(it));
                    }
                    Instr::EndAsyncFor(t) => {
                        let exc = self.pop();
                        if self.exception_is(exc, BuiltinType::StopAsyncIteration) {
                            self.stack.pop();
                            ip = t as usize;
                        } else {
                            save_ip!();
                            break Step::Err(self.mark_reraise(exc));
                        }
                    }
                    Instr::ImportName(idx) => {
                        save_ip!();
                        let name = self.program.names[idx as usize].clone();
                        let m = tri!(crate::modules::import(self, &name));
                        self.stack.push(m);
                    }
                    Instr::ImportFrom(idx) => {
                        let m = self.top();
                        let v = tri!(self.import_from(m, idx));
                        self.stack.push(v);
                    }
                    Instr::ImportStar => {
                        let m = self.pop();
                        tri!(self.import_star(m));
                    }
                    Instr::MatchClass(npos) => {
                        let names = self.pop();
                        let cls = self.pop();
                        let subject = self.pop();
                        save_ip!();
                        let r = tri!(self.match_class(subject, cls, names, npos as usize));
                        self.stack.push(r);
                    }
                    Instr::MatchMapping => {
                        let v = self.top();
                        let r = self.is_mapping(v);
                        self.stack.push(Value::Bool(r));
                    }
                    Instr::MatchSequence => {
                        let v = self.top();
                        let r = self.is_match_sequence(v);
                        self.stack.push(Value::Bool(r));
                    }
                    Instr::MatchKeys => {
                        let len = self.stack.len();
                        let (subject, keys) = (self.stack[len - 2], self.stack[len - 1]);
                        save_ip!();
                        let r = tri!(self.match_keys(subject, keys));
                        self.stack.push(r);
                    }
                    Instr::GetLen => {
                        let v = self.top();
                        save_ip!();
                        let n = tri!(self.len(v));
                        self.stack.push(Value::Int(n as i64));
                    }
                    Instr::CopyDictWithoutKeys => {
                        let keys = self.pop();
                        let subject = self.top();
                        save_ip!();
                        let r = tri!(self.copy_dict_without_keys(subject, keys));
                        self.stack.push(r);
                    }
                    Instr::StoreAnnotation(idx) => {
                        let v = self.pop();
                        tri!(self.store_annotation(fi, idx, v));
                    }
                    Instr::SetupAnnotations => tri!(self.setup_annotations(fi)),
                }
            };

            match step {
                Step::NewFrame => continue 'frames,
                Step::Exit(v) => return LoopExit::Returned(v),
                Step::Blocked => {
                    self.frames[fi].ip = ip as u32;
                    return LoopExit::Blocked;
                }
                Step::External => {
                    self.frames[fi].ip = ip as u32;
                    return LoopExit::External;
                }
                Step::Yield => return LoopExit::Yield,
                Step::Return(v) => match self.return_from_frame(v, stop) {
                    Ok(None) => continue 'frames,
                    Ok(Some(exit)) => return exit,
                    Err(e) => {
                        if let Some(exit) = self.unwind(e, stop) {
                            return exit;
                        }
                    }
                },
                Step::Err(e) => {
                    self.frames[fi].ip = ip as u32;
                    if let Some(exit) = self.unwind(e, stop) {
                        return exit;
                    }
                }
            }
        }
    }

    /// Pops the returning frame and applies its `OnReturn`. Returns an exit if the stop frame
    /// returned.
    fn return_from_frame(&mut self, value: Value, stop: usize) -> PyResult<Option<LoopExit>> {
        let Some(frame) = self.frames.pop() else {
            return Ok(Some(LoopExit::Raised(Exc::internal(
                "return without a frame",
            ))));
        };
        if let Some(gen) = frame.gen {
            self.finish_generator(gen, &frame);
        }
        self.stack.truncate(frame.ret_sp as usize);
        let at_stop = self.frames.len() <= stop;
        match frame.on_return {
            OnReturn::ExitNested | OnReturn::ModuleEnd | OnReturn::TaskEnd => {
                return Ok(Some(LoopExit::Returned(value)));
            }
            other => {
                if at_stop {
                    return Ok(Some(LoopExit::Raised(Exc::internal(
                        "frame returned past its loop",
                    ))));
                }
                self.apply_on_return(other, value, frame.namespace)?;
            }
        }
        Ok(None)
    }

    fn unbound_local(&self, code: &crate::bytecode::Code, slot: u32) -> Exc {
        let name = code
            .varnames
            .get(slot as usize)
            .cloned()
            .unwrap_or_default();
        Exc::new(
            BuiltinType::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn unbound_deref(&mut self, code: &crate::bytecode::Code, slot: u32) -> Exc {
        let name = code
            .varnames
            .get(slot as usize)
            .cloned()
            .unwrap_or_default();
        let is_free = code
            .instrs
            .iter()
            .find_map(|i| match i {
                Instr::CopyFreeVars(start) => Some(*start),
                _ => None,
            })
            .map(|start| slot >= start && slot < start + code.nfree)
            .unwrap_or(false);
        if is_free {
            self.free_var_error(&name)
        } else {
            Exc::new(
                BuiltinType::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        }
    }

    pub(crate) fn cell_get(&self, cell: Value) -> Value {
        match cell {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Cell(v) => *v,
                _ => Value::Undefined,
            },
            _ => Value::Undefined,
        }
    }

    pub(crate) fn cell_set(&mut self, cell: Value, v: Value) {
        if let Value::Obj(id) = cell {
            if let Object::Cell(c) = self.heap.get_mut(id) {
                *c = v;
            }
        }
    }

    /// A global slot that is unbound: its builtin, or NameError.
    fn global_fallback(&mut self, slot: u32) -> PyResult<Value> {
        let g = &self.program.globals[slot as usize];
        match &g.builtin {
            Some(c) => {
                let c = c.clone();
                self.materialize_const(&c)
            }
            None => {
                let name = g.name.clone();
                Err(self.name_error(&name))
            }
        }
    }

    /// `NameError: name 'x' is not defined` (with the name recorded for suggestions).
    /// NameError for an unbound free variable (with `name` set, for suggestions).
    pub fn free_var_error(&mut self, name: &str) -> Exc {
        let msg = format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        );
        match self.new_exception(BuiltinType::NameError, &msg) {
            Ok(exc) => {
                if let Ok(n) = self.new_str(name.to_string()) {
                    self.set_exc_attr(exc, "name", n);
                }
                Exc::Object(exc)
            }
            Err(e) => e,
        }
    }

    pub fn name_error(&mut self, name: &str) -> Exc {
        // A built-in CPython has but montybox leaves out: say so rather than "not defined".
        if crate::data::names::BUILTINS.contains(&name) || name == "__builtins__" {
            return Exc::new(
                BuiltinType::NotImplementedError,
                if name == "__builtins__" {
                    "montybox does not expose __builtins__ (sandbox)".to_string()
                } else {
                    format!("montybox does not support the built-in '{name}'")
                },
            );
        }
        match self.new_exception(
            BuiltinType::NameError,
            &format!("name '{name}' is not defined"),
        ) {
            Ok(exc) => {
                if let Ok(n) = self.new_str(name.to_string()) {
                    self.set_exc_attr(exc, "name", n);
                }
                Exc::Object(exc)
            }
            Err(e) => e,
        }
    }

    /// Whether a generator object is a coroutine (for `await`).
    pub fn gen_kind(&self, v: Value) -> Option<GenKind> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Generator(g) => Some(g.kind),
                _ => None,
            },
            _ => None,
        }
    }
}

#[inline(always)]
fn int_compare(op: CmpOp, x: i64, y: i64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

/// The integer operators on two small ints, when the result is a small int too (`None` sends
/// the operation down the general path: overflow, division by zero, negative shifts...).
#[inline(always)]
fn small_int_op(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        // Python rounds toward negative infinity: the remainder takes the divisor's sign.
        BinOp::Mod => {
            let r = x.checked_rem(y)?;
            Some(if r != 0 && (r < 0) != (y < 0) {
                r + y
            } else {
                r
            })
        }
        BinOp::FloorDiv => {
            let q = x.checked_div(y)?;
            Some(if q * y != x && (x < 0) != (y < 0) {
                q - 1
            } else {
                q
            })
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::RShift if (0..64).contains(&y) => Some(x >> y),
        BinOp::RShift if y >= 64 => Some(if x < 0 { -1 } else { 0 }),
        _ => None,
    }
}
