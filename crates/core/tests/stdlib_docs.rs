//! Generates `docs/stdlib.md`, the reference of the standard library montybox provides, and
//! fails when the committed file differs from what the modules really export.
//!
//! For every module of `modules::MODULE_NAMES` a probe program lists, through the interpreter
//! itself, the public names the module exports and the public attributes of its classes. The
//! same probe runs under CPython 3.11 (`python3`, required) to list what montybox lacks. The
//! one-line summaries and the notes that give context are hand-written ([`NOTES`]); everything
//! else is generated, so the document cannot drift from the code.
//!
//! `MONTYBOX_UPDATE_DOCS=1 cargo test -p montybox-core --test stdlib_docs` rewrites the file.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;

use montybox_core::convert::HostValue;
use montybox_core::modules::MODULE_NAMES;
use montybox_core::run::{Run, RunOptions, Step};

/// The hand-written part of a module's section.
struct Notes {
    module: &'static str,
    summary: &'static str,
    notes: &'static [&'static str],
    /// Public names of CPython's module that are only its own imports (`statistics.sqrt` is
    /// `math.sqrt`): not part of its API, so not reported as missing.
    helpers: &'static [&'static str],
    /// Whether to list CPython's names montybox lacks one by one (`os` has hundreds of file and
    /// process functions that are absent by design, and a platform-dependent list).
    list_missing: bool,
}

const fn n(
    module: &'static str,
    summary: &'static str,
    notes: &'static [&'static str],
    helpers: &'static [&'static str],
) -> Notes {
    Notes {
        module,
        summary,
        notes,
        helpers,
        list_missing: true,
    }
}

