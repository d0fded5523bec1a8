//! `urllib.parse`: URL splitting, joining, quoting and query strings, with CPython 3.11's
//! results and messages.
//!
//! Supported: `urlparse`, `urlsplit`, `urlunparse`, `urlunsplit`, `urljoin`, `urldefrag`
//! (results are `ParseResult`/`SplitResult`/`DefragResult` named tuples with `geturl()`,
//! `_replace`, `_asdict`, and `username`/`password`/`hostname`/`port`); `quote`, `quote_plus`,
//! `quote_from_bytes` (`safe=`, `encoding=`, `errors=`), `unquote`, `unquote_plus`,
//! `unquote_to_bytes`; `urlencode` (`doseq`, `safe`, `encoding`, `errors`, `quote_via`);
//! `parse_qs`/`parse_qsl` (`keep_blank_values`, `strict_parsing`, `encoding`, `errors`,
//! `max_num_fields`, `separator`).
//!
//! Not supported: bytes URLs in the parse/join functions (`ParseResultBytes` and friends —
//! NotImplementedError names it; `quote`/`unquote`/`urlencode` do accept bytes), the NFKC check
//! of non-ASCII netlocs, the deprecated `split*` helpers and `Quoter`. Bracketed hosts are
//! validated as IPv6 addresses by Rust's parser (scope ids allowed), close to `ipaddress`.

use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::support::{
    bind, bytes_like, fn_group, str_of, tuple_class, tuple_instance, Sig, TupleRepr,
};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

fn_group! {
    pub enum UrlParseFn {
        Module(ModFn),
        Result(ResultFn),
    }
}

native_methods! {
    pub enum ModFn {
        UrlParse => "urlparse" => urlparse,
        UrlSplit => "urlsplit" => urlsplit,
        UrlUnparse => "urlunparse" => urlunparse,
        UrlUnsplit => "urlunsplit" => urlunsplit,
        UrlJoin => "urljoin" => urljoin,
        UrlDefrag => "urldefrag" => urldefrag,
        Quote => "quote" => quote,
        QuotePlus => "quote_plus" => quote_plus,
        QuoteFromBytes => "quote_from_bytes" => quote_from_bytes,
        Unquote => "unquote" => unquote,
        UnquotePlus => "unquote_plus" => unquote_plus,
        UnquoteToBytes => "unquote_to_bytes" => unquote_to_bytes,
        UrlEncode => "urlencode" => urlencode,
        ParseQs => "parse_qs" => parse_qs,
        ParseQsl => "parse_qsl" => parse_qsl,
    }
}

native_methods! {
    pub enum ResultFn {
        GetUrl => "geturl" => geturl,
        Username => "username" => username,
        Password => "password" => password,
        Hostname => "hostname" => hostname,
        Port => "port" => port,
    }
}

fn f(which: ModFn) -> Value {
    func_value(ModuleFn::UrllibParse(UrlParseFn::Module(which)))
}

fn fr(which: ResultFn) -> Value {
    func_value(ModuleFn::UrllibParse(UrlParseFn::Result(which)))
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = ModFn::all_names()
        .iter()
        .filter_map(|n| ModFn::from_name(n).map(|w| (*n, f(w))))
        .collect();
    let p = parse_result_class(vm)?;
    let s = split_result_class(vm)?;
    let d = defrag_result_class(vm)?;
    out.push(("ParseResult", p));
    out.push(("SplitResult", s));
    out.push(("DefragResult", d));
    Ok(out)
}

fn netloc_attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut extra = vec![("geturl", fr(ResultFn::GetUrl))];
    for (name, which) in [
        ("username", ResultFn::Username),
        ("password", ResultFn::Password),
        ("hostname", ResultFn::Hostname),
        ("port", ResultFn::Port),
    ] {
        let p = vm.native_property(fr(which), None)?;
        extra.push((name, p));
    }
    Ok(extra)
}

fn parse_result_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("urllib.parse.ParseResult", |vm| {
        let extra = netloc_attrs(vm)?;
        tuple_class(
            vm,
            "ParseResult",
            "urllib.parse",
            &["scheme", "netloc", "path", "params", "query", "fragment"],
            TupleRepr::NamedTuple,
            extra,
        )
    })
}

fn split_result_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("urllib.parse.SplitResult", |vm| {
        let extra = netloc_attrs(vm)?;
        tuple_class(
            vm,
            "SplitResult",
            "urllib.parse",
            &["scheme", "netloc", "path", "query", "fragment"],
            TupleRepr::NamedTuple,
            extra,
        )
    })
}

fn defrag_result_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("urllib.parse.DefragResult", |vm| {
        tuple_class(
            vm,
            "DefragResult",
            "urllib.parse",
            &["url", "fragment"],
            TupleRepr::NamedTuple,
            vec![("geturl", fr(ResultFn::GetUrl))],
        )
    })
}

