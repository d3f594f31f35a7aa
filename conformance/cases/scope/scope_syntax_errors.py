# Checks that invalid global/nonlocal usages are rejected at compile time with SyntaxError.
sources = [
    "nonlocal x",
    "def f():\n    nonlocal undefined_here\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f(a):\n    def g():\n        nonlocal a\n    return g\n",
    "class C:\n    nonlocal q\n",
    "def f():\n    global y\n    y = 1\n",
    "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x = 1\n",
]
for src in sources:
    try:
        compile(src, "f", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__)

try:
    exec("def f():\n    nonlocal zz\n")
except SyntaxError as e:
    print(type(e).__name__)
