//! `io`: the in-memory streams `StringIO` and `BytesIO` (what `csv`, `json.load`/`dump` and
//! `print(file=...)` are used with), `UnsupportedOperation`, and the `SEEK_*` constants, with
//! CPython 3.11's behaviour and messages.
//!
//! Supported: `read`, `read1` (BytesIO), `readline`, `readlines`, `write`, `writelines`,
//! `getvalue`, `seek` (CPython's rules for `whence`), `tell`, `truncate`, `close`, `closed`,
//! `flush`, `detach` (UnsupportedOperation), `readable`/`writable`/`seekable`/`isatty`, `fileno` (raises
//! `UnsupportedOperation`), iteration by lines, and use as a context manager. `StringIO` honours
//! `newline` (None, '', '\n', '\r', '\r\n') for translation on write and line splitting on read.
//!
//! Not supported: files (`open`, `FileIO`, `TextIOWrapper`, `BufferedReader`...: there is no
//! filesystem in the sandbox), `BytesIO.getbuffer`/`readinto`, and pickling.

use serde::{Deserialize, Serialize};

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::support::{bind, bytes_like, str_of, text_data, text_data_mut, Sig, TextData};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

crate::modules::support::fn_group! {
    pub enum IoFn {
        Str(StrIoFn),
        Bytes(BytesIoFn),
        Common(StreamFn),
    }
}

native_methods! {
    pub enum StrIoFn {
        Init => "__init__" => s_init,
        Read => "read" => s_read,
        Readline => "readline" => s_readline,
        Readlines => "readlines" => s_readlines,
        Write => "write" => s_write,
        Writelines => "writelines" => s_writelines,
        Getvalue => "getvalue" => s_getvalue,
        Seek => "seek" => s_seek,
        Tell => "tell" => s_tell,
        Truncate => "truncate" => s_truncate,
        Next => "__next__" => s_next,
        Newlines => "newlines" => s_newlines,
    }
}

native_methods! {
    pub enum BytesIoFn {
        Init => "__init__" => b_init,
        Read => "read" => b_read,
        Readline => "readline" => b_readline,
        Readlines => "readlines" => b_readlines,
        Write => "write" => b_write,
        Writelines => "writelines" => b_writelines,
        Getvalue => "getvalue" => b_getvalue,
        Seek => "seek" => b_seek,
        Tell => "tell" => b_tell,
        Truncate => "truncate" => b_truncate,
        Next => "__next__" => b_next,
    }
}

native_methods! {
    pub enum StreamFn {
        Close => "close" => close,
        Closed => "closed" => closed,
        Flush => "flush" => flush,
        True_ => "readable" => yes,
        False_ => "isatty" => no,
        Fileno => "fileno" => fileno,
        Detach => "detach" => detach,
        Iter => "__iter__" => iter_self,
        Enter => "__enter__" => enter,
        Exit => "__exit__" => exit,
    }
}

fn f(which: IoFn) -> Value {
    func_value(ModuleFn::Io(which))
}

fn fs(which: StrIoFn) -> Value {
    f(IoFn::Str(which))
}

fn fb(which: BytesIoFn) -> Value {
    f(IoFn::Bytes(which))
}

fn fc(which: StreamFn) -> Value {
    f(IoFn::Common(which))
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let s = stringio_class(vm)?;
    let b = bytesio_class(vm)?;
    let u = unsupported_class(vm)?;
    Ok(vec![
        ("StringIO", s),
        ("BytesIO", b),
        ("UnsupportedOperation", u),
        ("SEEK_SET", Value::Int(0)),
        ("SEEK_CUR", Value::Int(1)),
        ("SEEK_END", Value::Int(2)),
        ("DEFAULT_BUFFER_SIZE", Value::Int(8192)),
    ])
}

fn unsupported_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("io.UnsupportedOperation", |vm| {
        vm.new_native_class(NativeClass {
            name: "UnsupportedOperation",
            module: "io",
            bases: &[
                Value::Type(BuiltinType::OSError),
                Value::Type(BuiltinType::ValueError),
            ],
            ..Default::default()
        })
    })
}