fn result(vm: &mut Vm, cls: Value, parts: Vec<String>) -> PyResult<Value> {
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        items.push(vm.new_str(p)?);
    }
    tuple_instance(vm, cls, items)
}

// ---- argument coercion --------------------------------------------------------------------------

/// A URL argument: str, else the error CPython's `_coerce_args` ends in.
fn url_arg(vm: &Vm, v: Value) -> PyResult<String> {
    if let Some(s) = str_of(vm, v) {
        return Ok(s);
    }
    if v.is_none() || bytes_like(vm, v).is_some() {
        return Err(Exc::new(
            BuiltinType::NotImplementedError,
            "montybox: urllib.parse does not support bytes URLs",
        ));
    }
    if let Value::Int(0) | Value::Bool(false) = v {
        return Err(Exc::new(
            BuiltinType::NotImplementedError,
            "montybox: urllib.parse does not support bytes URLs",
        ));
    }
    Err(Exc::attribute_error(format!(
        "'{}' object has no attribute 'decode'",
        vm.type_name(v)
    )))
}

/// Further arguments of `_coerce_args`: must be str when the URL is (empty values pass).
fn same_kind_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    if let Some(s) = str_of(vm, v) {
        return Ok(s);
    }
    if !vm.truthy(v)? {
        return Ok(String::new());
    }
    Err(Exc::type_error("Cannot mix str and non-str arguments"))
}

// ---- splitting ----------------------------------------------------------------------------------

const USES_RELATIVE: &[&str] = &[
    "", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms",
    "prospero", "rtsp", "rtsps", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss",
];
const USES_NETLOC: &[&str] = &[
    "", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp",
    "snews", "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git",
    "git+ssh", "ws", "wss",
];
const USES_PARAMS: &[&str] = &[
    "", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtsps", "rtspu",
    "sip", "sips", "mms", "sftp", "tel",
];

fn is_scheme_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')
}

fn is_c0_or_space(c: char) -> bool {
    c <= ' '
}

fn check_bracketed_host(host: &str) -> PyResult<()> {
    if let Some(rest) = host.strip_prefix('v') {
        let ok = match rest.split_once('.') {
            Some((hex, tail)) => {
                !hex.is_empty()
                    && hex.chars().all(|c| c.is_ascii_hexdigit())
                    && !tail.is_empty()
                    && !tail.contains('\n')
            }
            None => false,
        };
        if !ok {
            return Err(Exc::value_error("IPvFuture address is invalid"));
        }
        return Ok(());
    }
    if is_dotted_v4(host) {
        return Err(Exc::value_error("An IPv4 address cannot be in brackets"));
    }
    let addr = host.split('%').next().unwrap_or(host);
    let zone_ok = host
        .split_once('%')
        .is_none_or(|(_, z)| !z.is_empty() && !z.contains('%'));
    if addr.parse::<std::net::Ipv6Addr>().is_err() || !zone_ok {
        return Err(Exc::value_error(format!(
            "{} does not appear to be an IPv4 or IPv6 address",
            crate::builtins::str::repr_str(host)
        )));
    }
    Ok(())
}

fn is_dotted_v4(host: &str) -> bool {
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 3
                && p.chars().all(|c| c.is_ascii_digit())
                && p.parse::<u16>().is_ok_and(|n| n <= 255)
                && (p.len() == 1 || !p.starts_with('0'))
        })
}

/// `urlsplit(url, scheme, allow_fragments)` on str: `[scheme, netloc, path, query, fragment]`.
fn split_url(url: &str, default_scheme: &str, allow_fragments: bool) -> PyResult<[String; 5]> {
    let url = url.trim_start_matches(is_c0_or_space);
    let mut url: String = url
        .chars()
        .filter(|c| !matches!(c, '\t' | '\r' | '\n'))
        .collect();
    let mut scheme: String = default_scheme
        .trim_matches(is_c0_or_space)
        .chars()
        .filter(|c| !matches!(c, '\t' | '\r' | '\n'))
        .collect();
    let mut netloc = String::new();
    let mut query = String::new();
    let mut fragment = String::new();
    if let Some(i) = url.find(':') {
        let first = url.chars().next();
        if i > 0
            && first.is_some_and(|c| c.is_ascii_alphabetic())
            && url[..i].chars().all(is_scheme_char)
        {
            scheme = url[..i].to_ascii_lowercase();
            url = url[i + 1..].to_string();
        }
    }
    if url.starts_with("//") {
        let rest = &url[2..];
        let delim = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        netloc = rest[..delim].to_string();
        url = rest[delim..].to_string();
        let open = netloc.contains('[');
        let close = netloc.contains(']');
        if open != close {
            return Err(Exc::value_error("Invalid IPv6 URL"));
        }
        if open && close {
            let after = netloc.split_once('[').map(|(_, a)| a).unwrap_or("");
            let host = after.split_once(']').map(|(h, _)| h).unwrap_or(after);
            check_bracketed_host(host)?;
        }
    }
    if allow_fragments {
        if let Some((u, frag)) = url.split_once('#') {
            fragment = frag.to_string();
            url = u.to_string();
        }
    }
    if let Some((u, q)) = url.split_once('?') {
        query = q.to_string();
        url = u.to_string();
    }
    Ok([scheme, netloc, url, query, fragment])
}

