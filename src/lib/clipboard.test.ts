import { describe, expect, it } from 'vitest';
import { copyText } from './clipboard';

describe('copyText', () => {
  it('writes within the call, before anything is awaited, and reports success', async () => {
    const written: string[] = [];
    const copied = copyText('Сейчас я за границей.', { writeText: async (text) => void written.push(text) });
    // WebKit allows the write only in the tap's own task: it must already have happened.
    expect(written).toEqual(['Сейчас я за границей.']);
    expect(await copied).toBe(true);
  });

  it('reports failure when the clipboard refuses or does not exist', async () => {
    expect(
      await copyText('Да', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
    ).toBe(false);
    expect(await copyText('Да', undefined)).toBe(false);
  });
});
