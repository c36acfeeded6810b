import { describe, expect, it } from 'vitest';
import { copyableText } from './phrase-copy';

describe('copyableText', () => {
  it('makes one clean line of a wrapped Russian sentence', () => {
    expect(copyableText('  Я хочу расторгнуть\n    договор  и закрыть этот номер.\n')).toBe(
      'Я хочу расторгнуть договор и закрыть этот номер.',
    );
  });
});
