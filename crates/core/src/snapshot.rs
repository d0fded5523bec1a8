//! Serialized programs and paused runs.
//!
//! Layout: the magic `MONTYBOX`, one kind byte (`P` program, `R` run), the format version
//! (u16, little endian), a 64-bit checksum of the payload, then the payload: the postcard
//! encoding of the program or of the whole VM state (heap, frames, tasks, pending calls).
//!
//! Loading never trusts the bytes: the header, version and checksum are checked, decoding is
//! bounded in nesting, and the decoded state is validated (every instruction operand, every
//! object reference, every frame) before anything runs, so foreign, truncated or corrupted input
//! is an error, not a panic.

use std::cell::Cell;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize};

use crate::bytecode::{Const, Instr, Program};
use crate::error::RunError;
use crate::heap::Object;
use crate::run::{Run, RunOptions};
use crate::value::Value;
use crate::vm::Vm;

const MAGIC: &[u8; 8] = b"MONTYBOX";
const KIND_PROGRAM: u8 = b'P';
const KIND_RUN: u8 = b'R';
/// The current format version. Snapshots of other versions are refused.
pub const FORMAT_VERSION: u16 = 2;
const HEADER_LEN: usize = 8 + 1 + 2 + 8;
/// The deepest constant nesting accepted when decoding (source nesting is bounded far lower).
const MAX_CONST_DEPTH: usize = 256;

/// Why bytes could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError(pub String);

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::error::Error for LoadError {}

impl From<LoadError> for RunError {
    fn from(e: LoadError) -> RunError {
        RunError::Internal(e.0)
    }
}

fn bad(msg: impl Into<String>) -> LoadError {
    LoadError(msg.into())
}

/// A 64-bit checksum of the payload, against accidental damage (truncation, flipped bits), not
/// tampering: whatever passes it is still fully validated. One multiply per 8 bytes, so it
/// costs little next to decoding.
fn checksum(data: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (data.len() as u64).wrapping_mul(K) ^ 0x6d6f_6e74_7962_6f78;
    let (words, tail) = data.as_chunks::<8>();
    for w in words {
        h = (h ^ u64::from_le_bytes(*w)).wrapping_mul(K).rotate_left(29);
    }
    let mut last = [0u8; 8];
    last[..tail.len()].copy_from_slice(tail);
    h = (h ^ u64::from_le_bytes(last)).wrapping_mul(K);
    h ^= h >> 32;
    h = h.wrapping_mul(K);
    h ^ (h >> 29)
}

