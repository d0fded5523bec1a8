# None: uncaught AttributeError from a method chain where a list.sort() result (None) is used
scores = [3, 1, 2]
ordered = scores.sort()
print(scores)
print(ordered.reverse())
