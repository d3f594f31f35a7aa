# requires: float
try:
    1 // 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    int(float("inf"))
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
print(isinstance(ZeroDivisionError(), ArithmeticError))
print(isinstance(OverflowError(), ArithmeticError))
print(isinstance(ValueError(), ArithmeticError))
