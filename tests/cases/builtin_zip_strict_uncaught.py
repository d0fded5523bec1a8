# builtin: uncaught ValueError from zip(strict=True) with unequal lengths
names = ["ann", "bob", "cy"]
scores = [90, 85]
for name, score in zip(names, scores):
    print(name, score)
for name, score in zip(names, scores, strict=True):
    print(name, score)
