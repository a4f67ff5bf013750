import { describe, expect, it } from 'vitest';
import { intentionSourceTenancy } from '../../src/model/intention-source.js';

const src = (o: Partial<{ namespace: string; partition: string; peer: string; samenessGroup: string }> = {}) => ({
  namespace: '',
  partition: '',
  peer: '',
  samenessGroup: '',
  ...o,
});

describe('intentionSourceTenancy (ServiceIntentionsConfigEntry.normalize)', () => {
  it('gives a local source the destination namespace and partition it leaves empty', () => {
    expect(intentionSourceTenancy({ namespace: 'ops', partition: 'p' }, src())).toEqual({ namespace: 'ops', partition: 'p' });
    expect(intentionSourceTenancy({ namespace: 'ops', partition: 'p' }, src({ namespace: 'shop' }))).toEqual({ namespace: 'shop', partition: 'p' });
  });

  it('copies no wildcard: under a */* destination a local source is in "default" (MergeNoWildcard, then Normalize)', () => {
    expect(intentionSourceTenancy({ namespace: '*', partition: 'default' }, src())).toEqual({ namespace: 'default', partition: 'default' });
    expect(intentionSourceTenancy({ namespace: '*', partition: 'default' }, src({ namespace: '*' }))).toEqual({ namespace: '*', partition: 'default' });
  });

  it('inherits nothing for a peered or sameness-group source', () => {
    expect(intentionSourceTenancy({ namespace: 'ops', partition: 'p' }, src({ peer: 'dc2' }))).toEqual({ namespace: 'default', partition: '' });
    expect(intentionSourceTenancy({ namespace: 'ops', partition: 'p' }, src({ samenessGroup: 'g', namespace: 'x' }))).toEqual({ namespace: 'x', partition: '' });
  });
});
