# Checks: f-string numeric specs — , and _ separators, .2f, .3e, g, %, x/X/o/b with #, and c.
big = 1234567.891
print(f"{big:,}", f"{big:_}", f"{big:,.2f}", f"{1234567:,}", f"{1234567:_}", f"{0xFFFFFFFF:_x}")
print(f"{big:.2f}", f"{big:.3e}", f"{big:g}", f"{big:.10g}", f"{0.000123:g}")
print(f"{0.25:%}", f"{0.25:.0%}", f"{1/3:.2%}", f"{-0.5:+.1%}")
n = 255
print(f"{n:x}", f"{n:X}", f"{n:#x}", f"{n:#X}", f"{n:o}", f"{n:#o}", f"{n:b}", f"{n:#b}")
print(f"{n:08b}", f"{n:#010b}", f"{n:#06x}", f"{-n:#x}", f"{5:#b}")
print(f"{65:c}", f"{44032:c}", f"{n:d}", f"{n:n}", f"{7:e}", f"{7:.1f}")
print(f"{3.14159:.0f}", f"{2.5:.0f}", f"{1e100:.2e}", f"{123.456:10.1f}|", f"{-0.001:.2f}")
print(f"{12:,d}", f"{10**12:,}", f"{-1234:,}", f"{0.5:g}", f"{1e-10:.3g}")
