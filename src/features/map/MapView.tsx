import { lazy, Suspense, useCallback, useMemo, useRef, type CSSProperties } from 'react';
import type { DisputeRecord, Lens } from '../../core/domain/types';
import { placePoint, shapeAnchor } from '../../core/geo/anchors';
import { useRovingFocus } from './interaction/useRovingFocus';
import type { MapGeometry } from '../../core/geo/geometry';
import { toSvgTransform } from '../../core/geo/zoomTransform';
import { useFocusedUnit } from './interaction/useFocusedUnit';
import { useMapTooltip } from './interaction/useMapTooltip';
import { useOpenEvent } from './useOpenEvent';
import { useRenderedScaleVar } from './interaction/useRenderedScaleVar';
import { useZoomPan } from './interaction/useZoomPan';
import type { Strings } from '../../i18n/strings';
import type { DrawnItem } from '../../core/view/yearView';
import type { EventDescription } from '../../core/view/describeEvent';
import { Country } from './Country';
import { Disputes } from './Disputes';
import { EventPins } from './EventPins';
import { MapTooltip } from './interaction/MapTooltip';
import { Outlines } from './Outlines';
import { FocusRing } from './interaction/FocusRing';
import { Patterns } from './Patterns';
import { SmallStateMarkers } from './SmallStateMarkers';
import { ZoomControls } from './interaction/ZoomControls';
import { MapLabels } from './MapLabels';
import { useSizeClass } from './interaction/useSizeClass';
import { DEFAULT_SIZE_CLASS, labelSizes, sizeClassOf } from './labelSizes';
import { layoutLabels, type YearLabels } from '../../core/view/labels/mapLabels';

/** An event opened from its marker: the card loads when the first is opened, outside the page's first load. */
const EventCard = lazy(() => import('./EventCard').then((m) => ({ default: m.EventCard })));

interface MapViewProps {
  geometry: MapGeometry;
  units: DrawnItem[];
  disputes: (DisputeRecord & { label: string })[];
  selected?: string;
  label: string;
  insetLabel: string;
  onSelect: (code: string) => void;
  /** The year's events; those with a place get a marker. */
  events?: EventDescription[];
  text: Strings['mapTools'];
  /** Units that get a marker big enough to tap. */
  small: ReadonlySet<string>;
  /** The units the map names this year (placed here, per size class). */
  names?: YearLabels;
  /** What the colours show (`?lens=`): a class on the map, so a change of lens restyles fills and renames units, never re-projects. */
  lens?: Lens;
}

