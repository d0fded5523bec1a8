//! `os.path` (POSIX, like CPython's `posixpath`): pure path arithmetic with CPython 3.11's
//! results and messages — `join`, `split`, `splitext`, `splitdrive`, `basename`, `dirname`,
//! `normpath`, `normcase`, `abspath`, `realpath`, `relpath`, `isabs`, `commonprefix`,
//! `commonpath`, `expanduser`, `expandvars`, and the separators. Paths may be str or bytes
//! (or objects with `__fspath__`).
//!
//! There is no filesystem in the sandbox: the program sees an empty root directory, which is
//! also its working directory (`os.getcwd()` is `'/'`, so `abspath` resolves against `/`).
//! `exists`/`isdir`/`lexists` are true only for the root, `isfile`/`islink`/`ismount` are false
//! (`ismount('/')` is true); nothing touches the host's files. `expanduser` uses `HOME` from
//! `os.environ` when the host granted one, else returns the path unchanged; `expandvars` reads
//! `os.environ`.
//!
//! Not provided: `getsize`, `getmtime`/`getatime`/`getctime`, `samefile`, `sameopenfile`,
//! `samestat` (they need files).

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::support::{bind, Sig};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum PathFn {
        Join => "join" => join,
        Split => "split" => split,
        SplitExt => "splitext" => splitext,
        SplitDrive => "splitdrive" => splitdrive,
        Basename => "basename" => basename,
        Dirname => "dirname" => dirname,
        Normpath => "normpath" => normpath,
        Normcase => "normcase" => normcase,
        Abspath => "abspath" => abspath,
        Realpath => "realpath" => realpath,
        Relpath => "relpath" => relpath,
        IsAbs => "isabs" => isabs,
        CommonPrefix => "commonprefix" => commonprefix,
        CommonPath => "commonpath" => commonpath,
        ExpandUser => "expanduser" => expanduser,
        ExpandVars => "expandvars" => expandvars,
        Exists => "exists" => exists,
        Lexists => "lexists" => exists,
        IsDir => "isdir" => exists,
        IsFile => "isfile" => isfile,
        IsLink => "islink" => isfile,
        IsMount => "ismount" => ismount,
    }
}

fn f(which: PathFn) -> Value {
    func_value(ModuleFn::OsPath(which))
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = PathFn::all_names()
        .iter()
        .filter_map(|n| PathFn::from_name(n).map(|w| (*n, f(w))))
        .collect();
    out.extend(crate::modules::os::separators(vm)?);
    Ok(out)
}

/// A path argument: its bytes and whether it was bytes.
#[derive(Clone)]
pub(crate) struct P {
    pub b: Vec<u8>,
    pub bytes: bool,
}

impl P {
    fn str(s: &str) -> P {
        P {
            b: s.as_bytes().to_vec(),
            bytes: false,
        }
    }

    fn like(&self, b: Vec<u8>) -> P {
        P {
            b,
            bytes: self.bytes,
        }
    }

    pub fn value(&self, vm: &mut Vm) -> PyResult<Value> {
        if self.bytes {
            vm.new_bytes(self.b.clone())
        } else {
            // Only ever split at ASCII bytes of valid UTF-8, so this is valid UTF-8.
            vm.new_str(String::from_utf8_lossy(&self.b).into_owned())
        }
    }
}

/// `os.fspath(v)`: str, bytes, or the result of `__fspath__`.
pub(crate) fn fspath(vm: &mut Vm, v: Value) -> PyResult<Option<P>> {
    let inner = vm.unwrap_builtin(v);
    if let Some(s) = vm.as_str(inner) {
        return Ok(Some(P::str(s)));
    }
    if let Value::Obj(id) = inner {
        if let crate::heap::Object::Bytes(b) = vm.heap.get(id) {
            return Ok(Some(P {
                b: b.clone(),
                bytes: true,
            }));
        }
    }
    if matches!(v, Value::Obj(_)) {
        if let Some(m) = vm.lookup_user(v, "__fspath__")? {
            let r = vm.call(m, &[])?;
            let ri = vm.unwrap_builtin(r);
            if let Some(s) = vm.as_str(ri) {
                return Ok(Some(P::str(s)));
            }
            if let Value::Obj(id) = ri {
                if let crate::heap::Object::Bytes(b) = vm.heap.get(id) {
                    return Ok(Some(P {
                        b: b.clone(),
                        bytes: true,
                    }));
                }
            }
            let t = vm.type_name(v);
            let rt = vm.type_name(r);
            return Err(Exc::type_error(format!(
                "expected {t}.__fspath__() to return str or bytes, not {rt}"
            )));
        }
    }
    Ok(None)
}

