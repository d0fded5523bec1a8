//! montybox-core: a sandboxed interpreter for a practical subset of Python.
//!
//! The pipeline runs one way: `parse` (ruff's parser) -> `compile` (scopes, bytecode) ->
//! `vm` (frames, dispatch, scheduler) over `heap`/`value`, with the built-in types in
//! `builtins/` and the standard-library modules in `modules/`. The core does no I/O of its own:
//! output goes to a sink the host supplies, and host functions are calls the VM pauses on.

#![forbid(unsafe_code)]

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod convert;
mod data;
pub mod dis;
pub mod error;
pub mod heap;
pub mod host;
pub mod limits;
pub mod modules;
pub mod parse;
pub mod run;
pub mod snapshot;
pub mod types;
pub mod value;
mod value_codec;
pub mod vm;

use std::sync::Arc;

pub use bytecode::Program;
pub use error::{LimitKind, PythonError, RunError, TracebackFrame};
pub use host::HostAccess;
pub use limits::Limits;
pub use value::Value;
pub use vm::scheduler::{CallAnswer, Progress};
pub use vm::{BufferOutput, Output, PendingCall, Vm};

/// Compiles `source` (shown as `filename` in tracebacks). `input_names` are the globals the
/// host will supply. A syntax error comes back as CPython would report it.
pub fn compile(
    source: &str,
    filename: &str,
    input_names: &[String],
) -> Result<Program, PythonError> {
    // Parsing, the compiler's passes and dropping the tree recurse on its depth, which the
    // parser bounds; give them a stack sized for that bound, whatever thread the host calls
    // from (a Node worker's is small).
    stacker::maybe_grow(parse::COMPILE_RED_ZONE, parse::COMPILE_STACK, || {
        let module = parse::parse(source).map_err(|e| parse::syntax_error(source, filename, &e))?;
        compile::compile_module(&module, source, filename, input_names)
            .map_err(|e| parse::syntax_error(source, filename, &e))
    })
}

/// Runs a compiled program to completion with no host functions and no host grants, writing
/// output to `out`.
pub fn run(
    program: Arc<Program>,
    limits: Limits,
    out: Box<dyn Output + Send>,
) -> Result<Value, RunError> {
    run_with_host(program, limits, out, HostAccess::default())
}

/// Like [`run`], with the host granting what `host` gives (clock, randomness, environment).
pub fn run_with_host(
    program: Arc<Program>,
    limits: Limits,
    out: Box<dyn Output + Send>,
    host: HostAccess,
) -> Result<Value, RunError> {
    let mut vm = Vm::new(program, limits)
        .map_err(|_| RunError::Internal("could not start the program".into()))?;
    vm.out = out;
    vm.host = host;
    match vm.drive()? {
        Progress::Complete(v) => Ok(v),
        Progress::Call(call) => Err(RunError::Internal(format!(
            "the program called host function '{}' but no host is attached",
            call.function
        ))),
        Progress::Yielded => Err(RunError::Internal(
            "a run without a deadline yielded".into(),
        )),
        Progress::Waiting(_) => Err(RunError::Internal(
            "the program waits on host calls but no host is attached".into(),
        )),
    }
}