fn split_params(url: &str) -> (String, String) {
    let i = if let Some(slash) = url.rfind('/') {
        match url[slash..].find(';') {
            Some(j) => slash + j,
            None => return (url.to_string(), String::new()),
        }
    } else {
        match url.find(';') {
            Some(i) => i,
            None => return (url.to_string(), String::new()),
        }
    };
    (url[..i].to_string(), url[i + 1..].to_string())
}

/// `urlparse` on str: `[scheme, netloc, path, params, query, fragment]`.
fn parse_url(url: &str, scheme: &str, allow_fragments: bool) -> PyResult<[String; 6]> {
    let [scheme, netloc, path, query, fragment] = split_url(url, scheme, allow_fragments)?;
    let (path, params) = if USES_PARAMS.contains(&scheme.as_str()) && path.contains(';') {
        split_params(&path)
    } else {
        (path, String::new())
    };
    Ok([scheme, netloc, path, params, query, fragment])
}

fn unsplit(parts: &[String; 5]) -> String {
    let [scheme, netloc, path, query, fragment] = parts;
    let mut url = path.clone();
    if !netloc.is_empty()
        || (!scheme.is_empty() && USES_NETLOC.contains(&scheme.as_str()) && !url.starts_with("//"))
    {
        if !url.is_empty() && !url.starts_with('/') {
            url.insert(0, '/');
        }
        url = format!("//{netloc}{url}");
    }
    if !scheme.is_empty() {
        url = format!("{scheme}:{url}");
    }
    if !query.is_empty() {
        url.push('?');
        url.push_str(query);
    }
    if !fragment.is_empty() {
        url.push('#');
        url.push_str(fragment);
    }
    url
}

fn unparse(parts: &[String; 6]) -> String {
    let [scheme, netloc, path, params, query, fragment] = parts;
    let path = if params.is_empty() {
        path.clone()
    } else {
        format!("{path};{params}")
    };
    unsplit(&[
        scheme.clone(),
        netloc.clone(),
        path,
        query.clone(),
        fragment.clone(),
    ])
}

fn url_sig(name: &str) -> Sig<'_> {
    Sig::simple(name, &["url", "scheme", "allow_fragments"], 1)
}

fn urlparse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &url_sig("urlparse"))?;
    let url = url_arg(vm, b.or_none(0))?;
    let scheme = match b.get(1) {
        Some(v) => same_kind_arg(vm, v)?,
        None => String::new(),
    };
    let frags = crate::modules::support::truth(vm, b.get(2), true)?;
    let parts = parse_url(&url, &scheme, frags)?;
    let cls = parse_result_class(vm)?;
    result(vm, cls, parts.to_vec())
}

fn urlsplit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &url_sig("urlsplit"))?;
    let url = url_arg(vm, b.or_none(0))?;
    let scheme = match b.get(1) {
        Some(v) => same_kind_arg(vm, v)?,
        None => String::new(),
    };
    let frags = crate::modules::support::truth(vm, b.get(2), true)?;
    let parts = split_url(&url, &scheme, frags)?;
    let cls = split_result_class(vm)?;
    result(vm, cls, parts.to_vec())
}

/// The string items of a components argument (`urlunparse(components)`).
fn components<const N: usize>(vm: &mut Vm, v: Value) -> PyResult<[String; N]> {
    // CPython unpacks the components with `_coerce_args(*components)`.
    let items = match vm.collect(v) {
        Ok(items) => items,
        Err(e)
            if vm.getattr_opt(v, "__iter__")?.is_none() && !vm.is_instance(v, BuiltinType::Str) =>
        {
            let _ = e;
            return Err(Exc::type_error(format!(
                "urllib.parse._coerce_args() argument after * must be an iterable, not {}",
                vm.type_name(v)
            )));
        }
        Err(e) => return Err(e),
    };
    if items.len() != N {
        let msg = if items.len() > N {
            format!("too many values to unpack (expected {})", N + 1)
        } else {
            format!(
                "not enough values to unpack (expected {}, got {})",
                N + 1,
                items.len() + 1
            )
        };
        return Err(Exc::value_error(msg));
    }
    let first = items[0];
    if str_of(vm, first).is_none() && vm.truthy(first)? {
        return Err(Exc::new(
            BuiltinType::NotImplementedError,
            "montybox: urllib.parse does not support bytes URLs",
        ));
    }
    let mut out: [String; N] = std::array::from_fn(|_| String::new());
    for (i, item) in items.into_iter().enumerate() {
        out[i] = same_kind_arg(vm, item)?;
    }
    Ok(out)
}

