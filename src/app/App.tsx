import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { Dataset } from '../core/domain/dataset';
import { type Strings } from '../i18n/strings';
import type { MapGeometry } from '../core/geo/geometry';
import { useCalmValue } from '../shared/useCalmValue';
import { useDocumentTitle } from './useDocumentTitle';
import { useEscape } from '../shared/useEscape';
import { useUrlState, type Where } from '../features/url/useUrlState';
import { useTimeline } from '../features/timeline/useTimeline';
import { bothCaption, timelineViews, yearViews } from '../core/view/yearViews';
import { noticeMessages } from '../features/url/notices';
import { UnitDetails } from '../features/panels/UnitDetailsLoader';
import { EventsList } from '../features/panels/EventsList';
import { Legend } from '../features/map/Legend';
import { LensSwitch } from '../features/map/LensSwitch';
import { MapView } from '../features/map/MapView';
import { MemberList } from '../features/panels/MemberList';
import { Notice } from '../features/url/Notice';
import { ShareBar } from '../features/share/ShareBar';
import { ViewToggle } from '../features/table/ViewToggle';
import { YearAnnouncer } from '../features/timeline/YearAnnouncer';
import { YearHeading } from '../features/panels/YearHeading';
import { YearSlider } from '../features/timeline/YearSlider';
import { BorderFigure } from '../features/panels/BorderFigure';
import { ChangeCaption } from '../features/panels/ChangeCaption';
import { Timeline } from '../features/timeline/Timeline';
import { YearSummary } from '../features/panels/YearSummary';
import { LanguagePicker } from '../features/language/LanguagePicker';
import { languageLinks } from '../core/view/shareLinks';

const NO_NOTICES: readonly string[] = [];

/** NATO and EU dates side by side: only the table view shows it, so it loads on first use, outside the first load. */
const NatoEuTable = lazy(() => import('../features/table/NatoEuTable'));

/** The tab's title follows the year once it has stayed put this long, as the address does. */
const TITLE_FOLLOWS_AFTER_MS = 600;

/** The table view, fetched when first shown: no page opens with it, so the first load leaves it out. */
const UnitTable = lazy(() => import('../features/table/UnitTable').then((m) => ({ default: m.UnitTable })));

/** Embed mode's layout and styles load only in embed mode (never pre-rendered, so never hydrated). */
const EmbedLayout = lazy(() => import('./EmbedLayout'));

/**
 * While the year moves faster than this (a drag, a held key), only the map (or the table), the
 * year, its member count and the slider follow each step; the caption, border figure, charts,
 * events, member list and details catch up this long after the last one. Longer than the steps
 * of a drag, shorter than the pause a reader makes.
 */
const PANELS_FOLLOW_AFTER_MS = 150;

interface AppProps {
  data: Dataset;
  geometry: MapGeometry;
  strings: Strings;
  /** The address to render for when pre-rendering at build time; the browser's own otherwise. */
  at?: Where;
  /** Hydrating a page pre-rendered without the country the address names: open it just after. */
  openLater?: boolean;
}

/**
 * The NATO enlargement map: year slider, map, events and the open unit's details, all driven by the URL.
 * Embedded (`?embed=1`), the map with a title line, Play and the slider, the legend and a source line
 * linking to the full app (EmbedLayout).
 */