fn common_attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let closed_p = vm.native_property(fc(StreamFn::Closed), None)?;
    Ok(vec![
        ("close", fc(StreamFn::Close)),
        ("closed", closed_p),
        ("flush", fc(StreamFn::Flush)),
        ("readable", fc(StreamFn::True_)),
        ("writable", fc(StreamFn::True_)),
        ("seekable", fc(StreamFn::True_)),
        ("isatty", fc(StreamFn::False_)),
        ("fileno", fc(StreamFn::Fileno)),
        ("detach", fc(StreamFn::Detach)),
        ("__iter__", fc(StreamFn::Iter)),
        ("__enter__", fc(StreamFn::Enter)),
        ("__exit__", fc(StreamFn::Exit)),
    ])
}

pub(crate) fn stringio_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("io.StringIO", |vm| {
        let mut attrs = common_attrs(vm)?;
        let newlines = vm.native_property(fs(StrIoFn::Newlines), None)?;
        attrs.extend([
            ("__init__", fs(StrIoFn::Init)),
            ("read", fs(StrIoFn::Read)),
            ("readline", fs(StrIoFn::Readline)),
            ("readlines", fs(StrIoFn::Readlines)),
            ("write", fs(StrIoFn::Write)),
            ("writelines", fs(StrIoFn::Writelines)),
            ("getvalue", fs(StrIoFn::Getvalue)),
            ("seek", fs(StrIoFn::Seek)),
            ("tell", fs(StrIoFn::Tell)),
            ("truncate", fs(StrIoFn::Truncate)),
            ("__next__", fs(StrIoFn::Next)),
            ("newlines", newlines),
            ("line_buffering", Value::Bool(false)),
            ("encoding", Value::None),
            ("errors", Value::None),
        ]);
        vm.new_native_class(NativeClass {
            name: "StringIO",
            module: "_io",
            attrs,
            dotted_name: true,
            ..Default::default()
        })
    })
}

fn bytesio_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("io.BytesIO", |vm| {
        let mut attrs = common_attrs(vm)?;
        attrs.extend([
            ("__init__", fb(BytesIoFn::Init)),
            ("read", fb(BytesIoFn::Read)),
            ("read1", fb(BytesIoFn::Read)),
            ("readline", fb(BytesIoFn::Readline)),
            ("readlines", fb(BytesIoFn::Readlines)),
            ("write", fb(BytesIoFn::Write)),
            ("writelines", fb(BytesIoFn::Writelines)),
            ("getvalue", fb(BytesIoFn::Getvalue)),
            ("seek", fb(BytesIoFn::Seek)),
            ("tell", fb(BytesIoFn::Tell)),
            ("truncate", fb(BytesIoFn::Truncate)),
            ("__next__", fb(BytesIoFn::Next)),
        ]);
        vm.new_native_class(NativeClass {
            name: "BytesIO",
            module: "_io",
            attrs,
            dotted_name: true,
            ..Default::default()
        })
    })
}

// ---- state --------------------------------------------------------------------------------------

/// How a StringIO translates newlines (its `newline` argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Newline {
    /// `None`: `\r\n` and `\r` become `\n` on write.
    Universal,
    /// `''`: no translation; lines end at `\r`, `\n` or `\r\n`.
    Untranslated,
    /// `'\n'`, `'\r'` or `'\r\n'`: `\n` becomes this on write; lines end with it.
    Lf,
    Cr,
    CrLf,
}

/// The state of a `StringIO`: the text, the position in characters and its byte offset.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StrBuf {
    buf: String,
    chars: usize,
    pos: usize,
    /// Byte offset of `pos` (the end of `buf` when `pos` is past the end).
    bpos: usize,
    closed: bool,
    newline: Newline,
    /// Which line endings were seen on write (for `newlines`, universal mode): bit 0 `\r`,
    /// bit 1 `\n`, bit 2 `\r\n`.
    seen: u8,
}

impl StrBuf {
    pub fn size_estimate(&self) -> usize {
        self.buf.capacity()
    }

