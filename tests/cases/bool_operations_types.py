# bool: results of comparisons, `not`, bool arithmetic types, bool as index, and/or with bools
results = [1 < 2, 1 == 2, not 0, not "x", bool([]) or bool([0])]
print(results, [type(r).__name__ for r in results])
print(["no", "yes"][True], ["no", "yes"][3 > 4], "abc"[True:], (True, False)[False])
print(True + 1.5, True * "ab", False * [1], True / True, divmod(True, True), True ** 10, -False)
print(True and "x", False or 0, True and 0 or "fallback", not not "s")
print(str(True), repr(False), int(False), f"{True!s:>6}", format(False, ""), "%s" % True)
print(True == 1.0, True is True, (1 == 1) is True, bool(1) is True, isinstance(False, (int,)))
print(sum(x > 2 for x in [1, 3, 5]), any([False, 0, None]), all((True, 1, "t")))
