//! The event loop: tasks, futures, `gather`, `sleep` on a virtual clock, `await`, and the driver
//! that runs the program until it completes or must wait for its host.
//!
//! Each task owns a value stack and a frame stack; only the running task's live in the VM's
//! registers. Awaiting a pending future parks the task; completing a future queues its callbacks
//! in FIFO order, as asyncio's `call_soon` does, so interleavings match CPython's.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

use super::{Flow, Frame, LoopExit, OnReturn, PendingCall, Resume, Vm};
use crate::builtins::generator::{GenKind, GenState};
use crate::error::{Exc, Fatal, PyResult, RunError};
use crate::heap::{ObjId, Object};
use crate::types::BuiltinType;
use crate::value::Value;

/// Which task is (or was) running.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TaskRef {
    Main,
    Task(ObjId),
}

/// What to do when a future or task completes.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum Callback {
    /// Resume a task waiting on it.
    Wake(TaskRef),
    /// Record a `gather` child's outcome.
    GatherChild { gather: ObjId, index: usize },
    /// A callback of the `asyncio` module's combinators and synchronization primitives.
    Asyncio(crate::modules::asyncio::AsyncioCallback),
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum Event {
    /// Run a task: its first step, or a resumption with a value or exception.
    Step(TaskRef, Resume),
    /// A completed future's callback.
    Callback(Callback, ObjId),
    /// A timer that came due: completes its sleep future.
    Timer(ObjId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FutState {
    Pending,
    Done,
    Cancelled,
}

/// The registers of a task that is not running.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SavedState {
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub exc_info: Value,
}

impl SavedState {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.stack.iter().for_each(|v| f(*v));
        self.frames.iter().for_each(|fr| fr.trace(f));
        f(self.exc_info);
    }
}

/// An `asyncio.Task`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TaskObj {
    pub coro: Value,
    pub name: String,
    pub state: FutState,
    pub result: Value,
    pub exception: Value,
    pub callbacks: Vec<Callback>,
    pub saved: SavedState,
    pub started: bool,
    /// The future or task this task is suspended on (cancellation passes to it).
    pub waiting_on: Option<ObjId>,
    /// `cancel()` was called while the task was not waiting: raise CancelledError when it runs.
    pub must_cancel: bool,
}

impl TaskObj {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.coro);
        f(self.result);
        f(self.exception);
        for cb in &self.callbacks {
            trace_callback(cb, f);
        }
        self.saved.trace(f);
    }

    pub fn size_estimate(&self) -> usize {
        self.saved.stack.capacity() * std::mem::size_of::<Value>()
            + self.saved.frames.capacity() * std::mem::size_of::<Frame>()
    }
}

fn trace_callback(cb: &Callback, f: &mut dyn FnMut(Value)) {
    match cb {
        Callback::Wake(TaskRef::Task(t)) => f(Value::Obj(*t)),
        Callback::Wake(TaskRef::Main) => {}
        Callback::GatherChild { gather, .. } => f(Value::Obj(*gather)),
        Callback::Asyncio(cb) => cb.trace(f),
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum FutureKind {
    Plain,
    Gather {
        children: Vec<Value>,
        results: Vec<Value>,
        remaining: usize,
        return_exceptions: bool,
    },
    /// The result of a host call the host answered with "later".
    External(u64),
    /// `asyncio.sleep(delay)`.
    Sleep,
}

/// An `asyncio.Future` (also the result of `gather`, `sleep` and pending host calls).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FutureObj {
    pub state: FutState,
    pub result: Value,
    pub exception: Value,
    pub callbacks: Vec<Callback>,
    pub kind: FutureKind,
}

impl FutureObj {
    pub fn new(kind: FutureKind) -> FutureObj {
        FutureObj {
            state: FutState::Pending,
            result: Value::None,
            exception: Value::None,
            callbacks: Vec::new(),
            kind,
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.result);
        f(self.exception);
        for cb in &self.callbacks {
            trace_callback(cb, f);
        }
        if let FutureKind::Gather {
            children, results, ..
        } = &self.kind
        {
            children.iter().for_each(|v| f(*v));
            results.iter().for_each(|v| f(*v));
        }
    }
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct Timer {
    pub deadline: f64,
    pub seq: u64,
    pub future: ObjId,
}

/// The event loop's state.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Scheduler {
    pub ready: VecDeque<Event>,
    pub timers: Vec<Timer>,
    /// Added to the VM's running time to give the loop's clock; idle waits for a timer advance
    /// it instead of sleeping.
    pub offset: f64,
    /// Events left in the current loop iteration (asyncio's `_run_once` runs the handles that
    /// were ready when it started, then looks at timers again).
    pub batch: usize,
    pub seq: u64,
    /// The task whose registers are loaded (`None` once it has finished).
    pub current: Option<TaskRef>,
    /// The main program's registers while another task runs.
    pub main: Option<SavedState>,
    /// Futures of host calls answered "later", by call id.
    pub external: Vec<(u64, ObjId)>,
    pub task_counter: u64,
    /// What the main program awaits while it is blocked (so `asyncio.timeout` can cancel it).
    #[serde(default)]
    pub main_waiting_on: Option<ObjId>,
}

impl Default for Scheduler {
    fn default() -> Self {
        Scheduler {
            ready: VecDeque::new(),
            timers: Vec::new(),
            offset: 0.0,
            batch: 0,
            seq: 0,
            current: Some(TaskRef::Main),
            main: None,
            external: Vec::new(),
            task_counter: 0,
            main_waiting_on: None,
        }
    }
}

impl Scheduler {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.ready {
            match e {
                Event::Step(t, r) => {
                    if let TaskRef::Task(id) = t {
                        f(Value::Obj(*id));
                    }
                    match r {
                        Resume::Value(v) | Resume::Throw(v) => f(*v),
                    }
                }
                Event::Callback(cb, src) => {
                    trace_callback(cb, f);
                    f(Value::Obj(*src));
                }
                Event::Timer(fu) => f(Value::Obj(*fu)),
            }
        }
        for t in &self.timers {
            f(Value::Obj(t.future));
        }
        if let Some(TaskRef::Task(t)) = self.current {
            f(Value::Obj(t));
        }
        if let Some(m) = &self.main {
            m.trace(f);
        }
        for (_, fu) in &self.external {
            f(Value::Obj(*fu));
        }
        if let Some(w) = self.main_waiting_on {
            f(Value::Obj(w));
        }
    }
}

