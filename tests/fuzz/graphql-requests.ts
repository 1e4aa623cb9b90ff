import type { GraphQLEnumType, GraphQLField, GraphQLInputObjectType, GraphQLInputType, GraphQLList, GraphQLNonNull, GraphQLOutputType } from 'graphql'
import type { FuzzRequest } from './client'
import { encode } from './encode'
import { anyHostileValue, hostileDates, hostileEnums, hostileIds, hostileText } from './hostile-values'
import type { Random } from './random'
import type { Targets } from './targets'

// The schema comes from Payload's copy of graphql, which under Vitest is another module
// instance than ours, so graphql's instanceof checks fail; the types' own tags do not.
type AnyType = GraphQLInputType | GraphQLOutputType
const tag = (type: AnyType) => (type as unknown as Record<symbol, string>)[Symbol.toStringTag]
const isNonNullType = (type: AnyType): type is GraphQLNonNull<GraphQLInputType> => tag(type) === 'GraphQLNonNull'
const isListType = (type: AnyType): type is GraphQLList<GraphQLInputType> => tag(type) === 'GraphQLList'
const isInputObjectType = (type: AnyType): type is GraphQLInputObjectType => tag(type) === 'GraphQLInputObjectType'
const isEnumType = (type: AnyType): type is GraphQLEnumType => tag(type) === 'GraphQLEnumType'
const getNamedType = (type: AnyType): AnyType => ('ofType' in type ? getNamedType(type.ofType as AnyType) : type)
const isLeafType = (type: AnyType) => ['GraphQLScalarType', 'GraphQLEnumType'].includes(tag(type))

const ints = ['0', '-1', '1', '2', '2147483648', '99999999999999999999999', '1.5']
const floats = ['1.5', '1e309', '-1e309', '0.0', '1e-400', '-0']

/** A GraphQL literal of the argument's type, with hostile leaves (and now and then of the wrong type). */
function literal(type: GraphQLInputType, rnd: Random, depth: number): string {
  if (isNonNullType(type)) return literal(type.ofType, rnd, depth)
  if (isListType(type)) return rnd.chance(0.2) ? literal(type.ofType, rnd, depth) : `[${literal(type.ofType, rnd, depth)}, ${literal(type.ofType, rnd, depth)}]`
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields())
    if (depth > 3 || !fields.length) return '{}'
    const chosen = Array.from({ length: 1 + rnd.int(2) }, () => rnd.pick(fields))
    return `{ ${[...new Set(chosen)].map((f) => `${f.name}: ${literal(f.type, rnd, depth + 1)}`).join(', ')} }`
  }
  if (isEnumType(type)) return rnd.chance(0.8) ? rnd.pick(type.getValues()).name : rnd.pick(['foo', 'ZZ', 'null'])
  if (rnd.chance(0.05)) return rnd.pick(['null', '{ a: 1 }', '[1, "x"]', 'true', '"x"'])
  switch (type.name) {
    case 'Int':
      return rnd.pick(ints)
    case 'Float':
      return rnd.pick(floats)
    case 'Boolean':
      return rnd.pick(['true', 'false', '"true"', '1'])
    case 'DateTime':
    case 'Date':
      return JSON.stringify(rnd.pick(hostileDates))
    case 'ID':
      return JSON.stringify(rnd.pick(hostileIds))
    case 'JSON':
    case 'JSONObject':
      return rnd.pick(['{ a: 1 }', '"x"', '[1, 2, 3]', '{ type: "Point", coordinates: [1e309, 0] }'])
    default:
      return JSON.stringify(rnd.pick(anyHostileValue))
  }
}

function fieldCall(field: GraphQLField<unknown, unknown>, rnd: Random) {
  const args = field.args.filter((a) => isNonNullType(a.type) || rnd.chance(0.6))
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type, rnd, 0)}`).join(', ')})` : ''
  // __typename is valid on every object type, so the resolver runs without knowing the type's fields.
  return `${field.name}${argText}${isLeafType(getNamedType(field.type)) ? '' : ' { __typename }'}`
}

const post = (body: string, contentType = 'application/json', note?: string): FuzzRequest => ({
  route: 'POST /api/graphql',
  method: 'POST',
  path: '/api/graphql',
  headers: { 'content-type': contentType },
  body,
  note,
})

