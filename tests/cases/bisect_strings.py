import bisect

words = sorted(['delta', 'alpha', 'charlie', 'bravo', 'echo'])
print(words)
for prefix in ['b', 'c', 'd', 'z', '']:
    lo = bisect.bisect_left(words, prefix)
    hi = bisect.bisect_left(words, prefix + '\uffff')
    print(repr(prefix), words[lo:hi])
bisect.insort(words, 'beta')
print(words, bisect.bisect(words, 'Z'), bisect.bisect(words, 'zz'))
