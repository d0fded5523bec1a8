//! `textwrap`: `wrap`, `fill`, `shorten`, `dedent`, `indent` and `TextWrapper`, with CPython
//! 3.11's algorithm: the same chunking (its `wordsep_re`, including the rules for hyphenated
//! words and em-dashes, or `wordsep_simple_re` when `break_on_hyphens` is not `True`), the same
//! line filling, long-word breaking, `max_lines`/`placeholder` truncation and messages.
//!
//! `TextWrapper` keeps its options as ordinary instance attributes (`width`, `initial_indent`,
//! `subsequent_indent`, `expand_tabs`, `replace_whitespace`, `fix_sentence_endings`,
//! `break_long_words`, `drop_whitespace`, `break_on_hyphens`, `tabsize`, `max_lines`,
//! `placeholder`), read on every call, so they can be changed after construction and subclasses
//! work. Not supported: overriding the private helpers (`_split`, `_wrap_chunks`...), which
//! the native implementation does not call. `tabsize` must be an int; a float `width` works like in
//! CPython (which fails where it would slice a long word by it).

use crate::builtins::str::unicode;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::native::NativeClass;
use crate::modules::support::{bind, new_str, str_list, str_of, Sig};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

crate::modules::support::fn_group! {
    pub enum TextwrapFn {
        Module(ModFn),
        Wrapper(WrapperFn),
    }
}

native_methods! {
    pub enum ModFn {
        Wrap => "wrap" => wrap,
        Fill => "fill" => fill,
        Shorten => "shorten" => shorten,
        Dedent => "dedent" => dedent,
        Indent => "indent" => indent,
    }
}

native_methods! {
    pub enum WrapperFn {
        Init => "__init__" => tw_init,
        Wrap => "wrap" => tw_wrap,
        Fill => "fill" => tw_fill,
    }
}

fn f(which: ModFn) -> Value {
    func_value(ModuleFn::Textwrap(TextwrapFn::Module(which)))
}

fn fw(which: WrapperFn) -> Value {
    func_value(ModuleFn::Textwrap(TextwrapFn::Wrapper(which)))
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let cls = wrapper_class(vm)?;
    Ok(vec![
        ("TextWrapper", cls),
        ("wrap", f(ModFn::Wrap)),
        ("fill", f(ModFn::Fill)),
        ("shorten", f(ModFn::Shorten)),
        ("dedent", f(ModFn::Dedent)),
        ("indent", f(ModFn::Indent)),
    ])
}

fn wrapper_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("textwrap.TextWrapper", |vm| {
        vm.new_native_class(NativeClass {
            name: "TextWrapper",
            module: "textwrap",
            attrs: vec![
                ("__init__", fw(WrapperFn::Init)),
                ("wrap", fw(WrapperFn::Wrap)),
                ("fill", fw(WrapperFn::Fill)),
            ],
            ..Default::default()
        })
    })
}

/// The options of `TextWrapper.__init__`, in order (the last two are keyword-only).
const OPTIONS: [&str; 12] = [
    "width",
    "initial_indent",
    "subsequent_indent",
    "expand_tabs",
    "replace_whitespace",
    "fix_sentence_endings",
    "break_long_words",
    "drop_whitespace",
    "break_on_hyphens",
    "tabsize",
    "max_lines",
    "placeholder",
];

fn tw_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut params = vec!["self"];
    params.extend(OPTIONS);
    let sig = Sig {
        name: "TextWrapper.__init__",
        params: &params,
        npos: 11,
        posonly: 0,
        required: 1,
        kw_required: &[],
        varargs: false,
        varkw: false,
    };
    let b = bind(vm, args, &sig)?;
    let this = b.or_none(0);
    for (i, name) in OPTIONS.iter().enumerate() {
        let v = match b.get(i + 1) {
            Some(v) => v,
            None => default_option(vm, name)?,
        };
        vm.setattr(this, name, v)?;
    }
    Ok(Value::None)
}

fn default_option(vm: &mut Vm, name: &str) -> PyResult<Value> {
    Ok(match name {
        "width" => Value::Int(70),
        "initial_indent" | "subsequent_indent" => vm.new_str(String::new())?,
        "expand_tabs" | "replace_whitespace" | "break_long_words" | "drop_whitespace"
        | "break_on_hyphens" => Value::Bool(true),
        "fix_sentence_endings" => Value::Bool(false),
        "tabsize" => Value::Int(8),
        "placeholder" => vm.new_str(" [...]".into())?,
        _ => Value::None,
    })
}

