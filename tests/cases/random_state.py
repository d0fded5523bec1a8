import random
random.seed(77)
state = random.getstate()
first = [random.random() for _ in range(10)]
random.setstate(state)
second = [random.random() for _ in range(10)]
print(first == second, first[:3])
print(type(state), len(state), state[0], type(state[1]), len(state[1]), state[1][:3], state[1][-1], state[2])
random.seed(77)
random.gauss()
st = random.getstate()
print(st[2], st[1][-1])
g1 = [random.gauss() for _ in range(4)]
random.setstate(st)
g2 = [random.gauss() for _ in range(4)]
print(g1 == g2, g1)
r = random.Random(1)
r.setstate(state)
print(r.random() == first[0])
for bad in [5, (3, (1, 2), None), (9, (), None), (3, [0] * 625, None), (3, tuple(range(624)) + (700,), None)]:
    try:
        random.setstate(bad)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
