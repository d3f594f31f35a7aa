def down(n):
    return down(n + 1) + 1
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__)
    print(isinstance(e, RuntimeError))
print("recovered")