/// The options read from a wrapper's attributes.
struct Opts {
    /// The width, rounded down when it is a float (lengths are ints, so every comparison
    /// CPython makes gives the same answer).
    width: i64,
    /// `repr(width)` and `width <= 0` when it is a float: CPython then fails only where it
    /// slices by it.
    float_width: Option<(String, bool)>,
    initial_indent: String,
    subsequent_indent: String,
    expand_tabs: bool,
    tabsize: i64,
    replace_whitespace: bool,
    fix_sentence_endings: bool,
    break_long_words: bool,
    drop_whitespace: bool,
    /// `break_on_hyphens is True` (the regex choice) and its truth (long-word breaking).
    hyphens_regex: bool,
    break_on_hyphens: bool,
    max_lines: Option<i64>,
    placeholder: String,
}

fn int_attr(vm: &mut Vm, this: Value, name: &str) -> PyResult<i64> {
    let v = vm.getattr(this, name)?;
    match vm.unwrap_builtin(v) {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        other => {
            if vm.is_instance(other, BuiltinType::Int) {
                return vm.index_value(other);
            }
            let t = vm.type_name(v);
            // The messages of the first operation CPython applies to the attribute:
            // `text.expandtabs(tabsize)` and `width <= 0`.
            Err(Exc::type_error(if name == "tabsize" {
                format!("'{t}' object cannot be interpreted as an integer")
            } else {
                format!("'<=' not supported between instances of '{t}' and 'int'")
            }))
        }
    }
}

/// The `width` attribute: an int, or a float (rounded down, see [`Opts::float_width`]).
fn width_attr(vm: &mut Vm, this: Value) -> PyResult<(i64, Option<(String, bool)>)> {
    let v = vm.getattr(this, "width")?;
    if let Value::Float(f) = vm.unwrap_builtin(v) {
        let r = vm.repr(v)?;
        let floor = f.floor();
        let w = if floor.is_nan() {
            0
        } else if floor >= i64::MAX as f64 {
            i64::MAX / 2
        } else if floor <= i64::MIN as f64 {
            i64::MIN / 2
        } else {
            floor as i64
        };
        // NaN compares false with everything: `nan <= 0` is false, like a huge width.
        let w = if f.is_nan() { i64::MAX / 2 } else { w };
        return Ok((w, Some((r, f <= 0.0))));
    }
    Ok((int_attr(vm, this, "width")?, None))
}

fn str_attr(vm: &mut Vm, this: Value, name: &str) -> PyResult<String> {
    let v = vm.getattr(this, name)?;
    match str_of(vm, v) {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            // The first thing CPython does with an indent is take its length.
            Err(Exc::type_error(format!(
                "object of type '{t}' has no len()"
            )))
        }
    }
}

fn bool_attr(vm: &mut Vm, this: Value, name: &str) -> PyResult<bool> {
    let v = vm.getattr(this, name)?;
    vm.truthy(v)
}

fn read_opts(vm: &mut Vm, this: Value) -> PyResult<Opts> {
    let hyph = vm.getattr(this, "break_on_hyphens")?;
    let max_lines = vm.getattr(this, "max_lines")?;
    let max_lines = if max_lines.is_none() {
        None
    } else {
        Some(vm.index_value(max_lines)?)
    };
    let (width, float_width) = width_attr(vm, this)?;
    Ok(Opts {
        width,
        float_width,
        initial_indent: str_attr(vm, this, "initial_indent")?,
        subsequent_indent: str_attr(vm, this, "subsequent_indent")?,
        expand_tabs: bool_attr(vm, this, "expand_tabs")?,
        tabsize: int_attr(vm, this, "tabsize")?,
        replace_whitespace: bool_attr(vm, this, "replace_whitespace")?,
        fix_sentence_endings: bool_attr(vm, this, "fix_sentence_endings")?,
        break_long_words: bool_attr(vm, this, "break_long_words")?,
        drop_whitespace: bool_attr(vm, this, "drop_whitespace")?,
        hyphens_regex: matches!(hyph, Value::Bool(true)),
        break_on_hyphens: vm.truthy(hyph)?,
        // CPython only touches the placeholder when `max_lines` is set.
        placeholder: match max_lines {
            None => String::new(),
            Some(_) => {
                let v = vm.getattr(this, "placeholder")?;
                match str_of(vm, v) {
                    Some(s) => s,
                    None => {
                        let t = vm.type_name(v);
                        return Err(Exc::new(
                            BuiltinType::AttributeError,
                            format!("'{t}' object has no attribute 'lstrip'"),
                        ));
                    }
                }
            }
        },
        max_lines,
    })
}

