import { promises as fs } from 'fs';
import { defaultPolicy, parsePolicy, type Policy } from '../core/policy/policy';

/** Thrown for usage problems (exit 2): bad options, unreadable or invalid policy file. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export async function loadPolicyFile(file: string | undefined): Promise<Policy> {
  if (!file) return defaultPolicy();
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`无法读取策略文件 ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`策略文件 ${file} 不是有效的 JSON: ${(e as Error).message}`);
  }
  try {
    return parsePolicy(json, `策略文件 ${file}`);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
