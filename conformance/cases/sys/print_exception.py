# sys.print_exception (MicroPython's) prints a traceback without chained exceptions, to
# stdout or to a file. (CPython has no such function: the expected output is in NAME.py.exp.)
import sys, io
def inner():
    raise KeyError("k")
def outer():
    try:
        inner()
    except KeyError:
        raise ValueError("outer")
try:
    outer()
except ValueError as e:
    sys.print_exception(e)
    buf = io.StringIO()
    sys.print_exception(e, buf)
    print(buf.getvalue().splitlines()[-1])
sys.print_exception(RuntimeError())
try:
    sys.print_exception("not an exception")
except TypeError as e:
    print("TypeError", e)