/// Where a run stands after `drive`.
#[derive(Debug)]
pub enum Progress {
    /// The main program finished with this value.
    Complete(Value),
    /// Paused at a host function call; answer it with `answer_call`.
    Call(PendingCall),
    /// Every task waits on host calls answered "later"; resolve at least one of these.
    Waiting(Vec<u64>),
    /// The run slice ended (`Vm::slice_deadline`); call `drive` again to continue.
    Yielded,
}

impl Vm {
    fn task_mut(&mut self, id: ObjId) -> Option<&mut TaskObj> {
        match self.heap.get_mut(id) {
            Object::Task(t) => Some(t),
            _ => None,
        }
    }

    /// Creates a task running coroutine `coro` and schedules its first step.
    pub fn create_task(&mut self, coro: Value) -> PyResult<Value> {
        let Value::Obj(cid) = coro else {
            return Err(Exc::type_error("a coroutine was expected"));
        };
        let (frame, stack, name) = match self.heap.get_mut(cid) {
            Object::Generator(g) if g.kind == GenKind::Coroutine => {
                if g.state != GenState::Created {
                    return Err(Exc::runtime_error("cannot reuse already awaited coroutine"));
                }
                g.state = GenState::Running;
                (
                    g.frame.take(),
                    std::mem::take(&mut g.stack),
                    g.qualname.clone(),
                )
            }
            _ => {
                let t = self.type_name(coro);
                return Err(Exc::type_error(format!(
                    "a coroutine was expected, got {t}"
                )));
            }
        };
        let mut frame = frame.ok_or_else(|| Exc::internal("coroutine without a frame"))?;
        frame.ret_sp = 0;
        frame.on_return = OnReturn::TaskEnd;
        frame.saved_exc_info = Value::None;
        self.sched.task_counter += 1;
        let task = TaskObj {
            coro,
            name: format!("Task-{}", self.sched.task_counter + 1),
            state: FutState::Pending,
            result: Value::None,
            exception: Value::None,
            callbacks: Vec::new(),
            saved: SavedState {
                stack,
                frames: vec![frame],
                exc_info: Value::None,
            },
            started: false,
            waiting_on: None,
            must_cancel: false,
        };
        let _ = name;
        let id = self.alloc_obj(Object::Task(Box::new(task)))?;
        // The coroutine's frame now belongs to the task.
        if let Object::Generator(g) = self.heap.get_mut(cid) {
            if let Some(f) = g.frame.as_mut() {
                f.gen = Some(cid);
            }
        }
        self.sched
            .ready
            .push_back(Event::Step(TaskRef::Task(id), Resume::Value(Value::None)));
        Ok(Value::Obj(id))
    }

    /// A future that is already done with `v`.
    pub fn completed_future(&mut self, v: Value) -> PyResult<Value> {
        let mut f = FutureObj::new(FutureKind::Plain);
        f.state = FutState::Done;
        f.result = v;
        self.alloc(Object::Future(Box::new(f)))
    }

