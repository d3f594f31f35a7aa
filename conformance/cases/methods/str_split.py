print("a b  c".split())
print("  leading and trailing  ".split())
print("a,b,,c".split(","))
print("a--b--c".split("--"))
print("".split())
print("".split(","))
print("abc".split("x"))
print("a b c d".split(" ", 2))
print("\ta\nb\r\nc ".split())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
