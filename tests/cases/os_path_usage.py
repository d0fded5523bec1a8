import os

def output_name(src, out_dir="out", new_ext=".json"):
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(out_dir, base + new_ext)

print(output_name("/data/in/report.csv"))
print(output_name("notes.txt", "/tmp/x", ".md"))
paths = ["/a/b/c.py", "/a/b/d.txt", "/a/e.py"]
print([p for p in paths if p.endswith(".py")])
print(sorted({os.path.dirname(p) for p in paths}))
print(os.path.join(*"a/b/c".split("/")))
print(os.sep.join(os.path.normpath("/x/./y/../z").split(os.sep)))
print([os.path.basename(p) for p in paths])
