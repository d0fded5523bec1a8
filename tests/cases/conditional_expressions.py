# expr: conditional expressions, precedence with lambda/or/and, nested ternaries, evaluation laziness
def noisy(v):
    print("evaluating", v)
    return v
a = noisy("yes") if True else noisy("no")
b = noisy("yes") if 0 else noisy("no")
print(a, b)
x = 5
print("a" if x > 3 else "b" if x > 1 else "c", ("a" if x > 9 else "b") + "!", 1 + (2 if x else 3))
print([("even" if i % 2 == 0 else "odd") for i in range(3)])
f = lambda n: "neg" if n < 0 else "nonneg"
print(f(-1), f(0), 0 or 1 if False else 2, (0 or 1) if True else 2)
