# repr(float) gives the shortest digits that read back to the same float; when the float is
# exactly halfway between two such candidates, the one ending in an even digit.
print(869400370866060.25, -869400370866060.25, 869400370866060.75, 5e-324, 2**-1074 * 3)
seed = 77
def rand(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 11) % n

out = []
for i in range(3000):
    a = rand(2**53)
    shift = rand(12)
    x = a / 2**shift
    out.append(repr(x))
    out.append(repr(x * 10**rand(4)))
    if len(out) >= 12:
        print(' '.join(out))
        out = []
print(' '.join(out))
