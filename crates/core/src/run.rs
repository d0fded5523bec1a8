//! The stepping API a host drives a program with: start a compiled program with inputs and the
//! names of the host's functions, step until it completes, calls the host, or waits on calls
//! answered later; answer and resolve calls; dump a paused run to bytes and load it elsewhere.
//!
//! ```text
//! Run::start -> step -> Call(c)   -> answer(c.id, Value | Error | Later) -> step ...
//!                    -> Waiting   -> resolve(id, outcome) ...            -> step ...
//!                    -> Yielded   (slice budget used up)                 -> step ...
//!                    -> Complete(value)
//! ```
//!
//! Values cross as [`HostValue`]s. Nothing here blocks or does I/O; output goes to the sink the
//! host supplies, and the clock and randomness are the host's grants ([`HostAccess`]).

use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::bytecode::Program;
use crate::convert::HostValue;
use crate::error::{Exc, PythonError, RunError};
use crate::heap::Object;
use crate::host::HostAccess;
use crate::limits::Limits;
use crate::value::Value;
use crate::vm::scheduler::{CallAnswer, Progress};
use crate::vm::{BufferOutput, Output, Vm};

/// A call of a host function, as the host sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct HostCall {
    /// Unique within the run; answers and resolutions name the call by it.
    pub id: u64,
    pub function: String,
    pub args: Vec<HostValue>,
    pub kwargs: Vec<(String, HostValue)>,
}

/// Where a run stands after a step.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// The program finished; the value of its last expression statement (`None` otherwise).
    Complete(HostValue),
    /// The program called a host function; answer it before stepping again.
    Call(HostCall),
    /// Every task waits on calls answered `Later`; resolve at least one, then step.
    Waiting(Vec<u64>),
    /// The step's time budget ran out; step again to continue.
    Yielded,
}

/// The host's answer to a call.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Value(HostValue),
    /// Raise an exception at the call: the built-in exception type named `type_name`
    /// (`RuntimeError` if it names none) with `message`.
    Error {
        type_name: String,
        message: String,
    },
    /// The result comes later, through [`Run::resolve`]; the program continues meanwhile.
    Later,
}

/// How a run is set up.
pub struct RunOptions {
    pub limits: Limits,
    pub host: HostAccess,
    pub output: Box<dyn Output + Send>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            limits: Limits::default(),
            host: HostAccess::default(),
            output: Box::new(BufferOutput::default()),
        }
    }
}

/// A started program.
pub struct Run {
    /// Boxed: the VM is large, and a run is moved around by value (started, returned, stored).
    pub(crate) vm: Box<Vm>,
    /// The call the run is paused on, as the host was shown it.
    pending: Option<HostCall>,
    finished: bool,
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Run")
            .field("script", &self.vm.program.filename)
            .field("pending", &self.pending)
            .field("finished", &self.finished)
            .finish()
    }
}

fn misuse(msg: impl Into<String>) -> RunError {
    RunError::Internal(msg.into())
}

impl Run {
    /// Starts `program`. `inputs` become global variables; each name in `functions` becomes a
    /// host function the program can call.
    pub fn start(
        program: Arc<Program>,
        inputs: &[(String, HostValue)],
        functions: &[String],
        options: RunOptions,
    ) -> Result<Run, RunError> {
        for (i, f) in functions.iter().enumerate() {
            if functions[..i].contains(f) || inputs.iter().any(|(n, _)| n == f) {
                return Err(misuse(format!("'{f}' is declared twice")));
            }
        }
        let mut vm = Box::new(Vm::new(program, options.limits).map_err(fatal_or_internal)?);
        vm.out = options.output;
        vm.host = options.host;
        for (name, value) in inputs {
            let v = vm
                .value_from_host(value)
                .map_err(|e| input_error(&mut vm, e, name))?;
            vm.set_global(name, v);
        }
        for name in functions {
            let f = vm
                .alloc(Object::External(name.clone()))
                .map_err(fatal_or_internal)?;
            vm.set_global(name, f);
        }
        Ok(Run {
            vm,
            pending: None,
            finished: false,
        })
    }