/// A path argument, or `TypeError: expected str, bytes or os.PathLike object, not int`.
pub(crate) fn path_arg(vm: &mut Vm, v: Value) -> PyResult<P> {
    match fspath(vm, v)? {
        Some(p) => Ok(p),
        None => {
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "expected str, bytes or os.PathLike object, not {t}"
            )))
        }
    }
}

fn one_path(vm: &mut Vm, args: &Args, name: &str, param: &str) -> PyResult<P> {
    let params = [param];
    let b = bind(vm, args, &Sig::simple(name, &params, 1))?;
    path_arg(vm, b.or_none(0))
}

fn rfind(b: &[u8], c: u8) -> Option<usize> {
    b.iter().rposition(|&x| x == c)
}

pub(crate) fn join_paths(parts: &[P]) -> P {
    let mut path = parts.first().map(|p| p.b.clone()).unwrap_or_default();
    for p in parts.iter().skip(1) {
        if p.b.first() == Some(&b'/') {
            path = p.b.clone();
        } else if path.is_empty() || path.last() == Some(&b'/') {
            path.extend_from_slice(&p.b);
        } else {
            path.push(b'/');
            path.extend_from_slice(&p.b);
        }
    }
    P {
        b: path,
        bytes: parts.first().is_some_and(|p| p.bytes),
    }
}

fn join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let sig = Sig {
        name: "join",
        params: &["a"],
        npos: 1,
        posonly: 0,
        required: 1,
        kw_required: &[],
        varargs: true,
        varkw: false,
    };
    let b = bind(vm, args, &sig)?;
    let first = path_arg(vm, b.or_none(0))?;
    let mut parts = vec![first];
    let mut bad = None;
    for v in &b.rest {
        match fspath(vm, *v)? {
            Some(p) => parts.push(p),
            None => {
                bad = Some(*v);
                break;
            }
        }
    }
    if let Some(v) = bad {
        let t = vm.type_name(v);
        return Err(Exc::type_error(format!(
            "join() argument must be str, bytes, or os.PathLike object, not '{t}'"
        )));
    }
    if parts.iter().any(|p| p.bytes != parts[0].bytes) {
        return Err(Exc::type_error(
            "Can't mix strings and bytes in path components",
        ));
    }
    join_paths(&parts).value(vm)
}

fn split_parts(p: &P) -> (P, P) {
    let i = rfind(&p.b, b'/').map(|i| i + 1).unwrap_or(0);
    let mut head = p.b[..i].to_vec();
    let tail = p.b[i..].to_vec();
    if !head.is_empty() && head.iter().any(|&c| c != b'/') {
        while head.last() == Some(&b'/') {
            head.pop();
        }
    }
    (p.like(head), p.like(tail))
}

fn pair(vm: &mut Vm, a: P, b: P) -> PyResult<Value> {
    let av = a.value(vm)?;
    let bv = b.value(vm)?;
    vm.new_tuple(vec![av, bv])
}

fn split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = one_path(vm, args, "split", "p")?;
    let (h, t) = split_parts(&p);
    pair(vm, h, t)
}

fn splitext_parts(p: &P) -> (P, P) {
    let b = &p.b;
    let sep = rfind(b, b'/');
    if let Some(dot) = rfind(b, b'.') {
        if sep.is_none_or(|s| dot > s) {
            let start = sep.map(|s| s + 1).unwrap_or(0);
            if b[start..dot].iter().any(|&c| c != b'.') {
                return (p.like(b[..dot].to_vec()), p.like(b[dot..].to_vec()));
            }
        }
    }
    (p.clone(), p.like(Vec::new()))
}

fn splitext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = one_path(vm, args, "splitext", "p")?;
    let (a, b) = splitext_parts(&p);
    pair(vm, a, b)
}

fn splitdrive(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = one_path(vm, args, "splitdrive", "p")?;
    let empty = p.like(Vec::new());
    pair(vm, empty, p)
}

fn basename(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = one_path(vm, args, "basename", "p")?;
    let i = rfind(&p.b, b'/').map(|i| i + 1).unwrap_or(0);
    p.like(p.b[i..].to_vec()).value(vm)
}

fn dirname(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = one_path(vm, args, "dirname", "p")?;
    split_parts(&p).0.value(vm)
}

