#!/usr/bin/env python3
"""Adds or updates Turkish translations: writes them into src/SupplierMeetups.Web/Resources/SharedResource.tr.resx,
then runs split-translations.py, which moves each key into the resource file of the module whose code uses it
(<Module>/Resources/<Module>.tr.resx). A key no code uses yet stays in SharedResource.tr.resx until it is.

usage: resx.py FILE.tsv   (lines: English key<TAB>Turkish text)
Keeps the files sorted by key so that diffs stay small.
"""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

RESX = Path(__file__).resolve().parents[2] / "src/SupplierMeetups.Web/Resources/SharedResource.tr.resx"
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


entries = {}
if RESX.exists():
    for data in ET.parse(RESX).getroot().iter("data"):
        entries[data.get("name")] = data.find("value").text or ""
for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
    if line.strip():
        key, value = line.split("\t")
        entries[key] = value
body = "".join(f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(v)}</value></data>\n' for k, v in sorted(entries.items()))
RESX.write_text(HEADER + body + "</root>\n", encoding="utf-8")
print(f"{len(entries)} entries in {RESX.name}")
sys.exit(subprocess.run([sys.executable, str(Path(__file__).with_name("split-translations.py"))]).returncode)