    fn byte_at(&self, char_pos: usize) -> usize {
        if self.chars == self.buf.len() {
            return char_pos.min(self.buf.len());
        }
        self.buf
            .char_indices()
            .nth(char_pos)
            .map(|(b, _)| b)
            .unwrap_or(self.buf.len())
    }

    fn set_pos(&mut self, p: usize) {
        self.pos = p;
        self.bpos = self.byte_at(p);
    }

    fn translate(&mut self, s: &str) -> String {
        match self.newline {
            Newline::Universal => {
                if s.contains('\r') || s.contains('\n') {
                    let mut out = String::with_capacity(s.len());
                    let mut it = s.chars().peekable();
                    while let Some(c) = it.next() {
                        if c == '\r' {
                            if it.peek() == Some(&'\n') {
                                it.next();
                                self.seen |= 4;
                            } else {
                                self.seen |= 1;
                            }
                            out.push('\n');
                        } else {
                            if c == '\n' {
                                self.seen |= 2;
                            }
                            out.push(c);
                        }
                    }
                    out
                } else {
                    s.to_string()
                }
            }
            Newline::Cr => s.replace('\n', "\r"),
            Newline::CrLf => s.replace('\n', "\r\n"),
            Newline::Untranslated | Newline::Lf => s.to_string(),
        }
    }

    /// Writes `s` at the position; returns nothing (the caller reports `len(s)`).
    fn write(&mut self, s: &str) {
        let t = self.translate(s);
        let n = t.chars().count();
        if self.pos > self.chars {
            let pad = self.pos - self.chars;
            self.buf.extend(std::iter::repeat_n('\0', pad));
            self.chars += pad;
            self.bpos = self.buf.len();
        }
        if self.pos == self.chars {
            self.buf.push_str(&t);
            self.chars += n;
        } else {
            let start = self.bpos;
            let tail = &self.buf[start..];
            let end = tail
                .char_indices()
                .nth(n)
                .map(|(b, _)| start + b)
                .unwrap_or(self.buf.len());
            let replaced = self.buf[start..end].chars().count();
            self.buf.replace_range(start..end, &t);
            self.chars = self.chars - replaced + n;
        }
        self.pos += n;
        self.bpos += t.len();
    }

    fn rest(&self) -> &str {
        self.buf.get(self.bpos..).unwrap_or("")
    }

    /// Reads up to `n` characters (all with `None`).
    fn read(&mut self, n: Option<usize>) -> String {
        if self.pos >= self.chars {
            return String::new();
        }
        let rest = self.rest();
        let (s, count) = match n {
            None => (rest.to_string(), self.chars - self.pos),
            Some(n) => {
                let end = rest
                    .char_indices()
                    .nth(n)
                    .map(|(b, _)| b)
                    .unwrap_or(rest.len());
                let s = rest[..end].to_string();
                let c = if self.chars == self.buf.len() {
                    s.len()
                } else {
                    s.chars().count()
                };
                (s, c)
            }
        };
        self.pos += count;
        self.bpos += s.len();
        s
    }

    /// Reads one line (at most `limit` characters).
    fn readline(&mut self, limit: Option<usize>) -> String {
        if self.pos >= self.chars {
            return String::new();
        }
        let rest = self.rest();
        let mut end = rest.len();
        let mut iter = rest.char_indices().peekable();
        let mut count = 0usize;
        while let Some((b, c)) = iter.next() {
            if limit.is_some_and(|l| count >= l) {
                end = b;
                break;
            }
            count += 1;
            let stop = match self.newline {
                Newline::Universal | Newline::Lf => c == '\n',
                Newline::Cr => c == '\r',
                Newline::CrLf => c == '\n' && b > 0 && rest.as_bytes().get(b - 1) == Some(&b'\r'),
                Newline::Untranslated => {
                    if c == '\r' {
                        if let Some(&(_, '\n')) = iter.peek() {
                            if limit.is_none_or(|l| count < l) {
                                count += 1;
                                end = b + 2;
                                break;
                            }
                        }
                        true
                    } else {
                        c == '\n'
                    }
                }
            };
            if stop {
                end = b + c.len_utf8();
                break;
            }
        }
        let s = rest[..end].to_string();
        self.pos += count;
        self.bpos += end;
        s
    }

