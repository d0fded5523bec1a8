# class: a class acting as its own context manager, tracking state, exceptions visible in __exit__
class Timer:
    depth = 0
    def __init__(self, label):
        self.label = label
        self.events = []
    def __enter__(self):
        Timer.depth += 1
        self.events.append(f"start {self.label} depth={Timer.depth}")
        return self
    def __exit__(self, et, ev, tb):
        Timer.depth -= 1
        self.events.append(f"stop {self.label} error={ev!r}")
        return isinstance(ev, ZeroDivisionError)
with Timer("outer") as t:
    with Timer("inner") as t2:
        1 / 0
    t.events.extend(t2.events)
print(t.events, Timer.depth)
