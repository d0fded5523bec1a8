# class: __getattr__ fallback only for missing attributes, __setattr__ intercepting all sets
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(f"get {name}")
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        setattr(self._target, name, value)
class T:
    x = 1
t = T()
p = Proxy(t)
print(p.x)
p.y = 5
print(t.y, p.y, p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
class Defaults:
    known = "known"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")
d = Defaults()
print(d.known, d.dyn_hello, hasattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "other", "fallback"))
class Frozen:
    def __init__(self):
        super().__setattr__("value", 1)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
f = Frozen()
try:
    f.value = 2
except AttributeError as e:
    print("AttributeError:", e, f.value)
