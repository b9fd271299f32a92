import type { ReactNode } from 'react';
import type { Dataset } from '../core/domain/dataset';
import type { ViewState } from '../core/domain/params';
import type { Strings } from '../i18n/strings';
import type { yearView } from '../core/view/yearView';
import { yearViews } from '../core/view/yearViews';
import type { Timeline as TimelineState } from '../features/timeline/useTimeline';
import { FullMapLink } from '../features/share/FullMapLink';
import { Legend } from '../features/map/Legend';
import { Timeline } from '../features/timeline/Timeline';
import { YearAnnouncer } from '../features/timeline/YearAnnouncer';
import { YearHeading } from '../features/panels/YearHeading';
import './embed.css';

interface EmbedLayoutProps {
  data: Dataset;
  strings: Strings;
  state: ViewState;
  /** The year's view (the slider's year). */
  view: ReturnType<typeof yearView>;
  timeline: TimelineState;
  notice: ReactNode;
  map: ReactNode;
  /** The year slider. */
  children: ReactNode;
}

/**
 * The page inside an `<iframe>` (`?embed=1`): a one-line title (the year's change caption), the map
 * across the frame, Play and the slider, the legend and a source line with a link to the full map
 * at the same view. It never scrolls; in a wide, short frame the map takes the frame's height on the
 * left and the rest stands beside it (embed.css). Loaded only in embed mode.
 */
export default function EmbedLayout({ data, strings, state, view, timeline, notice, map, children }: EmbedLayoutProps) {
  const { year } = state;
  const caption = yearViews.caption(data, year, strings);
  return (
    <div className="app app--embed">
      <header className="embed__head">
        {/* The year and member count (`data-member-count`) for screen readers: the caption says both. */}
        <h1 className="visually-hidden">{strings.ui.title}</h1>
        <div className="visually-hidden">
          <YearHeading year={year} count={view.count} countText={view.countText} />
        </div>
        <p className="embed__title" title={caption}>
          {caption}
        </p>
      </header>
      {notice}
      <YearAnnouncer data={data} year={year} strings={strings} />
      {/* Its parts are placed on the page's grid (embed.css), so it lays out none itself. */}
      <main className="embed__main">
        <div className="embed__map" id="map" tabIndex={-1}>
          {map}
        </div>
        <div className="embed__controls">
          <Timeline chartYear={year} timeline={timeline} marks={timeline.marks} members={timeline.series.members} text={strings.timeline}>
            {children}
          </Timeline>
        </div>
        <div className="embed__legend">
          <Legend ui={strings.ui} shown={view.legends[state.lens ?? 'nato']} more={strings.lens.legend} />
        </div>
      </main>
      <footer className="embed__source">
        <span className="embed__sources">{strings.share.embedSources}</span> <FullMapLink data={data} state={state} text={strings.share} />
      </footer>
    </div>
  );
}
