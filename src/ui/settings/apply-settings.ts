import type { AudioPort } from '../../audio/audio-port';
import { AUDIO_CHANNELS } from '../../core/assets';
import type { Settings } from './settings';
import { presentSettings } from './settings-presenter';
import type { SettingsStore } from './settings-store';

/** Writes the settings' classes and CSS variables on the document root. */
export function applySettings(root: HTMLElement, settings: Settings): void {
  const { classes, cssVars } = presentSettings(settings);
  for (const [name, on] of Object.entries(classes)) root.classList.toggle(name, on);
  for (const [name, value] of Object.entries(cssVars)) root.style.setProperty(name, value);
}

/** Keeps the mixer in step with the settings (volumes per channel, mute). */
export function syncAudio(audio: AudioPort, settings: Settings): void {
  AUDIO_CHANNELS.forEach((channel) => audio.setVolume(channel, settings.volumes[channel]));
  audio.setMuted(settings.muted);
}

/** Applies the settings now and after every change; returns the unsubscribe function. */
export function bindSettings(store: SettingsStore, root: HTMLElement, audio: AudioPort): () => void {
  const apply = (settings: Settings) => {
    applySettings(root, settings);
    syncAudio(audio, settings);
  };
  apply(store.get());
  return store.subscribe(apply);
}
