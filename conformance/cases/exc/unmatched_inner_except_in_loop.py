# An exception that passes an inner except clause that does not match must reach the outer
# handler with the loop (and function) state intact.
for x in [1, 2]:
    try:
        try:
            raise ValueError('v')
        except ArithmeticError:
            print('not here')
    except ValueError:
        print('outer', x)
print('after loop')
def checked(values):
    seen = []
    for v in values:
        try:
            try:
                if v < 0:
                    raise ValueError(f"negative: {v}")
            except (ArithmeticError, KeyError):
                pass
        except ValueError as e:
            seen.append(str(e))
    return seen
print(checked([5, -1, -2]))
