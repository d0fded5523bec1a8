# comp: multiple for/if clauses are evaluated left to right; side effects show the order
log = []
def f(tag, v):
    log.append(f"{tag}{v}")
    return v
res = [f("x", x) + f("y", y) for x in range(2) if f("cx", x) >= 0 for y in range(2) if f("cy", y) != 1]
print(res)
print(log)
print([i for i in range(10) if i % 2 if i % 3], [i if i % 2 else -i for i in range(5) if i])
