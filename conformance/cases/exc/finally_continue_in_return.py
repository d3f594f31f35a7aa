# A `continue` inside a finally run on the way out of `return` abandons the return.
def h():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "loop ended"
print(h())
def k():
    for i in range(3):
        try:
            return i
        finally:
            break
    return "broke"
print(k())
