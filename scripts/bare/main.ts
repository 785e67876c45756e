// The benchmark's reference: Phaser 4 with one scene and one text, built with the game's Vite settings.
// `data-first-frame` marks the first frame drawn after create(), the moment the bench measures.
import Phaser from 'phaser';

class BareScene extends Phaser.Scene {
  constructor() {
    super('bare');
  }

  create(): void {
    this.add.text(640, 360, 'Une année en mairie', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      document.documentElement.dataset.firstFrame = 'true';
    });
  }
}

const parent = document.getElementById('jeu');
if (parent) {
  new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: 1280, height: 720 },
    scene: [BareScene],
  });
}