fn urlunparse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("urlunparse", &["components"], 1))?;
    let parts: [String; 6] = components(vm, b.or_none(0))?;
    vm.new_str(unparse(&parts))
}

fn urlunsplit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("urlunsplit", &["components"], 1))?;
    let parts: [String; 5] = components(vm, b.or_none(0))?;
    vm.new_str(unsplit(&parts))
}

fn join_urls(base: &str, url: &str, allow_fragments: bool) -> PyResult<String> {
    let [bscheme, bnetloc, bpath, bparams, bquery, _] = parse_url(base, "", allow_fragments)?;
    let [scheme, mut netloc, mut path, mut params, mut query, fragment] =
        parse_url(url, &bscheme, allow_fragments)?;
    if scheme != bscheme || !USES_RELATIVE.contains(&scheme.as_str()) {
        return Ok(url.to_string());
    }
    if USES_NETLOC.contains(&scheme.as_str()) {
        if !netloc.is_empty() {
            return Ok(unparse(&[scheme, netloc, path, params, query, fragment]));
        }
        netloc = bnetloc;
    }
    if path.is_empty() && params.is_empty() {
        path = bpath;
        params = bparams;
        if query.is_empty() {
            query = bquery;
        }
        return Ok(unparse(&[scheme, netloc, path, params, query, fragment]));
    }
    let mut base_parts: Vec<&str> = bpath.split('/').collect();
    if base_parts.last() != Some(&"") {
        base_parts.pop();
    }
    let segments: Vec<&str> = if path.starts_with('/') {
        path.split('/').collect()
    } else {
        let mut segs: Vec<&str> = base_parts;
        segs.extend(path.split('/'));
        if segs.len() > 2 {
            let last = segs.len() - 1;
            let mut kept: Vec<&str> = vec![segs[0]];
            kept.extend(segs[1..last].iter().filter(|s| !s.is_empty()));
            kept.push(segs[last]);
            segs = kept;
        }
        segs
    };
    let mut resolved: Vec<&str> = Vec::new();
    for seg in &segments {
        match *seg {
            ".." => {
                resolved.pop();
            }
            "." => {}
            s => resolved.push(s),
        }
    }
    if matches!(segments.last(), Some(&".") | Some(&"..")) {
        resolved.push("");
    }
    let mut joined = resolved.join("/");
    if joined.is_empty() {
        joined = "/".to_string();
    }
    Ok(unparse(&[scheme, netloc, joined, params, query, fragment]))
}

fn urljoin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("urljoin", &["base", "url", "allow_fragments"], 2),
    )?;
    let (bv, uv) = (b.or_none(0), b.or_none(1));
    if !vm.truthy(bv)? {
        return Ok(uv);
    }
    if !vm.truthy(uv)? {
        return Ok(bv);
    }
    let base = url_arg(vm, bv)?;
    let url = same_kind_arg(vm, uv)?;
    let frags = crate::modules::support::truth(vm, b.get(2), true)?;
    let s = join_urls(&base, &url, frags)?;
    vm.new_str(s)
}

fn urldefrag(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("urldefrag", &["url"], 1))?;
    let url = url_arg(vm, b.or_none(0))?;
    let (defrag, frag) = if url.contains('#') {
        let [s, n, p, a, q, frag] = parse_url(&url, "", true)?;
        (unparse(&[s, n, p, a, q, String::new()]), frag)
    } else {
        (url, String::new())
    };
    let cls = defrag_result_class(vm)?;
    result(vm, cls, vec![defrag, frag])
}

// ---- result properties --------------------------------------------------------------------------

fn items_of(vm: &Vm, v: Value) -> Vec<String> {
    vm.seq_items(v)
        .unwrap_or_default()
        .into_iter()
        .map(|x| str_of(vm, x).unwrap_or_default())
        .collect()
}

/// `geturl()` of the three result types (told apart by their number of fields).
fn geturl(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let it = items_of(vm, args.this());
    match it.len() {
        5 => geturl_split(vm, it),
        2 => geturl_defrag(vm, it),
        _ => geturl_parse(vm, it),
    }
}

fn geturl_parse(vm: &mut Vm, it: Vec<String>) -> PyResult<Value> {
    let parts: [String; 6] = std::array::from_fn(|i| it.get(i).cloned().unwrap_or_default());
    vm.new_str(unparse(&parts))
}

fn geturl_split(vm: &mut Vm, it: Vec<String>) -> PyResult<Value> {
    let parts: [String; 5] = std::array::from_fn(|i| it.get(i).cloned().unwrap_or_default());
    vm.new_str(unsplit(&parts))
}

