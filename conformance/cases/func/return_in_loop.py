def first_negative(seq):
    for i in range(len(seq)):
        if seq[i] < 0:
            return i
    return -1
print(first_negative([1, 2, -3, -4]))
print(first_negative([1, 2]))
def loop_return():
    while True:
        return "out"
print(loop_return())
