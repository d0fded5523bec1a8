//! `NativeProgram`: a compiled program, shared by any number of runs, and its serialized form.

use std::sync::Arc;

use montybox_core::snapshot::{dump_program, load_program};
use montybox_core::{Program, RunError};
use napi::bindgen_prelude::{Buffer, ToNapiValue};
use napi::{Env, Result};
use napi_derive::napi;

use crate::errors::error_info;
use crate::js::{type_error, Js, Raw};

#[napi]
pub struct NativeProgram {
    pub(crate) program: Arc<Program>,
}

/// Compiles `code`; returns a `NativeProgram`, or an `ErrorInfo` object for a syntax error.
#[napi(catch_unwind)]
pub fn compile_program(
    env: Env,
    code: String,
    script_name: String,
    input_names: Vec<String>,
) -> Result<Raw> {
    match montybox_core::compile(&code, &script_name, &input_names) {
        Ok(p) => {
            let prog = NativeProgram {
                program: Arc::new(p),
            };
            // SAFETY: env is the live env of this call.
            Ok(Raw(unsafe {
                NativeProgram::to_napi_value(env.raw(), prog)?
            }))
        }
        Err(e) => Ok(Raw(error_info(Js::new(env.raw()), &RunError::Syntax(e))?)),
    }
}

#[napi]
impl NativeProgram {
    /// Loads bytes made by `dump`; throws on foreign or damaged bytes.
    #[napi(factory, catch_unwind)]
    pub fn load(env: Env, bytes: &[u8]) -> Result<NativeProgram> {
        match load_program(bytes) {
            Ok(p) => Ok(NativeProgram {
                program: Arc::new(p),
            }),
            Err(e) => Err(type_error(env.raw(), &format!("montybox: {e}"))),
        }
    }

    #[napi(catch_unwind)]
    pub fn dump(&self) -> Buffer {
        dump_program(&self.program).into()
    }

    #[napi(getter)]
    pub fn script_name(&self) -> String {
        self.program.filename.clone()
    }

    #[napi(getter)]
    pub fn input_names(&self) -> Vec<String> {
        self.program.input_names.clone()
    }

    /// The bytecode listing (as `montybox --dis` prints it).
    #[napi(catch_unwind)]
    pub fn disassemble(&self) -> String {
        montybox_core::dis::disassemble(&self.program)
    }
}
