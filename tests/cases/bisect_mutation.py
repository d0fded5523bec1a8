import bisect

scores = []
names = []
for name, score in [('ann', 70), ('bob', 85), ('cy', 70), ('dee', 95), ('ed', 60)]:
    i = bisect.bisect(scores, score)
    scores.insert(i, score)
    names.insert(i, name)
print(list(zip(names, scores)))
ranked = sorted(scores, reverse=True)
neg = [-s for s in ranked]
print([bisect.bisect_left(neg, -s) + 1 for s in [95, 85, 70, 60, 100]])
