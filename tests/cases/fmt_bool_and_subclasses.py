# bool and int/float/str subclasses in format(): empty specs use str(), others the value
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


class I(int):
    def __str__(self): return 'I!'
class F(float):
    def __repr__(self): return 'Frepr'
class S(str):
    def __str__(self): return 'S!'
class Fmt:
    def __format__(self, spec): return 'Fmt<' + spec + '>'
class Bad:
    def __format__(self, spec): return 42
show('format(True)', lambda: format(True))
show("format(True, '')", lambda: format(True, ''))
show("format(True, 'd')", lambda: format(True, 'd'))
show("format(True, '5')", lambda: format(True, '5'))
show("format(True, '>6')", lambda: format(True, '>6'))
show("format(False, 'x')", lambda: format(False, 'x'))
show("format(True, '.2f')", lambda: format(True, '.2f'))
show("format(True, 's')", lambda: format(True, 's'))
show("format(True, '%')", lambda: format(True, '%'))
show("f'{True!r:>6}'", lambda: f'{True!r:>6}')
show('format(I(5))', lambda: format(I(5)))
show("format(I(5), 'd')", lambda: format(I(5), 'd'))
show("format(I(255), '#x')", lambda: format(I(255), '#x'))
show("format(I(5), 's')", lambda: format(I(5), 's'))
show('format(F(1.5))', lambda: format(F(1.5)))
show("format(F(1.5), '.2f')", lambda: format(F(1.5), '.2f'))
show("format(F(1.5), 'd')", lambda: format(F(1.5), 'd'))
show("format(S('x'))", lambda: format(S('x')))
show("format(S('x'), '>3')", lambda: format(S('x'), '>3'))
show("format(S('abc'), '.1')", lambda: format(S('abc'), '.1'))
show("format(S('x'), 'd')", lambda: format(S('x'), 'd'))
show("format(Fmt(), 'abc')", lambda: format(Fmt(), 'abc'))
show('format(Fmt())', lambda: format(Fmt()))
show("'{:xyz}'.format(Fmt())", lambda: '{:xyz}'.format(Fmt()))
show("format(Bad(), '')", lambda: format(Bad(), ''))
show("'{}'.format(Bad())", lambda: '{}'.format(Bad()))