const NOTES: &[Notes] = &[
    n(
        "abc",
        "Abstract base classes: `ABC`, `ABCMeta`, `abstractmethod`.",
        &["Instantiating a class with abstract methods left raises CPython's `TypeError`."],
        &[],
    ),
    n(
        "asyncio",
        "Coroutines and tasks on montybox's scheduler: `run`, `gather`, `create_task`, `wait_for`, `wait`, `as_completed`, `timeout`, `TaskGroup`, locks, semaphores, events and queues.",
        &[
            "Host functions called from coroutines run concurrently; `asyncio.sleep` advances a virtual clock when nothing else can run.",
            "The event loop object has only `time()` and `create_task()`; there are no subprocesses, streams, servers or transports (no host access by design).",
            "Tasks have no done-callbacks (`add_done_callback`).",
            "`current_task()` is `None` outside tasks made by `create_task`/`gather`.",
        ],
        &[],
    ),
    n(
        "base64",
        "Base16/32/64/85 encodings of bytes.",
        &[],
        &["bytes_types"],
    ),
    n(
        "binascii",
        "Hex, base64 and CRC conversions between binary and ASCII.",
        &["The uuencode and quoted-printable codecs are absent."],
        &[],
    ),
    n("bisect", "Binary search and insertion in sorted lists.", &[], &[]),
    n(
        "collections",
        "`Counter`, `defaultdict`, `deque`, `namedtuple`, `OrderedDict`, `ChainMap`.",
        &[],
        &[],
    ),
    n(
        "collections.abc",
        "The abstract container classes, for `isinstance` checks and as mixin bases.",
        &[],
        &[],
    ),
    n("copy", "Shallow and deep copies (`copy`, `deepcopy`, `__copy__`/`__deepcopy__`).", &[], &[]),
    n(
        "csv",
        "Reading and writing delimited text over `StringIO`, lists and other iterables.",
        &["`Sniffer` is absent."],
        &["StringIO"],
    ),
    n(
        "dataclasses",
        "Data classes: `dataclass` (frozen, order, slots, kw_only...), `field`, `asdict`, `astuple`, `replace`, `fields`.",
        &[],
        &["FunctionType", "GenericAlias"],
    ),
    n(
        "datetime",
        "Dates, times, durations and fixed-offset time zones.",
        &[
            "`now()`, `today()` and `utcnow()` read the host's clock: `PermissionError` unless the host grants it.",
            "Naive local times use the UTC offset the host gives (UTC when it gives none); there is no time-zone database (`zoneinfo` is absent).",
            "`strftime`/`strptime` use the C locale.",
        ],
        &["datetime_CAPI"],
    ),
    n(
        "decimal",
        "Decimal floating point with contexts, rounding modes and signals.",
        &[
            "The logical operations, `rotate`, `shift` and three-argument `pow` are absent.",
            "`Context` has the arithmetic methods but lacks several of `Decimal`'s other methods (listed below).",
        ],
        &[],
    ),
    n(
        "enum",
        "`Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `auto`, `unique`.",
        &[],
        &["DynamicClassAttribute", "MappingProxyType", "reduce"],
    ),
    n("fractions", "Rational numbers (`Fraction`).", &[], &["Decimal"]),
    n(
        "functools",
        "`reduce`, `partial`, `lru_cache`, `cache`, `cached_property`, `wraps`, `cmp_to_key`, `total_ordering`, `singledispatch`.",
        &[],
        &[
            "GenericAlias",
            "RLock",
            "get_cache_token",
            "namedtuple",
            "recursive_repr",
        ],
    ),
    n(
        "hashlib",
        "MD5, SHA-1, SHA-2 and SHA-3 digests, `pbkdf2_hmac`.",
        &["BLAKE2, SHAKE, `scrypt` and `file_digest` are absent; `new()` of those names raises `ValueError: unsupported hash type`."],
        &[],
    ),
    n("heapq", "Heap queue functions over lists.", &[], &[]),
    n(
        "io",
        "The in-memory streams `StringIO` and `BytesIO`.",
        &["There are no files: `open` and the file and buffered classes are absent (the built-in `open()` raises `PermissionError`)."],
        &[],
    ),
    n("itertools", "Iterator building blocks: all of CPython 3.11's `itertools`.", &[], &[]),
    n(
        "json",
        "JSON encoding and decoding with CPython's output, options and error messages.",
        &["Deep nesting raises `RecursionError` at CPython's depth, in both directions."],
        &[],
    ),
    n("math", "Mathematical functions and constants: all of CPython 3.11's `math`.", &[], &[]),
    n("operator", "The operators as functions: all of CPython 3.11's `operator`.", &[], &[]),
    Notes {
        module: "os",
        summary: "The sandbox's view of the operating system: `os.environ`, `getenv`, `os.path` and the path constants.",
        notes: &[
            "`environ` holds only what the host passes in (empty by default); writes change only the program's copy.",
            "`getcwd()` is `'/'`, an empty root directory; `urandom` needs the host's randomness grant; `cpu_count()` is `None`.",
            "No file, directory, descriptor, process, user or scheduling function exists, by design (`listdir`, `open`, `remove`, `stat`, `walk`, `system`, `getpid`, `kill`, `putenv`... are absent: `AttributeError`).",
        ],
        helpers: &["GenericAlias", "Mapping", "MutableMapping"],
        list_missing: false,
    },
    n(
        "os.path",
        "POSIX path manipulation (pure functions).",
        &[
            "The sandbox has no file system: `exists`/`isdir`/`lexists` are true only for `/`, `isfile`/`islink` are false; functions that need file metadata are absent.",
        ],
        &[],
    ),
    n(
        "random",
        "CPython's Mersenne Twister: `random.seed(n)` reproduces CPython's sequences exactly.",
        &["An unseeded generator seeds itself from the host's randomness (`PermissionError` without that grant); `random.seed(n)` first never needs the host."],
        &[],
    ),
    n(
        "re",
        "Regular expressions with CPython's syntax, semantics, messages and reprs.",
        &[
            "Patterns run on a linear-time engine; backreferences, look-arounds, atomic groups, possessive repeats and conditionals run on a bounded backtracking engine that raises `re.error` (\"catastrophic backtracking\") rather than hang.",
        ],
        &[],
    ),
    n(
        "statistics",
        "Averages, spread, quantiles, correlation, regression and `NormalDist`.",
        &[],
        &[
            "Counter",
            "Decimal",
            "Fraction",
            "bisect_left",
            "bisect_right",
            "defaultdict",
            "erf",
            "exp",
            "fabs",
            "fsum",
            "groupby",
            "hypot",
            "log",
            "mul",
            "namedtuple",
            "reduce",
            "repeat",
            "sqrt",
            "tau",
        ],
    ),
    n("string", "String constants, `capwords`, `Template` and `Formatter`.", &[], &[]),
    n(
        "sys",
        "What a program may know about its interpreter: `version_info`, `maxsize`, `argv`, `stdout`/`stderr`...",
        &[
            "`argv` is what the host sets; `path` is empty; there is no `stdin`.",
            "Interpreter hooks (tracing, profiling, audit, import machinery) are absent by design.",
        ],
        &[],
    ),
    n("textwrap", "Wrapping, filling, shortening and indenting text.", &[], &[]),
    n(
        "time",
        "Clocks, `sleep`, `struct_time` and time conversions.",
        &[
            "`time`, `time_ns` and the no-argument `gmtime`/`localtime`/`ctime`/`asctime`/`strftime` need the host's clock; `monotonic`/`perf_counter`/`process_time` its monotonic clock; `sleep` the host's permission to sleep. Without a grant they raise `PermissionError`.",
        ],
        &[],
    ),
    n(
        "typing",
        "Every common typing name, usable in annotations and at run time (`TypedDict`, `NamedTuple`, `Protocol`, `Generic`...).",
        &["`IO`/`TextIO`/`BinaryIO`, the `Supports*` protocols and `reveal_type` are absent."],
        &[
            "ABCMeta",
            "GenericAlias",
            "MethodDescriptorType",
            "MethodWrapperType",
            "WrapperDescriptorType",
            "abstractmethod",
            "defaultdict",
        ],
    ),
    n("urllib", "The package of `urllib.parse` (the network parts are absent).", &[], &[]),
    n(
        "urllib.parse",
        "URL parsing, joining, quoting and query strings.",
        &["The bytes result classes and the deprecated `split*` helpers are absent."],
        &["namedtuple"],
    ),
    n(
        "uuid",
        "The `UUID` class and `uuid1`/`uuid3`/`uuid4`/`uuid5`.",
        &["`uuid4()` takes its bytes from the host's randomness and `uuid1()` reads the host's clock (`PermissionError` without the grant); `is_safe`/`SafeUUID` are absent."],
        &["Enum", "bytes_", "int_"],
    ),
];