fn geturl_defrag(vm: &mut Vm, it: Vec<String>) -> PyResult<Value> {
    let url = it.first().cloned().unwrap_or_default();
    let frag = it.get(1).cloned().unwrap_or_default();
    if frag.is_empty() {
        vm.new_str(url)
    } else {
        vm.new_str(format!("{url}#{frag}"))
    }
}

fn netloc_of(vm: &Vm, v: Value) -> String {
    items_of(vm, v).get(1).cloned().unwrap_or_default()
}

fn userinfo(netloc: &str) -> (Option<String>, Option<String>) {
    match netloc.rsplit_once('@') {
        Some((info, _)) => match info.split_once(':') {
            Some((u, p)) => (Some(u.to_string()), Some(p.to_string())),
            None => (Some(info.to_string()), None),
        },
        None => (None, None),
    }
}

fn hostinfo(netloc: &str) -> (String, Option<String>) {
    let host = netloc.rsplit_once('@').map(|(_, h)| h).unwrap_or(netloc);
    let (hostname, port) = match host.split_once('[') {
        Some((_, bracketed)) => {
            let (h, rest) = bracketed.split_once(']').unwrap_or((bracketed, ""));
            let port = rest.split_once(':').map(|(_, p)| p).unwrap_or("");
            (h.to_string(), port.to_string())
        }
        None => match host.split_once(':') {
            Some((h, p)) => (h.to_string(), p.to_string()),
            None => (host.to_string(), String::new()),
        },
    };
    (hostname, if port.is_empty() { None } else { Some(port) })
}

fn opt_str(vm: &mut Vm, s: Option<String>) -> PyResult<Value> {
    match s {
        Some(s) => vm.new_str(s),
        None => Ok(Value::None),
    }
}

fn username(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = netloc_of(vm, args.this());
    let u = userinfo(&n).0;
    opt_str(vm, u)
}

fn password(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = netloc_of(vm, args.this());
    let p = userinfo(&n).1;
    opt_str(vm, p)
}

fn hostname(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = netloc_of(vm, args.this());
    let (h, _) = hostinfo(&n);
    if h.is_empty() {
        return Ok(Value::None);
    }
    let s = match h.split_once('%') {
        Some((a, zone)) => format!("{}%{zone}", crate::builtins::str::unicode::lower(a)),
        None => crate::builtins::str::unicode::lower(&h),
    };
    vm.new_str(s)
}

fn port(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = netloc_of(vm, args.this());
    let Some(p) = hostinfo(&n).1 else {
        return Ok(Value::None);
    };
    let digits = p.chars().all(|c| c.is_ascii_digit());
    if !digits {
        return Err(Exc::value_error(format!(
            "Port could not be cast to integer value as {}",
            crate::builtins::str::repr_str(&p)
        )));
    }
    match p.parse::<u64>() {
        Ok(n) if n <= 65535 => Ok(Value::Int(n as i64)),
        _ => Err(Exc::value_error("Port out of range 0-65535")),
    }
}

// ---- quoting ------------------------------------------------------------------------------------

fn is_always_safe(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'~')
}

/// `quote_from_bytes` with a set of extra safe ASCII bytes.
fn quote_bytes(bs: &[u8], safe: &[u8]) -> String {
    let mut out = String::with_capacity(bs.len() * 3);
    for &b in bs {
        if is_always_safe(b) || (b < 128 && safe.contains(&b)) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push_str(&format!("{b:02X}"));
        }
    }
    out
}

/// The `safe` argument as ASCII bytes (non-ASCII characters are dropped, like CPython).
fn safe_arg(vm: &Vm, v: Option<Value>, default: &str) -> PyResult<Vec<u8>> {
    let Some(v) = v else {
        return Ok(default.as_bytes().to_vec());
    };
    if let Some(s) = str_of(vm, v) {
        return Ok(s.bytes().filter(|b| b.is_ascii()).collect());
    }
    if let Some(b) = bytes_like(vm, v) {
        return Ok(b.into_iter().filter(|b| b.is_ascii()).collect());
    }
    Err(Exc::type_error(format!(
        "'{}' object is not iterable",
        vm.type_name(v)
    )))
}

fn opt_text(vm: &Vm, v: Option<Value>) -> Option<String> {
    v.filter(|v| !v.is_none()).and_then(|v| str_of(vm, v))
}

