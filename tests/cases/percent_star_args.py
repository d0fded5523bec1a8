# '*' width and precision take arguments first; negative width means left-justify
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


show("'%*d|' % (5, 1)", lambda: '%*d|' % (5, 1))
show("'%-*d|' % (5, 1)", lambda: '%-*d|' % (5, 1))
show("'%*d|' % (-5, 1)", lambda: '%*d|' % (-5, 1))
show("'%.*f' % (2, 3.14159)", lambda: '%.*f' % (2, 3.14159))
show("'%*.*f|' % (8, 2, 3.14159)", lambda: '%*.*f|' % (8, 2, 3.14159))
show("'%.*d' % (-3, 5)", lambda: '%.*d' % (-3, 5))
show("'%.*s' % (2, 'abcdef')", lambda: '%.*s' % (2, 'abcdef'))
show("'%*s|%-*s|' % (4, 'a', 4, 'b')", lambda: '%*s|%-*s|' % (4, 'a', 4, 'b'))
show("'%*d' % ('x', 1)", lambda: '%*d' % ('x', 1))
show("'%.*f' % ('x', 1.0)", lambda: '%.*f' % ('x', 1.0))
show("'%*d' % (5.0, 1)", lambda: '%*d' % (5.0, 1))
show("'%*d' % (True, 1)", lambda: '%*d' % (True, 1))
show("'%*d' % (5,)", lambda: '%*d' % (5,))
show("'%.*f' % (2,)", lambda: '%.*f' % (2,))
show("'%*' % (5,)", lambda: '%*' % (5,))
show("'%*' % ()", lambda: '%*' % ())
show("'%(a)*d' % {'a': 5}", lambda: '%(a)*d' % {'a': 5})
show("'%*.*' % (1, 2)", lambda: '%*.*' % (1, 2))
show("'%*c|' % (3, 'x')", lambda: '%*c|' % (3, 'x'))
