import { t } from './i18n';

/** The guide's pages beyond the six steps, as the header and the 404 page list them. */
export const SECTION_LINKS = [
  { href: '/precautions/', label: t('nav.precautions') },
  { href: '/cases/', label: t('nav.cases') },
  { href: '/operators/', label: t('nav.operators') },
  { href: '/sources/', label: t('nav.sources') },
] as const;
