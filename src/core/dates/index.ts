export * from './iso-date';
export * from './holidays';
export { FRENCH_MONTHS, formatFrenchDate } from '../french-format';