/** The map: pre-projected paths whose fills and attributes follow the year, zoomed and panned by a transform. */
export function MapView({
  geometry,
  units,
  disputes,
  selected,
  label,
  insetLabel,
  onSelect,
  events = [],
  text,
  small,
  names,
  lens = 'nato',
}: MapViewProps) {
  const { width, height, inset } = geometry;
  const frame = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const zoom = useZoomPan(svg, geometry);
  useRenderedScaleVar(frame, width, height);
  const size = labelSizes(width)[useSizeClass(frame, sizeClassOf, DEFAULT_SIZE_CLASS, width / height)]!;
  // Remembered per year and size class: a slider step looks the placement up.
  const placed = names && layoutLabels(geometry, names, size);
  const nameOf = useCallback((u: DrawnItem) => (lens === 'eu' ? u.euLabel : lens === 'both' ? u.bothLabel : u.label), [lens]);
  const labels = useMemo(() => new Map(units.map((u) => [u.code, nameOf(u)])), [units, nameOf]);
  const tooltip = useMapTooltip(useCallback((code: string) => labels.get(code), [labels]));
  // Derived once per year's units (which are remembered per year), so memoised layers skip.
  const layers = useMemo(() => splitLayers(units, small), [units, small]);
  const { main, insetUnits } = layers;
  // Keyboard users tabbing through a zoomed map see where the focus went.
  const focus = useFocusedUnit(({ unit, event }) => {
    const shape = main.find((u) => u.code === unit)?.shapeId;
    const place = events.find((e) => e.event.id === event)?.event.place;
    const p = shape ? shapeAnchor(geometry, shape) : place ? placePoint(geometry, place) : null;
    if (p) zoom.reveal(p);
  });
  const { openEvent, open: openEventId, close: closeEvent } = useOpenEvent(svg, events);

  const chosen = units.find((u) => u.code === selected);
  const chosenShape = useMemo(() => (chosen ? [chosen.shapeId] : []), [chosen]);
  const { tabStop, focusVisible, ...roving } = useRovingFocus(units, geometry, selected);
  const focusUnit = units.find((u) => u.code === focusVisible);
  const ring = focusUnit && <FocusRing d={geometry.shapes.get(focusUnit.shapeId) ?? ''} />;
  // The same elements while the year's units stay the same, so a render for anything else (the
  // map's label changes every year) passes over the countries without comparing their props.
  const countries = useMemo(() => {
    const country = (u: DrawnItem) => (
      <Country
        key={u.shapeId}
        code={u.code}
        d={geometry.shapes.get(u.shapeId) ?? ''}
        status={u.status}
        statusTokens={u.statusTokens}
        label={nameOf(u)}
        eu={u.eu}
        euStatus={u.euStatus}
        path={u.path}
        selected={u.code === selected}
        tabIndex={u.code === tabStop ? 0 : -1}
        onSelect={onSelect}
      />
    );
    return { main: main.map(country), inset: insetUnits.map(country) };
  }, [main, insetUnits, geometry, selected, tabStop, onSelect, nameOf]);
  // The sea, the land under the units and the inset's frame: the same elements at every step, so
  // React passes over them (the land's outline alone is a long attribute to compare).
  const ground = useMemo(
    () => ({
      sea: <rect className="sea" width={width} height={height} />,
      land: <path className="land" d={geometry.land} aria-hidden="true" />,
      frame: <rect className="inset__frame" x={inset.x} y={inset.y} width={inset.width} height={inset.height} />,
    }),
    [width, height, geometry.land, inset],
  );
  // Unzoomed, a vertical swipe still scrolls the page; zoomed, every gesture belongs to the map.
  const touchAction = zoom.transform.k > 1 ? 'none' : 'pan-y';
  // --k: the zoom; with --px (CSS px per viewBox unit, kept by useRenderedScaleVar) the stylesheet
  // works out --s, which undoes both so that markers keep their size on screen.
  const layerStyle = { '--k': zoom.transform.k } as CSSProperties;
  return (
    <div className="map-frame" ref={frame}>
      <svg
        ref={svg}
        className={`map map--${lens}`}
        viewBox={`0 0 ${width} ${height}`}
        // Fits its box both ways, at the top where the box is taller than the map (a phone's).
        preserveAspectRatio="xMidYMin meet"
        role="group"
        aria-label={label}
        style={{ touchAction }}
        {...tooltip.handlers}
        onKeyDown={roving.onKeyDown}
        onPointerDown={(e) => {
          roving.onPointerDown(e);
          tooltip.handlers.onPointerDown(e);
        }}
        onFocus={(e) => {
          roving.onFocus(e);
          focus.handlers.onFocus(e);
        }}
        onBlur={() => {
          roving.onBlur();
          focus.handlers.onBlur();
        }}
      >
        <Patterns />
        {ground.sea}
        <g
          className="zoom-layer"
          transform={toSvgTransform(zoom.transform)}
          style={layerStyle}
          data-zoomed={zoom.transform.k > 1 || undefined}
        >
          {ground.land}
          <g className="units">{countries.main}</g>
          <Disputes disputes={disputes} paths={geometry.disputes} />
          <Outlines className="joined-outline" shapeIds={layers.joinedMain} shapes={geometry.shapes} />
          {chosen && !chosen.inset && <Outlines className="selection" shapeIds={chosenShape} shapes={geometry.shapes} />}
          {placed && <MapLabels labels={placed.main} fontPx={size.fontPx} />}
          <SmallStateMarkers units={layers.small} geometry={geometry} selected={selected} focused={focus.focused} onSelect={onSelect} />
          <EventPins events={events} geometry={geometry} open={openEvent?.event.id} onOpen={openEventId} />
          {!focusUnit?.inset && ring}
        </g>
        <g className="inset" role="group" aria-label={insetLabel}>
          {ground.frame}
          {countries.inset}
          {placed && <MapLabels labels={placed.inset} fontPx={size.fontPx} />}
          <Outlines className="joined-outline" shapeIds={layers.joinedInset} shapes={geometry.shapes} />
          {chosen?.inset && <Outlines className="selection" shapeIds={chosenShape} shapes={geometry.shapes} />}
          {focusUnit?.inset && ring}
        </g>
      </svg>
      <ZoomControls zoom={zoom} text={text.zoom} />
      {tooltip.tip && <MapTooltip {...tooltip.tip} />}
      <Suspense>{openEvent && <EventCard event={openEvent} closeText={text.eventCard.close} onClose={closeEvent} />}</Suspense>
    </div>
  );
}

/** The units of the main map and of the inset, the shapes outlined as joined in each, and the small states. */
function splitLayers(units: DrawnItem[], small: ReadonlySet<string>) {
  const main = units.filter((u) => !u.inset);
  const insetUnits = units.filter((u) => u.inset);
  const joined = (list: DrawnItem[]) => list.filter((u) => u.status === 'joined').map((u) => u.shapeId);
  return { main, insetUnits, joinedMain: joined(main), joinedInset: joined(insetUnits), small: main.filter((u) => small.has(u.code)) };
}
