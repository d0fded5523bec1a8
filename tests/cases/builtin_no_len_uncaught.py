# builtin: uncaught "object of type 'int' has no len()" in a helper
def describe(x):
    return f"{x!r} has length {len(x)}"

print(describe("abc"))
print(describe([1, 2]))
print(describe(42))
