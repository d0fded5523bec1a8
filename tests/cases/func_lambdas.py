# func: lambdas — immediate call, defaults, in sorted keys, conditional bodies, names
square = lambda x: x * x
print(square(7), (lambda a, b=2: a ** b)(3), (lambda *a, **k: (a, k))(1, x=2))
print(sorted(["ccc", "a", "bb"], key=lambda s: -len(s)), list(map(lambda x: x + 1, [1, 2])))
print(square.__name__, (lambda: 0).__name__)
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-2, 0, 2)])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
