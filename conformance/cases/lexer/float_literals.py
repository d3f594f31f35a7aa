# Checks float literal spellings: leading/trailing dots, exponents, underscores and leading zeros.
# requires: float
print(1., .5, 1.5, 0.0)
print(1e3, 1E3, 1e+3, 1e-3, 1.5e2, .5e1, 5.e-1)
print(1_000.5, 1_0e1_0, 1.2_5)
print(00.5, 09.5, 000e0, 0e0)
print(type(1.).__name__, type(1e0).__name__)
print(1e308, 1e-308)
print(1e309, -1e309)
print(0.1 + 0.2, 3.14159)
print(1e22, 1e16, 1e15, 123456789012345678.0)
print(1.0 == 1, 1e0 == 1.0, 10e-1 == 1.0)
print(5e-324, 2.5e-324)
print(repr(1.0), repr(.1), repr(100.))
for src in ["1.e", "1e+", "1._5", "1_.5", "1.5_", "1e1.5"]:
    try:
        compile(src, "f", "exec")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, type(e).__name__)
print(1.5.is_integer(), 2.0.is_integer(), 1..__class__.__name__)