    fn truncate(&mut self, size: usize) {
        if size < self.chars {
            let b = self.byte_at(size);
            self.buf.truncate(b);
            self.chars = size;
            if self.pos > size {
                // The position stays; reads past the end return ''.
                self.bpos = self.buf.len();
            }
        }
    }
}

/// The state of a `BytesIO`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ByteBuf {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
}

impl ByteBuf {
    pub fn size_estimate(&self) -> usize {
        self.buf.capacity()
    }
}

fn closed_error() -> Exc {
    Exc::value_error("I/O operation on closed file")
}

fn uninit(vm: &Vm, v: Value) -> Exc {
    Exc::value_error(format!(
        "I/O operation on uninitialized object ({})",
        vm.type_name(v)
    ))
}

fn with_str<T>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut StrBuf) -> PyResult<T>) -> PyResult<T> {
    match text_data_mut(vm, v) {
        Some(TextData::StringIO(b)) => {
            if b.closed {
                return Err(closed_error());
            }
            f(b)
        }
        _ => Err(uninit(vm, v)),
    }
}

fn with_bytes<T>(
    vm: &mut Vm,
    v: Value,
    f: impl FnOnce(&mut ByteBuf) -> PyResult<T>,
) -> PyResult<T> {
    match text_data_mut(vm, v) {
        Some(TextData::BytesIO(b)) => {
            if b.closed {
                return Err(Exc::value_error("I/O operation on closed file."));
            }
            f(b)
        }
        _ => Err(uninit(vm, v)),
    }
}

/// A size argument: None or negative means "all".
fn size_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if !vm.is_instance(v, BuiltinType::Int) {
                let t = vm.type_name(v);
                return Err(Exc::type_error(format!(
                    "argument should be integer or None, not '{t}'"
                )));
            }
            let i = vm.index_value(v).unwrap_or(i64::MAX);
            Ok(if i < 0 { None } else { Some(i as usize) })
        }
    }
}

/// `StringIO.name` or `BytesIO.name`: how CPython names the methods in argument errors.
fn qualified(vm: &Vm, this: Value, name: &str) -> String {
    match text_data(vm, this) {
        Some(TextData::BytesIO(_)) => format!("BytesIO.{name}"),
        _ => format!("StringIO.{name}"),
    }
}

fn method_args(vm: &Vm, args: &Args, name: &str, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        let q = qualified(vm, args.this(), name);
        return Err(Exc::type_error(format!("{q}() takes no keyword arguments")));
    }
    let n = args.pos.len().saturating_sub(1);
    if max == 0 {
        let q = qualified(vm, args.this(), name);
        return crate::builtins::check_count(&q, n, 0, 0);
    }
    crate::builtins::check_count(name, n, 0, max)
}

/// The check of the one-argument methods (`write`, `writelines`).
fn one_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    let q = qualified(vm, args.this(), name);
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!("{q}() takes no keyword arguments")));
    }
    crate::builtins::check_count(&q, args.pos.len().saturating_sub(1), 1, 1)
}

// ---- StringIO -----------------------------------------------------------------------------------

/// Writes to a stream: natively for an exact `StringIO`, else through its `write` method.
pub fn write_to(vm: &mut Vm, stream: Value, text: &str) -> PyResult<()> {
    let exact = stringio_class(vm)?;
    let native = vm.type_of(stream).is(exact);
    if let Some(TextData::StringIO(b)) = text_data_mut(vm, stream).filter(|_| native) {
        if !b.closed {
            b.write(text);
            let n = b.buf.len();
            vm.heap.bytes = vm.heap.bytes.saturating_add(text.len());
            if n > 1 << 20 && text.len() > 4096 {
                vm.reserve(text.len())?;
            }
            return Ok(());
        }
    }
    let w = vm.getattr(stream, "write")?;
    let s = vm.new_str(text.to_string())?;
    vm.call(w, &[s])?;
    Ok(())
}

