# TypeError messages for item assignment, deletion and bad index types on builtin containers.
def show(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
def t_assign():
    t = (1, 2)
    t[0] = 5
def s_assign():
    s = "ab"
    s[0] = "x"
def t_del():
    t = (1,)
    del t[0]
def s_del():
    s = "a"
    del s[0]
def i_assign():
    n = 5
    n[0] = 1
def r_assign():
    r = range(3)
    r[0] = 1
def b_assign():
    b = b"ab"
    b[0] = 1
for f in [t_assign, s_assign, t_del, s_del, i_assign, r_assign, b_assign]:
    show(f)
show(lambda: [1, 2]["a"])
show(lambda: [1, 2][None])
show(lambda: (1, 2)["a"])
show(lambda: "abc"["a"])
show(lambda: "abc"[None])
show(lambda: range(3)["a"])
show(lambda: [1, 2][1:"x"])
def set_sub():
    {1, 2}[0]
show(set_sub)
def dict_unhashable():
    d = {}
    d[[1]] = 2
show(dict_unhashable)
show(lambda: {}.get([]))
show(lambda: [] in {1: 2})
show(lambda: [] in {1})