/// `quote(string, safe, encoding, errors)` on a value.
fn quote_value(
    vm: &mut Vm,
    s: Value,
    safe: &[u8],
    encoding: Option<Value>,
    errors: Option<Value>,
    fname: &str,
) -> PyResult<String> {
    if let Some(text) = str_of(vm, s) {
        if text.is_empty() {
            return Ok(text);
        }
        let enc = opt_text(vm, encoding).unwrap_or_else(|| "utf-8".into());
        let err = opt_text(vm, errors).unwrap_or_else(|| "strict".into());
        let bytes = crate::builtins::bytes::encode(&text, &enc, &err)?;
        return Ok(quote_bytes(&bytes, safe));
    }
    if encoding.is_some_and(|e| !e.is_none()) {
        return Err(Exc::type_error(format!(
            "{fname}() doesn't support 'encoding' for bytes"
        )));
    }
    if errors.is_some_and(|e| !e.is_none()) {
        return Err(Exc::type_error(format!(
            "{fname}() doesn't support 'errors' for bytes"
        )));
    }
    match bytes_like(vm, s) {
        Some(b) => Ok(quote_bytes(&b, safe)),
        None => Err(Exc::type_error("quote_from_bytes() expected bytes")),
    }
}

fn quote_sig(name: &str) -> Sig<'_> {
    Sig::simple(name, &["string", "safe", "encoding", "errors"], 1)
}

fn quote(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &quote_sig("quote"))?;
    let safe = safe_arg(vm, b.get(1), "/")?;
    let s = quote_value(vm, b.or_none(0), &safe, b.get(2), b.get(3), "quote")?;
    vm.new_str(s)
}

fn quote_plus_value(
    vm: &mut Vm,
    s: Value,
    safe: &[u8],
    encoding: Option<Value>,
    errors: Option<Value>,
) -> PyResult<String> {
    let has_space = match str_of(vm, s) {
        Some(t) => t.contains(' '),
        None => bytes_like(vm, s).is_some_and(|b| b.contains(&b' ')),
    };
    if !has_space {
        return quote_value(vm, s, safe, encoding, errors, "quote");
    }
    let mut safe2 = safe.to_vec();
    safe2.push(b' ');
    let q = quote_value(vm, s, &safe2, encoding, errors, "quote")?;
    Ok(q.replace(' ', "+"))
}

fn quote_plus(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &quote_sig("quote_plus"))?;
    let safe = safe_arg(vm, b.get(1), "")?;
    let s = quote_plus_value(vm, b.or_none(0), &safe, b.get(2), b.get(3))?;
    vm.new_str(s)
}

fn quote_from_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("quote_from_bytes", &["bs", "safe"], 1),
    )?;
    let bs = b.or_none(0);
    if !(vm.is_instance(bs, BuiltinType::Bytes) || vm.is_instance(bs, BuiltinType::ByteArray)) {
        return Err(Exc::type_error("quote_from_bytes() expected bytes"));
    }
    let data = bytes_like(vm, bs).unwrap_or_default();
    let safe = safe_arg(vm, b.get(1), "/")?;
    vm.new_str(quote_bytes(&data, &safe))
}

fn hex_val(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// `unquote_to_bytes` on bytes.
fn unquote_bytes(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'%' {
            if let (Some(a), Some(b)) = (
                s.get(i + 1).copied().and_then(hex_val),
                s.get(i + 2).copied().and_then(hex_val),
            ) {
                out.push(a << 4 | b);
                i += 3;
                continue;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    out
}

/// `unquote` on str: percent-escapes are decoded run by run of ASCII text.
fn unquote_str(s: &str, encoding: &str, errors: &str) -> PyResult<String> {
    if !s.contains('%') {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        let ascii_len = rest.bytes().take_while(|b| b.is_ascii()).count();
        if ascii_len > 0 {
            let (run, tail) = rest.split_at(ascii_len);
            if run.contains('%') {
                let bytes = unquote_bytes(run.as_bytes());
                out.push_str(&crate::builtins::bytes::decode(&bytes, encoding, errors)?);
            } else {
                out.push_str(run);
            }
            rest = tail;
        } else {
            let n = rest
                .char_indices()
                .find(|(_, c)| c.is_ascii())
                .map(|(i, _)| i)
                .unwrap_or(rest.len());
            out.push_str(&rest[..n]);
            rest = &rest[n..];
        }
    }
    Ok(out)
}

fn unquote_value(
    vm: &mut Vm,
    s: Value,
    encoding: Option<Value>,
    errors: Option<Value>,
    plus: bool,
) -> PyResult<String> {
    let enc = opt_text(vm, encoding).unwrap_or_else(|| "utf-8".into());
    let err = opt_text(vm, errors).unwrap_or_else(|| "replace".into());
    if let Some(text) = str_of(vm, s) {
        let text = if plus { text.replace('+', " ") } else { text };
        return unquote_str(&text, &enc, &err);
    }
    if vm.is_instance(s, BuiltinType::Bytes) && !plus {
        let b = bytes_like(vm, s).unwrap_or_default();
        return crate::builtins::bytes::decode(&unquote_bytes(&b), &enc, &err);
    }
    if plus {
        return Err(Exc::type_error(if vm.is_instance(s, BuiltinType::Bytes) {
            "a bytes-like object is required, not 'str'".to_string()
        } else {
            format!("'{}' object has no attribute 'replace'", vm.type_name(s))
        }));
    }
    Err(Exc::type_error(format!(
        "argument of type '{}' is not iterable",
        vm.type_name(s)
    )))
}

fn unquote_sig(name: &str) -> Sig<'_> {
    Sig::simple(name, &["string", "encoding", "errors"], 1)
}

fn unquote(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &unquote_sig("unquote"))?;
    let s = unquote_value(vm, b.or_none(0), b.get(1), b.get(2), false)?;
    vm.new_str(s)
}

fn unquote_plus(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &unquote_sig("unquote_plus"))?;
    let s = unquote_value(vm, b.or_none(0), b.get(1), b.get(2), true)?;
    vm.new_str(s)
}

