# gen: a generator cannot be re-entered while running (ValueError: generator already executing)
def selfref():
    yield next(gen)
gen = selfref()
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
def counter():
    i = 0
    while i < 3:
        yield i
        i += 1
c = counter()
print(list(c), list(c))
print(sum(counter()), max(counter()), sorted(counter(), reverse=True), list(enumerate(counter(), 1)))
