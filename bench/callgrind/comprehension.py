xs = list(range(100000))
ys = [x * 2 for x in xs if x % 3 == 0]
print(len(ys), sum(ys))