    /// Runs until the program completes, calls the host, waits, or `budget` is used up.
    /// `None` runs without a budget.
    pub fn step(&mut self, budget: Option<Duration>) -> Result<Step, RunError> {
        if self.finished {
            return Err(misuse("the run has already finished"));
        }
        if let Some(call) = &self.pending {
            return Err(misuse(format!(
                "call {} to '{}' must be answered before stepping",
                call.id, call.function
            )));
        }
        self.vm.slice_deadline = budget.map(|b| Instant::now() + b);
        // A snapshot passes structural verification before it runs, but not every invariant of
        // the operand stack is checked there; should a damaged one still break one, the run
        // ends with an error instead of unwinding into the host.
        let result = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.step_inner()
        })) {
            Ok(r) => r,
            Err(_) => Err(misuse(
                "montybox: internal error: the run's state is inconsistent (a damaged snapshot?)",
            )),
        };
        self.vm.slice_deadline = None;
        if matches!(result, Ok(Step::Complete(_)) | Err(_)) {
            self.finished = true;
        }
        result
    }

    fn step_inner(&mut self) -> Result<Step, RunError> {
        loop {
            match self.vm.drive()? {
                Progress::Complete(v) => {
                    return match self.vm.host_value_of(v, "the program's result") {
                        Ok(h) => Ok(Step::Complete(h)),
                        Err(e) => Err(self.error_without_traceback(e)),
                    };
                }
                Progress::Yielded => return Ok(Step::Yielded),
                Progress::Waiting(ids) => return Ok(Step::Waiting(ids)),
                Progress::Call(call) => match self.convert_call(&call) {
                    Ok(c) => {
                        self.pending = Some(c.clone());
                        return Ok(Step::Call(c));
                    }
                    Err(e) => {
                        // An argument with no host form: the call raises in the program.
                        let exc = self.vm.materialize(e).map_err(fatal_or_internal)?;
                        self.vm.answer_call(CallAnswer::Error(Value::Obj(exc)))?;
                    }
                },
            }
        }
    }

    fn convert_call(&mut self, call: &crate::vm::PendingCall) -> Result<HostCall, Exc> {
        let mut args = Vec::with_capacity(call.args.len());
        for (i, a) in call.args.iter().enumerate() {
            let what = format!("argument {} of '{}'", i + 1, call.function);
            args.push(self.vm.host_value_of(*a, &what)?);
        }
        let mut kwargs = Vec::with_capacity(call.kwargs.len());
        for (k, v) in &call.kwargs {
            let name = self.vm.str_value(*k).unwrap_or_default();
            let what = format!("argument '{name}' of '{}'", call.function);
            kwargs.push((name, self.vm.host_value_of(*v, &what)?));
        }
        Ok(HostCall {
            id: call.id,
            function: call.function.clone(),
            args,
            kwargs,
        })
    }

    /// Answers the call the run is paused on.
    pub fn answer(&mut self, id: u64, answer: Answer) -> Result<(), RunError> {
        match &self.pending {
            Some(c) if c.id == id => {}
            Some(c) => {
                return Err(misuse(format!(
                    "the run is paused on call {}, not {id}",
                    c.id
                )))
            }
            None => return Err(misuse("the run is not paused on a call")),
        }
        let a = match answer {
            Answer::Value(h) => match self.vm.value_from_host(&h) {
                Ok(v) => CallAnswer::Value(v),
                Err(e) => CallAnswer::Error(Value::Obj(
                    self.vm.materialize(e).map_err(fatal_or_internal)?,
                )),
            },
            Answer::Error { type_name, message } => CallAnswer::Error(
                self.vm
                    .exception_from_host(&type_name, &message)
                    .map_err(fatal_or_internal)?,
            ),
            Answer::Later => CallAnswer::Future,
        };
        self.vm.answer_call(a)?;
        self.pending = None;
        Ok(())
    }

    /// Settles a call that was answered `Later`: `Ok(value)` or `Err((type name, message))`.
    pub fn resolve(
        &mut self,
        id: u64,
        outcome: Result<HostValue, (String, String)>,
    ) -> Result<(), RunError> {
        let o = match outcome {
            Ok(h) => match self.vm.value_from_host(&h) {
                Ok(v) => Ok(v),
                Err(e) => Err(Value::Obj(
                    self.vm.materialize(e).map_err(fatal_or_internal)?,
                )),
            },
            Err((t, m)) => Err(self
                .vm
                .exception_from_host(&t, &m)
                .map_err(fatal_or_internal)?),
        };
        self.vm.resolve_future(id, o)
    }

    /// The call the run is paused on, if any.
    pub fn pending_call(&self) -> Option<&HostCall> {
        self.pending.as_ref()
    }

    /// The ids of calls answered `Later` that are not yet resolved.
    pub fn outstanding_calls(&self) -> Vec<u64> {
        self.vm.sched.external.iter().map(|(id, _)| *id).collect()
    }

    /// Whether the run has completed or failed.
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// A flag that, once set (from any thread), stops the run with `RunError::Cancelled` at
    /// its next check.
    pub fn cancel_flag(&mut self) -> Arc<AtomicBool> {
        self.vm
            .cancel
            .get_or_insert_with(|| Arc::new(AtomicBool::new(false)))
            .clone()
    }

    /// Replaces the output sink (for example after `load`).
    pub fn set_output(&mut self, output: Box<dyn Output + Send>) {
        self.vm.out = output;
    }

    /// Replaces the host's grants (they are not part of a snapshot).
    pub fn set_host(&mut self, host: HostAccess) {
        self.vm.host = host;
    }

    /// The limits the run enforces.
    pub fn limits(&self) -> &Limits {
        &self.vm.limits
    }

    /// Replaces the limits (for example after `load`).
    pub fn set_limits(&mut self, limits: Limits) {
        self.vm.limits = limits;
    }

    /// The program being run.
    pub fn program(&self) -> &Arc<Program> {
        &self.vm.program
    }

    /// Bytes the heap holds (an estimate).
    pub fn heap_bytes(&self) -> usize {
        self.vm.heap.bytes
    }

    fn error_without_traceback(&mut self, e: Exc) -> RunError {
        match e {
            Exc::Fatal(f) => f.into(),
            other => match self.vm.materialize(other) {
                Ok(id) => {
                    let mut err = self.vm.python_error(id);
                    // The failure is in handing the result over, not at a line of the program.
                    err.traceback = format!("{}: {}\n", err.type_name, err.message);
                    err.frames.clear();
                    RunError::Exception(err)
                }
                Err(e) => fatal_or_internal(e),
            },
        }
    }

    pub(crate) fn from_parts(vm: Box<Vm>, pending: Option<HostCall>) -> Run {
        Run {
            vm,
            pending,
            finished: false,
        }
    }

    pub(crate) fn parts(&self) -> (&Vm, Option<&HostCall>) {
        (&self.vm, self.pending.as_ref())
    }

    /// Rebuilds the host's view of the pending call (after `load`).
    pub(crate) fn reconvert_pending(&mut self) -> Result<(), String> {
        let call = self
            .vm
            .pending
            .clone()
            .ok_or_else(|| "no pending call".to_string())?;
        match self.convert_call(&call) {
            Ok(c) => {
                self.pending = Some(c);
                Ok(())
            }
            Err(_) => Err("the pending call's arguments cannot be converted".into()),
        }
    }
}

fn fatal_or_internal(e: Exc) -> RunError {
    match e {
        Exc::Fatal(f) => f.into(),
        _ => RunError::Internal("could not set up the run".into()),
    }
}

fn input_error(vm: &mut Vm, e: Exc, name: &str) -> RunError {
    match e {
        Exc::Fatal(f) => f.into(),
        other => {
            let msg = match vm.materialize(other) {
                Ok(id) => vm.python_error(id).message,
                Err(_) => "unconvertible".into(),
            };
            RunError::Internal(format!("input '{name}': {msg}"))
        }
    }
}

/// Builds a `PythonError` that has no traceback (for errors outside the program's code).
pub fn plain_error(type_name: &str, message: &str) -> PythonError {
    PythonError {
        type_name: type_name.to_string(),
        message: message.to_string(),
        traceback: format!("{type_name}: {message}\n"),
        frames: Vec::new(),
    }
}
