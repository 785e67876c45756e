import Phaser from 'phaser';
import { PERSON_SIZE, STAGE, personKey, type PersonKey } from '../../core/assets';
import type { CastStage, StageBounds } from '../../ui/stage/cast-presenter';
import { SCENE_COLORS } from '../palette';
import type { CastReport, MotionPreference } from '../scene-data';

export interface CastLayerOptions {
  readonly room: string;
  readonly roomTexture: string;
  readonly motion: MotionPreference;
  readonly personUrl: (key: PersonKey) => string;
  readonly onDrawn: (report: CastReport) => void;
}

const personTexture = (key: PersonKey) => `person:${key}`;

/** Depths: the people above the room, the counter above them. */
const DEPTH = { floor: 10, people: 20, foreground: 30 } as const;

/**
 * Draws what the stage presenter says stands in the room: no rule here. Figures are loaded the first time they
 * are needed; a newer stage arriving while they load replaces the older one.
 */
export class CastLayer {
  private objects: Phaser.GameObjects.GameObject[] = [];
  private generation = 0;
  private lastKeys = new Map<string, PersonKey>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: CastLayerOptions,
  ) {}

  show(stage: CastStage | null): void {
    this.generation += 1;
    const generation = this.generation;
    // A stage for another room belongs to the scene about to replace this one, which reports what it draws.
    if (stage !== null && stage.room !== this.options.room) {
      this.clear();
      return;
    }
    const shown = stage;
    const keys = (shown?.people ?? []).map((person) => personKey(person.portrait, person.expression));
    const missing = keys.filter((key) => !this.scene.textures.exists(personTexture(key)));
    if (missing.length === 0) {
      this.draw(shown);
      return;
    }
    const loader = this.scene.load;
    for (const key of new Set(missing))
      loader.svg(personTexture(key), this.options.personUrl(key), { ...PERSON_SIZE });
    loader.once(Phaser.Loader.Events.COMPLETE, () => {
      if (generation === this.generation) this.draw(shown);
    });
    if (!loader.isLoading()) loader.start();
  }

  destroy(): void {
    this.generation += 1;
    this.clear();
  }

  private clear(): void {
    for (const object of this.objects) object.destroy();
    this.objects = [];
  }

  private draw(stage: CastStage | null): void {
    this.clear();
    const reduced = this.options.motion.reduced();
    const anyoneSpeaks = stage?.people.some((person) => person.speaking) ?? false;
    let speaker: StageBounds | null = null;
    const keys: PersonKey[] = [];
    const previous = this.lastKeys;
    this.lastKeys = new Map();
    for (const person of stage?.people ?? []) {
      const key = personKey(person.portrait, person.expression);
      keys.push(key);
      this.lastKeys.set(person.id, key);
      const floor = this.scene.add.graphics().setDepth(DEPTH.floor);
      if (person.speaking) {
        // The speaker stands in a pool of warm light: marked without a word painted on the canvas.
        floor.fillStyle(SCENE_COLORS.focus, 0.35);
        floor.fillEllipse(person.x, person.feetY - 4, person.bounds.width * 1.15, 34 * person.scale);
      }
      floor.fillStyle(SCENE_COLORS.ink, 0.22);
      floor.fillEllipse(person.x, person.feetY - 4, person.bounds.width * 0.8, 22 * person.scale);
      // The speaker steps forward a little; the others wait, a shade dimmer.
      const lift = person.speaking ? 6 : 0;
      const image = this.scene.add
        .image(person.x, person.feetY - lift, personTexture(key))
        .setOrigin(0.5, 1)
        .setScale(person.scale)
        .setDepth(DEPTH.people);
      if (anyoneSpeaks && !person.speaking) image.setTint(0xd4d6de);
      this.objects.push(floor, image);
      if (person.speaking) speaker = bounds(image);
      if (!reduced) this.animate(image, previous.get(person.id), key, person.speaking);
    }
    if (stage?.foregroundTop != null && stage.people.length > 0) {
      const top = stage.foregroundTop;
      const front = this.scene.add
        .image(0, 0, this.options.roomTexture)
        .setOrigin(0, 0)
        .setCrop(0, top, STAGE.width, STAGE.height - top)
        .setDepth(DEPTH.foreground);
      this.objects.push(front);
    }
    this.options.onDrawn({ keys, speaker });
  }

  /** A newcomer fades in; a face that changes, or a person who starts speaking, gives a small hop. */
  private animate(
    image: Phaser.GameObjects.Image,
    before: PersonKey | undefined,
    key: PersonKey,
    speaking: boolean,
  ) {
    if (before === undefined) {
      image.setAlpha(0);
      this.scene.tweens.add({
        targets: image,
        alpha: 1,
        y: { from: image.y + 14, to: image.y },
        duration: 320,
      });
    } else if (before !== key && speaking) {
      this.scene.tweens.add({ targets: image, y: image.y - 8, duration: 140, yoyo: true });
    }
  }
}

function bounds(image: Phaser.GameObjects.Image): StageBounds {
  const rect = image.getBounds();
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
}
