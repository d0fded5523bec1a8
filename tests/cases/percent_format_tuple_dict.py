# percent: tuple vs single argument, dict argument with repeated keys, %s on tuples needs wrapping
point = (1, 2)
print("point: %s" % (point,), "x=%d y=%d" % point, "%s" % [point])
try:
    print("point: %s" % point)
except TypeError as e:
    print("TypeError:", e)
data = {"user": "ann", "n": 3}
print("%(user)s has %(n)d item%(plural)s" % {**data, "plural": "s" if data["n"] != 1 else ""})
print("%(n)05.1f|%(n)-5d|%(user)10s|%(user).1s" % data)
print("%s and %s" % ("a", "b"), "%-3s|" % "abcdef", "%.2s|%5.1s|" % ("xyz", "xyz"))
print("%d %s" % (1.9, 1.9), "%i" % -0.5, "%r %a" % ("é", "é"), "%e" % 0, "%x %X %o" % (3054, 3054, 3054))
