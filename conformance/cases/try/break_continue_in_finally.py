# break and continue inside finally cancel pending exceptions and pending returns.
def brk():
    for i in range(5):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke at %d" % i
print(brk())
def cont():
    seen = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen
print(cont())
def ret_then_break():
    while True:
        try:
            return "never"
        finally:
            break
    return "after loop"
print(ret_then_break())
def nested():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    raise RuntimeError
                out.append((i, j))
            finally:
                if j == 1:
                    break
    return out
print(nested())