fn encode(kind: u8, payload: Vec<u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.push(kind);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&checksum(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// Checks the header and checksum and returns the payload.
fn decode(bytes: &[u8], kind: u8) -> Result<&[u8], LoadError> {
    let what = if kind == KIND_PROGRAM {
        "a montybox program"
    } else {
        "a montybox snapshot"
    };
    if bytes.len() < HEADER_LEN || &bytes[..8] != MAGIC {
        return Err(bad(format!("the bytes are not {what}")));
    }
    if bytes[8] != kind {
        let other = if bytes[8] == KIND_PROGRAM {
            "a program"
        } else {
            "a paused run"
        };
        return Err(bad(format!("the bytes are {other}, not {what}")));
    }
    let version = u16::from_le_bytes([bytes[9], bytes[10]]);
    if version != FORMAT_VERSION {
        return Err(bad(format!(
            "{what} in format version {version}; this montybox reads version {FORMAT_VERSION}"
        )));
    }
    let mut sum = [0u8; 8];
    sum.copy_from_slice(&bytes[11..19]);
    let payload = &bytes[HEADER_LEN..];
    if u64::from_le_bytes(sum) != checksum(payload) {
        return Err(bad(format!("{what} is corrupted (checksum mismatch)")));
    }
    Ok(payload)
}

/// Rewrites the checksum of program or snapshot bytes to match their payload, so that edited
/// bytes reach the decoder and the checks after it. For fuzzers and tests: a host never needs it.
pub fn reseal(bytes: &mut [u8]) {
    if bytes.len() >= HEADER_LEN {
        let sum = checksum(&bytes[HEADER_LEN..]).to_le_bytes();
        bytes[11..19].copy_from_slice(&sum);
    }
}

/// Serializes a compiled program.
pub fn dump_program(program: &Program) -> Vec<u8> {
    let payload = postcard::to_allocvec(program).unwrap_or_default();
    encode(KIND_PROGRAM, payload)
}

/// Loads a program serialized by [`dump_program`].
pub fn load_program(bytes: &[u8]) -> Result<Program, LoadError> {
    let payload = decode(bytes, KIND_PROGRAM)?;
    let program: Program = postcard::from_bytes(payload)
        .map_err(|e| bad(format!("the program could not be decoded: {e}")))?;
    verify_program(&program)?;
    Ok(program)
}

#[derive(Serialize)]
struct RunStateRef<'a> {
    vm: &'a Vm,
    pending: Option<u64>,
}

#[derive(Deserialize)]
struct RunState {
    vm: Box<Vm>,
    pending: Option<u64>,
}

impl Run {
    /// Serializes the paused run: program, heap, frames, tasks and the pending call. Output
    /// sink, host grants and cancellation flag are not part of it.
    pub fn dump(&self) -> Result<Vec<u8>, RunError> {
        let (vm, pending) = self.parts();
        let state = RunStateRef {
            vm,
            pending: pending.map(|c| c.id),
        };
        let payload = postcard::to_allocvec(&state)
            .map_err(|e| RunError::Internal(format!("the run could not be serialized: {e}")))?;
        Ok(encode(KIND_RUN, payload))
    }

    /// Loads a run serialized by [`Run::dump`]; `options` supplies what a snapshot does not
    /// hold (limits, host grants, output).
    pub fn load(bytes: &[u8], options: RunOptions) -> Result<Run, LoadError> {
        let payload = decode(bytes, KIND_RUN)?;
        let state: RunState = postcard::from_bytes(payload)
            .map_err(|e| bad(format!("the snapshot could not be decoded: {e}")))?;
        let mut vm = state.vm;
        verify_program(&vm.program)?;
        verify_vm(&vm)?;
        vm.limits = options.limits;
        vm.host = options.host;
        vm.out = options.output;
        let pending = match (state.pending, &vm.pending) {
            (None, None) => None,
            (Some(id), Some(p)) if p.id == id => Some(id),
            _ => return Err(bad("the snapshot's pending call is inconsistent")),
        };
        Run::restore(vm, pending).map_err(|e| bad(format!("the snapshot is inconsistent: {e}")))
    }
}

/// Decodes a nested constant list with a bound on nesting (postcard itself has none).
pub(crate) fn de_nested_consts<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Const>, D::Error> {
    thread_local! {
        static DEPTH: Cell<usize> = const { Cell::new(0) };
    }
    let depth = DEPTH.with(|c| c.get());
    if depth >= MAX_CONST_DEPTH {
        return Err(serde::de::Error::custom("constants nested too deeply"));
    }
    DEPTH.with(|c| c.set(depth + 1));
    let r = Vec::<Const>::deserialize(d);
    DEPTH.with(|c| c.set(depth));
    r
}

/// Checks every operand of every instruction against the program's tables.
pub fn verify_program(p: &Program) -> Result<(), LoadError> {
    if p.codes.is_empty() {
        return Err(bad("the program has no code"));
    }
    let nconsts = p.consts.len() as u64;
    let nnames = p.names.len() as u64;
    let nglobals = p.globals.len() as u64;
    let ncodes = p.codes.len() as u64;
    for (ci, code) in p.codes.iter().enumerate() {
        let fail = |what: &str, ip: usize| {
            Err(bad(format!(
                "invalid program: {what} at instruction {ip} of code {ci}"
            )))
        };
        let n = code.instrs.len() as u64;
        let nlocals = code.varnames.len() as u64;
        if code.locs.len() != code.instrs.len() {
            return fail("missing source locations", 0);
        }
        if code.nfree as u64 > nlocals {
            return fail("bad free-variable count", 0);
        }
        let params = code.argcount as u64
            + code.kwonlyargcount as u64
            + code.has_varargs as u64
            + code.has_varkw as u64;
        if params > nlocals || code.posonlyargcount > code.argcount {
            return fail("bad parameter counts", 0);
        }
        for e in &code.exc_table {
            if e.start > e.end || e.end as u64 > n || e.handler as u64 >= n {
                return fail("bad exception table entry", e.start as usize);
            }
        }
        for (ip, instr) in code.instrs.iter().enumerate() {
            use Instr::*;
            let ok = match *instr {
                LoadConst(i) => (i as u64) < nconsts,
                LoadFast(i) | StoreFast(i) | DeleteFast(i) | MakeCell(i) | LoadDeref(i)
                | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) => (i as u64) < nlocals,
                LoadFastIntBinary(i, ..) | LoadFastIntCompare(i, ..) => (i as u64) < nlocals,
                CopyFreeVars(i) => i as u64 + code.nfree as u64 <= nlocals,
                LoadGlobal(i) | StoreGlobal(i) | DeleteGlobal(i) => (i as u64) < nglobals,
                LoadName(i) | StoreName(i) | DeleteName(i) | LoadAttr(i) | StoreAttr(i)
                | DeleteAttr(i) | LoadMethod(i) | ImportName(i) | ImportFrom(i)
                | StoreAnnotation(i) => (i as u64) < nnames,
                LoadClassDeref(name, slot) => (name as u64) < nnames && (slot as u64) < nlocals,
                CallKw(_, k) | CallMethodKw(_, k) => {
                    matches!(p.consts.get(k as usize), Some(Const::Tuple(_)))
                }
                MakeFunction(c, _) | BuildClass(c) => c != 0 && (c as u64) < ncodes,
                Copy(d) | Swap(d) => d >= 1,
                other => match other.target() {
                    Some(t) => (t as u64) <= n,
                    None => true,
                },
            };
            if !ok {
                return fail(&format!("invalid operand in {instr:?}"), ip);
            }
        }
    }
    for g in &p.globals {
        if let Some(c) = &g.builtin {
            if !matches!(
                c,
                Const::Builtin(_)
                    | Const::Type(_)
                    | Const::None
                    | Const::Ellipsis
                    | Const::NotImplemented
                    | Const::Str(_)
            ) {
                return Err(bad("invalid program: bad builtin fallback"));
            }
        }
    }
    Ok(())
}

