//! Iteration and generators: `iter()`/`next()`, `for` loops, unpacking, `yield`, `yield from`,
//! and resuming generator frames on the frame stack (no Rust recursion).

use super::{Flow, Frame, LoopExit, OnReturn, Resume, Vm};
use crate::builtins::generator::{GenKind, GenState};
use crate::builtins::iter::IterObj;
use crate::error::{Exc, PyResult};
use crate::heap::{DictViewKind, ObjId, Object};
use crate::types::BuiltinType;
use crate::value::Value;

impl Vm {
    /// `iter(v)` from native code.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Some(it) = self.native_iter(v)? {
            return Ok(it);
        }
        if let Some(m) = self.lookup_user(v, "__iter__")? {
            let it = self.call(m, &[])?;
            if !self.is_iterator(it)? {
                let t = self.type_name(it);
                return Err(Exc::type_error(format!(
                    "iter() returned non-iterator of type '{t}'"
                )));
            }
            return Ok(it);
        }
        self.iter_fallback(v)
    }

    /// `GetIter`.
    pub(crate) fn get_iter_flow(&mut self, v: Value) -> PyResult<Flow> {
        if let Some(it) = self.native_iter(v)? {
            return Ok(Flow::Value(it));
        }
        if let Some(m) = self.lookup_user(v, "__iter__")? {
            return self.call_flow(m, &[], OnReturn::CheckIter);
        }
        self.iter_fallback(v).map(Flow::Value)
    }

    fn iter_fallback(&mut self, v: Value) -> PyResult<Value> {
        // A subclass of a built-in type iterates like the type, even if it overrides
        // `__getitem__` (CPython uses the type's `tp_iter`).
        if let Some(p) = self.payload(v) {
            return self.get_iter(p);
        }
        if self.lookup_user(v, "__getitem__")?.is_some() {
            return self.alloc(Object::Iter(Box::new(IterObj::GetItem {
                seq: v,
                index: 0,
            })));
        }
        let t = self.type_name(v);
        Err(Exc::type_error(format!("'{t}' object is not iterable")))
    }

    /// The iterator of a built-in iterable (or the value itself for iterators).
    fn native_iter(&mut self, v: Value) -> PyResult<Option<Value>> {
        let Value::Obj(id) = v else { return Ok(None) };
        let it = match self.heap.get(id) {
            Object::List(_) => IterObj::List { list: id, index: 0 },
            Object::Tuple(_) => IterObj::Tuple {
                tuple: id,
                index: 0,
            },
            Object::Str(s) => IterObj::Str {
                s: id,
                byte_pos: 0,
                ascii: s.is_ascii(),
            },
            Object::Bytes(_) => IterObj::Bytes {
                bytes: id,
                index: 0,
                bytearray: false,
            },
            Object::ByteArray(_) => IterObj::Bytes {
                bytes: id,
                index: 0,
                bytearray: true,
            },
            Object::Range(r) => r.iter_obj(),
            Object::Dict(d) => IterObj::Dict {
                dict: id,
                pos: 0,
                kind: DictViewKind::Keys,
                used: d.len(),
            },
            Object::DictView(d, kind) => {
                let used = match self.heap.get(*d) {
                    Object::Dict(dd) => dd.len(),
                    _ => 0,
                };
                IterObj::Dict {
                    dict: *d,
                    pos: 0,
                    kind: *kind,
                    used,
                }
            }
            Object::Set(s) | Object::FrozenSet(s) => IterObj::Set {
                set: id,
                pos: 0,
                used: s.len(),
            },
            Object::Iter(_) => return Ok(Some(v)),
            Object::Generator(g) if g.kind == GenKind::Generator => return Ok(Some(v)),
            _ => return Ok(None),
        };
        self.alloc(Object::Iter(Box::new(it))).map(Some)
    }

    /// Whether `iter(v)` would succeed.
    pub fn is_iterable(&mut self, v: Value) -> PyResult<bool> {
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Object::List(_)
                | Object::Tuple(_)
                | Object::Str(_)
                | Object::Bytes(_)
                | Object::ByteArray(_)
                | Object::Range(_)
                | Object::Dict(_)
                | Object::DictView(..)
                | Object::Set(_)
                | Object::FrozenSet(_)
                | Object::Iter(_) => return Ok(true),
                Object::Generator(g) => return Ok(g.kind == GenKind::Generator),
                Object::Instance(_) => {
                    return Ok(self.has_user_special(v, "__iter__")
                        || self.has_user_special(v, "__getitem__")
                        || self.payload(v).is_some())
                }
                _ => {}
            }
        }
        Ok(false)
    }

    /// Whether `v` is an iterator (has `__next__`).
    pub fn is_iterator(&mut self, v: Value) -> PyResult<bool> {
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Object::Iter(_) => return Ok(true),
                Object::Generator(g) => return Ok(g.kind == GenKind::Generator),
                Object::Instance(_) => return Ok(self.has_user_special(v, "__next__")),
                _ => {}
            }
        }
        Ok(false)
    }

    /// Steps any iterator from native code: `Some(item)`, or `None` when exhausted.
    pub(crate) fn iter_next_or_return_pub(&mut self, it: Value) -> PyResult<Option<Value>> {
        self.iter_next_or_return(it)
    }

    /// Like `iter_next`, but a native iterator's StopIteration (carrying a return value) is
    /// passed on, for `yield from`.
    fn iter_next_or_return(&mut self, it: Value) -> PyResult<Option<Value>> {
        match it {
            Value::Obj(id) if matches!(self.heap.get(id), Object::Iter(_)) => self.native_next(id),
            _ => self.iter_next(it),
        }
    }

    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Value::Obj(id) = it else {
            return Err(self.not_an_iterator(it));
        };
        match self.heap.get(id) {
            Object::Iter(_) => match self.native_next(id) {
                // A native iterator that returns a value (`future.__await__()`) ends the loop.
                Err(e) if self.exc_is(&e, BuiltinType::StopIteration) => Ok(None),
                other => other,
            },
            Object::Generator(g) if g.kind == GenKind::Generator => {
                if g.state == GenState::Done {
                    return Ok(None);
                }
                match self.gen_resume_nested(it, Resume::Value(Value::None)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_is(&e, BuiltinType::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            Object::Instance(_) => match self.lookup_user(it, "__next__")? {
                Some(m) => match self.call(m, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_is(&e, BuiltinType::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                },
                None => Err(self.not_an_iterator(it)),
            },
            _ => Err(self.not_an_iterator(it)),
        }
    }

    pub(crate) fn not_an_iterator(&self, it: Value) -> Exc {
        let t = self.type_name(it);
        Exc::type_error(format!("'{t}' object is not an iterator"))
    }

    /// `ForIter`: `None` when exhausted.
    pub(crate) fn for_iter_flow(&mut self, it: Value, target: u32) -> PyResult<Option<Flow>> {
        let Value::Obj(id) = it else {
            return Err(self.not_an_iterator(it));
        };
        match self.heap.get(id) {
            Object::Iter(_) => Ok(self.native_next(id)?.map(Flow::Value)),
            Object::Generator(g) if g.kind == GenKind::Generator => {
                if g.state == GenState::Done {
                    return Ok(None);
                }
                self.resume_generator(
                    it,
                    Resume::Value(Value::None),
                    OnReturn::GenNext {
                        for_iter: Some(target),
                    },
                )?;
                Ok(Some(Flow::Frame))
            }
            Object::Instance(_) => match self.lookup_user(it, "__next__")? {
                Some(m) => match self.call_flow(m, &[], OnReturn::ForIterNext { target }) {
                    Ok(f) => Ok(Some(f)),
                    // A native `__next__` (stdlib iterator class) ends the loop directly.
                    Err(e) if self.exc_is(&e, BuiltinType::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                },
                None => Err(self.not_an_iterator(it)),
            },
            _ => Err(self.not_an_iterator(it)),
        }
    }

    /// Steps a built-in iterator object.
    fn native_next(&mut self, id: ObjId) -> PyResult<Option<Value>> {
        self.native_tick()?;
        let mut state = match self.heap.get_mut(id) {
            Object::Iter(it) => {
                std::mem::replace(it.as_mut(), IterObj::Done(BuiltinType::ListIterator))
            }
            _ => return Err(Exc::internal("not an iterator object")),
        };
        let kind = state.builtin_type();
        let r = self.step_iter(&mut state);
        let done = matches!(r, Ok(None)) || r.is_err();
        if let Object::Iter(it) = self.heap.get_mut(id) {
            **it = if done && !matches!(state, IterObj::Done(_)) {
                IterObj::Done(kind)
            } else {
                state
            };
        }
        r
    }

    fn step_iter(&mut self, state: &mut IterObj) -> PyResult<Option<Value>> {
        match state {
            IterObj::List { list, index } => {
                let v = match self.heap.get(*list) {
                    Object::List(items) => items.get(*index).copied(),
                    _ => None,
                };
                *index += 1;
                Ok(v)
            }
            IterObj::ListReverse { list, index } => {
                if *index < 0 {
                    return Ok(None);
                }
                let v = match self.heap.get(*list) {
                    Object::List(items) => items.get(*index as usize).copied(),
                    _ => None,
                };
                *index -= 1;
                Ok(v)
            }
            IterObj::Tuple { tuple, index } => {
                let v = match self.heap.get(*tuple) {
                    Object::Tuple(items) => items.get(*index).copied(),
                    _ => None,
                };
                *index += 1;
                Ok(v)
            }
            IterObj::Str { s, byte_pos, .. } => {
                let ch = match self.heap.get(*s) {
                    Object::Str(st) => st.s[*byte_pos..].chars().next(),
                    _ => None,
                };
                match ch {
                    Some(c) => {
                        *byte_pos += c.len_utf8();
                        self.new_str(c.to_string()).map(Some)
                    }
                    None => Ok(None),
                }
            }
            IterObj::Bytes { bytes, index, .. } => {
                let v = match self.heap.get(*bytes) {
                    Object::Bytes(b) | Object::ByteArray(b) => b.get(*index).copied(),
                    _ => None,
                };
                *index += 1;
                Ok(v.map(|b| Value::Int(b as i64)))
            }
            IterObj::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining == 0 {
                    return Ok(None);
                }
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                Ok(Some(Value::Int(v)))
            }
            IterObj::LongRange(it) => match it.next_item() {
                Some(b) => self.new_int_big(b).map(Some),
                None => Ok(None),
            },
            IterObj::Dict {
                dict,
                pos,
                kind,
                used,
            } => {
                let (len, positions) = match self.heap.get(*dict) {
                    Object::Dict(d) => (d.len(), d.positions()),
                    _ => (0, 0),
                };
                if len != *used {
                    *used = usize::MAX;
                    return Err(Exc::runtime_error(
                        "dictionary changed size during iteration",
                    ));
                }
                while *pos < positions {
                    let e = match self.heap.get(*dict) {
                        Object::Dict(d) => d.entry(*pos).copied(),
                        _ => None,
                    };
                    *pos += 1;
                    if let Some(e) = e {
                        return Ok(Some(match kind {
                            DictViewKind::Keys => e.key,
                            DictViewKind::Values => e.value,
                            DictViewKind::Items => self.new_tuple(vec![e.key, e.value])?,
                        }));
                    }
                }
                Ok(None)
            }
            IterObj::DictReverse {
                dict,
                pos,
                kind,
                used,
            } => {
                let len = match self.heap.get(*dict) {
                    Object::Dict(d) => d.len(),
                    _ => 0,
                };
                if len != *used {
                    *used = usize::MAX;
                    return Err(Exc::runtime_error(
                        "dictionary changed size during iteration",
                    ));
                }
                while *pos > 0 {
                    *pos -= 1;
                    let e = match self.heap.get(*dict) {
                        Object::Dict(d) => d.entry(*pos).copied(),
                        _ => None,
                    };
                    if let Some(e) = e {
                        return Ok(Some(match kind {
                            DictViewKind::Keys => e.key,
                            DictViewKind::Values => e.value,
                            DictViewKind::Items => self.new_tuple(vec![e.key, e.value])?,
                        }));
                    }
                }
                Ok(None)
            }
            IterObj::Set { set, pos, used } => {
                let (len, slots) = match self.heap.get(*set) {
                    Object::Set(s) | Object::FrozenSet(s) => (s.len(), s.slots()),
                    _ => (0, 0),
                };
                if len != *used {
                    *used = usize::MAX;
                    return Err(Exc::runtime_error("Set changed size during iteration"));
                }
                while *pos < slots {
                    let k = match self.heap.get(*set) {
                        Object::Set(s) | Object::FrozenSet(s) => s.slot(*pos).map(|e| e.key),
                        _ => None,
                    };
                    *pos += 1;
                    if let Some(k) = k {
                        return Ok(Some(k));
                    }
                }
                Ok(None)
            }
            IterObj::GetItem { seq, index } => {
                let (s, i) = (*seq, *index);
                *index += 1;
                match self.getitem(s, Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if self.exc_is(&e, BuiltinType::IndexError)
                            || self.exc_is(&e, BuiltinType::StopIteration) =>
                    {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterObj::Reversed { seq, index } => {
                if *index < 0 {
                    return Ok(None);
                }
                let (s, i) = (*seq, *index);
                *index -= 1;
                match self.getitem(s, Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if self.exc_is(&e, BuiltinType::IndexError)
                            || self.exc_is(&e, BuiltinType::StopIteration) =>
                    {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterObj::Enumerate { iter, count } => {
                let it = *iter;
                match self.iter_next(it)? {
                    Some(v) => {
                        let c = *count;
                        *count += 1;
                        self.new_tuple(vec![Value::Int(c), v]).map(Some)
                    }
                    None => Ok(None),
                }
            }
            IterObj::Zip { iters, strict } => {
                if iters.is_empty() {
                    return Ok(None);
                }
                let its = iters.clone();
                let mut items = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.iter_next(*it)? {
                        Some(v) => items.push(v),
                        None => {
                            if *strict {
                                if i > 0 {
                                    let plural = if i == 1 { "" } else { "s" };
                                    return Err(Exc::value_error(format!(
                                        "zip() argument {} is shorter than argument{plural} 1{}",
                                        i + 1,
                                        if i == 1 {
                                            String::new()
                                        } else {
                                            format!("-{i}")
                                        }
                                    )));
                                }
                                for (j, rest) in its.iter().enumerate().skip(1) {
                                    if self.iter_next(*rest)?.is_some() {
                                        let plural = if j == 1 { "" } else { "s" };
                                        return Err(Exc::value_error(format!(
                                            "zip() argument {} is longer than argument{plural} 1{}",
                                            j + 1,
                                            if j == 1 {
                                                String::new()
                                            } else {
                                                format!("-{j}")
                                            }
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                self.new_tuple(items).map(Some)
            }
            IterObj::Map { func, iters } => {
                let (f, its) = (*func, iters.clone());
                let mut args = Vec::with_capacity(its.len());
                for it in its {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(f, &args).map(Some)
            }
            IterObj::Filter { func, iter } => {
                let (f, it) = (*func, *iter);
                loop {
                    match self.iter_next(it)? {
                        Some(v) => {
                            let keep = if f.is_none() {
                                self.truthy(v)?
                            } else {
                                let r = self.call(f, &[v])?;
                                self.truthy(r)?
                            };
                            if keep {
                                return Ok(Some(v));
                            }
                        }
                        None => return Ok(None),
                    }
                }
            }
            IterObj::Callable { func, sentinel } => {
                let (f, s) = (*func, *sentinel);
                let v = self.call(f, &[])?;
                if self.eq(v, s)? {
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            IterObj::AwaitFuture { fut, yielded } => {
                let fut = *fut;
                let outcome = self.future_outcome_pub(fut);
                let sleep0 = self.is_sleep0(fut);
                if !*yielded && (outcome.is_none() || sleep0) {
                    *yielded = true;
                    return Ok(Some(if sleep0 { Value::None } else { Value::Obj(fut) }));
                }
                match outcome {
                    Some(Resume::Value(v)) => Err(Exc::stop_iteration(v)),
                    Some(Resume::Throw(e)) => match e {
                        Value::Obj(eid) => Err(Exc::Object(eid)),
                        _ => Err(Exc::internal("exception")),
                    },
                    None => Err(Exc::runtime_error("await wasn't used with future")),
                }
            }
            IterObj::Done(_) => Ok(None),
        }
    }

    /// `operator.length_hint` for built-in iterators.
    pub fn iter_length_hint(&mut self, it: Value) -> PyResult<usize> {
        let Value::Obj(id) = it else { return Ok(0) };
        Ok(match self.heap.get(id) {
            Object::Iter(i) => match i.as_ref() {
                IterObj::List { list, index } => match self.heap.get(*list) {
                    Object::List(l) => l.len().saturating_sub(*index),
                    _ => 0,
                },
                IterObj::Tuple { tuple, index } => match self.heap.get(*tuple) {
                    Object::Tuple(l) => l.len().saturating_sub(*index),
                    _ => 0,
                },
                IterObj::Range { remaining, .. } => *remaining as usize,
                IterObj::LongRange(it) => it.remaining(),
                _ => 0,
            },
            _ => 0,
        })
    }

    /// Iterates `v` to the end into a vector (`list(v)`).
    pub fn collect(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Object::List(items) | Object::Tuple(items) => return Ok(items.clone()),
                Object::Dict(d) => return Ok(d.keys().collect()),
                Object::Set(s) | Object::FrozenSet(s) => return Ok(s.keys().collect()),
                Object::Range(r) => {
                    let r = r.clone();
                    return crate::builtins::range::collect(self, &r);
                }
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mark = self.root_temp(it);
        let mut out = Vec::new();
        let r = (|| {
            while let Some(x) = self.iter_next(it)? {
                if out.len() % 4096 == 4095 {
                    self.reserve_values(out.len())?;
                    self.check_limits()?;
                    out.try_reserve(4096)
                        .map_err(|_| Exc::Args(BuiltinType::MemoryError, Vec::new()))?;
                }
                out.push(x);
            }
            Ok(())
        })();
        self.release_temps(mark);
        r.map(|_| out)
    }

    /// `UnpackSequence(n)`: pushes the items so the first is on top.
    pub(crate) fn unpack_sequence(&mut self, seq: Value, n: usize) -> PyResult<()> {
        let items = match self.seq_items(seq) {
            Some(items) => items,
            None => {
                if !self.is_iterable(seq)? {
                    let t = self.type_name(seq);
                    return Err(Exc::type_error(format!(
                        "cannot unpack non-iterable {t} object"
                    )));
                }
                // Stop one past n, as CPython does, to report "too many values".
                let it = self.get_iter(seq)?;
                let mut items = Vec::new();
                while let Some(v) = self.iter_next(it)? {
                    items.push(v);
                    if items.len() > n {
                        break;
                    }
                }
                if items.len() > n {
                    return Err(Exc::value_error(format!(
                        "too many values to unpack (expected {n})"
                    )));
                }
                items
            }
        };
        if items.len() < n {
            return Err(Exc::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(Exc::value_error(format!(
                "too many values to unpack (expected {n})"
            )));
        }
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// `UnpackEx(before, after)`.
    pub(crate) fn unpack_ex(&mut self, seq: Value, before: usize, after: usize) -> PyResult<()> {
        if self.seq_items(seq).is_none() && !self.is_iterable(seq)? {
            let t = self.type_name(seq);
            return Err(Exc::type_error(format!(
                "cannot unpack non-iterable {t} object"
            )));
        }
        let items = self.collect(seq)?;
        if items.len() < before + after {
            return Err(Exc::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mid_end = items.len() - after;
        let middle = self.new_list(items[before..mid_end].to_vec())?;
        for v in items[mid_end..].iter().rev() {
            self.stack.push(*v);
        }
        self.stack.push(middle);
        for v in items[..before].iter().rev() {
            self.stack.push(*v);
        }
        Ok(())
    }

    // ---- generators ------------------------------------------------------------------------------

    /// Pushes a generator's frame to resume it. An `Err` means the exception was raised inside
    /// the generator's frame (which is now on top), or could not resume it at all.
    pub(crate) fn resume_generator(
        &mut self,
        gen: Value,
        resume: Resume,
        on_return: OnReturn,
    ) -> PyResult<()> {
        let Value::Obj(gid) = gen else {
            return Err(Exc::internal("not a generator"));
        };
        let (state, kind) = match self.heap.get(gid) {
            Object::Generator(g) => (g.state, g.kind),
            _ => return Err(Exc::internal("not a generator")),
        };
        match state {
            GenState::Running => {
                return Err(Exc::value_error(format!(
                    "{} already executing",
                    kind.describe()
                )));
            }
            GenState::Done => {
                return Err(match resume {
                    Resume::Throw(exc) => {
                        Exc::Object(exc.as_obj().ok_or_else(|| Exc::internal("throw"))?)
                    }
                    Resume::Value(_) => match kind {
                        GenKind::Coroutine => {
                            Exc::runtime_error("cannot reuse already awaited coroutine")
                        }
                        GenKind::AsyncGenerator => {
                            Exc::Args(BuiltinType::StopAsyncIteration, vec![])
                        }
                        GenKind::Generator => Exc::stop_iteration(Value::None),
                    },
                });
            }
            GenState::Created => {
                if let Resume::Value(v) = resume {
                    if !v.is_none() {
                        return Err(Exc::type_error(format!(
                            "can't send non-None value to a just-started {}",
                            kind.describe()
                        )));
                    }
                }
            }
            GenState::Suspended => {}
        }
        if self.frames.len() >= self.limits.max_recursion_depth {
            return Err(Exc::new(
                BuiltinType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let (frame, saved, exc_info) = match self.heap.get_mut(gid) {
            Object::Generator(g) => {
                g.state = GenState::Running;
                (g.frame.take(), std::mem::take(&mut g.stack), g.exc_info)
            }
            _ => return Err(Exc::internal("not a generator")),
        };
        let Some(mut frame) = frame else {
            return Err(Exc::internal("generator without a frame"));
        };
        let base = self.stack.len();
        self.stack.extend_from_slice(&saved);
        frame.base += base as u32;
        frame.ret_sp = base as u32;
        frame.on_return = on_return;
        frame.saved_exc_info = self.exc_info;
        if !exc_info.is_none() {
            self.exc_info = exc_info;
        }
        let was_created = state == GenState::Created;
        self.frames.push(frame);
        match resume {
            Resume::Value(v) => {
                if !was_created {
                    self.stack.push(v);
                }
                Ok(())
            }
            Resume::Throw(exc) => {
                let id = exc.as_obj().ok_or_else(|| Exc::internal("throw"))?;
                Err(Exc::Object(id))
            }
        }
    }

    /// `YieldValue`: suspends the current (generator) frame and delivers `v` to its resumer.
    /// Returns `Some(v)` when the generator was resumed by a nested loop that must now exit.
    pub(crate) fn yield_value(&mut self, v: Value) -> PyResult<Option<Value>> {
        let Some(mut frame) = self.frames.pop() else {
            return Err(Exc::internal("yield without a frame"));
        };
        let Some(gid) = frame.gen else {
            return Err(Exc::internal("yield outside a generator"));
        };
        let base = frame.ret_sp as usize;
        let saved = self.stack.split_off(base);
        frame.base -= base as u32;
        let on_return = std::mem::replace(&mut frame.on_return, OnReturn::Push);
        let resumer_exc = frame.saved_exc_info;
        let own_exc = if self.exc_info.is(resumer_exc) {
            Value::None
        } else {
            self.exc_info
        };
        self.exc_info = resumer_exc;
        if let Object::Generator(g) = self.heap.get_mut(gid) {
            g.frame = Some(frame);
            g.stack = saved;
            g.state = GenState::Suspended;
            g.exc_info = own_exc;
        }
        match on_return {
            OnReturn::ExitNested => Ok(Some(v)),
            OnReturn::Drain(ref d) => {
                self.list_append(d.items, v)?;
                self.resume_generator(Value::Obj(gid), Resume::Value(Value::None), on_return)?;
                Ok(None)
            }
            OnReturn::DrainTest { stop_on } => {
                if self.truthy(v)? == stop_on {
                    self.stack.push(Value::Bool(stop_on));
                } else {
                    self.resume_generator(Value::Obj(gid), Resume::Value(Value::None), on_return)?;
                }
                Ok(None)
            }
            _ => {
                self.stack.push(v);
                Ok(None)
            }
        }
    }

    /// Marks a generator finished after its frame returned or raised.
    pub(crate) fn finish_generator(&mut self, gen: ObjId, frame: &Frame) {
        self.exc_info = frame.saved_exc_info;
        if let Object::Generator(g) = self.heap.get_mut(gen) {
            g.state = GenState::Done;
            g.frame = None;
            g.stack = Vec::new();
            g.exc_info = Value::None;
            g.yield_from = Value::None;
        }
    }

    /// Steps a generator from native code: the yielded value, or StopIteration.
    pub fn gen_resume_nested(&mut self, gen: Value, resume: Resume) -> PyResult<Value> {
        if self.gen_kind(gen).is_none() {
            return Err(Exc::type_error("expected a generator"));
        }
        let depth = self.frames.len();
        let v = match self.resume_generator(gen, resume, OnReturn::ExitNested) {
            Ok(()) => self.run_nested(depth)?,
            Err(e) => {
                if self.frames.len() > depth {
                    self.run_nested_raising(depth, e)?
                } else {
                    return Err(e);
                }
            }
        };
        let done = matches!(gen, Value::Obj(id) if matches!(self.heap.get(id), Object::Generator(g) if g.state == GenState::Done));
        if done {
            return Err(Exc::stop_iteration(v));
        }
        Ok(v)
    }

    /// Runs the frames from `depth` up after raising `exc` in the top one.
    pub(crate) fn run_nested_raising(&mut self, depth: usize, exc: Exc) -> PyResult<Value> {
        if self.nested >= super::MAX_NESTED {
            self.frames.truncate(depth);
            return Err(Exc::new(
                BuiltinType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.nested += 1;
        let exit = match self.unwind(exc, depth) {
            Some(exit) => exit,
            None => self.run_loop(depth),
        };
        self.nested -= 1;
        match exit {
            LoopExit::Returned(v) => Ok(v),
            LoopExit::Raised(e) => Err(e),
            LoopExit::Yield => Err(Exc::internal("a nested loop yielded")),
            LoopExit::Blocked | LoopExit::External => {
                self.frames.truncate(depth);
                self.pending = None;
                Err(Exc::runtime_error(
                    "cannot pause inside a generator stepped by a built-in function",
                ))
            }
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, gen: Value) -> PyResult<()> {
        let Value::Obj(gid) = gen else { return Ok(()) };
        let state = match self.heap.get(gid) {
            Object::Generator(g) => g.state,
            _ => return Ok(()),
        };
        match state {
            GenState::Created | GenState::Done => {
                if let Object::Generator(g) = self.heap.get_mut(gid) {
                    g.state = GenState::Done;
                    g.frame = None;
                    g.stack = Vec::new();
                }
                Ok(())
            }
            GenState::Running => Err(Exc::value_error("generator already executing")),
            GenState::Suspended => {
                let exc =
                    self.new_exception_args(Value::Type(BuiltinType::GeneratorExit), vec![])?;
                match self.gen_resume_nested(gen, Resume::Throw(Value::Obj(exc))) {
                    Ok(_) => Err(Exc::runtime_error("generator ignored GeneratorExit")),
                    Err(e)
                        if self.exc_is(&e, BuiltinType::GeneratorExit)
                            || self.exc_is(&e, BuiltinType::StopIteration) =>
                    {
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// `GetYieldFromIter`.
    pub(crate) fn get_yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        match self.gen_kind(v) {
            Some(GenKind::Generator) => Ok(v),
            Some(GenKind::Coroutine) => Err(Exc::type_error(
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            )),
            _ => self.get_iter(v),
        }
    }

    /// `Send(target)`: `Some(Flow::Value(y))` when the sub-iterator yielded `y`,
    /// `Some(Flow::Frame)` when a generator frame was pushed, `None` when it finished (its result
    /// replaced it on the stack).
    pub(crate) fn send_instr(
        &mut self,
        sub: Value,
        v: Value,
        target: u32,
    ) -> PyResult<Option<Flow>> {
        if let Some(kind) = self.gen_kind(sub) {
            if kind == GenKind::Generator || kind == GenKind::Coroutine {
                let done = matches!(sub, Value::Obj(id) if matches!(self.heap.get(id), Object::Generator(g) if g.state == GenState::Done));
                if done {
                    self.stack.pop();
                    self.stack.push(Value::None);
                    return Ok(None);
                }
                self.resume_generator(sub, Resume::Value(v), OnReturn::YieldFromSend { target })?;
                return Ok(Some(Flow::Frame));
            }
        }
        let r = if v.is_none() {
            match self.iter_next_or_return(sub) {
                Ok(Some(y)) => Ok(Ok(y)),
                Ok(None) => Ok(Err(Value::None)),
                Err(e) if self.exc_is(&e, BuiltinType::StopIteration) => {
                    let val = self.stop_iteration_value(&e);
                    Ok(Err(val))
                }
                Err(e) => Err(e),
            }
        } else {
            match self.getattr(sub, "send") {
                Ok(send) => match self.call(send, &[v]) {
                    Ok(y) => Ok(Ok(y)),
                    Err(e) if self.exc_is(&e, BuiltinType::StopIteration) => {
                        let val = self.stop_iteration_value(&e);
                        Ok(Err(val))
                    }
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            }
        };
        match r? {
            Ok(y) => Ok(Some(Flow::Value(y))),
            Err(result) => {
                self.stack.pop();
                self.stack.push(result);
                Ok(None)
            }
        }
    }

    /// The `value` of a StopIteration error.
    pub fn stop_iteration_value(&mut self, e: &Exc) -> Value {
        match e {
            Exc::Args(_, args) => args.first().copied().unwrap_or(Value::None),
            Exc::Object(id) => match self.heap.get(*id) {
                Object::Instance(i) => i
                    .exc()
                    .and_then(|x| x.args.first().copied())
                    .unwrap_or(Value::None),
                _ => Value::None,
            },
            _ => Value::None,
        }
    }

    // ---- async iteration -------------------------------------------------------------------------

    pub(crate) fn get_aiter(&mut self, v: Value) -> PyResult<Flow> {
        if self.gen_kind(v) == Some(GenKind::AsyncGenerator) {
            return Ok(Flow::Value(v));
        }
        if let Some(m) = self.lookup_user(v, "__aiter__")? {
            return self.call_flow(m, &[], OnReturn::Push);
        }
        let t = self.type_name(v);
        Err(Exc::type_error(format!(
            "'async for' requires an object with __aiter__ method, got {t}"
        )))
    }

    pub(crate) fn get_anext(&mut self, it: Value) -> PyResult<Flow> {
        if self.gen_kind(it) == Some(GenKind::AsyncGenerator) {
            let gid = it.as_obj().ok_or_else(|| Exc::internal("agen"))?;
            return self
                .alloc(Object::AGenStep(gid, Value::None))
                .map(Flow::Value);
        }
        if let Some(m) = self.lookup_user(it, "__anext__")? {
            return self.call_flow(m, &[], OnReturn::Push);
        }
        let t = self.type_name(it);
        Err(Exc::type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {t}"
        )))
    }

    /// The awaitable of `agen.asend(value)` / `agen.__anext__()`.
    pub fn async_gen_step_awaitable(&mut self, agen: Value, value: Value) -> PyResult<Value> {
        let gid = agen.as_obj().ok_or_else(|| Exc::internal("agen"))?;
        self.alloc(Object::AGenStep(gid, value))
    }
}
