# inf and nan: signs, zero padding like digits, upper-case types, percent, z
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


show("format(float('inf'), '')", lambda: format(float('inf'), ''))
show("format(float('-inf'), '+')", lambda: format(float('-inf'), '+'))
show("format(float('nan'), '+')", lambda: format(float('nan'), '+'))
show("format(float('-nan'), '')", lambda: format(float('-nan'), ''))
show("format(float('nan'), ' ')", lambda: format(float('nan'), ' '))
show("format(float('inf'), '010')", lambda: format(float('inf'), '010'))
show("format(float('-inf'), '010')", lambda: format(float('-inf'), '010'))
show("format(float('nan'), '+010')", lambda: format(float('nan'), '+010'))
show("format(float('inf'), '<010')", lambda: format(float('inf'), '<010'))
show("format(float('inf'), '*^9')", lambda: format(float('inf'), '*^9'))
show("format(float('inf'), 'E')", lambda: format(float('inf'), 'E'))
show("format(float('nan'), 'G')", lambda: format(float('nan'), 'G'))
show("format(float('-inf'), 'F')", lambda: format(float('-inf'), 'F'))
show("format(float('inf'), '%')", lambda: format(float('inf'), '%'))
show("format(float('nan'), '.2%')", lambda: format(float('nan'), '.2%'))
show("format(float('inf'), ',')", lambda: format(float('inf'), ','))
show("format(float('inf'), '_f')", lambda: format(float('inf'), '_f'))
show("format(float('inf'), '#')", lambda: format(float('inf'), '#'))
show("format(float('inf'), '#.0f')", lambda: format(float('inf'), '#.0f'))
show("format(float('-inf'), 'z')", lambda: format(float('-inf'), 'z'))
show("format(float('nan'), 'z.1f')", lambda: format(float('nan'), 'z.1f'))
show("format(float('inf'), 'e')", lambda: format(float('inf'), 'e'))
show("format(float('inf'), '.3g')", lambda: format(float('inf'), '.3g'))
show("format(10**400, 'e') if False else 'skip'", lambda: format(10**400, 'e') if False else 'skip')
show("'%f %F %e %E %g %G' % ((float('inf'),) * 6)", lambda: '%f %F %e %E %g %G' % ((float('inf'),) * 6))
show("'%f %F' % (float('nan'), float('-nan'))", lambda: '%f %F' % (float('nan'), float('-nan')))
show("'%010f|%-10f|%+f|% f' % ((float('inf'),) * 4)", lambda: '%010f|%-10f|%+f|% f' % ((float('inf'),) * 4))
show("'%010.2e' % float('-inf')", lambda: '%010.2e' % float('-inf'))
