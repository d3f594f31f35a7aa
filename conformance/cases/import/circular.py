# Circular imports see the partly run module; a name it has not bound yet is an error that
# says so.
# file: ping.py
#| import pong
#| early = "ping early"
#| def ask(): return pong.answer()
# file: pong.py
#| import ping
#| def answer(): return "pong sees " + ping.early
# file: left.py
#| from right import r
#| l = "left"
# file: right.py
#| from left import l
#| r = "right"
import ping
print(ping.ask())
try:
    import left
except ImportError as e:
    print(type(e).__name__, str(e).replace(e.path, "PATH"), e.name)
import sys
print("left" in sys.modules, "right" in sys.modules)
