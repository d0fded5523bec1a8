from itertools import accumulate, chain, compress, starmap

def show(f):
    try:
        print(list(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: accumulate([1, 'a']))
show(lambda: accumulate([1, 2], 5))
show(lambda: accumulate(5))
show(lambda: accumulate([1], lambda a, b: a, initial=None))
show(lambda: accumulate([[1], [2]]))
show(lambda: accumulate(['a', 'b'], initial='>'))
show(lambda: chain.from_iterable([1]))
show(lambda: compress([1], 5))
show(lambda: compress(5, [1]))
show(lambda: starmap(len, ['ab', [1, 2]]))
show(lambda: accumulate([1, 2], func=None))
show(lambda: accumulate(iterable=[4, 5]))
show(lambda: accumulate([1, 2], bogus=1))
