from string import Template

tpl = Template("""Dear $name,
Your order #$order_id of $$${amount} ships ${when}.
Thanks,
$signature
""")
print(tpl.substitute(name="Ann", order_id=42, amount="9.99", when="today", signature="--shop"))
print(tpl.safe_substitute(name="Bob"))
try:
    Template("line1\nline2 $\nline3").substitute()
except ValueError as e:
    print(type(e).__name__, e)
try:
    Template("one\ntwo\n  three $9").substitute()
except ValueError as e:
    print(type(e).__name__, e)
rows = [{"k": "a", "v": 1}, {"k": "b", "v": 2}]
row = Template("$k=$v")
print(";".join(row.substitute(r) for r in rows))
print(Template("$k").substitute(k=b"bytes"))
print(Template("$k").substitute(k=(1, 2)))
