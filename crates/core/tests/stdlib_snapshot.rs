//! Objects of the native standard-library modules (collections, itertools, functools, heapq)
//! survive a snapshot: a run paused at a host call with such objects alive is dumped, loaded
//! and resumed, and the objects keep working.

use std::sync::{Arc, Mutex};

use montybox_core::convert::HostValue as H;
use montybox_core::run::{Answer, Run, RunOptions, Step};
use montybox_core::{compile, Output};

#[derive(Clone, Default)]
struct Shared(Arc<Mutex<String>>);

impl Output for Shared {
    fn write(&mut self, text: &str) {
        self.0.lock().unwrap().push_str(text);
    }
}

fn options(out: &Shared) -> RunOptions {
    RunOptions {
        output: Box::new(out.clone()),
        ..Default::default()
    }
}

const CODE: &str = r#"
from collections import deque, Counter, OrderedDict, defaultdict, namedtuple, ChainMap
import itertools, functools, heapq, operator

P = namedtuple('P', 'x y')
d = deque([1, 2, 3], maxlen=4)
it = iter(d)
next(it)
c = Counter('abracadabra')
od = OrderedDict(a=1, b=2)
dd = defaultdict(list)
dd['k'].append(1)
cnt = itertools.count(10, 5)
next(cnt)
gb = itertools.groupby('aabbb')
t1, t2 = itertools.tee(iter([1, 2, 3]))
next(t1)
pr = itertools.product('ab', repeat=2)
next(pr)
part = functools.partial(operator.add, 100)
@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
sq(3)
m = heapq.merge([1, 5], [2, 3])
next(m)
ig = operator.itemgetter(1)
cm = ChainMap({'a': 1}, {'b': 2})

pause()

d.append(4)
print(list(it) if False else 'iter ok', d, c.most_common(2), od, dict(dd))
print(next(cnt), [(k, list(g)) for k, g in gb], list(t1), list(t2), list(pr))
print(part(1), sq(3), sq.cache_info(), list(m), ig('xyz'), cm['b'], P(1, 2))
"#;

#[test]
fn native_objects_survive_a_snapshot() {
    let program = compile(CODE, "main.py", &[]).expect("compiles");
    let out = Shared::default();
    let mut run = Run::start(
        Arc::new(program),
        &[],
        &["pause".to_string()],
        options(&out),
    )
    .expect("starts");
    let result = loop {
        match run.step(None).expect("steps") {
            Step::Complete(v) => break v,
            Step::Yielded => continue,
            Step::Call(call) => {
                let bytes = run.dump().expect("dump");
                run = Run::load(&bytes, options(&out)).expect("load");
                run.answer(call.id, Answer::Value(H::None)).expect("answer");
            }
            other => panic!("unexpected step {other:?}"),
        }
    };
    assert!(matches!(result, H::None));
    let text = out.0.lock().unwrap().clone();
    assert_eq!(
        text,
        "iter ok deque([1, 2, 3, 4], maxlen=4) [('a', 5), ('b', 2)] OrderedDict([('a', 1), ('b', 2)]) {'k': [1]}\n\
         15 [('a', ['a', 'a']), ('b', ['b', 'b', 'b'])] [2, 3] [1, 2, 3] [('a', 'b'), ('b', 'a'), ('b', 'b')]\n\
         101 9 CacheInfo(hits=1, misses=1, maxsize=2, currsize=1) [2, 3, 5] y 2 P(x=1, y=2)\n"
    );
}
