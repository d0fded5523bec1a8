//! `csv`: reading and writing delimited text with CPython 3.11's dialects, parser state machine,
//! quoting rules, reprs and messages (`_csv.Error`).
//!
//! Supported: `reader(iterable, dialect='excel', **fmtparams)` over any iterable of strings
//! (StringIO, lists, generators...), `writer(fileobj, ...)` with `writerow`/`writerows` (the
//! object needs a `write` method; a StringIO is written natively), `DictReader` (`fieldnames`,
//! `restkey`, `restval`, `line_num`, blank rows skipped) and `DictWriter` (`writeheader`,
//! `restval`, `extrasaction`); the format parameters `delimiter`, `quotechar`, `escapechar`,
//! `doublequote`, `skipinitialspace`, `lineterminator` (`'\r\n'` by default), `quoting`
//! (`QUOTE_MINIMAL`, `QUOTE_ALL`, `QUOTE_NONNUMERIC`, `QUOTE_NONE`) and `strict`; `Dialect`
//! subclasses and the `excel`, `excel_tab`, `unix_dialect` dialects; `register_dialect`,
//! `unregister_dialect`, `get_dialect`, `list_dialects`, `field_size_limit`.
//!
//! Not supported: `Sniffer` (it needs regular expressions). Dialect objects are `_csv.Dialect`
//! like CPython's; reader and writer objects are `_csv.reader`/`_csv.writer`.

use serde::{Deserialize, Serialize};

use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::support::{bind, fn_group, str_of, text_data, text_data_mut, Sig, TextData};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

fn_group! {
    pub enum CsvFn {
        Module(ModFn),
        Obj(ObjFn),
        Dict(DictFn),
        DictW(DictWriterFn),
    }
}

native_methods! {
    pub enum ModFn {
        Reader => "reader" => reader,
        Writer => "writer" => writer,
        RegisterDialect => "register_dialect" => register_dialect,
        UnregisterDialect => "unregister_dialect" => unregister_dialect,
        GetDialect => "get_dialect" => get_dialect,
        ListDialects => "list_dialects" => list_dialects,
        FieldSizeLimit => "field_size_limit" => field_size_limit,
    }
}

native_methods! {
    pub enum ObjFn {
        ReaderIter => "__iter__" => iter_self,
        ReaderNext => "__next__" => reader_next,
        LineNum => "line_num" => line_num,
        DialectOf => "dialect" => dialect_of,
        WriteRow => "writerow" => writerow,
        WriteRows => "writerows" => writerows,
        DDelimiter => "delimiter" => d_delimiter,
        DQuotechar => "quotechar" => d_quotechar,
        DEscapechar => "escapechar" => d_escapechar,
        DDoublequote => "doublequote" => d_doublequote,
        DSkipinitialspace => "skipinitialspace" => d_skipinitialspace,
        DLineterminator => "lineterminator" => d_lineterminator,
        DQuoting => "quoting" => d_quoting,
        DStrict => "strict" => d_strict,
        DialectInit => "__init__" => dialect_init,
    }
}

native_methods! {
    pub enum DictFn {
        ReaderInit => "__init__" => dr_init,
        ReaderIter => "__iter__" => iter_self,
        ReaderNext => "__next__" => dr_next,
        FieldnamesGet => "fieldnames" => dr_fieldnames,
        FieldnamesSet => "__set__" => dr_set_fieldnames,
    }
}

native_methods! {
    pub enum DictWriterFn {
        Init => "__init__" => dw_init,
        WriteHeader => "writeheader" => dw_writeheader,
        WriteRow => "writerow" => dw_writerow,
        WriteRows => "writerows" => dw_writerows,
    }
}

fn f(which: ModFn) -> Value {
    func_value(ModuleFn::Csv(CsvFn::Module(which)))
}

fn fo(which: ObjFn) -> Value {
    func_value(ModuleFn::Csv(CsvFn::Obj(which)))
}

fn fd(which: DictFn) -> Value {
    func_value(ModuleFn::Csv(CsvFn::Dict(which)))
}

fn fw(which: DictWriterFn) -> Value {
    func_value(ModuleFn::Csv(CsvFn::DictW(which)))
}

pub const QUOTE_MINIMAL: i64 = 0;
pub const QUOTE_ALL: i64 = 1;
pub const QUOTE_NONNUMERIC: i64 = 2;
pub const QUOTE_NONE: i64 = 3;

const DEFAULT_FIELD_LIMIT: i64 = 128 * 1024;

/// A validated dialect (`_csv.Dialect`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Dialect {
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    doublequote: bool,
    skipinitialspace: bool,
    lineterminator: String,
    quoting: i64,
    strict: bool,
}

/// The state of a `_csv.reader`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReaderState {
    iter: Value,
    dialect: Dialect,
    dialect_obj: Value,
    line_num: i64,
}

impl ReaderState {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.iter);
        f(self.dialect_obj);
    }

    pub fn size_estimate(&self) -> usize {
        self.dialect.lineterminator.capacity()
    }
}

/// The state of a `_csv.writer`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct WriterState {
    file: Value,
    write: Value,
    dialect: Dialect,
    dialect_obj: Value,
}

impl WriterState {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.file);
        f(self.write);
        f(self.dialect_obj);
    }
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = ModFn::all_names()
        .iter()
        .filter_map(|n| ModFn::from_name(n).map(|w| (*n, f(w))))
        .collect();
    for (name, v) in [
        ("QUOTE_MINIMAL", QUOTE_MINIMAL),
        ("QUOTE_ALL", QUOTE_ALL),
        ("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC),
        ("QUOTE_NONE", QUOTE_NONE),
    ] {
        out.push((name, Value::Int(v)));
    }
    let err = error_class(vm)?;
    out.push(("Error", err));
    let dialect = py_dialect_class(vm)?;
    out.push(("Dialect", dialect));
    let excel = excel_class(vm)?;
    let excel_tab = excel_tab_class(vm)?;
    let unix = unix_class(vm)?;
    out.push(("excel", excel));
    out.push(("excel_tab", excel_tab));
    out.push(("unix_dialect", unix));
    let dr = dict_reader_class(vm)?;
    let dw = dict_writer_class(vm)?;
    out.push(("DictReader", dr));
    out.push(("DictWriter", dw));
    out.push(("__version__", vm.new_str("1.0".into())?));
    // The standard dialects are registered on first use of the registry.
    registry(vm)?;
    Ok(out)
}

