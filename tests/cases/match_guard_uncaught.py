# match: uncaught exception raised inside a match guard
def classify(item):
    match item:
        case {"size": s} if s > 10:
            return "big"
        case {"size": s}:
            return "small"
        case _:
            return "unknown"

print(classify({"size": 20}), classify({"size": 1}), classify([]))
print(classify({"size": "huge"}))
