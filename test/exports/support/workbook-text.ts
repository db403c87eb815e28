import ExcelJS from 'exceljs'

/** Every sheet of a workbook as its name and the text of every cell, row by row. */
export async function workbookText(buffer: Buffer): Promise<{ sheets: string[]; cells: string[] }> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  const cells: string[] = []
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))))
  return { sheets: workbook.worksheets.map((s) => s.name), cells }
}
