"""Sums the outcome counters of xUnit .trx files into the line CI reads: "N passed, N failed, N skipped"."""
import sys
import xml.etree.ElementTree as ET

ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
# argv: the number of test projects, then their .trx files; a project that left no file crashed.
expected, paths = int(sys.argv[1]), [p for p in sys.argv[2:] if not p.endswith("*.trx")]
passed = skipped = 0
failed = max(0, expected - len(paths))
for path in paths:
    try:
        counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    except (ET.ParseError, FileNotFoundError):
        failed += 1  # an unreadable result file is a failed run, never a silent pass
        continue
    if counters is None:
        failed += 1
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