export function App({ data, geometry, strings, at, openLater }: AppProps) {
  const { ui } = strings;
  const { state, problems, setYear, select, setLens, dismiss, now, link } = useUrlState(data, at, openLater);
  const { year, country, embed, lang } = state;
  const lens = state.lens ?? 'nato';
  // Each year's views are remembered (and warmed when idle): a slider step only looks them up.
  // Two years: `year` for what follows every step of the slider (the map, the heading and count,
  // the slider, the table view) and `panelYear` for the rest, which waits while the year moves fast.
  const view = yearViews.view(data, year, strings);
  const panelYear = useCalmValue(year, PANELS_FOLLOW_AFTER_MS);
  // The language links lead to the year shown; while a drag moves it, they wait with the panels
  // (no one follows a link mid-drag), so that a step does not rewrite six addresses.
  const languagesShown = useMemo(
    () => languageLinks({ year: panelYear, country, embed, lang, lens: state.lens }, data),
    [panelYear, country, embed, lang, state.lens, data],
  );
  const panelView = yearViews.view(data, panelYear, strings);
  const members = yearViews.members(data, panelYear, strings);
  const marks = timelineViews.accessions(data, strings);
  const yearNow = useCallback(() => now().year, [now]);
  const timeline = useTimeline(data, year, yearNow, setYear, strings);
  const captionOf = lens === 'nato' ? yearViews.caption : lens === 'eu' ? yearViews.euCaption : bothCaption;
  const caption = captionOf(data, panelYear, strings);
  const grew = timelineViews.membersRange(data, strings);
  const border = yearViews.border(data, panelYear, strings);
  // The year pages' own title, following the year once it settles, with the address (not at every
  // step of a drag, nor of a key held down on a slow phone).
  useDocumentTitle(strings.pages.title(panelYear, panelYear === data.latestYear), TITLE_FOLLOWS_AFTER_MS);
  const [table, setTable] = useState(false);
  // A unit opened by the reader, rather than by the address the page was loaded with: its panel
  // scrolls into view if it is off screen (below the map, on a phone).
  const [openedHere, setOpenedHere] = useState(false);
  const open = useCallback(
    (code: string) => {
      setOpenedHere(true);
      select(code);
    },
    [select],
  );

  const close = useCallback(() => {
    select(undefined);
    // Back to the country in the table if it is shown, else on the map.
    const target =
      document.querySelector<HTMLElement>(`[data-return-focus="${country}"]`) ??
      document.querySelector<SVGElement>(`[data-unit="${country}"]`);
    if (country) target?.focus();
  }, [select, country]);
  useEscape(Boolean(country), close);

  // What never changes with the year, made once per language: React passes over the same
  // elements at every step of the slider instead of comparing their props again.
  const fixed = useMemo(
    () => ({
      skip: (
        <nav className="skip-links" aria-label={ui.skip.label}>
          <a href="#map">{ui.skip.map}</a>
          <a href="#year-slider">{ui.skip.slider}</a>
        </nav>
      ),
      title: <h1>{ui.title}</h1>,
      noScript: <p className="no-script-note">{strings.pages.noScript}</p>,
      about: (
        <>
          <p className="app__intro">{ui.intro}</p>
          <p>{ui.credits}</p>
        </>
      ),
    }),
    [ui, strings.pages.noScript],
  );

  // What waits for the year to settle is muted until it has caught up, so that no two figures on
  // screen disagree without one of them saying it is behind.
  const stale = panelYear !== year || undefined;

  const slider = (
    <YearSlider
      id="year-slider"
      year={year}
      first={data.firstYear}
      last={data.latestYear}
      marks={marks}
      label={ui.year}
      marksText={ui.slider}
      valueText={view.valueText}
      onChange={timeline.go}
      lang={ui.lang}
    />
  );
  const notice = (
    <Notice
      messages={problems.length > 0 ? noticeMessages(problems, state, data, ui, strings.lens) : NO_NOTICES}
      dismissText={ui.notice.dismiss}
      onDismiss={dismiss}
    />
  );
  const map = (
    <MapView
      geometry={geometry}
      units={view.units}
      disputes={view.disputes}
      selected={country}
      label={lens === 'nato' ? view.mapLabel : strings.lens.mapLabel[lens](year, view.count, view.euCount)}
      insetLabel={ui.insetLabel}
      onSelect={open}
      events={panelView.events}
      text={strings.mapTools}
      small={data.smallStates}
      names={view.labels}
      lens={lens}
    />
  );

  // Embedded: a title line, the map across the frame, Play and the slider, the legend and a source
  // line with a link to the full map (EmbedLayout arranges them for the frame's shape).
  if (embed)
    return (
      <Suspense>
        <EmbedLayout data={data} strings={strings} state={state} view={view} timeline={timeline} notice={notice} map={map}>
          {slider}
        </EmbedLayout>
      </Suspense>
    );

  return (
    <div className="app">
      {fixed.skip}
      <header className="app__header">
        <div className="app__title">
          {fixed.title}
          {!embed && <LanguagePicker links={languagesShown} label={ui.language} />}
        </div>
        <div className="year-line">
          <YearHeading
            year={year}
            count={view.count}
            countText={view.countText}
            eu={lens === 'nato' ? undefined : { count: view.euCount, text: view.euCountText }}
          />
          <div className="app__border" data-stale={stale}>
            <BorderFigure
              figure={border}
              points={timeline.series.border}
              year={panelYear}
              chartLabel={strings.timeline.border.chart}
              sourcesText={strings.timeline.border.sources}
            />
          </div>
          <ViewToggle table={table} text={strings.a11y.table} onToggle={setTable} />
        </div>
      </header>
      {notice}
      <main className="app__main">
        <div className="app__map" data-view={table ? 'table' : 'map'}>
          <div className="app__caption-row">
            <div className="app__caption" data-stale={stale}>
              <ChangeCaption text={caption} playing={timeline.playback.playing} wholeLabel={strings.timeline.wholeCaption} />
            </div>
            <LensSwitch lens={lens} text={strings.lens} onChange={setLens} />
          </div>
          <YearAnnouncer data={data} year={year} strings={strings} />
          <div className="app__stage" id="map" tabIndex={-1}>
            {map}
            {!table && <Legend ui={ui} shown={view.legends[lens]} more={strings.lens.legend} />}
            {table && (
              <Suspense>
                <UnitTable data={data} year={year} strings={strings} selected={country} onSelect={open} />
              </Suspense>
            )}
            {/* In the EU lenses, the table view also sets NATO and EU dates side by side. */}
            {table && lens !== 'nato' && (
              <Suspense fallback={null}>
                <NatoEuTable data={data} strings={strings} />
              </Suspense>
            )}
          </div>
          <Timeline
            chartYear={panelYear}
            chartStale={stale}
            chartCaption={grew}
            timeline={timeline}
            marks={timeline.marks}
            members={timeline.series.members}
            text={strings.timeline}
            lang={ui.lang}
          >
            {slider}
          </Timeline>
          {/* Shown only where scripts do not run (withoutScript.css), by the timeline it explains. */}
          {fixed.noScript}
        </div>
        <div className="app__side">
          <div className="app__panels" data-stale={stale}>
            {/* Its own chunk, fetched at the first opening, or with the app when the address opens a unit. */}
            {country && <UnitDetails data={data} code={country} year={panelYear} strings={strings} reveal={openedHere} onClose={close} />}
            <EventsList
              heading={ui.events.heading(panelYear)}
              listLabel={ui.events.title}
              emptyText={ui.events.none(panelYear)}
              events={panelView.events}
              current={timeline.picked}
            />
            <MemberList
              summary={strings.pages.members.summary(panelView.count, panelYear)}
              label={strings.pages.members.label(panelYear)}
              members={members}
            />
          </div>
          <ShareBar data={data} geometry={geometry} now={now} link={link} strings={strings} />
          <footer className="app__footer">
            <YearSummary
              heading={strings.pages.summary.heading(panelYear)}
              lead={strings.pages.summary.lead(caption)}
              events={panelView.events}
              sentence={strings.pages.summary.event}
              source={strings.pages.summary.source}
            />
            {fixed.about}
          </footer>
        </div>
      </main>
    </div>
  );
}
