import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An in-process AWS Systems Manager Parameter Store for the real AWS provider (endpoint
 * override): the JSON 1.1 protocol (`X-Amz-Target: AmazonSSM.<Action>`), the calls the provider
 * makes for `aws_ssm_parameter` (Put/Get/Describe/Delete, tags), AWS-shaped errors. `drift()`
 * changes a value behind Terraform's back, as someone in the console would.
 */
interface Parameter {
  Name: string;
  Type: string;
  Value: string;
  Version: number;
  DataType: string;
  Tier: string;
  Description?: string;
  LastModifiedDate: number;
}

export interface FakeSsm {
  endpoint: string;
  calls: string[];
  drift(name: string, value: string): void;
  close(): Promise<void>;
}

export async function startFakeSsm(): Promise<FakeSsm> {
  const params = new Map<string, Parameter>();
  const calls: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const send = (status: number, payload: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify(payload));
      };
      const error = (type: string, message: string): void => send(400, { __type: type, message });
      const target = String(req.headers['x-amz-target'] ?? '');
      if (req.method !== 'POST' || !target.startsWith('AmazonSSM.')) {
        return error('UnknownOperationException', `not an SSM call: ${req.method} ${target}`);
      }
      const action = target.slice('AmazonSSM.'.length);
      calls.push(action);
      const input = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
      const name = String(input.Name ?? input.ResourceId ?? '');
      const found = params.get(name);
      switch (action) {
        case 'PutParameter': {
          if (found && input.Overwrite !== true) {
            return error('ParameterAlreadyExists', `The parameter ${name} already exists.`);
          }
          const version = (found?.Version ?? 0) + 1;
          params.set(name, {
            Name: name,
            Type: String(input.Type ?? found?.Type ?? 'String'),
            Value: String(input.Value),
            Version: version,
            DataType: String(input.DataType ?? 'text'),
            Tier: String(input.Tier ?? 'Standard'),
            ...(input.Description ? { Description: String(input.Description) } : {}),
            LastModifiedDate: Math.floor(Date.now() / 1000),
          });
          return send(200, { Version: version, Tier: 'Standard' });
        }
        case 'GetParameter':
          if (!found) return error('ParameterNotFound', `Parameter ${name} not found.`);
          return send(200, {
            Parameter: {
              ...found,
              ARN: `arn:aws:ssm:us-east-1:123456789012:parameter${name}`,
            },
          });
        case 'DescribeParameters': {
          const filters = (input.ParameterFilters ?? []) as Array<{ Values?: string[] }>;
          const names = filters.flatMap((f) => f.Values ?? []);
          const list = [...params.values()].filter((p) => !names.length || names.includes(p.Name));
          return send(200, {
            Parameters: list.map(({ Value: _value, ...meta }) => ({ ...meta, Policies: [] })),
          });
        }
        case 'ListTagsForResource':
          return send(200, { TagList: [] });
        case 'AddTagsToResource':
        case 'RemoveTagsFromResource':
          return send(200, {});
        case 'DeleteParameter':
          if (!params.delete(name))
            return error('ParameterNotFound', `Parameter ${name} not found.`);
          return send(200, {});
        default:
          return error('InvalidAction', `The fake SSM does not implement ${action}.`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    drift(name, value) {
      const p = params.get(name);
      if (!p) throw new Error(`no parameter ${name} to drift`);
      params.set(name, { ...p, Value: value, Version: p.Version + 1 });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
