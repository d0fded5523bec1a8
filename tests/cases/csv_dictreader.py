import csv
import io

data = "name,age,city\nann,30,NYC\nbob,25\ncid,40,LA,extra,more\n\ndee,1,x\n"
r = csv.DictReader(io.StringIO(data))
print(r.fieldnames)
for row in r:
    print(row)
print(r.line_num)
r = csv.DictReader(io.StringIO(data), restkey="rest", restval="?")
print([row for row in r])
r = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["a", "b"])
print(list(r))
print(list(csv.DictReader(io.StringIO(""))))
print(csv.DictReader(io.StringIO("")).fieldnames)
r = csv.DictReader(["x;y", "1;2"], delimiter=";")
print(list(r))
r = csv.DictReader(io.StringIO("a,a\n1,2\n"))
print(list(r))
print(type(next(csv.DictReader(["k", "v"]))).__name__)
