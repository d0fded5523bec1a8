//! The Node.js binding of montybox. It converts values between JavaScript and Python and drives
//! the core's stepping API; it holds no interpreter logic. The public API (`runMonty`, `Monty`,
//! the error classes) is the JS layer in `index.js` over these natives.

mod errors;
mod js;
mod program;
mod run;
mod sync_run;

pub use program::compile_program;
pub use run::NativeRun;
