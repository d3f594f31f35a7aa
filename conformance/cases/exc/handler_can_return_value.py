def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return None
print(safe_div(7, 2), safe_div(1, 0))
def parse(s):
    try:
        n = int(s)
    except ValueError:
        return "bad"
    return n * 2
print(parse("21"), parse("x"))
