//! The Python programs the micro-benchmarks time, one per hot path of the VM.
//!
//! Each program is run once as `__main__` (defining its classes and data, and compiling
//! everything), then its `bench()` function is called for every timed iteration. `bench()`
//! repeats the operation under test `OPS` times in a loop, so the per-call overhead of
//! entering the VM is spread thin; the loop itself is what `dispatch` measures alone.
//! `bench()` asserts on what it computed, so a program that goes wrong fails the run
//! instead of timing an exception.

/// How many times each `bench()` repeats its operation (the `range(1000)` in the sources).
pub const OPS: u64 = 1000;

/// One micro-benchmark: its name (criterion's id, and what `--filter` matches) and its program.
pub struct Program {
    pub name: &'static str,
    pub source: &'static str,
}

pub const PROGRAMS: &[Program] = &[
    Program {
        name: "dispatch/local_arith",
        source: "
def bench():
    i = 0
    x = 0
    while i < 1000:
        x = x + i * 2 - 1
        i += 1
    assert x == 998000
",
    },
    Program {
        name: "attr/instance",
        source: "
class P:
    def __init__(self):
        self.x = 1
        self.y = 2

p = P()

def bench():
    o = p
    t = 0
    for i in range(1000):
        t += o.x + o.y
    assert t == 3000
",
    },
    Program {
        name: "attr/class",
        source: "
class C:
    k = 3

c = C()

def bench():
    o = c
    t = 0
    for i in range(1000):
        t += o.k
    assert t == 3000
",
    },
    // One read site seeing one class (`mono`) or four (`poly`), cycling through four objects.
    Program {
        name: "attr/site_monomorphic",
        source: "
class A:
    def __init__(self):
        self.x = 1

objs = [A(), A(), A(), A()]

def bench():
    os = objs
    t = 0
    for i in range(1000):
        t += os[i & 3].x
    assert t == 1000
",
    },
    Program {
        name: "attr/site_polymorphic",
        source: "
class A:
    def __init__(self):
        self.x = 1

class B:
    def __init__(self):
        self.x = 1

class C:
    def __init__(self):
        self.y = 0
        self.x = 1

class D(A):
    pass

objs = [A(), B(), C(), D()]

def bench():
    os = objs
    t = 0
    for i in range(1000):
        t += os[i & 3].x
    assert t == 1000
",
    },
    Program {
        name: "call/method_python",
        source: "
class P:
    def __init__(self):
        self.x = 1

    def get(self, d):
        return self.x + d

p = P()

def bench():
    o = p
    t = 0
    for i in range(1000):
        t += o.get(1)
    assert t == 2000
",
    },
    Program {
        name: "call/method_list_append",
        source: "
def bench():
    a = []
    for i in range(1000):
        a.append(i)
    assert len(a) == 1000
",
    },
    Program {
        name: "call/method_dict_get",
        source: "
d = {'a': 1, 'b': 2, 'c': 3}

def bench():
    m = d
    t = 0
    for i in range(1000):
        t += m.get('b', 0)
    assert t == 2000
",
    },
    Program {
        name: "call/function",
        source: "
def f(x):
    return x

def bench():
    t = 0
    for i in range(1000):
        t += f(1)
    assert t == 1000
",
    },
    Program {
        name: "global/read",
        source: "
G = 2

def bench():
    t = 0
    for i in range(1000):
        t += G
    assert t == 2000
",
    },
    Program {
        name: "new/init",
        source: "
class P:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

def bench():
    cls = P
    for i in range(1000):
        o = cls(i, 2, 3)
    assert o.a == 999
",
    },
    Program {
        name: "new/slots",
        source: "
class P:
    __slots__ = ('a', 'b', 'c')

    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

def bench():
    cls = P
    for i in range(1000):
        o = cls(i, 2, 3)
    assert o.a == 999
",
    },
];
