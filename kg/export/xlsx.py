"""The tables as one Excel workbook (tables.xlsx), a sheet a table.

Excel on Chinese Windows reads a CSV without a byte-order mark as the local code page (mojibake);
the CSVs stay UTF-8 without one, as pandas, R and the command line expect, and the workbook is
what Excel opens. XlsxWriter writes it; its creation date is fixed, so the same tables give a
byte-identical file. Producing the bytes is apart from writing the file (kg/export/outputs.py).
"""

from __future__ import annotations

import datetime
import io

import xlsxwriter

_CREATED = datetime.datetime(2000, 1, 1)  # fixed: same tables, same bytes


def generate_xlsx(tables: dict[str, list[dict]], columns: dict[str, list[str]]) -> bytes:
    """The workbook's bytes: one sheet per table (its name, at most Excel's 31 characters), the
    header in the first row, numbers as numbers and text as text.

    Examples
    --------
    >>> data = generate_xlsx({"t": [{"a": 1, "b": "共享法庭"}]}, {"t": ["a", "b"]})
    >>> data[:2]
    b'PK'
    """
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_numbers": False, "strings_to_urls": False}
    )
    workbook.set_properties({"created": _CREATED, "title": "fazhi-kg tables"})
    bold = workbook.add_format({"bold": True})
    for name, rows in tables.items():
        sheet = workbook.add_worksheet(name[:31])
        header = columns[name]
        sheet.write_row(0, 0, header, bold)
        for r, row in enumerate(rows, start=1):
            for c, key in enumerate(header):
                value = row.get(key, "")
                if isinstance(value, bool) or not isinstance(value, int | float):
                    sheet.write_string(r, c, str(value))
                else:
                    sheet.write_number(r, c, value)
        sheet.freeze_panes(1, 0)
    workbook.close()
    return buffer.getvalue()
