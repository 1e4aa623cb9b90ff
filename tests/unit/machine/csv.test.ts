import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { renderCsv } from '../../../src/site/machine/csv'

describe('renderCsv', () => {
  const header = ['City', 'Country', 'Notes', 'Members']
  const rows = [
    ['Cape Town', 'South Africa', 'Says "hello", then\r\nleaves', 12],
    ['الدار البيضاء', 'المغرب', 'مدينة ساحلية، عضو منذ 2015\nسطر ثان', 3],
    ['=HYPERLINK("https://evil.example","Click")', '+1 555', '-2+3', -5],
    ['@SUM(A1:A2)', '\tTabbed', null, 0],
  ]
  const csv = renderCsv(header, rows)

  it('starts with a byte order mark so spreadsheets read UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
  })

  it('round-trips commas, quotes, line breaks and Arabic', () => {
    const records: string[][] = parse(csv, { bom: true, record_delimiter: '\r\n' })
    expect(records[0]).toEqual(header)
    expect(records[1]).toEqual(['Cape Town', 'South Africa', 'Says "hello", then\r\nleaves', '12'])
    expect(records[2]).toEqual(['الدار البيضاء', 'المغرب', 'مدينة ساحلية، عضو منذ 2015\nسطر ثان', '3'])
  })

  it('neutralises formulas but leaves numbers alone', () => {
    const records: string[][] = parse(csv, { bom: true, record_delimiter: '\r\n' })
    expect(records[3]).toEqual([`'=HYPERLINK("https://evil.example","Click")`, "'+1 555", "'-2+3", '-5'])
    expect(records[4]).toEqual(["'@SUM(A1:A2)", "'\tTabbed", '', '0'])
    expect(records).toHaveLength(5)
  })
})
