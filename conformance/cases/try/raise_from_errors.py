# Invalid causes in raise-from and bad assignments to __cause__/__context__ raise TypeError.
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("x") from "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("x") from int
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError()
try:
    e.__cause__ = 3
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = "s"
except TypeError as err:
    print(type(err).__name__, err)
class NotExc:
    pass
try:
    raise ValueError from NotExc()
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise NotExc
except TypeError as err:
    print(type(err).__name__, err)
