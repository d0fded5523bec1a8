import csv
import io

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["a", "b", "c"]))
w.writerow([1, 2.5, None])
w.writerow(["has,comma", 'has "quote"', "has\nnewline", ""])
w.writerow([])
w.writerow(["  spaces  ", "tab\there", "\r"])
w.writerows([[1, 2], [3, 4]])
w.writerow("abc")
w.writerow([True, False, b"x", [1]])
print(repr(out.getvalue()))
out2 = io.StringIO()
csv.writer(out2, lineterminator="\n").writerow(["x", "y"])
print(repr(out2.getvalue()))
print(type(w).__name__, w.dialect.lineterminator == "\r\n")