// ---- the algorithm ------------------------------------------------------------------------------

/// The whitespace `textwrap` knows (ASCII only, unlike `str.split()`).
fn is_ws(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ')
}

/// `\w` of Python's `re` (Unicode).
fn is_word(c: char) -> bool {
    c == '_' || unicode::is_alnum(c)
}

/// `[^\d\W]`: a word character that is not a decimal digit.
fn is_letter(c: char) -> bool {
    is_word(c) && !unicode::is_decimal(c)
}

/// `[\w!"'&.,?]`.
fn is_word_punct(c: char) -> bool {
    is_word(c) || matches!(c, '!' | '"' | '\'' | '&' | '.' | ',' | '?')
}

/// `str.expandtabs(tabsize)`.
fn expand_tabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    for _ in 0..n {
                        out.push(' ');
                    }
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

/// A run of `count` hyphens starting at `i`, if followed by a word character, has length >= 2.
fn em_dash_at(c: &[char], i: usize) -> bool {
    let mut j = i;
    while j < c.len() && c[j] == '-' {
        j += 1;
    }
    j - i >= 2 && j < c.len() && is_word(c[j])
}

/// Splits text into chunks like `TextWrapper.wordsep_re.split`, filtered of empty strings.
fn split_words(c: &[char]) -> Vec<Vec<char>> {
    let n = c.len();
    let mut out = Vec::new();
    let mut p = 0;
    while p < n {
        let end = if is_ws(c[p]) {
            let mut e = p;
            while e < n && is_ws(c[e]) {
                e += 1;
            }
            e
        } else if p > 0 && is_word_punct(c[p - 1]) && c[p] == '-' && em_dash_at(c, p) {
            let mut e = p;
            while e < n && c[e] == '-' {
                e += 1;
            }
            e
        } else {
            word_end(c, p)
        };
        out.push(c[p..end].to_vec());
        p = end;
    }
    out
}

/// The end of the "word, possibly hyphenated" alternative of `wordsep_re` starting at `p`
/// (a non-whitespace character): the shortest run of non-whitespace that is followed by a
/// breakable hyphen, the end of the word, or an em-dash.
fn word_end(c: &[char], p: usize) -> usize {
    let n = c.len();
    let letter = |i: usize| c.get(i).is_some_and(|&ch| is_letter(ch));
    let mut e = p + 1;
    loop {
        // A hyphen inside a word: after two letters, or after "letter-letter-"; then a letter,
        // an optional hyphen and a letter must follow.
        if e < n && c[e] == '-' {
            let behind = (e >= 2 && letter(e - 2) && letter(e - 1))
                || (e >= 3 && letter(e - 3) && c[e - 2] == '-' && letter(e - 1));
            let ahead =
                letter(e + 1) && (letter(e + 2) || (c.get(e + 2) == Some(&'-') && letter(e + 3)));
            if behind && ahead {
                return e + 1;
            }
        }
        if e >= n || is_ws(c[e]) {
            return e;
        }
        if is_word_punct(c[e - 1]) && c[e] == '-' && em_dash_at(c, e) {
            return e;
        }
        e += 1;
    }
}

/// Splits on runs of whitespace, keeping them (`wordsep_simple_re`).
fn split_simple(c: &[char]) -> Vec<Vec<char>> {
    let mut out: Vec<Vec<char>> = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let ws = is_ws(c[i]);
        let mut j = i;
        while j < c.len() && is_ws(c[j]) == ws {
            j += 1;
        }
        out.push(c[i..j].to_vec());
        i = j;
    }
    out
}

fn is_blank(chunk: &[char]) -> bool {
    chunk
        .iter()
        .all(|&ch| crate::builtins::str::is_py_space(ch))
}

