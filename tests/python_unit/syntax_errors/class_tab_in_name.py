x = f"{'nested'}"
class exc	ept:
