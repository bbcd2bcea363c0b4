#!/usr/bin/env python3
"""Lists texts used in src/SupplierMeetups.Web that SharedResource.tr.resx does not translate yet
(the same rule as the TranslationTests unit test), as lines ready for resx.py: English<TAB>(to translate)."""
import re
import xml.etree.ElementTree as ET
from pathlib import Path

web = Path(__file__).resolve().parents[2] / "src/SupplierMeetups.Web"
known = {d.get("name") for d in ET.parse(web / "Resources/SharedResource.tr.resx").getroot().iter("data")}
patterns = [r'\b[lL]\["((?:[^"\\]|\\.)+)"[,\]]', r'(?:Display\(Name|ErrorMessage) = "((?:[^"\\]|\\.)+)"']
found = set()
for path in list(web.rglob("*.cs")) + list(web.rglob("*.cshtml")):
    if "/obj/" in str(path) or "Migrations" in str(path):
        continue
    text = path.read_text(encoding="utf-8")
    for pattern in patterns:
        found.update(m.group(1).encode().decode("unicode_escape").encode("latin-1").decode("utf-8") for m in re.finditer(pattern, text))
for key in sorted(found - known):
    print(f"{key}\t")
