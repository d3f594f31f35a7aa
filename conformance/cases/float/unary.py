# requires: float
x = 2.5
print(-x, +x)
print(-(-x))
print(abs(-x))
y = float("-inf")
print(-y, abs(y))
try:
    print(~x)
except TypeError as e:
    print(type(e).__name__, e)