/// `sentence_end_re`: `[a-z][.!?][\"']?\Z`.
fn sentence_end(chunk: &[char]) -> bool {
    let n = chunk.len();
    let ends = |k: usize| {
        n >= k + 2
            && chunk[n - k - 2].is_ascii_lowercase()
            && matches!(chunk[n - k - 1], '.' | '!' | '?')
    };
    ends(0) || (n >= 1 && matches!(chunk[n - 1], '"' | '\'') && ends(1))
}

fn chunks_of(o: &Opts, text: &str) -> Vec<Vec<char>> {
    let mut t = if o.expand_tabs {
        expand_tabs(text, o.tabsize)
    } else {
        text.to_string()
    };
    if o.replace_whitespace {
        t = t.chars().map(|c| if is_ws(c) { ' ' } else { c }).collect();
    }
    let chars: Vec<char> = t.chars().collect();
    let mut chunks = if o.hyphens_regex {
        split_words(&chars)
    } else {
        split_simple(&chars)
    };
    if o.fix_sentence_endings {
        let mut i = 0;
        while i + 1 < chunks.len() {
            if chunks[i + 1] == [' '] && sentence_end(&chunks[i]) {
                chunks[i + 1] = vec![' ', ' '];
                i += 2;
            } else {
                i += 1;
            }
        }
    }
    chunks
}

fn handle_long_word(
    o: &Opts,
    rev: &mut Vec<Vec<char>>,
    cur_line: &mut Vec<Vec<char>>,
    cur_len: i64,
    width: i64,
) -> PyResult<()> {
    let space_left = if width < 1 { 1 } else { width - cur_len };
    if o.break_long_words {
        if o.float_width.is_some() && width >= 1 {
            // CPython slices the word by the float `width - cur_len`.
            return Err(Exc::type_error(
                "slice indices must be integers or None or have an __index__ method",
            ));
        }
        let Some(chunk) = rev.last().cloned() else {
            return Ok(());
        };
        let mut end = space_left.max(0) as usize;
        if o.break_on_hyphens && chunk.len() as i64 > space_left {
            let limit = end.min(chunk.len());
            if let Some(h) = chunk[..limit].iter().rposition(|&ch| ch == '-') {
                if h > 0 && chunk[..h].iter().any(|&ch| ch != '-') {
                    end = h + 1;
                }
            }
        }
        let end = end.min(chunk.len());
        cur_line.push(chunk[..end].to_vec());
        if let Some(last) = rev.last_mut() {
            *last = chunk[end..].to_vec();
        }
    } else if cur_line.is_empty() {
        if let Some(c) = rev.pop() {
            cur_line.push(c);
        }
    }
    Ok(())
}

fn line_len(line: &[Vec<char>]) -> i64 {
    line.iter().map(|c| c.len() as i64).sum()
}

fn join_line(indent: &str, line: &[Vec<char>]) -> String {
    let mut s = indent.to_string();
    for c in line {
        s.extend(c.iter());
    }
    s
}

