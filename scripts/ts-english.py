#!/usr/bin/env python3
"""Completes translations/breachdesk_en.ts: the source strings are English, so each translation is its source.

Run after `cmake --build build --target update_translations`. Plural messages get both English forms from the
source (the "%n item(s)" convention is turned into singular and plural).
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/breachdesk_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        # A verb after "(s)" agrees with the count: "row(s) have" is "row has" in the singular.
        verbs = {"have": "has", "were": "was", "are": "is"}
        agreed = re.sub(r"\(s\)((?: [A-Za-z_]+){0,6}) (have|were|are)\b",
                        lambda m: "(s)" + m.group(1) + " " + verbs[m.group(2)] + "\x00" + m.group(2), source)
        singular = re.sub(r"\x00[a-z]+", "", re.sub(r"\(([a-z]+)\)", "", agreed))
        source = re.sub(r"(has|was|is)\x00([a-z]+)", r"\2", agreed)
        plural = re.sub(r"\(([a-z]+)\)", r"\1", source)
        for form in (singular, plural):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
tree.write(path, encoding="utf-8", xml_declaration=True)
