//! `NativeRun`: one run of a program, stepped from JS on the main thread (`step`) or on a
//! libuv worker thread (`stepAsync`), with calls answered, deferred and resolved by id.
//!
//! Every step returns a `StepResult` object: `{ kind, output }` plus, by kind, `value`
//! (complete), `id`/`name`/`args`/`kwargs` (call), `ids` (waiting) or `error` (error).
//! `output` holds what `print` wrote since the previous step, one string per write.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use montybox_core::convert::HostValue;
use montybox_core::run::{Answer, HostCall, Run, RunOptions, Step};

use montybox_core::{HostAccess, Limits, Output, Program, RunError};
use montybox_host_os::{Clock, Grants};
use napi::bindgen_prelude::{AsyncTask, Buffer, Either, ToNapiValue};
use napi::{sys, Env, Error, Result, Status, Task};
use napi_derive::napi;

use crate::errors::{error_info, panic_message};
use crate::js::{type_error, ConvertError, FromJs, Js, Raw, ToJs};
use crate::program::program_of;

/// Program output, collected per write until the next step result hands it to JS.
#[derive(Clone, Default)]
pub struct Chunks(Arc<Mutex<Vec<String>>>);

impl Output for Chunks {
    fn write(&mut self, text: &str) {
        if let Ok(mut c) = self.0.lock() {
            c.push(text.to_string());
        }
    }
}

impl Chunks {
    pub fn drain(&self) -> Vec<String> {
        self.0
            .lock()
            .map(|mut c| std::mem::take(&mut *c))
            .unwrap_or_default()
    }
}

struct Slot {
    run: Option<Run>,
    output: Chunks,
}

#[napi]
pub struct NativeRun {
    slot: Arc<Mutex<Slot>>,
    cancel: Arc<AtomicBool>,
}

/// What a step produced, before conversion to JS (built on any thread).
pub struct StepOutput {
    result: std::result::Result<Step, RunError>,
    output: Vec<String>,
}

fn busy(env: sys::napi_env) -> Error {
    type_error(
        env,
        "montybox: this run is busy (a step is in progress on another thread)",
    )
}

fn misuse(env: sys::napi_env, e: RunError) -> Error {
    type_error(env, &format!("montybox: {e}"))
}

/// The limits a Node run has when the host sets none: 30 s of compute, 256 MiB of heap,
/// CPython's recursion depth, no allocation count limit.
pub fn default_limits() -> Limits {
    Limits {
        max_duration: Some(Duration::from_secs(30)),
        max_memory: Some(256 << 20),
        max_allocations: None,
        max_recursion_depth: 1000,
        wall_clock: false,
    }
}

/// Reads `{ maxDurationMs, maxMemoryBytes, maxAllocations, maxRecursionDepth, wallClock }`; a
/// missing key keeps the default, `null` turns the limit off.
pub fn read_limits(env: sys::napi_env, v: Option<Raw>) -> Result<Limits> {
    let mut limits = default_limits();
    let Some(Raw(obj)) = v else { return Ok(limits) };
    let js = Js::new(env);
    let t = js.type_of(obj)?;
    if t == sys::ValueType::napi_undefined || t == sys::ValueType::napi_null {
        return Ok(limits);
    }
    if t != sys::ValueType::napi_object {
        return Err(type_error(env, "montybox: limits must be an object"));
    }
    let read = |name: &str| -> Result<Option<Option<f64>>> {
        let v = js.get_named(obj, name)?;
        match js.type_of(v)? {
            sys::ValueType::napi_undefined => Ok(None),
            sys::ValueType::napi_null => Ok(Some(None)),
            sys::ValueType::napi_number => {
                let f = js.get_f64(v)?;
                if !f.is_finite() || f < 0.0 {
                    return Err(type_error(
                        env,
                        &format!(
                            "montybox: limits.{name} must be a non-negative finite number or null"
                        ),
                    ));
                }
                Ok(Some(Some(f)))
            }
            _ => Err(type_error(
                env,
                &format!("montybox: limits.{name} must be a number or null"),
            )),
        }
    };
    if let Some(v) = read("maxDurationMs")? {
        limits.max_duration = v.map(|ms| Duration::from_secs_f64(ms / 1000.0));
    }
    if let Some(v) = read("maxMemoryBytes")? {
        limits.max_memory = v.map(|b| b as usize);
    }
    if let Some(v) = read("maxAllocations")? {
        limits.max_allocations = v.map(|n| n as u64);
    }
    let wall = js.get_named(obj, "wallClock")?;
    match js.type_of(wall)? {
        sys::ValueType::napi_undefined | sys::ValueType::napi_null => {}
        sys::ValueType::napi_boolean => limits.wall_clock = js.get_bool(wall)?,
        _ => {
            return Err(type_error(
                env,
                "montybox: limits.wallClock must be a boolean",
            ))
        }
    }
    if let Some(v) = read("maxRecursionDepth")? {
        limits.max_recursion_depth = match v {
            Some(n) => n as usize,
            None => usize::MAX,
        };
    }
    Ok(limits)
}

