import csv
import io

rows = [["id", "text"], ["1", "plain"], ["2", "with,comma"], ["3", 'with "quotes"'], ["4", "multi\nline"],
        ["5", ""], ["6", " lead"], ["7", "crlf\r\nin"], ["8", "ünïcode"]]
out = io.StringIO()
csv.writer(out).writerows(rows)
text = out.getvalue()
print(repr(text))
back = list(csv.reader(io.StringIO(text, newline="")))
print(back == rows)
print(back)
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=rows[0])
w.writeheader()
for r in rows[1:]:
    w.writerow(dict(zip(rows[0], r)))
out.seek(0)
print([dict(r) for r in csv.DictReader(out)] == [dict(zip(rows[0], r)) for r in rows[1:]])
