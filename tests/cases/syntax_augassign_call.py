# syntax: augmented assignment to a function call
counts = {}
def get_count():
    return counts.get("a", 0)
get_count() += 1
