# gen: send() values into a generator, throw() an exception in, close() runs finally
def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                continue
            total += value
    finally:
        print("accumulator closing with total", total)
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), next(acc), acc.send(1))
acc.close()
acc.close()
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
c = catcher()
print(next(c), c.throw(ValueError("bad")), next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated out:", repr(e))
print(next(c, "exhausted"))
fresh = accumulator()
try:
    fresh.send(3)
except TypeError as e:
    print("TypeError:", e)
