const arabic = /\p{Script=Arabic}/u
// Spaces, punctuation, digits and combining marks belong to no script of their own and take on the script around them.
const noScript = /[\p{Script=Common}\p{Script=Inherited}]/u

export const isArabic = (char: string) => arabic.test(char)
export const hasNoScript = (char: string) => noScript.test(char)
