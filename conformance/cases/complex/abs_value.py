print(abs(3+4j), abs(-3-4j), abs(1j), abs(0j))
print(abs(5+12j), type(abs(1j)).__name__)
print(abs(complex(float("inf"), float("nan"))))
print(abs(complex(float("nan"), 1)))
print(abs(1e300+1e300j))
try:
    print(abs(complex(1.5e308, 1.5e308)))
except OverflowError as e:
    print(type(e).__name__, e)
print(abs(complex(-0.0, -0.0)))
