# Format specs that the value refuses raise ValueError or TypeError when the f-string runs.
# requires: float
tests = [lambda: f"{'s':d}", lambda: f"{1:q}", lambda: f"{1.5:d}", lambda: f"{'x'!r:d}",
         lambda: f"{[1]:>3}", lambda: f"{None:x}", lambda: f"{1:.2d}", lambda: f"{'a':,}",
         lambda: f"{1:{'q'}}", lambda: f"{3:{None}}", lambda: f"{1:{[]}}", lambda: f"{'ab':=5}",
         lambda: f"{2**3:c}" and f"{-1:c}", lambda: f"{1:,_}", lambda: f"{undefined_name}",
         lambda: f"{1/0}", lambda: f"{[][0]}", lambda: f"{ {}['k'] }"]
for t in tests:
    try:
        print(repr(t()))
    except (ValueError, TypeError, OverflowError, NameError, ZeroDivisionError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
