# sys.exit raises SystemExit carrying its argument.
import sys
for args in [(), (0,), (3,), ("message",), (None,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e), e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.exit(code=1)
except TypeError as e:
    print(type(e).__name__, e)
sys.exit(4)