fn budget(ms: Option<f64>) -> Option<Duration> {
    ms.filter(|m| m.is_finite() && *m >= 0.0)
        .map(|m| Duration::from_secs_f64(m / 1000.0))
}

fn do_step(slot: &Mutex<Slot>, budget: Option<Duration>) -> StepOutput {
    let mut guard = match slot.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    let output = guard.output.clone();
    let result = match guard.run.as_mut() {
        None => Err(RunError::Internal("the run has finished".into())),
        Some(run) => {
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run.step(budget))) {
                Ok(r) => r,
                Err(p) => {
                    guard.run = None;
                    Err(RunError::Internal(panic_message(p.as_ref())))
                }
            }
        }
    };
    if matches!(result, Ok(Step::Complete(_)) | Err(_)) {
        // The run is over: free its heap now rather than when JS collects the handle.
        guard.run = None;
    }
    StepOutput {
        result,
        output: output.drain(),
    }
}

/// Builds the JS `StepResult`.
fn step_result(env: sys::napi_env, out: StepOutput) -> Result<sys::napi_value> {
    let js = Js::new(env);
    let obj = js.object()?;
    let mut to_js = ToJs::new(env);
    match &out.result {
        Ok(Step::Complete(v)) => {
            js.set_named(obj, "kind", js.string("complete")?)?;
            js.set_named(obj, "value", to_js.value(v)?)?;
        }
        Ok(Step::Call(c)) => {
            js.set_named(obj, "kind", js.string("call")?)?;
            call_fields(js, &mut to_js, obj, c)?;
        }
        Ok(Step::Waiting(ids)) => {
            js.set_named(obj, "kind", js.string("waiting")?)?;
            let arr = js.array(ids.len())?;
            for (i, id) in ids.iter().enumerate() {
                js.set_element(arr, i as u32, js.number(*id as f64)?)?;
            }
            js.set_named(obj, "ids", arr)?;
        }
        Ok(Step::Yielded) => js.set_named(obj, "kind", js.string("yield")?)?,
        Err(e) => {
            js.set_named(obj, "kind", js.string("error")?)?;
            js.set_named(obj, "error", error_info(js, e)?)?;
        }
    }
    if !out.output.is_empty() {
        let arr = js.array(out.output.len())?;
        for (i, s) in out.output.iter().enumerate() {
            js.set_element(arr, i as u32, js.string(s)?)?;
        }
        js.set_named(obj, "output", arr)?;
    }
    Ok(obj)
}

fn call_fields(js: Js, to_js: &mut ToJs, obj: sys::napi_value, c: &HostCall) -> Result<()> {
    js.set_named(obj, "id", js.number(c.id as f64)?)?;
    js.set_named(obj, "name", js.string(&c.function)?)?;
    let args = js.array(c.args.len())?;
    for (i, a) in c.args.iter().enumerate() {
        js.set_element(args, i as u32, to_js.value(a)?)?;
    }
    js.set_named(obj, "args", args)?;
    if !c.kwargs.is_empty() {
        let kw = js.object()?;
        for (k, v) in &c.kwargs {
            js.set_named(kw, k, to_js.value(v)?)?;
        }
        js.set_named(obj, "kwargs", kw)?;
    }
    Ok(())
}

/// Runs one step on a libuv worker thread.
pub struct StepTask {
    slot: Arc<Mutex<Slot>>,
    budget: Option<Duration>,
}