fn wrap_chunks(vm: &mut Vm, o: &Opts, mut chunks: Vec<Vec<char>>) -> PyResult<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    let (nonpositive, shown) = match &o.float_width {
        Some((r, le0)) => (*le0, r.clone()),
        None => (o.width <= 0, o.width.to_string()),
    };
    if nonpositive {
        return Err(Exc::value_error(format!(
            "invalid width {} (must be > 0)",
            shown
        )));
    }
    let placeholder_len = o.placeholder.chars().count() as i64;
    if let Some(max_lines) = o.max_lines {
        let indent = if max_lines > 1 {
            &o.subsequent_indent
        } else {
            &o.initial_indent
        };
        let stripped = o
            .placeholder
            .trim_start_matches(crate::builtins::str::is_py_space);
        if indent.chars().count() as i64 + stripped.chars().count() as i64 > o.width {
            return Err(Exc::value_error("placeholder too large for max width"));
        }
    }
    chunks.reverse();
    let mut steps = 0u32;
    while !chunks.is_empty() {
        steps += 1;
        if steps.is_multiple_of(1024) {
            vm.check_limits()?;
        }
        let mut cur_line: Vec<Vec<char>> = Vec::new();
        let mut cur_len: i64 = 0;
        let indent = if lines.is_empty() {
            &o.initial_indent
        } else {
            &o.subsequent_indent
        };
        let width = o.width - indent.chars().count() as i64;
        if o.drop_whitespace && !lines.is_empty() && chunks.last().is_some_and(|c| is_blank(c)) {
            chunks.pop();
        }
        while let Some(last) = chunks.last() {
            let l = last.len() as i64;
            if cur_len + l <= width {
                if let Some(c) = chunks.pop() {
                    cur_line.push(c);
                }
                cur_len += l;
            } else {
                break;
            }
        }
        if chunks.last().is_some_and(|c| c.len() as i64 > width) {
            handle_long_word(o, &mut chunks, &mut cur_line, cur_len, width)?;
            cur_len = line_len(&cur_line);
        }
        if o.drop_whitespace && cur_line.last().is_some_and(|c| is_blank(c)) {
            if let Some(c) = cur_line.pop() {
                cur_len -= c.len() as i64;
            }
        }
        if cur_line.is_empty() {
            continue;
        }
        let fits = match o.max_lines {
            None => true,
            Some(m) => {
                (lines.len() as i64) + 1 < m
                    || ((chunks.is_empty()
                        || (o.drop_whitespace && chunks.len() == 1 && is_blank(&chunks[0])))
                        && cur_len <= width)
            }
        };
        if fits {
            lines.push(join_line(indent, &cur_line));
            continue;
        }
        let mut placed = false;
        while let Some(last) = cur_line.last() {
            if !is_blank(last) && cur_len + placeholder_len <= width {
                cur_line.push(o.placeholder.chars().collect());
                lines.push(join_line(indent, &cur_line));
                placed = true;
                break;
            }
            cur_len -= last.len() as i64;
            cur_line.pop();
        }
        if !placed {
            if let Some(prev) = lines.last() {
                let prev_line = prev.trim_end_matches(crate::builtins::str::is_py_space);
                if prev_line.chars().count() as i64 + placeholder_len <= o.width {
                    let joined = format!("{prev_line}{}", o.placeholder);
                    if let Some(l) = lines.last_mut() {
                        *l = joined;
                    }
                    break;
                }
            }
            let stripped = o
                .placeholder
                .trim_start_matches(crate::builtins::str::is_py_space);
            lines.push(format!("{indent}{stripped}"));
        }
        break;
    }
    Ok(lines)
}

fn text_arg(vm: &Vm, v: Value) -> PyResult<String> {
    match str_of(vm, v) {
        Some(s) => Ok(s),
        None => Err(Exc::attribute_error(format!(
            "'{}' object has no attribute 'expandtabs'",
            vm.type_name(v)
        ))),
    }
}

fn wrap_text(vm: &mut Vm, this: Value, text: Value) -> PyResult<Vec<String>> {
    let o = read_opts(vm, this)?;
    let text = text_arg(vm, text)?;
    vm.reserve(text.len() * 4)?;
    let chunks = chunks_of(&o, &text);
    wrap_chunks(vm, &o, chunks)
}

fn tw_wrap(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("TextWrapper.wrap", &["self", "text"], 2),
    )?;
    let lines = wrap_text(vm, b.or_none(0), b.or_none(1))?;
    str_list(vm, lines)
}

fn tw_fill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("TextWrapper.fill", &["self", "text"], 2),
    )?;
    let lines = wrap_text(vm, b.or_none(0), b.or_none(1))?;
    new_str(vm, lines.join("\n"))
}

/// Builds a TextWrapper from `wrap(text, width=70, **kwargs)`-style arguments.
fn wrapper_from(
    vm: &mut Vm,
    width: Value,
    extra: &[(Value, Value)],
    max_lines_one: bool,
) -> PyResult<Value> {
    let cls = wrapper_class(vm)?;
    let mut a = Args::default();
    let k = vm.new_str("width".into())?;
    a.kw.push((k, width));
    if max_lines_one {
        let k = vm.new_str("max_lines".into())?;
        a.kw.push((k, Value::Int(1)));
    }
    for (k, v) in extra {
        if max_lines_one && vm.str_eq_literal(*k, "max_lines") {
            return Err(Exc::type_error(
                "textwrap.TextWrapper() got multiple values for keyword argument 'max_lines'",
            ));
        }
        a.kw.push((*k, *v));
    }
    vm.call_args(cls, a)
}

fn wrap_sig(name: &str) -> Sig<'_> {
    Sig {
        name,
        params: &["text", "width"],
        npos: 2,
        posonly: 0,
        required: 1,
        kw_required: &[],
        varargs: false,
        varkw: true,
    }
}

