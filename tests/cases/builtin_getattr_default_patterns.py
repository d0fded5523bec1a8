# builtin: getattr with defaults for optional hooks, dispatch by method name, hasattr with properties raising
class Plugin:
    name = "demo"
    def on_start(self):
        return "started"
    @property
    def fragile(self):
        raise ValueError("not attribute error")
p = Plugin()
for hook in ["on_start", "on_stop"]:
    fn = getattr(p, hook, None)
    print(hook, fn() if fn else "no handler")
class Calc:
    def do_add(self, a, b): return a + b
    def do_mul(self, a, b): return a * b
c = Calc()
for op in ["add", "mul", "pow"]:
    method = getattr(c, "do_" + op, lambda a, b: f"unknown op {op}")
    print(op, method(3, 4))
try:
    hasattr(p, "fragile")
except ValueError as e:
    print("hasattr propagated ValueError:", e)
