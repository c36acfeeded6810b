import { SOURCES } from './sources';

/**
 * The only hosts the guide may link to: the operators' and the state's official sites,
 * and the hosts of the sources in FACTS.md. The link gate rejects any other host, so a
 * promotion or tracking link cannot slip into the content.
 */
export const OFFICIAL_HOSTS = [
  'www.gov.kz',
  'www.beeline.kz',
  'www.kcell.kz',
  'activ.kz',
  'tele2.kz',
  'altel.kz',
  'altel4g.kz',
  'www.izi.me',
] as const;

export const ALLOWED_HOSTS: ReadonlySet<string> = new Set([
  ...OFFICIAL_HOSTS,
  ...Object.values(SOURCES).map((source) => new URL(source.url).hostname),
]);
