import { describe, expect, it } from 'vitest';
import story from '../../../src/data/story.json';
import { dataset } from '../../../src/data/dataset';
import { validateStory } from '../../../src/core/domain/storySchema';

const codes = new Set(dataset.unitByCode.keys());
const years = { first: dataset.firstYear, last: dataset.latestYear };

describe('story.json', () => {
  it('passes its checks', () => {
    expect(validateStory(story, codes, years)).toEqual([]);
  });

  it.each([
    ['an unknown anchor', { ...story, labelAnchors: ['ZZZ'] }, /unknown label anchor ZZZ/],
    ['a turning point before the first year', { ...story, turningPoints: [1900] }, /turning point 1900/],
    ['a turning point that is not a year', { ...story, turningPoints: ['1990'] }, /turning point 1990/],
    ['no anchors at all', { turningPoints: [] }, /labelAnchors must be a list/],
  ])('rejects %s', (_, raw, message) => {
    expect(validateStory(raw, codes, years).join('\n')).toMatch(message);
  });
});
