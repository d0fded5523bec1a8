def f():
    t = 0
    for i in range(300000):
        t = (t + i * 3) % 1000003
    return t


print(f())
