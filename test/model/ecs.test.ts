/** Terraform version constraints on the consul-ecs mesh-task module (transparent proxy since v0.8.0). */
import { describe, expect, it } from 'vitest';
import { versionHasTproxy } from '../../src/model/ecs.js';

describe('versionHasTproxy', () => {
  it.each([
    ['0.7.3', false],
    ['0.8.0', true],
    ['v0.9.4', true],
    ['= 0.7.0', false],
    ['~> 0.7.0', false],
    ['~> 0.8.0', true],
    ['~> 0.7', undefined],
    ['>= 0.8.1', true],
    ['>= 0.6.0', undefined],
    ['>= 0.6.0, < 0.8.0', false],
    ['> 0.7.9', undefined],
    ['< 0.8', false],
    ['<= 0.8.0', undefined],
    ['!= 0.7.0', undefined],
    ['latest', undefined],
  ])('%s → %s', (c, want) => {
    expect(versionHasTproxy(c)).toBe(want);
  });
});
