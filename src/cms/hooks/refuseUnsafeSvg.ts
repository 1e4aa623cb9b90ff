import { readFile } from 'node:fs/promises'
import { type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type PayloadRequest, ValidationError } from 'payload'
import { SVG_TYPE } from '../collections/Media/image-types'
import { l, say } from '../labels'
import type { Media } from '../payload-types'
import { checkSvg, type SvgProblem } from '../svg/check-svg'
import { refusalWording } from '../svg/refusal-wording'

type Upload = NonNullable<PayloadRequest['file']>

const fileLabel = l('File', 'Fichier', 'الملف')

// The bytes no raster format starts with: "<" after optional white space and a UTF-8 byte-order mark, or a UTF-16 one.
const looksLikeMarkup = (data: Buffer) => /^(?:\ufeff)?\s*</.test(data.subarray(0, 64).toString('utf8')) || /^\xff\xfe|^\xfe\xff/.test(data.subarray(0, 2).toString('latin1'))

/** Whether an upload is an SVG by its name, its declared type or its bytes: anything that is markup must be a clean SVG to be accepted. */
const claimsToBeSvg = (file: Upload) => /\.svg$/i.test(file.name) || file.mimetype.split(';')[0].trim().toLowerCase() === SVG_TYPE || looksLikeMarkup(file.data)

// With Payload's temporary files on, the upload is on disk and `data` is empty.
const bytesOf = async (file: Upload) => (file.data.length === 0 && file.tempFilePath ? readFile(file.tempFilePath) : file.data)

/** Refuses the file as Payload refuses a field, so the editor sees the reason by the file, in their language. */
function refuse(problem: SvgProblem, req: PayloadRequest): never {
  throw new ValidationError({ collection: 'media', errors: [{ path: 'file', label: fileLabel, message: say(refusalWording(problem), req) }], req }, req.t)
}

/**
 * Checks an uploaded SVG before Payload reads it: Payload's own SVG check
 * comes next and would refuse the worst of these in English only, without
 * saying what to fix.
 */
export const refuseUnsafeSvgUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file && claimsToBeSvg(req.file)) {
    const verdict = checkSvg(await bytesOf(req.file))
    if (!verdict.safe) refuse(verdict.problem, req)
  }
  return args
}

/**
 * Whatever Payload is about to store as an SVG has passed the same check,
 * including a file it fetched itself from an address given instead of an
 * upload (which the hook above never saw); and it gets the size its viewBox
 * gives. Payload reads that size with a pattern that takes `stroke-width`
 * for the width and `10cm` for 10 pixels.
 */
export const measureSvg: CollectionBeforeChangeHook<Media> = async ({ data, req }) => {
  if (data.mimeType !== SVG_TYPE || !req.file) return data
  const verdict = checkSvg(await bytesOf(req.file))
  if (!verdict.safe) refuse(verdict.problem, req)
  return { ...data, width: verdict.width, height: verdict.height }
}