    /// `asyncio.sleep(delay, result)`.
    pub fn sleep_future(&mut self, delay: f64, result: Value) -> PyResult<Value> {
        let mut f = FutureObj::new(FutureKind::Sleep);
        f.result = result;
        let id = self.alloc_obj(Object::Future(Box::new(f)))?;
        if delay <= 0.0 {
            // Completes on the next loop iteration (a bare yield in CPython).
            if let Object::Future(f) = self.heap.get_mut(id) {
                f.state = FutState::Done;
            }
            return Ok(Value::Obj(id));
        }
        self.sched.seq += 1;
        let now = self.loop_time();
        self.sched.timers.push(Timer {
            deadline: now + delay,
            seq: self.sched.seq,
            future: id,
        });
        Ok(Value::Obj(id))
    }

    /// `asyncio.gather(*aws, return_exceptions=...)`.
    pub fn gather(&mut self, aws: &[Value], return_exceptions: bool) -> PyResult<Value> {
        let mut children = Vec::with_capacity(aws.len());
        for aw in aws {
            let child = match self.gen_kind(*aw) {
                Some(GenKind::Coroutine) => self.create_task(*aw)?,
                _ => match aw {
                    Value::Obj(id)
                        if matches!(self.heap.get(*id), Object::Task(_) | Object::Future(_)) =>
                    {
                        *aw
                    }
                    _ => {
                        return Err(Exc::type_error(
                            "An asyncio.Future, a coroutine or an awaitable is required",
                        ))
                    }
                },
            };
            children.push(child);
        }
        let n = children.len();
        let mut fut = FutureObj::new(FutureKind::Gather {
            children: children.clone(),
            results: vec![Value::None; n],
            remaining: n,
            return_exceptions,
        });
        if n == 0 {
            fut.state = FutState::Done;
            fut.result = self.new_list(Vec::new())?;
        }
        let gid = self.alloc_obj(Object::Future(Box::new(fut)))?;
        for (index, child) in children.iter().enumerate() {
            self.add_done_callback(*child, Callback::GatherChild { gather: gid, index })?;
        }
        Ok(Value::Obj(gid))
    }

    /// Registers `cb` on a task or future; queued at once if it is already done.
    pub(crate) fn add_done_callback(&mut self, fut: Value, cb: Callback) -> PyResult<()> {
        let Value::Obj(id) = fut else {
            return Err(Exc::internal("not a future"));
        };
        let done = match self.heap.get_mut(id) {
            Object::Task(t) => {
                if t.state == FutState::Pending {
                    t.callbacks.push(cb);
                    false
                } else {
                    true
                }
            }
            Object::Future(f) => {
                if f.state == FutState::Pending {
                    f.callbacks.push(cb);
                    false
                } else {
                    true
                }
            }
            _ => return Err(Exc::internal("not a future")),
        };
        if done {
            self.sched.ready.push_back(Event::Callback(cb, id));
        }
        Ok(())
    }

    /// The outcome of a done task or future.
    /// The outcome of a finished task or future (`None` while pending).
    pub fn future_outcome_pub(&mut self, id: ObjId) -> Option<Resume> {
        self.future_outcome(id)
    }

    /// Whether `id` is the already-done future of `asyncio.sleep(0)` (which still yields once).
    pub fn is_sleep0(&self, id: ObjId) -> bool {
        matches!(self.heap.get(id), Object::Future(f) if matches!(f.kind, FutureKind::Sleep) && f.state == FutState::Done)
    }

    fn future_outcome(&mut self, id: ObjId) -> Option<Resume> {
        let cancelled = match self.heap.get(id) {
            Object::Task(t) => t.state == FutState::Cancelled,
            Object::Future(f) => f.state == FutState::Cancelled,
            _ => false,
        };
        if cancelled {
            return self
                .new_exception_args(Value::Type(BuiltinType::CancelledError), vec![])
                .ok()
                .map(|e| Resume::Throw(Value::Obj(e)));
        }
        match self.heap.get(id) {
            Object::Task(t) if t.state != FutState::Pending => Some(if t.exception.is_none() {
                Resume::Value(t.result)
            } else {
                Resume::Throw(t.exception)
            }),
            Object::Future(f) if f.state != FutState::Pending => Some(if f.exception.is_none() {
                Resume::Value(f.result)
            } else {
                Resume::Throw(f.exception)
            }),
            _ => None,
        }
    }

    /// Marks a future done and queues its callbacks.
    pub(crate) fn finish_future(&mut self, id: ObjId, outcome: Resume) {
        let callbacks = match self.heap.get_mut(id) {
            Object::Task(t) => {
                t.state = FutState::Done;
                match outcome {
                    Resume::Value(v) => t.result = v,
                    Resume::Throw(e) => t.exception = e,
                }
                std::mem::take(&mut t.callbacks)
            }
            Object::Future(f) => {
                if f.state != FutState::Pending {
                    return;
                }
                f.state = FutState::Done;
                match outcome {
                    Resume::Value(v) => f.result = v,
                    Resume::Throw(e) => f.exception = e,
                }
                std::mem::take(&mut f.callbacks)
            }
            _ => return,
        };
        for cb in callbacks {
            self.sched.ready.push_back(Event::Callback(cb, id));
        }
    }

