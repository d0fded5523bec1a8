from bisect import bisect_left, bisect_right

def index(a, x):
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f'{x} not found')

def find_lt(a, x):
    i = bisect_left(a, x)
    if i:
        return a[i - 1]
    raise ValueError('none smaller')

def find_ge(a, x):
    i = bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError('none larger')

def count_range(a, lo, hi):
    return bisect_right(a, hi) - bisect_left(a, lo)

a = [1, 3, 3, 3, 8, 10, 15]
print(index(a, 3), find_lt(a, 3), find_ge(a, 9), count_range(a, 3, 10), count_range(a, 11, 14))
for f, x in [(index, 4), (find_lt, 1), (find_ge, 16)]:
    try:
        f(a, x)
    except ValueError as e:
        print('ValueError', e)
def lis_length(nums):
    tails = []
    for x in nums:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails), tails
print(lis_length([10, 9, 2, 5, 3, 7, 101, 18]), lis_length([0, 1, 0, 3, 2, 3]))
