# Messages for sequence concatenation and repetition with wrong operand types.
# requires: float
def show(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: "a" + 1)
show(lambda: "a" + None)
show(lambda: [1] + "a")
show(lambda: (1,) + [2])
show(lambda: [1] + None)
show(lambda: b"a" + "b")
show(lambda: "ab" * "c")
show(lambda: [1] * [2])
show(lambda: (1,) * None)
show(lambda: "ab" * 2.0)
show(lambda: "ab" * True)
show(lambda: 3 * "ab")
show(lambda: [0] * -2)
show(lambda: "x" * 0)
def iadd_str():
    s = "a"
    s += 5
show(iadd_str)
def iadd_list():
    l = [1]
    l += 5
show(iadd_list)
def iadd_list_ok():
    l = [1]
    l += "bc"
    return l
show(iadd_list_ok)
def imul_list():
    l = [1]
    l *= "x"
show(imul_list)
