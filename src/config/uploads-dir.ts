import path from 'node:path'

/**
 * Where uploaded images and PDFs are kept: ./data by default, beside the
 * SQLite file. Tests and benchmarks point it at their own temporary folder,
 * so they never add files to a developer's hub.
 */
export function uploadsDir(kind: 'media' | 'documents'): string {
  return path.join(process.env.UPLOADS_DIR ?? 'data', kind)
}
