# Formatting a complex: CPython's codes and messages, parentheses when no type is given;
# % with a complex operand on text; bytes % with arguments left over.

for s in ['d','=10','x','%','010','c','n','g','e','.2f', 's', '>12', '^+12.3g']:
    try: print(repr(format(1+2j, s)))
    except ValueError as e: print(s, e)
try:
    print("%f" % 1j)
except TypeError as e: print(e)
print("%s %r" % (1j, 1+0j))
try: print(b"%f" % 1j)
except TypeError as e: print(e)
print(b"%s" % b"x")
for v in (1j, "s", None, 1.5):
    try: print(b"]" % v)
    except TypeError as e: print(repr(v), e)
print(b"]" % {}, b"%(a)s" % {b"a": b"x"}, b"%s" % (b"y",))
try: print(b"%s %s" % (b"a",))
except TypeError as e: print(e)