/// Instances probed for attributes that CPython has on the class but montybox only on its
/// instances (`module.Class` => expression).
const SAMPLES: &[(&str, &str)] = &[
    ("asyncio.Future", "asyncio.Future()"),
    ("asyncio.TimeoutError", "asyncio.TimeoutError()"),
    ("collections.defaultdict", "collections.defaultdict(list)"),
    ("dataclasses.Field", "dataclasses.field()"),
    (
        "dataclasses.FrozenInstanceError",
        "dataclasses.FrozenInstanceError()",
    ),
    ("dataclasses.InitVar", "dataclasses.InitVar(int)"),
    ("decimal.Context", "decimal.Context()"),
    ("decimal.Decimal", "decimal.Decimal(1)"),
    ("io.BytesIO", "io.BytesIO()"),
    ("io.UnsupportedOperation", "io.UnsupportedOperation()"),
    ("re.Pattern", "re.compile('')"),
    ("string.Template", "string.Template('')"),
    ("time.struct_time", "time.gmtime(0)"),
    ("typing.ParamSpec", "typing.ParamSpec('P')"),
    ("urllib.parse.DefragResult", "urllib.parse.urldefrag('')"),
    ("urllib.parse.ParseResult", "urllib.parse.urlparse('')"),
    ("urllib.parse.SplitResult", "urllib.parse.urlsplit('')"),
    ("uuid.UUID", "uuid.UUID(int=1)"),
];

/// The probe: appends one line per public name of module `name` (object `mod`) to `_out`.
/// `cpy` is None under CPython; under montybox it maps each CPython name of the module to the
/// public attributes of the class it names (so attributes hidden from `dir()` are found too).
const PROBE: &str = r#"
_out = []

def _pub(names):
    return sorted(set(n for n in names if not n.startswith('_')))

def _dump(name, mod, cpy, samples):
    _out.append('M\t' + name)
    names = set(_pub(dir(mod)))
    if cpy is not None:
        names |= set(n for n in cpy if not n.startswith('_') and hasattr(mod, n))
    for n in sorted(names):
        o = getattr(mod, n)
        if type(o).__name__ == 'module':
            _out.append('S\t' + n)
        elif isinstance(o, type):
            attrs = set(_pub(dir(o)))
            if cpy is not None:
                sample = samples.get(n)
                obj = sample() if sample is not None else None
                for a in cpy.get(n) or []:
                    if hasattr(o, a) or (obj is not None and hasattr(obj, a)):
                        attrs.add(a)
            inherited = set()
            for b in o.__bases__:
                inherited |= set(_pub(dir(b)))
            bases = ','.join(b.__name__ for b in o.__bases__)
            _out.append('C\t' + n + '\t' + bases + '\t' + ' '.join(sorted(attrs)) + '\t' + ' '.join(sorted(inherited)) + '\t' + o.__name__)
        elif type(o).__name__ in ('function', 'builtin_function_or_method', 'method'):
            _out.append('F\t' + n)
        else:
            _out.append('K\t' + n + '\t' + type(o).__name__)