pub(crate) fn normpath_bytes(path: &[u8]) -> Vec<u8> {
    if path.is_empty() {
        return b".".to_vec();
    }
    let mut initial = usize::from(path.first() == Some(&b'/'));
    if initial == 1 && path.starts_with(b"//") && !path.starts_with(b"///") {
        initial = 2;
    }
    let mut comps: Vec<&[u8]> = Vec::new();
    for comp in path.split(|&c| c == b'/') {
        if comp.is_empty() || comp == b"." {
            continue;
        }
        if comp != b".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&&b".."[..])
        {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut out = vec![b'/'; initial];
    out.extend(comps.join(&b'/'));
    if out.is_empty() {
        out.push(b'.');
    }
    out
}

fn normpath(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = one_path(vm, args, "normpath", "path")?;
    p.like(normpath_bytes(&p.b)).value(vm)
}

fn normcase(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = one_path(vm, args, "normcase", "s")?;
    p.value(vm)
}

pub(crate) fn abspath_of(p: &P) -> P {
    let mut b = p.b.clone();
    if b.first() != Some(&b'/') {
        let mut j = b"/".to_vec();
        j.extend_from_slice(&b);
        b = j;
    }
    p.like(normpath_bytes(&b))
}

fn abspath(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = one_path(vm, args, "abspath", "path")?;
    abspath_of(&p).value(vm)
}

fn realpath(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig {
            name: "realpath",
            params: &["filename", "strict"],
            npos: 1,
            posonly: 0,
            required: 1,
            kw_required: &[],
            varargs: false,
            varkw: false,
        },
    )?;
    let p = path_arg(vm, b.or_none(0))?;
    abspath_of(&p).value(vm)
}

fn components(b: &[u8]) -> Vec<Vec<u8>> {
    b.split(|&c| c == b'/')
        .filter(|c| !c.is_empty())
        .map(|c| c.to_vec())
        .collect()
}

fn relpath(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("relpath", &["path", "start"], 1))?;
    let pv = b.or_none(0);
    let p = path_arg(vm, pv)?;
    if p.b.is_empty() {
        return Err(Exc::value_error("no path specified"));
    }
    let start = match b.get(1) {
        None | Some(Value::None) => p.like(b".".to_vec()),
        Some(v) => path_arg(vm, v)?,
    };
    if start.bytes != p.bytes {
        return Err(Exc::type_error(
            "Can't mix strings and bytes in path components",
        ));
    }
    let sl = components(&abspath_of(&start).b);
    let pl = components(&abspath_of(&p).b);
    let common = sl.iter().zip(&pl).take_while(|(a, b)| a == b).count();
    let mut rel: Vec<Vec<u8>> = vec![b"..".to_vec(); sl.len() - common];
    rel.extend(pl[common..].iter().cloned());
    if rel.is_empty() {
        return p.like(b".".to_vec()).value(vm);
    }
    p.like(rel.join(&b'/')).value(vm)
}

fn isabs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = one_path(vm, args, "isabs", "s")?;
    Ok(Value::Bool(p.b.first() == Some(&b'/')))
}

fn commonprefix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("commonprefix", &["m"], 1))?;
    let items = vm.collect(b.or_none(0))?;
    if items.is_empty() {
        return vm.new_str(String::new());
    }
    let mut paths = Vec::with_capacity(items.len());
    for v in items {
        paths.push(path_arg(vm, v)?);
    }
    if paths.iter().any(|p| p.bytes != paths[0].bytes) {
        return Err(Exc::type_error(
            "'<' not supported between instances of 'bytes' and 'str'",
        ));
    }
    // The common prefix of the smallest and largest, compared by code point (UTF-8 order
    // agrees), cut at a character boundary.
    let min = paths
        .iter()
        .map(|p| &p.b)
        .min()
        .cloned()
        .unwrap_or_default();
    let max = paths
        .iter()
        .map(|p| &p.b)
        .max()
        .cloned()
        .unwrap_or_default();
    let mut n = min.iter().zip(&max).take_while(|(a, b)| a == b).count();
    if !paths[0].bytes {
        while n > 0 && n < min.len() && (min[n] & 0xC0) == 0x80 {
            n -= 1;
        }
    }
    paths[0].like(min[..n].to_vec()).value(vm)
}

