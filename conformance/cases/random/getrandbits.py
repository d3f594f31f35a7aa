# getrandbits at every word boundary, and its errors.
import random
random.seed(7)
for k in [0, 1, 31, 32, 33, 63, 64, 65, 96, 128, 129, 1000]:
    r = random.getrandbits(k)
    print(k, r, r.bit_length() <= k)
for bad in [-1, 1.5, "8", None]:
    try:
        random.getrandbits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(random.randbytes(0), random.randbytes(9))
