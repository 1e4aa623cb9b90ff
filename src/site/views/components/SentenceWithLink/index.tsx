/**
 * A translated sentence with a link inside it. The message holds a
 * placeholder such as "{terms}" where the link goes, so each language puts
 * the link where its word order needs it.
 */
export function SentenceWithLink({ sentence, placeholder, href, label }: { sentence: string; placeholder: string; href: string; label: string }) {
  const [before, after = ''] = sentence.split(`{${placeholder}}`)
  return (
    <>
      {before}
      <a href={href}>{label}</a>
      {after}
    </>
  )
}
