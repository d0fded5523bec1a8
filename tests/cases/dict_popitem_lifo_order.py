# dict: popitem is LIFO, pop keeps order of the rest, reinsertion order, reversed iteration
d = dict.fromkeys("abcde", 0)
print(d.popitem(), d.popitem())
d["z"] = 1
d["a"] = 5
print(list(d.items()))
print(d.pop("b"), list(d))
print(list(reversed(d)), list(reversed(d.items())))
while d:
    print(d.popitem(), end=" ")
print()
