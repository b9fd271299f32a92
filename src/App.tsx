import { useCallback, useMemo } from 'react';
import type { Dataset } from './domain/dataset';
import { accessionYears } from './domain/membership';
import { strings as defaultStrings, type Strings } from './i18n/strings';
import type { MapGeometry } from './map/geometry';
import { useEscape } from './hooks/useEscape';
import { useUrlState, type Where } from './hooks/useUrlState';
import { describeDetails } from './view/describeDetails';
import { yearView } from './view/yearView';
import { memberList } from './view/memberList';
import { noticeMessages } from './view/notices';
import { DetailsPanel } from './components/DetailsPanel';
import { EventsList } from './components/EventsList';
import { Legend } from './components/Legend';
import { MapView } from './components/MapView';
import { MemberList } from './components/MemberList';
import { Notice } from './components/Notice';
import { YearHeading } from './components/YearHeading';
import { YearSlider } from './components/YearSlider';

interface AppProps {
  data: Dataset;
  geometry: MapGeometry;
  strings?: Strings;
  /** The address to render for when pre-rendering at build time; the browser's own otherwise. */
  at?: Where;
}

/** The NATO enlargement map: year slider, map, events and the open unit's details, all driven by the URL. */
export function App({ data, geometry, strings = defaultStrings, at }: AppProps) {
  const { ui } = strings;
  const { state, problems, setYear, select, dismiss } = useUrlState(data, at);
  const { year, country } = state;
  const view = useMemo(() => yearView(data, year, strings), [data, year, strings]);
  const details = useMemo(() => country && describeDetails(data, country, year, strings), [data, country, year, strings]);
  const members = useMemo(() => memberList(data, year, strings), [data, year, strings]);
  const marks = useMemo(() => accessionYears(data), [data]);

  const close = useCallback(() => {
    select(undefined);
    if (country) document.querySelector<SVGElement>(`[data-unit="${country}"]`)?.focus();
  }, [select, country]);
  useEscape(Boolean(country), close);

  return (
    <div className="app">
      <header className="app__header">
        <h1>{ui.title}</h1>
        <p className="app__intro">{ui.intro}</p>
      </header>
      <Notice messages={noticeMessages(problems, state, data, ui)} dismissText={ui.notice.dismiss} onDismiss={dismiss} />
      <main className="app__main">
        <div className="app__map">
          <YearHeading year={year} count={view.count} countText={view.countText} />
          <MapView
            geometry={geometry}
            units={view.units}
            disputes={view.disputes}
            selected={country}
            label={view.mapLabel}
            insetLabel={ui.insetLabel}
            onSelect={select}
          />
          <YearSlider
            year={year}
            first={data.firstYear}
            last={data.latestYear}
            marks={marks}
            label={ui.year}
            marksLabel={ui.slider.accessionYears}
            valueText={view.valueText}
            onChange={setYear}
          />
          <Legend ui={ui} />
          <MemberList summary={strings.pages.members.summary(view.count, year)} label={strings.pages.members.label(year)} members={members} />
        </div>
        <div className="app__side">
          {details && <DetailsPanel details={details} text={ui.details} onClose={close} />}
          <EventsList heading={ui.events.heading(year)} listLabel={ui.events.title} emptyText={ui.events.none(year)} events={view.events} />
        </div>
      </main>
      <footer className="app__footer">
        <p>{ui.credits}</p>
      </footer>
    </div>
  );
}
