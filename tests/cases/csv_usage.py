import csv
import io

report = """date,product,qty,price
2024-01-01,widget,3,2.50
2024-01-01,gadget,1,10.00
2024-01-02,widget,5,2.50
"""
totals = {}
for row in csv.DictReader(io.StringIO(report)):
    totals[row["product"]] = totals.get(row["product"], 0) + int(row["qty"]) * float(row["price"])
print(totals)
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["product", "total"])
for k, v in sorted(totals.items()):
    w.writerow([k, f"{v:.2f}"])
print(out.getvalue(), end="")
rows = list(csv.reader(io.StringIO(report)))
header, body = rows[0], rows[1:]
print(header, len(body), [r[2] for r in body])
cols = list(zip(*body))
print(cols[1])
try:
    for row in csv.DictReader(io.StringIO(report)):
        row["missing"]
except KeyError as e:
    print(type(e).__name__, e)
