# Three-argument pow() errors follow whichever operand's ** answers (none, a complex's or a
# float's); argument errors come in CPython's order: missing, given twice, unknown keyword.
for a in [(2,3,1.5),(2.0,3,5),(2,3,'s'),(2,'s',3),('s',2,3),(2j,2,3),(2,2j,3),(2,3,2j),(True,2,3),(2,3,None),(2.0,3,'s'),(2j,2,'s'),(2,3,[]),(2,3,-5),(3,-1,7)]:
    try: print(pow(*a))
    except Exception as e: print(a, type(e).__name__, e)

for f in [lambda: pow(x=1), lambda: pow(2, base=3, exp=1), lambda: pow(2, 3, q=1), lambda: round(1.5, ndigits=1, z=2), lambda: sorted([1], key=None, reverse=False, x=1), lambda: int('5', base=10, x=1)]:
    try: print(f())
    except TypeError as e: print(e)