"#;

/// A class a module exports.
struct Class {
    /// Its bases' names, comma-separated.
    bases: String,
    /// Its public attributes.
    attrs: BTreeSet<String>,
    /// The public attributes its bases have.
    inherited: BTreeSet<String>,
    /// Its `__name__`, which differs from the exported name for aliases (`typing.Text` is `str`).
    name: String,
}

/// What the probe found in one module.
#[derive(Default)]
struct ModuleInfo {
    functions: BTreeSet<String>,
    classes: BTreeMap<String, Class>,
    constants: BTreeMap<String, String>,
    submodules: BTreeSet<String>,
}

impl ModuleInfo {
    fn names(&self) -> BTreeSet<String> {
        let mut all: BTreeSet<String> = self.functions.clone();
        all.extend(self.classes.keys().cloned());
        all.extend(self.constants.keys().cloned());
        all.extend(self.submodules.iter().cloned());
        all
    }
}

fn words(s: &str) -> BTreeSet<String> {
    s.split_whitespace().map(str::to_string).collect()
}

fn parse(output: &str) -> BTreeMap<String, ModuleInfo> {
    let mut modules: BTreeMap<String, ModuleInfo> = BTreeMap::new();
    let mut current = String::new();
    for line in output.lines() {
        let parts: Vec<&str> = line.split('\t').collect();
        let field = |i: usize| parts.get(i).copied().unwrap_or("");
        match field(0) {
            "M" => {
                current = field(1).to_string();
                modules.entry(current.clone()).or_default();
            }
            kind => {
                let m = modules
                    .get_mut(&current)
                    .expect("a module line comes first");
                let name = field(1).to_string();
                match kind {
                    "S" => {
                        m.submodules.insert(name);
                    }
                    "F" => {
                        m.functions.insert(name);
                    }
                    "K" => {
                        m.constants.insert(name, field(2).to_string());
                    }
                    "C" => {
                        let class = Class {
                            bases: field(2).to_string(),
                            attrs: words(field(3)),
                            inherited: words(field(4)),
                            name: field(5).to_string(),
                        };
                        m.classes.insert(name, class);
                    }
                    other => panic!("unexpected probe line kind {other:?} in {line:?}"),
                }
            }
        }
    }
    modules
}