// ---- classes ------------------------------------------------------------------------------------

fn error_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("csv.Error", |vm| {
        vm.new_native_class(NativeClass {
            name: "Error",
            module: "_csv",
            bases: &[Value::Type(BuiltinType::Exception)],
            ..Default::default()
        })
    })
}

fn csv_error(vm: &mut Vm, msg: &str) -> Exc {
    match error_class(vm).and_then(|c| vm.exception_msg(c, msg)) {
        Ok(e) | Err(e) => e,
    }
}

fn dialect_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("csv._Dialect", |vm| {
        let mut attrs = Vec::new();
        for which in [
            ObjFn::DDelimiter,
            ObjFn::DQuotechar,
            ObjFn::DEscapechar,
            ObjFn::DDoublequote,
            ObjFn::DSkipinitialspace,
            ObjFn::DLineterminator,
            ObjFn::DQuoting,
            ObjFn::DStrict,
        ] {
            let p = vm.native_property(fo(which), None)?;
            attrs.push((which.name(), p));
        }
        vm.new_native_class(NativeClass {
            name: "Dialect",
            module: "_csv",
            attrs,
            dotted_name: true,
            ..Default::default()
        })
    })
}

fn reader_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("csv._reader", |vm| {
        let ln = vm.native_property(fo(ObjFn::LineNum), None)?;
        let d = vm.native_property(fo(ObjFn::DialectOf), None)?;
        vm.new_native_class(NativeClass {
            name: "reader",
            module: "_csv",
            attrs: vec![
                ("__iter__", fo(ObjFn::ReaderIter)),
                ("__next__", fo(ObjFn::ReaderNext)),
                ("line_num", ln),
                ("dialect", d),
            ],
            dotted_name: true,
            ..Default::default()
        })
    })
}

fn writer_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("csv._writer", |vm| {
        let d = vm.native_property(fo(ObjFn::DialectOf), None)?;
        vm.new_native_class(NativeClass {
            name: "writer",
            module: "_csv",
            attrs: vec![
                ("writerow", fo(ObjFn::WriteRow)),
                ("writerows", fo(ObjFn::WriteRows)),
                ("dialect", d),
            ],
            dotted_name: true,
            ..Default::default()
        })
    })
}

/// The pure-Python `csv.Dialect` base class: attributes default to None and instantiation
/// validates them (raising `csv.Error`).
fn py_dialect_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("csv.Dialect", |vm| {
        let name = vm.new_str(String::new())?;
        vm.new_native_class(NativeClass {
            name: "Dialect",
            module: "csv",
            attrs: vec![
                ("_name", name),
                ("_valid", Value::Bool(false)),
                ("delimiter", Value::None),
                ("quotechar", Value::None),
                ("escapechar", Value::None),
                ("doublequote", Value::None),
                ("skipinitialspace", Value::None),
                ("lineterminator", Value::None),
                ("quoting", Value::None),
                ("__init__", fo(ObjFn::DialectInit)),
            ],
            ..Default::default()
        })
    })
}

fn excel_attrs(
    vm: &mut Vm,
    delimiter: &str,
    lineterminator: &str,
    quoting: i64,
) -> PyResult<Vec<(&'static str, Value)>> {
    let d = vm.new_str(delimiter.into())?;
    let q = vm.new_str("\"".into())?;
    let lt = vm.new_str(lineterminator.into())?;
    Ok(vec![
        ("delimiter", d),
        ("quotechar", q),
        ("doublequote", Value::Bool(true)),
        ("skipinitialspace", Value::Bool(false)),
        ("lineterminator", lt),
        ("quoting", Value::Int(quoting)),
    ])
}

fn excel_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("csv.excel", |vm| {
        let base = py_dialect_class(vm)?;
        let attrs = excel_attrs(vm, ",", "\r\n", QUOTE_MINIMAL)?;
        vm.new_native_class(NativeClass {
            name: "excel",
            module: "csv",
            bases: &[base],
            attrs,
            ..Default::default()
        })
    })
}

fn excel_tab_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("csv.excel_tab", |vm| {
        let base = excel_class(vm)?;
        let d = vm.new_str("\t".into())?;
        vm.new_native_class(NativeClass {
            name: "excel_tab",
            module: "csv",
            bases: &[base],
            attrs: vec![("delimiter", d)],
            ..Default::default()
        })
    })
}

fn unix_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("csv.unix_dialect", |vm| {
        let base = py_dialect_class(vm)?;
        let attrs = excel_attrs(vm, ",", "\n", QUOTE_ALL)?;
        vm.new_native_class(NativeClass {
            name: "unix_dialect",
            module: "csv",
            bases: &[base],
            attrs,
            ..Default::default()
        })
    })
}

fn dict_reader_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("csv.DictReader", |vm| {
        let fieldnames =
            vm.native_property(fd(DictFn::FieldnamesGet), Some(fd(DictFn::FieldnamesSet)))?;
        vm.new_native_class(NativeClass {
            name: "DictReader",
            module: "csv",
            attrs: vec![
                ("__init__", fd(DictFn::ReaderInit)),
                ("__iter__", fd(DictFn::ReaderIter)),
                ("__next__", fd(DictFn::ReaderNext)),
                ("fieldnames", fieldnames),
            ],
            ..Default::default()
        })
    })
}

