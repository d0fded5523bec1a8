# list: stable sorting by multiple keys using successive sorts and tuple keys
people = [("ann", 30, "NY"), ("bob", 25, "LA"), ("cy", 30, "LA"), ("dee", 25, "NY"), ("eve", 35, "LA")]
by_city = sorted(people, key=lambda p: p[2])
by_age_then_city = sorted(by_city, key=lambda p: p[1])
print(by_age_then_city)
print(sorted(people, key=lambda p: (p[2], -p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = ["bb", "a", "ccc", "aa", "b", "cc"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted([3, 1, 2], key=lambda x: 0), sorted("BaAb", key=str.lower))
