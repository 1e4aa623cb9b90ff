/** SVG files as editors' tools write them, and as an attacker would: for the sanitiser's unit test and the upload's integration test. */

const NS = 'xmlns="http://www.w3.org/2000/svg"'

/** What Illustrator exports: a declaration, a generator comment, a style element with classes and a gradient, no width or height. */
export const cleanLogo = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generator: Adobe Illustrator 28.0.0, SVG Export Plug-In -->
<svg ${NS} xmlns:xlink="http://www.w3.org/1999/xlink" id="Layer_1" data-name="Layer 1" viewBox="0 0 300 100" xml:space="preserve">
  <defs>
    <style>.cls-1{fill:url(#gradient);}.cls-2{fill:#0b3d5c;font-family:'Noto Sans', sans-serif}</style>
    <linearGradient id="gradient" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#1d70b8"/><stop offset="1" stop-color="#0b3d5c"/></linearGradient>
  </defs>
  <title>Cities &amp; Partners</title>
  <circle class="cls-1" cx="50" cy="50" r="45"/>
  <use xlink:href="#mark" x="10"/>
  <path id="mark" d="M20 50 L80 50" stroke="#ffdd00" stroke-width="6" style="stroke-linecap: round"/>
  <text class="cls-2" x="110" y="62" font-size="36">Cities</text>
</svg>
`

const drawing = (inside: string, root = '') => `<svg ${NS} viewBox="0 0 10 10"${root}>${inside}</svg>`

/** Each is refused; the kind is what the sanitiser names as the reason. */
export const hostileSvgs = {
  script: { svg: drawing('<script>fetch("/api/users/me")</script>'), kind: 'element' },
  onload: { svg: drawing('<rect width="10" height="10"/>', ' onload="alert(document.cookie)"'), kind: 'event-handler' },
  foreignObject: { svg: drawing('<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">Hi</div></foreignObject>'), kind: 'element' },
  javascriptHref: { svg: drawing('<image href="javascript:alert(1)" width="10" height="10"/>'), kind: 'reference' },
  externalHref: { svg: drawing('<use href="https://evil.example/sprite.svg#logo"/>'), kind: 'reference' },
  doctypeEntity: { svg: `<!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>${drawing('<text>&secret;</text>')}`, kind: 'doctype' },
  renamedHtml: { svg: '<html><body><script>alert(1)</script></body></html>', kind: 'not-svg' },
} as const

/** A PNG's first bytes under an .svg name. */
export const renamedPng = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])