fn dict_writer_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("csv.DictWriter", |vm| {
        vm.new_native_class(NativeClass {
            name: "DictWriter",
            module: "csv",
            attrs: vec![
                ("__init__", fw(DictWriterFn::Init)),
                ("writeheader", fw(DictWriterFn::WriteHeader)),
                ("writerow", fw(DictWriterFn::WriteRow)),
                ("writerows", fw(DictWriterFn::WriteRows)),
            ],
            ..Default::default()
        })
    })
}

// ---- the registry and the field limit -----------------------------------------------------------

/// The registered dialects (name -> `_csv.Dialect`), created with the standard three.
fn registry(vm: &mut Vm) -> PyResult<Value> {
    if let Some((_, d)) = vm.std_classes.iter().find(|(k, _)| k == "csv._registry") {
        return Ok(*d);
    }
    let d = vm.new_dict(Dict::new())?;
    vm.std_classes.push(("csv._registry".to_string(), d));
    for (name, make) in [
        ("excel", excel_class as fn(&mut Vm) -> PyResult<Value>),
        ("excel-tab", excel_tab_class),
        ("unix", unix_class),
    ] {
        let cls = make(vm)?;
        let dialect = make_dialect(vm, Some(cls), &[])?;
        let k = vm.new_str(name.into())?;
        vm.dict_setitem(d, k, dialect)?;
    }
    Ok(d)
}

fn field_limit(vm: &mut Vm) -> i64 {
    match vm.std_classes.iter().find(|(k, _)| k == "csv._field_limit") {
        Some((_, Value::Int(i))) => *i,
        _ => DEFAULT_FIELD_LIMIT,
    }
}

fn set_field_limit(vm: &mut Vm, limit: i64) {
    match vm
        .std_classes
        .iter_mut()
        .find(|(k, _)| k == "csv._field_limit")
    {
        Some(entry) => entry.1 = Value::Int(limit),
        None => vm
            .std_classes
            .push(("csv._field_limit".to_string(), Value::Int(limit))),
    }
}

// ---- dialects -----------------------------------------------------------------------------------

const PARAMS: [&str; 8] = [
    "delimiter",
    "doublequote",
    "escapechar",
    "lineterminator",
    "quotechar",
    "quoting",
    "skipinitialspace",
    "strict",
];

fn dialect_state(vm: &Vm, v: Value) -> Option<Dialect> {
    match text_data(vm, v) {
        Some(TextData::CsvDialect(d)) => Some(d.clone()),
        _ => None,
    }
}

/// A one-character parameter (`_set_char` / `_set_char_or_none`).
fn char_param(vm: &Vm, name: &str, v: Value, or_none: bool) -> PyResult<Option<char>> {
    if v.is_none() && or_none {
        return Ok(None);
    }
    let Some(s) = str_of(vm, v) else {
        let t = if v.is_none() {
            "NoneType".to_string()
        } else {
            vm.type_name(v)
        };
        return Err(Exc::type_error(if or_none {
            format!("\"{name}\" must be string or None, not {t}")
        } else {
            format!("\"{name}\" must be string, not {t}")
        }));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Some(c)),
        _ => Err(Exc::type_error(format!(
            "\"{name}\" must be a 1-character string"
        ))),
    }
}

/// `_csv.Dialect(dialect, **fmtparams)`: resolves a dialect name or object and keyword
/// overrides into a validated `_csv.Dialect`.
fn make_dialect(vm: &mut Vm, dialect: Option<Value>, kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let mut dialect = dialect;
    let mut rest: Vec<(Value, Value)> = Vec::with_capacity(kwargs.len());
    for (k, v) in kwargs {
        if vm.str_eq_literal(*k, "dialect") {
            if dialect.is_some() {
                return Err(Exc::type_error(
                    "argument for function given by name ('dialect') and position (1)",
                ));
            }
            dialect = Some(*v);
        } else {
            rest.push((*k, *v));
        }
    }
    let kwargs = &rest[..];
    for (k, _) in kwargs {
        let key = vm.as_str(*k).unwrap_or("");
        if !PARAMS.contains(&key) {
            return Err(Exc::type_error(format!(
                "'{key}' is an invalid keyword argument for this function"
            )));
        }
    }
    let mut source = dialect;
    if let Some(d) = dialect {
        if let Some(name) = str_of(vm, d) {
            let reg = registry(vm)?;
            let k = vm.new_str(name)?;
            let found = match vm.dict_id(reg) {
                Some(id) => vm.dict_get(id, k)?,
                None => None,
            };
            match found {
                Some(x) => source = Some(x),
                None => return Err(csv_error(vm, "unknown dialect")),
            }
        }
    }
    let cls = dialect_class(vm)?;
    if let Some(s) = source {
        if kwargs.is_empty() && vm.type_of(s).is(cls) {
            return Ok(s);
        }
    }
    let mut vals: [Option<Value>; 8] = [None; 8];
    for (i, name) in PARAMS.iter().enumerate() {
        if let Some((_, v)) = kwargs.iter().find(|(k, _)| vm.str_eq_literal(*k, name)) {
            vals[i] = Some(*v);
        } else if let Some(s) = source {
            vals[i] = vm.getattr_opt(s, name).unwrap_or(None);
        }
    }
    let [delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] =
        vals;
    let delimiter = match delimiter {
        None => Some(','),
        Some(v) => char_param(vm, "delimiter", v, false)?,
    };
    let doublequote = crate::modules::support::truth(vm, doublequote, true)?;
    let escapechar = match escapechar {
        None => None,
        Some(v) => char_param(vm, "escapechar", v, true)?,
    };
    let lineterminator = match lineterminator {
        None => Some("\r\n".to_string()),
        Some(Value::None) => None,
        Some(v) => match str_of(vm, v) {
            Some(s) => Some(s),
            None => return Err(Exc::type_error("\"lineterminator\" must be a string")),
        },
    };
    let quotechar_given_none = matches!(quotechar, Some(Value::None));
    let quotechar = match quotechar {
        None => Some('"'),
        Some(v) => char_param(vm, "quotechar", v, true)?,
    };
    let quoting_given = quoting.is_some();
    let mut quoting = match quoting {
        None => QUOTE_MINIMAL,
        Some(Value::Int(i)) => i,
        Some(_) => return Err(Exc::type_error("\"quoting\" must be an integer")),
    };
    let skipinitialspace = crate::modules::support::truth(vm, skipinitialspace, false)?;
    let strict = crate::modules::support::truth(vm, strict, false)?;
    if !(QUOTE_MINIMAL..=QUOTE_NONE).contains(&quoting) {
        return Err(Exc::type_error("bad \"quoting\" value"));
    }
    let Some(delimiter) = delimiter else {
        return Err(Exc::type_error(
            "\"delimiter\" must be a 1-character string",
        ));
    };
    if quotechar_given_none && !quoting_given {
        quoting = QUOTE_NONE;
    }
    if quoting != QUOTE_NONE && quotechar.is_none() {
        return Err(Exc::type_error("quotechar must be set if quoting enabled"));
    }
    let Some(lineterminator) = lineterminator else {
        return Err(Exc::type_error("lineterminator must be set"));
    };
    let d = Dialect {
        delimiter,
        quotechar,
        escapechar,
        doublequote,
        skipinitialspace,
        lineterminator,
        quoting,
        strict,
    };
    vm.new_native_instance(cls, NativeData::Text(TextData::CsvDialect(d)))
}

