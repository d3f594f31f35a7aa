# Fannkuch-redux: walk every permutation of 0..n-1 and count the prefix
# reversals ("pancake flips") until the first element is 0. Stresses list
# indexing and slice assignment, integer compares and tight while loops.

N = 9  # permutation size (n = 10 would take about 10 times longer)
REPEAT = 2  # full searches of size N; tuned so CPython takes about 1.5 s


def fannkuch(n):
    perm = list(range(n))
    # count[i] says how many more rotations of the first i+1 items remain
    count = list(range(n))
    max_flips = 0
    checksum = 0
    index = 0
    while True:
        # count the flips for the current permutation
        first = perm[0]
        if first != 0:
            p = perm[:]
            flips = 0
            while first != 0:
                # reverse the prefix p[0..first]
                lo = 0
                hi = first
                while lo < hi:
                    t = p[lo]
                    p[lo] = p[hi]
                    p[hi] = t
                    lo += 1
                    hi -= 1
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            if index % 2 == 0:
                checksum += flips
            else:
                checksum -= flips
        index += 1
        # next permutation: rotate the first i+1 items left by one
        i = 1
        while i < n:
            head = perm[0]
            perm[0:i] = perm[1:i + 1]
            perm[i] = head
            count[i] -= 1
            if count[i] >= 0:
                break
            count[i] = i
            i += 1
        if i >= n:
            return checksum, max_flips, index


for _ in range(REPEAT):
    checksum, max_flips, total = fannkuch(N)
print(checksum)
print("Pfannkuchen(%d) = %d" % (N, max_flips))
print("permutations", total)
