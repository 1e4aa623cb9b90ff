/** The hub's own colours, used until a network sets its brand, and the text colours the site sets on them. */
export const DEFAULT_PRIMARY = '#0b3d5c'
export const DEFAULT_ACCENT = '#ffdd00'
/** Header and mail bands are white text on the primary colour; focus highlights black text on the accent. */
export const PRIMARY_TEXT = '#ffffff'
export const ACCENT_TEXT = '#0b0c0c'
