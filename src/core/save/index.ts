/**
 * Saves: a year is (commune, year and scenario versions, seed, post, event log), compressed and replayed
 * through the machines on load. Storage-agnostic: the {@link SaveStore} port is implemented in src/storage.
 */
export { encodeBase64, decodeBase64 } from './base64';
export { crc32 } from './checksum';
export { compactLog, weeksOfLog, expandEvent, type CompactEvent } from './event-codec';
export { submitKeys, submitKeysOfLog, currentSubmitKeys } from './submit-keys';
export {
  CURRENT_SAVE_VERSION,
  payloadV2Schema,
  payloadV1Schema,
  payloadOf,
  yearScenarioIds,
  type SavePayload,
  type SavePayloadV1,
} from './payload';
export { MIGRATIONS, migrate } from './migrations';
export {
  SAVE_FORMAT,
  compressContent,
  decompressContent,
  writeEnvelope,
  writeSave,
  readSave,
  type SaveMeta,
  type SaveError,
} from './envelope';
export { restoreYear, loadSaveText, type RestoredYear } from './restore';
export {
  QUARANTINE_PREFIX,
  quarantineSlotOf,
  originalSlotOf,
  createMemorySaveStore,
  type SaveStore,
  type SaveRecord,
  type SlotInfo,
} from './save-store';
export {
  AUTOSAVE_SLOT,
  MANUAL_SLOTS,
  saveLabel,
  saveText,
  saveYear,
  loadYearFromSlot,
  exportSaveFile,
  importSaveFile,
  type LoadedSave,
} from './slots';
export {
  yearSuspendData,
  yearSaveTextOf,
  practiceSuspendData,
  readPracticeSuspendData,
  type PracticeResume,
} from './suspend-data';
