import Phaser from 'phaser';
import type { StageBounds } from '../../ui/stage/cast-presenter';
import {
  targetAt,
  type ClassifyStage,
  type StagedItem,
  type StagedPile,
} from '../../ui/stage/classify-stage';
import type { StagedObjects } from '../../ui/stage/classify-staging';
import { SCENE_COLORS } from '../palette';
import { drawCard, drawTray, text } from './objects-art';

export interface ObjectsLayerOptions {
  /** Called once the objects are drawn, with what lies where (`table:3 blanc:1 nul:0`), or '' when none. */
  readonly onDrawn: (report: string) => void;
}

/** Above the people (20) and the counter (30): the objects lie on the table in front of everyone. */
const DEPTH = { table: 40, piles: 41, items: 42, dragged: 50 } as const;
/** A press that moves less than this is a tap (pick, or put on the tapped pile). */
const TAP_PX = 8;

/** A pile's drawn parts: its tray and label never change within a step, its count does. */
interface PileParts {
  readonly count: Phaser.GameObjects.Text;
}

/** An item's drawn parts, moved and restyled in place when it changes pile or is picked. */
interface ItemParts {
  readonly card: Phaser.GameObjects.Graphics;
  readonly label: Phaser.GameObjects.Text;
  readonly container: Phaser.GameObjects.Container;
  readonly zone: Phaser.GameObjects.Zone;
  /** The card as last drawn (`width height selected`), and the label's wrap width, to skip what did not change. */
  look: string;
  wrap: number;
}

/** What stays on the canvas for one step: built once, then updated at each move. */
interface Board {
  /** The step's layout (objects, piles, items, card): another key means another step, rebuilt. */
  readonly key: string;
  readonly title: Phaser.GameObjects.Text;
  readonly body: Phaser.GameObjects.Text;
  readonly piles: ReadonlyMap<string, PileParts>;
  readonly items: ReadonlyMap<string, ItemParts>;
}

/** Identifies a step's layout: what is built once (the piles, the items, where the card and « Valider » are). */
const layoutKey = (stage: ClassifyStage) =>
  JSON.stringify([
    stage.objects,
    stage.reading.bounds,
    stage.validate,
    stage.piles.map((pile) => [pile.id, pile.label, pile.bounds]),
    stage.items.map((item) => [item.id, item.shortLabel]),
  ]);

/**
 * Draws a staged step's handled objects from the stage presenter's model and turns pointer and touch into the
 * model's intents (pick, drop on a pile or the table, tap a pile, validate): where an object lands is the
 * presenter's geometry (`targetAt`), what it means is the classify view's. No rule here. The objects of a step are
 * built once and diffed at each move: a text is drawn again (a texture upload) only when its words change.
 */
