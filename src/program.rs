//! Compiled programs, shared by any number of runs, and their serialized form.
//!
//! JS holds a program as a *token*: a Node-API External whose only content is a slot number in
//! this thread's program registry, and whose finalizer frees the slot. Every function that
//! takes a program looks the slot up (a bounds-checked index), which costs far less than
//! unwrapping a class instance, and never dereferences anything the token carries: a foreign
//! External can at worst name another live program or none.

use std::cell::RefCell;
use std::ffi::c_void;
use std::ptr;
use std::sync::Arc;

use montybox_core::snapshot::{dump_program, load_program};
use montybox_core::{Program, RunError};
use napi::bindgen_prelude::Buffer;
use napi::{sys, Env, Error, Result, Status};
use napi_derive::napi;

use crate::errors::error_info;
use crate::js::{type_error, Js, Raw};

#[derive(Default)]
struct Registry {
    slots: Vec<Option<Arc<Program>>>,
    free: Vec<usize>,
}

thread_local! {
    static PROGRAMS: RefCell<Registry> = RefCell::new(Registry::default());
}

fn register(program: Program) -> usize {
    PROGRAMS.with_borrow_mut(|r| {
        let p = Some(Arc::new(program));
        match r.free.pop() {
            Some(slot) => {
                r.slots[slot] = p;
                slot
            }
            None => {
                r.slots.push(p);
                r.slots.len() - 1
            }
        }
    })
}

extern "C" fn release(_env: sys::napi_env, data: *mut c_void, _hint: *mut c_void) {
    let slot = (data as usize).wrapping_sub(1);
    // During process teardown the registry may already be gone; then there is nothing to free.
    let _ = PROGRAMS.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            if let Some(s @ Some(_)) = r.slots.get_mut(slot) {
                *s = None;
                r.free.push(slot);
            }
        }
    });
}

/// Registers `program` and returns its token.
fn token(env: sys::napi_env, program: Program) -> Result<sys::napi_value> {
    let slot = register(program);
    let mut r = ptr::null_mut();
    // The data pointer is the slot number plus one, never dereferenced; `release` frees the slot
    // when the token is collected.
    let code = unsafe {
        sys::napi_create_external(
            env,
            (slot + 1) as *mut c_void,
            Some(release),
            ptr::null_mut(),
            &mut r,
        )
    };
    if code != sys::Status::napi_ok {
        release(env, (slot + 1) as *mut c_void, ptr::null_mut());
        return Err(Error::new(
            Status::from(code),
            "montybox: could not create a program",
        ));
    }
    Ok(r)
}

/// The program a token names.
pub fn program_of(env: sys::napi_env, token: Raw) -> Result<Arc<Program>> {
    let mut data = ptr::null_mut();
    let mut t = 0;
    // SAFETY: env and value are live for this call; the external's data is read as a number.
    let ok = unsafe { sys::napi_typeof(env, token.0, &mut t) } == sys::Status::napi_ok
        && t == sys::ValueType::napi_external
        && unsafe { sys::napi_get_value_external(env, token.0, &mut data) } == sys::Status::napi_ok;
    let slot = (data as usize).wrapping_sub(1);
    let program = ok
        .then(|| PROGRAMS.with_borrow(|r| r.slots.get(slot).cloned().flatten()))
        .flatten();
    program.ok_or_else(|| type_error(env, "montybox: not a compiled program"))
}

/// Compiles `code`; returns a program token, or an `ErrorInfo` object for a syntax error.
#[napi(catch_unwind, ts_return_type = "unknown")]
pub fn compile_program(
    env: Env,
    code: String,
    script_name: String,
    input_names: Vec<String>,
) -> Result<Raw> {
    let env = env.raw();
    match montybox_core::compile(&code, &script_name, &input_names) {
        Ok(p) => token(env, p).map(Raw),
        Err(e) => Ok(Raw(error_info(Js::new(env), &RunError::Syntax(e))?)),
    }
}

/// Loads program bytes made by `programDump`; throws on foreign or damaged bytes.
#[napi(catch_unwind, ts_return_type = "unknown")]
pub fn load_program_bytes(env: Env, bytes: &[u8]) -> Result<Raw> {
    let env = env.raw();
    match load_program(bytes) {
        Ok(p) => token(env, p).map(Raw),
        Err(e) => Err(type_error(env, &format!("montybox: {e}"))),
    }
}

#[napi(catch_unwind)]
pub fn program_dump(env: Env, program: Raw) -> Result<Buffer> {
    let program = program_of(env.raw(), program)?;
    Ok(dump_program(&program).into())
}

#[napi(catch_unwind)]
pub fn program_script_name(env: Env, program: Raw) -> Result<String> {
    Ok(program_of(env.raw(), program)?.filename.clone())
}

#[napi(catch_unwind)]
pub fn program_input_names(env: Env, program: Raw) -> Result<Vec<String>> {
    Ok(program_of(env.raw(), program)?.input_names.clone())
}

/// The bytecode listing (as `montybox --dis` prints it).
#[napi(catch_unwind)]
pub fn program_disassemble(env: Env, program: Raw) -> Result<String> {
    let program = program_of(env.raw(), program)?;
    Ok(montybox_core::dis::disassemble(&program))
}
