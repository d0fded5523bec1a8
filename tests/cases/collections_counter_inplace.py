from collections import Counter
for other in [{'a': 1}, 5, [('a', 1)]]:
    for op in ['+=', '-=', '|=', '&=']:
        c = Counter(a=2, b=1)
        try:
            if op == '+=': c += other
            elif op == '-=': c -= other
            elif op == '|=': c |= other
            else: c &= other
            print(op, c)
        except Exception as e:
            print(op, type(e).__name__, e)
