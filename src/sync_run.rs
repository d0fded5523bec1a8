//! `runSync`: the synchronous API's whole run in one native call.
//!
//! The run starts, and at each host call the binding calls the JS function itself and answers
//! with what it returned (or threw), then steps on; output goes to `print` as it is written.
//! Nothing crosses back into JS per call except the host function and `print`, so a host call
//! costs one Node-API function call plus the value conversions, and a run that needs no host
//! call builds no intermediate objects at all.

use montybox_core::run::{Answer, HostCall, Run, Step};
use montybox_core::RunError;
use napi::bindgen_prelude::{FromNapiValue, JsValue, Object};
use napi::{sys, Env, Error, Result, Status};
use napi_derive::napi;

use crate::errors::error_info;
use crate::js::{type_error, HandleScope, Js, Raw, ToJs};
use crate::program::program_of;
use crate::run::{answer_of, start_run, Chunks, NativeGrants};

/// The JS functions a synchronous run calls back into.
struct Callbacks {
    /// The host's functions by name (a plain object).
    functions: sys::napi_value,
    /// `print(text)`, once per write.
    print: sys::napi_value,
    /// `errorParts(err)` -> `[type name, message]`: the Python exception a thrown JS error
    /// becomes (the JS layer owns that rule, shared with the async driver).
    error_parts: sys::napi_value,
    /// `fail(info)` throws the JS error for an `ErrorInfo`.
    fail: sys::napi_value,
}

/// The number of arguments of `runSync`.
const RUN_SYNC_ARGS: usize = 9;

/// Adds `runSync` to the module's exports. It is a plain Node-API callback rather than a
/// `#[napi]` function because napi-rs's argument handling (borrow scopes, typed conversions)
/// cost more than the rest of a short run; here each argument is read only as far as needed.
#[napi(module_exports)]
pub fn add_run_sync(exports: Object, env: Env) -> Result<()> {
    let raw = env.raw();
    let exports = exports.raw();
    let mut f = std::ptr::null_mut();
    let name = "runSync";
    // SAFETY: env and exports are live during module initialization.
    let ok = unsafe {
        sys::napi_create_function(
            raw,
            name.as_ptr().cast(),
            name.len() as isize,
            Some(run_sync_callback),
            std::ptr::null_mut(),
            &mut f,
        )
    };
    if ok != sys::Status::napi_ok {
        return Err(Error::new(
            Status::from(ok),
            "montybox: cannot create runSync",
        ));
    }
    Js::new(raw).set_named(exports, name, f)
}

/// `runSync(program, inputs, names, functions, limits, grants, print, errorParts, fail)`: runs
/// `program` to completion on the calling thread and returns its result. Host functions must
/// return values; a promise ends the run with a TypeError. `errorParts(err)` gives the
/// `[type, message]` a thrown JS error raises in Python; `fail(info)` throws the JS error for an
/// `ErrorInfo`.
unsafe extern "C" fn run_sync_callback(
    env: sys::napi_env,
    info: sys::napi_callback_info,
) -> sys::napi_value {
    let mut argc = RUN_SYNC_ARGS;
    let mut argv = [std::ptr::null_mut(); RUN_SYNC_ARGS];
    // SAFETY: a callback's env and info; Node-API fills missing arguments with `undefined`.
    let got = unsafe {
        sys::napi_get_cb_info(
            env,
            info,
            &mut argc,
            argv.as_mut_ptr(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        )
    };
    let result = if got != sys::Status::napi_ok {
        Err(Error::new(
            Status::from(got),
            "montybox: bad call of runSync",
        ))
    } else {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_sync(env, &argv)))
            .unwrap_or_else(|p| {
                Err(Error::new(
                    Status::GenericFailure,
                    crate::errors::panic_message(p.as_ref()),
                ))
            })
    };
    match result {
        Ok(v) => v,
        Err(e) => {
            if e.status != Status::PendingException {
                // SAFETY: env is the live env of this callback.
                unsafe { napi::JsError::from(e).throw_into(env) };
            }
            std::ptr::null_mut()
        }
    }
}

fn run_sync(
    env: sys::napi_env,
    argv: &[sys::napi_value; RUN_SYNC_ARGS],
) -> Result<sys::napi_value> {
    let js = Js::new(env);
    let [program, inputs, names, functions, limits, grants, print, error_parts, fail] = *argv;
    let program = program_of(env, Raw(program))?;
    let names = string_array(js, names)?;
    let grants = if is_nullish(js, grants)? {
        None
    } else {
        // SAFETY: a live value of this call.
        Some(unsafe { <NativeGrants as FromNapiValue>::from_napi_value(env, grants)? })
    };
    let (run, output) = start_run(
        env,
        program,
        Some(Raw(inputs)),
        &names,
        Some(Raw(limits)),
        grants,
    )?;
    let callbacks = Callbacks {
        functions,
        print,
        error_parts,
        fail,
    };
    drive(js, run, &output, &callbacks)
}

fn is_nullish(js: Js, v: sys::napi_value) -> Result<bool> {
    let t = js.type_of(v)?;
    Ok(t == sys::ValueType::napi_undefined || t == sys::ValueType::napi_null)
}

