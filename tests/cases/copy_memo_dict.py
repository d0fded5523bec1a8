import copy

class Tracker:
    seen = []
    def __init__(self, v):
        self.v = v
    def __deepcopy__(self, memo):
        Tracker.seen.append(len(memo))
        new = Tracker(copy.deepcopy(self.v, memo))
        memo[id(self)] = new
        return new

t = Tracker([1, 2])
pair = copy.deepcopy([t, t, {'t': t}])
print(pair[0] is pair[1], pair[2]['t'] is pair[0], pair[0].v, Tracker.seen[:1])
memo = {}
a = [1]
r1 = copy.deepcopy(a, memo)
r2 = copy.deepcopy(a, memo)
print(r1 is r2, r1 is not a)
pre = {id(a): 'replaced'}
print(copy.deepcopy([a, 2], pre))
