import { describe, expect, it } from 'vitest'
import { idsIn, indexKey } from '../../src/search/index-key'

describe('index keys', () => {
  it('read back the ids of one collection only', () => {
    const keys = [indexKey('resources', 12), indexKey('news-articles', 3), indexKey('resources', 7), indexKey('cities', 12)]
    expect(keys[0]).toBe('resources:12')
    expect(idsIn(keys, 'resources')).toEqual([12, 7])
    expect(idsIn(keys, 'news')).toEqual([])
  })
})
