# builtin: uncaught TypeError raised from a key function inside sorted()
files = ["b.txt", "a.py", "c"]
print(sorted(files, key=lambda f: f.split(".")[-1]))
print(sorted(files, key=lambda f: f.split(".")[1]))
