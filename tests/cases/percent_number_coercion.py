# Which values %d/%x/%f/%c accept, and the TypeError messages for the rest
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


class Idx:
    def __index__(self): return 7
class Flt:
    def __float__(self): return 2.5
class IntOnly:
    def __int__(self): return 9
show("'%d' % 3.9", lambda: '%d' % 3.9)
show("'%d' % -3.9", lambda: '%d' % -3.9)
show("'%i' % 2.5", lambda: '%i' % 2.5)
show("'%u' % 3.5", lambda: '%u' % 3.5)
show("'%d' % (Idx(),)", lambda: '%d' % (Idx(),))
show("'%x' % (Idx(),)", lambda: '%x' % (Idx(),))
show("'%f' % (Idx(),)", lambda: '%f' % (Idx(),))
show("'%c' % (Idx(),)", lambda: '%c' % (Idx(),))
show("'%d' % (IntOnly(),)", lambda: '%d' % (IntOnly(),))
show("'%x' % (IntOnly(),)", lambda: '%x' % (IntOnly(),))
show("'%f' % (Flt(),)", lambda: '%f' % (Flt(),))
show("'%d' % (Flt(),)", lambda: '%d' % (Flt(),))
show("'%x' % 3.0", lambda: '%x' % 3.0)
show("'%o' % 3.5", lambda: '%o' % 3.5)
show("'%X' % 1.0", lambda: '%X' % 1.0)
show("'%d' % 'x'", lambda: '%d' % 'x')
show("'%i' % '3'", lambda: '%i' % '3')
show("'%x' % 'x'", lambda: '%x' % 'x')
show("'%d' % None", lambda: '%d' % None)
show("'%d' % [1]", lambda: '%d' % [1])
show("'%e' % 'x'", lambda: '%e' % 'x')
show("'%f' % '1'", lambda: '%f' % '1')
show("'%g' % None", lambda: '%g' % None)
show("'%f' % 10**400", lambda: '%f' % 10**400)
show("'%d' % float('nan')", lambda: '%d' % float('nan'))
show("'%d' % float('inf')", lambda: '%d' % float('inf'))
show("'%x' % float('inf')", lambda: '%x' % float('inf'))
show("'%f' % True", lambda: '%f' % True)
show("'%e' % 10**20", lambda: '%e' % 10**20)
show("'%c' % 3.0", lambda: '%c' % 3.0)
show("'%c' % '3'", lambda: '%c' % '3')
