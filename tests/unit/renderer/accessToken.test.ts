import { describe, expect, it } from 'vitest';
import { takeTokenFromUrl } from '../../../renderer/api/accessToken';

describe('takeTokenFromUrl', () => {
  it('takes the token out and keeps the rest of the address', () => {
    expect(takeTokenFromUrl('http://127.0.0.1:4000/?token=abc123&x=1#doc')).toEqual({
      token: 'abc123',
      url: '/?x=1#doc',
    });
    expect(takeTokenFromUrl('http://127.0.0.1:4000/index.html?token=abc123')).toEqual({
      token: 'abc123',
      url: '/index.html',
    });
  });

  it('leaves an address without a token alone', () => {
    expect(takeTokenFromUrl('http://127.0.0.1:4000/?x=1')).toEqual({ token: null, url: null });
  });
});
