import { getCollection, type CollectionEntry } from 'astro:content';
import { orderSteps } from './steps';

export type GuideEntry = CollectionEntry<'guide'>;

export interface Guide {
  /** Every page under content/, in file order. */
  entries: GuideEntry[];
  /** The six step pages, ordered and checked by orderSteps(). */
  steps: GuideEntry[];
}

let guide: Promise<Guide> | undefined;

/** Loads the guide once per build; every page shares the same ordered steps. */
export function getGuide(): Promise<Guide> {
  guide ??= getCollection('guide').then((entries) => ({ entries, steps: orderSteps(entries) }));
  return guide;
}
