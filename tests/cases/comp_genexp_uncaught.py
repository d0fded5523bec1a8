# comp: uncaught ZeroDivisionError from inside a dict comprehension
ratios = {"a": (1, 2), "b": (3, 0), "c": (5, 5)}
print({k: n / d for k, (n, d) in ratios.items() if d})
print({k: n / d for k, (n, d) in ratios.items()})
