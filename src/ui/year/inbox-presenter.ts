import { formatFrenchDate } from '../../core/dates';
import type { ActivityView, Channel, InboxItem, JournalEntry } from '../../core/year';
import { hoursText } from './format';

const STATUS_TEXT: Readonly<Record<InboxItem['status'], string>> = {
  nouveau: 'À planifier',
  planifie: 'Planifié cette semaine',
  'en-cours': 'En cours',
  traite: 'Traité',
  'sans-reponse': 'Resté sans réponse',
};

/** Icon key of the assets registry for each channel. */
export const CHANNEL_ICONS: Readonly<Record<Channel, string>> = {
  courrier: 'courriel',
  telephone: 'telephone',
  visiteur: 'guichet',
  maire: 'conseil',
  incident: 'tampon',
};

/** One message, call or visit. */
export interface InboxItemModel {
  readonly id: string;
  readonly channel: Channel;
  readonly icon: string;
  readonly heading: string;
  readonly from: string;
  readonly meta: string;
  readonly status: InboxItem['status'];
  readonly statusText: string;
  /** « Traiter maintenant » when it can be opened, else null. */
  readonly actionLabel: string | null;
}

/** A scheduled scenario of the week. */
export interface AppointmentModel {
  readonly id: string;
  readonly heading: string;
  readonly meta: string;
  readonly actionLabel: string | null;
  readonly note: string | null;
}

/** The inbox of short events and the week's rendez-vous. */
export interface InboxModel {
  readonly heading: string;
  /** « 2 nouveaux », for the tab. */
  readonly summary: string;
  readonly items: readonly InboxItemModel[];
  readonly appointments: readonly AppointmentModel[];
  /** The latest news of the year (consequences, meetings held or postponed), newest first. */
  readonly news: readonly {
    readonly dateText: string;
    readonly text: string;
    readonly tone: JournalEntry['tone'];
  }[];
}

/** How many lines of news the desk shows. */
export const NEWS_LINES = 6;

/** Mail, calls, visitors, the maire's requests and incidents, newest first; the week's scheduled scenarios. */
export function presentInbox(
  items: readonly InboxItem[],
  appointments: readonly ActivityView[],
  journal: readonly JournalEntry[] = [],
): InboxModel {
  const fresh = items.filter((item) => item.status === 'nouveau').length;
  return {
    heading: 'Courrier, appels et visites',
    summary: fresh === 0 ? 'Rien de nouveau' : `${fresh} à planifier`,
    items: items.map((item) => ({
      id: item.eventId,
      channel: item.channel,
      icon: CHANNEL_ICONS[item.channel],
      heading: `${item.channelLabel} : ${item.subject}`,
      from: item.from,
      meta: `Reçu le ${formatFrenchDate(item.arrives)} ; à traiter avant le ${formatFrenchDate(item.deadline)} ; ${hoursText(item.hours)}`,
      status: item.status,
      statusText: STATUS_TEXT[item.status],
      actionLabel: item.playable ? (item.status === 'en-cours' ? 'Reprendre' : 'Traiter maintenant') : null,
    })),
    appointments: appointments.map((item) => ({
      id: item.id,
      heading: item.title,
      meta: `${formatFrenchDate(item.date)} ; ${hoursText(item.hours)}`,
      actionLabel: item.playable ? (item.status === 'en-cours' ? 'Reprendre' : 'Commencer') : null,
      note: item.status === 'termine' ? 'Terminé' : item.cancelledBecause,
    })),
    news: journal.slice(0, NEWS_LINES).map((entry) => ({
      dateText: formatFrenchDate(entry.date),
      text: entry.reference ? `${entry.text} (${entry.reference})` : entry.text,
      tone: entry.tone,
    })),
  };
}
