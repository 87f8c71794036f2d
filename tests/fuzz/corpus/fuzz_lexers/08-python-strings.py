f"{x!r:>{w}}" r"\" b'\x00' """triple
""" '''open