impl Task for StepTask {
    type Output = StepOutput;
    type JsValue = Raw;

    fn compute(&mut self) -> Result<StepOutput> {
        Ok(do_step(&self.slot, self.budget))
    }

    fn resolve(&mut self, env: Env, output: StepOutput) -> Result<Raw> {
        Ok(Raw(step_result(env.raw(), output)?))
    }
}

/// What the host grants a run (`grants` in the JS options); everything is denied by default.
#[napi(object)]
pub struct NativeGrants {
    /// `true` for the real clock, or a fixed time in seconds since the Unix epoch.
    pub clock: Option<Either<bool, f64>>,
    /// OS randomness (seeding `random`, `uuid.uuid4`, `os.urandom`).
    pub random: Option<bool>,
    /// `os.environ`.
    pub environ: Option<HashMap<String, String>>,
    /// `sys.argv`.
    pub argv: Option<Vec<String>>,
}

pub fn host_access(env: sys::napi_env, grants: Option<NativeGrants>) -> Result<HostAccess> {
    let Some(g) = grants else {
        return Ok(HostAccess::default());
    };
    let clock = match g.clock {
        None | Some(Either::A(false)) => Clock::Denied,
        Some(Either::A(true)) => Clock::Real,
        Some(Either::B(t)) if t.is_finite() => Clock::Fixed(t),
        Some(Either::B(_)) => {
            return Err(type_error(
                env,
                "montybox: grants.clock must be a boolean or a finite number of seconds",
            ))
        }
    };
    let mut environ: Vec<(String, String)> = g.environ.unwrap_or_default().into_iter().collect();
    environ.sort();
    Ok(Grants {
        clock,
        random: g.random.unwrap_or(false),
        // Sleeping would block the thread the run computes on, which may be Node's main thread:
        // programs wait with `await asyncio.sleep()` instead.
        sleep: false,
        environ,
        argv: g.argv.unwrap_or_default(),
    }
    .host_access())
}

/// Converts the start arguments and starts a run of `program`; `Chunks` collects its output.
pub fn start_run(
    env: sys::napi_env,
    program: Arc<Program>,
    inputs: Option<Raw>,
    functions: &[String],
    limits: Option<Raw>,
    grants: Option<NativeGrants>,
) -> Result<(Run, Chunks)> {
    let limits = read_limits(env, limits)?;
    let host = host_access(env, grants)?;
    let mut input_values = Vec::new();
    if let Some(Raw(obj)) = inputs {
        let js = Js::new(env);
        let t = js.type_of(obj)?;
        if t != sys::ValueType::napi_undefined && t != sys::ValueType::napi_null {
            let h = FromJs::new(env)
                .convert(obj, "inputs")
                .map_err(|e| e.throw(env))?;
            match h {
                HostValue::Dict(pairs) => {
                    for (k, v) in pairs {
                        if let HostValue::Str(k) = k {
                            input_values.push((k, v));
                        }
                    }
                }
                _ => return Err(type_error(env, "montybox: inputs must be a plain object")),
            }
        }
    }
    let output = Chunks::default();
    let options = RunOptions {
        limits,
        host,
        output: Box::new(output.clone()),
    };
    let run = Run::start(program, &input_values, functions, options).map_err(|e| misuse(env, e))?;
    Ok((run, output))
}

/// Converts a host's answer: `Ok(Ok(value))`, or `Ok(Err(message))` when the value has no
/// Python form (the program then sees a TypeError, JS sees nothing), or `Err` for a Node-API fault.
fn host_result(
    env: sys::napi_env,
    v: sys::napi_value,
    what: &str,
) -> Result<std::result::Result<HostValue, String>> {
    match FromJs::new(env).convert(v, what) {
        Ok(h) => Ok(Ok(h)),
        Err(ConvertError::Type(message)) => Ok(Err(message)),
        // A `toJSON` that threw.
        Err(ConvertError::Napi(e)) if e.status == Status::PendingException => {
            Ok(Err(take_exception_message(env)))
        }
        Err(ConvertError::Napi(e)) => Err(e),
    }
}

