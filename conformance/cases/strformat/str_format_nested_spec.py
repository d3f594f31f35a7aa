# Replacement fields nested inside a format spec supply the width, precision, fill or type.
# requires: float
print("[{:{}}]".format("a", 5))
print("[{:>{}}]".format("a", 5))
print("[{0:{1}{2}}]".format("b", "^", 7))
print("[{0:{fill}{align}{width}}]".format("c", fill="*", align=">", width=6))
print("[{:.{}f}]".format(3.14159, 2))
print("[{:{}.{}f}]".format(3.14159, 10, 3))
print("[{0:{1}}]".format(255, "#x"))
print("[{x:{y}}]".format(x=42, y="08b"))
print("[{:{}}{:{}}]".format(1, 3, 2, 4))
print("[{0[0]:{0[1]}}]".format(["v", ">4"]))
print("[{:{}}]".format("q", ""))
w = 6
print(f"[{'z':{w}}]", f"[{3.5:{w}.{2}f}]", f"[{'z':{'^'}{w}}]", f"[{10:{'x'}}]")
print(f"[{'ab':{'*'}<{w + 2}}]", f"[{123:{w}{','}}]")
for fmt, args in [("{:{}}", ("a", "Q")), ("{:{}}", ("a",)), ("{:{0}}", ("a", 3)),
                  ("{:.{}}", ("abc", -1))]:
    try:
        print(repr(fmt), repr(fmt.format(*args)))
    except (ValueError, IndexError) as e:
        print(repr(fmt), type(e).__name__, e)
