# builtin: combinations of enumerate/zip/reversed/sorted, dict from zip, unzip via zip(*)
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(dict(zip(names, ages)), list(zip(*zip(names, ages))))
print(sorted(zip(ages, names)), list(reversed(list(enumerate(names)))))
print([n for _, n in sorted(zip(ages, names), reverse=True)])
print(list(zip(range(3), "abc", [True, False, None])), list(enumerate(zip("ab", "cd"))))
print(max(zip(ages, names)), min(enumerate(names), key=lambda p: p[1]))
