import csv
import io

out = io.StringIO()
w = csv.writer(out)
tests = [
    lambda: w.writerow(5),
    lambda: w.writerow(None),
    lambda: w.writerows(5),
    lambda: w.writerows([5]),
    lambda: csv.writer(5),
    lambda: csv.writer(),
    lambda: csv.writer(out, quoting=csv.QUOTE_NONE).writerow(["a,b"]),
    lambda: csv.writer(out, delimiter="").writerow(["a"]),
    lambda: csv.writer(out, quotechar=None).writerow(["a"]),
    lambda: csv.writer(out, quotechar=None, quoting=csv.QUOTE_NONE).writerow(["a"]),
    lambda: csv.writer(out, lineterminator="").writerow(["a"]),
    lambda: w.writerow(),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(out.getvalue()))
