/**
 * The Content-Security-Policy of every uploaded image, the one GitHub gives
 * raw files. An image shown by an <img> is unaffected; one opened on its own
 * becomes a sandboxed document that runs no script, loads nothing and
 * submits nothing, while its inline styles still draw. So an SVG that
 * slipped past the upload check (src/cms/svg), or was stored before there
 * was one, is as inert as a PNG.
 */
export const INERT_FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