    /// `Await`.
    pub(crate) fn await_value(&mut self, aw: Value) -> PyResult<Flow> {
        let Value::Obj(id) = aw else {
            return Err(self.not_awaitable(aw));
        };
        match self.heap.get(id) {
            Object::Generator(g) => match g.kind {
                GenKind::Coroutine => {
                    if g.state != GenState::Created {
                        return Err(Exc::runtime_error("cannot reuse already awaited coroutine"));
                    }
                    self.resume_generator(aw, Resume::Value(Value::None), OnReturn::AwaitCoro)?;
                    Ok(Flow::Frame)
                }
                _ => Err(self.not_awaitable(aw)),
            },
            Object::AGenStep(agen, v) => {
                let (agen, v) = (*agen, *v);
                let done = matches!(self.heap.get(agen), Object::Generator(g) if g.state == GenState::Done);
                if done {
                    return Err(Exc::Args(BuiltinType::StopAsyncIteration, vec![]));
                }
                self.resume_generator(Value::Obj(agen), Resume::Value(v), OnReturn::AsyncGenStep)?;
                Ok(Flow::Frame)
            }
            Object::Task(_) | Object::Future(_) => {
                let sleep0 = matches!(self.heap.get(id), Object::Future(f) if matches!(f.kind, FutureKind::Sleep) && f.state == FutState::Done);
                if let (Some(outcome), false) = (self.future_outcome(id), sleep0) {
                    return match outcome {
                        Resume::Value(v) => Ok(Flow::Value(v)),
                        Resume::Throw(e) => Err(Exc::Object(
                            e.as_obj().ok_or_else(|| Exc::internal("exception"))?,
                        )),
                    };
                }
                if self.nested > 0 {
                    return Err(Exc::runtime_error(
                        "montybox cannot await a pending future inside a callback that a built-in function runs",
                    ));
                }
                let current = self
                    .sched
                    .current
                    .ok_or_else(|| Exc::internal("await outside a task"))?;
                if TaskRef::Task(id) == current {
                    return Err(Exc::runtime_error("Task cannot await on itself"));
                }
                if sleep0 {
                    let result = match self.heap.get(id) {
                        Object::Future(f) => f.result,
                        _ => Value::None,
                    };
                    self.sched
                        .ready
                        .push_back(Event::Step(current, Resume::Value(result)));
                } else {
                    self.add_done_callback(aw, Callback::Wake(current))?;
                    match current {
                        TaskRef::Task(t) => {
                            if let Some(task) = self.task_mut(t) {
                                task.waiting_on = Some(id);
                            }
                        }
                        TaskRef::Main => self.sched.main_waiting_on = Some(id),
                    }
                }
                Ok(Flow::Blocked)
            }
            Object::Instance(_) => {
                if let Some(m) = self.lookup_user(aw, "__await__")? {
                    let it = self.call(m, &[])?;
                    if self.gen_kind(it) == Some(GenKind::Coroutine) {
                        return self.await_value(it);
                    }
                    return self.await_iterator(it).map(Flow::Value);
                }
                Err(self.not_awaitable(aw))
            }
            _ => Err(self.not_awaitable(aw)),
        }
    }

    /// Drives the iterator an `__await__` returned: it may yield `None` (a bare yield: the
    /// awaiting task continues) or finished futures (their result is sent back in); its return
    /// value is the result of the `await`. Waiting on a pending future from inside such an
    /// iterator is not supported.
    fn await_iterator(&mut self, it: Value) -> PyResult<Value> {
        if !self.is_iterator(it)? {
            let t = self.type_name(it);
            return Err(Exc::type_error(format!(
                "__await__() returned non-iterator of type '{t}'"
            )));
        }
        let mut send = Value::None;
        loop {
            self.check_limits()?;
            let step = if self.gen_kind(it) == Some(GenKind::Generator) {
                self.gen_resume_nested(it, Resume::Value(send))
            } else {
                match self.iter_next_or_return_pub(it)? {
                    Some(v) => Ok(v),
                    None => return Ok(Value::None),
                }
            };
            let yielded = match step {
                Ok(v) => v,
                Err(e) if self.exc_is(&e, BuiltinType::StopIteration) => {
                    return Ok(self.stop_iteration_value(&e));
                }
                Err(e) => return Err(e),
            };
            send = match yielded {
                Value::None => Value::None,
                Value::Obj(fid) if matches!(self.heap.get(fid), Object::Future(_) | Object::Task(_)) => {
                    match self.future_outcome(fid) {
                        Some(Resume::Value(v)) => v,
                        Some(Resume::Throw(Value::Obj(e))) => return Err(Exc::Object(e)),
                        _ => {
                            return Err(Exc::runtime_error(
                                "montybox: an __await__ iterator cannot wait on a pending future; make __await__ return a coroutine instead",
                            ))
                        }
                    }
                }
                other => {
                    let r = self.repr(other)?;
                    return Err(Exc::runtime_error(format!(
                        "Task got bad yield: {r}"
                    )));
                }
            };
        }
    }

