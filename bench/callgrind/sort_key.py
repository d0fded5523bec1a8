data = [((i * 7919) % 100003, str(i)) for i in range(30000)]
s = sorted(data, key=lambda t: t[0])
print(s[0], s[-1], len(s))
