import os
import os.path

os.environ["MONTYBOX_EXP"] = "value"
print(os.path.expandvars("$MONTYBOX_EXP/x"))
print(os.path.expandvars("${MONTYBOX_EXP}y"))
print(os.path.expandvars("$MONTYBOX_NOT_SET_9/x"))
print(os.path.expandvars("no vars"), os.path.expandvars("$"), os.path.expandvars("${unclosed"))
print(os.path.expandvars(b"$MONTYBOX_EXP"))
print(os.path.expanduser("no/tilde"), os.path.expanduser("a/~b"))
print(os.path.expanduser("~montybox_no_such_user_xyz/x"))
try:
    os.path.expanduser(5)
except TypeError as e:
    print(type(e).__name__, e)
del os.environ["MONTYBOX_EXP"]
print(os.path.expandvars("$MONTYBOX_EXP"))
