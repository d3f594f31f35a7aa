# Checks legal but unusual whitespace: none around operators, extra spaces, tabs, form feeds.
x=1+2*3
print(x)
print ( x )
y = [ 1 , 2 , 3 ] [ 1 ]
print(y)
z	=	4	# tabs
print(z)
print((1)if x else(2))
print((0)or(5), [1]and[3])
print([i for i in(1, 2)if i])
print("a"if 1 else"b")
a = [1, 2]
print(a [0], len (a))
print(x.__class__ .__name__)
print(not(x), -(-x))
ns = {}
exec("\x0cv = 5\nw = 6\n", ns)
print(ns["v"], ns["w"])
exec("if 1:\n    \x0c\n    q = 1\n", ns)
print(ns["q"])
exec("u = 1\r\nt = 2\r\n", ns)
print(ns["u"], ns["t"])
exec("r = 3\rs = 4\r", ns)
print(ns["r"], ns["s"])
exec("m = (1 +\r\n 2)", ns)
print(ns["m"])
print(eval("  7"), eval("\t8"), eval("9  \n"))