fn commonpath(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("commonpath", &["paths"], 1))?;
    let items = vm.collect(b.or_none(0))?;
    if items.is_empty() {
        return Err(Exc::value_error("commonpath() arg is an empty sequence"));
    }
    let mut paths = Vec::with_capacity(items.len());
    for v in items {
        paths.push(path_arg(vm, v)?);
    }
    if paths.iter().any(|p| p.bytes != paths[0].bytes) {
        return Err(Exc::type_error(
            "Can't mix strings and bytes in path components",
        ));
    }
    let abs = paths[0].b.first() == Some(&b'/');
    if paths.iter().any(|p| (p.b.first() == Some(&b'/')) != abs) {
        return Err(Exc::value_error("Can't mix absolute and relative paths"));
    }
    let split: Vec<Vec<Vec<u8>>> = paths
        .iter()
        .map(|p| {
            p.b.split(|&c| c == b'/')
                .filter(|c| !c.is_empty() && *c != b".")
                .map(|c| c.to_vec())
                .collect()
        })
        .collect();
    let min = split.iter().min().cloned().unwrap_or_default();
    let max = split.iter().max().cloned().unwrap_or_default();
    let n = min.iter().zip(&max).take_while(|(a, b)| a == b).count();
    let mut out = if abs { b"/".to_vec() } else { Vec::new() };
    out.extend(min[..n].join(&b'/'));
    paths[0].like(out).value(vm)
}

/// `os.environ[name]`, if set.
fn env_get(vm: &mut Vm, name: &str) -> PyResult<Option<String>> {
    let os = crate::modules::import(vm, "os")?;
    let env = vm.getattr(os, "environ")?;
    let k = vm.new_str(name.to_string())?;
    if !vm.contains(env, k)? {
        return Ok(None);
    }
    let v = vm.getitem(env, k)?;
    Ok(crate::modules::support::str_of(vm, v))
}

fn expanduser(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = one_path(vm, args, "expanduser", "path")?;
    if p.b.first() != Some(&b'~') {
        return p.value(vm);
    }
    let end = p.b.iter().position(|&c| c == b'/').unwrap_or(p.b.len());
    if end != 1 {
        return p.value(vm);
    }
    let Some(home) = env_get(vm, "HOME")? else {
        return p.value(vm);
    };
    let mut home = home.into_bytes();
    while home.len() > 1 && home.last() == Some(&b'/') {
        home.pop();
    }
    let rest = &p.b[end..];
    if home == b"/" && !rest.is_empty() {
        home.clear();
    }
    home.extend_from_slice(rest);
    if home.is_empty() {
        home.push(b'/');
    }
    p.like(home).value(vm)
}

fn expandvars(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = one_path(vm, args, "expandvars", "path")?;
    if !p.b.contains(&b'$') {
        return p.value(vm);
    }
    let b = &p.b;
    let is_name = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'$' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let (name_start, name_end, end) = if b.get(i + 1) == Some(&b'{') {
            match b[i + 2..].iter().position(|&c| c == b'}') {
                Some(close) if close > 0 => (i + 2, i + 2 + close, i + 3 + close),
                _ => {
                    out.push(b'$');
                    i += 1;
                    continue;
                }
            }
        } else {
            let mut e = i + 1;
            while e < b.len() && is_name(b[e]) {
                e += 1;
            }
            if e == i + 1 {
                out.push(b'$');
                i += 1;
                continue;
            }
            (i + 1, e, e)
        };
        let name = String::from_utf8_lossy(&b[name_start..name_end]).into_owned();
        match env_get(vm, &name)? {
            Some(v) => out.extend_from_slice(v.as_bytes()),
            None => out.extend_from_slice(&b[i..end]),
        }
        i = end;
    }
    p.like(out).value(vm)
}

/// The path of an existence test, or None for a file descriptor (int).
fn stat_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<P>> {
    let params = ["path"];
    let b = bind(vm, args, &Sig::simple(name, &params, 1))?;
    let v = b.or_none(0);
    if let Some(p) = fspath(vm, v)? {
        return Ok(Some(p));
    }
    if matches!(vm.unwrap_builtin(v), Value::Int(_) | Value::Bool(_)) {
        return Ok(None);
    }
    let t = vm.type_name(v);
    Err(Exc::type_error(format!(
        "stat: path should be string, bytes, os.PathLike or integer, not {t}"
    )))
}

/// Whether a path names the sandbox's (empty) root directory.
fn is_root(p: &P) -> bool {
    !p.b.is_empty() && !p.b.contains(&0) && abspath_of(p).b == b"/"
}

fn exists(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = stat_arg(vm, args, "exists")?;
    Ok(Value::Bool(p.is_some_and(|p| is_root(&p))))
}

fn isfile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    stat_arg(vm, args, "isfile")?;
    Ok(Value::Bool(false))
}

fn ismount(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = one_path(vm, args, "ismount", "path")?;
    Ok(Value::Bool(is_root(&p)))
}
