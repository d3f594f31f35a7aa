# requires: float
tiny = 5e-324
print(tiny, tiny * 2, tiny / 2)
print(tiny * 1e300)
print(2.2250738585072014e-308 / 2)
print(1e-310)
print(float("4.9e-324"), float("2e-324"), float("3e-324"))
