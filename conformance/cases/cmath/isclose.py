# cmath.isclose compares the modulus of the difference with the tolerances.
import cmath

def show(*args, **kw):
    try:
        print(cmath.isclose(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

show(1 + 1j, 1 + 1.0000000001j)
show(1j, 1.1j, rel_tol=0.1)
show(1j, 1.2j, rel_tol=0.1)
show(0j, 1e-10j, abs_tol=1e-9)
show(complex(float("inf"), 1), complex(float("inf"), 1))
show(complex(float("inf"), 1), complex(float("inf"), 2))
show(complex(float("nan"), 0), complex(float("nan"), 0))
show(1, 1.0)
show(a=2j, b=2j)
show(1, 2, rel_tol=-1)
show(1, "a")
show(1, 2, 3)
show(1)
