# __class__ of builtin values cannot be assigned or deleted; a __hash__ result that fits a
# machine word is the hash itself; bytes() asks __bytes__ first, bytearray() never.
class X: pass
for o in (5, [], "a", None):
    try: o.__class__ = X
    except Exception as e: print(type(e).__name__, e)
try: del (5).__class__
except Exception as e: print(type(e).__name__, e)
print(hash((1,2)))
class K:
    def __hash__(self): return hash((1,2))
print(hash(K()))
print(hash(-1), hash(-2), hash(2**64), hash((1,2)) == hash(K()))
class B:
    def __bytes__(self): return b"x"
try: print(bytearray(B()))
except TypeError as e: print(e)