/// CPython's count check for the constructors (argument clinic counts keywords too).
fn init_count(args: &Args, name: &str, max: usize) -> PyResult<()> {
    let given = args.pos.len().saturating_sub(1) + args.kw.len();
    if given > max {
        let s = if max == 1 { "" } else { "s" };
        return Err(Exc::type_error(format!(
            "{name}() takes at most {max} argument{s} ({given} given)"
        )));
    }
    Ok(())
}

fn s_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    init_count(args, "StringIO", 2)?;
    let b = bind(
        vm,
        args,
        &Sig::simple("StringIO", &["self", "initial_value", "newline"], 1),
    )?;
    let this = b.or_none(0);
    let newline = match b.get(2) {
        None => Newline::Lf,
        Some(Value::None) => Newline::Universal,
        Some(v) => match str_of(vm, v).as_deref() {
            Some("") => Newline::Untranslated,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Cr,
            Some("\r\n") => Newline::CrLf,
            Some(_) => {
                let r = vm.repr(v)?;
                return Err(Exc::value_error(format!("illegal newline value: {r}")));
            }
            None => {
                let t = vm.type_name(v);
                return Err(Exc::type_error(format!(
                    "newline must be str or None, not {t}"
                )));
            }
        },
    };
    let initial = match b.get(1) {
        None | Some(Value::None) => String::new(),
        Some(v) => match str_of(vm, v) {
            Some(s) => s,
            None => {
                let t = vm.type_name(v);
                return Err(Exc::type_error(format!(
                    "initial_value must be str or None, not {t}"
                )));
            }
        },
    };
    let mut sb = StrBuf {
        buf: String::new(),
        chars: 0,
        pos: 0,
        bpos: 0,
        closed: false,
        newline,
        seen: 0,
    };
    sb.write(&initial);
    sb.set_pos(0);
    vm.reserve(sb.buf.len())?;
    vm.set_native_data(this, NativeData::Text(TextData::StringIO(sb)))?;
    Ok(Value::None)
}

fn s_read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "read", 1)?;
    let n = size_arg(vm, args.get(1))?;
    let s = with_str(vm, args.this(), |b| Ok(b.read(n)))?;
    vm.new_str(s)
}

fn s_readline(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "readline", 1)?;
    let n = size_arg(vm, args.get(1))?;
    let s = with_str(vm, args.this(), |b| Ok(b.readline(n)))?;
    vm.new_str(s)
}

fn s_readlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "readlines", 1)?;
    let hint = size_arg(vm, args.get(1))?.filter(|&h| h > 0);
    check_open_iobase(vm, args.this())?;
    let lines = with_str(vm, args.this(), |b| {
        let mut out = Vec::new();
        let mut total = 0;
        loop {
            let l = b.readline(None);
            if l.is_empty() {
                break;
            }
            total += l.chars().count();
            out.push(l);
            if hint.is_some_and(|h| total >= h) {
                break;
            }
        }
        Ok(out)
    })?;
    crate::modules::support::str_list(vm, lines)
}

fn s_write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_arg(vm, args, "write")?;
    let v = args.pos[1];
    let Some(s) = str_of(vm, v) else {
        let t = vm.type_name(v);
        return Err(Exc::type_error(format!(
            "string argument expected, got '{t}'"
        )));
    };
    let n = s.chars().count();
    vm.reserve(s.len())?;
    with_str(vm, args.this(), |b| {
        b.write(&s);
        Ok(())
    })?;
    vm.heap.bytes = vm.heap.bytes.saturating_add(s.len());
    Ok(Value::Int(n as i64))
}

fn s_writelines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_arg(vm, args, "writelines")?;
    let this = args.this();
    check_open_iobase(vm, this)?;
    with_str(vm, this, |_| Ok(()))?;
    let it = vm.get_iter(args.pos[1])?;
    while let Some(line) = vm.iter_next(it)? {
        let Some(s) = str_of(vm, line) else {
            let t = vm.type_name(line);
            return Err(Exc::type_error(format!(
                "string argument expected, got '{t}'"
            )));
        };
        vm.reserve(s.len())?;
        with_str(vm, this, |b| {
            b.write(&s);
            Ok(())
        })?;
        vm.heap.bytes = vm.heap.bytes.saturating_add(s.len());
    }
    Ok(Value::None)
}