/// The answer for what a host function returned.
pub fn answer_of(env: sys::napi_env, v: sys::napi_value) -> Result<Answer> {
    Ok(match host_result(env, v, "the return value")? {
        Ok(h) => Answer::Value(h),
        Err(message) => Answer::Error {
            type_name: "TypeError".into(),
            message,
        },
    })
}

#[napi]
impl NativeRun {
    /// Starts `program` with `inputs` (an object of global values) and the names of the host's
    /// functions.
    #[napi(factory, catch_unwind)]
    pub fn start(
        env: Env,
        program: Raw,
        inputs: Option<Raw>,
        functions: Vec<String>,
        limits: Option<Raw>,
        grants: Option<NativeGrants>,
    ) -> Result<NativeRun> {
        NativeRun::create(env, program, inputs, functions, limits, grants)
    }

    /// Starts `program` and takes its first step on the calling thread (at most `budgetMs`).
    /// A run that finishes in that step never becomes a JS object, which saves most of the cost
    /// of a short run; otherwise the returned `StepResult` carries it as `run`.
    #[napi(catch_unwind)]
    pub fn start_and_step(
        env: Env,
        program: Raw,
        inputs: Option<Raw>,
        functions: Vec<String>,
        limits: Option<Raw>,
        grants: Option<NativeGrants>,
        budget_ms: Option<f64>,
    ) -> Result<Raw> {
        let run = NativeRun::create(env, program, inputs, functions, limits, grants)?;
        let out = do_step(&run.slot, budget(budget_ms));
        let finished = matches!(out.result, Ok(Step::Complete(_)) | Err(_));
        let obj = step_result(env.raw(), out)?;
        if !finished {
            // SAFETY: env is the live env of this call.
            let handle = unsafe { NativeRun::to_napi_value(env.raw(), run)? };
            Js::new(env.raw()).set_named(obj, "run", handle)?;
        }
        Ok(Raw(obj))
    }

    fn create(
        env: Env,
        program: Raw,
        inputs: Option<Raw>,
        functions: Vec<String>,
        limits: Option<Raw>,
        grants: Option<NativeGrants>,
    ) -> Result<NativeRun> {
        let program = program_of(env.raw(), program)?;
        let (mut run, output) = start_run(env.raw(), program, inputs, &functions, limits, grants)?;
        let cancel = run.cancel_flag();
        Ok(NativeRun {
            slot: Arc::new(Mutex::new(Slot {
                run: Some(run),
                output,
            })),
            cancel,
        })
    }

    /// Loads a paused run from bytes made by `dump`.
    #[napi(factory, catch_unwind)]
    pub fn load(
        env: Env,
        bytes: &[u8],
        limits: Option<Raw>,
        grants: Option<NativeGrants>,
    ) -> Result<NativeRun> {
        let raw_env = env.raw();
        let limits = read_limits(raw_env, limits)?;
        let host = host_access(raw_env, grants)?;
        let output = Chunks::default();
        let options = RunOptions {
            limits,
            host,
            output: Box::new(output.clone()),
        };
        let mut run = Run::load(bytes, options)
            .map_err(|e| type_error(raw_env, &format!("montybox: {e}")))?;
        let cancel = run.cancel_flag();
        Ok(NativeRun {
            slot: Arc::new(Mutex::new(Slot {
                run: Some(run),
                output,
            })),
            cancel,
        })
    }

    /// Steps on the calling (main) thread for at most `budgetMs` (no limit when null).
    #[napi(catch_unwind)]
    pub fn step(&self, env: Env, budget_ms: Option<f64>) -> Result<Raw> {
        if self.slot.try_lock().is_err() {
            return Err(busy(env.raw()));
        }
        let out = do_step(&self.slot, budget(budget_ms));
        Ok(Raw(step_result(env.raw(), out)?))
    }

    /// Steps on a worker thread; resolves with the `StepResult`.
    #[napi(catch_unwind, ts_return_type = "Promise<unknown>")]
    pub fn step_async(&self, budget_ms: Option<f64>) -> AsyncTask<StepTask> {
        AsyncTask::new(StepTask {
            slot: self.slot.clone(),
            budget: budget(budget_ms),
        })
    }

