#!/usr/bin/env python3
"""Sums the <Counters> of TRX files and lists failed tests.

usage: trx_summary.py FILE.trx...
Prints, per file, one line with its counters and, for failed tests, their names and first message line
(to stderr); the last line on stdout is "PASSED FAILED" (failed includes error, timeout, aborted).
"""
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = 0
for path in sys.argv[1:]:
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        print(f"  {path}: unreadable TRX ({exc}): counted as 1 failure", file=sys.stderr)
        failed += 1
        continue
    c = root.find(f"{NS}ResultSummary/{NS}Counters")
    if c is None:
        print(f"  {path}: no <Counters>: counted as 1 failure", file=sys.stderr)
        failed += 1
        continue
    n = lambda k: int(c.get(k, "0") or 0)
    f = n("failed") + n("error") + n("timeout") + n("aborted")
    outcome = root.find(f"{NS}ResultSummary").get("outcome", "?")
    if f == 0 and outcome in ("Failed", "Error", "Aborted", "Timeout"):
        # A test host that crashed leaves a TRX with outcome Failed and no failed counter.
        print(f"  {path}: run outcome {outcome} with no failed test (test host crash?): counted as 1 failure",
              file=sys.stderr)
        f = 1
    passed += n("passed")
    failed += f
    print(f"  {path}: total={n('total')} executed={n('executed')} passed={n('passed')} failed={n('failed')}"
          f" error={n('error')} timeout={n('timeout')} aborted={n('aborted')} notExecuted={n('notExecuted')}"
          f" outcome={outcome}", file=sys.stderr)
    for r in root.iter(f"{NS}UnitTestResult"):
        if r.get("outcome") in ("Failed", "Error", "Timeout", "Aborted"):
            msg = r.find(f"{NS}Output/{NS}ErrorInfo/{NS}Message")
            first = (msg.text or "").strip().splitlines()[0] if msg is not None and msg.text else ""
            print(f"    FAILED {r.get('testName')}: {first[:300]}", file=sys.stderr)
print(passed, failed)
