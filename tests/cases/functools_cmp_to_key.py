from functools import cmp_to_key

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max([1, 5, 3], key=cmp_to_key(lambda a, b: a - b)))
nums = [3, 30, 34, 5, 9]
def bigger_concat(a, b):
    ab, ba = str(a) + str(b), str(b) + str(a)
    return -1 if ab > ba else (1 if ab < ba else 0)
print(''.join(map(str, sorted(nums, key=cmp_to_key(bigger_concat)))))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) < K(1), K(1) <= K(1), K(1) == K(1), K(1) != K(2), K(3) > K(2), K(3) >= K(4))
print(K(7).obj, type(K).__name__, type(K(1)).__name__)
try:
    K(1) < 3
except TypeError as e:
    print('TypeError', e)
try:
    hash(K(1))
except TypeError as e:
    print('TypeError', e)
l = [[2, 'b'], [1, 'a'], [2, 'a']]
l.sort(key=cmp_to_key(lambda x, y: (x[0] - y[0]) or ((x[1] > y[1]) - (x[1] < y[1]))))
print(l)
