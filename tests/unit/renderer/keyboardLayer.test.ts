import { describe, expect, it, vi } from 'vitest';
import { defaultScheme } from '../../../shared/defaultScheme';
import { articleCommands } from '../../../renderer/annotate/annotationKeys';
import { CURATION_COMMANDS } from '../../../renderer/curation/curationKeys';
import { chordLabel } from '../../../renderer/keyboard/chordLabel';
import { chordMatches, commandsFor, type KeyCommand } from '../../../renderer/keyboard/keyCommand';
import { pickCommand, type CommandSection, type KeyView } from '../../../renderer/keyboard/keyboardRegistry';
import { NEXT_UNFINISHED_CHORDS } from '../../../renderer/status/nextUnfinishedKey';
import { press } from './keyPress';

const always = { hasSelectedSpan: () => true, canConfirmLink: () => true, inText: () => true };
const article = articleCommands(defaultScheme(), always);

function section(
  view: KeyView | 'everywhere',
  title: string,
  commands: readonly KeyCommand[],
  ran: string[],
): CommandSection {
  return { view, title, commands, run: (id) => ran.push(`${title}:${id}`) };
}

/** A key press for a ProseMirror chord name such as "Shift-Mod-z" (Mod is Ctrl here). */
function pressFor(chord: string): KeyboardEvent {
  const parts = chord.split(/-(?!$)/u);
  const key = parts[parts.length - 1]!;
  const mods = new Set(parts.slice(0, -1).map((p) => p.toLowerCase()));
  return press(mods.has('shift') && key.length === 1 ? key.toUpperCase() : key, {
    ctrlKey: mods.has('mod') || mods.has('ctrl'),
    metaKey: mods.has('meta'),
    altKey: mods.has('alt'),
    shiftKey: mods.has('shift'),
  });
}

describe('the keyboard layer', () => {
  it('gives a key only to the active view: a hidden article under Curate receives nothing', () => {
    const ran: string[] = [];
    const sections = [
      section('workspace', 'Article', article, ran),
      section('curation', 'Curate', CURATION_COMMANDS, ran),
      section('everywhere', 'Help', [{ id: 'shortcuts', chords: ['?', 'F1'], description: 'help' }], ran),
    ];
    for (const view of ['curation', 'agreement', 'settings'] as const) {
      for (const chord of article.flatMap((command) => command.chords)) {
        const picked = pickCommand(sections, view, pressFor(chord));
        expect(picked === null || picked.section.title !== 'Article').toBe(true);
      }
    }
    expect(pickCommand(sections, 'curation', press('1'))?.command.id).toBe('accept');
    expect(pickCommand(sections, 'curation', press('z', { ctrlKey: true }))?.section.title).toBe('Curate');
    expect(pickCommand(sections, 'workspace', press('1'))?.command.id).toBe('label');
    expect(pickCommand(sections, 'settings', press('?', { shiftKey: true }))?.command.id).toBe('shortcuts');
    expect(pickCommand(sections, 'agreement', press('F1'))?.command.id).toBe('shortcuts');
  });

  it('finds exactly one command for every chord of every view (no key is bound twice)', () => {
    const tables: [string, readonly KeyCommand[]][] = [
      ['workspace', [...article, { id: 'next-unfinished', chords: NEXT_UNFINISHED_CHORDS, description: '' }]],
      ['curation', CURATION_COMMANDS],
    ];
    for (const [, commands] of tables) {
      for (const chord of commands.flatMap((command) => command.chords)) {
        expect([chord, commandsFor(commands, pressFor(chord)).length]).toEqual([chord, 1]);
      }
    }
  });

  it('warns when two commands of the active view match, and runs the first', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ran: string[] = [];
    const sections = [
      section('workspace', 'A', [{ id: 'a', chords: ['x'], description: '' }], ran),
      section('workspace', 'B', [{ id: 'b', chords: ['x'], description: '' }], ran),
    ];
    expect(pickCommand(sections, 'workspace', press('x'))?.command.id).toBe('a');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('matches Ctrl+Shift+Z by its letter, and a held key repeats no curation step', () => {
    expect(chordMatches(['Shift-Mod-z'], press('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(chordMatches(['Mod-z'], press('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(commandsFor(CURATION_COMMANDS, press('1', { repeat: true }))).toEqual([]);
  });

  it('writes chords as key caps', () => {
    expect(['Shift-Mod-z', 'Alt-ArrowLeft', '?', 'Escape', 'j'].map(chordLabel)).toEqual([
      'Ctrl+Shift+Z',
      'Alt+←',
      '?',
      'Esc',
      'J',
    ]);
  });
});

describe('the curation view’s command table', () => {
  const ids = (event: KeyboardEvent) => commandsFor(CURATION_COMMANDS, event).map((command) => command.id);
  it('walks with J/K and the arrows, accepts with 1-9 and Enter, edits with E, rejects with R', () => {
    expect(['j', 'ArrowRight', 'k', 'ArrowLeft'].map((key) => ids(press(key)))).toEqual([
      ['next'],
      ['next'],
      ['previous'],
      ['previous'],
    ]);
    expect(ids(press('3'))).toEqual(['accept']);
    expect(ids(press('Enter'))).toEqual(['accept-chosen']);
    expect(ids(press('ArrowDown'))).toEqual(['choose-next']);
    expect(ids(press('e'))).toEqual(['edit']);
    expect(ids(press('r'))).toEqual(['reject']);
    expect(ids(press('0'))).toEqual([]);
  });

  it('undoes with Ctrl+Z and redoes with Shift or Ctrl+Y; other chords mean nothing', () => {
    expect(ids(press('z', { ctrlKey: true }))).toEqual(['undo']);
    expect(ids(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual(['redo']);
    expect(ids(press('z', { ctrlKey: true, shiftKey: true }))).toEqual(['redo']);
    expect(ids(press('y', { ctrlKey: true }))).toEqual(['redo']);
    expect(ids(press('r', { ctrlKey: true }))).toEqual([]);
    expect(ids(press('1', { altKey: true }))).toEqual([]);
    expect(ids(press('R', { shiftKey: true }))).toEqual([]);
  });
});
