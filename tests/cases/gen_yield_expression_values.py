# gen: value of a yield expression is None with next(), sent value with send(); yield in expressions
def echo():
    received = []
    while len(received) < 4:
        v = yield len(received)
        received.append(v)
    return received
g = echo()
print(next(g), g.send("a"), next(g), g.send(None))
try:
    g.send("last")
except StopIteration as e:
    print("finished with", e.value)
def doubler():
    x = 0
    while True:
        x = (yield x * 2) or x + 1
d = doubler()
print(next(d), d.send(10), next(d), next(d), d.send(100))