fn dialect_get(vm: &mut Vm, args: &Args) -> PyResult<Dialect> {
    dialect_state(vm, args.this()).ok_or_else(|| Exc::type_error("expected a _csv.Dialect"))
}

fn opt_char(vm: &mut Vm, c: Option<char>) -> PyResult<Value> {
    match c {
        Some(c) => vm.new_str(c.to_string()),
        None => Ok(Value::None),
    }
}

fn d_delimiter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = dialect_get(vm, args)?;
    vm.new_str(d.delimiter.to_string())
}
fn d_quotechar(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = dialect_get(vm, args)?;
    opt_char(vm, d.quotechar)
}
fn d_escapechar(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = dialect_get(vm, args)?;
    opt_char(vm, d.escapechar)
}
fn d_doublequote(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(dialect_get(vm, args)?.doublequote))
}
fn d_skipinitialspace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(dialect_get(vm, args)?.skipinitialspace))
}
fn d_lineterminator(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = dialect_get(vm, args)?;
    vm.new_str(d.lineterminator)
}
fn d_quoting(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(dialect_get(vm, args)?.quoting))
}
fn d_strict(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(dialect_get(vm, args)?.strict))
}

/// `csv.Dialect.__init__`: validates the class attributes, raising `csv.Error`.
fn dialect_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("Dialect.__init__", &["self"], 1))?;
    let this = b.or_none(0);
    let base = py_dialect_class(vm)?;
    if !vm.type_of(this).is(base) {
        vm.setattr(this, "_valid", Value::Bool(true))?;
    }
    match make_dialect(vm, Some(this), &[]) {
        Ok(_) => Ok(Value::None),
        Err(e) if vm.exc_is(&e, BuiltinType::TypeError) => {
            let msg = match &e {
                Exc::New(_, m) => m.clone(),
                Exc::Object(id) => vm.exception_str(*id),
                _ => String::new(),
            };
            Err(csv_error(vm, &msg))
        }
        Err(e) => Err(e),
    }
}

// ---- module functions ---------------------------------------------------------------------------

/// `(first, dialect=None)` positional arguments of `reader`/`writer`, and the keywords.
fn unpack_args(args: &Args) -> PyResult<(Value, Option<Value>)> {
    match args.pos.len() {
        0 => Err(Exc::type_error(" expected at least 1 argument, got 0")),
        1 | 2 => Ok((args.pos[0], args.get(1))),
        n => Err(Exc::type_error(format!(
            " expected at most 2 arguments, got {n}"
        ))),
    }
}

fn reader(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (source, dialect) = unpack_args(args)?;
    let iter = vm.get_iter(source)?;
    let dialect_obj = make_dialect(vm, dialect, &args.kw)?;
    let dialect = dialect_state(vm, dialect_obj).ok_or_else(|| Exc::internal("no dialect"))?;
    let cls = reader_class(vm)?;
    vm.new_native_instance(
        cls,
        NativeData::Text(TextData::CsvReader(ReaderState {
            iter,
            dialect,
            dialect_obj,
            line_num: 0,
        })),
    )
}

fn writer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (file, dialect) = unpack_args(args)?;
    let write = match vm.getattr_opt(file, "write") {
        Ok(Some(w)) => w,
        _ => return Err(Exc::type_error("argument 1 must have a \"write\" method")),
    };
    let dialect_obj = make_dialect(vm, dialect, &args.kw)?;
    let dialect = dialect_state(vm, dialect_obj).ok_or_else(|| Exc::internal("no dialect"))?;
    let cls = writer_class(vm)?;
    vm.new_native_instance(
        cls,
        NativeData::Text(TextData::CsvWriter(WriterState {
            file,
            write,
            dialect,
            dialect_obj,
        })),
    )
}

fn register_dialect(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (name, dialect) = unpack_args(args)?;
    if str_of(vm, name).is_none() {
        return Err(Exc::type_error("dialect name must be a string"));
    }
    let d = make_dialect(vm, dialect, &args.kw)?;
    let reg = registry(vm)?;
    vm.dict_setitem(reg, name, d)?;
    Ok(Value::None)
}

fn unregister_dialect(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("unregister_dialect", &["name"], 1))?;
    let reg = registry(vm)?;
    let removed = match vm.dict_id(reg) {
        Some(id) => vm.dict_remove(id, b.or_none(0))?,
        None => None,
    };
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(csv_error(vm, "unknown dialect")),
    }
}

