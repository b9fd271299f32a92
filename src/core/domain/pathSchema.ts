type Fail = (where: string, what: string) => void;

/** The schema's own checks, passed in (schema.ts calls this module). */
export interface Checks {
  isIsoDate: (value: unknown) => boolean;
  checkSource: (source: unknown, at: string, fail: Fail) => void;
}
type Rec = Record<string, unknown>;

/**
 * Checks the steps towards NATO (blocs.json: partners, actionPlans, invitations, aspirants) and the
 * EU's enlargements and exits (eu.json): known unit codes, real dates, a source on every fact.
 */
export function validatePathsAndEu(
  blocs: unknown,
  eu: unknown,
  known: (code: unknown) => boolean,
  fail: Fail,
  { isIsoDate, checkSource }: Checks,
): void {
  const b = (blocs ?? {}) as Rec;
  const date = (value: unknown, at: string) => isIsoDate(value) || (fail(at, `malformed date ${String(value)}`), false);
  const code = (value: unknown, at: string) => known(value) || (fail(at, `unknown unit code ${String(value)}`), false);
  const codes = (value: unknown, at: string) =>
    Array.isArray(value) ? value.forEach((c) => code(c, at)) : fail(at, 'units must be a list');
  const fact = (value: unknown, at: string) => {
    const f = value as Rec | undefined;
    if (f === undefined) return;
    date(f.date, at);
    checkSource(f.source, at, fail);
  };
  records(b.partners, 'partners', fail).forEach((p, i) => {
    const at = `partners[${i}] ${String(p.code)}`;
    code(p.code, at);
    date(p.pfp, at);
    checkSource(p.source, at, fail);
    fact(p.suspended, `${at} suspended`);
    fact(p.reactivated, `${at} reactivated`);
    fact(p.cooperationSuspended, `${at} cooperationSuspended`);
  });
  records(b.actionPlans, 'actionPlans', fail).forEach((r, i) => {
    const at = `actionPlans[${i}] ${String(r.code)}`;
    code(r.code, at);
    date(r.from, at);
    checkSource(r.source, at, fail);
  });
  records(b.invitations, 'invitations', fail).forEach((r, i) => {
    const at = `invitations[${i}] ${String(r.date)}`;
    date(r.date, at);
    codes(r.units, at);
    checkSource(r.source, at, fail);
  });
  records(b.aspirants, 'aspirants', fail).forEach((r, i) => {
    const at = `aspirants[${i}] ${String(r.code)}`;
    code(r.code, at);
    if (date(r.from, at) && r.to !== undefined && date(r.to, at) && String(r.to) <= String(r.from)) fail(at, 'ends before it starts');
    checkSource(r.source, at, fail);
    if (r.toSource !== undefined) checkSource(r.toSource, at, fail);
  });
  if (eu === undefined) return;
  const e = eu as Rec;
  for (const key of ['enlargements', 'exits'] as const)
    records(e[key], `eu ${key}`, fail).forEach((r, i) => {
      const at = `eu ${key}[${i}] ${String(r.date)}`;
      date(r.date, at);
      codes(r.units, at);
      if (r.territories !== undefined) codes(r.territories, at);
      checkSource(r.source, at, fail);
    });
}

function records(value: unknown, name: string, fail: Fail): Rec[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null)) return value as Rec[];
  fail(name, 'must be a list of records');
  return [];
}