/// Checks the VM state of a loaded run: tables sized to the program, every object reference
/// live, every frame and generator pointing into real code with a consistent stack.
fn verify_vm(vm: &Vm) -> Result<(), LoadError> {
    let p = &vm.program;
    if vm.globals.len() != p.globals.len()
        || vm.names.len() != p.names.len()
        || (vm.consts.len() != p.consts.len() && !vm.consts.is_empty())
    {
        return Err(bad("invalid snapshot: tables do not match the program"));
    }
    vm.heap
        .check_consistency()
        .map_err(|e| bad(format!("invalid snapshot: {e}")))?;
    let mut dangling = None;
    let mut check = |v: Value| {
        if let Value::Obj(id) = v {
            if !vm.heap.contains(id) && dangling.is_none() {
                dangling = Some(id);
            }
        }
    };
    vm.trace_roots(&mut check);
    vm.heap.trace_all(&mut check);
    if let Some(id) = dangling {
        return Err(bad(format!(
            "invalid snapshot: reference to missing object {}",
            id.index()
        )));
    }
    let check_code = |code: u32, ip: u32| -> Result<(), LoadError> {
        match p.codes.get(code as usize) {
            Some(c) if (ip as usize) <= c.instrs.len() => Ok(()),
            _ => Err(bad("invalid snapshot: a frame points outside the program")),
        }
    };
    let check_frames = |frames: &[crate::vm::Frame], stack_len: usize| -> Result<(), LoadError> {
        for f in frames {
            check_code(f.code, f.ip)?;
            let nlocals = p.codes[f.code as usize].nlocals();
            if f.base as usize + nlocals > stack_len || f.ret_sp > f.base + nlocals as u32 {
                return Err(bad("invalid snapshot: a frame's stack is inconsistent"));
            }
        }
        Ok(())
    };
    check_frames(&vm.frames, vm.stack.len())?;
    if let Some(state) = &vm.sched.main {
        check_frames(&state.frames, state.stack.len())?;
    }
    for obj in vm.heap.objects() {
        match obj {
            Object::Function(f) => check_code(f.code, 0)?,
            Object::Generator(g) => {
                check_code(g.code, 0)?;
                if let Some(frame) = &g.frame {
                    check_frames(std::slice::from_ref(frame), g.stack.len())?;
                }
            }
            Object::Task(t) => check_frames(&t.saved.frames, t.saved.stack.len())?,
            _ => {}
        }
    }
    Ok(())
}

impl Run {
    fn restore(vm: Box<Vm>, pending: Option<u64>) -> Result<Run, String> {
        let mut run = Run::from_parts(vm, None);
        if pending.is_some() {
            run.reconvert_pending()?;
        }
        Ok(run)
    }
}

/// Shared ownership helper for hosts that keep one program for many runs.
pub fn share(program: Program) -> Arc<Program> {
    Arc::new(program)
}
