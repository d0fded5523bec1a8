# class: __init__ returning non-None, calling a class without __init__ with args, abstract-like patterns
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1, 2)
except TypeError as e:
    print("TypeError:", e)
class InitArgs:
    def __init__(self, a):
        self.a = a
try:
    InitArgs()
except TypeError as e:
    print("TypeError:", e)
try:
    InitArgs(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(NoInit().__class__.__name__, InitArgs(a=3).a)
