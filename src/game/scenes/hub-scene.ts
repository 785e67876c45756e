import Phaser from 'phaser';
import { SCENE_KEYS, type HubHotspotId } from '../../core/assets';
import { HUB_HOTSPOTS } from '../../ui/hub/hub-hotspots';
import { SCENE_COLORS } from '../palette';
import type { HubData } from '../scene-data';
import { addCalendarMonth } from './calendar-month';
import { addRoomImage, queueRoom } from './room-loader';

/** Where the illustration's wall clock and unread-mail light are (see scripts/assets/rooms/mairie.ts). */
const CLOCK = { x: 486, y: 108, radius: 36 } as const;
const MAIL_LIGHT = { x: 862, y: 342 } as const;

/**
 * The mairie's front office. Places are DOM buttons over the canvas (mouse, touch and keyboard alike); the
 * scene only lights up the place the player points at or focuses, and keeps the clock and mail light alive.
 */
export class HubScene extends Phaser.Scene {
  private data_: HubData | null = null;
  private glow: Phaser.GameObjects.Graphics | null = null;
  private hands: Phaser.GameObjects.Graphics | null = null;
  private glowTween: Phaser.Tweens.Tween | null = null;
  private lastMinute = -1;

  constructor() {
    super(SCENE_KEYS.hub);
  }

  /** Phaser passes scene data to init and create, not to preload. */
  init(data: HubData): void {
    this.data_ = data;
  }

  /** Usually prefetched by the title; loaded here when the player was quicker. */
  preload(): void {
    if (this.data_) queueRoom(this, this.data_.room);
  }

  create(data: HubData): void {
    this.lastMinute = -1;
    addRoomImage(this, data.room);
    addCalendarMonth(this, data.month);
    this.hands = this.add.graphics();
    const light = this.add.circle(MAIL_LIGHT.x, MAIL_LIGHT.y, 6, SCENE_COLORS.red);
    this.tweens.add({ targets: light, alpha: { from: 1, to: 0.15 }, duration: 900, yoyo: true, repeat: -1 });
    this.glow = this.add.graphics();
    this.glowTween = this.tweens.add({
      targets: this.glow,
      alpha: { from: 1, to: 0.45 },
      duration: 700,
      yoyo: true,
      repeat: -1,
    });
    const unsubscribe = data.highlight.subscribe((id) => this.highlight(id));
    this.highlight(data.highlight.current());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      this.glow = null;
      this.hands = null;
      this.glowTween = null;
    });
  }

  override update(): void {
    const reduced = this.data_?.motion.reduced() ?? false;
    if (reduced && !this.tweens.paused) {
      this.tweens.pauseAll();
      if (this.glow) this.glow.alpha = 1;
    }
    if (!reduced && this.tweens.paused) this.tweens.resumeAll();
    this.drawClock();
  }

  private highlight(id: HubHotspotId | null): void {
    const glow = this.glow;
    if (!glow) return;
    glow.clear();
    const spot = HUB_HOTSPOTS.find((hotspot) => hotspot.id === id);
    if (!spot) return;
    const { x, y, width, height } = spot.area;
    glow.fillStyle(SCENE_COLORS.focus, 0.16);
    glow.fillRoundedRect(x - 6, y - 6, width + 12, height + 12, 14);
    glow.lineStyle(5, SCENE_COLORS.focus, 1);
    glow.strokeRoundedRect(x - 6, y - 6, width + 12, height + 12, 14);
    this.glowTween?.restart();
  }

  /** Hands at the player's local time, redrawn once a minute (decoration: no game time rests on it). */
  private drawClock(): void {
    const now = new Date();
    const minute = now.getHours() * 60 + now.getMinutes();
    if (!this.hands || minute === this.lastMinute) return;
    this.lastMinute = minute;
    const minuteAngle = (now.getMinutes() / 60) * Math.PI * 2 - Math.PI / 2;
    const hourAngle = (((now.getHours() % 12) + now.getMinutes() / 60) / 12) * Math.PI * 2 - Math.PI / 2;
    const g = this.hands;
    g.clear();
    g.lineStyle(5, SCENE_COLORS.ink, 1);
    g.lineBetween(
      CLOCK.x,
      CLOCK.y,
      CLOCK.x + Math.cos(hourAngle) * CLOCK.radius * 0.5,
      CLOCK.y + Math.sin(hourAngle) * CLOCK.radius * 0.5,
    );
    g.lineStyle(3, SCENE_COLORS.ink, 1);
    g.lineBetween(
      CLOCK.x,
      CLOCK.y,
      CLOCK.x + Math.cos(minuteAngle) * CLOCK.radius * 0.75,
      CLOCK.y + Math.sin(minuteAngle) * CLOCK.radius * 0.75,
    );
    g.fillStyle(SCENE_COLORS.red, 1);
    g.fillCircle(CLOCK.x, CLOCK.y, 4);
  }
}
