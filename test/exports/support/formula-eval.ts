import type ExcelJS from 'exceljs'

// A small evaluator for the formulas kohde writes (cell references, numbers, + − * /, SUM(range) and
// SUMIF(range, "text", range)), so a test can check that a sheet adds up without trusting the cached results.
type Token = { kind: 'num' | 'ref' | 'range' | 'str' | 'op' | 'fn'; text: string }

const TOKEN =
  /\s*(?:(\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)|(\$?[A-Z]+\$?\d+)|(SUMIF|SUM)\(|(\d+(?:\.\d+)?)|"([^"]*)"|([-+*/(),]))/y

function tokens(formula: string): Token[] {
  const out: Token[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < formula.length) {
    const m = TOKEN.exec(formula)
    if (!m) throw new Error(`cannot read ${formula} at ${TOKEN.lastIndex}`)
    if (m[1]) out.push({ kind: 'range', text: m[1] })
    else if (m[2]) out.push({ kind: 'ref', text: m[2] })
    else if (m[3]) out.push({ kind: 'fn', text: m[3] })
    else if (m[4]) out.push({ kind: 'num', text: m[4] })
    else if (m[5] !== undefined) out.push({ kind: 'str', text: m[5] })
    else out.push({ kind: 'op', text: m[6]! })
  }
  return out
}

const plain = (ref: string) => ref.replaceAll('$', '')

function cellsOf(sheet: ExcelJS.Worksheet, range: string): ExcelJS.Cell[] {
  const [from, to] = range.split(':').map(plain) as [string, string]
  const a = sheet.getCell(from)
  const b = sheet.getCell(to)
  const cells: ExcelJS.Cell[] = []
  for (let r = a.row as unknown as number; r <= (b.row as unknown as number); r++)
    for (let c = a.col as unknown as number; c <= (b.col as unknown as number); c++) cells.push(sheet.getCell(r, c))
  return cells
}

/** The value of a cell: a number, 0 when empty, the formula evaluated when it has one. */
export function evaluateCell(sheet: ExcelJS.Worksheet, address: string): number {
  const value = sheet.getCell(plain(address)).value
  if (value === null || value === undefined || value === '') return 0
  if (typeof value === 'number') return value
  if (typeof value === 'object' && 'formula' in value && value.formula) return evaluateFormula(sheet, value.formula)
  throw new Error(`${address} holds ${JSON.stringify(value)}, not a number`)
}

export function evaluateFormula(sheet: ExcelJS.Worksheet, formula: string): number {
  const ts = tokens(formula)
  let at = 0
  const next = () => ts[at++]!
  const expect = (text: string) => {
    const t = next()
    if (t.text !== text) throw new Error(`expected ${text} in ${formula}`)
  }
  const sumOf = (range: string) => cellsOf(sheet, range).reduce((s, c) => s + evaluateCell(sheet, c.address), 0)
  const atom = (): number => {
    const t = next()
    if (t.kind === 'num') return Number(t.text)
    if (t.kind === 'ref') return evaluateCell(sheet, t.text)
    if (t.kind === 'op' && t.text === '(') {
      const v = expr()
      expect(')')
      return v
    }
    if (t.kind === 'fn' && t.text === 'SUM') {
      const range = next().text
      expect(')')
      return sumOf(range)
    }
    if (t.kind === 'fn' && t.text === 'SUMIF') {
      const criteria = cellsOf(sheet, next().text)
      expect(',')
      const text = next().text
      expect(',')
      const values = cellsOf(sheet, next().text)
      expect(')')
      return values.reduce((s, c, i) => s + (criteria[i]?.value === text ? evaluateCell(sheet, c.address) : 0), 0)
    }
    throw new Error(`unexpected ${t.text} in ${formula}`)
  }
  const term = (): number => {
    let v = atom()
    while (ts[at]?.text === '*' || ts[at]?.text === '/') v = next().text === '*' ? v * atom() : v / atom()
    return v
  }
  const expr = (): number => {
    let v = term()
    while (ts[at]?.text === '+' || ts[at]?.text === '-') v = next().text === '+' ? v + term() : v - term()
    return v
  }
  const result = expr()
  if (at !== ts.length) throw new Error(`left over in ${formula}`)
  return result
}
