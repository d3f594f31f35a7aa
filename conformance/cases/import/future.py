# from __future__ imports: known features import; misplaced or unknown ones do not compile.
from __future__ import annotations, generator_stop
import __future__
print(type(__future__).__name__, hasattr(__future__, "annotations"))
for src in ["x = 1\nfrom __future__ import annotations\n",
            "from __future__ import nosuch\n",
            "from __future__ import braces\n",
            "'''doc'''\nfrom __future__ import division\nx = 1\n"]:
    try:
        compile(src, "<src>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(e.msg, e.lineno)