fn s_getvalue(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "getvalue", 0)?;
    let s = with_str(vm, args.this(), |b| Ok(b.buf.clone()))?;
    vm.new_str(s)
}

/// `seek(pos, whence=0)` arguments, with CPython's checks.
fn seek_args(vm: &mut Vm, args: &Args) -> PyResult<(i64, i64)> {
    method_args(vm, args, "seek", 2)?;
    crate::builtins::check_count("seek", args.pos.len().saturating_sub(1), 1, 2)?;
    let pos = vm.index_value(args.pos[1])?;
    let whence = match args.get(2) {
        Some(w) => vm.index_value(w)?,
        None => 0,
    };
    Ok((pos, whence))
}

fn s_seek(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (pos, whence) = seek_args(vm, args)?;
    with_str(vm, args.this(), |b| {
        match whence {
            0 => {
                if pos < 0 {
                    return Err(Exc::value_error(format!("Negative seek position {pos}")));
                }
                b.set_pos(pos as usize);
            }
            1 | 2 => {
                if pos != 0 {
                    // CPython says "cur-relative" for whence=2 too.
                    return Err(Exc::new(
                        BuiltinType::OSError,
                        "Can't do nonzero cur-relative seeks",
                    ));
                }
                if whence == 2 {
                    let end = b.chars;
                    b.set_pos(end);
                }
            }
            _ => {
                return Err(Exc::value_error(format!(
                    "Invalid whence ({whence}, should be 0, 1 or 2)"
                )))
            }
        }
        Ok(Value::Int(b.pos as i64))
    })
}

fn s_tell(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "tell", 0)?;
    with_str(vm, args.this(), |b| Ok(Value::Int(b.pos as i64)))
}

/// The `size` argument of `truncate`: None or an int (negative values are the caller's error).
fn truncate_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if !vm.is_instance(v, BuiltinType::Int) && vm.getattr_opt(v, "__index__")?.is_none() {
                let t = vm.type_name(v);
                return Err(Exc::type_error(format!(
                    "argument should be integer or None, not '{t}'"
                )));
            }
            Ok(Some(vm.index_value(v)?))
        }
    }
}

fn s_truncate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "truncate", 1)?;
    let size = truncate_arg(vm, args.get(1))?;
    with_str(vm, args.this(), |b| {
        let size = match size {
            None => b.pos as i64,
            Some(s) if s < 0 => return Err(Exc::value_error(format!("Negative size value {s}"))),
            Some(s) => s,
        };
        b.truncate(size as usize);
        Ok(Value::Int(size))
    })
}

fn s_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = with_str(vm, args.this(), |b| Ok(b.readline(None)))?;
    if s.is_empty() {
        return Err(Exc::stop_iteration(Value::None));
    }
    vm.new_str(s)
}

fn s_newlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (newline, seen) = match text_data(vm, args.this()) {
        Some(TextData::StringIO(b)) => (b.newline, b.seen),
        _ => return Ok(Value::None),
    };
    if newline != Newline::Universal || seen == 0 {
        return Ok(Value::None);
    }
    let mut kinds = Vec::new();
    for (bit, s) in [(1u8, "\r"), (2, "\n"), (4, "\r\n")] {
        if seen & bit != 0 {
            kinds.push(vm.new_str(s.to_string())?);
        }
    }
    if kinds.len() == 1 {
        return Ok(kinds[0]);
    }
    vm.new_tuple(kinds)
}

// ---- BytesIO ------------------------------------------------------------------------------------