fn unquote_to_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("unquote_to_bytes", &["string"], 1))?;
    let v = b.or_none(0);
    let data = if let Some(s) = str_of(vm, v) {
        s.into_bytes()
    } else if let Some(b) = bytes_like(vm, v) {
        b
    } else if !vm.truthy(v)? {
        Vec::new()
    } else {
        return Err(Exc::attribute_error(format!(
            "'{}' object has no attribute 'split'",
            vm.type_name(v)
        )));
    };
    vm.new_bytes(unquote_bytes(&data))
}

// ---- urlencode ----------------------------------------------------------------------------------

/// How `urlencode` quotes each key and value.
enum QuoteVia {
    Plus,
    Quote,
    Callable(Value),
}

fn apply_quote(
    vm: &mut Vm,
    via: &QuoteVia,
    v: Value,
    safe: Value,
    encoding: Value,
    errors: Value,
) -> PyResult<String> {
    let is_bytes = vm.is_instance(v, BuiltinType::Bytes);
    let s = if is_bytes {
        v
    } else {
        let text = vm.to_str(v)?;
        vm.new_str(text)?
    };
    match via {
        QuoteVia::Plus | QuoteVia::Quote => {
            let default_safe = if matches!(via, QuoteVia::Quote) {
                "/"
            } else {
                ""
            };
            let safe_b = safe_arg(vm, Some(safe), default_safe)?;
            let (enc, err) = if is_bytes {
                (None, None)
            } else {
                (Some(encoding), Some(errors))
            };
            match via {
                QuoteVia::Plus => quote_plus_value(vm, s, &safe_b, enc, err),
                _ => quote_value(vm, s, &safe_b, enc, err, "quote"),
            }
        }
        QuoteVia::Callable(f) => {
            let r = if is_bytes {
                vm.call(*f, &[s, safe])?
            } else {
                vm.call(*f, &[s, safe, encoding, errors])?
            };
            match str_of(vm, r) {
                Some(t) => Ok(t),
                None => Err(Exc::type_error(format!(
                    "unsupported operand type(s) for +: '{}' and 'str'",
                    vm.type_name(r)
                ))),
            }
        }
    }
}

fn urlencode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple(
            "urlencode",
            &["query", "doseq", "safe", "encoding", "errors", "quote_via"],
            1,
        ),
    )?;
    let query = b.or_none(0);
    let doseq = crate::modules::support::truth(vm, b.get(1), false)?;
    let safe = match b.get(2) {
        Some(v) => v,
        None => vm.new_str(String::new())?,
    };
    let encoding = b.or_none(3);
    let errors = b.or_none(4);
    let via = match b.get(5) {
        None => QuoteVia::Plus,
        Some(Value::Builtin(crate::builtins::Builtin::Module(ModuleFn::UrllibParse(
            UrlParseFn::Module(ModFn::QuotePlus),
        )))) => QuoteVia::Plus,
        Some(Value::Builtin(crate::builtins::Builtin::Module(ModuleFn::UrllibParse(
            UrlParseFn::Module(ModFn::Quote),
        )))) => QuoteVia::Quote,
        Some(v) => QuoteVia::Callable(v),
    };
    let pairs: Vec<Value> = if vm.getattr_opt(query, "items")?.is_some() {
        let items = vm.getattr(query, "items")?;
        let it = vm.call(items, &[])?;
        vm.collect(it)?
    } else {
        let bad = || Exc::type_error("not a valid non-string sequence or mapping object");
        let n = vm.len(query).map_err(|_| bad())?;
        if n > 0 {
            let first = vm.getitem(query, Value::Int(0)).map_err(|_| bad())?;
            if !vm.is_instance(first, BuiltinType::Tuple) {
                return Err(bad());
            }
        }
        vm.collect(query)?
    };
    let mut parts: Vec<String> = Vec::with_capacity(pairs.len());
    for pair in pairs {
        let kv = vm.collect(pair)?;
        let [k, v] = kv[..] else {
            let msg = if kv.len() > 2 {
                "too many values to unpack (expected 2)".to_string()
            } else {
                format!("not enough values to unpack (expected 2, got {})", kv.len())
            };
            return Err(Exc::value_error(msg));
        };
        let key = apply_quote(vm, &via, k, safe, encoding, errors)?;
        let is_str_or_bytes =
            vm.is_instance(v, BuiltinType::Str) || vm.is_instance(v, BuiltinType::Bytes);
        if !doseq || is_str_or_bytes {
            let val = apply_quote(vm, &via, v, safe, encoding, errors)?;
            parts.push(format!("{key}={val}"));
            continue;
        }
        if vm.len(v).is_err() {
            let val = apply_quote(vm, &via, v, safe, encoding, errors)?;
            parts.push(format!("{key}={val}"));
            continue;
        }
        for elt in vm.collect(v)? {
            let val = apply_quote(vm, &via, elt, safe, encoding, errors)?;
            parts.push(format!("{key}={val}"));
        }
    }
    let s = parts.join("&");
    crate::modules::support::new_str(vm, s)
}

