export {
  CONTACTS,
  NETWORK_CONTACTS,
  isNetworkContact,
  type ContactSpec,
  type NetworkContact,
} from './contacts';
export { networkSubject, type NetworkSubject } from './subject';
export {
  answerText,
  legalTexts,
  networkView,
  type AnswerStatus,
  type NetworkAnswerView,
  type NetworkAsk,
  type NetworkContactView,
  type NetworkView,
} from './answers';
