# float: nan in containers — identity short-circuits equality in lists, dicts and `in`
nan = float("nan")
other = float("nan")
lst = [nan]
print(nan in lst, other in lst, lst == [nan], lst == [other], lst.count(nan), lst.index(nan))
d = {nan: 1}
print(d.get(nan), d.get(other), len({nan, other}), len({nan, nan}))
print(nan == nan, nan is nan, [nan] == [nan], (nan,) == (nan,), max(nan, 1), max(1, nan))
print(min([nan, 1, 2]), min([1, nan, 2]), nan != nan)