/// A Python literal of `s` (the probe's data is plain ASCII names).
fn py_str(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// The probe program over every module; with `cpython` given, the montybox flavour that also
/// looks up CPython's names.
fn probe_program(cpython: Option<&BTreeMap<String, ModuleInfo>>) -> String {
    let mut code = PROBE.to_string();
    for (i, module) in MODULE_NAMES.iter().enumerate() {
        let alias = format!("_m{i}");
        let (cpy, samples) = match cpython {
            None => ("None".to_string(), "{}".to_string()),
            Some(c) => {
                let info = c.get(*module).expect("CPython has every module");
                let mut cpy = String::from("{");
                for name in info.names() {
                    let attrs = match info.classes.get(&name) {
                        Some(class) => {
                            let items: Vec<String> =
                                class.attrs.iter().map(|a| py_str(a)).collect();
                            format!("[{}]", items.join(", "))
                        }
                        None => "None".to_string(),
                    };
                    write!(cpy, "{}: {attrs}, ", py_str(&name)).unwrap();
                }
                cpy.push('}');
                let mut samples = String::from("{");
                for (qual, expr) in SAMPLES {
                    if let Some((_, class)) = qual.rsplit_once('.').filter(|(m, _)| m == module) {
                        write!(samples, "{}: lambda: {expr}, ", py_str(class)).unwrap();
                    }
                }
                samples.push('}');
                (cpy, samples)
            }
        };
        // The plain import too: the sample expressions name the module.
        writeln!(code, "import {module}\nimport {module} as {alias}").unwrap();
        writeln!(code, "_dump({}, {alias}, {cpy}, {samples})", py_str(module)).unwrap();
    }
    code
}

fn run_montybox(code: &str) -> String {
    let program = montybox_core::compile(&format!("{code}\n'\\n'.join(_out)\n"), "probe.py", &[])
        .unwrap_or_else(|e| panic!("the probe does not compile: {e:?}"));
    let mut run =
        Run::start(Arc::new(program), &[], &[], RunOptions::default()).expect("the probe starts");
    loop {
        match run.step(None) {
            Ok(Step::Complete(HostValue::Str(s))) => return s,
            Ok(Step::Yielded) => continue,
            Ok(other) => panic!("the probe ended unexpectedly: {other:?}"),
            Err(e) => {
                let text: String = format!("{e:?}").chars().take(1500).collect();
                panic!("the probe failed under montybox: {text}")
            }
        }
    }
}

fn run_cpython(code: &str) -> String {
    let code = format!(
        "import sys\nassert sys.version_info[:2] == (3, 11), 'CPython 3.11 is required, found ' + sys.version\n{code}\nprint('\\n'.join(_out))\n"
    );
    let output = Command::new("python3")
        .arg("-c")
        .arg(&code)
        .output()
        .expect("this test compares montybox with CPython 3.11: `python3` must be on PATH");
    assert!(
        output.status.success(),
        "the probe failed under python3:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8 output")
}

fn code_list<'a>(names: impl IntoIterator<Item = &'a String>) -> String {
    names
        .into_iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// GitHub's anchor for a heading.
fn anchor(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

fn render(
    mb: &BTreeMap<String, ModuleInfo>,
    cpy: &BTreeMap<String, ModuleInfo>,
    notes: &BTreeMap<&str, &Notes>,
) -> String {
    let mut doc = String::new();
    doc.push_str("# The standard library in montybox\n\n");
    doc.push_str(
        "<!-- Generated by crates/core/tests/stdlib_docs.rs from what each module really exports, \
         compared with CPython 3.11. Do not edit: change the notes in that file and run \
         `MONTYBOX_UPDATE_DOCS=1 cargo test -p montybox-core --test stdlib_docs`. -->\n\n",
    );
    doc.push_str(
        "montybox provides the modules below, written in Rust inside the sandbox. Any other \
         `import` raises `ModuleNotFoundError`; for modules that would reach files, processes, \
         the network or the interpreter itself (`subprocess`, `socket`, `pathlib`, `pickle`, \
         `inspect`, ...) the message says that the sandbox does not provide them. Nothing reaches \
         the host unless the host grants it (the clock, randomness, `os.environ`, `sys.argv`); \
         without a grant such a call raises `PermissionError`.\n\n\
         For each module: the public names it exports (functions, classes with their public \
         methods and attributes, constants) and the public names of CPython 3.11's module that \
         it lacks. A listed name behaves as in CPython; the notes say where it does not. In the \
         table, *Names* counts the public names montybox's module exports, and the last column \
         how many of the public names of CPython's module (less its submodules and the names it \
         only imports from elsewhere) montybox provides.\n\n",
    );
    doc.push_str("| Module | Summary | Names | CPython's names provided |\n|---|---|---:|---:|\n");
    let mut sections = String::new();
    let mut modules: Vec<&str> = MODULE_NAMES.to_vec();
    modules.sort_unstable();
    for module in &modules {
        let info = &mb[*module];
        let theirs = &cpy[*module];
        let note = notes[module];
        let helpers: BTreeSet<String> = note.helpers.iter().map(|s| s.to_string()).collect();
        // CPython's API: its public names, less submodules and its own imports.
        let api: BTreeSet<String> = theirs
            .names()
            .difference(&theirs.submodules)
            .filter(|n| !helpers.contains(*n))
            .cloned()
            .collect();
        let ours = info.names();
        let missing: Vec<&String> = api.difference(&ours).collect();
        let provided = api.len() - missing.len();
        let heading = format!("`{module}`");
        writeln!(
            doc,
            "| [`{module}`](#{}) | {} | {} | {provided} of {} |",
            anchor(&heading),
            note.summary,
            ours.len(),
            api.len()
        )
        .unwrap();

        let s = &mut sections;
        writeln!(s, "## {heading}\n\n{}\n", note.summary).unwrap();
        for line in note.notes {
            writeln!(s, "- {line}").unwrap();
        }
        if !note.notes.is_empty() {
            s.push('\n');
        }
        if !info.functions.is_empty() {
            writeln!(s, "**Functions:** {}\n", code_list(&info.functions)).unwrap();
        }
        if !info.classes.is_empty() {
            s.push_str("**Classes:**\n\n");
            for (name, class) in &info.classes {
                let own: Vec<&String> = class.attrs.difference(&class.inherited).collect();
                let bases = &class.bases;
                let base = if bases.is_empty() || bases == "object" {
                    String::new()
                } else {
                    format!(" ({bases})")
                };
                if class.name != *name {
                    writeln!(s, "- `{name}`: the same class as `{}`", class.name).unwrap();
                } else if own.is_empty() {
                    writeln!(s, "- `{name}`{base}").unwrap();
                } else {
                    writeln!(s, "- `{name}`{base}: {}", code_list(own)).unwrap();
                }
            }
            s.push('\n');
        }
        if !info.constants.is_empty() {
            let items: Vec<String> = info
                .constants
                .iter()
                .map(|(n, t)| format!("`{n}` ({t})"))
                .collect();
            writeln!(s, "**Constants and other objects:** {}\n", items.join(", ")).unwrap();
        }
        if !info.submodules.is_empty() {
            writeln!(s, "**Submodules:** {}\n", code_list(&info.submodules)).unwrap();
        }
        // Missing class attributes: only for classes both provide.
        let mut missing_attrs = Vec::new();
        for (name, class) in &info.classes {
            if let Some(their_class) = theirs.classes.get(name) {
                let lack: Vec<&String> = their_class.attrs.difference(&class.attrs).collect();
                if !lack.is_empty() {
                    missing_attrs.push(format!("`{name}`: {}", code_list(lack)));
                }
            }
        }
        if note.list_missing {
            if missing.is_empty() && missing_attrs.is_empty() {
                s.push_str("**Not supported:** nothing: every public name of CPython's module is provided.\n\n");
            } else {
                s.push_str("**Not supported** (public in CPython 3.11, absent here):\n\n");
                if !missing.is_empty() {
                    writeln!(s, "- {}", code_list(missing)).unwrap();
                }
                for line in &missing_attrs {
                    writeln!(s, "- {line}").unwrap();
                }
                s.push('\n');
            }
        } else {
            writeln!(
                s,
                "**Not supported:** the other {} public names of CPython's module (not listed: see the notes).\n",
                missing.len()
            )
            .unwrap();
        }
    }
    doc.push('\n');
    doc.push_str(&sections);
    doc.truncate(doc.trim_end().len());
    doc.push('\n');
    doc
}

#[test]
fn stdlib_docs_match_the_modules() {
    let notes: BTreeMap<&str, &Notes> = NOTES.iter().map(|n| (n.module, n)).collect();
    for module in MODULE_NAMES {
        assert!(
            notes.contains_key(module),
            "module {module} has no entry in NOTES (crates/core/tests/stdlib_docs.rs): add its summary"
        );
    }
    for module in notes.keys() {
        assert!(
            MODULE_NAMES.contains(module),
            "NOTES has an entry for {module}, which montybox does not provide"
        );
    }

    let cpy = parse(&run_cpython(&probe_program(None)));
    let mb = parse(&run_montybox(&probe_program(Some(&cpy))));

    for note in NOTES {
        let ours = mb[note.module].names();
        let theirs = cpy[note.module].names();
        for helper in note.helpers {
            assert!(
                theirs.contains(*helper) && !ours.contains(*helper),
                "helper {}.{helper} in NOTES must be a CPython name that montybox lacks",
                note.module
            );
        }
    }

    let generated = render(&mb, &cpy, &notes);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/stdlib.md");
    if std::env::var_os("MONTYBOX_UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/stdlib.md is out of date with the modules. Run\n    \
         MONTYBOX_UPDATE_DOCS=1 cargo test -p montybox-core --test stdlib_docs\n\
         and commit the result. First differing line: {}",
        committed
            .lines()
            .zip(generated.lines())
            .find(|(a, b)| a != b)
            .map(|(a, b)| format!("committed {a:?} / generated {b:?}"))
            .unwrap_or_else(|| "none (one is a prefix of the other)".to_string())
    );
}
