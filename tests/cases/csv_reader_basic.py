import csv
import io

rows = list(csv.reader(io.StringIO("a,b,c\n1,2,3\n\n4,,6\n")))
print(rows)
print(list(csv.reader(["x,y", "1,2"])))
print(list(csv.reader(["  spaced , values "])))
print(list(csv.reader(["  spaced, values "], skipinitialspace=True)))
print(list(csv.reader(["a;b;c"], delimiter=";")))
print(list(csv.reader(["a\tb"], dialect="excel-tab")))
print(list(csv.reader([""])))
print(list(csv.reader([","])))
print(list(csv.reader(["a,b\r\n"])))
r = csv.reader(io.StringIO("1\n2\n3\n"))
print(r.line_num, next(r), r.line_num, next(r), r.line_num)
print(type(r).__name__, r.dialect.delimiter)
print(list(csv.reader(line for line in ["g,e", "n,s"])))
