import csv
import io

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "age"])
print(w.writeheader())
print(w.writerow({"name": "ann", "age": 30}))
w.writerow({"name": "bob"})
w.writerows([{"name": "c,d", "age": None}, {"age": 1}])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.DictWriter(out, ["a", "b"], restval="NA", lineterminator="\n")
w.writerow({"a": 1})
print(repr(out.getvalue()))
try:
    w.writerow({"a": 1, "c": 2, "d": 3})
except ValueError as e:
    print(type(e).__name__, e)
w2 = csv.DictWriter(out, ["a"], extrasaction="ignore", lineterminator="\n")
w2.writerow({"a": 1, "z": 9})
print(repr(out.getvalue()))
try:
    csv.DictWriter(out, ["a"], extrasaction="bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    w.writerow(["not", "dict"])
except Exception as e:
    print(type(e).__name__, e)
print(w.fieldnames)
try:
    csv.DictWriter(out)
except TypeError as e:
    print(type(e).__name__, e)
