# requires: float
print(bool(0.0), bool(-0.0), bool(0.1), bool(-1e-300))
print(bool(float("inf")))
if 0.0:
    print("no")
else:
    print("zero is falsy")
print(not 1.5)
print(0.0 or 2.5)
print(1.5 and 0.0)
