export * from './iso-date';
export * from './holidays';
