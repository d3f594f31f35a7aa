# The 'u' typecode: fromunicode, tounicode, items as characters.
from array import array
u = array('u', 'hello')
print(u, u.tounicode(), u[0], u.tolist(), len(u))
u.fromunicode(' world')
u.append('!')
print(u.tounicode(), u.itemsize)
print(array('u', 'ab').tobytes())
for f, args in [(u.fromunicode, (b'x',)), (u.fromunicode, (5,)), (u.append, ('ab',)),
                (array('i').fromunicode, ('x',)), (array('i').tounicode, ())]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
