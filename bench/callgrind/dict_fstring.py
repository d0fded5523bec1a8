d = {}
for i in range(30000):
    d[f"key{i}"] = i
total = 0
for k in d:
    total += d[k]
print(len(d), total)
