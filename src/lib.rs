//! The Node.js binding of montybox. It converts values between JavaScript and Python and drives
//! the core's stepping API; it holds no interpreter logic. The public API (`runMonty`, `Monty`,
//! the error classes) is the JS layer in `index.js` over these natives.

/// The interpreter allocates and frees many small objects per run (values, frames, strings);
/// mimalloc does that several times faster than glibc's malloc, which also spent much of a short
/// run consolidating its free lists.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod errors;
mod js;
mod program;
mod run;
mod sync_run;

pub use program::{
    compile_program, load_program_bytes, program_disassemble, program_dump, program_input_names,
    program_script_name,
};
pub use run::NativeRun;
pub use sync_run::add_run_sync;
