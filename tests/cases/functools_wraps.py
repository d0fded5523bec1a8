import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b

print(add(1, b=2), add.__name__, add.__doc__, add.__qualname__, add.__wrapped__(5, 5), add.__module__)

def plain(f):
    def inner():
        return f()
    return inner

@plain
def named():
    "doc"
print(named.__name__, named.__doc__)

def retry(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a):
            for attempt in range(times):
                try:
                    return func(*a)
                except ValueError as e:
                    print('attempt', attempt, e)
            return None
        return wrapper
    return deco

state = {'n': 0}
@retry(3)
def flaky(x):
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError('flake')
    return x * 2
print(flaky(21), flaky.__name__)

def target():
    "target doc"
target.custom = 'attr'
def w():
    pass
functools.update_wrapper(w, target)
print(w.__name__, w.__doc__, w.custom, w.__wrapped__ is target)
def w2():
    pass
functools.update_wrapper(w2, target, assigned=('__doc__',), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, 'custom'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(type(functools.wraps(target)).__name__)