fn get_dialect(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("get_dialect", &["name"], 1))?;
    let reg = registry(vm)?;
    let found = match vm.dict_id(reg) {
        Some(id) => vm.dict_get(id, b.or_none(0)).unwrap_or(None),
        None => None,
    };
    match found {
        Some(d) => Ok(d),
        None => Err(csv_error(vm, "unknown dialect")),
    }
}

fn list_dialects(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bind(vm, args, &Sig::simple("list_dialects", &[], 0))?;
    let reg = registry(vm)?;
    let keys = vm.getattr(reg, "keys")?;
    let ks = vm.call(keys, &[])?;
    let items = vm.collect(ks)?;
    vm.new_list(items)
}

fn field_size_limit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(Exc::type_error(format!(
            "field_size_limit() takes at most 1 argument ({} given)",
            args.pos.len()
        )));
    }
    let old = field_limit(vm);
    let new = match (args.get(0), args.kwarg(vm, "new_limit")) {
        (Some(v), _) | (None, Some(v)) => Some(v),
        _ => None,
    };
    if let Some(v) = new {
        if !vm.is_instance(v, BuiltinType::Int) {
            return Err(Exc::type_error("limit must be an integer"));
        }
        let n = vm.index_value(v)?;
        set_field_limit(vm, n);
    }
    Ok(Value::Int(old))
}

// ---- reading ------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// One record being parsed.
struct Parser<'d> {
    d: &'d Dialect,
    state: State,
    field: String,
    field_len: i64,
    numeric: bool,
    fields: Vec<(String, bool)>,
    limit: i64,
}

/// What a parser step asks of its caller.
enum ParseErr {
    Error(String),
}

impl Parser<'_> {
    fn save_field(&mut self) {
        let f = std::mem::take(&mut self.field);
        self.fields.push((f, self.numeric));
        self.numeric = false;
        self.field_len = 0;
    }

    fn add_char(&mut self, c: char) -> Result<(), ParseErr> {
        if self.field_len >= self.limit {
            return Err(ParseErr::Error(format!(
                "field larger than field limit ({})",
                self.limit
            )));
        }
        self.field.push(c);
        self.field_len += 1;
        Ok(())
    }

    /// Processes one character, or the end of a line (`None`).
    fn process(&mut self, c: Option<char>) -> Result<(), ParseErr> {
        let d = self.d;
        let is_crlf = |c: Option<char>| matches!(c, Some('\n') | Some('\r'));
        let quote = |c: Option<char>| c.is_some() && c == d.quotechar && d.quoting != QUOTE_NONE;
        let escape = |c: Option<char>| c.is_some() && c == d.escapechar;
        let mut state = self.state;
        if state == State::StartRecord {
            if c.is_none() {
                return Ok(());
            }
            if is_crlf(c) {
                self.state = State::EatCrnl;
                return Ok(());
            }
            state = State::StartField;
        }
        if state == State::AfterEscapedCrnl {
            if c.is_none() {
                return Ok(());
            }
            state = State::InField;
        }
        match state {
            State::StartField => {
                if is_crlf(c) || c.is_none() {
                    self.save_field();
                    self.state = if c.is_none() {
                        State::StartRecord
                    } else {
                        State::EatCrnl
                    };
                } else if quote(c) {
                    self.state = State::InQuotedField;
                } else if escape(c) {
                    self.state = State::EscapedChar;
                } else if c == Some(' ') && d.skipinitialspace {
                    self.state = State::StartField;
                } else if c == Some(d.delimiter) {
                    self.save_field();
                    self.state = State::StartField;
                } else {
                    if d.quoting == QUOTE_NONNUMERIC {
                        self.numeric = true;
                    }
                    self.add_char(c.unwrap_or('\n'))?;
                    self.state = State::InField;
                }
            }
            State::EscapedChar => {
                if is_crlf(c) {
                    self.add_char(c.unwrap_or('\n'))?;
                    self.state = State::AfterEscapedCrnl;
                    return Ok(());
                }
                self.add_char(c.unwrap_or('\n'))?;
                self.state = State::InField;
            }
            State::InField => {
                if is_crlf(c) || c.is_none() {
                    self.save_field();
                    self.state = if c.is_none() {
                        State::StartRecord
                    } else {
                        State::EatCrnl
                    };
                } else if escape(c) {
                    self.state = State::EscapedChar;
                } else if c == Some(d.delimiter) {
                    self.save_field();
                    self.state = State::StartField;
                } else {
                    self.add_char(c.unwrap_or('\n'))?;
                    self.state = State::InField;
                }
            }
            State::InQuotedField => {
                if c.is_none() {
                    self.state = State::InQuotedField;
                } else if escape(c) {
                    self.state = State::EscapeInQuotedField;
                } else if quote(c) {
                    self.state = if d.doublequote {
                        State::QuoteInQuotedField
                    } else {
                        State::InField
                    };
                } else {
                    self.add_char(c.unwrap_or('\n'))?;
                    self.state = State::InQuotedField;
                }
            }
            State::EscapeInQuotedField => {
                self.add_char(c.unwrap_or('\n'))?;
                self.state = State::InQuotedField;
            }
            State::QuoteInQuotedField => {
                if quote(c) {
                    self.add_char(c.unwrap_or('"'))?;
                    self.state = State::InQuotedField;
                } else if c == Some(d.delimiter) {
                    self.save_field();
                    self.state = State::StartField;
                } else if is_crlf(c) || c.is_none() {
                    self.save_field();
                    self.state = if c.is_none() {
                        State::StartRecord
                    } else {
                        State::EatCrnl
                    };
                } else if !d.strict {
                    self.add_char(c.unwrap_or('\n'))?;
                    self.state = State::InField;
                } else {
                    return Err(ParseErr::Error(format!(
                        "'{}' expected after '{}'",
                        d.delimiter,
                        d.quotechar.unwrap_or('"')
                    )));
                }
            }
            State::EatCrnl => {
                if is_crlf(c) {
                } else if c.is_none() {
                    self.state = State::StartRecord;
                } else {
                    return Err(ParseErr::Error(
                        "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?".into(),
                    ));
                }
            }
            State::StartRecord | State::AfterEscapedCrnl => {}
        }
        Ok(())
    }
}

