import data from '../../data/smallStates.json';
import type { UnitCode } from '../../core/domain/types';

/** Units drawn with a marker big enough to tap, as listed in src/data/smallStates.json. */
export const smallStates: ReadonlySet<UnitCode> = new Set(data.units);
