import copy

class MyList(list):
    pass
class MyDict(dict):
    pass
class MyStr(str):
    pass
class MyInt(int):
    pass
class MyTuple(tuple):
    pass
ml = MyList([1, [2]])
ml.label = 'L'
md = MyDict(a=[1])
md.label = 'D'
for obj in [ml, md, MyStr('hi'), MyInt(7), MyTuple((1, [2]))]:
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(type(c).__name__, c, type(d).__name__, d, getattr(d, 'label', None))
print(copy.deepcopy(ml)[1] is ml[1], copy.copy(ml)[1] is ml[1])
class Logging(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
lg = Logging(a=1, b=2)
print(copy.deepcopy(lg))