fn reader_state(vm: &Vm, v: Value) -> PyResult<ReaderState> {
    match text_data(vm, v) {
        Some(TextData::CsvReader(r)) => Ok(r.clone()),
        _ => Err(Exc::type_error("expected a _csv.reader")),
    }
}

fn set_line_num(vm: &mut Vm, v: Value, n: i64) {
    if let Some(TextData::CsvReader(r)) = text_data_mut(vm, v) {
        r.line_num = n;
    }
}

/// Reads the next record (None at the end of the input).
fn next_record(vm: &mut Vm, this: Value) -> PyResult<Option<Vec<(String, bool)>>> {
    let st = reader_state(vm, this)?;
    let limit = field_limit(vm);
    let mut p = Parser {
        d: &st.dialect,
        state: State::StartRecord,
        field: String::new(),
        field_len: 0,
        numeric: false,
        fields: Vec::new(),
        limit,
    };
    let mut line_num = st.line_num;
    loop {
        let line = match vm.iter_next(st.iter) {
            Ok(Some(l)) => l,
            Ok(None) => {
                set_line_num(vm, this, line_num);
                if p.field_len != 0 || p.state == State::InQuotedField {
                    if st.dialect.strict {
                        return Err(csv_error(vm, "unexpected end of data"));
                    }
                    p.save_field();
                    return Ok(Some(p.fields));
                }
                return Ok(None);
            }
            Err(e) => {
                set_line_num(vm, this, line_num);
                return Err(e);
            }
        };
        let Some(text) = vm.as_str(vm.unwrap_builtin(line)).map(str::to_string) else {
            set_line_num(vm, this, line_num);
            let t = vm.type_name(line);
            return Err(csv_error(
                vm,
                &format!(
                    "iterator should return strings, not {t} (the file should be opened in text mode)"
                ),
            ));
        };
        line_num += 1;
        let mut result = Ok(());
        for c in text.chars() {
            result = p.process(Some(c));
            if result.is_err() {
                break;
            }
        }
        if result.is_ok() {
            result = p.process(None);
        }
        if let Err(ParseErr::Error(msg)) = result {
            set_line_num(vm, this, line_num);
            return Err(csv_error(vm, &msg));
        }
        if p.state == State::StartRecord {
            set_line_num(vm, this, line_num);
            return Ok(Some(p.fields));
        }
    }
}

fn record_value(vm: &mut Vm, fields: Vec<(String, bool)>) -> PyResult<Value> {
    let mut items = Vec::with_capacity(fields.len());
    for (s, numeric) in fields {
        let v = vm.new_str(s)?;
        if numeric {
            items.push(vm.call(Value::Type(BuiltinType::Float), &[v])?);
        } else {
            items.push(v);
        }
    }
    vm.new_list(items)
}

fn reader_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match next_record(vm, args.this())? {
        Some(fields) => record_value(vm, fields),
        None => Err(Exc::stop_iteration(Value::None)),
    }
}

fn iter_self(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}

fn line_num(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(reader_state(vm, args.this())?.line_num))
}

fn dialect_of(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match text_data(vm, args.this()) {
        Some(TextData::CsvReader(r)) => Ok(r.dialect_obj),
        Some(TextData::CsvWriter(w)) => Ok(w.dialect_obj),
        _ => Err(Exc::type_error("expected a csv reader or writer")),
    }
}

// ---- writing ------------------------------------------------------------------------------------

fn writer_state(vm: &Vm, v: Value) -> PyResult<WriterState> {
    match text_data(vm, v) {
        Some(TextData::CsvWriter(w)) => Ok(w.clone()),
        _ => Err(Exc::type_error("expected a _csv.writer")),
    }
}

/// Appends one field to `rec` with CPython's quoting and escaping rules.
fn append_field(
    d: &Dialect,
    rec: &mut String,
    first: bool,
    field: Option<&str>,
    mut quoted: bool,
) -> Result<(), String> {
    if !first {
        rec.push(d.delimiter);
    }
    let mut body = String::new();
    for c in field.unwrap_or("").chars() {
        let special = c == d.delimiter
            || Some(c) == d.escapechar
            || Some(c) == d.quotechar
            || d.lineterminator.contains(c);
        if special {
            let mut want_escape = false;
            if d.quoting == QUOTE_NONE {
                want_escape = true;
            } else {
                if Some(c) == d.quotechar {
                    if d.doublequote {
                        body.push(c);
                    } else {
                        want_escape = true;
                    }
                } else if Some(c) == d.escapechar {
                    want_escape = true;
                }
                if !want_escape {
                    quoted = true;
                }
            }
            if want_escape {
                match d.escapechar {
                    Some(e) => body.push(e),
                    None => return Err("need to escape, but no escapechar set".into()),
                }
            }
        }
        body.push(c);
    }
    let q = d.quotechar.unwrap_or('"');
    if quoted {
        rec.push(q);
    }
    rec.push_str(&body);
    if quoted {
        rec.push(q);
    }
    Ok(())
}

