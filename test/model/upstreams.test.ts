/**
 * The connect-service-upstreams grammar, case by case as consul-k8s reads it
 * (endpoints_controller.go processUpstreams and its tests).
 */
import { describe, expect, it } from 'vitest';
import { parseGoInt32, parseUpstreams, type UpstreamGrammar } from '../../src/model/upstreams.js';

function targets(value: string, g: UpstreamGrammar = {}) {
  const r = parseUpstreams(value, g);
  return {
    upstreams: r.upstreams.map((u) => {
      const o: Record<string, unknown> = { format: u.format, service: u.service, port: u.port };
      for (const k of ['namespace', 'partition', 'peer', 'datacenter'] as const) if (u[k] !== undefined) o[k] = u[k];
      if (u.options.length > 0) o.options = u.options.map((x) => `${x.key}=${x.value}`);
      o.span = value.slice(u.start, u.end);
      return o;
    }),
    errors: r.errors.map((e) => ({ message: e.message, span: value.slice(e.start, e.end) })),
  };
}

describe('connect-service-upstreams: accepted formats', () => {
  it('unlabeled svc:port and svc:port:dc, comma-separated, spaces trimmed', () => {
    expect(targets('products-api:9090, payments:1800:dc2').upstreams).toEqual([
      { format: 'unlabeled', service: 'products-api', port: '9090', span: 'products-api:9090' },
      { format: 'unlabeled', service: 'payments', port: '1800', datacenter: 'dc2', span: 'payments:1800:dc2' },
    ]);
  });

  it('unlabeled svc.ns.partition when namespaces or partitions are on', () => {
    expect(targets('static-server.ns1.secondary:1234', { namespacesOrPartitions: true }).upstreams).toEqual([
      { format: 'unlabeled', service: 'static-server', namespace: 'ns1', partition: 'secondary', port: '1234', span: 'static-server.ns1.secondary:1234' },
    ]);
  });

  it('unlabeled with namespaces off: the dots belong to the name (consul-k8s does not split them)', () => {
    expect(targets('static-server.ns1:1234', { namespacesOrPartitions: false }).upstreams[0]).toMatchObject({ service: 'static-server.ns1' });
  });

  it('unlabeled, setting unknown: read as service.namespace', () => {
    expect(targets('static-server.ns1:1234').upstreams[0]).toMatchObject({ service: 'static-server', namespace: 'ns1' });
  });

  it('labeled: svc.svc, svc.svc.ns.ns, .peer, .ap, .dc (namespaces on)', () => {
    const g = { namespacesOrPartitions: true };
    expect(targets('api.svc:80', g).upstreams[0]).toMatchObject({ format: 'labeled', service: 'api', port: '80' });
    expect(targets('api.svc.ns1.ns:80', g).upstreams[0]).toMatchObject({ service: 'api', namespace: 'ns1' });
    expect(targets('api.svc.ns1.ns.server.peer:80', g).upstreams[0]).toMatchObject({ service: 'api', namespace: 'ns1', peer: 'server' });
    expect(targets('api.svc.ns1.ns.ap1.ap:80', g).upstreams[0]).toMatchObject({ service: 'api', namespace: 'ns1', partition: 'ap1' });
    expect(targets('api.svc.ns1.ns.dc2.dc:80', g).upstreams[0]).toMatchObject({ service: 'api', namespace: 'ns1', datacenter: 'dc2' });
  });

  it('labeled without namespaces: svc.svc.peer.peer and svc.svc.dc.dc', () => {
    const g = { namespacesOrPartitions: false };
    expect(targets('static-server.svc.server.peer:1234', g).upstreams[0]).toMatchObject({ service: 'static-server', peer: 'server' });
    expect(targets('static-server.svc.dc2.dc:1234', g).upstreams[0]).toMatchObject({ service: 'static-server', datacenter: 'dc2' });
  });

  it('prepared queries', () => {
    expect(targets('prepared_query:nearest-db:5432').upstreams).toEqual([
      { format: 'prepared_query', service: 'nearest-db', port: '5432', span: 'prepared_query:nearest-db:5432' },
    ]);
  });

  it('a named container port, when the pod has one of that name', () => {
    expect(targets('api:http', { namedPorts: new Set(['http']) }).errors).toEqual([]);
  });

  it('Go integer syntax for the port (strconv.ParseInt base 0)', () => {
    expect(targets('api:0x1F90').upstreams[0]).toMatchObject({ port: '0x1F90' });
    expect(parseGoInt32('0x1F90')).toBe(8080);
    expect(parseGoInt32('017')).toBe(15);
    expect(parseGoInt32('08080')).toBeUndefined();
    expect(parseGoInt32('1_000')).toBe(1000);
  });

  it('options in the third segment, alone or after ?', () => {
    expect(targets('multiport.svc.default.ns.default.ap:1234:destination_port=api-port', { namespacesOrPartitions: true }).upstreams[0]).toMatchObject({
      service: 'multiport',
      partition: 'default',
      options: ['destination_port=api-port'],
    });
    expect(targets('api:8080:dc2?mesh_gateway_mode=local&local_bind_address=127.0.0.2').upstreams[0]).toMatchObject({
      datacenter: 'dc2',
      options: ['mesh_gateway_mode=local', 'local_bind_address=127.0.0.2'],
    });
    expect(targets('api:8080:destination_port=http').upstreams[0]).not.toHaveProperty('datacenter');
  });
});

describe('connect-service-upstreams: rejected entries, with consul-k8s error texts', () => {
  it('no port', () => {
    expect(targets('products-api:9090,payments').errors).toEqual([
      { message: 'invalid upstream local bind port "" in "payments": the entry has no port; consul-k8s expects <service>:<port>[:<datacenter>]', span: 'payments' },
    ]);
  });

  it('a port that is neither a number nor a container port', () => {
    expect(targets('api:http', { namedPorts: new Set(['web']) }).errors[0]!.message).toBe(
      'invalid upstream local bind port "http" in "api:http": "http" is neither a number nor the name of a container port of the pod, so consul-k8s registers no upstream for it',
    );
    expect(targets('api:0').errors[0]!.message).toMatch(/^invalid upstream local bind port "0" in "api:0": 0 is not a TCP port/);
    expect(targets('[service-name]:[port]').errors[0]!.message).toMatch(/^invalid upstream local bind port "\[port\]"/);
  });

  it('labeled in the wrong shape', () => {
    // consul-k8s test: "annotated upstream with svc and peer, needs ns before peer if namespaces enabled"
    expect(targets('upstream1.svc.peer1.peer:1234', { namespacesOrPartitions: true }).errors[0]!.message).toMatch(
      /^upstream structured incorrectly: upstream1\.svc\.peer1\.peer:1234: /,
    );
    expect(targets('api.svc.ns1.ns:80', { namespacesOrPartitions: false }).errors[0]!.message).toMatch(/^upstream structured incorrectly: api\.svc\.ns1\.ns:80/);
    expect(targets('api.svc.x.err:80').errors[0]!.message).toMatch(/^upstream structured incorrectly/);
    // With the setting unknown, an entry valid in either grammar passes.
    expect(targets('upstream1.svc.peer1.peer:1234').errors).toEqual([]);
  });

  it('an empty entry from a stray comma', () => {
    const r = targets('api:80,');
    expect(r.upstreams).toHaveLength(1);
    expect(r.errors[0]!.message).toMatch(/empty entry/);
  });

  it('no service name', () => {
    expect(targets(':8080').errors[0]!.message).toMatch(/names no service/);
  });
});
