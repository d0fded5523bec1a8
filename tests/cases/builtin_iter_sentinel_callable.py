# builtin: iter(callable, sentinel) over a counter closure and a list-backed reader
def make_counter():
    n = 0
    def nxt():
        nonlocal n
        n += 1
        return n
    return nxt
print(list(iter(make_counter(), 5)))
lines = ["a", "b", "", "c"]
reader = iter(lines)
print(list(iter(lambda: next(reader), "")), list(reader))
it = iter(make_counter(), 3)
print(next(it), next(it), next(it, "sentinel reached"))
