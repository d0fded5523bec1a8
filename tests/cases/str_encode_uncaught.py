# str.encode('ascii') on non-ASCII text: uncaught UnicodeEncodeError
words = ["plain", "naïve"]
for w in words:
    print(w, w.encode("ascii"))
