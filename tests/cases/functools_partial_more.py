from functools import partial, reduce
import operator

def tag(name, content, *, cls=None, **attrs):
    extra = ''.join(f' {k}="{v}"' for k, v in sorted(attrs.items()))
    c = f' class="{cls}"' if cls else ''
    return f'<{name}{c}{extra}>{content}</{name}>'

p = partial(tag, 'p')
bold = partial(tag, 'b', cls='strong')
print(p('hello'), bold('x'), bold('y', cls='override'), p('z', id=3, a=1))
link = partial(tag, 'a', href='#')
print(link('top'), link.keywords, link.args)
double = partial(operator.mul, 2)
print(list(map(double, [1, 2, 3])), reduce(partial(operator.add), [1, 2, 3]))
add3 = partial(partial(partial(lambda a, b, c: a + b + c, 1), 2), 3)
print(add3(), add3.args, add3.func.__name__)
kw = partial(dict, a=1)
print(kw(b=2), kw(a=5))
print(partial(sorted, key=len)(['ccc', 'a', 'bb']))
n = partial(int)
print(n('42'), n('ff', 16))
print(repr(partial(max, 1, key=abs)))
