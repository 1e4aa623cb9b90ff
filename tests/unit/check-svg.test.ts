import { describe, expect, it } from 'vitest'
import { checkSvg, MAX_SVG_BYTES } from '../../src/cms/svg/check-svg'
import { cleanLogo, hostileSvgs, renamedPng } from '../helpers/svg-samples'

const NS = 'xmlns="http://www.w3.org/2000/svg"'
const check = (svg: string | Uint8Array) => checkSvg(typeof svg === 'string' ? Buffer.from(svg) : svg)
const drawing = (inside: string, root = ' viewBox="0 0 10 10"') => `<svg ${NS}${root}>${inside}</svg>`
const reason = (svg: string | Uint8Array) => {
  const verdict = check(svg)
  return verdict.safe ? 'accepted' : verdict.problem.kind
}

describe('checkSvg', () => {
  it('accepts a logo as a design tool exports it, and sizes it by its viewBox', () => {
    expect(check(cleanLogo)).toEqual({ safe: true, width: 300, height: 100 })
  })

  it.each(Object.entries(hostileSvgs))('refuses %s', (_name, { svg, kind }) => {
    expect(reason(svg)).toBe(kind)
  })

  it('names what it refused, so the editor knows what to remove', () => {
    expect(check(hostileSvgs.script.svg)).toEqual({ safe: false, problem: { kind: 'element', name: 'script' } })
    expect(check(hostileSvgs.onload.svg)).toEqual({ safe: false, problem: { kind: 'event-handler', element: 'svg', name: 'onload' } })
    expect(check(hostileSvgs.externalHref.svg)).toEqual({
      safe: false,
      problem: { kind: 'reference', element: 'use', name: 'href', value: 'https://evil.example/sprite.svg#logo' },
    })
  })

  it('reads references as the browser does, so escapes hide nothing', () => {
    expect(reason(drawing('<use href="&#106;avascript:alert(1)"/>'))).toBe('reference')
    expect(reason(drawing('<use xlink:href="java&#9;script:alert(1)"/>', ' xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1 1"'))).toBe('reference')
    expect(reason(drawing('<rect style="fill:\\75 rl(https://evil.example/)"/>'))).toBe('style')
    expect(reason(drawing('<rect style="fill:u/**/rl(https://evil.example/)"/>'))).toBe('style')
    expect(reason(drawing('<rect fill="url(https://evil.example/#a)"/>'))).toBe('reference')
    expect(reason(drawing('<style><![CDATA[ @import "https://evil.example/x.css"; ]]></style>'))).toBe('style')
    expect(reason(drawing('<style>rect{fill:image-set("https://evil.example/a.png" 1x)}</style>'))).toBe('style')
    expect(reason(drawing('<style>rect{fill:url(#a)}</style><rect fill="url(\'#a\')"/>'))).toBe('accepted')
  })

  it('embeds raster pictures only', () => {
    expect(reason(drawing('<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>'))).toBe('accepted')
    expect(reason(drawing('<image href="data:image/svg+xml;base64,PHN2Zz4=" width="1" height="1"/>'))).toBe('reference')
    expect(reason(drawing('<image href="data:text/html,<b>" width="1" height="1"/>'))).toBe('not-svg')
    expect(reason(drawing('<use href="data:image/png;base64,iVBORw0KGgo="/>'))).toBe('reference')
  })

  it('refuses what the allow-list does not name, however it is spelt', () => {
    expect(reason(drawing('<set attributeName="href" to="javascript:alert(1)"/>'))).toBe('element')
    expect(reason(drawing('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>'))).toBe('element')
    expect(reason(drawing('<g xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></g>'))).toBe('attribute')
    expect(reason(drawing('<rect onclick="alert(1)"/>'))).toBe('event-handler')
    expect(reason(drawing('<rect inkscape:label="x"/>', ' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 1 1"'))).toBe('attribute')
    expect(reason(`<?xml-stylesheet href="https://evil.example/x.css"?>${drawing('')}`)).toBe('element')
    expect(reason(drawing('<?php echo 1 ?>'))).toBe('element')
  })

  it('refuses files that are not one well-formed SVG in UTF-8', () => {
    expect(reason(renamedPng)).toBe('not-svg')
    expect(reason('<svg viewBox="0 0 1 1"/>')).toBe('not-svg')
    expect(reason(drawing('<g>'))).toBe('not-svg')
    expect(reason(`${drawing('')}${drawing('')}`)).toBe('not-svg')
    expect(reason(drawing('<title>Cities & partners</title>'))).toBe('not-svg')
    expect(reason(`<?xml version="1.0" encoding="UTF-16"?>${drawing('')}`)).toBe('not-svg')
    expect(reason(Buffer.from(`\ufeff${drawing('')}`, 'utf16le'))).toBe('not-svg')
    expect(reason(drawing('<rect __proto__="x"/>'))).toBe('not-svg')
    expect(reason(drawing(`${'<g>'.repeat(200)}${'</g>'.repeat(200)}`))).toBe('not-svg')
    expect(reason('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>')).toBe('doctype')
  })

  it('takes linear time over style text built to make patterns backtrack', () => {
    const started = performance.now()
    expect(reason(drawing(`<style>${'url('.repeat(100_000)}</style>`))).toBe('style')
    expect(reason(drawing(`<style>${'/*'.repeat(100_000)}</style>`))).toBe('accepted')
    // Quadratic scanning took about a minute here; linear, a few dozen milliseconds.
    expect(performance.now() - started).toBeLessThan(3_000)
  })

  it('refuses a file too large for a logo before reading it', () => {
    expect(reason(drawing(`<desc>${'x'.repeat(MAX_SVG_BYTES)}</desc>`))).toBe('too-large')
  })

  it('sizes an SVG by what it gives: pixels, or the viewBox’s proportions', () => {
    expect(check(drawing('', ' width="120" viewBox="0 0 300 100"'))).toEqual({ safe: true, width: 120, height: 40 })
    expect(check(drawing('', ' height="50px" viewBox="0 0 300 100"'))).toEqual({ safe: true, width: 150, height: 50 })
    expect(check(drawing('', ' width="100%" height="100%" viewBox="0,0,64,32"'))).toEqual({ safe: true, width: 64, height: 32 })
    expect(check(drawing('', ' width="48" height="24"'))).toEqual({ safe: true, width: 48, height: 24 })
    expect(reason(drawing('', ' width="10cm"'))).toBe('no-size')
    expect(reason(drawing('', ''))).toBe('no-size')
  })
})