export class ObjectsLayer {
  private drawn: Phaser.GameObjects.GameObject[] = [];
  private board: Board | null = null;
  private current: StagedObjects | null = null;
  private readonly visuals = new Map<Phaser.GameObjects.Zone, Phaser.GameObjects.Container>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: ObjectsLayerOptions,
  ) {
    const input = scene.input;
    input.dragDistanceThreshold = TAP_PX;
    input.on('dragstart', (_: Phaser.Input.Pointer, zone: Phaser.GameObjects.Zone) => {
      this.visuals.get(zone)?.setDepth(DEPTH.dragged);
    });
    input.on('drag', (_: Phaser.Input.Pointer, zone: Phaser.GameObjects.Zone, x: number, y: number) => {
      zone.setPosition(x, y);
      this.visuals.get(zone)?.setPosition(x, y);
    });
    input.on('dragend', (pointer: Phaser.Input.Pointer, zone: Phaser.GameObjects.Zone) => {
      const shown = this.current;
      const itemId: unknown = zone.getData('item');
      if (!shown || typeof itemId !== 'string') return;
      shown.act({ type: 'drop', itemId, target: targetAt(shown.stage, pointer.worldX, pointer.worldY) });
      // Dropped nowhere: the object goes back where the model says it lies.
      if (this.current === shown) this.draw();
    });
    input.on('gameobjectup', (pointer: Phaser.Input.Pointer, zone: Phaser.GameObjects.Zone) => {
      const shown = this.current;
      if (!shown) return;
      if (Phaser.Math.Distance.Between(pointer.downX, pointer.downY, pointer.upX, pointer.upY) >= TAP_PX)
        return;
      const item: unknown = zone.getData('item');
      const pile: unknown = zone.getData('pile');
      if (typeof item === 'string') shown.act({ type: 'pick', itemId: item });
      else if (typeof pile === 'string') shown.act({ type: 'tap-pile', pileId: pile });
      else if (zone.getData('validate') === true) shown.act({ type: 'validate' });
      else if (zone.getData('table') === true) shown.act({ type: 'tap-table' });
    });
  }

  show(objects: StagedObjects | null): void {
    this.current = objects;
    this.draw();
  }

  destroy(): void {
    this.current = null;
    this.clear();
  }

  private clear(): void {
    for (const object of this.drawn) object.destroy();
    this.drawn = [];
    this.board = null;
    this.visuals.clear();
  }

  private zone(bounds: StageBounds, data: Record<string, string | boolean>, depth: number) {
    const zone = this.scene.add
      .zone(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, bounds.width, bounds.height)
      .setDepth(depth);
    for (const [key, value] of Object.entries(data)) zone.setData(key, value);
    this.drawn.push(zone);
    return zone;
  }

  private draw(): void {
    const shown = this.current;
    if (!shown) {
      this.clear();
      this.options.onDrawn('');
      return;
    }
    const { stage } = shown;
    const key = layoutKey(stage);
    if (this.board?.key !== key) {
      this.clear();
      this.board = this.build(stage, key);
    }
    const board = this.board;
    const reading = stage.reading.bounds;
    board.title.setText(stage.reading.title);
    // The card's text starts under its title, which may take two lines.
    board.body.setText(stage.reading.text).setY(reading.y + 12 + board.title.height + 8);
    for (const pile of stage.piles) board.piles.get(pile.id)?.count.setText(String(pile.count));
    for (const item of stage.items) {
      const parts = board.items.get(item.id);
      if (parts) this.placeItem(stage.objects, item, parts);
    }
    const counts = stage.piles.map((pile) => `${pile.id}:${pile.count}`);
    const onTable = stage.items.filter((item) => item.pileId === null).length;
    this.options.onDrawn([`table:${onTable}`, ...counts].join(' '));
  }

  /** The table, the card, « Valider », the piles and the items of a step, wherever they lie. */
  private build(stage: ClassifyStage, key: string): Board {
    const scene = this.scene;
    const reading = stage.reading.bounds;
    // The table: a baize under everything handled.
    const table = scene.add.graphics().setDepth(DEPTH.table);
    table.fillStyle(0x2f5d50, 0.94).fillRoundedRect(24, 286, 1232, 428, 14);
    table
      .fillStyle(SCENE_COLORS.white, 0.97)
      .fillRoundedRect(reading.x, reading.y, reading.width, reading.height, 8);
    const validate = stage.validate.bounds;
    table
      .fillStyle(SCENE_COLORS.navy, 1)
      .fillRoundedRect(validate.x, validate.y, validate.width, validate.height, 8);
    const title = text(scene, reading.x + 16, reading.y + 12, '', 20, reading.width - 32);
    title.setFontStyle('bold');
    const body = text(scene, reading.x + 16, reading.y + 12, '', 17, reading.width - 32);
    const words = [
      title,
      body,
      text(
        scene,
        validate.x + validate.width / 2,
        validate.y + validate.height / 2,
        stage.validate.label,
        19,
        validate.width,
      )
        .setOrigin(0.5)
        .setColor('#ffffff')
        .setFontStyle('bold'),
    ];
    for (const word of words) word.setDepth(DEPTH.table);
    this.drawn.push(table, ...words);
    this.zone(stage.table, { table: true }, DEPTH.table).setInteractive();
    this.zone(validate, { validate: true }, DEPTH.items).setInteractive({ useHandCursor: true });
    const piles = new Map(stage.piles.map((pile) => [pile.id, this.buildPile(stage.objects, pile)]));
    const items = new Map(stage.items.map((item) => [item.id, this.buildItem(stage.objects, item)]));
    return { key, title, body, piles, items };
  }

  private buildPile(objects: StagedObjects['stage']['objects'], pile: StagedPile): PileParts {
    const { x, y, width } = pile.bounds;
    const tray = drawTray(this.scene.add.graphics().setDepth(DEPTH.piles), objects, pile.bounds);
    const ink = objects === 'courrier' ? '#ffffff' : '#2b2b33';
    const label = text(this.scene, x + 10, y + 8, pile.label, 15, width - 20)
      .setColor(ink)
      .setDepth(DEPTH.piles);
    const count = text(this.scene, x + width - 10, y + 8, String(pile.count), 26, 60)
      .setOrigin(1, 0)
      .setColor(ink)
      .setFontStyle('bold')
      .setDepth(DEPTH.piles);
    label.setWordWrapWidth(width - 60, true);
    this.drawn.push(tray, label, count);
    this.zone(pile.bounds, { pile: pile.id }, DEPTH.piles).setInteractive({ useHandCursor: true });
    return { count };
  }

  private buildItem(objects: StagedObjects['stage']['objects'], item: StagedItem): ItemParts {
    const card = this.scene.add.graphics();
    const label = text(this.scene, 0, 0, item.shortLabel, 14, item.bounds.width - 12)
      .setOrigin(0.5, 1)
      .setAlign('center');
    const container = this.scene.add.container(0, 0, [card, label]).setDepth(DEPTH.items);
    const zone = this.zone(item.bounds, { item: item.id }, DEPTH.items + 0.5);
    zone.setInteractive({ draggable: true, useHandCursor: true });
    this.visuals.set(zone, container);
    this.drawn.push(container);
    return { card, label, container, zone, look: '', wrap: item.bounds.width - 12 };
  }

  /** Puts an item where the model says it lies, restyling its card only when its size or selection changed. */
  private placeItem(objects: StagedObjects['stage']['objects'], item: StagedItem, parts: ItemParts): void {
    const onPile = item.pileId !== null;
    // On a pile, every object is drawn whole; its bounds are only the strip left visible for the pointer.
    const width = onPile ? 46 : item.bounds.width;
    const height = item.bounds.height;
    const look = `${width} ${height} ${item.selected}`;
    if (parts.look !== look) {
      parts.look = look;
      drawCard(parts.card, objects, width, height, item.selected);
    }
    parts.label.setVisible(!onPile).setY(height / 2 - 6);
    if (!onPile && parts.wrap !== width - 12) {
      parts.wrap = width - 12;
      parts.label.setWordWrapWidth(parts.wrap, true);
    }
    const center = { x: item.bounds.x + (onPile ? 23 : width / 2), y: item.bounds.y + height / 2 };
    parts.container
      .setDepth(DEPTH.items)
      .setPosition(center.x, center.y - (item.selected && !onPile ? 6 : 0));
    parts.zone
      .setPosition(item.bounds.x + item.bounds.width / 2, item.bounds.y + item.bounds.height / 2)
      .setSize(item.bounds.width, item.bounds.height);
  }
}
