'use client'
import { useDocumentInfo, useField } from '@payloadcms/ui'
import type { KeyboardEvent, MouseEvent } from 'react'
import { project, unproject } from './map-projection'

type Props = { land: { d: string; width: number; height: number }; hint: string; label: string }

/** The map itself: draws the land and the city's point, and turns a click into both coordinates. */
export function CoordinatesMapPicker({ land, hint, label }: Props) {
  const latitude = useField<number>({ path: 'latitude' })
  const longitude = useField<number>({ path: 'longitude' })
  const { hasSavePermission } = useDocumentInfo()
  const editable = hasSavePermission && !latitude.disabled
  const placed = typeof latitude.value === 'number' && typeof longitude.value === 'number'
  const [x, y] = placed ? project(longitude.value, latitude.value) : [0, 0]

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    if (!editable) return
    const svg = event.currentTarget
    const matrix = svg.getScreenCTM()
    if (!matrix) return
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse())
    const picked = unproject(point.x, point.y)
    latitude.setValue(picked.latitude)
    longitude.setValue(picked.longitude)
  }

  // From the keyboard, the arrows move the point a tenth of a degree (a whole one with Shift).
  const steps: Record<string, [number, number]> = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const step = steps[event.key]
    if (!editable || !step) return
    event.preventDefault()
    const size = event.shiftKey ? 1 : 0.1
    const round = (n: number) => Math.round(n * 10_000) / 10_000
    latitude.setValue(round(Math.max(-90, Math.min(90, (latitude.value ?? 0) + step[0] * size))))
    longitude.setValue(round(Math.max(-180, Math.min(180, (longitude.value ?? 0) + step[1] * size))))
  }

  return (
    <div className="coordinates-map field-type">
      <svg
        className={editable ? 'coordinates-map__map coordinates-map__map--editable' : 'coordinates-map__map'}
        viewBox={`0 0 ${land.width} ${land.height}`}
        role="application"
        aria-label={label}
        tabIndex={editable ? 0 : -1}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <rect className="coordinates-map__sea" width={land.width} height={land.height} />
        <path className="coordinates-map__land" d={land.d} />
        {placed ? <circle className="coordinates-map__point" cx={x} cy={y} r={4} /> : null}
      </svg>
      <p className="field-description">{hint}</p>
    </div>
  )
}
