//! Errors as plain JS objects (`ErrorInfo`), which the JS layer turns into `MontyError`
//! subclasses: a Python exception or syntax error with its CPython traceback and frames, a
//! resource limit breach, a cancellation, or an internal fault.

use montybox_core::{PythonError, RunError};
use napi::{sys, Result};

use crate::js::Js;

/// Builds the `ErrorInfo` object for `e`.
pub fn error_info(js: Js, e: &RunError) -> Result<sys::napi_value> {
    let obj = js.object()?;
    match e {
        RunError::Syntax(p) => python(js, obj, "syntax", p)?,
        RunError::Exception(p) => python(js, obj, "runtime", p)?,
        RunError::Limit { kind, message } => {
            js.set_named(obj, "kind", js.string("resource")?)?;
            js.set_named(obj, "limit", js.string(kind.as_str())?)?;
            js.set_named(obj, "message", js.string(message)?)?;
        }
        RunError::Cancelled => {
            js.set_named(obj, "kind", js.string("cancelled")?)?;
            js.set_named(obj, "message", js.string("the run was cancelled")?)?;
        }
        RunError::Internal(m) => {
            js.set_named(obj, "kind", js.string("internal")?)?;
            js.set_named(obj, "message", js.string(m)?)?;
        }
    }
    Ok(obj)
}

fn python(js: Js, obj: sys::napi_value, kind: &str, p: &PythonError) -> Result<()> {
    js.set_named(obj, "kind", js.string(kind)?)?;
    js.set_named(obj, "type", js.string(&p.type_name)?)?;
    js.set_named(obj, "message", js.string(&p.message)?)?;
    js.set_named(obj, "traceback", js.string(&p.traceback)?)?;
    let frames = js.array(p.frames.len())?;
    for (i, f) in p.frames.iter().enumerate() {
        let fo = js.object()?;
        js.set_named(fo, "filename", js.string(&f.filename)?)?;
        js.set_named(fo, "line", js.number(f.line as f64)?)?;
        js.set_named(fo, "column", js.number(f.column as f64)?)?;
        js.set_named(fo, "endLine", js.number(f.end_line as f64)?)?;
        js.set_named(fo, "endColumn", js.number(f.end_column as f64)?)?;
        let name = match &f.function_name {
            Some(n) => js.string(n)?,
            None => js.null()?,
        };
        js.set_named(fo, "functionName", name)?;
        let src = match &f.source_line {
            Some(s) => js.string(s)?,
            None => js.null()?,
        };
        js.set_named(fo, "sourceLine", src)?;
        js.set_element(frames, i as u32, fo)?;
    }
    js.set_named(obj, "frames", frames)?;
    Ok(())
}

/// An internal error for a caught panic (a bug; reported, never crashing the process).
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let detail = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown".into());
    format!("montybox internal error (please report): {detail}")
}
