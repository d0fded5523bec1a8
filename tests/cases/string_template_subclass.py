from string import Template

class Percent(Template):
    delimiter = "%"

t = Percent("%who owes %amount (100%% sure)")
print(t.substitute(who="bob", amount="$5"))
print(t.safe_substitute(who="bob"))
print(Percent("%{x}y").substitute(x=1))
print(Percent.delimiter, Template.delimiter)

class Hash(Template):
    delimiter = "#"

print(Hash("##a #a").substitute(a=2))
print(Hash("#{a}").get_identifiers())

class Named(Template):
    def render(self, **kw):
        return self.substitute(kw).upper()

print(Named("hi $x").render(x="there"))
print(isinstance(Named("x"), Template))
n = Named("$q")
n.extra = 1
print(n.extra, n.template)
try:
    Percent("%").substitute()
except ValueError as e:
    print(type(e).__name__, e)