    fn not_awaitable(&self, v: Value) -> Exc {
        let t = self.type_name(v);
        Exc::type_error(format!("object {t} can't be used in 'await' expression"))
    }

    /// `asyncio.run(coro)` from the main program: awaits the coroutine in place.
    pub(crate) fn asyncio_run(&mut self, coro: Value) -> PyResult<Flow> {
        let in_loop = self.sched.current != Some(TaskRef::Main)
            || self.frames.iter().any(|f| {
                f.gen
                    .map(|g| self.gen_kind(Value::Obj(g)) == Some(GenKind::Coroutine))
                    .unwrap_or(false)
            });
        if in_loop {
            if self.gen_kind(coro) == Some(GenKind::Coroutine) {
                // CPython closes the coroutine it was given.
                let _ = self.gen_close(coro);
            }
            return Err(Exc::runtime_error(
                "asyncio.run() cannot be called from a running event loop",
            ));
        }
        if self.gen_kind(coro) != Some(GenKind::Coroutine) {
            let r = self.repr(coro)?;
            return Err(Exc::value_error(format!(
                "a coroutine was expected, got {r}"
            )));
        }
        self.resume_generator(coro, Resume::Value(Value::None), OnReturn::AsyncioRun)?;
        Ok(Flow::Frame)
    }

    // ---- the driver ------------------------------------------------------------

    fn save_current(&mut self) {
        let state = SavedState {
            stack: std::mem::take(&mut self.stack),
            frames: std::mem::take(&mut self.frames),
            exc_info: std::mem::replace(&mut self.exc_info, Value::None),
        };
        match self.sched.current.take() {
            Some(TaskRef::Main) => self.sched.main = Some(state),
            Some(TaskRef::Task(t)) => {
                if let Some(task) = self.task_mut(t) {
                    task.saved = state;
                }
            }
            None => {}
        }
    }

    fn load(&mut self, t: TaskRef) {
        let state = match t {
            TaskRef::Main => self.sched.main.take().unwrap_or_default(),
            TaskRef::Task(id) => match self.task_mut(id) {
                Some(task) => {
                    task.started = true;
                    std::mem::take(&mut task.saved)
                }
                None => SavedState::default(),
            },
        };
        self.stack = state.stack;
        self.frames = state.frames;
        self.exc_info = state.exc_info;
        self.sched.current = Some(t);
    }

    fn is_finished(&self, t: TaskRef) -> bool {
        match t {
            TaskRef::Main => false,
            TaskRef::Task(id) => {
                !matches!(self.heap.get(id), Object::Task(task) if task.state == FutState::Pending)
            }
        }
    }

    /// Switches to `t` and delivers `resume` at its suspension point. Returns an exit if the
    /// resumption raised out of the task at once.
    fn switch_to(&mut self, t: TaskRef, resume: Resume) -> Option<LoopExit> {
        let mut resume = resume;
        if t == TaskRef::Main {
            self.sched.main_waiting_on = None;
        }
        if let TaskRef::Task(id) = t {
            let must_cancel = match self.task_mut(id) {
                Some(task) => {
                    task.waiting_on = None;
                    std::mem::take(&mut task.must_cancel)
                }
                None => false,
            };
            if must_cancel {
                if let Ok(e) =
                    self.new_exception_args(Value::Type(BuiltinType::CancelledError), vec![])
                {
                    resume = Resume::Throw(Value::Obj(e));
                }
            }
        }
        if self.sched.current != Some(t) {
            self.save_current();
            let first = matches!(t, TaskRef::Task(id) if matches!(self.heap.get(id), Object::Task(task) if !task.started));
            self.load(t);
            if first && matches!(resume, Resume::Value(_)) {
                return None;
            }
        }
        match resume {
            Resume::Value(v) => {
                self.stack.push(v);
                None
            }
            Resume::Throw(e) => match e.as_obj() {
                Some(id) => self.unwind(Exc::Object(id), 0),
                None => None,
            },
        }
    }

    /// Runs until the program completes, pauses at a host call, or waits on host futures.
    pub fn drive(&mut self) -> Result<Progress, RunError> {
        self.clock.start_slice();
        let r = self.drive_inner();
        // A finished run's time is never looked at again: skip reading the clock.
        if !matches!(r, Ok(Progress::Complete(_)) | Err(_)) {
            self.clock.end_slice();
        }
        r
    }

