# list: append/extend/insert/remove/pop/index/count/clear/copy/reverse
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
a.insert(0, "start")
a.insert(100, "end")
a.insert(-1, "before-end")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.count(1), a.index(5, 2), len(a))
b = a.copy()
b.reverse()
print(a, b, a is b, a == b[::-1])
b.clear()
print(b, a[:2])
for bad in [lambda: a.remove(42), lambda: a.index(42), lambda: [].pop(), lambda: a.pop(100), lambda: a.index(3, 2, 3), lambda: a.insert(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
