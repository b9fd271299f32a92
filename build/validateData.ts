import type { Plugin } from 'vite';
import { validateRecords } from '../src/core/domain/schema';
import { validateBorders } from '../src/core/domain/borderSchema';
import units from '../src/data/units.json';
import members from '../src/data/members.json';
import events from '../src/data/events.json';
import disputes from '../src/data/disputes.json';
import blocs from '../src/data/blocs.json';
import eu from '../src/data/eu.json';
import borders from '../src/data/borders.json';
import story from '../src/data/story.json';
import { validateStory } from '../src/core/domain/storySchema';
import { dataset } from '../src/data/dataset';

/** Fails the build when a data file breaks the schema, so bad data never reaches a user. */
export function validateData(): Plugin {
  return {
    name: 'validate-data',
    buildStart() {
      const errors = validateRecords({
        units: units.units,
        members: members.members,
        events: events.events,
        disputes: disputes.disputes,
        blocs,
        eu,
      });
      errors.push(...validateBorders(borders.borders, new Set(units.units.map((u) => u.code))));
      errors.push(...validateStory(story, new Set(dataset.unitByCode.keys()), { first: dataset.firstYear, last: dataset.latestYear }));
      if (errors.length > 0) this.error(`Invalid data:\n${errors.join('\n')}`);
    },
  };
}
