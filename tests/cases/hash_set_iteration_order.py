# hash: iteration order of sets of small ints and of strings, set ops preserve hash-based order
nums = {9, 1, 17, 25, 3, 33}
print(nums, list(nums))
print({5, 13, 21, 29}, {100, 200, 300, 8, 16}, {-1, -2, -3, 1, 2, 3})
names = {"alice", "bob", "carol", "dave", "erin", "frank"}
print(names)
print(names | {"zed"}, names & {"bob", "erin", "xx"}, names - {"alice"})
print(set("abcdefgh"), frozenset("montybox"))
letters = []
for ch in {"q", "w", "e", "r", "t", "y", "u"}:
    letters.append(ch)
print("".join(letters))
print({(1, 2), (2, 1), (0, 0), (1, 1)})