// ---- query strings ------------------------------------------------------------------------------

fn qs_sig(name: &str) -> Sig<'_> {
    Sig::simple(
        name,
        &[
            "qs",
            "keep_blank_values",
            "strict_parsing",
            "encoding",
            "errors",
            "max_num_fields",
            "separator",
        ],
        1,
    )
}

fn parse_pairs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<(String, String)>> {
    let b = bind(vm, args, &qs_sig(name))?;
    let qv = b.or_none(0);
    let qs = match str_of(vm, qv) {
        Some(s) => s,
        None if !vm.truthy(qv)? => String::new(),
        None if bytes_like(vm, qv).is_some() => {
            return Err(Exc::new(
                BuiltinType::NotImplementedError,
                "montybox: urllib.parse.parse_qs does not support bytes query strings",
            ))
        }
        None => {
            return Err(Exc::attribute_error(format!(
                "'{}' object has no attribute 'decode'",
                vm.type_name(qv)
            )))
        }
    };
    let keep_blank = crate::modules::support::truth(vm, b.get(1), false)?;
    let strict = crate::modules::support::truth(vm, b.get(2), false)?;
    let encoding = opt_text(vm, b.get(3)).unwrap_or_else(|| "utf-8".into());
    let errors = opt_text(vm, b.get(4)).unwrap_or_else(|| "replace".into());
    let separator = match b.get(6) {
        None => "&".to_string(),
        Some(v) => match str_of(vm, v) {
            Some(s) if !s.is_empty() => s,
            _ => {
                return Err(Exc::value_error(
                    "Separator must be of type string or bytes.",
                ))
            }
        },
    };
    if let Some(m) = b.get(5).filter(|v| !v.is_none()) {
        let num = if qs.is_empty() {
            0
        } else {
            1 + qs.matches(separator.as_str()).count() as i64
        };
        let max = vm.index_value(m)?;
        if max < num {
            return Err(Exc::value_error("Max number of fields exceeded"));
        }
    }
    let mut out = Vec::new();
    if qs.is_empty() {
        return Ok(out);
    }
    for nv in qs.split(separator.as_str()) {
        if nv.is_empty() && !strict {
            continue;
        }
        let (name, value) = match nv.split_once('=') {
            Some((n, v)) => (n, v),
            None => {
                if strict {
                    return Err(Exc::value_error(format!(
                        "bad query field: {}",
                        crate::builtins::str::repr_str(nv)
                    )));
                }
                if !keep_blank {
                    continue;
                }
                (nv, "")
            }
        };
        if !value.is_empty() || keep_blank {
            let n = unquote_str(&name.replace('+', " "), &encoding, &errors)?;
            let v = unquote_str(&value.replace('+', " "), &encoding, &errors)?;
            out.push((n, v));
        }
    }
    Ok(out)
}

fn parse_qsl(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pairs = parse_pairs(vm, args, "parse_qsl")?;
    let mut items = Vec::with_capacity(pairs.len());
    for (n, v) in pairs {
        let nv = vm.new_str(n)?;
        let vv = vm.new_str(v)?;
        items.push(vm.new_tuple(vec![nv, vv])?);
    }
    vm.new_list(items)
}

fn parse_qs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pairs = parse_pairs(vm, args, "parse_qs")?;
    let mut d = Dict::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut lists: Vec<(String, Value)> = Vec::new();
    for (n, v) in pairs {
        let vv = vm.new_str(v)?;
        match index.get(&n) {
            Some(&i) => vm.list_append(lists[i].1, vv)?,
            None => {
                let l = vm.new_list(vec![vv])?;
                index.insert(n.clone(), lists.len());
                lists.push((n, l));
            }
        }
    }
    for (n, l) in lists {
        vm.dict_insert_str(&mut d, &n, l)?;
    }
    vm.new_dict(d)
}
