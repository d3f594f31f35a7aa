# Digits of pi from an unbounded spigot: a linear fractional transformation
# kept as four big integers, composed term by term and queried for the next
# digit. Stresses arbitrary-precision integer multiply, floor division and
# comparison on numbers of thousands of digits.

N = 5500  # digits to produce; tuned so CPython takes about 1.5 s


def pi_digits(count):
    # the transformation x -> (q*x + r) / (s*x + t); s stays 0 here
    q, r, t = 1, 0, 1
    k = 0
    digits = []
    while len(digits) < count:
        # can the digit be fixed yet? compare floor at x=3 and x=4
        d3 = (3 * q + r) // t
        d4 = (4 * q + r) // t
        if d3 == d4:
            digits.append(d3)
            # emit: multiply by 10 and subtract the digit
            r = 10 * (r - d3 * t)
            q = 10 * q
        else:
            # absorb the next term k/(2k+1) of the series for pi
            k += 1
            m = 2 * k + 1
            r = (2 * q + r) * m
            q = q * k
            t = t * m
    return digits


def main():
    digits = pi_digits(N)
    text = "".join([str(d) for d in digits])
    width = 60
    print(text[:width])
    print("...")
    print(text[len(text) - width:])
    print("digits", len(text), "digit sum", sum(digits))


main()
