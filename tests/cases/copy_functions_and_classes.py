import copy

def fn():
    return 1
class K:
    def m(self):
        return id(self) != 0
k = K()
print(copy.deepcopy(fn) is fn, copy.deepcopy(K) is K, copy.deepcopy(len) is len, copy.deepcopy(print) is print)
bm = k.m
bm2 = copy.deepcopy(bm)
print(bm2(), bm2.__self__ is not k, type(bm2.__self__).__name__)
print(copy.copy(bm).__self__ is k)
lam = lambda x: x + 1
print(copy.deepcopy(lam) is lam, copy.deepcopy([lam, fn])[0](1))
print(copy.deepcopy(type), copy.deepcopy(None), copy.deepcopy(Ellipsis), copy.deepcopy(NotImplemented))
print(copy.deepcopy(ValueError('x', 1)).args, type(copy.deepcopy(KeyError('k'))).__name__)
e = ValueError('msg')
e.extra = [1]
e2 = copy.deepcopy(e)
print(e2.extra, e2.extra is e.extra, str(e2))