/// The host function names (an array of strings, or nothing).
fn string_array(js: Js, v: sys::napi_value) -> Result<Vec<String>> {
    if is_nullish(js, v)? {
        return Ok(Vec::new());
    }
    let n = js.array_len(v)?;
    // The length is the caller's claim (a sparse array can claim billions): grow as read.
    let mut out = Vec::with_capacity((n as usize).min(64));
    for i in 0..n {
        let s = js.get_element(v, i)?;
        if js.type_of(s)? != sys::ValueType::napi_string {
            return Err(type_error(
                js.env,
                "montybox: function names must be strings",
            ));
        }
        out.push(js.get_string(s)?);
    }
    Ok(out)
}

fn drive(js: Js, mut run: Run, output: &Chunks, cb: &Callbacks) -> Result<sys::napi_value> {
    let undefined = js.undefined()?;
    // Functions already looked up, by name; made in this call's outer scope so they stay valid.
    let mut resolved: Vec<(String, Option<sys::napi_value>)> = Vec::new();
    let mut then_key = None;
    loop {
        let step = run.step(None);
        let written = output.drain();
        if !written.is_empty() {
            let _scope = HandleScope::open(js.env)?;
            for text in &written {
                js.call(undefined, cb.print, &[js.string(text)?])?;
            }
        }
        let call = match step {
            Ok(Step::Complete(v)) => return ToJs::new(js.env).value(&v),
            Ok(Step::Call(c)) => c,
            Ok(Step::Waiting(_) | Step::Yielded) => {
                // Calls are answered at once here, so no task can be left waiting on one.
                let e =
                    RunError::Internal("montybox: a synchronous run stopped unexpectedly".into());
                return fail(js, undefined, cb, &e);
            }
            Err(e) => return fail(js, undefined, cb, &e),
        };
        let f = match resolved.iter().find(|(n, _)| *n == call.function) {
            Some((_, f)) => *f,
            None => {
                // Only the object's own functions: a program must not reach
                // `Object.prototype.toString` by declaring a function of that name.
                let key = js.string(&call.function)?;
                let f = if js.has_own(cb.functions, key)? {
                    let f = js.get_property(cb.functions, key)?;
                    (js.type_of(f)? == sys::ValueType::napi_function).then_some(f)
                } else {
                    None
                };
                resolved.push((call.function.clone(), f));
                f
            }
        };
        let answer = match f {
            None => Answer::Error {
                type_name: "NameError".into(),
                message: format!("name '{}' is not defined", call.function),
            },
            Some(f) => {
                let then_key = match then_key {
                    Some(k) => k,
                    None => *then_key.insert(js.string("then")?),
                };
                let _scope = HandleScope::open(js.env)?;
                call_host(js, undefined, f, &call, cb, then_key)?
            }
        };
        run.answer(call.id, answer)
            .map_err(|e| type_error(js.env, &format!("montybox: {e}")))?;
    }
}

/// Calls the host function for `call` and turns what it returned or threw into the answer.
fn call_host(
    js: Js,
    undefined: sys::napi_value,
    f: sys::napi_value,
    call: &HostCall,
    cb: &Callbacks,
    then_key: sys::napi_value,
) -> Result<Answer> {
    let mut to_js = ToJs::new(js.env);
    let mut args = Vec::with_capacity(call.args.len() + 1);
    for a in &call.args {
        args.push(to_js.value(a)?);
    }
    if !call.kwargs.is_empty() {
        let kw = js.object()?;
        for (k, v) in &call.kwargs {
            js.set_named(kw, k, to_js.value(v)?)?;
        }
        args.push(kw);
    }
    let result = match js.call(undefined, f, &args) {
        Ok(r) => r,
        Err(e) if e.status == Status::PendingException => {
            let mut exc = std::ptr::null_mut();
            // SAFETY: env is live; the pending exception is the one the host function threw.
            unsafe { sys::napi_get_and_clear_last_exception(js.env, &mut exc) };
            let parts = js.call(undefined, cb.error_parts, &[exc])?;
            let type_name = js.get_string(js.get_element(parts, 0)?)?;
            let message = js.get_string(js.get_element(parts, 1)?)?;
            return Ok(Answer::Error { type_name, message });
        }
        Err(e) => return Err(e),
    };
    let t = js.type_of(result)?;
    if (t == sys::ValueType::napi_object || t == sys::ValueType::napi_function)
        && js.type_of(js.get_property(result, then_key)?)? == sys::ValueType::napi_function
    {
        return Err(type_error(
            js.env,
            &format!(
                "montybox: external function '{}' returned a promise; use runAsync() or runMonty() for async functions",
                call.function
            ),
        ));
    }
    answer_of(js.env, result)
}

/// Throws the JS error for `e` (through the JS layer's `fail`).
fn fail(
    js: Js,
    undefined: sys::napi_value,
    cb: &Callbacks,
    e: &RunError,
) -> Result<sys::napi_value> {
    let info = error_info(js, e)?;
    js.call(undefined, cb.fail, &[info])?;
    Err(Error::new(
        Status::GenericFailure,
        "montybox: fail() returned instead of throwing",
    ))
}
