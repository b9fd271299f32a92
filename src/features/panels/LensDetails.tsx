import type { Details } from '../../core/view/describeDetails';
import type { Source } from '../../core/domain/types';

/** A link to a fact's source, opened in a new tab. */
function SourceLink({ source, text }: { source: Source; text: string }) {
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {text}: {source.publisher}
    </a>
  );
}

/**
 * The EU and the path to NATO in a unit's details: its NATO and EU dates side by side (for a state in
 * both), or its EU date; the date it left the EU; and the strip of its steps towards NATO.
 */
export function LensDetails({ details, sourceText }: { details: Details; sourceText: string }) {
  const { both, eu, path } = details;
  return (
    <>
      {both && eu ? (
        <div className="details__both" role="group" aria-label={both.title} data-both-dates="">
          <p>
            {both.natoLabel}: <strong>{both.nato}</strong>
          </p>
          <p>
            {both.euLabel}: <strong>{both.eu}</strong> <SourceLink source={eu.source} text={sourceText} />
          </p>
          <p className="details__gap">{both.gap}</p>
        </div>
      ) : (
        eu && (
          <p className="details__eu">
            {eu.label}: <strong>{eu.text}</strong> <SourceLink source={eu.source} text={sourceText} />
          </p>
        )
      )}
      {eu?.left && (
        <p>
          {eu.left.text} <SourceLink source={eu.left.source} text={sourceText} />
        </p>
      )}
      {path && (
        <>
          <h3>{path.title}</h3>
          <ol className="path-strip" aria-label={path.title} data-path-strip="">
            {path.steps.map((p) => (
              <li key={`${p.step}-${p.date}`} className={`path-strip__step path-strip__step--${p.step}`}>
                <span className="path-strip__name">{p.name}</span>{' '}
                <a className="path-strip__date" href={p.source.url} target="_blank" rel="noopener noreferrer" title={p.source.publisher}>
                  {p.date}
                </a>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