    fn with_run<T>(
        &self,
        env: Env,
        f: impl FnOnce(&mut Run) -> std::result::Result<T, RunError>,
    ) -> Result<T> {
        let mut guard = self.slot.try_lock().map_err(|_| busy(env.raw()))?;
        let run = guard
            .run
            .as_mut()
            .ok_or_else(|| type_error(env.raw(), "montybox: the run has finished"))?;
        f(run).map_err(|e| misuse(env.raw(), e))
    }

    /// Answers the pending call `id` with a value.
    #[napi(catch_unwind)]
    pub fn answer(&self, env: Env, id: f64, value: Raw) -> Result<()> {
        let answer = answer_of(env.raw(), value.0)?;
        self.with_run(env, |r| r.answer(id as u64, answer))
    }

    /// Answers the pending call `id` by raising `type(message)` at the call.
    #[napi(catch_unwind)]
    pub fn answer_error(
        &self,
        env: Env,
        id: f64,
        type_name: String,
        message: String,
    ) -> Result<()> {
        self.with_run(env, |r| {
            r.answer(id as u64, Answer::Error { type_name, message })
        })
    }

    /// Answers the pending call `id` with "later": `resolve`/`reject` settle it.
    #[napi(catch_unwind)]
    pub fn answer_later(&self, env: Env, id: f64) -> Result<()> {
        self.with_run(env, |r| r.answer(id as u64, Answer::Later))
    }

    /// Settles a call answered later with a value.
    #[napi(catch_unwind)]
    pub fn resolve(&self, env: Env, id: f64, value: Raw) -> Result<()> {
        let outcome = host_result(env.raw(), value.0, "the resolved value")?
            .map_err(|message| ("TypeError".to_string(), message));
        self.with_run(env, |r| r.resolve(id as u64, outcome))
    }

    /// Settles a call answered later by raising `type(message)` where it is awaited.
    #[napi(catch_unwind)]
    pub fn reject(&self, env: Env, id: f64, type_name: String, message: String) -> Result<()> {
        self.with_run(env, |r| r.resolve(id as u64, Err((type_name, message))))
    }

    /// Stops the run at its next check (also while a worker step is running).
    #[napi]
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The serialized paused run.
    #[napi(catch_unwind)]
    pub fn dump(&self, env: Env) -> Result<Buffer> {
        self.with_run(env, |r| r.dump()).map(Buffer::from)
    }

    /// The call the run is paused on, as `{ id, name, args, kwargs }`, or null.
    #[napi(catch_unwind)]
    pub fn pending_call(&self, env: Env) -> Result<Raw> {
        let raw = env.raw();
        let guard = self.slot.try_lock().map_err(|_| busy(raw))?;
        let js = Js::new(raw);
        let call = guard.run.as_ref().and_then(|r| r.pending_call().cloned());
        Ok(Raw(match call {
            Some(c) => {
                let obj = js.object()?;
                call_fields(js, &mut ToJs::new(raw), obj, &c)?;
                obj
            }
            None => js.null()?,
        }))
    }

    /// Ids of calls answered later and not yet settled.
    #[napi(catch_unwind)]
    pub fn outstanding_calls(&self, env: Env) -> Result<Vec<f64>> {
        let guard = self.slot.try_lock().map_err(|_| busy(env.raw()))?;
        Ok(guard
            .run
            .as_ref()
            .map(|r| {
                r.outstanding_calls()
                    .into_iter()
                    .map(|i| i as f64)
                    .collect()
            })
            .unwrap_or_default())
    }

    /// The script name of the program being run.
    #[napi(getter)]
    pub fn script_name(&self) -> String {
        self.slot
            .try_lock()
            .ok()
            .and_then(|g| g.run.as_ref().map(|r| r.program().filename.clone()))
            .unwrap_or_default()
    }
}

/// Takes the pending JS exception and returns its message.
pub fn take_exception_message(env: sys::napi_env) -> String {
    let js = Js::new(env);
    let mut exc = std::ptr::null_mut();
    // SAFETY: env is live; clearing the exception we threw ourselves.
    unsafe { sys::napi_get_and_clear_last_exception(env, &mut exc) };
    if exc.is_null() {
        return "montybox: unconvertible value".into();
    }
    js.get_named(exc, "message")
        .and_then(|m| js.get_string(m))
        .unwrap_or_else(|_| "montybox: unconvertible value".into())
}
