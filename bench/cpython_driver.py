"""Long-lived CPython worker for bench/run.mjs.

Reads one JSON request per line on stdin and answers one JSON line on stdout, so the
benchmark pays python3's start-up once. Times are measured here, with time.perf_counter_ns
around the workload only (no IPC, no JSON in the timed part).

Requests:
  {"op": "load", "id": ID, "code": SRC, "mode": "exec"|"source", "prelude": SRC, "inputs": {...}}
      compiles SRC (its last expression statement becomes the result) and keeps it under ID.
  {"op": "run", "id": ID, "n": N}
      runs the workload N times in a row; answers {"ns": total, "result": last result}.
  {"op": "mem", "code": SRC, "programs": N, "runs": M}
      RSS growth of N compiled code objects, and RSS before/after M sequential runs.
"""

import ast
import asyncio
import gc
import json
import sys
import time

RESULT = "__bench_result__"
_loop = asyncio.new_event_loop()
asyncio.set_event_loop(_loop)
workloads = {}


def compile_with_result(src):
    tree = ast.parse(src, "main.py")
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body[-1]
        tree.body[-1] = ast.copy_location(
            ast.Assign(targets=[ast.Name(RESULT, ast.Store())], value=last.value), last
        )
    ast.fix_missing_locations(tree)
    return compile(tree, "main.py", "exec")


def to_json(v):
    if isinstance(v, tuple):
        return [to_json(x) for x in v]
    if isinstance(v, list):
        return [to_json(x) for x in v]
    if isinstance(v, dict):
        return {str(k): to_json(x) for k, x in v.items()}
    return v


def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


def load(req):
    base = {"__builtins__": __builtins__, "_loop": _loop}
    base.update(req.get("inputs") or {})
    if req.get("prelude"):
        exec(compile(req["prelude"], "prelude.py", "exec"), base)
    src = req["code"]
    workloads[req["id"]] = (req.get("mode", "exec"), src, compile_with_result(src), base)
    return {}


def run(req):
    mode, src, code, base = workloads[req["id"]]
    n = req.get("n", 1)
    gc.collect()
    g = None
    if mode == "source":
        # From source to result: parsing and compiling are part of each call.
        t0 = time.perf_counter_ns()
        for _ in range(n):
            g = dict(base)
            exec(compile_with_result(src), g)
        t1 = time.perf_counter_ns()
    else:
        t0 = time.perf_counter_ns()
        for _ in range(n):
            g = dict(base)
            exec(code, g)
        t1 = time.perf_counter_ns()
    return {"ns": t1 - t0, "result": to_json(g.get(RESULT))}


def mem(req):
    src = req["code"]
    gc.collect()
    before = rss()
    progs = [compile_with_result(src) for _ in range(req["programs"])]
    gc.collect()
    after = rss()
    per_program = (after - before) / len(progs)
    code = progs[0]
    del progs
    for _ in range(100):
        exec(code, {"__builtins__": __builtins__})
    gc.collect()
    r0 = rss()
    quarters = []
    for _ in range(4):
        for _ in range(req["runs"] // 4):
            exec(code, {"__builtins__": __builtins__})
        gc.collect()
        quarters.append(rss())
    return {"perProgram": per_program, "runsBefore": r0, "runsAfter": quarters[-1], "quarters": quarters}


def main():
    for line in sys.stdin:
        req = json.loads(line)
        try:
            op = req["op"]
            if op == "load":
                out = load(req)
            elif op == "run":
                out = run(req)
            elif op == "mem":
                out = mem(req)
            else:
                raise ValueError(f"unknown op {op}")
        except Exception as e:  # reported to the JS side, which prints it
            out = {"error": f"{type(e).__name__}: {e}"}
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


main()