fn b_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    init_count(args, "BytesIO", 1)?;
    let b = bind(
        vm,
        args,
        &Sig::simple("BytesIO", &["self", "initial_bytes"], 1),
    )?;
    let data = match b.get(1) {
        None | Some(Value::None) => Vec::new(),
        Some(v) => match bytes_like(vm, v) {
            Some(d) => d,
            None => {
                let t = vm.type_name(v);
                return Err(Exc::type_error(format!(
                    "a bytes-like object is required, not '{t}'"
                )));
            }
        },
    };
    vm.reserve(data.len())?;
    vm.set_native_data(
        b.or_none(0),
        NativeData::Text(TextData::BytesIO(ByteBuf {
            buf: data,
            pos: 0,
            closed: false,
        })),
    )?;
    Ok(Value::None)
}

fn b_read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "read", 1)?;
    let n = size_arg(vm, args.get(1))?;
    let data = with_bytes(vm, args.this(), |b| {
        let start = b.pos.min(b.buf.len());
        let end = match n {
            None => b.buf.len(),
            Some(n) => start.saturating_add(n).min(b.buf.len()),
        };
        b.pos = b.pos.max(end);
        Ok(b.buf[start..end].to_vec())
    })?;
    vm.new_bytes(data)
}

fn read_line_bytes(b: &mut ByteBuf, limit: Option<usize>) -> Vec<u8> {
    let start = b.pos.min(b.buf.len());
    let rest = &b.buf[start..];
    let mut end = rest
        .iter()
        .position(|&c| c == b'\n')
        .map(|i| i + 1)
        .unwrap_or(rest.len());
    if let Some(l) = limit {
        end = end.min(l);
    }
    let line = rest[..end].to_vec();
    b.pos = start + end;
    line
}

fn b_readline(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "readline", 1)?;
    let n = size_arg(vm, args.get(1))?;
    let data = with_bytes(vm, args.this(), |b| Ok(read_line_bytes(b, n)))?;
    vm.new_bytes(data)
}

fn b_readlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "readlines", 1)?;
    let hint = size_arg(vm, args.get(1))?.filter(|&h| h > 0);
    let lines = with_bytes(vm, args.this(), |b| {
        let mut out = Vec::new();
        let mut total = 0;
        loop {
            let l = read_line_bytes(b, None);
            if l.is_empty() {
                break;
            }
            total += l.len();
            out.push(l);
            if hint.is_some_and(|h| total >= h) {
                break;
            }
        }
        Ok(out)
    })?;
    let mut vals = Vec::with_capacity(lines.len());
    for l in lines {
        vals.push(vm.new_bytes(l)?);
    }
    vm.new_list(vals)
}

fn write_bytes(vm: &mut Vm, this: Value, v: Value) -> PyResult<usize> {
    let Some(data) = bytes_like(vm, v) else {
        let t = vm.type_name(v);
        return Err(Exc::type_error(format!(
            "a bytes-like object is required, not '{t}'"
        )));
    };
    vm.reserve(data.len())?;
    let n = data.len();
    with_bytes(vm, this, |b| {
        if b.pos > b.buf.len() {
            b.buf.resize(b.pos, 0);
        }
        let end = (b.pos + n).min(b.buf.len());
        b.buf.splice(b.pos..end, data);
        b.pos += n;
        Ok(())
    })?;
    vm.heap.bytes = vm.heap.bytes.saturating_add(n);
    Ok(n)
}

fn b_write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_arg(vm, args, "write")?;
    let n = write_bytes(vm, args.this(), args.pos[1])?;
    Ok(Value::Int(n as i64))
}

fn b_writelines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_arg(vm, args, "writelines")?;
    let this = args.this();
    with_bytes(vm, this, |_| Ok(()))?;
    let it = vm.get_iter(args.pos[1])?;
    while let Some(line) = vm.iter_next(it)? {
        write_bytes(vm, this, line)?;
    }
    Ok(Value::None)
}

fn b_getvalue(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "getvalue", 0)?;
    let d = with_bytes(vm, args.this(), |b| Ok(b.buf.clone()))?;
    vm.new_bytes(d)
}

fn b_seek(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (pos, whence) = seek_args(vm, args)?;
    with_bytes(vm, args.this(), |b| {
        let base: i64 = match whence {
            0 => {
                if pos < 0 {
                    return Err(Exc::value_error(format!("negative seek value {pos}")));
                }
                0
            }
            1 => b.pos as i64,
            2 => b.buf.len() as i64,
            _ => {
                return Err(Exc::value_error(format!(
                    "invalid whence ({whence}, should be 0, 1 or 2)"
                )))
            }
        };
        let p = base.saturating_add(pos).max(0);
        b.pos = p as usize;
        Ok(Value::Int(p))
    })
}

