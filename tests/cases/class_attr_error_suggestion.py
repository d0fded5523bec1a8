# class: AttributeError messages for instances and classes (suggestions only appear in tracebacks)
class Robot:
    def __init__(self):
        self.position = 0
    def move(self):
        self.position += 1
r = Robot()
for attr in ["positon", "mvoe", "speed"]:
    try:
        getattr(r, attr)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    Robot.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".foo()
except AttributeError as e:
    print("AttributeError:", e, "|", e.name, "|", e.obj)
try:
    [].add(1)
except AttributeError as e:
    print("AttributeError:", e)