fn wrap(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &wrap_sig("wrap"))?;
    let w = wrapper_from(vm, b.get(1).unwrap_or(Value::Int(70)), &b.extra, false)?;
    let lines = wrap_text(vm, w, b.or_none(0))?;
    str_list(vm, lines)
}

fn fill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &wrap_sig("fill"))?;
    let w = wrapper_from(vm, b.get(1).unwrap_or(Value::Int(70)), &b.extra, false)?;
    let lines = wrap_text(vm, w, b.or_none(0))?;
    new_str(vm, lines.join("\n"))
}

fn shorten(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let sig = Sig {
        name: "shorten",
        params: &["text", "width"],
        npos: 2,
        posonly: 0,
        required: 2,
        kw_required: &[],
        varargs: false,
        varkw: true,
    };
    let b = bind(vm, args, &sig)?;
    let w = wrapper_from(vm, b.or_none(1), &b.extra, true)?;
    let tv = b.or_none(0);
    let Some(text) = str_of(vm, tv) else {
        return Err(Exc::attribute_error(format!(
            "'{}' object has no attribute 'strip'",
            vm.type_name(tv)
        )));
    };
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let cv = vm.new_str(collapsed)?;
    let lines = wrap_text(vm, w, cv)?;
    new_str(vm, lines.join("\n"))
}

/// `dedent(text)`: removes the longest common leading run of spaces and tabs.
fn dedent(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("dedent", &["text"], 1))?;
    let tv = b.or_none(0);
    let Some(text) = str_of(vm, tv) else {
        // CPython runs a str regex over the argument.
        if vm.is_instance(tv, BuiltinType::Bytes) || vm.is_instance(tv, BuiltinType::ByteArray) {
            return Err(Exc::type_error(
                "cannot use a string pattern on a bytes-like object",
            ));
        }
        return Err(Exc::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(tv)
        )));
    };
    // Lines of only spaces and tabs become empty; the others contribute their indent.
    let lines: Vec<&str> = text.split('\n').collect();
    let mut cleaned: Vec<&str> = Vec::with_capacity(lines.len());
    let mut margin: Option<&str> = None;
    for line in &lines {
        let indent_len = line.len() - line.trim_start_matches([' ', '\t']).len();
        if indent_len == line.len() {
            cleaned.push(if line.is_empty() { line } else { "" });
            continue;
        }
        cleaned.push(line);
        let indent = &line[..indent_len];
        margin = Some(match margin {
            None => indent,
            Some(m) if indent.starts_with(m) => m,
            Some(m) if m.starts_with(indent) => indent,
            Some(m) => {
                let common = m
                    .bytes()
                    .zip(indent.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                &m[..common]
            }
        });
    }
    let margin = margin.unwrap_or("");
    let mut out = String::with_capacity(text.len());
    for (i, line) in cleaned.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match line.strip_prefix(margin) {
            Some(rest) if !margin.is_empty() => out.push_str(rest),
            _ => out.push_str(line),
        }
    }
    new_str(vm, out)
}

/// `indent(text, prefix, predicate=None)`.
fn indent(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("indent", &["text", "prefix", "predicate"], 2),
    )?;
    let tv = b.or_none(0);
    let Some(text) = str_of(vm, tv) else {
        return Err(Exc::attribute_error(format!(
            "'{}' object has no attribute 'splitlines'",
            vm.type_name(tv)
        )));
    };
    let pv = b.or_none(1);
    let predicate = b.or_none(2);
    let mut out = String::with_capacity(text.len());
    let lines = crate::modules::string::split_lines_keepends(&text);
    let mut prefix: Option<String> = None;
    for line in lines {
        let selected = if predicate.is_none() {
            !line
                .trim_matches(crate::builtins::str::is_py_space)
                .is_empty()
        } else {
            let lv = vm.new_str(line.to_string())?;
            let r = vm.call(predicate, &[lv])?;
            vm.truthy(r)?
        };
        if selected {
            if prefix.is_none() {
                prefix = Some(match str_of(vm, pv) {
                    Some(p) => p,
                    None => {
                        return Err(Exc::type_error(format!(
                            "unsupported operand type(s) for +: '{}' and 'str'",
                            vm.type_name(pv)
                        )))
                    }
                });
            }
            out.push_str(prefix.as_deref().unwrap_or(""));
        }
        out.push_str(line);
        if out.len() > 1 << 16 {
            vm.reserve(out.len())?;
        }
    }
    new_str(vm, out)
}