fn b_tell(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "tell", 0)?;
    with_bytes(vm, args.this(), |b| Ok(Value::Int(b.pos as i64)))
}

fn b_truncate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "truncate", 1)?;
    let size = truncate_arg(vm, args.get(1))?;
    with_bytes(vm, args.this(), |b| {
        let size = match size {
            None => b.pos as i64,
            Some(s) if s < 0 => return Err(Exc::value_error(format!("negative size value {s}"))),
            Some(s) => s,
        };
        let s = size as usize;
        if s < b.buf.len() {
            b.buf.truncate(s);
        }
        Ok(Value::Int(size))
    })
}

fn b_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = with_bytes(vm, args.this(), |b| Ok(read_line_bytes(b, None)))?;
    if l.is_empty() {
        return Err(Exc::stop_iteration(Value::None));
    }
    vm.new_bytes(l)
}

// ---- shared -------------------------------------------------------------------------------------

fn close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "close", 0)?;
    match text_data_mut(vm, args.this()) {
        Some(TextData::StringIO(b)) => {
            b.closed = true;
            b.buf = String::new();
            b.chars = 0;
        }
        Some(TextData::BytesIO(b)) => {
            b.closed = true;
            b.buf = Vec::new();
        }
        _ => {}
    }
    Ok(Value::None)
}

fn is_closed(vm: &Vm, v: Value) -> Option<bool> {
    match text_data(vm, v) {
        Some(TextData::StringIO(b)) => Some(b.closed),
        Some(TextData::BytesIO(b)) => Some(b.closed),
        _ => None,
    }
}

fn closed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match is_closed(vm, args.this()) {
        Some(c) => Ok(Value::Bool(c)),
        None => Err(uninit(vm, args.this())),
    }
}

/// The closed-file check of CPython's `IOBase` methods (`__iter__`, `__enter__`, `isatty`,
/// `readlines`, `writelines`), whose message ends with a period for both stream kinds.
fn check_open_iobase(vm: &Vm, v: Value) -> PyResult<()> {
    match is_closed(vm, v) {
        Some(true) => Err(Exc::value_error("I/O operation on closed file.")),
        Some(false) => Ok(()),
        None => Err(uninit(vm, v)),
    }
}

fn check_open(vm: &Vm, v: Value) -> PyResult<()> {
    match (is_closed(vm, v), text_data(vm, v)) {
        (Some(true), Some(TextData::BytesIO(_))) => {
            Err(Exc::value_error("I/O operation on closed file."))
        }
        (Some(true), _) => Err(closed_error()),
        (Some(false), _) => Ok(()),
        (None, _) => Err(uninit(vm, v)),
    }
}

fn flush(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "flush", 0)?;
    // CPython's StringIO.flush is a no-op even once closed; BytesIO's checks.
    if let Some(TextData::BytesIO(_)) = text_data(vm, args.this()) {
        check_open(vm, args.this())?;
    }
    Ok(Value::None)
}

fn yes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_open(vm, args.this())?;
    Ok(Value::Bool(true))
}

fn no(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "isatty", 0)?;
    check_open_iobase(vm, args.this())?;
    Ok(Value::Bool(false))
}

fn fileno(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "fileno", 0)?;
    let cls = unsupported_class(vm)?;
    Err(vm.exception_msg(cls, "fileno")?)
}

fn detach(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "detach", 0)?;
    let cls = unsupported_class(vm)?;
    Err(vm.exception_msg(cls, "detach")?)
}

fn iter_self(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_open_iobase(vm, args.this())?;
    Ok(args.this())
}

fn enter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__enter__", 0)?;
    check_open_iobase(vm, args.this())?;
    Ok(args.this())
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    close(vm, &Args::new(&[args.this()]))?;
    Ok(Value::None)
}
