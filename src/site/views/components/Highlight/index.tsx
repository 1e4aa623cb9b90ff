import { Fragment } from 'react'
import { MATCH_END, MATCH_START } from '../../../../search/types'

/** Text whose matched words arrive between markers; they become <mark>, everything else stays text. */
export function Highlight({ text }: { text: string }) {
  const parts = text.split(MATCH_START)
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return <Fragment key={i}>{part}</Fragment>
        const [marked, rest = ''] = part.split(MATCH_END)
        return (
          <Fragment key={i}>
            <mark>{marked}</mark>
            {rest}
          </Fragment>
        )
      })}
    </>
  )
}