/// Whether `PyNumber_Check` holds: ints, floats, bools and objects convertible to numbers.
fn is_number(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)) {
        return Ok(true);
    }
    if vm.is_instance(v, BuiltinType::Int) || vm.is_instance(v, BuiltinType::Float) {
        return Ok(true);
    }
    if vm.is_instance(v, BuiltinType::Str) || v.is_none() {
        return Ok(false);
    }
    for name in ["__index__", "__int__", "__float__"] {
        if vm.lookup_special(v, name)?.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

fn write_row(vm: &mut Vm, this: Value, row: Value) -> PyResult<Value> {
    let st = writer_state(vm, this)?;
    let d = &st.dialect;
    let iter = match vm.get_iter(row) {
        Ok(it) => it,
        Err(e) if vm.exc_is(&e, BuiltinType::TypeError) => {
            let t = vm.type_name(row);
            return Err(csv_error(vm, &format!("iterable expected, not {t}")));
        }
        Err(e) => return Err(e),
    };
    let mut rec = String::new();
    let mut num_fields = 0usize;
    while let Some(field) = vm.iter_next(iter)? {
        let quoted = match d.quoting {
            QUOTE_NONNUMERIC => !is_number(vm, field)?,
            QUOTE_ALL => true,
            _ => false,
        };
        let text = if field.is_none() {
            None
        } else if let Some(s) = vm.as_str(field) {
            Some(s.to_string())
        } else {
            Some(vm.to_str(field)?)
        };
        if let Err(msg) = append_field(d, &mut rec, num_fields == 0, text.as_deref(), quoted) {
            return Err(csv_error(vm, &msg));
        }
        num_fields += 1;
        if rec.len() > 1 << 16 {
            vm.reserve(rec.len())?;
        }
    }
    if num_fields > 0 && rec.is_empty() {
        if d.quoting == QUOTE_NONE {
            return Err(csv_error(vm, "single empty field record must be quoted"));
        }
        let _ = append_field(d, &mut rec, true, None, true);
    }
    rec.push_str(&d.lineterminator);
    // An exact StringIO is appended to natively.
    let sio = crate::modules::io::stringio_class(vm)?;
    if vm.type_of(st.file).is(sio)
        && matches!(st.write, Value::Obj(_))
        && vm.lookup_in_namespaces(sio, "write").is_some()
        && is_native_write(vm, st.write)
    {
        crate::modules::io::write_to(vm, st.file, &rec)?;
        return Ok(Value::Int(rec.chars().count() as i64));
    }
    let line = vm.new_str(rec)?;
    vm.call(st.write, &[line])
}

/// Whether a bound `write` is StringIO's own native method.
fn is_native_write(vm: &Vm, write: Value) -> bool {
    match write {
        Value::Obj(id) => matches!(
            vm.heap.get(id),
            crate::heap::Object::BoundMethod(m) if matches!(m.func, Value::Builtin(crate::builtins::Builtin::Module(ModuleFn::Io(_))))
        ),
        _ => false,
    }
}

fn writerow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error(
            "writer.writerow() takes no keyword arguments",
        ));
    }
    let n = args.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(Exc::type_error(format!(
            "writer.writerow() takes exactly one argument ({n} given)"
        )));
    }
    write_row(vm, args.this(), args.pos[1])
}

fn writerows(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error(
            "writer.writerows() takes no keyword arguments",
        ));
    }
    let n = args.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(Exc::type_error(format!(
            "writer.writerows() takes exactly one argument ({n} given)"
        )));
    }
    let it = vm.get_iter(args.pos[1])?;
    let mut count = 0u32;
    while let Some(row) = vm.iter_next(it)? {
        write_row(vm, args.this(), row)?;
        count += 1;
        if count.is_multiple_of(1024) {
            vm.check_limits()?;
        }
    }
    Ok(Value::None)
}

// ---- DictReader / DictWriter --------------------------------------------------------------------

/// `fieldnames` as given: an iterator is turned into a list (like `csv.py`).
fn fieldnames_arg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if v.is_none() {
        return Ok(v);
    }
    let it = vm.get_iter(v)?;
    if it.is(v) {
        let items = vm.collect(v)?;
        return vm.new_list(items);
    }
    Ok(v)
}

/// `reader(f, dialect, *args, **kwds)` for the dict classes.
fn inner_args(
    vm: &mut Vm,
    f: Value,
    dialect: Value,
    rest: &[Value],
    kw: &[(Value, Value)],
) -> Args {
    let _ = vm;
    let mut a = Args::new(&[f, dialect]);
    a.pos.extend(rest.iter().copied());
    a.kw.extend(kw.iter().copied());
    a
}

fn dr_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let sig = Sig {
        name: "DictReader.__init__",
        params: &["self", "f", "fieldnames", "restkey", "restval", "dialect"],
        npos: 6,
        posonly: 0,
        required: 2,
        kw_required: &[],
        varargs: true,
        varkw: true,
    };
    let b = bind(vm, args, &sig)?;
    let this = b.or_none(0);
    let fieldnames = fieldnames_arg(vm, b.or_none(2))?;
    vm.setattr(this, "_fieldnames", fieldnames)?;
    vm.setattr(this, "restkey", b.or_none(3))?;
    vm.setattr(this, "restval", b.or_none(4))?;
    let dialect = match b.get(5) {
        Some(d) => d,
        None => vm.new_str("excel".into())?,
    };
    let a = inner_args(vm, b.or_none(1), dialect, &b.rest, &b.extra);
    let r = reader(vm, &a)?;
    vm.setattr(this, "reader", r)?;
    vm.setattr(this, "dialect", dialect)?;
    vm.setattr(this, "line_num", Value::Int(0))?;
    Ok(Value::None)
}

fn dr_fieldnames(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let mut names = vm.getattr(this, "_fieldnames")?;
    let r = vm.getattr(this, "reader")?;
    if names.is_none() {
        let next = vm.getattr(r, "__next__")?;
        match vm.call(next, &[]) {
            Ok(row) => {
                names = row;
                vm.setattr(this, "_fieldnames", row)?;
            }
            Err(e) if vm.exc_is(&e, BuiltinType::StopIteration) => {}
            Err(e) => return Err(e),
        }
    }
    let ln = vm.getattr(r, "line_num")?;
    vm.setattr(this, "line_num", ln)?;
    Ok(names)
}

fn dr_set_fieldnames(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.get(1).unwrap_or(Value::None);
    vm.setattr(args.this(), "_fieldnames", v)?;
    Ok(Value::None)
}