    fn drive_inner(&mut self) -> Result<Progress, RunError> {
        let mut exit = if std::mem::take(&mut self.resume_blocked) {
            Some(LoopExit::Blocked)
        } else if let Some(exc) = self.pending_raise.take() {
            let id = exc
                .as_obj()
                .ok_or_else(|| RunError::Internal("bad exception".into()))?;
            Some(match self.unwind(Exc::Object(id), 0) {
                Some(x) => x,
                None => self.run_loop(0),
            })
        } else if self.sched.current.is_some() && !self.frames.is_empty() {
            Some(self.run_loop(0))
        } else {
            None
        };
        loop {
            if let Some(e) = exit.take() {
                match e {
                    LoopExit::External => {
                        let call = self
                            .pending
                            .clone()
                            .ok_or_else(|| RunError::Internal("no pending call".into()))?;
                        return Ok(Progress::Call(call));
                    }
                    LoopExit::Blocked => {}
                    LoopExit::Yield => return Ok(Progress::Yielded),
                    LoopExit::Returned(v) => match self.sched.current {
                        Some(TaskRef::Main) | None => return Ok(Progress::Complete(v)),
                        Some(TaskRef::Task(t)) => {
                            self.sched.current = None;
                            self.finish_future(t, Resume::Value(v));
                        }
                    },
                    LoopExit::Raised(Exc::Fatal(f)) => return Err(f.into()),
                    LoopExit::Raised(e) => {
                        let id = self.materialize(e).map_err(|e| match e {
                            Exc::Fatal(f) => RunError::from(f),
                            _ => RunError::Internal("exception".into()),
                        })?;
                        match self.sched.current {
                            Some(TaskRef::Main) | None => {
                                let err = self.python_error(id);
                                return Err(RunError::Exception(err));
                            }
                            Some(TaskRef::Task(t)) => {
                                self.sched.current = None;
                                if self.exception_is(Value::Obj(id), BuiltinType::CancelledError) {
                                    // An uncaught CancelledError leaves the task cancelled.
                                    if let Some(task) = self.task_mut(t) {
                                        task.state = FutState::Pending;
                                    }
                                    self.finish_cancelled(t);
                                } else {
                                    self.finish_future(t, Resume::Throw(Value::Obj(id)));
                                }
                            }
                        }
                    }
                }
            }
            // Pick the next thing to run, one asyncio loop iteration at a time.
            if let Err(e) = self.check_limits() {
                return Err(match e {
                    Exc::Fatal(f) => f.into(),
                    _ => RunError::Internal("limit check".into()),
                });
            }
            if self.sched.batch == 0 {
                if self.sched.ready.is_empty() {
                    if !self.sched.timers.is_empty() {
                        // Idle until the next timer: skip the wait.
                        let next = self
                            .sched
                            .timers
                            .iter()
                            .map(|t| t.deadline)
                            .fold(f64::INFINITY, f64::min);
                        let now = self.loop_time();
                        if next > now {
                            self.sched.offset += next - now;
                        }
                    } else if !self.sched.external.is_empty() {
                        self.save_current_if_blocked();
                        let ids = self.sched.external.iter().map(|(c, _)| *c).collect();
                        return Ok(Progress::Waiting(ids));
                    } else {
                        return Err(RunError::Internal(
                            "the program is waiting on something that can never complete (event loop deadlock)".into(),
                        ));
                    }
                }
                self.queue_due_timers();
                self.sched.batch = self.sched.ready.len();
            }
            let Some(ev) = self.sched.ready.pop_front() else {
                self.sched.batch = 0;
                continue;
            };
            self.sched.batch -= 1;
            match ev {
                Event::Step(t, resume) => {
                    if self.is_finished(t) {
                        continue;
                    }
                    exit = Some(match self.switch_to(t, resume) {
                        Some(x) => x,
                        None => self.run_loop(0),
                    });
                }
                Event::Callback(cb, src) => match cb {
                    Callback::Wake(t) => {
                        if self.is_finished(t) {
                            continue;
                        }
                        let Some(outcome) = self.future_outcome(src) else {
                            // Re-armed before the task ran (a queue waiter that lost a race):
                            // keep waiting.
                            self.add_done_callback(Value::Obj(src), Callback::Wake(t))
                                .map_err(|_| RunError::Internal("re-arm".into()))?;
                            continue;
                        };
                        exit = Some(match self.switch_to(t, outcome) {
                            Some(x) => x,
                            None => self.run_loop(0),
                        });
                    }
                    Callback::GatherChild { gather, index } => {
                        self.gather_child_done(gather, index, src)
                            .map_err(|e| match e {
                                Exc::Fatal(f) => RunError::from(f),
                                _ => RunError::Internal("gather".into()),
                            })?;
                    }
                    Callback::Asyncio(cb) => {
                        crate::modules::asyncio::on_done(self, cb, src).map_err(|e| match e {
                            Exc::Fatal(f) => RunError::from(f),
                            _ => RunError::Internal("asyncio callback".into()),
                        })?;
                    }
                },
                Event::Timer(fut) => {
                    let result = match self.heap.get(fut) {
                        Object::Future(f) => f.result,
                        _ => Value::None,
                    };
                    self.finish_future(fut, Resume::Value(result));
                }
            }
        }
    }

