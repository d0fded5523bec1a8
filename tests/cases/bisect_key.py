import bisect

people = [('ann', 25), ('bob', 31), ('cy', 31), ('dee', 40)]
ages = lambda p: p[1]
print(bisect.bisect_left(people, 31, key=ages), bisect.bisect_right(people, 31, key=ages), bisect.bisect(people, 99, key=ages))
print(bisect.bisect_left(people, 'b', key=lambda p: p[0]), bisect.bisect_right(people, 30, 1, 3, key=ages))
words = sorted(['kiwi', 'fig', 'banana', 'apple'], key=len)
print(words, bisect.bisect_left(words, 5, key=len), bisect.bisect_right(words, 5, key=len))
bisect.insort(words, 'plum', key=len)
print(words)
calls = []
def k(x):
    calls.append(x)
    return x
bisect.bisect_left(list(range(100)), 37, key=k)
print(len(calls) <= 8, calls[:3])
try:
    bisect.bisect_left([1, 2], 1, key=5)
except TypeError as e:
    print('TypeError', e)
