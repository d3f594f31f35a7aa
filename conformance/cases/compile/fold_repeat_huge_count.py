# Constant folding checks a string repeat's size before folding it; with a count near 2**62
# the size check itself overflowed (found by the compile fuzz target). The repeat is never run.
def never():
    return "abcde" * (2**62 - 1), (3**100 // 2**97) * "xy"


print(never.__name__)
print("ab" * 3, 2 * "cd", "" * (2**62 - 1))
