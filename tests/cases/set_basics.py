# set: construction, repr of small int and string sets, add/remove/discard/pop/clear, membership
s = {3, 1, 2, 1}
print(s, set(), set([5, 5, 4]), set("hello"), {"b", "a", "c"}, len(s), 2 in s, 9 not in s)
s.add(10)
s.add(1)
s.discard(99)
s.remove(2)
print(s)
print({100, 5, 37, 64, 1000, -1, 33, 8}, {"apple", "banana", "cherry", "date"}, {(1, 2), (0, 0)}, {1.5, 2, True})
p = {7}
print(p.pop(), p)
s.clear()
print(s, type(s).__name__, bool(s))
for bad in [lambda: set().pop(), lambda: {1}.remove(5), lambda: {[1, 2]}, lambda: set(5), lambda: {1}.add([])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
