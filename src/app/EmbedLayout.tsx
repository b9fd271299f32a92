import type { ReactNode } from 'react';
import './embed.css';

interface EmbedLayoutProps {
  /** The app's name, for screen readers: the frame's own page names it already. */
  title: string;
  /** The year and member count (`data-member-count`), for screen readers: the caption says both. */
  heading: ReactNode;
  /** The year's change caption, the visible title line: "2004: Bulgaria, … joined — 26 members". */
  caption: string;
  notice: ReactNode;
  announcer: ReactNode;
  map: ReactNode;
  /** Play and the slider (the timeline's other parts give way, embed.css). */
  timeline: ReactNode;
  legend: ReactNode;
  /** Who the facts and borders come from. */
  sources: string;
  /** The link to the full map at the same view, in a new tab. */
  fullMap: ReactNode;
}

/**
 * The page inside an `<iframe>` (`?embed=1`): a one-line title, the map across the frame, Play and
 * the slider, the legend and a source line. It never scrolls; in a wide, short frame the map takes
 * the frame's height on the left and the rest stands beside it (embed.css).
 */
export function EmbedLayout({ title, heading, caption, notice, announcer, map, timeline, legend, sources, fullMap }: EmbedLayoutProps) {
  return (
    <div className="app app--embed">
      <header className="embed__head">
        <h1 className="visually-hidden">{title}</h1>
        <div className="visually-hidden">{heading}</div>
        <p className="embed__title" title={caption}>
          {caption}
        </p>
      </header>
      {notice}
      {announcer}
      {/* Its parts are placed on the page's grid (embed.css), so it lays out none itself. */}
      <main className="embed__main">
        <div className="embed__map" id="map" tabIndex={-1}>
          {map}
        </div>
        <div className="embed__controls">{timeline}</div>
        <div className="embed__legend">{legend}</div>
      </main>
      <footer className="embed__source">
        <span className="embed__sources">{sources}</span> {fullMap}
      </footer>
    </div>
  );
}
