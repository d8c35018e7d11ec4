# A truncated \x escape after Korean text (fuzz finding: the engine sliced
# the source inside a character): CPython words it 'truncated \xXX escape'
# and counts each non-ASCII character before it as 10 bytes.
import sys

sys.stdout.write("stdout로 직접\x 쓰기\n")