fn dr_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let ln = vm.getattr(this, "line_num")?;
    if matches!(ln, Value::Int(0)) {
        vm.getattr(this, "fieldnames")?;
    }
    let r = vm.getattr(this, "reader")?;
    let mut row;
    loop {
        row = match vm.iter_next(r)? {
            Some(row) => row,
            None => return Err(Exc::stop_iteration(Value::None)),
        };
        let ln = vm.getattr(r, "line_num")?;
        vm.setattr(this, "line_num", ln)?;
        if vm.len(row)? != 0 {
            break;
        }
    }
    let fieldnames = vm.getattr(this, "fieldnames")?;
    let names = if fieldnames.is_none() {
        return Err(Exc::type_error("'NoneType' object is not iterable"));
    } else {
        vm.collect(fieldnames)?
    };
    let values = vm.collect(row)?;
    let mut d = Dict::new();
    for (k, v) in names.iter().zip(values.iter()) {
        vm.dict_set_in(&mut d, *k, *v)?;
    }
    let dv = vm.new_dict(d)?;
    let (lf, lr) = (names.len(), values.len());
    if lf < lr {
        let restkey = vm.getattr(this, "restkey")?;
        let extra = vm.new_list(values[lf..].to_vec())?;
        vm.dict_setitem(dv, restkey, extra)?;
    } else if lf > lr {
        let restval = vm.getattr(this, "restval")?;
        for k in &names[lr..] {
            vm.dict_setitem(dv, *k, restval)?;
        }
    }
    Ok(dv)
}

fn dw_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let sig = Sig {
        name: "DictWriter.__init__",
        params: &[
            "self",
            "f",
            "fieldnames",
            "restval",
            "extrasaction",
            "dialect",
        ],
        npos: 6,
        posonly: 0,
        required: 3,
        kw_required: &[],
        varargs: true,
        varkw: true,
    };
    let b = bind(vm, args, &sig)?;
    let this = b.or_none(0);
    let fieldnames = fieldnames_arg(vm, b.or_none(2))?;
    vm.setattr(this, "fieldnames", fieldnames)?;
    let restval = match b.get(3) {
        Some(v) => v,
        None => vm.new_str(String::new())?,
    };
    vm.setattr(this, "restval", restval)?;
    let action = match b.get(4) {
        Some(v) => v,
        None => vm.new_str("raise".into())?,
    };
    let lower = vm.getattr(action, "lower")?;
    let lv = vm.call(lower, &[])?;
    let l = str_of(vm, lv).unwrap_or_default();
    if l != "raise" && l != "ignore" {
        let shown = vm.to_str(action)?;
        return Err(Exc::value_error(format!(
            "extrasaction ({shown}) must be 'raise' or 'ignore'"
        )));
    }
    vm.setattr(this, "extrasaction", action)?;
    let dialect = match b.get(5) {
        Some(d) => d,
        None => vm.new_str("excel".into())?,
    };
    let a = inner_args(vm, b.or_none(1), dialect, &b.rest, &b.extra);
    let w = writer(vm, &a)?;
    vm.setattr(this, "writer", w)?;
    Ok(Value::None)
}

/// `_dict_to_list(rowdict)`: the row's values in field order.
fn dict_to_list(vm: &mut Vm, this: Value, rowdict: Value) -> PyResult<Value> {
    let fieldnames = vm.getattr(this, "fieldnames")?;
    let names = vm.collect(fieldnames)?;
    let action = vm.getattr(this, "extrasaction")?;
    if vm.str_eq_literal(action, "raise") {
        let keys_m = vm.getattr(rowdict, "keys")?;
        let keys = vm.call(keys_m, &[])?;
        let keys = vm.collect(keys)?;
        let fset = vm.new_set_from(&names, false)?;
        let mut wrong = Vec::new();
        for k in keys {
            if !vm.contains(fset, k)? {
                wrong.push(k);
            }
        }
        if !wrong.is_empty() {
            let set = vm.new_set_from(&wrong, false)?;
            let items = vm.collect(set)?;
            let mut reprs = Vec::with_capacity(items.len());
            for x in items {
                reprs.push(vm.repr(x)?);
            }
            return Err(Exc::value_error(format!(
                "dict contains fields not in fieldnames: {}",
                reprs.join(", ")
            )));
        }
    }
    let restval = vm.getattr(this, "restval")?;
    let get = vm.getattr(rowdict, "get")?;
    let mut out = Vec::with_capacity(names.len());
    for k in names {
        out.push(vm.call(get, &[k, restval])?);
    }
    vm.new_list(out)
}

fn dw_writeheader(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("DictWriter.writeheader", &["self"], 1),
    )?;
    let this = b.or_none(0);
    let fieldnames = vm.getattr(this, "fieldnames")?;
    let names = vm.collect(fieldnames)?;
    let mut d = Dict::new();
    for n in &names {
        vm.dict_set_in(&mut d, *n, *n)?;
    }
    let header = vm.new_dict(d)?;
    let m = vm.getattr(this, "writerow")?;
    vm.call(m, &[header])
}

fn dw_writerow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("DictWriter.writerow", &["self", "rowdict"], 2),
    )?;
    let this = b.or_none(0);
    let row = dict_to_list(vm, this, b.or_none(1))?;
    let w = vm.getattr(this, "writer")?;
    let m = vm.getattr(w, "writerow")?;
    vm.call(m, &[row])
}

fn dw_writerows(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("DictWriter.writerows", &["self", "rowdicts"], 2),
    )?;
    let this = b.or_none(0);
    let w = vm.getattr(this, "writer")?;
    let m = vm.getattr(w, "writerow")?;
    let it = vm.get_iter(b.or_none(1))?;
    while let Some(d) = vm.iter_next(it)? {
        let row = dict_to_list(vm, this, d)?;
        vm.call(m, &[row])?;
    }
    Ok(Value::None)
}
