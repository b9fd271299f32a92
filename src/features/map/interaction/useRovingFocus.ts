import { useCallback, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import type { Point } from '../../../core/geo/centroid';
import type { MapGeometry } from '../../../core/geo/geometry';
import { nextInDirection, westToEast, type Direction } from '../../../core/geo/neighbours';
import { shapesWestToEast } from '../../../core/geo/shapeOrder';

/** A unit on the map as far as keyboard focus cares: its code and its shape. */
interface Focusable {
  code: string;
  shapeId: string;
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * A roving tabindex for the map: one Tab stop, arrow keys move to the nearest country in that
 * direction, Home and End to the westernmost and easternmost. Returns the unit that takes the Tab
 * stop, the unit whose focus is visible (for a ring drawn above its neighbours) and the handlers
 * to put on the map's root element.
 */
export function useRovingFocus(units: Focusable[], geometry: MapGeometry, selected?: string) {
  const [active, setActive] = useState<string>();
  const [visible, setVisible] = useState<string>();
  // Like :focus-visible: a country focused by a click shows no ring, one reached by keyboard does.
  const pointer = useRef(false);
  const centroids = geometry.centroids;
  const reachable = (u: Focusable) => centroids.has(u.shapeId);
  // Once per year's units, not on every render of the map.
  const firstWest = useMemo(() => westernmost(units, shapesWestToEast(geometry)), [units, geometry]);
  const tabStop =
    units.find((u) => u.code === active && reachable(u))?.code ?? units.find((u) => u.code === selected && reachable(u))?.code ?? firstWest;

  const onKeyDown = useCallback(
    (e: KeyboardEvent<Element>) => {
      const from = (e.target as Element).getAttribute('data-unit');
      if (from === null) return;
      // Built per key press, not per year, so dragging the slider costs nothing.
      const points = new Map<string, Point>();
      for (const u of units) {
        const point = centroids.get(u.shapeId);
        if (point) points.set(u.code, point);
      }
      const direction = ARROWS[e.key];
      let next: string | undefined;
      if (direction) next = nextInDirection(points, from, direction);
      else if (e.key === 'Home') next = westToEast(points)[0];
      else if (e.key === 'End') next = westToEast(points).at(-1);
      else return;
      e.preventDefault();
      if (next === undefined) return;
      setActive(next);
      e.currentTarget.querySelector<SVGElement>(`[data-unit="${next}"]`)?.focus();
    },
    [units, centroids],
  );

  const onFocus = useCallback((e: FocusEvent<Element>) => {
    const code = e.target.getAttribute('data-unit');
    if (code === null) return;
    setActive(code);
    setVisible(pointer.current ? undefined : code);
    pointer.current = false;
  }, []);

  const onPointerDown = useCallback((e: PointerEvent<Element>) => {
    pointer.current = (e.target as Element).hasAttribute('data-unit');
  }, []);

  const onBlur = useCallback(() => setVisible(undefined), []);

  return { tabStop, focusVisible: visible, onKeyDown, onFocus, onBlur, onPointerDown };
}

/** The first unit in west-to-east order: where Tab enters the map before anything was focused. */
function westernmost(units: Focusable[], order: readonly string[]): string | undefined {
  const byShape = new Map(units.map((u) => [u.shapeId, u.code]));
  for (const id of order) {
    const code = byShape.get(id);
    if (code !== undefined) return code;
  }
  return undefined;
}
