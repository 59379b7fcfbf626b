#!/usr/bin/env python3
"""Opens a claimsheet CSV in LibreOffice (headless) and proves it is safe and intact.

Converts the CSV to .xlsx with LibreOffice's CSV import (UTF-8, comma, double quote),
then reads the workbook's XML back and checks that
  1. no cell holds a formula (no <f> element), and
  2. every cell's text equals the CSV cell (a leading guard apostrophe may be kept or
     hidden, as spreadsheets do), so accents, Cyrillic, Arabic and emoji survive.

usage: spreadsheet_check.py SHEET.csv WORKDIR
"""
import csv
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def column_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def read_xlsx(path):
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            root = ET.fromstring(z.read("xl/sharedStrings.xml"))
            for si in root.findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows, formulas = [], []
    for row in sheet.iter(f"{{{NS['m']}}}row"):
        cells = {}
        for c in row.findall("m:c", NS):
            ref = c.get("r")
            if c.find("m:f", NS) is not None:
                formulas.append(ref)
            v = c.find("m:v", NS)
            inline = c.find("m:is", NS)
            if c.get("t") == "s" and v is not None:
                text = shared[int(v.text)]
            elif inline is not None:
                text = "".join(t.text or "" for t in inline.iter(f"{{{NS['m']}}}t"))
            else:
                text = v.text if v is not None else ""
            cells[column_index(ref)] = text
        width = max(cells) + 1 if cells else 0
        rows.append([cells.get(i, "") for i in range(width)])
    return rows, formulas


def same(csv_cell, sheet_cell):
    if csv_cell == sheet_cell:
        return True
    if csv_cell.startswith("'") and csv_cell[1:] == sheet_cell:
        return True  # the guard apostrophe, hidden by the spreadsheet
    # Plain numbers come back as numbers ("1,234" -> 1234, "12%" -> 0.12): the same value.
    plain = csv_cell.strip().replace(",", "")
    scale = 1.0
    if plain.endswith("%"):
        plain, scale = plain[:-1], 0.01
    try:
        return abs(float(plain) * scale - float(sheet_cell)) < 1e-9
    except ValueError:
        return False


def main():
    sheet_csv, workdir = Path(sys.argv[1]), Path(sys.argv[2])
    subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{workdir}/profile",
         "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", str(workdir), str(sheet_csv)],
        check=True, capture_output=True, timeout=300,
    )
    xlsx = workdir / (sheet_csv.stem + ".xlsx")
    rows, formulas = read_xlsx(xlsx)
    with open(sheet_csv, encoding="utf-8-sig", newline="") as f:
        expected = list(csv.reader(f))
    problems = []
    if formulas:
        problems.append(f"formula cells: {formulas}")
    if len(rows) != len(expected):
        problems.append(f"{len(rows)} rows in the spreadsheet, {len(expected)} in the CSV")
    for r, (want, got) in enumerate(zip(expected, rows), start=1):
        got = got + [""] * (len(want) - len(got))
        for c, w in enumerate(want):
            if not same(w, got[c]):
                problems.append(f"row {r} column {c + 1}: CSV {w!r}, spreadsheet {got[c]!r}")
    if problems:
        print("spreadsheet check FAILED:\n  " + "\n  ".join(problems[:20]))
        sys.exit(1)
    cells = sum(len(r) for r in expected)
    print(f"spreadsheet check: {len(expected) - 1} rows, {cells} cells read back from LibreOffice, no formulas")


if __name__ == "__main__":
    main()
