import copy

def show(f):
    try:
        r = f()
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

def gen():
    yield 1
show(lambda: copy.deepcopy(gen()))
show(lambda: copy.copy(gen()))
show(lambda: copy.deepcopy(copy))
show(lambda: copy.deepcopy())
show(lambda: copy.copy())
show(lambda: copy.copy(1, 2))
class BadReduce:
    def __reduce__(self):
        return 42
show(lambda: copy.copy(BadReduce()))
class NeedsArgs:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (NeedsArgs, ())
show(lambda: copy.deepcopy(NeedsArgs(1)))
print(issubclass(copy.Error, Exception), copy.error is copy.Error, copy.Error.__name__)
try:
    raise copy.Error('custom')
except copy.Error as e:
    print('caught', e)
