# exc: uncaught ZeroDivisionError raised from a lambda called lazily by map() inside list()
values = [4, 2, 0, 1]
inverses = map(lambda v: 1 / v, values)
print("map created lazily")
print(list(inverses))
