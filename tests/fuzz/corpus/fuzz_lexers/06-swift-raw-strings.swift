let s = #"a "\#(x)" b"#; let m = """
  multi
  """
/* /* nested */ */