/** Queries and mutations of every collection and global, anonymous, plus what a broken or hostile client sends. */
export function graphqlRequest(targets: Targets, rnd: Random, index: number): FuzzRequest[] {
  const queries = Object.values(targets.graphql.getQueryType()!.getFields())
  const mutations = Object.values(targets.graphql.getMutationType()?.getFields() ?? {})
  const roll = rnd.next()
  if (roll < 0.45) return [post(JSON.stringify({ query: `{ ${fieldCall(queries[index % queries.length], rnd)} }` }))]
  if (roll < 0.6) return [post(JSON.stringify({ query: `mutation { ${fieldCall(mutations[index % mutations.length], rnd)} }` }))]
  if (roll < 0.7) {
    const field = rnd.pick(queries.filter((q) => q.args.some((a) => (getNamedType(a.type) as { name: string }).name === 'Int')))
    const arg = field.args.find((a) => (getNamedType(a.type) as { name: string }).name === 'Int')!
    // JSON has no Infinity, but 1e309 parses to it; strings and objects are the wrong type outright.
    const value = rnd.pick(['1e309', '1.5', '"abc"', '{"a":1}', '[1]', '-1', '99999999999999999999999', 'null', 'true'])
    return [post(`{"query":"query Q($v: Int) { ${field.name}(${arg.name}: $v) { __typename } }","variables":{"v":${value}}}`, 'application/json', 'wrong variable type')]
  }
  if (roll < 0.8) {
    const n = rnd.pick([100, 1000, 5000])
    return [
      rnd.pick([
        post(JSON.stringify({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }` }), 'application/json', `${n} aliases`),
        post(
          JSON.stringify({
            query: `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: ${queries[(index + i) % queries.length].name}${isLeafType(getNamedType(queries[(index + i) % queries.length].type)) ? '' : ' { __typename }'}`).join(' ')} }`,
          }),
          'application/json',
          '50 aliased collection queries',
        ),
        post(JSON.stringify({ query: `{ ${'__schema { types { fields { type { ofType { '.repeat(6)}name${' } } } } }'.repeat(6)} }` }), 'application/json', 'deep introspection'),
        post(JSON.stringify({ query: `${'{ a: __typename '.repeat(n)}${'}'.repeat(n)}` }), 'application/json', `${n} nested selections`),
        post(JSON.stringify({ query: `{ __typename ${'@skip(if: false) '.repeat(n)}}` }), 'application/json', `${n} directives`),
        post(
          JSON.stringify({ query: `{ ${queries[0].name}(where: ${'{ OR: ['.repeat(n / 10)}{}${'] }'.repeat(n / 10)}) { __typename } }` }),
          'application/json',
          'deeply nested where',
        ),
      ]),
    ]
  }
  return [
    rnd.pick([
      post('{'),
      post(''),
      post('{"query":'),
      post('null'),
      post('[]'),
      post('"x"'),
      post('1e309'),
      post(JSON.stringify({ query: '{' })),
      post(JSON.stringify({ query: '' })),
      post(JSON.stringify({ query: null })),
      post(JSON.stringify({ query: 123 })),
      post(JSON.stringify({ query: ['{ __typename }'] })),
      post(JSON.stringify({ query: 'subscription { __typename }' })),
      post(JSON.stringify({ query: 'subscription S { anything }' })),
      post(JSON.stringify({ query: '{ nope }' })),
      post(JSON.stringify({ query: `{ ${queries[0].name} { nope } }` })),
      post(JSON.stringify({ query: 'query A { __typename } query B { __typename }' })),
      post(JSON.stringify({ query: 'query A { __typename }', operationName: 'Z' })),
      post(JSON.stringify({ query: '{ __typename }', variables: 'notjson' })),
      post(JSON.stringify({ query: '{ __typename }', variables: [1] })),
      post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])),
      post(JSON.stringify({ query: `{ __typename } # ${rnd.pick(hostileText)}` })),
      post(JSON.stringify({ query: rnd.pick(hostileText) })),
      post('{ __typename }', 'application/graphql'),
      post(`query=${encode('{ __typename }')}`, 'application/x-www-form-urlencoded'),
      post('{ __typename }', 'text/plain'),
      post('--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{\r\n--x--', 'multipart/form-data; boundary=x'),
      post(JSON.stringify({ query: `{ ${queries[0].name}(locale: ${rnd.pick(hostileEnums)}) { __typename } }` })),
      { route: 'GET /api/graphql', method: 'GET', path: `/api/graphql?query=${encode(rnd.pick(['{ __typename }', '{', 'mutation { __typename }', rnd.pick(hostileText)]))}` },
      { route: 'TRACE /api/graphql', method: 'TRACE', path: '/api/graphql' },
    ]),
  ]
}
