# Checks: sys.exit with a non-string, non-int object prints its str() to stderr and exits with status 1.
import sys

results = {"passed": 8, "failed": 2}
print("테스트 결과:", results)
if results["failed"]:
    sys.exit(["failed", results["failed"]])
