# class: class-level counters, id generation via class attributes, per-instance vs shared state
class Widget:
    count = 0
    registry = []
    def __init__(self, name):
        Widget.count += 1
        self.id = Widget.count
        self.name = name
        Widget.registry.append(name)
    def __repr__(self):
        return f"Widget#{self.id}({self.name!r})"
ws = [Widget(n) for n in "abc"]
print(ws, Widget.count, Widget.registry)
class Gadget(Widget):
    count = 100
g = Gadget("g")
print(g, Widget.count, Gadget.count, Gadget.registry is Widget.registry)
w = ws[0]
w.count = "instance"
print(w.count, Widget.count, "count" in w.__dict__)
