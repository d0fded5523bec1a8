import csv
import io

row = ["text", 1, 2.5, "", None, "a,b", 'q"q', True]
for name in ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE"]:
    out = io.StringIO()
    try:
        csv.writer(out, quoting=getattr(csv, name), lineterminator="\n").writerow(row)
        print(name, repr(out.getvalue()))
    except csv.Error as e:
        print(name, type(e).__name__, e, repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n").writerow(row)
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, doublequote=False, escapechar="\\", lineterminator="\n").writerow(['q"q'])
print(repr(out.getvalue()))
out = io.StringIO()
try:
    csv.writer(out, doublequote=False, lineterminator="\n").writerow(['q"q'])
except csv.Error as e:
    print(type(e).__name__, e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
out = io.StringIO()
csv.writer(out, quotechar="'", lineterminator="\n").writerow(["it's", "a b", "x,y"])
print(repr(out.getvalue()))
