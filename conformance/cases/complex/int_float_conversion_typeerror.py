for conv in (int, float):
    for z in (1j, 3+0j, complex(2.5, 0)):
        try:
            print(conv(z))
        except TypeError as e:
            print(type(e).__name__, e)
try:
    round(1j)
except TypeError as e:
    print(type(e).__name__, e)
idx = 1j
try:
    "abc"[idx]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1j)
except TypeError as e:
    print(type(e).__name__, e)
print(int((3+0j).real), float((3+4j).imag))
