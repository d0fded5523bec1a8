import csv
import io

print(sorted(csv.list_dialects()))
d = csv.get_dialect("excel")
print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.escapechar, d.strict)
d = csv.get_dialect("excel-tab")
print(repr(d.delimiter))
d = csv.get_dialect("unix")
print(repr(d.lineterminator), d.quoting)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
out = io.StringIO()
csv.writer(out, dialect="pipes").writerow(["a", 1])
print(repr(out.getvalue()))
print(list(csv.reader(['"a"|"b"'], "pipes")))
print(sorted(csv.list_dialects()))
csv.unregister_dialect("pipes")
print("pipes" in csv.list_dialects())
for call in [lambda: csv.get_dialect("pipes"), lambda: csv.unregister_dialect("pipes"),
             lambda: csv.register_dialect("bad", delimiter=""), lambda: csv.register_dialect(5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
