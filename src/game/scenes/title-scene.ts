import Phaser from 'phaser';
import { ROOM_KEYS, SCENE_KEYS, STAGE } from '../../core/assets';
import { SCENE_COLORS } from '../palette';
import { roomTexture, type TitleData } from '../scene-data';
import { queueRoom } from './room-loader';

const CLOUDS = [
  { x: 120, y: 70, scale: 1, seconds: 140 },
  { x: 560, y: 48, scale: 0.75, seconds: 180 },
  { x: 1000, y: 96, scale: 0.9, seconds: 120 },
  { x: 1180, y: 40, scale: 0.65, seconds: 200 },
] as const;

/** The façade of the mairie under drifting clouds; the title menu itself is in the DOM overlay. */
export class TitleScene extends Phaser.Scene {
  private motion: TitleData['motion'] | null = null;

  constructor() {
    super(SCENE_KEYS.title);
  }

  create(data: TitleData): void {
    this.motion = data.motion;
    this.add.image(0, 0, roomTexture(ROOM_KEYS.facade)).setOrigin(0, 0);
    for (const cloud of CLOUDS) {
      const shape = this.cloud(cloud.scale);
      shape.setPosition(cloud.x, cloud.y);
      const travel = STAGE.width + 400;
      this.tweens.add({
        targets: shape,
        x: { from: cloud.x, to: cloud.x + travel },
        duration: cloud.seconds * 1000 * (1 - cloud.x / travel),
        onComplete: () => {
          shape.x = -200;
          this.tweens.add({
            targets: shape,
            x: STAGE.width + 200,
            duration: cloud.seconds * 1000,
            repeat: -1,
          });
        },
      });
    }
    this.applyMotion();
    if (data.prefetch.map((room) => queueRoom(this, room)).some(Boolean)) this.load.start();
  }

  override update(): void {
    this.applyMotion();
  }

  private applyMotion(): void {
    const reduced = this.motion?.reduced() ?? false;
    if (reduced && !this.tweens.paused) this.tweens.pauseAll();
    if (!reduced && this.tweens.paused) this.tweens.resumeAll();
  }

  private cloud(scale: number): Phaser.GameObjects.Graphics {
    const g = this.add.graphics();
    g.fillStyle(SCENE_COLORS.white, 0.7);
    g.fillEllipse(0, 0, 150 * scale, 46 * scale);
    g.fillCircle(-30 * scale, -14 * scale, 30 * scale);
    g.fillCircle(20 * scale, -22 * scale, 38 * scale);
    return g;
  }
}
