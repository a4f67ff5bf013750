import { defineRule } from '../src/engine/rule.js';
import type { ConfigEntry } from '../src/model/entries.js';
import { describeScope } from '../src/model/scope.js';

const CONSEQUENCE =
  'transparent proxies let outbound traffic to any address outside the mesh pass as the application sent it, without mTLS or intentions';

const messages = {
  explicit: (mesh: ConfigEntry) =>
    `The mesh entry of ${describeScope(mesh.scope)} sets TransparentProxy.MeshDestinationsOnly = false, so ${CONSEQUENCE}; set it back to true once every service is onboarded.`,
  absent: (mesh: ConfigEntry) =>
    `The mesh entry of ${describeScope(mesh.scope)} does not set TransparentProxy.MeshDestinationsOnly, which defaults to false, so ${CONSEQUENCE}; re-securing the mesh means setting it to true.`,
};

export default defineRule({
  meta: {
    id: 'mesh-destinations-only-disabled',
    description: 'The mesh entry lets transparent proxies send traffic to destinations outside the mesh',
    category: 'security',
    defaultSeverity: 'warning',
    enforceSeverity: 'error',
    securitySeverity: 6.5,
    docsUrl: 'rules/mesh-destinations-only-disabled.md',
  },
  check({ model, phase, report }) {
    // Unset is Consul's default, not a decision: worth saying only when re-securing, and
    // only where transparent proxies may run (outside them the flag changes nothing).
    const reportAbsent = phase === 'enforce' && model.transparentProxyUse() !== 'not-in-use';
    for (const mesh of model.entriesOf('mesh')) {
      const field = mesh.field('TransparentProxy.MeshDestinationsOnly');
      if (!field) {
        if (reportAbsent) report({ at: mesh.location, message: messages.absent(mesh) });
      } else if (field.scalar === false) {
        report({ at: field, message: messages.explicit(mesh) });
      }
      // true: re-secured; a value that does not decode is invalid-value's finding.
    }
  },
});
