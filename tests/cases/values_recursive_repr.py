# values: recursive list/dict reprs use [...] and {...}; mutual recursion between containers
a = [1]
a.append(a)
print(a, len(repr(a)))
b = [a, [a]]
print(b)
d = {"self": None}
d["self"] = d
print(d)
x = []
y = [x]
x.append(y)
print(x, y)
z = {"k": [1]}
z["k"].append(z)
print(z, str(z) == repr(z))
t = ([],)
t[0].append(t)
print(t)
