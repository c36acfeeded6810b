import { describe, expect, it } from 'vitest';
import { copyText, copyableText } from './phrase-copy';

describe('copyableText', () => {
  it('makes one clean line of a wrapped Russian sentence', () => {
    expect(copyableText('  Я хочу расторгнуть\n    договор  и закрыть этот номер.\n')).toBe(
      'Я хочу расторгнуть договор и закрыть этот номер.',
    );
  });
});

describe('copyText', () => {
  it('writes the clean text to the clipboard and reports success', async () => {
    const written: string[] = [];
    const ok = await copyText(' Сейчас\n я за границей. ', {
      writeText: async (text) => {
        written.push(text);
      },
    });
    expect(ok).toBe(true);
    expect(written).toEqual(['Сейчас я за границей.']);
  });

  it('reports failure when the clipboard refuses or does not exist', async () => {
    expect(
      await copyText('Да', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
    ).toBe(false);
    expect(await copyText('Да', undefined)).toBe(false);
  });
});