    /// The event loop's clock in seconds.
    pub fn loop_time(&self) -> f64 {
        self.sched.offset + self.clock.elapsed().as_secs_f64()
    }

    fn save_current_if_blocked(&mut self) {
        if self.sched.current.is_some() && !self.frames.is_empty() {
            self.save_current();
        }
    }

    /// Moves timers that are due into the ready queue, earliest first.
    fn queue_due_timers(&mut self) {
        // Timers whose deadlines differ only by the interpreter's own running time fire in one
        // iteration, as they do in CPython, whose loop wakes up late enough to see them all due.
        const SLACK: f64 = 1e-3;
        let now = self.loop_time() + SLACK;
        let mut due: Vec<Timer> = self
            .sched
            .timers
            .iter()
            .copied()
            .filter(|t| t.deadline <= now)
            .collect();
        if due.is_empty() {
            return;
        }
        self.sched.timers.retain(|t| t.deadline > now);
        due.sort_by(|a, b| a.deadline.total_cmp(&b.deadline).then(a.seq.cmp(&b.seq)));
        for t in due {
            self.sched.ready.push_back(Event::Timer(t.future));
        }
    }

    fn gather_child_done(&mut self, gather: ObjId, index: usize, child: ObjId) -> PyResult<()> {
        let outcome = self
            .future_outcome(child)
            .unwrap_or(Resume::Value(Value::None));
        let (finished, result_list) = match self.heap.get_mut(gather) {
            Object::Future(f) => {
                if f.state != FutState::Pending {
                    return Ok(());
                }
                let FutureKind::Gather {
                    results,
                    remaining,
                    return_exceptions,
                    ..
                } = &mut f.kind
                else {
                    return Ok(());
                };
                match outcome {
                    Resume::Throw(e) if !*return_exceptions => (Some(Resume::Throw(e)), None),
                    Resume::Throw(e) | Resume::Value(e) => {
                        if let Some(slot) = results.get_mut(index) {
                            *slot = e;
                        }
                        *remaining -= 1;
                        if *remaining == 0 {
                            (None, Some(results.clone()))
                        } else {
                            (None, None)
                        }
                    }
                }
            }
            _ => return Ok(()),
        };
        if let Some(o) = finished {
            self.finish_future(gather, o);
        } else if let Some(results) = result_list {
            let l = self.new_list(results)?;
            self.finish_future(gather, Resume::Value(l));
        }
        Ok(())
    }

    /// Answers the host call the VM is paused on.
    ///
    /// What the program sees depends on the call site: an immediately awaited call
    /// (`await f(x)`) or a deferred one (`compile::deferred`) gets an awaitable for an answer
    /// that comes later; any other call waits for the answer (other tasks run meanwhile). A
    /// deferred call answered at once gets an already completed future, so it can be gathered.
    pub fn answer_call(&mut self, answer: CallAnswer) -> Result<(), RunError> {
        let call = self
            .pending
            .take()
            .ok_or_else(|| RunError::Internal("no host call is pending".into()))?;
        let wants_awaitable = call.deferred && !call.awaited;
        match answer {
            CallAnswer::Value(v) => {
                if wants_awaitable {
                    let fut = self.completed_future(v).map_err(to_run_error)?;
                    self.stack.push(fut);
                } else {
                    self.stack.push(v);
                    if call.awaited {
                        self.skip_await = true;
                    }
                }
                Ok(())
            }
            CallAnswer::Future => {
                let fut = self
                    .alloc_obj(Object::Future(Box::new(FutureObj::new(
                        FutureKind::External(call.id),
                    ))))
                    .map_err(to_run_error)?;
                self.sched.external.push((call.id, fut));
                if call.awaited || call.deferred {
                    self.stack.push(Value::Obj(fut));
                } else {
                    // A plain call: the calling task waits for the answer, like `await`.
                    match self.await_value(Value::Obj(fut)) {
                        Ok(Flow::Blocked) => self.resume_blocked = true,
                        Ok(Flow::Value(v)) => self.stack.push(v),
                        Ok(_) => return Err(RunError::Internal("unexpected await flow".into())),
                        Err(e) => return Err(to_run_error(e)),
                    }
                }
                Ok(())
            }
            CallAnswer::Error(exc) => {
                if wants_awaitable {
                    // Raised where the program awaits the call, as for a coroutine.
                    let fut = self.new_future().map_err(to_run_error)?;
                    self.set_future_outcome(fut, Err(exc))
                        .map_err(to_run_error)?;
                    self.stack.push(fut);
                } else {
                    // Raise at the call site: resume by unwinding from the calling frame.
                    self.pending_raise = Some(exc);
                }
                Ok(())
            }
        }
    }

