import { describe, expect, it } from 'vitest'
import { ftsMatch } from '../../src/search/fts-query'
import { fold, queryTokens } from '../../src/search/text/fold'
import { plainText } from '../../src/search/text/plain-text'
import { allStems, stemArabic, stemEnglish, stemFrench } from '../../src/search/text/stem'

describe('folding and stemming', () => {
  it('folds accents, case and Arabic letter variants', () => {
    expect(fold('Méditerranée')).toBe('mediterranee')
    expect(fold('إرهاب')).toBe(fold('ارهاب'))
    expect(fold('مَدِينَة')).toBe(fold('مدينه'))
  })

  it('brings inflected forms together in each language', () => {
    expect(stemFrench('portuaires')).toBe(stemFrench('portuaire'))
    expect(stemFrench('régionaux')).toBe(stemFrench('régional'))
    expect(stemEnglish('cities')).toBe(stemEnglish('city'))
    expect(stemEnglish('mentoring')).toBe(stemEnglish('mentored'))
    expect(stemArabic(fold('الشباب'))).toBe(stemArabic(fold('شباب')))
  })

  it('offers every language’s stem for a query word', () => {
    expect(allStems('returnees')).toContain('returne')
  })
})

describe('query building', () => {
  it('keeps only words, so operators and quotes can never reach FTS5 syntax', () => {
    expect(queryTokens('"; DROP TABLE x; -- NEAR( *')).toEqual(['drop', 'table', 'x', 'near'])
    const match = ftsMatch(queryTokens('a" OR b'))
    expect(match).toBe('({title body themes} : "a" OR stems : ("a")) AND ({title body themes} : "or" OR stems : ("or")) AND ({title body themes} : "b"* OR stems : ("b"*))')
  })

  it('limits the number of words a query may use', () => {
    expect(queryTokens(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12)
  })
})

describe('plainText', () => {
  it('keeps the words of nested lists apart', () => {
    const doc = {
      root: {
        children: [
          {
            type: 'list',
            children: [{ type: 'listitem', children: [{ text: 'Prevention' }, { type: 'list', children: [{ type: 'listitem', children: [{ text: 'Dialogue' }] }] }] }],
          },
        ],
      },
    }
    expect(plainText(doc).split(/\s+/)).toEqual(['Prevention', 'Dialogue'])
  })
})
