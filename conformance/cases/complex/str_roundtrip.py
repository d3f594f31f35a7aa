vals = [1+2j, -1.5j, 1e-7+3e22j, complex(0.1, -0.3), 0j, complex(float("inf"), -1),
        complex(-2, 0), 1/3 + 2/3j]
for z in vals:
    s = str(z)
    back = complex(s)
    print(s, back == z, repr(back) == repr(z))
print(eval(repr(1+2j)) == 1+2j)
print(complex(repr(-1j)))
