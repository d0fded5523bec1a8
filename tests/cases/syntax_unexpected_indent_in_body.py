# syntax: a line indented deeper than its block
def compute(values):
    total = 0
        for v in values:
            total += v
    return total
