import random
random.seed(7)
print(random.sample(range(100), 10))
print(random.sample(range(10), 10))
print(random.sample("abcdefgh", 3), random.sample(("x", "y", "z"), 0))
print(random.sample(range(10 ** 9), 8))
print(random.sample(list(range(30)), 25))
print(random.sample(range(1000), 50))
print(random.sample(range(5000), 100)[:20])
print(random.sample(["red", "blue", "green"], 6, counts=[3, 2, 1]))
print(random.sample(["a", "b"], 3, counts=[1, 5]))
print(random.sample(range(100), k=5))
for args, kw in [(([1, 2], 3), {}), (([1, 2], -1), {}), (({1, 2}, 1), {}), (({1: 2}, 1), {}), (([1, 2],), {}),
                 ((range(5), 2), {"counts": [1, 2]}), ((["a"], 1), {"counts": [0]}), ((["a"], 1), {"counts": [1.5]}),
                 ((5, 1), {}), ((range(3), 1.5), {})]:
    try:
        print(random.sample(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