    /// Resolves a host call that was answered with a future.
    pub fn resolve_future(
        &mut self,
        call_id: u64,
        outcome: Result<Value, Value>,
    ) -> Result<(), RunError> {
        let pos = self
            .sched
            .external
            .iter()
            .position(|(c, _)| *c == call_id)
            .ok_or_else(|| RunError::Internal(format!("no pending host call with id {call_id}")))?;
        let (_, fut) = self.sched.external.remove(pos);
        let r = match outcome {
            Ok(v) => Resume::Value(v),
            Err(e) => Resume::Throw(e),
        };
        self.finish_future(fut, r);
        Ok(())
    }
}

fn to_run_error(e: Exc) -> RunError {
    match e {
        Exc::Fatal(f) => RunError::from(f),
        _ => RunError::Internal("allocation failed".into()),
    }
}

/// The host's answer to a host call.
#[derive(Clone, Copy, Debug)]
pub enum CallAnswer {
    /// The call returned this value.
    Value(Value),
    /// The call raised this exception object.
    Error(Value),
    /// The result will come later (the call returned a promise).
    Future,
}

#[allow(dead_code)]
fn _fatal(_: Fatal) {}

impl Vm {
    /// Marks a task or future cancelled and queues its callbacks.
    pub(crate) fn finish_cancelled(&mut self, id: ObjId) {
        let callbacks = match self.heap.get_mut(id) {
            Object::Task(t) => {
                if t.state != FutState::Pending {
                    return;
                }
                t.state = FutState::Cancelled;
                std::mem::take(&mut t.callbacks)
            }
            Object::Future(f) => {
                if f.state != FutState::Pending {
                    return;
                }
                f.state = FutState::Cancelled;
                std::mem::take(&mut f.callbacks)
            }
            _ => return,
        };
        self.sched.timers.retain(|t| t.future != id);
        for cb in callbacks {
            self.sched.ready.push_back(Event::Callback(cb, id));
        }
    }

    /// `fut.cancel()` / `task.cancel()`: whether the request was accepted.
    pub fn cancel_future(&mut self, v: Value) -> PyResult<bool> {
        let Value::Obj(id) = v else {
            return Err(Exc::type_error("expected a Task or Future"));
        };
        match self.heap.get(id) {
            Object::Task(t) => {
                if t.state != FutState::Pending {
                    return Ok(false);
                }
                match t.waiting_on {
                    Some(w) => {
                        // Cancelling what it waits on wakes it with CancelledError.
                        if !self.cancel_future(Value::Obj(w))? {
                            if let Some(task) = self.task_mut(id) {
                                task.must_cancel = true;
                            }
                        }
                    }
                    None => {
                        if let Some(task) = self.task_mut(id) {
                            task.must_cancel = true;
                        }
                    }
                }
                Ok(true)
            }
            Object::Future(f) => {
                if f.state != FutState::Pending {
                    return Ok(false);
                }
                let children = match &f.kind {
                    FutureKind::Gather { children, .. } => children.clone(),
                    _ => Vec::new(),
                };
                if let Object::Future(f) = self.heap.get_mut(id) {
                    if let FutureKind::External(call) = f.kind {
                        self.sched.external.retain(|(c, _)| *c != call);
                    }
                }
                for c in children {
                    self.cancel_future(c)?;
                }
                self.finish_cancelled(id);
                Ok(true)
            }
            _ => Err(Exc::type_error("expected a Task or Future")),
        }
    }

    /// `fut.set_result(v)` / `fut.set_exception(e)`.
    pub fn set_future_outcome(&mut self, v: Value, outcome: Result<Value, Value>) -> PyResult<()> {
        let Value::Obj(id) = v else {
            return Err(Exc::type_error("expected a Future"));
        };
        let pending =
            matches!(self.heap.get(id), Object::Future(f) if f.state == FutState::Pending);
        if !pending {
            return Err(Exc::new(BuiltinType::InvalidStateError, "invalid state"));
        }
        self.finish_future(
            id,
            match outcome {
                Ok(v) => Resume::Value(v),
                Err(e) => Resume::Throw(e),
            },
        );
        Ok(())
    }

    /// A new pending `asyncio.Future()`.
    pub fn new_future(&mut self) -> PyResult<Value> {
        self.alloc(Object::Future(Box::new(FutureObj::new(FutureKind::Plain))))
    }
}
