import type ExcelJS from 'exceljs'

export type XlsxColumn = { header: string; width: number; numFmt?: string }
// A formula cell carries its result too, so a reader that does not calculate (or a preview) shows the number.
export type XlsxFormula = { formula: string; result: number }
export type XlsxValue = string | number | null | XlsxFormula

export const EURO_FORMAT = '#,##0.00 "€"'
export const INTEGER_FORMAT = '#,##0'
export const DECIMAL_FORMAT = '#,##0.0'
export const PERCENT_FORMAT = '0.00%'

/** A sheet with a bold header row frozen in place and fixed column widths; rows are committed as they are added. */
export function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly XlsxColumn[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ width: c.width }))
  const header = sheet.addRow(columns.map((c) => c.header))
  header.font = { bold: true }
  header.commit()
  return {
    /** Adds a row; a cell takes its column's number format unless `formats` gives one for that cell. */
    add(values: readonly XlsxValue[], options: { bold?: boolean; formats?: readonly (string | undefined)[] } = {}) {
      const row = sheet.addRow([...values])
      values.forEach((value, i) => {
        const numFmt = options.formats?.[i] ?? columns[i]?.numFmt
        if (numFmt && value !== null && typeof value !== 'string') row.getCell(i + 1).numFmt = numFmt
      })
      if (options.bold) row.font = { bold: true }
      row.commit()
    },
    commit: () => sheet.commit(),
  }
}
