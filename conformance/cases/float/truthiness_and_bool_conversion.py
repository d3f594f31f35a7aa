# Float truthiness: only zeros are false; NaN and tiny subnormals are true; bool() and if agree.
# requires: float
for v in [0.0, -0.0, 5e-324, -5e-324, 1e-320, float("nan"), float("inf"), float("-inf"), 0.1 - 0.1, 1e-400]:
    print(repr(v), bool(v), "T" if v else "F", not v, v or "fallback", v and "second")
print(any([0.0, -0.0]), all([1.5, float("nan")]), sum(1 for v in [0.0, 1.0, -0.0, 2.0] if v))
print(int(bool(0.5)), bool(0.5) + 1.5, float(True), float(False), float(bool(-0.0)))
print([v for v in (0.0, 0.1 + 0.2 - 0.3, 1 - 0.9 - 0.1) if v])
x = 0.0
while not x:
    x += 0.25
print(x)
count = 0
f = 1.0
while f:
    f /= 2
    count += 1
print(count, f)
