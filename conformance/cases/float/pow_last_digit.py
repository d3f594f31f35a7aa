# Float powers agree with CPython to the last digit (both call the host's C `pow`), for
# integral and fractional exponents and for int ** negative int.
seed = 99
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed / 2**31

for i in range(200):
    x = rand() * 10
    y = rand() * 40 - 20
    print(x ** y, x ** int(y), (x + 1) ** 7, x ** 0.5, 1.0000001 ** (y * 1e6))
for b in range(2, 15):
    print([b ** -e for e in range(1, 25, 3)])
print(1.25 ** 0.3000000041, 1.1 ** 7, 3.7 ** 11, 0.9 ** 123.456, 2 ** -0.5)
