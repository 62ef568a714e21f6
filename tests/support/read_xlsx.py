#!/usr/bin/env python3
"""Reads an .xlsx with openpyxl (a reader nobody at Leadscope wrote) and
prints what a test needs to check as JSON on stdout: every cell's value and
type, formula cells, hyperlinks, the frozen pane, the autofilter and the
column widths; and "xml", the text of every part of the package, unzipped
(what a search for a value that must not be in the file has to look at).
Usage: read_xlsx.py FILE"""
import datetime
import json
import sys
import zipfile

import openpyxl


def main(path):
    book = openpyxl.load_workbook(path)  # not read-only: hyperlinks need the full model
    sheet = book.worksheets[0]
    rows, types, formulas, links = [], [], 0, {}
    for row in sheet.iter_rows():
        values, kinds = [], []
        for cell in row:
            value = cell.value
            if cell.data_type == "f" or (isinstance(value, str) and value.startswith("=") and cell.data_type != "s"):
                formulas += 1
            if isinstance(value, datetime.datetime):
                value = value.isoformat()
            values.append(value)
            kinds.append(cell.data_type)
            if cell.hyperlink is not None:
                links[cell.coordinate] = cell.hyperlink.target
        rows.append(values)
        types.append(kinds)
    widths = {key: dim.width for key, dim in sheet.column_dimensions.items() if dim.width}
    with zipfile.ZipFile(path) as package:
        xml = "\n".join(package.read(name).decode("utf-8", "replace") for name in package.namelist())
    json.dump({"sheets": book.sheetnames, "rows": rows, "types": types, "formula_cells": formulas,
               "hyperlinks": links, "freeze_panes": sheet.freeze_panes, "autofilter": sheet.auto_filter.ref,
               "widths": widths, "xml": xml}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
