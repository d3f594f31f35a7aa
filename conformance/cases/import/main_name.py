# The script is __main__; a module sees its own name, and its `if __name__ == "__main__"`
# block does not run on import.
# file: tool.py
#| def main(): return "tool main"
#| if __name__ == "__main__":
#|     print("never printed on import")
#| print("tool imported as", __name__)
import tool
print(__name__, tool.main())
import __main__
print(__main__.__name__, hasattr(__main__, "tool"))
