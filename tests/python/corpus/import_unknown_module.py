# import_unknown_module.py — importing a module outside LoopLab's set: ModuleNotFoundError (LoopLab adds a hint).
# corpus: stderr_prefix
print("before the import")
import requests
print("never printed")
