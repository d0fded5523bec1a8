# gen: uncaught exception thrown into a generator with throw() and not handled inside
def worker():
    count = 0
    while True:
        try:
            yield count
        except KeyError:
            print("handled KeyError inside")
        count += 1

w = worker()
print(next(w), next(w))
print(w.throw(KeyError("k")))
w.throw(ValueError("cannot handle this"))
